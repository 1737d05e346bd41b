"""The arithmetic behind any one cell, with the actual numbers.

`explain(session, result, matrix, row, col)` returns an `Explanation`: a list
of equation steps (mathematics, the same in every language) and notes that
are message ids with parameters, so the GUI can translate them. `str()` of an
explanation is the English rendering used by the command line and the tests.
Rows and columns are named as the plots name them (score[cat, sat] =
q_cat·k_sat), dimensions are 1-based; numbers have four significant digits, a
real minus, negative factors in brackets, and a tiny value its power of ten.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from . import matrices
from .compute import Result, additive_hidden
from .format import MINUS, exact, list_separator
from .session import Session

# English templates for the notes; the GUI translates the same ids. Each note is a
# whole sentence (no English word is inserted into a translated one).
NOTES = {
    "raw.queries.self": "Projection is off: the queries are the raw input vectors, Q = I.",
    "raw.queries.seq2seq": "Projection is off: the queries are the raw decoder states, Q = S.",
    "raw.keys.self": "Projection is off: the keys are the raw input vectors, K = I.",
    "raw.keys.seq2seq": "Projection is off: the keys are the raw encoder states, K = H.",
    "raw.values.self": "Projection is off: the values are the raw input vectors, V = I.",
    "raw.values.seq2seq": "Projection is off: the values are the raw encoder states, V = H.",
    "projected.inputs": "{name} = {source} · {weight}: row {row} of the inputs times column {col} of {weight}.",
    "projected.encoder": "{name} = {source} · {weight}: row {row} of the encoder states times column {col} of {weight}.",
    "projected.decoder": "{name} = {source} · {weight}: row {row} of the decoder states times column {col} of {weight}.",
    "keys_values_same": "In seq2seq attention the keys and the values are both the encoder states.",
    "scaled": "Dividing by √d_k = √{d_k} keeps the scores from growing with the dimension.",
    "cosine_zero": "One of the vectors is zero, so the cosine is defined as 0.",
    "temperature": "Scores are divided by the temperature T = {t} before the softmax.",
    "masked": "Masked by the causal mask: query {row} may only look at inputs 1..{row}.",
    "masked_padding": "Masked by the padding mask: input {col} is padding, which no query looks at.",
    "empty_query": (
        "The masks hide every input from query {row}: it has no key to look at, so its "
        "weights are all 0 and its context is the zero vector."
    ),
    "positions.sinusoidal": (
        "The heads see the inputs plus their positions: row {row} of inputs + P, where P is the "
        "sinusoidal positional encoding (fixed, not learned)."
    ),
    "positions.learned": (
        "The heads see the inputs plus their positions: row {row} of inputs + P, where P is the "
        "learned positional table (editable, one row per position)."
    ),
    "override": "This weight was set by hand (weights override), so the softmax is not used.",
    "softmax": "Softmax turns the scores of query {row} into weights that sum to 1.",
    "context": "The context vector is the weighted sum of the values.",
    "last_state": "With weight 1 on the last input the context is just its value: the classic seq2seq context vector.",
    "context_parts": "As the sum of its parts w_j·v_j (head to tail in the geometry plot): {parts}",
    "concat": (
        "The heads' contexts stand side by side, d_v = {d_v} columns each: column {col} of the "
        "concat is column {dim} of head {head}'s context."
    ),
    "concat_one_head": "With one head the concat is the context itself.",
    "output_w_o": "The output projection W_O mixes the heads: every output column weighs every column of every head's context.",
    "output_head_parts": "Head by head (each head's context times its rows of W_O): {parts}",
    "output_no_w_o": (
        "Without W_O the output is the concat itself; turn on the output projection W_O "
        "to mix the heads."
    ),
}
# More terms than this are shown with "…" in the middle of the sum of parts.
MAX_PART_TERMS = 8

# The words inside the formulas (score[the, cat] = …): `explain(..., words=)` takes
# them in the user's language; the GUI translates them (context "formula").
FORMULA_WORDS = {
    "score": "score",
    "weight": "weight",
    "context": "context",
    "masked": "masked",
    "concat": "concat",
    "output": "output",
    "head": "head",
}


@dataclass(frozen=True)
class Note:
    msg_id: str
    params: tuple[tuple[str, object], ...] = ()

    def english(self) -> str:
        return NOTES[self.msg_id].format(**dict(self.params))


@dataclass(frozen=True)
class Explanation:
    """How matrix[row, col] was computed.

    steps: equation lines, e.g. ("score[cat, sat]", "q_cat·k_sat / √3", "(1×0 + 2×(−1)) / 1.732", "−1.155"):
        left side, symbolic form, the form with numbers, the value; joined by " = ".
    notes: translatable remarks (message id + parameters).
    inputs: the cells this value depends on, as (matrix name, row, col) 0-based,
        so the GUI can highlight where the number came from.
    """

    matrix: str
    row: int
    col: int
    value: float
    steps: tuple[tuple[str, ...], ...]
    notes: tuple[Note, ...] = ()
    inputs: tuple[tuple[str, int, int], ...] = field(default=())

    @property
    def equation(self) -> str:
        return "\n".join(" = ".join(part for part in step if part) for step in self.steps)

    def __str__(self) -> str:
        lines = [self.equation] + [note.english() for note in self.notes]
        return "\n".join(lines)


def _num(x: float) -> str:
    """A number in a formula: four significant digits, a real minus, 2.6×10⁻²⁴ when tiny."""
    return exact(x, 4)


def _factor(x: float) -> str:
    """A factor of a product: in brackets when negative or a power of ten,
    2×(−1.5), (2.9×10⁻²⁰)×1."""
    text = _num(x)
    return f"({text})" if text.startswith(MINUS) or "×" in text else text


def _products(a: np.ndarray, b: np.ndarray) -> str:
    terms = " + ".join(_elided_map(lambda k: f"{_factor(a[k])}×{_factor(b[k])}", len(a)))
    return f"({terms})" if len(a) > 1 else terms


def _vector(letter: str, label: str, index: int) -> str:
    """The vector of token `label` (row `index`): q_cat, k_sat, x_the; a default
    label that already names it (x1, s1, h1) is used as it is."""
    return label if label == f"{letter}{index + 1}" else f"{letter}_{label}"


class _Labels:
    """Rows and columns named as the plots name them: query labels for the rows of
    Q, scores, weights and context, token labels for the keys, 1, 2, … for dimensions."""

    def __init__(self, session: Session, result: Result):
        self.session, self.result = session, result

    def row(self, name: str, row: int) -> str:
        return matrices.row_labels(name, self.session, self.result.matrix(name).shape[0])[row]

    def col(self, name: str, col: int) -> str:
        return matrices.col_labels(name, self.session, self.result.matrix(name).shape[1])[col]

    def cell(self, name: str, symbol: str, row: int, col: int) -> str:
        return f"{symbol}[{self.row(name, row)}, {self.col(name, col)}]"


def _names(session: Session) -> dict[str, str]:
    """Letters for the vectors: x for self-attention, h/s for seq2seq; and what their
    rows are (the id of the "projected.*" note)."""
    if session.mode == "seq2seq":
        return {"query_src": "s", "key_src": "h", "query_rows": "decoder", "key_rows": "encoder"}
    return {"query_src": "x", "key_src": "x", "query_rows": "inputs", "key_rows": "inputs"}


def _explain_projection(session: Session, result: Result, matrix: str, row: int, col: int) -> Explanation:
    names = _names(session)
    labels = _Labels(session, result)
    symbol = matrices.symbol(matrix)
    value = float(result.matrix(matrix)[row, col])
    lhs = labels.cell(matrix, symbol, row, col)
    if matrix == "queries":
        src, source_rows, weight_name, src_matrix = names["query_src"], names["query_rows"], "W_Q", "w_q"
        src_vec = session.query_inputs[row]
        src_key = "decoder" if session.mode == "seq2seq" else "inputs"
    else:
        src, source_rows = names["key_src"], names["key_rows"]
        weight_name, src_matrix = ("W_K", "w_k") if matrix == "keys" else ("W_V", "w_v")
        src_vec = session.inputs[row]
        src_key = "inputs"
    vector = _vector(src, labels.row(matrix, row), row)
    notes: list[Note] = []
    position_steps: tuple[tuple[str, ...], ...] = ()
    if _positioned(session, matrix):
        # The heads see inputs + positions: (x + p)·W, with the sum worked out first.
        position = _vector("p", labels.row(matrix, row), row)
        seen = result.positioned_inputs[row]
        position_steps = ((f"{vector} + {position}",
                           f"{_vector_text(src_vec)} + {_vector_text(result.positional[row])}",
                           _vector_text(seen)),)
        vector, src_vec, src = f"({vector} + {position})", seen, f"({src} + p)"
        notes.append(Note(f"positions.{session.positional}", (("row", row + 1),)))
    if session.projection:
        w = getattr(session, src_matrix)
        steps = ((lhs, f"{vector}·{weight_name}[:,{col + 1}]", _products(src_vec, w[:, col]), _num(value)),)
        notes.insert(0, Note(f"projected.{source_rows}", (("name", symbol), ("source", src), ("weight", weight_name),
                                                        ("row", row + 1), ("col", col + 1))))
        inputs = tuple((src_key, row, k) for k in range(src_vec.shape[0]))
        inputs += tuple((src_matrix, k, col) for k in range(src_vec.shape[0]))
    else:
        steps = ((lhs, f"{vector}[{col + 1}]", _num(value)),)
        notes.insert(0, Note(f"raw.{matrix}.{session.mode}"))
        inputs = ((src_key, row, col),)
    steps = position_steps + steps
    if session.mode == "seq2seq" and matrix in ("keys", "values"):
        notes.append(Note("keys_values_same"))
    return Explanation(matrix, row, col, value, steps, tuple(notes), inputs)


def _positioned(session: Session, matrix: str) -> bool:
    """Whether `matrix` (queries, keys or values) is computed from inputs + positions:
    keys and values whenever positions are on, queries in self mode only (in seq2seq
    they come from the decoder states)."""
    if session.positional == "none":
        return False
    return matrix != "queries" or session.mode == "self"


def _mask_notes(session: Session, result: Result, row: int, col: int) -> tuple[Note, ...]:
    """Why query `row` may not look at input `col`: padding or the causal mask, and
    whether the query is left with no key at all."""
    labels = _Labels(session, result)
    if session.padding is not None and session.padding[col]:
        notes = [Note("masked_padding", (("col", f"“{labels.col('scores', col)}”"),))]
    else:
        notes = [Note("masked", (("row", row + 1),))]
    if row in result.empty_queries:
        notes.append(Note("empty_query", (("row", f"“{labels.row('scores', row)}”"),)))
    return tuple(notes)


def _explain_score(session: Session, result: Result, row: int, col: int,
                   words: dict[str, str] = FORMULA_WORDS) -> Explanation:
    q, k = result.queries[row], result.keys[col]
    labels = _Labels(session, result)
    lhs = labels.cell("scores", words["score"], row, col)
    qi = _vector("q", labels.row("scores", row), row)
    kj = _vector("k", labels.col("scores", col), col)
    inputs = tuple(("queries", row, c) for c in range(q.shape[0]))
    inputs += tuple(("keys", col, c) for c in range(k.shape[0]))
    if not result.mask[row, col]:
        return Explanation("scores", row, col, float("nan"), ((lhs, words["masked"]),),
                           _mask_notes(session, result, row, col), ())
    value = float(result.scores[row, col])
    notes: list[Note] = []
    kind = session.score_kind
    dot = float(q @ k)
    if kind == "dot":
        steps = ((lhs, f"{qi}·{kj}", _products(q, k), _num(value)),)
    elif kind == "scaled_dot":
        root = math.sqrt(k.shape[0])
        steps = ((lhs, f"{qi}·{kj} / √{k.shape[0]}", f"{_products(q, k)} / {_num(root)}", _num(value)),)
        notes.append(Note("scaled", (("d_k", k.shape[0]),)))
    elif kind == "cosine":
        nq, nk = float(np.linalg.norm(q)), float(np.linalg.norm(k))
        steps = ((lhs, matrices.pair_score(kind, qi, kj), f"{qi}·{kj} / (|{qi}| |{kj}|)",
                  f"{_num(dot)} / ({_num(nq)} × {_num(nk)})", _num(value)),)
        if nq == 0 or nk == 0:
            notes.append(Note("cosine_zero"))
    elif kind == "general":
        w_k = session.w_a @ k
        steps = ((lhs, matrices.pair_score(kind, qi, kj), f"{qi}·(W_a {kj})", _products(q, w_k), _num(value)),)
        inputs += tuple(("w_a", a, b) for a in range(session.w_a.shape[0]) for b in range(session.w_a.shape[1]))
    else:  # additive
        hidden = additive_hidden(q[None, :], k[None, :], session.w_a)[0, 0]
        tanh_text = "(" + list_separator().join(_num(h) for h in hidden) + ")"
        steps = (
            # The pair's formula, v_a·tanh([q; k]·W_a), split in two steps.
            ("t", matrices.pair_score(kind, qi, kj).removeprefix("v_a·"), tanh_text),
            (lhs, "v_a·t", _products(session.v_a, hidden), _num(value)),
        )
        inputs += tuple(("w_a", a, b) for a in range(session.w_a.shape[0]) for b in range(session.w_a.shape[1]))
        inputs += tuple(("v_a", 0, b) for b in range(session.v_a.shape[0]))
    return Explanation("scores", row, col, value, steps, tuple(notes), inputs)


def _explain_weight(session: Session, result: Result, row: int, col: int,
                    words: dict[str, str] = FORMULA_WORDS) -> Explanation:
    labels = _Labels(session, result)
    lhs = labels.cell("weights", words["weight"], row, col)
    query = labels.row("weights", row)
    value = float(result.weights[row, col])
    # The mask holds for hand-set weights too (`compute.visible_keys`).
    if not result.mask[row, col]:
        return Explanation("weights", row, col, value, ((lhs, "0"),),
                           _mask_notes(session, result, row, col), ())
    if result.overridden:
        return Explanation("weights", row, col, value, ((lhs, _num(value)),), (Note("override"),),
                           (("weights_override", row, col),))
    t = session.temperature
    visible = np.flatnonzero(result.mask[row])
    logits = result.scores[row, visible] / t
    # Show e^(s − max) when plain e^s would overflow the display.
    shift = float(np.max(logits)) if np.max(np.abs(logits)) > 30 else 0.0
    exps = np.exp(logits - shift)
    own = float(np.exp(result.scores[row, col] / t - shift))
    total = float(exps.sum())
    # T in the formula and in its numbers whenever it is not 1: score / T.
    by_t, by_t_value = ("", "") if t == 1 else ("/T", f"/{_num(t)}")
    shift_text = f" {MINUS} {_num(shift)}" if shift else ""

    def power(score: float) -> str:
        return f"e^({_num(score)}{by_t_value}{shift_text})"

    score = words["score"]
    sym = f"exp({labels.cell('scores', score, row, col)}{by_t}) / Σ_j exp({score}[{query}, j]{by_t})"
    shown = result.scores[row, visible]
    num = f"{power(result.scores[row, col])} / ({' + '.join(_elided_map(lambda k: power(shown[k]), len(shown)))})"
    steps = ((lhs, sym, num, f"{_num(own)} / {_num(total)}", _num(value)),)
    notes = [Note("softmax", (("row", f"“{query}”"),))]
    if t != 1:
        notes.append(Note("temperature", (("t", _num(t)),)))
    inputs = tuple(("scores", row, int(j)) for j in visible)
    return Explanation("weights", row, col, value, steps, tuple(notes), inputs)


def context_terms(result: Result, row: int) -> np.ndarray:
    """The parts w_j·v_j of query `row`'s context vector, one row per value (n × d_v);
    they sum to `result.context[row]`."""
    return result.weights[row][:, None] * result.values


def _vector_text(vector: np.ndarray) -> str:
    return "[" + list_separator().join(_num(x) for x in vector) + "]"


def _elided_map(term, count: int) -> list[str]:
    """`term(k)` for k < count, the middle elided as in `_elided`, without making the
    terms left out (a sum over 512 tokens)."""
    if count <= MAX_PART_TERMS:
        return [term(k) for k in range(count)]
    half = MAX_PART_TERMS // 2
    return [term(k) for k in range(half)] + ["…"] + [term(k) for k in range(count - half, count)]


def _elided(terms: list[str]) -> list[str]:
    if len(terms) <= MAX_PART_TERMS:
        return terms
    half = MAX_PART_TERMS // 2
    return terms[:half] + ["…"] + terms[-half:]


def context_parts(
    session: Session, result: Result, row: int, words: dict[str, str] = FORMULA_WORDS
) -> str:
    """Query `row`'s context vector as the sum of its parts, with the numbers:
    "context_the = 0.1·v_the + 0.9·v_cat = [0.1, 0] + [0.45, 0.9] = [0.55, 0.9]".
    Masked values (weight 0 by the causal mask) are left out."""
    labels = _Labels(session, result)
    visible = np.flatnonzero(result.mask[row]).tolist()
    weights, terms = result.weights[row], context_terms(result, row)
    named = [f"{_factor(weights[j])}·{_vector('v', labels.row('values', j), j)}" for j in visible]
    vectors = [_vector_text(terms[j]) for j in visible]
    lhs = f"{words['context']}_{labels.row('context', row)}"
    if not visible:  # a query the masks leave no key: no parts, the zero vector
        return f"{lhs} = {_vector_text(result.context[row])}"
    return " = ".join(
        [lhs, " + ".join(_elided(named)), " + ".join(_elided(vectors)), _vector_text(result.context[row])]
    )


def _explain_context(session: Session, result: Result, row: int, col: int,
                     words: dict[str, str] = FORMULA_WORDS) -> Explanation:
    labels = _Labels(session, result)
    w = result.weights[row]
    v = result.values[:, col]
    value = float(result.context[row, col])
    lhs = labels.cell("context", words["context"], row, col)
    sym = f"Σ_j {words['weight']}[{labels.row('context', row)}, j] × V[j, {col + 1}]"
    steps = ((lhs, sym, _products(w, v), _num(value)),)
    notes = [Note("context")]
    if row in result.empty_queries:
        notes.append(Note("empty_query", (("row", f"“{labels.row('context', row)}”"),)))
    if w[-1] == 1.0 and not np.any(w[:-1]):
        notes.append(Note("last_state"))
    notes.append(Note("context_parts", (("parts", context_parts(session, result, row, words)),)))
    inputs = tuple(("weights", row, j) for j in range(w.shape[0]))
    inputs += tuple(("values", j, col) for j in range(w.shape[0]))
    return Explanation("context", row, col, value, steps, tuple(notes), inputs)


def _explain_concat(session: Session, result: Result, row: int, col: int,
                    words: dict[str, str] = FORMULA_WORDS) -> Explanation:
    """concat[i, j] is column j' of head k's context, j = k·d_v + j'."""
    labels = _Labels(session, result)
    d_v = session.d_v
    head, dim = divmod(col, d_v)
    value = float(result.concat[row, col])
    lhs = labels.cell("concat", words["concat"], row, col)
    query = labels.row("concat", row)
    if session.heads == 1:
        steps = ((lhs, f"{words['context']}[{query}, {dim + 1}]", _num(value)),)
        notes = (Note("concat_one_head"),)
        return Explanation("concat", row, col, value, steps, notes, (("context", row, dim),))
    source = f"{words['context']} ({words['head']} {head + 1})[{query}, {dim + 1}]"
    steps = ((lhs, source, _num(value)),)
    notes = (Note("concat", (("d_v", d_v), ("col", labels.col("concat", col)), ("dim", dim + 1),
                             ("head", head + 1))),)
    return Explanation("concat", row, col, value, steps, notes)


def _explain_output(session: Session, result: Result, row: int, col: int,
                    words: dict[str, str] = FORMULA_WORDS) -> Explanation:
    """output[i, c] = Σ_j concat[i, j]·W_O[j, c], or the concat itself without W_O."""
    labels = _Labels(session, result)
    value = float(result.output[row, col])
    lhs = labels.cell("output", words["output"], row, col)
    query = labels.row("output", row)
    concat = result.concat[row]
    if not session.uses_w_o:
        steps = ((lhs, labels.cell("concat", words["concat"], row, col), _num(value)),)
        return Explanation("output", row, col, value, steps, (Note("output_no_w_o"),),
                           (("concat", row, col),))
    w_o = session.w_o[:, col]
    sym = f"Σ_j {words['concat']}[{query}, j]·W_O[j, {col + 1}]"
    steps = ((lhs, sym, _products(concat, w_o), _num(value)),)
    notes = [Note("output_w_o")]
    heads, d_v = session.heads, session.d_v
    if heads > 1:
        parts = list_separator().join(
            f"{words['head']} {k + 1}: {_num(float(concat[k * d_v:(k + 1) * d_v] @ w_o[k * d_v:(k + 1) * d_v]))}"
            for k in range(heads))
        notes.append(Note("output_head_parts", (("parts", parts),)))
    inputs = tuple(("concat", row, j) for j in range(concat.shape[0]))
    inputs += tuple(("w_o", j, col) for j in range(concat.shape[0]))
    return Explanation("output", row, col, value, steps, tuple(notes), inputs)


def explain(session: Session, result: Result, matrix: str, row: int, col: int,
            words: dict[str, str] | None = None) -> Explanation:
    """The arithmetic behind `matrix[row, col]` (0-based) with the current numbers.

    `matrix` is one of queries, keys, values, scores, weights, context (of the
    session's one head: give `heads.head_session` and `Result.for_head` for
    another), concat or output (give the whole session and result).
    `words`: the words of the formulas (FORMULA_WORDS' keys) in the user's
    language; English when None or missing.
    """
    words = {**FORMULA_WORDS, **(words or {})}
    shape = result.matrix(matrix).shape
    if not (0 <= row < shape[0] and 0 <= col < shape[1]):
        raise IndexError(f"{matrix}[{row},{col}] is outside its {shape[0]} × {shape[1]} shape")
    if matrix in ("queries", "keys", "values"):
        return _explain_projection(session, result, matrix, row, col)
    if matrix == "scores":
        return _explain_score(session, result, row, col, words)
    if matrix == "weights":
        return _explain_weight(session, result, row, col, words)
    if matrix == "context":
        return _explain_context(session, result, row, col, words)
    if matrix == "concat":
        return _explain_concat(session, result, row, col, words)
    if matrix == "output":
        return _explain_output(session, result, row, col, words)
    raise KeyError(matrix)
