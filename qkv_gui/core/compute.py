"""Attention, step by step: `compute(session) -> Result`.

Pure functions over float64 numpy arrays; no side effects, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import CoreError
from .format import exact
from .session import Session

# One English template per msg_id, so the GUI can show the sentence in another language.
MESSAGES: dict[str, str] = {
    "empty_inputs": "inputs is empty",
    "mode": "mode must be 'self' or 'seq2seq', not {got}",
    "decoder_required": "decoder is required in seq2seq mode and must not be empty",
    "projection_required": "{name} is required when the projection is enabled",
    "rows_vs_inputs": "{name} has {rows} rows but the inputs have {cols} columns",
    "rows_vs_decoder": "{name} has {rows} rows but the decoder states have {cols} columns",
    "query_key_columns": (
        "w_q has {q} columns but w_k has {k}; queries and keys need the same dimension"
    ),
    "decoder_columns": (
        "decoder has {got} columns but the inputs have {d}; "
        "without a projection queries and keys need the same dimension"
    ),
    "general_w_a": "w_a must be {d_k} × {d_k} for the general score, got {rows} × {cols}",
    "general_w_a_missing": "w_a must be {d_k} × {d_k} for the general score, got missing",
    "additive_w_a": "w_a must have {rows} rows (2·d_k) for the additive score, got {got} rows",
    "additive_w_a_missing": "w_a must have {rows} rows (2·d_k) for the additive score, got missing",
    "additive_v_a": "v_a must have length {length} (the columns of w_a), got length {got}",
    "additive_v_a_missing": "v_a must have length {length} (the columns of w_a), got missing",
    "score_kind": "score kind {kind} is not one of dot, scaled_dot, cosine, general, additive",
    "temperature": "temperature must be a positive number, got {got}",
    "causal": "causal is only available in self mode",
    "override_shape": (
        "weights_override is {rows} × {cols} but must be {m} × {n} (queries × inputs)"
    ),
    "override_not_finite": "weights_override contains a number that is not finite",
    "override_negative": "weights_override row {row} has a negative weight",
    "override_sum": "weights_override row {row} sums to {total}, not 1",
    "override_masked": "the causal mask hides input {col} from query {row}: its weight stays 0",
}


class ComputeError(CoreError):
    """The session's shapes don't fit together; str() is one English sentence naming what.

    `msg_id` (a key of MESSAGES) and `params` let the GUI translate it.
    """

    msg_context = "compute"
    messages = MESSAGES


# -- compatibility (score) functions: each maps Q (m×d_k), K (n×d_k) to m×n ----


def score_dot(q: np.ndarray, k: np.ndarray) -> np.ndarray:
    return q @ k.T


def score_scaled_dot(q: np.ndarray, k: np.ndarray) -> np.ndarray:
    return (q @ k.T) / np.sqrt(k.shape[1])


def score_cosine(q: np.ndarray, k: np.ndarray) -> np.ndarray:
    norms = np.outer(np.linalg.norm(q, axis=1), np.linalg.norm(k, axis=1))
    dots = q @ k.T
    # Cosine with a zero vector is undefined; we define it as 0 (no preference).
    out = np.zeros_like(dots)
    np.divide(dots, norms, out=out, where=norms > 0)
    return out


def score_general(q: np.ndarray, k: np.ndarray, w_a: np.ndarray) -> np.ndarray:
    return q @ w_a @ k.T


def additive_hidden(q: np.ndarray, k: np.ndarray, w_a: np.ndarray) -> np.ndarray:
    """tanh([q_i, k_j] · W_a) for every pair, shape m × n × h."""
    d_k = q.shape[1]
    return np.tanh((q @ w_a[:d_k])[:, None, :] + (k @ w_a[d_k:])[None, :, :])


def score_additive(q: np.ndarray, k: np.ndarray, w_a: np.ndarray, v_a: np.ndarray) -> np.ndarray:
    return additive_hidden(q, k, w_a) @ v_a


def softmax(logits: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Row-wise softmax, stable for any finite input; masked-out entries get 0.

    Subtracting the row maximum keeps exp() ≤ 1, so scores of ±1e6 give exact
    one-hot rows instead of inf/inf = NaN.
    """
    logits = np.asarray(logits, dtype=np.float64)
    if mask is not None:
        logits = np.where(mask, logits, -np.inf)
    row_max = np.max(logits, axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)
    exps = np.exp(logits - row_max)
    totals = exps.sum(axis=-1, keepdims=True)
    return np.divide(exps, totals, out=np.zeros_like(exps), where=totals > 0)


def causal_mask(m: int, n: int) -> np.ndarray:
    """True where query i may see key j (j ≤ i)."""
    return np.tril(np.ones((m, n), dtype=bool))


def visible_keys(session: Session) -> np.ndarray:
    """m × n, True where query i may look at key j: the one rule of the causal mask.

    It holds for the softmax and for hand-set weights alike: a weight on a
    key the mask hides is refused (`check_shapes`), "only the last input"
    picks each query's last visible key, and the weights show it hatched.
    """
    m, n = session.m, session.n
    return causal_mask(m, n) if session.causal else np.ones((m, n), dtype=bool)


@dataclass(frozen=True, eq=False)
class Result:
    """Every intermediate matrix of one attention computation (float64).

    scores: compatibility before temperature, NaN where masked.
    softmax_weights: what softmax gave; `weights` equals it unless overridden.
    """

    queries: np.ndarray
    keys: np.ndarray
    values: np.ndarray
    scores: np.ndarray
    mask: np.ndarray
    softmax_weights: np.ndarray
    weights: np.ndarray
    context: np.ndarray
    overridden: bool

    def matrix(self, name: str) -> np.ndarray:
        return getattr(self, name)


RESULT_MATRICES = ("queries", "keys", "values", "scores", "weights", "context")


def check_shapes(session: Session) -> None:
    """Raise ComputeError with one sentence if the session's shapes don't fit."""
    s = session
    if s.inputs.size == 0:
        raise ComputeError("empty_inputs")
    if s.mode not in ("self", "seq2seq"):
        raise ComputeError("mode", got=repr(s.mode))
    if s.mode == "seq2seq":
        if s.decoder is None or s.decoder.size == 0:
            raise ComputeError("decoder_required")
    q_in = s.query_inputs
    if s.projection:
        for name, rows_from, msg_id in (
            ("w_q", q_in, "rows_vs_decoder" if s.mode == "seq2seq" else "rows_vs_inputs"),
            ("w_k", s.inputs, "rows_vs_inputs"),
            ("w_v", s.inputs, "rows_vs_inputs"),
        ):
            w = getattr(s, name)
            if w is None or w.size == 0:
                raise ComputeError("projection_required", name=name)
            if w.shape[0] != rows_from.shape[1]:
                raise ComputeError(msg_id, name=name, rows=w.shape[0], cols=rows_from.shape[1])
        if s.w_q.shape[1] != s.w_k.shape[1]:
            raise ComputeError("query_key_columns", q=s.w_q.shape[1], k=s.w_k.shape[1])
    elif q_in.shape[1] != s.inputs.shape[1]:
        raise ComputeError("decoder_columns", got=q_in.shape[1], d=s.inputs.shape[1])
    d_k = s.d_k
    if s.score_kind == "general":
        if s.w_a is None:
            raise ComputeError("general_w_a_missing", d_k=d_k)
        if s.w_a.shape != (d_k, d_k):
            raise ComputeError("general_w_a", d_k=d_k, rows=s.w_a.shape[0], cols=s.w_a.shape[1])
    elif s.score_kind == "additive":
        if s.w_a is None:
            raise ComputeError("additive_w_a_missing", rows=2 * d_k)
        if s.w_a.shape[0] != 2 * d_k:
            raise ComputeError("additive_w_a", rows=2 * d_k, got=s.w_a.shape[0])
        if s.v_a is None:
            raise ComputeError("additive_v_a_missing", length=s.w_a.shape[1])
        if s.v_a.shape[0] != s.w_a.shape[1]:
            raise ComputeError("additive_v_a", length=s.w_a.shape[1], got=s.v_a.shape[0])
    elif s.score_kind not in ("dot", "scaled_dot", "cosine"):
        raise ComputeError("score_kind", kind=repr(s.score_kind))
    if not s.temperature > 0 or not np.isfinite(s.temperature):
        raise ComputeError("temperature", got=s.temperature)
    if s.causal and s.mode != "self":
        raise ComputeError("causal")
    if s.weights_override is not None:
        w = s.weights_override
        if w.shape != (s.m, s.n):
            raise ComputeError("override_shape", rows=w.shape[0], cols=w.shape[1], m=s.m, n=s.n)
        if not np.all(np.isfinite(w)):
            raise ComputeError("override_not_finite")
        if np.any(w < 0):
            raise ComputeError("override_negative", row=int(np.argwhere(w < 0)[0][0]) + 1)
        sums = w.sum(axis=1)
        bad = np.flatnonzero(np.abs(sums - 1.0) > 1e-6)
        if bad.size:
            raise ComputeError("override_sum", row=int(bad[0]) + 1, total=exact(sums[bad[0]]))
        hidden = np.argwhere((w > 0) & ~visible_keys(s))
        if hidden.size:
            raise ComputeError("override_masked", row=int(hidden[0][0]) + 1, col=int(hidden[0][1]) + 1)


def project(session: Session) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Q, K, V: projected when the projection is on, the raw vectors otherwise."""
    s = session
    if s.projection:
        return s.query_inputs @ s.w_q, s.inputs @ s.w_k, s.inputs @ s.w_v
    return s.query_inputs.copy(), s.inputs.copy(), s.inputs.copy()


def raw_scores(session: Session, queries: np.ndarray, keys: np.ndarray) -> np.ndarray:
    kind = session.score_kind
    if kind == "dot":
        return score_dot(queries, keys)
    if kind == "scaled_dot":
        return score_scaled_dot(queries, keys)
    if kind == "cosine":
        return score_cosine(queries, keys)
    if kind == "general":
        return score_general(queries, keys, session.w_a)
    return score_additive(queries, keys, session.w_a, session.v_a)


def compute(session: Session) -> Result:
    """Run attention on `session`; raises ComputeError when shapes don't fit."""
    check_shapes(session)
    queries, keys, values = project(session)
    scores = raw_scores(session, queries, keys)
    mask = visible_keys(session)
    softmax_weights = softmax(scores / session.temperature, mask)
    overridden = session.weights_override is not None
    weights = np.array(session.weights_override) if overridden else softmax_weights
    context = weights @ values
    shown_scores = np.where(mask, scores, np.nan)
    result = Result(
        queries=queries,
        keys=keys,
        values=values,
        scores=shown_scores,
        mask=mask,
        softmax_weights=softmax_weights,
        weights=weights,
        context=context,
        overridden=overridden,
    )
    for name in ("queries", "keys", "values", "scores", "mask", "softmax_weights", "weights", "context"):
        getattr(result, name).flags.writeable = False
    return result


def last_input_override(session: Session) -> np.ndarray:
    """Weights [0, …, 0, 1] for every query: attention reduced to the classic
    seq2seq context vector, which is just the last encoder state.

    Under the causal mask each query's weight 1 goes to the last input it may
    see (in self-attention: itself)."""
    visible = visible_keys(session)
    weights = np.zeros((session.m, session.n))
    last = session.n - 1 - np.argmax(visible[:, ::-1], axis=1)
    weights[np.arange(session.m), last] = 1.0
    return weights


def set_override_weight(
    weights: np.ndarray, row: int, col: int, value: float, visible: np.ndarray | None = None
) -> np.ndarray:
    """Set one weight by hand and rescale the rest of its row so it still sums to 1.

    The other weights keep their proportions; if they were all 0 they share
    what is left equally, among the keys the row may see (`visible`, the
    row's mask; all of them when None).
    """
    out = np.array(weights, dtype=np.float64)
    value = float(min(max(value, 0.0), 1.0))
    others = np.ones(out.shape[1], dtype=bool) if visible is None else np.array(visible, dtype=bool)
    others[col] = False
    rest = out[row, others]
    total = rest.sum()
    if others.any():
        if total > 0:
            out[row, others] = rest / total * (1.0 - value)
        else:
            out[row, others] = (1.0 - value) / others.sum()
    else:
        value = 1.0
    out[row, col] = value
    return out


def shown_values(result: Result, name: str) -> np.ndarray:
    """The numbers a plot of result matrix `name` shows: as `result.matrix(name)`,
    but the weights, like the scores, are NaN (drawn hatched) where the causal
    mask hides the key, whether softmax or the learner set them."""
    values = result.matrix(name)
    if name == "weights" and not result.mask.all():
        return np.where(result.mask, values, np.nan)
    return values
