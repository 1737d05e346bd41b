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
from functools import cache

import numpy as np

from . import edits
from .compute import Result, compute
from .lesson_types import Check, Lesson, Outcome, Prediction, Setup
from .lessons_heads import HEAD_LESSONS
from .presets import load_preset
from .session import Session
from .subspace import compare_with_topic_space
from .svd import cosine, topic_projection, topics_from_svd, uses_topic_space

__all__ = ["Check", "Lesson", "Outcome", "Prediction", "Setup"]  # the lesson types, read from here too

# The views a lesson may highlight (the GUI maps each name to a widget).
VIEWS = (
    "inputs", "decoder", "w_q", "w_k", "w_v", "queries", "keys", "values", "scores",
    "weights", "context", "geometry", "weights_bar", "svd", "train",
)  # fmt: skip

# -- setups ---------------------------------------------------------------------


def projection_off(session: Session) -> Session:
    """The projection switched off (W_Q, W_K, W_V are kept, so switching it on restores them)."""
    return edits.set_projection(session, False)


def readable_self_attention(session: Session) -> Session:
    """x2 = [0, 1, 0, 1] and x3 = [1, 0, 1, 1] instead of [0, 2, 0, 2] and [1, 1, 1, 1]:
    smaller scores, so no weight starts below 0.01 (the preset gives x2's query a
    weight of 6e-6 on x1)."""
    return session.with_matrix(
        "inputs", [session.inputs[0], [0.0, 1.0, 0.0, 1.0], [1.0, 0.0, 1.0, 1.0]]
    )


# -- checks ---------------------------------------------------------------------

# Points "the same way": a cosine of at least this (an angle under about 26°).
SAME_WAY_COSINE = 0.9
# The strangers "point the same way" in the topic space: a cosine above this.
STRANGERS_COSINE = 0.95
# A weight "still counts" from this size on.
READABLE_WEIGHT = 0.01


def _h4_wins(session: Session, result: Result) -> bool:
    """s1's largest score and largest weight are both on the last encoder state."""
    if session.mode != "seq2seq" or result.overridden:
        return False
    last = session.n - 1
    return int(np.argmax(result.scores[0])) == last and int(np.argmax(result.weights[0])) == last


def context_is_last_state(session: Session, result: Result) -> bool:
    """Every context vector equals the value of the last input exactly."""
    return bool(np.array_equal(result.context, np.repeat(result.values[-1:], session.m, axis=0)))


def _only_last_input(session: Session, result: Result) -> bool:
    """Every weight row is [0, …, 0, 1] (so every context is the last input's value)."""
    w = result.weights
    return (
        session.mode == "seq2seq"
        and bool(np.all(w[:, :-1] == 0.0) and np.all(w[:, -1] == 1.0))
        and context_is_last_state(session, result)
    )


def _x1_attends_itself(session: Session, result: Result) -> bool:
    return session.mode == "self" and not result.overridden and float(result.weights[0, 0]) > 0.5


def _self_majority(result: Result) -> bool:
    """More than half of the queries give themselves their largest weight."""
    n = result.weights.shape[0]
    return sum(int(np.argmax(result.weights[i])) == i for i in range(n)) > n / 2


def _raw_scores_shown(session: Session, result: Result) -> bool:
    """Projection off, the raw scores symmetric, and most words attend most to themselves."""
    if session.mode != "self" or session.projection or result.overridden:
        return False
    scores = np.nan_to_num(result.scores)
    return bool(np.allclose(scores, scores.T)) and _self_majority(result)


def _strangers_meet(session: Session, result: Result) -> bool:
    """W_Q = W_K = V_m of the ratings (m ≥ 2: with one concept every user points the same
    way), and the two new users — no movie in common (dot 0) — point the same way in it."""
    m = uses_topic_space(session)
    if m is None or m < 2 or session.mode != "seq2seq" or session.m < 2:
        return False
    raw = session.decoder
    return float(raw[0] @ raw[1]) == 0.0 and (
        cosine(result.queries[0], result.queries[1]) > STRANGERS_COSINE
    )


def _the_attends_robot(session: Session, result: Result) -> bool:
    """“the” gives “robot” its largest weight, and robot's key points like the query of “the”."""
    if session.mode != "self" or session.n < 2 or result.overridden:
        return False
    return int(np.argmax(result.weights[0])) == 1 and (
        cosine(result.queries[0], result.keys[1]) >= SAME_WAY_COSINE
    )


def attends_previous(session: Session, result: Result) -> bool:
    """Every token after the first gives more than half its weight to the token before it."""
    w = result.weights
    if session.mode != "self" or session.n < 2:
        return False
    return all(w[i, i - 1] > 0.5 for i in range(1, session.n))


# -- predictions' outcomes --------------------------------------------------------


def _others_keep_a_share(session: Session, result: Result) -> int:
    """0: every weight of s1 is READABLE_WEIGHT or more; 1: some weight is below it."""
    return 0 if float(np.min(result.weights[0])) >= READABLE_WEIGHT else 1


def _context_versus_last(session: Session, result: Result) -> int:
    """0: the context is exactly the last value; 2: the mean of the values; 1: another mix."""
    context, values = result.context[0], result.values
    if np.array_equal(context, values[-1]):
        return 0
    if np.allclose(context, values.mean(axis=0)):
        return 2
    return 1


@cache
def _start_result(lesson_id: str) -> Result:
    """The result of a lesson's starting session (the predictions compare with it)."""
    return compute(apply_lesson(lesson_id))


def _queries_changed(session: Session, result: Result) -> int:
    """Whose queries differ from the lesson's start: 0 x1's only (or none), 1 x1's and
    x3's (not x2's), 2 x2's too."""
    start = _start_result("self_attention").queries
    if result.queries.shape != start.shape:
        return 2
    changed = {i for i in range(len(start)) if not np.array_equal(result.queries[i], start[i])}
    if changed <= {0}:
        return 0
    return 2 if 1 in changed else 1


def _raw_self_majority(session: Session, result: Result) -> int:
    """0: most words attend most to themselves; 1: most do not."""
    return 0 if _self_majority(result) else 1


def _strangers_cosine(session: Session, result: Result) -> int:
    """How the two new users' queries compare: 0 near 0 (< 0.2), 2 near 1 (> 0.9), 1 between."""
    if session.m < 2:
        return 0
    cos = cosine(result.queries[0], result.queries[1])
    return 0 if cos < 0.2 else 2 if cos > 0.9 else 1


def _fewer_multiplications(session: Session, result: Result) -> int:
    """0: the scores multiply d numbers per pair, as raw vectors would; 1: fewer."""
    return 1 if result.keys.shape[1] < session.d else 0


def _first_token_weight(session: Session, result: Result) -> int:
    """Where the first token's weight goes: 0 mostly itself, 1 mostly another token, 2 spread."""
    row = result.weights[0]
    best = int(np.argmax(row))
    if row[best] <= 0.5:
        return 2
    return 0 if best == 0 else 1


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
        preset="seq2seq_mixture",
        setup=None,
        highlight=("decoder", "inputs", "scores", "weights", "context", "weights_bar"),
        text=(
            "A seq2seq encoder squeezes the whole input into one vector, which is not enough "
            "for long inputs. Attention lets the decoder use all the encoder hidden states "
            "h1…h4: the query is the decoder state s1, and the keys and the values are the "
            "encoder states themselves. score(s1, h_j) = s1·h_j, a dot product, measures how "
            "well they fit; weight_j = exp(score_j) / Σ_k exp(score_k) turns the scores into "
            "weights that sum to 1; and context = Σ_j weight_j·h_j is the weighted sum of the "
            "values. The scores here are small (0.6, 2.4, 0.6, 1.4), so every state gets a "
            "share and the context is a mixture of all four."
        ),
        try_this=(
            "Edit the decoder state s1 so that h4 gets the most weight (hint: make s1 point "
            "like h4 = [0, 5, 1], e.g. s1 = [0, 0.5, 0]). Then make s1 ten times longer, "
            "[0, 5, 0], and watch the mixture turn into a single pick."
        ),
        check=_h4_wins,
        done_text=(
            "h4 gets the most weight of s1 now: its score is the largest of the four, and "
            "softmax gives the largest score the largest weight."
        ),
        prediction=Prediction(
            question="Once h4 gets the most weight, will h1, h2 and h3 still count?",
            choices=(
                "Yes: each keeps a weight of 0.01 or more",
                "Hardly: at least one drops below 0.01",
            ),
            outcome=_others_keep_a_share,
            why=(
                "Softmax never makes a weight exactly 0, but weight_j grows with exp(score_j): "
                "a state whose score is 5 below the best gets less than 1/148 of its weight. "
                "With s1 = [0, 0.5, 0] the scores are 0.5, 0, 0.5, 2.5 and all four keep a "
                "share; with s1 = [0, 5, 0] the gaps are ten times larger and h4 takes "
                "practically everything."
            ),
        ),
        panels=("geometry", "explain"),
    ),
    Lesson(
        id="last_state",
        title="Only the last input: the classic seq2seq context",
        preset="seq2seq_mixture",
        setup=None,
        highlight=("weights", "context", "inputs", "weights_bar"),
        text=(
            "A classic seq2seq model hands its decoder one context vector: the last encoder "
            "state. Attention contains it as a special case: set the weight of the last input "
            "to 1 and all earlier weights to 0, and context = 0·h1 + 0·h2 + 0·h3 + 1·h4 = h4. "
            "Then no earlier state is attended to, however well it fits the query."
        ),
        try_this=(
            "Look at the mixture first: every h_j adds weight_j·h_j to the context. Then press "
            "“Only the last input” (or set the weights by hand to 0, 0, 0, 1) and compare the "
            "context with h4 = [0, 5, 1]."
        ),
        check=_only_last_input,
        done_text=(
            "The weights are [0, …, 0, 1], so the context is exactly the last encoder state: "
            "the classic seq2seq context vector, in which no earlier state counts."
        ),
        prediction=Prediction(
            question="With the weights [0, 0, 0, 1], what will the context vector be?",
            choices=(
                "Exactly h4",
                "Mostly h4, with a little of h1, h2 and h3",
                "The average of h1…h4",
            ),
            outcome=_context_versus_last,
            why=(
                "context = Σ_j weight_j·h_j: with the weights 0, 0, 0, 1 every term but the "
                "last is 0·h_j = 0, so nothing of h1, h2 and h3 is left in it."
            ),
        ),
        panels=("compare", "explain"),
    ),
    Lesson(
        id="self_attention",
        title="Self-attention: Q, K and V are transforms of the inputs",
        preset="self_attention",
        setup=readable_self_attention,
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
        done_text=(
            "x1 gives itself more than half of its weight now: its query q1 = x1·W_Q fits "
            "its own key k1 better than any other key."
        ),
        prediction=Prediction(
            question="You will change row 1 of W_Q. Whose queries will change?",
            choices=("Only x1's", "x1's and x3's", "All three"),
            outcome=_queries_changed,
            why=(
                "q_i = x_i·W_Q adds up the rows of W_Q, each times the matching number of x_i. "
                "x1 = [1, 0, 1, 0] and x3 = [1, 0, 1, 1] have a 1 in place 1, so row 1 goes "
                "into q1 and q3; x2 = [0, 1, 0, 1] has a 0 there, so q2 stays as it is."
            ),
        ),
        panels=("geometry", "explain"),
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
        check=_raw_scores_shown,
        done_text=(
            "These are the raw scores: the table is symmetric (score_ij = score_ji), and most "
            "words give themselves the most weight. Switch the projection back on to compare."
        ),
        prediction=Prediction(
            question="Without the projection, where will most words put their largest weight?",
            choices=("On themselves", "On other words"),
            outcome=_raw_self_majority,
            why=(
                "Raw, score_ij = x_i·x_j / √d, and a vector's dot product with itself, |x_i|², "
                "is usually its largest: another word beats it only when it is longer and "
                "points nearly the same way. With the projection W_Q and W_K differ, so a "
                "query can fit another word's key best."
            ),
        ),
        panels=("compare", "geometry"),
    ),
    Lesson(
        id="svd_topics",
        title="The SVD topic space",
        preset="movies_new_users",
        setup=None,
        highlight=("svd", "decoder", "inputs", "queries", "scores", "weights"),
        text=(
            "Seven users rate The Matrix, Alien, Star Wars, Casablanca and Titanic; I = U Σ Vᵀ "
            "finds two strong concepts, sci-fi and romance (σ = 12.48, 9.51), and a weak "
            "third (σ = 1.35). The queries are two new users: "
            "s1 rated only The Matrix, s2 only Alien and Star Wars, so s1·s2 = 0. V_2 (V's first "
            "two columns) gives each a strength per concept: q = s·V_2. The score is the "
            "cosine q·k / (|q| |k|), so taste counts, not how high one rates (a dot product "
            "puts Dan's 5s above Ann's 1s); softmax uses T = 0.3."
        ),
        try_this=(
            "Press “Use as W_Q = W_K = V_2” in the SVD panel: s1 and s2, raw cos 0, get cos "
            "0.99. Then try m = 3 (the weak third concept parts them: 0.66) and m = 5 (0)."
        ),
        check=_strangers_meet,
        done_text=(
            "s1 and s2 point the same way in the topic space (cosine above 0.95), though "
            "they share no movie (raw dot product 0)."
        ),
        prediction=Prediction(
            question=(
                "As raw ratings s1·s2 = 0. What will their cosine be once both are multiplied "
                "by V_2?"
            ),
            choices=("Near 0: still strangers", "Somewhere in between", "Near 1: the same taste"),
            outcome=_strangers_cosine,
            why=(
                "V_2 keeps only the two strong concepts, and The Matrix, Alien and Star Wars all "
                "load on the sci-fi one: s1·V_2 and s2·V_2 both point along it (cosine 0.99). "
                "The weak third concept is where these movies differ, so keeping it (m = 3) "
                "pulls the two apart again."
            ),
        ),
        panels=("svd", "explain"),
    ),
    Lesson(
        id="five_to_two",
        title="Projections change the dimension: 5 → 2",
        preset="five_to_two",
        setup=None,
        highlight=("inputs", "w_q", "w_k", "queries", "keys", "geometry"),
        text=(
            "W_Q and W_K here are 5 × 2, so each 5-D input becomes a 2-D query and a 2-D key: "
            "q_i = x_i·W_Q. Shrinking d = 5 numbers to m = 2 is practical: the 5 × 5 scores "
            "take n·n·m = 5·5·2 = 50 multiplications instead of n·n·d = 5·5·5 = 125, and the "
            "saving grows with n·n (making the queries and keys costs 2·n·d·m = 100 once, so "
            "it pays from 7 tokens on). What is lost is bounded by the SVD: the best 2 "
            "directions keep 80.8 % of the inputs' Σ σ² (see the SVD panel). A key scores "
            "high when it points like the query and is long."
        ),
        try_this=(
            "Edit W_K so that “the” gives “robot” the most weight, with robot's key pointing "
            "the same way as the query of “the”, [1, 1]. Hint: robot = [1, 0, 0, 0, 2] uses "
            "row 5 of W_K twice; set that row to [1, 1]."
        ),
        check=_the_attends_robot,
        done_text=(
            "“the” gives “robot” the most weight now, and robot's key points nearly the same "
            "way as the query of “the” (cosine 0.9 or more): a key that points like the "
            "query and is long scores highest."
        ),
        prediction=Prediction(
            question=(
                "Queries and keys have 2 numbers each instead of 5. How many multiplications "
                "does the 5 × 5 score table take?"
            ),
            choices=(
                "As many as the raw 5-D vectors: 5·5·5 = 125",
                "Fewer: 5·5·2 = 50",
            ),
            outcome=_fewer_multiplications,
            why=(
                "Each score is the dot product of a query and a key, one multiplication per "
                "number they hold: 2 instead of 5, so 5·5·2 = 50 instead of 125. Making the "
                "queries and keys costs 100 more once, so for 5 tokens the total is still "
                "higher; the saving wins from 7 tokens on and grows with n·n."
            ),
        ),
        panels=("geometry", "svd"),
    ),
    Lesson(
        id="learned",
        title="The matrices are learned",
        preset="default",
        setup=None,
        highlight=("train", "w_q", "w_k", "weights"),
        text=(
            "Nobody tunes W_Q, W_K or W_V by hand in a real network: they are learned. Pick a "
            "target pattern T and training lowers the loss L = (1/m) Σ_i Σ_j T_ij log(T_ij / "
            "weight_ij) by gradient descent: W ← W − η ∂L/∂W, with ∂L/∂score = (weight − T)/m."
        ),
        try_this=(
            'In the Train panel pick "attend to the previous token" and press Train: watch the '
            "loss fall and the weights move to the cell left of the diagonal."
        ),
        check=attends_previous,
        done_text=(
            "Every token after the first gives more than half of its weight to the token "
            "before it: the “previous token” pattern."
        ),
        prediction=Prediction(
            question=(
                "The first token has no token before it. Where will its weight go after "
                "training?"
            ),
            choices=("Mostly to itself", "Mostly to another token", "Spread out: no token gets half"),
            outcome=_first_token_weight,
            why=(
                "The target “attend to the previous token” gives the first token all of its "
                "weight on itself, as nothing comes before it, and training pulls its row "
                "there like every other row."
            ),
        ),
        panels=("train", "geometry"),
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
    *HEAD_LESSONS,
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
