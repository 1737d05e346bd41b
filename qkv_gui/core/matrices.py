"""Every matrix of attention, named once: symbol, role, title, what its rows are.

The editors, heatmaps, figure, exports, model and lessons read names and
titles from here, so "Keys K = H" is written in one place. Titles and roles
are message ids into MESSAGES (English templates); the GUI translates them
under the context "matrices" (`i18n.translated_text`), the command line and
the tests use the English (`english`).

One wording throughout: the inputs are I (self-attention) or the encoder
states H (seq2seq), the decoder states are S; Q = I·W_Q (or S·W_Q),
K = I·W_K (or H·W_K), V = I·W_V (or H·W_V).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .session import EDITABLE, STAGE_EDITABLE, Session

RESULT_NAMES = ("queries", "keys", "values", "scores", "weights", "context")
# The matrices of the stages after the heads: W_O (editable), the heads' contexts side
# by side, the output, and the position table added to the inputs.
STAGE_NAMES = ("w_o", "concat", "output", "positional", "positional_table")
# The cells Explain explains: every head's matrices and the concat and output.
EXPLAINED_NAMES = (*RESULT_NAMES, "concat", "output")

# The score functions, written once for the toolbar, the titles, the geometry's
# box and Explain. Per query-key pair ({q}, {k}: the two row vectors; [q; k] is
# the two side by side, 2·d_k numbers, as `compute.additive_hidden` builds it)
# and for all pairs at once (the scores heatmap's title).
SCORE_KINDS = ("dot", "scaled_dot", "cosine", "general", "additive")
PAIR_SCORE = {
    "dot": "{q}·{k}",
    "scaled_dot": "{q}·{k} / √d_k",
    "cosine": "cos({q}, {k})",
    "general": "{q}·W_a·{k}",
    "additive": "v_a·tanh([{q}; {k}]·W_a)",
}
ALL_SCORES = {
    "dot": "Q·Kᵀ",
    "scaled_dot": "Q·Kᵀ / √d_k",
    "cosine": "cos(Q, K)",
    "general": "Q·W_a·Kᵀ",
    "additive": "v_a·tanh([Q; K]·W_a)",
}


def pair_score(kind: str, q: str = "q", k: str = "k") -> str:
    """The score of one query-key pair, e.g. pair_score("cosine", "q1", "k2") = "cos(q1, k2)"."""
    return PAIR_SCORE[kind].format(q=q, k=k)


def all_scores(kind: str) -> str:
    """The scores of every pair at once, e.g. "Q·Kᵀ / √d_k"."""
    return ALL_SCORES[kind]



@dataclass(frozen=True)
class MatrixInfo:
    """One matrix of the app.

    symbol: its letter in formulas (self mode; `symbol(name, mode)` has seq2seq's).
    rows / cols: what a row or a column stands for: "input" (one per input,
        labelled with the token labels), "query" (one per query, labelled with
        the query labels), "dim" (a dimension, numbered 1, 2, …) or "concat" (a
        column of the heads' contexts side by side: "2:1" is head 2's first).
    editable: the learner edits it (a `Session` field); else it is a result.
    sequential: its numbers are weights in [0, 1] (sequential colour scale,
        finer scrub steps); the others are signed (diverging scale).
    shown_as: the result matrix these numbers are (the hand-set weights are
        the weights), for hover and highlights; the name itself otherwise.
    resizes_rows: the learner adds and removes rows (tokens, decoder states).
    dimension: the dimension its columns are, which the learner can change
        ("d", "d_k", "d_v"; see `edits.set_dimension`), or "".
    """

    name: str
    symbol: str
    rows: str
    cols: str
    editable: bool
    sequential: bool = False
    shown_as: str = ""
    resizes_rows: bool = False
    dimension: str = ""


MATRICES: dict[str, MatrixInfo] = {
    info.name: info
    for info in (
        MatrixInfo("inputs", "I", "input", "dim", True, resizes_rows=True, dimension="d"),
        MatrixInfo("decoder", "S", "query", "dim", True, resizes_rows=True),
        MatrixInfo("w_q", "W_Q", "dim", "dim", True, dimension="d_k"),
        MatrixInfo("w_k", "W_K", "dim", "dim", True, dimension="d_k"),
        MatrixInfo("w_v", "W_V", "dim", "dim", True, dimension="d_v"),
        MatrixInfo("w_a", "W_a", "dim", "dim", True),
        MatrixInfo("v_a", "v_a", "dim", "dim", True),
        MatrixInfo("weights_override", "weight", "query", "input", True, True, "weights"),
        MatrixInfo("queries", "Q", "query", "dim", False),
        MatrixInfo("keys", "K", "input", "dim", False),
        MatrixInfo("values", "V", "input", "dim", False),
        MatrixInfo("scores", "score", "query", "input", False),
        MatrixInfo("weights", "weight", "query", "input", False, True),
        MatrixInfo("context", "context", "query", "dim", False),
        MatrixInfo("w_o", "W_O", "concat", "dim", True),
        MatrixInfo("concat", "concat", "query", "concat", False),
        MatrixInfo("output", "output", "query", "dim", False),
        MatrixInfo("positional", "P", "input", "dim", False),
        # A row per place (1, 2, …), not per token: a shuffle moves the tokens, not the places.
        MatrixInfo("positional_table", "P", "place", "dim", True),
    )
}
MATRIX_NAMES = tuple(MATRICES)
SEQUENTIAL = tuple(name for name, info in MATRICES.items() if info.sequential)
assert tuple(name for name in MATRIX_NAMES if MATRICES[name].editable) == (
    *EDITABLE, *(name for name in STAGE_EDITABLE if name in MATRICES))

# English templates of every title and role; the GUI translates the same ids.
MESSAGES: dict[str, str] = {
    # What the vectors of a matrix are (seq2seq: keys and values are the encoder states).
    "role.inputs.self": "inputs I",
    "role.inputs.seq2seq": "encoder states H",
    "role.decoder": "decoder states S",
    # Titles of heatmaps and figure panels.
    "title.inputs.self": "Inputs I",
    "title.inputs.seq2seq": "Encoder states H",
    "title.decoder": "Decoder states S",
    "title.w_q": "Query weights W_Q",
    "title.w_k": "Key weights W_K",
    "title.w_v": "Value weights W_V",
    "title.w_a": "Score weights W_a",
    "title.v_a": "Score vector v_a",
    "title.weights_override": "Weights (set by hand)",
    "title.queries.self": "Queries Q = I",
    "title.queries.seq2seq": "Queries Q = S",
    "title.queries.self.projected": "Queries Q = I·W_Q",
    "title.queries.seq2seq.projected": "Queries Q = S·W_Q",
    "title.keys.self": "Keys K = I",
    "title.keys.seq2seq": "Keys K = H",
    "title.keys.self.projected": "Keys K = I·W_K",
    "title.keys.seq2seq.projected": "Keys K = H·W_K",
    "title.values.self": "Values V = I",
    "title.values.seq2seq": "Values V = H",
    "title.values.self.projected": "Values V = I·W_V",
    "title.values.seq2seq.projected": "Values V = H·W_V",
    # With positions added (P: the positional table), what the heads really see.
    "title.queries.self.positioned": "Queries Q = I + P",
    "title.queries.self.projected.positioned": "Queries Q = (I + P)·W_Q",
    "title.keys.self.positioned": "Keys K = I + P",
    "title.keys.self.projected.positioned": "Keys K = (I + P)·W_K",
    "title.keys.seq2seq.positioned": "Keys K = H + P",
    "title.keys.seq2seq.projected.positioned": "Keys K = (H + P)·W_K",
    "title.values.self.positioned": "Values V = I + P",
    "title.values.self.projected.positioned": "Values V = (I + P)·W_V",
    "title.values.seq2seq.positioned": "Values V = H + P",
    "title.values.seq2seq.projected.positioned": "Values V = (H + P)·W_V",
    "title.scores.dot": f"Scores = {ALL_SCORES['dot']}",
    "title.scores.scaled_dot": f"Scores = {ALL_SCORES['scaled_dot']}",
    "title.scores.cosine": f"Scores = {ALL_SCORES['cosine']}",
    "title.scores.general": f"Scores = {ALL_SCORES['general']}",
    "title.scores.additive": f"Scores = {ALL_SCORES['additive']}",
    "title.weights": "Weights = softmax(scores)",
    "title.weights.temperature": "Weights = softmax(scores / T)",
    "title.weights.set_by_hand": "Weights (set by hand)",
    "title.context": "Context = weights · V",
    # With several heads, a title of one head's matrix says which head ({title}: the title above).
    "title.of_head": "{title} — head {head}",
    "title.w_o": "Output weights W_O",
    "title.concat": "Concat = [context₁ … context_h]",
    "title.output": "Output = concat (no W_O)",
    "title.output.w_o": "Output = concat · W_O",
    "title.positional.none": "Positions P (none: zeros)",
    "title.positional.sinusoidal": "Positions P (sinusoidal)",
    "title.positional.learned": "Positions P (learned)",
    # The positions panel: the table P of each kind, and what the heads see.
    "title.positional_table.none": "No positions: P = 0",
    "title.positional_table.sinusoidal": "Sinusoidal positions P",
    "title.positional_table.learned": "Learned positions P",
    "title.positioned_inputs.self": "What the heads see: I + P",
    "title.positioned_inputs.seq2seq": "What the heads see: H + P",
    # Titles of the matrix editors: the matrix and its shape in letters.
    "editor.inputs.self": "Inputs I (n × d)",
    "editor.inputs.seq2seq": "Encoder states H (n × d)",
    "editor.decoder": "Decoder states S (m × d)",
    "editor.w_q": "W_Q (d × d_k)",
    "editor.w_k": "W_K (d × d_k)",
    "editor.w_v": "W_V (d × d_v)",
    # Several heads: h blocks of columns side by side, one per head.
    "editor.w_q.heads": "W_Q (d × h·d_k)",
    "editor.w_k.heads": "W_K (d × h·d_k)",
    "editor.w_v.heads": "W_V (d × h·d_v)",
    "editor.w_a": "W_a (d_k × d_k)",
    "editor.w_a.additive": "W_a (2·d_k × h)",
    "editor.v_a": "v_a (1 × h)",
    "editor.weights_override": "Weights (set by hand)",
    "editor.w_o": "W_O (h·d_v × d_o)",
    "editor.positional_table": "Learned positions P (n × d)",
}


def info(name: str) -> MatrixInfo:
    """The table entry of matrix `name` (KeyError for an unknown name)."""
    return MATRICES[name]


def is_editable(name: str) -> bool:
    """Whether `name` is a matrix of the table the learner edits (False for unknown names)."""
    entry = MATRICES.get(name)
    return entry is not None and entry.editable


def english(msg_id: str) -> str:
    return MESSAGES[msg_id]


def symbol(name: str, mode: str = "self") -> str:
    """The letter of matrix `name` in formulas: the inputs are H in seq2seq mode."""
    if name == "inputs" and mode == "seq2seq":
        return "H"
    return MATRICES[name].symbol


def is_sequential(name: str) -> bool:
    """Weights in [0, 1] (sequential colour scale); unknown names count as signed."""
    entry = MATRICES.get(name)
    return entry is not None and entry.sequential


def shown_as(name: str) -> str:
    """The result matrix whose numbers `name` holds (weights_override → weights)."""
    return MATRICES[name].shown_as or name


def role_id(name: str, mode: str) -> str | None:
    """What the vectors of `name` are, e.g. keys in seq2seq: "encoder states H" (None for
    matrices that are not made of input or query vectors)."""
    if name == "decoder" or (name == "queries" and mode == "seq2seq"):
        return "role.decoder"
    if name in ("inputs", "queries", "keys", "values"):
        return f"role.inputs.{mode}"
    return None


def title_id(name: str, session: Session, overridden: bool | None = None) -> str:
    """The title of matrix `name` as heatmaps and figures show it (with its formula).

    `overridden`: whether the weights are set by hand (default: the session says).
    """
    mode = session.mode
    if name == "inputs":
        return f"title.inputs.{mode}"
    if name in ("queries", "keys", "values"):
        base = f"title.{name}.{mode}" + (".projected" if session.projection else "")
        # Positions are added to the inputs (self mode) or the encoder states (seq2seq).
        positioned = session.positional != "none" and not (name == "queries" and mode == "seq2seq")
        return base + ".positioned" if positioned else base
    if name == "scores":
        return f"title.scores.{session.score_kind}"
    if name == "weights":
        if session.weights_override is not None if overridden is None else overridden:
            return "title.weights.set_by_hand"
        return "title.weights.temperature" if session.temperature != 1.0 else "title.weights"
    if name == "output":
        return "title.output.w_o" if session.uses_w_o else "title.output"
    if name == "positional":
        return f"title.positional.{session.positional}"
    if name == "positional_table":
        return f"title.positional_table.{session.positional}"
    if name == "positioned_inputs":  # a stage of the result, not a matrix of the table
        return f"title.positioned_inputs.{mode}"
    if name not in MATRICES:
        raise KeyError(name)
    return f"title.{name}"


# The template of a title that names its head: "{title} — head {head}".
HEAD_TITLE_ID = "title.of_head"


def is_per_head(name: str) -> bool:
    """Whether each head has its own matrix `name`: Q, K, V, scores, weights, context,
    its block of W_Q, W_K, W_V and its hand-set weights."""
    return name in RESULT_NAMES or name in ("w_q", "w_k", "w_v", "weights_override")


def head_title(name: str, session: Session, head: int, title: str, template: str | None = None) -> str:
    """`title` (of matrix `name`, already in the reader's language) naming head `head`
    (0-based) when `session` has several heads and each has its own `name`, e.g.
    "Weights = softmax(scores) — head 2". `template`: MESSAGES[HEAD_TITLE_ID] translated."""
    if session.heads < 2 or not is_per_head(name):
        return title
    return (template or MESSAGES[HEAD_TITLE_ID]).format(title=title, head=head + 1)


def editor_title_id(name: str, session: Session) -> str:
    """The title row of the editor of `name`, e.g. "W_Q (d × d_k)"."""
    if not MATRICES[name].editable:
        raise KeyError(name)
    if name == "inputs":
        return f"editor.inputs.{session.mode}"
    if name == "w_a" and session.score_kind == "additive":
        return "editor.w_a.additive"
    if name in ("w_q", "w_k", "w_v") and session.heads > 1:
        return f"editor.{name}.heads"
    return f"editor.{name}"


def title(name: str, session: Session, overridden: bool | None = None) -> str:
    """The English title (see `title_id`)."""
    return MESSAGES[title_id(name, session, overridden)]


def in_use(name: str, session: Session) -> bool:
    """Whether matrix `name` takes part in the computation of `session`."""
    if name == "decoder":
        return session.mode == "seq2seq"
    if name in ("w_q", "w_k", "w_v"):
        return session.projection
    if name == "w_a":
        return session.uses_w_a
    if name == "v_a":
        return session.score_kind == "additive"
    if name == "weights_override":
        return session.weights_override is not None
    if name == "w_o":
        return session.uses_w_o
    if name == "positional":
        return session.positional != "none"
    if name == "positional_table":
        return session.positional == "learned"
    if name not in MATRICES:
        raise KeyError(name)
    return True


def rows_are_queries(name: str, mode: str) -> bool:
    """Whether each row of `name` is a query (the inputs are, in self-attention)."""
    rows = MATRICES[name].rows
    return rows == "query" or (rows == "input" and mode == "self")


@functools.cache
def _numbers(count: int) -> tuple[str, ...]:
    return tuple(str(i + 1) for i in range(count))


def concat_labels(heads: int, d_v: int) -> tuple[str, ...]:
    """The columns of the heads' contexts side by side: "1:1", "1:2", "2:1", … (head:column);
    with one head the concat is the context, numbered 1, 2, …"""
    if heads <= 1:
        return _numbers(d_v)
    return tuple(f"{head + 1}:{col + 1}" for head in range(heads) for col in range(d_v))


def _labels(kind: str, session: Session, count: int) -> tuple[str, ...]:
    if kind == "concat" and count == session.heads * session.d_v:
        return concat_labels(session.heads, session.d_v)
    if kind == "input":
        labels = tuple(session.labels)
    elif kind == "query":
        labels = tuple(session.query_labels)
    else:
        labels = ()
    # Labels can lag the matrix in a malformed session; never index past them.
    return (labels + _numbers(count)[len(labels) :])[:count]


def row_labels(name: str, session: Session, rows: int) -> tuple[str, ...]:
    """The labels of the `rows` rows of `name`: token labels, query labels or 1, 2, …"""
    return _labels(MATRICES[name].rows, session, rows)


def col_labels(name: str, session: Session, cols: int) -> tuple[str, ...]:
    """The labels of the `cols` columns of `name`: token labels or 1, 2, …"""
    return _labels(MATRICES[name].cols, session, cols)
