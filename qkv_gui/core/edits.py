"""Structural edits that keep a session consistent (pure functions).

Resizing keeps every existing value: new rows/columns are filled with zeros
(or the identity where that is the natural neutral choice), removed ones are
dropped, and all matrices that share a dimension change together.
"""

from __future__ import annotations

import numpy as np

from .compute import last_input_override, set_override_weight, visible_keys
from .errors import CoreError
from .session import MAX_DIM, MAX_TOKENS, Session, default_labels, default_v_a, default_w_a

# One English template per msg_id, so the GUI can show the sentence in another language.
MESSAGES: dict[str, str] = {
    "last_input": "the last input cannot be removed",
    "last_decoder_state": "the last decoder state cannot be removed",
    "dimension": "{name} must be at least 1",
    # the largest sizes (core/sizes.py)
    "too_many_tokens": "there can be at most {max} tokens",
    "too_many_queries": "there can be at most {max} decoder states",
    "dimension_max": "{name} can be at most {max}",
    "dimension_max_heads": (
        "{name} can be at most {max} with {heads} heads: the heads side by side have at most {limit} columns"
    ),
    "heads_too_wide": (
        "{heads} heads of {width} columns each would need {cols} columns, more than {limit}: "
        "make d_k and d_v smaller first"
    ),
    # the transformer's stages (core/head_edits.py)
    "heads_range": "heads must be from 1 to {max}",
    "positional_kind": "positions must be one of none, sinusoidal, learned, not {kind}",
    "sinusoidal_self": "sinusoidal positions are for self-attention (the decoder states carry none)",
    "shuffle_order": "the new order must name every token once",
    "heads_projection": (
        "This session has {heads} heads, and several heads need the projections: "
        "they stay on"
    ),
}


class EditError(CoreError):
    """An edit that would break the session; str() is one English sentence.

    `msg_id` (a key of MESSAGES) and `params` let the GUI translate it.
    """

    msg_context = "edits"
    messages = MESSAGES


def resized(matrix: np.ndarray | None, rows: int, cols: int, fill_identity: bool = False) -> np.ndarray:
    """`matrix` cut or zero-padded to rows × cols, keeping the top-left values."""
    out = np.eye(rows, cols) if fill_identity else np.zeros((rows, cols))
    if matrix is not None and matrix.size:
        r, c = min(rows, matrix.shape[0]), min(cols, matrix.shape[1])
        out[:r, :c] = matrix[:r, :c]
        if fill_identity:
            # Outside the kept block use the identity only on fresh rows/cols.
            out[:r, c:] = 0.0
            out[r:, :c] = np.eye(rows, cols)[r:, :c]
    return out


def _fresh_label(labels: tuple[str, ...], prefix: str = "x") -> str:
    i = len(labels) + 1
    while f"{prefix}{i}" in labels:
        i += 1
    return f"{prefix}{i}"


def _fit_weights(old: np.ndarray | None, m: int, n: int) -> np.ndarray | None:
    """Keep hand-set weights valid after the number of queries or inputs changed.

    Kept weights stay (renormalised if an input was removed); a new input gets
    weight 0 and a new query attends to the last input only.
    """
    if old is None:
        return None
    if old.shape == (m, n) and np.allclose(old.sum(axis=1), 1.0, atol=1e-9):
        return old
    out = resized(old, m, n)
    for row in range(m):
        total = out[row].sum()
        if total > 0:
            out[row] /= total
        else:
            out[row, -1] = 1.0
    return out


def _each_override(session: Session, change) -> Session:
    """`session` with `change(weights)` applied to every head's hand-set weights."""
    if session.weights_override is None and not any(w is not None for w in session.head_overrides):
        return session
    return session.replace(
        weights_override=None if session.weights_override is None else change(session.weights_override),
        head_overrides=[None if w is None else change(w) for w in session.head_overrides])


def _fit_override(session: Session, m: int, n: int) -> Session:
    """`session` with every head's hand-set weights fitted to m × n (`_fit_weights`)."""
    return _each_override(session, lambda w: _fit_weights(w, m, n))


def _fit_positions(session: Session, n: int, d: int) -> dict:
    """The padding flags and the learned position table for n tokens of dimension d:
    rows of the table are positions, so a removed token takes the last position away."""
    changes: dict = {}
    if session.padding is not None:
        changes["padding"] = tuple(session.padding[:n]) + (False,) * max(n - len(session.padding), 0)
    if session.positional_table is not None:
        changes["positional_table"] = resized(session.positional_table, n, d)
    return changes


def _fit_w_a(session: Session, kind: str, d_k: int) -> tuple[np.ndarray | None, np.ndarray | None]:
    """W_a and v_a that fit score `kind` at key dimension `d_k`, keeping old values."""
    w_a, v_a = session.w_a, session.v_a
    if kind == "general":
        if w_a is None or w_a.shape != (d_k, d_k):
            w_a = resized(w_a, d_k, d_k, fill_identity=True) if w_a is not None and w_a.shape[0] == w_a.shape[1] else default_w_a(kind, d_k)
    elif kind == "additive":
        if w_a is None or w_a.shape[0] != 2 * d_k or v_a is None or v_a.shape[0] != w_a.shape[1]:
            hidden = v_a.shape[0] if v_a is not None else d_k
            if w_a is not None and w_a.shape[1] == hidden and w_a.shape[0] % 2 == 0:
                half = w_a.shape[0] // 2
                w_a = np.vstack([resized(w_a[:half], d_k, hidden), resized(w_a[half:], d_k, hidden)])
            else:
                w_a = default_w_a(kind, d_k, hidden)
            if v_a is None or v_a.shape[0] != hidden:
                v_a = default_v_a(kind, hidden)
    return w_a, v_a


def _refit_scores(session: Session) -> Session:
    if not session.uses_w_a:
        return session
    w_a, v_a = _fit_w_a(session, session.score_kind, session.d_k)
    return session.replace(w_a=w_a, v_a=v_a)


def add_input(session: Session, row: np.ndarray | None = None, label: str | None = None) -> Session:
    """Append one input (token); its vector is zeros unless given."""
    if session.n >= MAX_TOKENS:
        raise EditError("too_many_tokens", max=MAX_TOKENS)
    vec = np.zeros(session.d) if row is None else np.asarray(row, dtype=float)
    inputs = np.vstack([session.inputs, vec[None, :]])
    labels = session.labels + (label or _fresh_label(session.labels, "h" if session.mode == "seq2seq" else "x"),)
    s = session.replace(inputs=inputs, labels=labels, **_fit_positions(session, session.n + 1, session.d))
    return _fit_override(s, s.m, s.n)


def remove_input(session: Session, index: int) -> Session:
    if session.n <= 1:
        raise EditError("last_input")
    keep = [i for i in range(session.n) if i != index]
    changes = _fit_positions(session, session.n - 1, session.d)
    if session.padding is not None:  # the flag goes with its token
        changes["padding"] = tuple(session.padding[i] for i in keep)
    s = session.replace(inputs=session.inputs[keep], labels=tuple(session.labels[i] for i in keep),
                        **changes)
    # In self mode the removed input was also a query: drop its row too.
    rows = keep if session.mode == "self" else slice(None)
    s = _each_override(s, lambda w: w[rows][:, keep])
    return _fit_override(s, s.m, s.n)


def add_query(session: Session) -> Session:
    """Append a decoder state (seq2seq); in self mode this adds an input."""
    if session.mode != "seq2seq":
        return add_input(session)
    dec = session.decoder
    if dec.shape[0] >= MAX_TOKENS:
        raise EditError("too_many_queries", max=MAX_TOKENS)
    vec = np.zeros((1, dec.shape[1]))
    s = session.replace(decoder=np.vstack([dec, vec]))
    return _fit_override(s, s.m, s.n)


def remove_query(session: Session, index: int) -> Session:
    if session.mode != "seq2seq":
        return remove_input(session, index)
    if session.m <= 1:
        raise EditError("last_decoder_state")
    keep = [i for i in range(session.m) if i != index]
    return _each_override(session.replace(decoder=session.decoder[keep]), lambda w: w[keep])


def set_d(session: Session, d: int) -> Session:
    """Change the input dimension; W_Q/W_K/W_V gain or lose rows to match."""
    if d < 1:
        raise EditError("dimension", name="d")
    if d > MAX_DIM:
        raise EditError("dimension_max", name="d", max=MAX_DIM)
    changes: dict = {"inputs": resized(session.inputs, session.n, d), **_fit_positions(session, session.n, d)}
    if session.decoder is not None:
        changes["decoder"] = resized(session.decoder, session.decoder.shape[0], d)
    for name in ("w_q", "w_k", "w_v"):
        w = getattr(session, name)
        if w is not None:
            changes[name] = resized(w, d, w.shape[1])
    return _refit_scores(session.replace(**changes))


def _check_head_width(session: Session, name: str, size: int) -> None:
    """EditError when `session.heads` heads of `size` columns each would exceed MAX_DIM."""
    if session.heads * size > MAX_DIM:
        if session.heads == 1:
            raise EditError("dimension_max", name=name, max=MAX_DIM)
        raise EditError("dimension_max_heads", name=name, max=MAX_DIM // session.heads,
                        heads=session.heads, limit=MAX_DIM)


def _resized_heads(w: np.ndarray, heads: int, cols: int) -> np.ndarray:
    """Packed `w` with every head's block of columns cut or zero-padded to `cols`."""
    width = w.shape[1] // heads
    return np.hstack([resized(w[:, i * width:(i + 1) * width], w.shape[0], cols) for i in range(heads)])


def set_d_k(session: Session, d_k: int) -> Session:
    """Change the query/key dimension of every head (its columns of W_Q and W_K)."""
    if d_k < 1:
        raise EditError("dimension", name="d_k")
    _check_head_width(session, "d_k", d_k)
    s = ensure_projection_matrices(session)
    h = s.heads
    s = s.replace(w_q=_resized_heads(s.w_q, h, d_k), w_k=_resized_heads(s.w_k, h, d_k))
    return _refit_scores(s)


def set_d_v(session: Session, d_v: int) -> Session:
    """Change the value dimension of every head (its columns of W_V); W_O keeps one
    row per column of the heads' contexts side by side."""
    if d_v < 1:
        raise EditError("dimension", name="d_v")
    _check_head_width(session, "d_v", d_v)
    s = ensure_projection_matrices(session)
    h = s.heads
    s = s.replace(w_v=_resized_heads(s.w_v, h, d_v))
    if s.w_o is not None:
        s = s.replace(w_o=np.vstack([resized(block, d_v, s.w_o.shape[1])
                                     for block in np.vsplit(s.w_o, h)]))
    return s


def dimension(session: Session, name: str) -> int:
    """The size of dimension `name` ("d", "d_k" or "d_v") as the matrices have it (also
    while the projection is off)."""
    if name == "d":
        return session.d
    weights = session.w_k if name == "d_k" else session.w_v
    if weights is not None:
        return int(weights.shape[1]) // session.heads
    return session.d_k if name == "d_k" else session.d_v


def set_dimension(session: Session, name: str, size: int) -> Session:
    """Change dimension `name` ("d", "d_k" or "d_v") to `size` (`set_d`, `set_d_k`, `set_d_v`)."""
    return {"d": set_d, "d_k": set_d_k, "d_v": set_d_v}[name](session, size)


def ensure_projection_matrices(session: Session) -> Session:
    """Give the session W_Q, W_K, W_V (identity) where they are missing or don't fit."""
    changes = {}
    d_q = session.query_inputs.shape[1]
    for name, rows in (("w_q", d_q), ("w_k", session.d), ("w_v", session.d)):
        w = getattr(session, name)
        if w is None:
            cols = session.w_k.shape[1] if name == "w_q" and session.w_k is not None else session.d
            changes[name] = np.eye(rows, cols)
        elif w.shape[0] != rows:
            changes[name] = resized(w, rows, w.shape[1])
    s = session.replace(**changes) if changes else session
    if s.w_q.shape[1] != s.w_k.shape[1]:
        s = s.replace(w_q=resized(s.w_q, s.w_q.shape[0], s.w_k.shape[1]))
    return s


def set_projection(session: Session, enabled: bool) -> Session:
    """Projections W_Q, W_K, W_V on (identity where missing) or off (the matrices are kept)."""
    s = ensure_projection_matrices(session) if enabled else session
    return _refit_scores(s.replace(projection=enabled))


def switch_projection(session: Session, enabled: bool) -> Session:
    """The learner's projection toggle: `set_projection`, refused (EditError) when
    turning it off would leave several heads without their projections."""
    if not enabled and session.heads > 1:
        raise EditError("heads_projection", heads=session.heads)
    return set_projection(session, enabled)


def set_score_kind(session: Session, kind: str) -> Session:
    return _refit_scores(session.replace(score_kind=kind))


def set_mode(session: Session, mode: str) -> Session:
    """Switch self ⇄ seq2seq; seq2seq gets one decoder state if it has none."""
    if mode == session.mode:
        return session
    changes: dict = {"mode": mode, "weights_override": None, "head_overrides": ()}
    if mode == "seq2seq":
        changes["causal"] = False
        if session.positional == "sinusoidal":  # the decoder states carry no positions
            changes["positional"] = "none"
        if session.decoder is None or session.decoder.shape[1] != session.d:
            changes["decoder"] = session.inputs[-1:].copy()
        if tuple(session.labels) == default_labels(session.n, "x"):
            changes["labels"] = default_labels(session.n, "h")
    elif tuple(session.labels) == default_labels(session.n, "h"):
        changes["labels"] = default_labels(session.n, "x")
    s = session.replace(**changes)
    if s.projection:
        s = ensure_projection_matrices(s)
    return _refit_scores(s)


def set_override(session: Session, enabled: bool, head: int = 0) -> Session:
    """Turn head `head`'s hand-set weights on (starting from its softmax weights) or off."""
    if not enabled:
        return session.with_head_override(head, None)
    if session.head_override(head) is not None:
        return session
    from .compute import compute

    return session.with_head_override(head, np.array(compute(session).heads[head].softmax_weights))


def set_causal(session: Session, causal: bool) -> Session:
    """The causal mask on or off. Hand-set weights obey it too: turning it on
    drops their weight on hidden keys and rescales each row to sum to 1 (a row
    left with nothing gives weight 1 to the last key it may see)."""
    s = session.replace(causal=causal)
    return obey_masks(s) if causal else s


def obey_masks(session: Session) -> Session:
    """Every head's hand-set weights with no weight on a key the masks hide: each
    row rescaled to sum to 1 (a row left with nothing gives weight 1 to the last
    key it may see)."""
    visible = visible_keys(session)
    fallback = last_input_override(session)

    def obey(weights: np.ndarray) -> np.ndarray:
        kept = np.where(visible, weights, 0.0)
        totals = kept.sum(axis=1, keepdims=True)
        rescaled = kept / np.where(totals > 0, totals, 1.0)
        return np.where(totals > 0, rescaled, fallback)

    return _each_override(session, obey)


def only_last_input(session: Session, head: int = 0) -> Session:
    """Weights [0, …, 0, 1] for every query: attention reduced to the classic seq2seq
    context vector, which is just the value of the last input (under the causal
    mask: each query's last visible input, `compute.last_input_override`)."""
    return session.with_head_override(head, last_input_override(session))


def set_override_cells(
    weights: np.ndarray, cells: dict[tuple[int, int], float], visible: np.ndarray | None = None
) -> np.ndarray:
    """Hand-set weights with `cells` set; every touched row still sums to 1.

    The untouched cells of a row keep their proportions (one touched cell:
    `set_override_weight`); what is left goes only to keys the row may see
    (`visible`, m × n; all when None). When the set cells already take more
    than 1, or one is a hidden key, the row is left so: computing it then
    says why.
    """
    old = np.array(weights, dtype=np.float64)
    new = old.copy()
    if visible is None:
        visible = np.ones(old.shape, dtype=bool)
    fixed = np.zeros(old.shape, dtype=bool)
    for (row, col), value in cells.items():
        new[row, col] = value
        fixed[row, col] = True
    for row in np.flatnonzero(fixed.any(axis=1)):
        if fixed[row].sum() == 1:
            col = int(np.flatnonzero(fixed[row])[0])
            new[row] = set_override_weight(old, row, col, new[row, col], visible[row])[row]
            continue
        new[row, fixed[row]] = np.clip(new[row, fixed[row]], 0.0, 1.0)
        used, free = new[row, fixed[row]].sum(), ~fixed[row] & visible[row]
        if free.any() and used <= 1.0:
            rest = old[row, free]
            total = rest.sum()
            new[row, free] = rest / total * (1.0 - used) if total > 0 else (1.0 - used) / free.sum()
    return new


def with_values(session: Session, name: str, cells: dict[tuple[int, int], float], head: int = 0) -> Session:
    """`session` with the given cells of matrix `name` set (a typed value, a paste, a drag).

    For the hand-set weights (of head `head`, 0-based) every touched row is
    rescaled to sum to 1 (`set_override_cells`).
    """
    if name == "weights_override":
        weights = set_override_cells(session.head_override(head), cells, visible_keys(session))
        return session.with_head_override(head, weights)
    new = np.array(session.matrix(name), dtype=np.float64)
    for (row, col), value in cells.items():
        new[row, col] = value
    return session.with_matrix(name, new)
