"""The challenges, as data: goal tasks with a limited set of things the learner may change.

A `Challenge` starts from its own session (built here, so a changed preset never
breaks it), states a goal that is checked after every edit (a pure function of
the session and its result), gives a hint, and names its `Scope`: the only
session fields — or rows of a matrix — an edit may change while it is open.
`Scope.allows(before, after)` is the one rule the model consults. Every text has
a message id (`challenge.<id>.<part>`, see `MESSAGES`). No Qt here.

The texts never name a token or a number literally: "{query}", "{key}", … stand
for the starting session's labels by position (`Challenge.tokens`), so a Turkish
session with Turkish tokens reads right, and numbers are written by `format` in
the language's decimal separator (`Challenge.numbers`, `Challenge.vectors`).
The goals look only at positions, never at labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .compute import Result
from .format import exact, fixed, list_separator
from .presets import labels_message
from .session import EDITABLE, Session, same_value

Goal = Callable[[Session, Result], bool]
# English text → the user's language (None: English).
Translate = Callable[[str], str] | None

# The session fields a scope may open that are settings rather than matrices.
SETTINGS = ("temperature", "score_kind", "causal", "projection", "mode")


@dataclass(frozen=True)
class Editable:
    """One thing a challenge lets the learner change.

    name: a matrix of `session.EDITABLE` or a setting of `SETTINGS`.
    rows: for a matrix, the 0-based rows that may change (None: every row).
    reshape: for a matrix, whether its shape may change too (a dimension).
    """

    name: str
    rows: tuple[int, ...] | None = None
    reshape: bool = False

    def __post_init__(self) -> None:
        if self.name not in EDITABLE and self.name not in SETTINGS:
            raise ValueError(f"{self.name!r} is neither an editable matrix nor a setting")

    def allows(self, before, after) -> bool:
        """Whether changing this field from `before` to `after` stays inside it."""
        if self.name in SETTINGS:
            return True
        if before is None or after is None or before.shape != after.shape:
            return self.reshape and self.rows is None
        if self.rows is None:
            return True
        changed_rows = np.flatnonzero(np.any(before != after, axis=1))
        return set(changed_rows.tolist()) <= set(self.rows)


@dataclass(frozen=True)
class Scope:
    """What an edit may change while a challenge is open; everything else is locked."""

    editables: tuple[Editable, ...]

    def names(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.editables)

    def allows(self, before: Session, after: Session) -> bool:
        """True when every session field that differs between `before` and `after` is open."""
        open_fields = {e.name: e for e in self.editables}
        for name in (*EDITABLE, *SETTINGS, "labels", "meta"):
            a, b = getattr(before, name), getattr(after, name)
            if same_value(a, b):
                continue
            editable = open_fields.get(name)
            if editable is None or not editable.allows(a, b):
                return False
        return True


@dataclass(frozen=True)
class Challenge:
    """One goal task.

    start: (translate) -> the starting session, its token labels in the language of
    `translate` (see `presets.localized`). goal: (session, result) -> met.
    scope: what may change. highlight: views to frame (`lessons.VIEWS`), most
    important first. query: the query the goal is about (selected on opening).
    title, task, hint, editable (what `scope` opens, in words), done_text: English
    templates; the GUI translates them by `msg_id(part)` and fills them with `params`.
    tokens: placeholder → the position of the token whose label fills it.
    numbers: placeholder → (value, decimals). vectors: placeholder → its numbers.
    """

    id: str
    title: str
    task: str
    hint: str
    editable: str
    done_text: str
    start: Callable[[Translate], Session]
    goal: Goal
    scope: Scope
    highlight: tuple[str, ...] = ()
    query: int = 0
    tokens: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, tuple[float, int]] = field(default_factory=dict)
    vectors: dict[str, tuple[float, ...]] = field(default_factory=dict)

    PARTS = ("title", "task", "hint", "editable", "done_text")

    def msg_id(self, part: str) -> str:
        if part not in self.PARTS:
            raise KeyError(part)
        return f"challenge.{self.id}.{part}"

    def texts(self) -> dict[str, str]:
        return {self.msg_id(part): getattr(self, part) for part in self.PARTS}

    def params(self, session: Session) -> dict[str, str]:
        """The values of the texts' placeholders: `session`'s labels at the `tokens`
        positions, the numbers in the decimal separator in use."""
        values = {name: session.labels[i] if i < session.n else "?" for name, i in self.tokens.items()}
        values.update({name: fixed(value, decimals) for name, (value, decimals) in self.numbers.items()})
        values.update({name: "[" + list_separator().join(exact(x) for x in vector) + "]"
                       for name, vector in self.vectors.items()})
        return values

    def text(self, part: str, session: Session, translate: Translate = None) -> str:
        """The text `part` filled for `session`; `translate` gives the template in the
        user's language (a broken translation falls back to English)."""
        english = getattr(self, self.PARTS[self.PARTS.index(part)])
        params = self.params(session)
        if translate is not None:
            try:
                return translate(english).format(**params)
            except (KeyError, IndexError, ValueError):
                pass
        return english.format(**params)

    def starting_session(self, translate_labels: Translate = None, translate_text: Translate = None) -> Session:
        """The session the challenge opens with, named after it: `translate_labels` puts its
        tokens in the user's language (as a preset's), `translate_text` its title."""
        session = self.start(translate_labels)
        return session.replace(meta=(("title", self.text("title", session, translate_text)),))

    def is_met(self, session: Session, result: Result) -> bool:
        """Whether the goal holds (False when the session no longer fits the goal)."""
        try:
            return bool(self.goal(session, result))
        except (ValueError, IndexError, TypeError):
            return False


# -- starting sessions -------------------------------------------------------------

_ENCODER = [[0, 1, 1], [5, 0, 1], [1, 1, 0], [0, 5, 1]]

# The token sentences of the starting sessions (translated as one sentence, like a preset's
# labels, in the translation context "presets"; the first two are presets' own).
SENTENCE = ("the", "cat", "sat", "on", "mat")
USERS = ("Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus")
FIVE_WORDS = ("cat", "dog", "wolf", "bank", "loan")
LABEL_MESSAGES = {f"challenge.labels.{i}": labels_message(words) for i, words in enumerate((SENTENCE, USERS, FIVE_WORDS))}


def _labels(english: tuple[str, ...], translate: Translate) -> tuple[str, ...]:
    """`english` in the language of `translate`: the words of its one-sentence translation
    when it has as many words, each once (as `presets.localized`); else the English."""
    if translate is None:
        return english
    words = tuple(translate(labels_message(english)).split())
    return words if len(words) == len(english) and len(set(words)) == len(words) else english


def _seq2seq(translate: Translate = None) -> Session:
    """Four encoder states h1…h4 and one decoder state s1 = [10, 5, 10]: h2 wins."""
    return Session(inputs=_ENCODER, labels=("h1", "h2", "h3", "h4"), mode="seq2seq",
                   decoder=[[10, 5, 10]], score_kind="dot")


def _sentence(translate: Translate = None, **changes) -> Session:
    """"The cat sat on the mat" with 2-D queries, keys and values (scaled dot)."""
    session = Session(
        inputs=[[1, 0, 0, 0], [0, 2, 0, 1], [0, 1, 2, 0], [1, 0, 1, 1], [0, 2, 1, 0]],
        labels=_labels(SENTENCE, translate),
        projection=True,
        w_q=[[0, -1], [1, 0], [-1, 1], [0, -1]],
        w_k=[[1, 0], [1, 0], [0, -1], [0, 0]],
        w_v=[[1, 0], [2, 1], [2, 2], [1, 1]],
    )
    return session.replace(**changes)


# Seven users rate The Matrix, Alien, Star Wars, Casablanca, Titanic (the MMDS lecture's example).
RATINGS = [[1, 1, 1, 0, 0], [3, 3, 3, 0, 0], [4, 4, 4, 0, 0], [5, 5, 5, 0, 0],
           [0, 2, 0, 4, 4], [0, 0, 0, 5, 5], [0, 1, 0, 2, 2]]
SCI_FI_FANS, ROMANCE_FANS = (0, 1, 2, 3), (4, 5, 6)


def _ratings(translate: Translate = None) -> Session:
    return Session(inputs=RATINGS, labels=_labels(USERS, translate), score_kind="dot")


def _strangers(translate: Translate = None) -> Session:
    """The ratings plus Neo (rated only The Matrix) and Ray (only Alien and Star Wars)."""
    eye = np.eye(5)
    return Session(inputs=[*RATINGS, [5, 0, 0, 0, 0], [0, 4, 5, 0, 0]],
                   labels=(*_labels(USERS, translate), "Neo", "Ray"),
                   projection=False, w_q=eye, w_k=eye, w_v=eye, score_kind="cosine")


# Features: furry, noun (everyone has it), wild, money, interest.
ANIMALS, MONEY = (0, 1, 2), (3, 4)


def _five_features(translate: Translate = None) -> Session:
    eye = np.eye(5)
    return Session(inputs=[[2, 1, 0, 0, 0], [2, 1, 1, 0, 0], [1, 1, 2, 0, 0], [0, 1, 0, 2, 1], [0, 1, 0, 1, 2]],
                   labels=_labels(FIVE_WORDS, translate), projection=True,
                   w_q=eye, w_k=eye, w_v=eye)


# -- goals --------------------------------------------------------------------------

LAST_WEIGHT = 0.99          # "the classic context vector": h4's weight at least this
SPLIT_BAND = (0.45, 0.55)   # each of h1 and h3
EQUAL_TOLERANCE = 0.02      # "equally": every weight within this of 1/k
FANS_TOLERANCE = 0.01       # "alike": the sci-fi fans' weights within this of each other
TEMPERATURE_BAND = (0.70, 0.80)
SAME_WAY = 0.95             # a cosine this high: "point the same way"
UNRELATED = 0.5             # a cosine at most this: "not alike"


def _classic_context(session: Session, result: Result) -> bool:
    return (session.mode == "seq2seq" and session.weights_override is None
            and float(result.weights[0, -1]) >= LAST_WEIGHT)


def _split_h1_h3(session: Session, result: Result) -> bool:
    low, high = SPLIT_BAND
    w = result.weights[0]
    return session.mode == "seq2seq" and session.n == 4 and all(low <= w[j] <= high for j in (0, 2))


def _sat_attends_cat(session: Session, result: Result) -> bool:
    return float(result.weights[2, 1]) > 0.5


def _fans_alike(session: Session, result: Result) -> bool:
    """Ann's weights on the four sci-fi fans agree within FANS_TOLERANCE, each above any romance fan's."""
    w = result.weights[0]
    fans = w[list(SCI_FI_FANS)]
    return float(fans.max() - fans.min()) <= FANS_TOLERANCE and float(fans.min()) > float(w[list(ROMANCE_FANS)].max())


def _sat_weight_on_the_in_band(session: Session, result: Result) -> bool:
    low, high = TEMPERATURE_BAND
    return session.weights_override is None and low <= float(result.weights[2, 0]) <= high


def _on_attends_equally(session: Session, result: Result) -> bool:
    """'on' (4th) gives each of the four tokens it may see 1/4 ± EQUAL_TOLERANCE."""
    if not session.causal:
        return False
    seen = result.weights[3, :4]
    return bool(np.all(np.abs(seen - 0.25) <= EQUAL_TOLERANCE))


def own_group_share(weights: np.ndarray, groups: tuple[tuple[int, ...], ...]) -> np.ndarray:
    """For every query, the weight it gives to the tokens of its own group."""
    share = np.zeros(weights.shape[0])
    for group in groups:
        for i in group:
            share[i] = weights[i, list(group)].sum()
    return share


def _two_dimensions_keep_groups(session: Session, result: Result) -> bool:
    return (session.projection and session.d_k == 2
            and bool(np.all(own_group_share(result.weights, (ANIMALS, MONEY)) > 0.5)))


def _strangers_meet(session: Session, result: Result) -> bool:
    """Neo's and Ray's cosine (the score) at least SAME_WAY; Neo and each romance fan at most UNRELATED."""
    neo, ray = 7, 8
    scores = result.scores
    return (session.score_kind == "cosine" and float(scores[neo, ray]) >= SAME_WAY
            and all(float(scores[neo, j]) <= UNRELATED for j in ROMANCE_FANS))


# -- the challenges ------------------------------------------------------------------

CHALLENGES: tuple[Challenge, ...] = (
    Challenge(
        id="classic_context",
        title="The classic context vector, through the scores",
        task=("Get the classic seq2seq context vector — h4 alone, weight at least {least} — without "
              "setting any weight by hand: the softmax must choose h4 because its score is the largest."),
        hint=("score_j = s1·h_j. h4 = {h4} is the only state strong in the second number: "
              "one change to s1 can be enough."),
        editable="the decoder state s1",
        done_text="The softmax itself put nearly all the weight on h4: the context vector is the classic one, with no hand-set weights.",
        start=_seq2seq,
        goal=_classic_context,
        scope=Scope((Editable("decoder"),)),
        highlight=("decoder", "scores", "weights", "context"),
        numbers={"least": (LAST_WEIGHT, 2)},
        vectors={"h4": tuple(_ENCODER[3])},
    ),
    Challenge(
        id="split_h1_h3",
        title="Half and half",
        task=("Make the decoder split its attention between h1 and h3: each of their weights between "
              "{low} and {high}."),
        hint=("h1 = {h1} and h3 = {h3} tie when s1's first and last numbers are equal. "
              "Then h2 and h4 must score lower: negative numbers in s1 can do that."),
        editable="the decoder state s1",
        done_text="h1 and h3 have equal scores and the others lower, so the context is half h1 and half h3.",
        start=_seq2seq,
        goal=_split_h1_h3,
        scope=Scope((Editable("decoder"),)),
        highlight=("decoder", "scores", "weights", "weights_bar"),
        numbers={"low": (SPLIT_BAND[0], 2), "high": (SPLIT_BAND[1], 2)},
        vectors={"h1": tuple(_ENCODER[0]), "h3": tuple(_ENCODER[2])},
    ),
    Challenge(
        id="sat_cat",
        title="Make “{query}” look at “{key}”",
        task="Make “{query}” give more than half of its weight to “{key}”, by changing only W_K.",
        hint=("The query of “{query}” is {query_vector}. The key of “{key}” is 2 × row 2 of W_K + row 4 of W_K: "
              "make it point the way the query points."),
        editable="W_K",
        done_text=("The key of “{key}” now scores highest against the query of “{query}”: their dot product "
                   "is the largest, so “{key}” takes most of the weight."),
        start=_sentence,
        goal=_sat_attends_cat,
        scope=Scope((Editable("w_k"),)),
        highlight=("w_k", "keys", "weights", "geometry"),
        query=2,
        tokens={"query": 2, "key": 1},
        vectors={"query_vector": (-1, 2)},
    ),
    Challenge(
        id="fair_cosine",
        title="Length should not decide",
        task=("With the dot product {user} puts almost all her weight on {top}, only because his ratings are "
              "the largest. Make {user} treat the four sci-fi fans (herself too) alike — their weights "
              "within {within} — each above any romance fan, by changing only the score function."),
        hint="Which compatibility function ignores the length of the vectors and looks only at their direction?",
        editable="the score function",
        done_text="The cosine compares directions only: all four sci-fi fans point the same way, so they get the same weight.",
        start=_ratings,
        goal=_fans_alike,
        scope=Scope((Editable("score_kind"),)),
        highlight=("scores", "weights"),
        tokens={"user": 0, "top": 3},
        numbers={"within": (FANS_TOLERANCE, 2)},
    ),
    Challenge(
        id="temperature_band",
        title="Neither one-hot nor flat",
        task=("Make “{query}” give between {low} and {high} of its weight to “{key}”, by changing only "
              "the temperature T."),
        hint="weights = softmax(scores / T): a smaller T sharpens the weights, a larger T flattens them.",
        editable="the temperature",
        done_text="Dividing the scores by a smaller T widened their gaps: the largest score took a larger share.",
        start=_sentence,
        goal=_sat_weight_on_the_in_band,
        scope=Scope((Editable("temperature"),)),
        highlight=("weights", "scores", "weights_bar"),
        query=2,
        tokens={"query": 2, "key": 0},
        numbers={"low": (TEMPERATURE_BAND[0], 2), "high": (TEMPERATURE_BAND[1], 2)},
    ),
    Challenge(
        id="causal_equal",
        title="Equal attention under the causal mask",
        task=("The causal mask is on, so “{query}” may see only “{first}”, “{second}”, “{third}” and itself. "
              "Make it attend to those four equally — each weight {share}\u00a0±\u00a0{tolerance} — by changing only W_Q."),
        hint=("Equal scores give equal weights. The query of “{query}” is row 1 + row 3 + row 4 of W_Q: "
              "a query of {zero} scores every key 0."),
        editable="W_Q",
        done_text=("The query of “{query}” scores every visible key about the same, so it spreads its weight "
                   "evenly; the mask keeps “{last}” at 0."),
        start=lambda translate=None: _sentence(translate, causal=True),
        goal=_on_attends_equally,
        scope=Scope((Editable("w_q"),)),
        highlight=("w_q", "queries", "weights", "scores"),
        query=3,
        tokens={"query": 3, "first": 0, "second": 1, "third": 2, "last": 4},
        numbers={"share": (0.25, 2), "tolerance": (EQUAL_TOLERANCE, 2)},
        vectors={"zero": (0, 0)},
    ),
    Challenge(
        id="five_to_two",
        title="From 5 dimensions to 2",
        task=("Queries and keys have 5 numbers each. Make them 2 numbers long (d_k = 2) while every word "
              "still gives more than half of its weight to its own kind: the animals to the animals, "
              "“{bank}” and “{loan}” to each other. Each score then costs 2 multiplications instead of 5."),
        hint=("The “d_k −” button drops the last column of W_Q and W_K. Column 2 reads only the "
              "feature every word has (noun), which cannot tell words apart: let it read the money "
              "feature too, in W_Q and W_K. Or let the SVD panel choose the two directions."),
        editable="W_Q and W_K (their numbers and d_k)",
        done_text="Two numbers per query and key keep who attends to whom: each score costs 2 multiplications instead of 5.",
        start=_five_features,
        goal=_two_dimensions_keep_groups,
        scope=Scope((Editable("w_q", reshape=True), Editable("w_k", reshape=True))),
        highlight=("w_k", "w_q", "weights", "keys"),
        query=3,
        tokens={"bank": 3, "loan": 4},
    ),
    Challenge(
        id="topic_strangers",
        title="Strangers in topic space",
        task=("{neo} rated only The Matrix, {ray} only Alien and Star Wars: as raw ratings they share "
              "nothing (cosine 0). Make their cosine score at least {least} while {neo} stays unlike every "
              "romance fan (cosine at most {most}), by changing only W_Q, W_K and the projection switch."),
        hint=("Map every user to their strength in each topic: the SVD panel's “Use as W_Q = W_K = V_2” "
              "keeps the sci-fi and the romance directions."),
        editable="W_Q, W_K and the projection switch",
        done_text="In the 2-concept space {neo} and {ray} are both sci-fi fans: their vectors point the same way.",
        start=_strangers,
        goal=_strangers_meet,
        scope=Scope((Editable("projection"), Editable("w_q", reshape=True), Editable("w_k", reshape=True))),
        highlight=("svd", "scores", "w_q", "w_k"),
        query=7,
        tokens={"neo": 7, "ray": 8},
        numbers={"least": (SAME_WAY, 2), "most": (UNRELATED, 1)},
    ),
)

_BY_ID = {challenge.id: challenge for challenge in CHALLENGES}

# Every English text by message id (what a translation file translates).
MESSAGES: dict[str, str] = {
    msg_id: text for challenge in CHALLENGES for msg_id, text in challenge.texts().items()
}


def challenge_ids() -> tuple[str, ...]:
    return tuple(_BY_ID)


def challenge(challenge_id: str) -> Challenge:
    """The challenge called `challenge_id`; KeyError naming the valid ids otherwise."""
    try:
        return _BY_ID[challenge_id]
    except KeyError:
        raise KeyError(
            f"unknown challenge {challenge_id!r}; the challenges are: {', '.join(_BY_ID)}"
        ) from None


# -- what was solved, kept as text across restarts ------------------------------------


def parse_solved(text: str) -> dict[str, int]:
    """{challenge id: fewest edits} from "id:edits id:edits"; unknown or broken entries dropped."""
    solved = {}
    for entry in text.split():
        name, _, count = entry.partition(":")
        if name in _BY_ID and count.isdigit():
            solved[name] = int(count)
    return solved


def format_solved(solved: dict[str, int]) -> str:
    return " ".join(f"{name}:{count}" for name, count in sorted(solved.items()))
