"""Edits of the transformer's stages (pure functions): how many heads, W_O, the
positions, the padding mask, and shuffling the tokens.

Like `edits`, every function returns a new session that can be computed: the
packed W_Q, W_K, W_V keep one block of columns per head, W_O one row per column
of the heads' contexts side by side, the hand-set weights one entry per head.
"""

from __future__ import annotations

import numpy as np

from .edits import EditError, ensure_projection_matrices, obey_masks, resized
from .session import MAX_DIM, MAX_HEADS, MULTI_HEAD_KINDS, POSITIONAL_KINDS, Session

# The score a session switches to when it gets a second head and its score works
# with one head only (bilinear, additive): the transformer's own.
MULTI_HEAD_SCORE = "scaled_dot"


def fresh_block(rows: int, cols: int, seed: int) -> np.ndarray:
    """Numbers for a new head's block: small, different per head (a head that copies
    another would look for the same thing), rounded to one decimal so a learner
    can read them, and the same every time (seeded), so the window is predictable."""
    numbers = np.random.default_rng(seed).normal(0.0, 0.6, size=(rows, cols))
    return np.round(numbers, 1)


def set_heads(session: Session, heads: int) -> Session:
    """`session` with `heads` heads. Kept heads keep their blocks of W_Q, W_K, W_V
    (and their rows of W_O, their hand-set weights); new heads get fresh blocks
    (`fresh_block`). More than one head turns the projection on and, for a score
    that works with one head only, takes the scaled dot product."""
    if not 1 <= heads <= MAX_HEADS:
        raise EditError("heads_range", max=MAX_HEADS)
    if heads == session.heads:
        return session
    s = session
    if heads > 1:
        s = ensure_projection_matrices(s).replace(projection=True)
        if s.score_kind not in MULTI_HEAD_KINDS:
            s = s.replace(score_kind=MULTI_HEAD_SCORE, w_a=None, v_a=None)
    old, d_k, d_v = s.heads, s.d_k, s.d_v
    if heads * max(d_k, d_v) > MAX_DIM:
        width = max(d_k, d_v)
        raise EditError("heads_too_wide", heads=heads, width=width, cols=heads * width, limit=MAX_DIM)
    changes: dict = {"heads": heads}
    for name, width in (("w_q", d_k), ("w_k", d_k), ("w_v", d_v)):
        w = getattr(s, name)
        kept = w[:, : min(old, heads) * width]
        new = [fresh_block(w.shape[0], width, seed=17 * head + len(name) + ord(name[-1]))
               for head in range(old, heads)]
        changes[name] = np.hstack([kept, *new]) if new else kept
    if s.w_o is not None:
        kept = s.w_o[: min(old, heads) * d_v]
        new = [fresh_block(d_v, s.w_o.shape[1], seed=31 * head + 7) for head in range(old, heads)]
        changes["w_o"] = np.vstack([kept, *new]) if new else kept
    changes["head_overrides"] = list(s.head_overrides)[: heads - 1]
    return s.replace(**changes)


def set_w_o(session: Session, enabled: bool) -> Session:
    """The output projection on (W_O the identity, (h·d_v) × (h·d_v): the output starts
    as the concat, and every number of W_O can then be dragged) or off (no W_O)."""
    if not enabled:
        return session.replace(w_o=None)
    if session.w_o is not None:
        return session
    s = ensure_projection_matrices(session).replace(projection=True)
    width = s.heads * s.d_v
    return s.replace(w_o=np.eye(width))


def set_positional(session: Session, kind: str) -> Session:
    """Positions `kind` ("none", "sinusoidal", "learned"). Learned positions start from
    the sinusoidal table (a learner then drags them) unless the session has a table
    of its own; the table is kept while another kind is chosen."""
    if kind not in POSITIONAL_KINDS:
        raise EditError("positional_kind", kind=kind)
    if kind == "sinusoidal" and session.mode != "self":
        raise EditError("sinusoidal_self")
    changes: dict = {"positional": kind}
    table = session.positional_table
    if kind == "learned" and (table is None or table.shape != (session.n, session.d)):
        from .positional import sinusoidal_table

        start = sinusoidal_table(session.n, session.d)
        changes["positional_table"] = start if table is None else resized(table, session.n, session.d)
    return session.replace(**changes)


def set_padding(session: Session, index: int, padding: bool) -> Session:
    """Token `index` (0-based) marked as padding (its key hidden from every query) or not.
    Hand-set weights then obey the mask; no padding left is no padding mask."""
    flags = list(session.padding or (False,) * session.n)
    flags[index] = bool(padding)
    s = session.replace(padding=tuple(flags) if any(flags) else None)
    return obey_masks(s)


def shuffle_tokens(session: Session, order) -> Session:
    """The tokens in a new order: token `order[i]` comes to place i, with its label,
    its vector and its padding flag. The positions stay where they are (a position
    table row belongs to a place, not a token), so do the decoder states. Hand-set
    weights follow their keys (and, in self-attention, their queries)."""
    order = [int(i) for i in order]
    if sorted(order) != list(range(session.n)):
        raise EditError("shuffle_order")
    changes: dict = {"inputs": session.inputs[order], "labels": tuple(session.labels[i] for i in order)}
    if session.padding is not None:
        changes["padding"] = tuple(session.padding[i] for i in order)
    rows = order if session.mode == "self" else slice(None)
    overrides = [None if w is None else w[rows][:, order] for w in session.weights_overrides]
    changes["weights_override"] = overrides[0]
    changes["head_overrides"] = overrides[1:]
    return obey_masks(session.replace(**changes))


def next_shuffle(n: int, step: int) -> list[int]:
    """An order of n tokens that moves every token when n > 1 (a rotation by a step
    that changes each time: 1, 2, …), so "shuffle" always visibly shuffles."""
    shift = 1 + step % max(n - 1, 1)
    return [(i + shift) % n for i in range(n)]
