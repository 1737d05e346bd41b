"""Attention, step by step: `compute(session) -> Result`.

Pure functions over float64 numpy arrays; no side effects, no Qt.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .errors import CoreError
from .format import exact
from .heads import HeadResult, head_weights
from .positional import positional_table
from .session import MAX_HEADS, MULTI_HEAD_KINDS, POSITIONAL_KINDS, Session
from .sizes import SizeError, check_session_sizes

# One English template per msg_id, so the GUI can show the sentence in another language.
MESSAGES: dict[str, str] = {
    "empty_inputs": "inputs is empty",
    "too_big": "{detail}",  # a SizeError's sentence (core/sizes.py)
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
    # -- several heads, W_O, positions, padding (session format version 2) --
    "heads": "heads must be a whole number from 1 to {max}, not {got}",
    "heads_need_projection": "{heads} heads need the projection enabled; without it there is one head",
    "heads_score_kind": (
        "the {kind} score works with one head only; with {heads} heads use dot, scaled_dot or cosine"
    ),
    "head_columns": "{name} has {cols} columns, which is not heads × {dim} for {heads} heads",
    "w_o_rows": (
        "w_o has {rows} rows but the heads' contexts side by side have {cols} columns (heads × d_v)"
    ),
    "positional_kind": "positional kind {kind} is not one of none, sinusoidal, learned",
    "sinusoidal_mode": "sinusoidal positions are only available in self mode",
    "positional_table": "positional.table must be {n} × {d} (one row per input), got {rows} × {cols}",
    "positional_table_missing": "positional.table must be {n} × {d} (one row per input), got missing",
    "padding_count": "padding has {count} entries but inputs has {n} rows",
    "head_override_shape": (
        "weights_override of head {head} is {rows} × {cols} but must be {m} × {n} (queries × inputs)"
    ),
    "head_override_not_finite": "weights_override of head {head} contains a number that is not finite",
    "head_override_negative": "weights_override of head {head} row {row} has a negative weight",
    "head_override_sum": "weights_override of head {head} row {row} sums to {total}, not 1",
    "head_override_masked": (
        "the causal mask hides input {col} from query {row}: its weight in head {head} stays 0"
    ),
    "override_padding": (
        "input {col} is padding, hidden from every query: the weight of query {row} on it stays 0"
    ),
    "head_override_padding": (
        "input {col} is padding, hidden from every query: "
        "the weight of query {row} on it in head {head} stays 0"
    ),
}


class ComputeError(CoreError):
    """The session's shapes don't fit together; str() is one English sentence naming what.

    `msg_id` (a key of MESSAGES) and `params` let the GUI translate it.
    """

    msg_context = "compute"
    messages = MESSAGES


# -- compatibility (score) functions: each maps Q (m×d_k), K (n×d_k) to m×n ----


def score_dot(q: np.ndarray, k: np.ndarray, before=None) -> np.ndarray:
    return tiled_scores(q, k, 1.0, before)


def score_scaled_dot(q: np.ndarray, k: np.ndarray, before=None) -> np.ndarray:
    return tiled_scores(q, k, float(np.sqrt(k.shape[1])), before)


def tiled_scores(q: np.ndarray, k: np.ndarray, scale: float, before=None) -> np.ndarray:
    """q · kᵀ / scale, always a tile of ROW_BLOCK × ROW_BLOCK at a time, so a tile is the
    same bits however it was come by: with `before` = (`unchanged_row_blocks` of the
    queries, of the keys, the earlier scores), a tile whose query and key rows are
    unchanged is copied (a drag changes one token: one row and one column of tiles)."""
    m, n = q.shape[0], k.shape[0]
    same_q, same_k, old = before if before is not None else (None, None, None)
    if same_q is None or same_k is None or old is None or old.shape != (m, n):
        out, same_q, same_k = np.empty((m, n)), None, None
    else:
        out = old.copy()  # one copy, then only the changed tiles
    for i in range(0, m, ROW_BLOCK):
        for j in range(0, n, ROW_BLOCK):
            if same_q is not None and same_q[i // ROW_BLOCK] and same_k[j // ROW_BLOCK]:
                continue
            rows, cols = slice(i, i + ROW_BLOCK), slice(j, j + ROW_BLOCK)
            tile = q[rows] @ k[cols].T
            if scale != 1.0:
                tile /= scale
            out[rows, cols] = tile
    return out


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
    exps = logits - row_max
    np.exp(exps, out=exps)  # in place: at n = 512 every pass over the m × n array counts
    totals = exps.sum(axis=-1, keepdims=True)
    if bool(np.all(totals > 0)):
        exps /= totals
        return exps
    return np.divide(exps, totals, out=np.zeros_like(exps), where=totals > 0)


def causal_mask(m: int, n: int) -> np.ndarray:
    """True where query i may see key j (j ≤ i)."""
    return np.tril(np.ones((m, n), dtype=bool))


def visible_keys(session: Session) -> np.ndarray:
    """m × n, True where query i may look at key j: the one rule of the causal
    mask and the padding mask (a padding key is hidden from every query).

    It holds for the softmax and for hand-set weights alike, in every head: a
    weight on a key the mask hides is refused (`check_shapes`), "only the last
    input" picks each query's last visible key, and the weights show it hatched.
    """
    padding = session.padding if session.padding is not None and any(session.padding) else None
    return _visible_keys(session.m, session.n, session.causal, padding)


@lru_cache(maxsize=8)
def _visible_keys(m: int, n: int, causal: bool, padding: tuple[bool, ...] | None) -> np.ndarray:
    # One read-only array per shape and masks: shared by the results of a drag, so
    # comparing two of them is a glance (at n = 512 it holds 262 144 flags).
    visible = causal_mask(m, n) if causal else np.ones((m, n), dtype=bool)
    if padding is not None:
        visible &= ~np.array(padding, dtype=bool)[None, :]
    visible.flags.writeable = False
    return visible


def queries_without_keys(visible: np.ndarray) -> tuple[int, ...]:
    """The queries (0-based) the masks leave no key: their weights are all 0."""
    return tuple(int(i) for i in np.flatnonzero(~visible.any(axis=1)))


@dataclass(frozen=True, eq=False)
class Result:
    """Every intermediate matrix of one attention computation (float64).

    queries … context, overridden: head 1's (the one head's, for one head).
    scores: compatibility before temperature, NaN where masked.
    softmax_weights: what softmax gave; `weights` equals it unless overridden.
    mask: m × n, True where a query may attend to a key (every head).
    heads: every head's `HeadResult`, head 1 first (its arrays are the fields above).
    concat: the heads' contexts side by side, m × (h·d_v).
    output: concat · W_O, or concat (the same array) without W_O.
    positional: the n × d table added to the inputs (zeros for none);
    positioned_inputs: inputs + positional, what the heads see (keys and values;
        the queries too in self mode).
    empty_queries: the queries (0-based) the masks leave no key: their weights are 0.
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
    heads: tuple[HeadResult, ...] = ()
    concat: np.ndarray | None = None
    output: np.ndarray | None = None
    positional: np.ndarray | None = None
    positioned_inputs: np.ndarray | None = None
    empty_queries: tuple[int, ...] = ()

    def matrix(self, name: str) -> np.ndarray:
        return getattr(self, name)

    def head_matrix(self, head: int, name: str) -> np.ndarray:
        """Matrix `name` (one of HEAD_MATRICES, or softmax_weights) of head `head` (0-based)."""
        return getattr(self.heads[head], name)

    def for_head(self, head: int) -> Result:
        """This result with head `head`'s (0-based) Q, K, V, scores, weights and context
        at the top level, where one-head views read them (itself for head 0)."""
        if head == 0 or not self.heads:
            return self
        h = self.heads[head]
        return dataclasses.replace(
            self, queries=h.queries, keys=h.keys, values=h.values, scores=h.scores,
            softmax_weights=h.softmax_weights, weights=h.weights, context=h.context,
            overridden=h.overridden)


RESULT_MATRICES = ("queries", "keys", "values", "scores", "weights", "context")


RESULT_STAGES = ("concat", "output", "positional", "positioned_inputs")


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
    if not 1 <= s.heads <= MAX_HEADS:
        raise ComputeError("heads", max=MAX_HEADS, got=s.heads)
    try:
        check_session_sizes(s)
    except SizeError as exc:
        raise ComputeError("too_big", detail=str(exc)) from exc
    if s.heads > 1 and not s.projection:
        raise ComputeError("heads_need_projection", heads=s.heads)
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
        if s.heads > 1:
            _check_head_columns(s)
        if s.w_o is not None and s.w_o.shape[0] != s.heads * s.d_v:
            raise ComputeError("w_o_rows", rows=s.w_o.shape[0], cols=s.heads * s.d_v)
    elif q_in.shape[1] != s.inputs.shape[1]:
        raise ComputeError("decoder_columns", got=q_in.shape[1], d=s.inputs.shape[1])
    _check_score(s)
    if s.causal and s.mode != "self":
        raise ComputeError("causal")
    if s.positional != "none" or s.positional_table is not None:
        _check_positions(s)
    if s.padding is not None and len(s.padding) != s.n:
        raise ComputeError("padding_count", count=len(s.padding), n=s.n)
    if s.weights_override is not None or (s.heads > 1 and any(
            w is not None for w in s.head_overrides)):  # fmt: skip
        visible = visible_keys(s)
        for head, weights in enumerate(s.weights_overrides):
            if weights is not None:
                _check_override(s, weights, visible, head)


def _check_head_columns(s: Session) -> None:
    for name, dim in (("w_q", "d_k"), ("w_k", "d_k"), ("w_v", "d_v")):
        cols = getattr(s, name).shape[1]
        if cols % s.heads or cols < s.heads:
            raise ComputeError("head_columns", name=name, cols=cols, dim=dim, heads=s.heads)


def _check_score(s: Session) -> None:
    d_k = s.d_k
    if s.heads > 1 and s.score_kind not in MULTI_HEAD_KINDS:
        raise ComputeError("heads_score_kind", kind=s.score_kind, heads=s.heads)
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


def _check_positions(s: Session) -> None:
    if s.positional not in POSITIONAL_KINDS:
        raise ComputeError("positional_kind", kind=repr(s.positional))
    if s.positional == "sinusoidal" and s.mode != "self":
        raise ComputeError("sinusoidal_mode")
    table = s.positional_table
    if s.positional == "learned" and table is None:
        raise ComputeError("positional_table_missing", n=s.n, d=s.d)
    if table is not None and table.shape != s.inputs.shape:
        raise ComputeError(
            "positional_table", n=s.n, d=s.d, rows=table.shape[0], cols=table.shape[1]
        )


def _check_override(s: Session, w: np.ndarray, visible: np.ndarray, head: int) -> None:
    """One head's hand-set weights: m × n, finite, ≥ 0, rows summing to 1 (0 for a
    query the masks leave no key), nothing on a hidden key. The messages name the
    head when there are several."""
    named = s.heads > 1
    ids = {k: ("head_" + k if named else k) for k in (
        "override_shape", "override_not_finite", "override_negative", "override_sum",
        "override_masked", "override_padding")}  # fmt: skip
    which = {"head": head + 1} if named else {}
    if w.shape != (s.m, s.n):
        raise ComputeError(ids["override_shape"], rows=w.shape[0], cols=w.shape[1], m=s.m, n=s.n,
                           **which)  # fmt: skip
    if not np.all(np.isfinite(w)):
        raise ComputeError(ids["override_not_finite"], **which)
    if np.any(w < 0):
        raise ComputeError(ids["override_negative"], row=int(np.argwhere(w < 0)[0][0]) + 1, **which)
    sums = w.sum(axis=1)
    bad = np.flatnonzero((np.abs(sums - 1.0) > 1e-6) & visible.any(axis=1))
    if bad.size:
        raise ComputeError(ids["override_sum"], row=int(bad[0]) + 1, total=exact(sums[bad[0]]),
                           **which)  # fmt: skip
    hidden = np.argwhere((w > 0) & ~visible)
    if hidden.size:
        row, col = int(hidden[0][0]), int(hidden[0][1])
        padded = s.padding is not None and s.padding[col]
        msg_id = ids["override_padding" if padded else "override_masked"]
        raise ComputeError(msg_id, row=row + 1, col=col + 1, **which)


def project(session: Session) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Q, K, V of head 1 (the one head): projected when the projection is on, the
    raw vectors (with their positions) otherwise."""
    return project_head(session, 0)


ROW_BLOCK = 64  # rows of a projection computed together (`blocked_product`)


def unchanged_row_blocks(old: np.ndarray | None, new: np.ndarray) -> tuple[bool, ...] | None:
    """Per block of ROW_BLOCK rows, whether `new` has the rows `old` had (None: another shape)."""
    if old is None or old.shape != new.shape:
        return None
    if old is new:
        return (True,) * -(-new.shape[0] // ROW_BLOCK)
    return tuple(bool(np.array_equal(old[start:start + ROW_BLOCK], new[start:start + ROW_BLOCK]))
                 for start in range(0, new.shape[0], ROW_BLOCK))


def blocked_product(x: np.ndarray, w: np.ndarray,
                    before: tuple[tuple[bool, ...] | None, np.ndarray] | None = None) -> np.ndarray:
    """x @ w, always computed ROW_BLOCK rows at a time, so a block's rows are the same
    bits however they were come by: with `before` = (`unchanged_row_blocks` of an earlier
    x and this one, that x @ w by the same w), an unchanged block is copied from it. A drag
    changes one token's row, so at n = 512 one block in eight is multiplied again."""
    out = np.empty((x.shape[0], w.shape[1]))
    unchanged, product = before if before is not None else (None, None)
    if unchanged is None or product.shape != out.shape:
        unchanged = (False,) * -(-x.shape[0] // ROW_BLOCK)
    for block, same in enumerate(unchanged):
        rows = slice(block * ROW_BLOCK, (block + 1) * ROW_BLOCK)
        if same:
            out[rows] = product[rows]
        else:
            np.matmul(x[rows], w, out=out[rows])
    return out


def project_head(
    session: Session, head: int, seen: np.ndarray | None = None,
    before: tuple[Session, Result] | None = None, blocks: dict | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Q, K, V of head `head` (0-based) from `seen`, the inputs with their positions
    (`positional.positioned_inputs`; worked out here when None). `before`: an earlier
    session and its result, whose unchanged rows are reused (`blocked_product`);
    `blocks`: where the unchanged blocks found are kept for the other heads."""
    s = session
    if seen is None:
        seen = _positioned(s, positional_table(s))
    q_in = seen if s.mode == "self" else s.query_inputs
    if not s.projection:
        return q_in.copy(), seen.copy(), seen.copy()
    w_q, w_k, w_v = (s.w_q, s.w_k, s.w_v) if s.heads == 1 else head_weights(s, head)
    reuse = {"w_q": None, "w_k": None, "w_v": None}
    if before is not None:
        old, result = before
        if (old.projection and old.heads == s.heads and old.mode == s.mode
                and head < len(result.heads) and result.positioned_inputs is not None):
            blocks = {} if blocks is None else blocks
            old_seen = result.positioned_inputs
            old_q_in = old_seen if old.mode == "self" else old.query_inputs
            found = result.heads[head]
            for name, x_old, x, product in (("w_q", old_q_in, q_in, found.queries),
                                            ("w_k", old_seen, seen, found.keys),
                                            ("w_v", old_seen, seen, found.values)):
                if getattr(old, name) is getattr(s, name):  # the same weights
                    key = (id(x_old), id(x))  # Q, K and V of every head compare these once
                    if key not in blocks:
                        blocks[key] = unchanged_row_blocks(x_old, x)
                    reuse[name] = (blocks[key], product)
            # Which blocks of this head's Q and K stayed: the scores' tiles follow.
            blocks["queries"], blocks["keys"] = (None if reuse[w] is None else reuse[w][0]
                                                 for w in ("w_q", "w_k"))
    return (blocked_product(q_in, w_q, reuse["w_q"]), blocked_product(seen, w_k, reuse["w_k"]),
            blocked_product(seen, w_v, reuse["w_v"]))


def raw_scores(session: Session, queries: np.ndarray, keys: np.ndarray, before=None) -> np.ndarray:
    """The scores before masking; `before`: (which row blocks of the queries and of the
    keys are unchanged, the earlier unmasked scores), whose tiles a dot product reuses
    (`tiled_scores`)."""
    kind = session.score_kind
    if kind in ("dot", "scaled_dot"):
        return (score_dot if kind == "dot" else score_scaled_dot)(queries, keys, before)
    if kind == "cosine":
        return score_cosine(queries, keys)
    if kind == "general":
        return score_general(queries, keys, session.w_a)
    return score_additive(queries, keys, session.w_a, session.v_a)


def _positioned(session: Session, table: np.ndarray) -> np.ndarray:
    return session.inputs if session.positional == "none" else session.inputs + table


def compute_head(session: Session, head: int, seen: np.ndarray, mask: np.ndarray,
                 before: tuple[Session, Result] | None = None, blocks: dict | None = None) -> HeadResult:
    """One head's attention on `seen` (inputs + positions) under `mask`; read-only arrays."""
    blocks = {} if blocks is None else blocks
    queries, keys, values = project_head(session, head, seen, before, blocks)
    # No key hidden (no causal or padding mask): no masking passes over the m × n scores.
    hidden = not bool(mask.all())
    earlier = None  # the earlier scores when they are unmasked, of this kind, this head
    if before is not None and not hidden and head < len(before[1].heads):
        old, result = before
        if old.score_kind == session.score_kind and bool(result.mask.all()):
            earlier = (blocks.get("queries"), blocks.get("keys"), result.heads[head].scores)
    scores = raw_scores(session, queries, keys, earlier)
    # T = 1 (the usual): no pass over the m × n scores to divide by it.
    logits = scores if session.temperature == 1.0 else scores / session.temperature
    softmax_weights = softmax(logits, mask if hidden else None)
    override = session.weights_override if head == 0 else session.head_overrides[head - 1]
    weights = softmax_weights if override is None else np.array(override)
    context = weights @ values
    shown_scores = np.where(mask, scores, np.nan) if hidden else scores
    for array in (queries, keys, values, shown_scores, softmax_weights, weights, context):
        array.flags.writeable = False
    return HeadResult(queries, keys, values, shown_scores, softmax_weights, weights, context,
                      override is not None)  # fmt: skip


def compute(session: Session, before: tuple[Session, Result] | None = None) -> Result:
    """Run attention on `session`; raises ComputeError when shapes don't fit.

    Every head computes attention as one head does; the output is their
    contexts side by side, times W_O when there is one. `before`: an earlier
    session and its result (the model's, during a drag); the rows of Q, K and V
    it already has are taken from it, bit for bit what computing them gives.
    """
    check_shapes(session)
    table = positional_table(session)  # read-only
    seen = _positioned(session, table)
    seen.flags.writeable = False
    mask = visible_keys(session)  # read-only (cached)
    if session.heads == 1:
        first = compute_head(session, 0, seen, mask, before)
        heads: tuple[HeadResult, ...] = (first,)
        concat = first.context
    else:
        blocks: dict = {}  # the unchanged row blocks, found once for every head
        heads = tuple(compute_head(session, i, seen, mask, before, blocks) for i in range(session.heads))
        first = heads[0]
        concat = np.hstack([h.context for h in heads])
        concat.flags.writeable = False
    if session.projection and session.w_o is not None:
        output = concat @ session.w_o
        output.flags.writeable = False
    else:
        output = concat
    return Result(
        queries=first.queries,
        keys=first.keys,
        values=first.values,
        scores=first.scores,
        mask=mask,
        softmax_weights=first.softmax_weights,
        weights=first.weights,
        context=first.context,
        overridden=first.overridden,
        heads=heads,
        concat=concat,
        output=output,
        positional=table,
        positioned_inputs=seen,
        empty_queries=queries_without_keys(mask) if session.padding is not None else (),
    )


def last_input_override(session: Session) -> np.ndarray:
    """Weights [0, …, 0, 1] for every query: attention reduced to the classic
    seq2seq context vector, which is just the last encoder state.

    Under the causal mask each query's weight 1 goes to the last input it may
    see (in self-attention: itself); under the padding mask, to the last one
    that is not padding."""
    visible = visible_keys(session)
    weights = np.zeros((session.m, session.n))
    last = session.n - 1 - np.argmax(visible[:, ::-1], axis=1)
    rows = visible.any(axis=1)  # a query the masks leave no key keeps a row of zeros
    weights[np.flatnonzero(rows), last[rows]] = 1.0
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
