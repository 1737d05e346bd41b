"""The guided lessons, as data: one per step of "why do keys, queries and values work?".

Each `Lesson` names a preset, an optional `setup` that puts the session in the
lesson's starting state, the views to highlight, a few sentences with the
formula, one concrete thing to try, and an optional `check` that says whether
the learner did it. The English text lives in the lessons themselves; each
piece also has a message id (`lesson.<id>.title`, `.text`, `.try_this`, see
`MESSAGES`), so the GUI can show a translation and fall back to English.
No Qt here: the GUI decides how to show all this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import edits
from .compute import Result
from .presets import load_preset
from .session import Session
from .subspace import compare_with_topic_space
from .svd import topic_projection, topics_from_svd, uses_topic_space

# The views a lesson may highlight (the GUI maps each name to a widget).
VIEWS = (
    "inputs", "decoder", "w_q", "w_k", "w_v", "queries", "keys", "values", "scores",
    "weights", "context", "geometry", "weights_bar", "svd", "train",
)  # fmt: skip

Setup = Callable[[Session], Session]
Check = Callable[[Session, Result], bool]
Outcome = Callable[[Session, Result], int]


@dataclass(frozen=True)
class Prediction:
    """A multiple-choice question asked before the lesson's action ("predict, then see").

    question, choices, why: English; translated by message id like the lesson's texts.
    outcome: (session, result) -> the index of the choice that is true in that state;
    the GUI compares it with the learner's answer once the check passes.
    """

    question: str
    choices: tuple[str, ...]
    outcome: Outcome
    why: str


@dataclass(frozen=True)
class Lesson:
    """One guided step.

    preset: the name of the preset it opens (`presets.load_preset`).
    setup: Session -> Session applied after loading (None: the preset as is).
    highlight: names from VIEWS, most important first.
    text, try_this: English; the GUI may translate them by `msg_id(...)`.
    check: (session, result) -> True once the learner did what try_this asks.
    done_text: shown with "Done!"; must be true of every state that passes `check`.
    prediction: asked before the action (None: the lesson asks nothing).
    panels: panel ids (`core.panels.PANEL_IDS`) the lesson brings to front, most important first.
    """

    id: str
    title: str
    preset: str
    setup: Setup | None
    highlight: tuple[str, ...]
    text: str
    try_this: str
    check: Check | None = None
    done_text: str = ""
    prediction: Prediction | None = None
    panels: tuple[str, ...] = ()

    def msg_id(self, part: str) -> str:
        """The message id of `part`: "title", "text", "try_this", "done_text", or of the
        prediction: "question", "why", "choice.<i>"."""
        if part not in ("title", "text", "try_this", "done_text", "question", "why") and not (
            part.startswith("choice.") and part[7:].isdigit()
        ):
            raise KeyError(part)
        return f"lesson.{self.id}.{part}"

    def texts(self) -> dict[str, str]:
        """Every English text of the lesson by message id (what a translation translates)."""
        parts = {part: getattr(self, part) for part in ("title", "text", "try_this", "done_text")}
        if self.prediction is not None:
            parts["question"] = self.prediction.question
            parts["why"] = self.prediction.why
            for index, choice in enumerate(self.prediction.choices):
                parts[f"choice.{index}"] = choice
        return {self.msg_id(part): text for part, text in parts.items() if text}

    def is_done(self, session: Session, result: Result) -> bool:
        """Whether the learner did the lesson's try_this (False when there is no check)."""
        if self.check is None:
            return False
        try:
            return bool(self.check(session, result))
        except (ValueError, IndexError, TypeError):
            # The learner reshaped the session so the check does not apply.
            return False


# -- setups ---------------------------------------------------------------------


def projection_off(session: Session) -> Session:
    """The projection switched off (W_Q, W_K, W_V are kept, so switching it on restores them)."""
    return edits.set_projection(session, False)


# -- checks ---------------------------------------------------------------------


def _h4_wins(session: Session, result: Result) -> bool:
    return session.mode == "seq2seq" and int(np.argmax(result.weights[0])) == session.n - 1


def context_is_last_state(session: Session, result: Result) -> bool:
    """Every context vector equals the value of the last input exactly."""
    return bool(np.array_equal(result.context, np.repeat(result.values[-1:], session.m, axis=0)))


def _x1_attends_itself(session: Session, result: Result) -> bool:
    return session.mode == "self" and float(result.weights[0, 0]) > 0.5


def _projection_is_off(session: Session, result: Result) -> bool:
    return not session.projection


def _uses_topic_space(session: Session, result: Result) -> bool:
    """Projection on with W_Q = W_K = V_m (the SVD's top directions), as the SVD panel says."""
    return uses_topic_space(session) is not None


def _the_attends_robot(session: Session, result: Result) -> bool:
    return session.n > 1 and int(np.argmax(result.weights[0])) == 1


def attends_previous(session: Session, result: Result) -> bool:
    """Every token after the first gives more than half its weight to the token before it."""
    w = result.weights
    if session.mode != "self" or session.n < 2:
        return False
    return all(w[i, i - 1] > 0.5 for i in range(1, session.n))


# -- from SVD to learned matrices ----------------------------------------------

# The users × movies ratings of the Stanford "Mining of Massive Datasets" SVD lecture:
# The Matrix, Alien, Star Wars, Casablanca, Titanic; two strong concepts and a weak third.
MOVIE_RATINGS = (
    (1, 1, 1, 0, 0), (3, 3, 3, 0, 0), (4, 4, 4, 0, 0), (5, 5, 5, 0, 0),
    (0, 2, 0, 4, 4), (0, 0, 0, 5, 5), (0, 1, 0, 2, 2),
)  # fmt: skip
MOVIE_FANS = ("Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus")
# Small 5 × 2 starting matrices whose users' coordinates lie far from the topic plane
# (57° for W_Q): training has to find it.
LEARNED_START_W_Q = ((0.02, -0.05), (-0.04, -0.24), (0.18, 0.11), (-0.03, 0.08), (0.03, -0.06))
LEARNED_START_W_K = ((0.1, -0.03), (-0.03, -0.08), (0.05, -0.01), (0.05, -0.06), (0.01, -0.09))
SAME_TOPIC_SHARE = 0.9  # each user's weight on its own topic, to count as learned
TOPIC_PLANE_DEGREES = 10.0  # the largest principal angle to the SVD's plane, to count as found
LEARNED_TITLE = "Users rate movies: learning W_Q and W_K"
# Titles a setup gives its session: translated like a preset's title (context "presets").
SESSION_TITLES = {"lesson.svd_to_learned.session_title": LEARNED_TITLE}


def learned_matrices_start(session: Session) -> Session:
    """The movie ratings with small 5 × 2 W_Q, W_K to train, W_V the identity, scaled dot.

    Built from MOVIE_RATINGS whatever the preset holds; the preset's user names
    are kept when it has one per user.
    """
    labels = session.labels if len(session.labels) == len(MOVIE_RATINGS) else MOVIE_FANS
    return Session(
        inputs=np.array(MOVIE_RATINGS, dtype=np.float64), labels=labels, projection=True,
        w_q=LEARNED_START_W_Q, w_k=LEARNED_START_W_K, w_v=np.eye(len(MOVIE_RATINGS[0])),
        score_kind="scaled_dot", meta=(("title", LEARNED_TITLE),),
    )  # fmt: skip


def same_topic_share(session: Session, result: Result) -> np.ndarray:
    """Each user's total weight on the users of its own topic (`svd.topics_from_svd`)."""
    topics = np.array(topics_from_svd(session))
    return np.sum(result.weights * (topics[:, None] == topics[None, :]), axis=1)


def _learned_topic_space(session: Session, result: Result) -> bool:
    """Every user gives more than SAME_TOPIC_SHARE of its weight to its own topic (weights
    computed, not set by hand) and I·W_Q, I·W_K lie within TOPIC_PLANE_DEGREES of I·V_2."""
    if session.mode != "self" or session.weights_override is not None:
        return False
    comparison = compare_with_topic_space(session)
    if comparison is None or comparison.m != 2:
        return False
    largest = comparison.largest()
    if largest is None or largest >= TOPIC_PLANE_DEGREES:
        return False
    return bool(np.all(same_topic_share(session, result) > SAME_TOPIC_SHARE))


def _topic_plane_outcome(session: Session, result: Result) -> int:
    """0: within TOPIC_PLANE_DEGREES of the SVD's plane; 1: farther; 2: W_Q is V_2 itself."""
    comparison = compare_with_topic_space(session)
    if comparison is not None and np.allclose(session.w_q, topic_projection(session.inputs, comparison.m)):
        return 2
    largest = None if comparison is None else comparison.largest()
    return 0 if largest is not None and largest < TOPIC_PLANE_DEGREES else 1


# -- the lessons ----------------------------------------------------------------

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        id="seq2seq",
        title="Attention in a seq2seq model",
        preset="seq2seq",
        setup=None,
        highlight=("decoder", "inputs", "scores", "weights", "context", "weights_bar"),
        text=(
            "A seq2seq encoder squeezes the whole input into one vector, which is not enough "
            "for long inputs. Attention lets the decoder use all the encoder states h1…h4. "
            "The query is the decoder state s, and the keys and the values are the encoder "
            "states themselves. score(s, h_j) = s·h_j measures how well they fit, "
            "weight_j = exp(score_j) / Σ_k exp(score_k) turns the scores into weights that sum "
            "to 1, and context = Σ_j weight_j h_j is the weighted sum of the values."
        ),
        try_this=(
            "Edit the decoder state s1 so that h4 gets the most weight "
            "(hint: make s1 point like h4 = [0, 5, 1], e.g. s1 = [0, 10, 0])."
        ),
        check=_h4_wins,
        done_text='h4 gets the most weight now: the decoder state points the same way as h4, so their dot product is the largest score.',
    ),
    Lesson(
        id="last_state",
        title="Only the last input: the classic seq2seq context",
        preset="seq2seq",
        setup=edits.only_last_input,
        highlight=("weights", "context", "inputs", "weights_bar"),
        text=(
            "Force the weight of the last input to 1 and all earlier weights to 0: "
            "context = 0·h1 + 0·h2 + 0·h3 + 1·h4 = h4. Attention then reduces to the original "
            "seq2seq model, whose decoder only sees the last encoder state; nothing before it "
            "is attended to."
        ),
        try_this=(
            "Compare the context with h4: they are equal. Drag the last weight below 1 and "
            'watch the earlier states mix in, then press "Only the last input" to get h4 back.'
        ),
        check=context_is_last_state,
        done_text='The context is exactly h4: with weights [0, …, 0, 1] attention is the classic seq2seq context vector.',
    ),
    Lesson(
        id="self_attention",
        title="Self-attention: Q, K and V are transforms of the inputs",
        preset="self_attention",
        setup=None,
        highlight=("inputs", "w_q", "w_k", "w_v", "queries", "keys", "values"),
        text=(
            "In self-attention every input x_i asks and answers. The inputs I (one row per token) "
            "are multiplied by three matrices: Q = I·W_Q, K = I·W_K, V = I·W_V. Then "
            "score_ij = q_i·k_j, softmax gives the weights and context_i = Σ_j weight_ij v_j. "
            "We could use the raw vectors directly, so why transform? Because the matrices "
            "decide what each token looks for (its query), what it offers (its key) and what "
            "it passes on (its value), and W_Q and W_K may differ."
        ),
        try_this=(
            "Edit W_Q so that x1 gives itself more than half of its weight. q1 = x1·W_Q is "
            "row 1 plus row 3 of W_Q; hint: set row 1 of W_Q to [-2, 0, 1]."
        ),
        check=_x1_attends_itself,
        done_text='x1 gives itself more than half of its weight now: W_Q changed what x1 looks for.',
    ),
    Lesson(
        id="raw_vs_projected",
        title="Raw vectors or projected ones?",
        preset="default",
        setup=None,
        highlight=("scores", "weights", "w_q", "w_k", "queries", "keys"),
        text=(
            "Without the projection score_ij = x_i·x_j / √d: the scores are symmetric, and a "
            "vector is usually most similar to itself, so most words attend mainly to "
            "themselves. With the projection score_ij = (x_i W_Q)·(x_j W_K) / √d_k: the "
            "matrices choose which features count, so a word can look for a different word."
        ),
        try_this=(
            "Switch the projection off and compare the scores and the weights with the "
            "projected ones (or use the raw vs. projected comparison)."
        ),
        check=_projection_is_off,
        done_text='These are the raw scores: symmetric, and most words attend to themselves. Switch the projection back on to compare.',
    ),
    Lesson(
        id="svd_topics",
        title="The SVD topic space",
        preset="movies_svd",
        setup=projection_off,
        highlight=("svd", "inputs", "w_q", "w_k", "queries", "geometry", "scores"),
        text=(
            "Seven users rate five movies (The Matrix, Alien, Star Wars, Casablanca, Titanic). "
            "The SVD I = U Σ Vᵀ finds the directions the ratings really vary in: only two "
            "singular values are non-zero, and the first two columns of V are the topics "
            "sci-fi and romance. Multiplying by V_2 maps each user to 2 numbers, a strength "
            "per topic, so users with the same taste line up on the same axis. A matrix like "
            "W_Q = W_K = V_2 gives attention a better space to measure compatibility in."
        ),
        try_this=(
            "In the SVD panel keep m = 2 and set W_Q = W_K = V_2. The queries become 2-D and "
            "the sci-fi and romance fans line up on two axes; the scores do not change, "
            "because the two topics hold all of the ratings."
        ),
        check=_uses_topic_space,
        done_text='Queries and keys live in the 2-D topic space now: sci-fi fans and romance fans line up on two axes.',
    ),
    Lesson(
        id="five_to_two",
        title="Projections change the dimension: 5 → 2",
        preset="five_to_two",
        setup=None,
        highlight=("inputs", "w_q", "w_k", "queries", "keys", "geometry"),
        text=(
            "W_Q and W_K here are 5 × 2, so each 5-D input becomes a 2-D query and a 2-D key: "
            "q_i = x_i·W_Q. A projection can change the dimension, from n to m numbers per "
            "vector (here from 5 to 2), so the geometry plot shows the queries and the keys "
            "exactly: a key gets a high score when it points the same way as the query."
        ),
        try_this=(
            'Edit W_K so that "the" gives "robot" the most weight: make the key of robot '
            'point like the query of "the" (hint: change row 5 of W_K to [1, 0]).'
        ),
        check=_the_attends_robot,
        done_text='“the” attends to “robot” now: the key of robot points like the query of “the”.',
    ),
    Lesson(
        id="learned",
        title="The matrices are learned",
        preset="default",
        setup=None,
        highlight=("train", "w_q", "w_k", "weights"),
        text=(
            "Nobody tunes W_Q and W_K by hand in a real network: they are learned. Pick a "
            "target pattern T and training lowers the loss L = (1/m) Σ_i Σ_j T_ij log(T_ij / "
            "weight_ij) by gradient descent: W ← W − η ∂L/∂W, with ∂L/∂score = (weight − T)/m."
        ),
        try_this=(
            'In the Train panel pick "attend to the previous token" and press Train: watch the '
            "loss fall and the weights move to the cell left of the diagonal."
        ),
        check=attends_previous,
        done_text='Every token gives most of its weight to the token before it: W_Q and W_K were learned, not set by hand.',
    ),
    Lesson(
        id="svd_to_learned",
        title="From SVD to learned matrices",
        preset="movies_svd",
        setup=learned_matrices_start,
        highlight=("train", "w_q", "w_k", "weights", "queries"),
        text=(
            "In the SVD lesson we set W_Q = W_K = V_2 by hand. A real network computes no "
            "SVD: all three matrices, W_Q, W_K and W_V, are learned from examples. Here W_Q "
            "and W_K are 5 × 2 and start from small numbers. The target is the same topic: "
            "each user spreads its weight evenly over the users of its own concept (sci-fi or "
            "romance). Then compare the users' learned coordinates I·W_Q with their topic "
            "coordinates I·V_2: the principal angles between the two planes are 0° when they "
            "are the same plane, up to a turn and a stretch (a 2 × 2 change of basis)."
        ),
        try_this=(
            "In the Train panel keep “attend to the same topic”, learn W_Q and W_K, and press "
            "Train: watch the loss fall and the angles to V_2 shrink below 10°."
        ),
        check=_learned_topic_space,
        done_text=(
            "Every user gives more than 90% of its weight to its own topic, and the users' "
            "coordinates I·W_Q and I·W_K lie within 10° of the plane of their SVD topic "
            "coordinates I·V_2: what the SVD finds, the matrices can learn."
        ),
        prediction=Prediction(
            question=(
                "After training, how far will the users' learned coordinates I·W_Q be from "
                "their SVD topic coordinates I·V_2?"
            ),
            choices=(
                "Nearly the same plane: the largest angle is below 10°",
                "A different plane: the largest angle is 10° or more",
                "W_Q becomes exactly V_2, number for number",
            ),
            outcome=_topic_plane_outcome,
            why=(
                "The target only asks fans of one topic to attend to each other. The ratings "
                "vary almost only along the two topic directions (singular values 12.5 and 9.5, "
                "the third only 1.3), so matrices that tell the fans apart give coordinates in "
                "nearly the plane of I·V_2, turned and stretched: the numbers of W_Q need not "
                "be those of V_2."
            ),
        ),
        panels=("train",),
    ),
)

_BY_ID = {lesson.id: lesson for lesson in LESSONS}

# Every English text by message id (what a translation file translates).
MESSAGES: dict[str, str] = {
    msg_id: text for lesson in LESSONS for msg_id, text in lesson.texts().items()
}


def lesson_ids() -> tuple[str, ...]:
    return tuple(_BY_ID)


def lesson(lesson_id: str) -> Lesson:
    """The lesson called `lesson_id`; KeyError with the valid ids otherwise."""
    try:
        return _BY_ID[lesson_id]
    except KeyError:
        raise KeyError(
            f"unknown lesson {lesson_id!r}; the lessons are: {', '.join(_BY_ID)}"
        ) from None


def apply_lesson(which: Lesson | str, translate: Callable[[str], str] | None = None) -> Session:
    """The lesson's starting session: its preset (in the language of `translate`, see
    `presets.load_preset`), with its setup applied."""
    chosen = lesson(which) if isinstance(which, str) else which
    preset = load_preset(chosen.preset, translate)
    session = preset if chosen.setup is None else chosen.setup(preset)
    if translate is not None and session.title and session.title != preset.title:
        session = session.replace(meta=tuple(
            (key, translate(value) if key == "title" else value) for key, value in session.meta))
    return session
