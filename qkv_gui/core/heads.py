"""Several heads: which columns of the packed W_Q, W_K, W_V each head uses, and
what one head computes (`HeadResult`).

The layout is that of a packed in-projection (PyTorch's `MultiheadAttention`
stores the transposes): head i uses columns i·d_k … (i+1)·d_k − 1 of W_Q and
W_K, and i·d_v … (i+1)·d_v − 1 of W_V.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .session import Session

# The matrices every head has, in pipeline order (a Result's one-head fields too).
HEAD_MATRICES = ("queries", "keys", "values", "scores", "weights", "context")


def head_columns(width: int, head: int) -> slice:
    """The columns of head `head` (0-based) in a packed matrix `width` columns per head."""
    return slice(head * width, (head + 1) * width)


def head_weights(session: Session, head: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """W_Q, W_K, W_V of head `head` (0-based): its blocks of columns (views, not copies)."""
    s = session
    if s.heads == 1:
        return s.w_q, s.w_k, s.w_v
    qk, v = head_columns(s.d_k, head), head_columns(s.d_v, head)
    return s.w_q[:, qk], s.w_k[:, qk], s.w_v[:, v]


@dataclass(frozen=True, eq=False)
class HeadResult:
    """What one head computed (float64, read-only), as a one-head Result has it.

    scores: compatibility before temperature, NaN where masked.
    softmax_weights: what softmax gave; `weights` equals it unless this head's
    weights were set by hand (`overridden`).
    """

    queries: np.ndarray
    keys: np.ndarray
    values: np.ndarray
    scores: np.ndarray
    softmax_weights: np.ndarray
    weights: np.ndarray
    context: np.ndarray
    overridden: bool

    def matrix(self, name: str) -> np.ndarray:
        return getattr(self, name)


def head_session(session: Session, head: int) -> Session:
    """Head `head` (0-based) alone, as a one-head session: its blocks of W_Q, W_K, W_V,
    its hand-set weights, no W_O. `compute` of it gives that head's Q, K, V, scores,
    weights and context exactly, so one-head views and explanations read it as is.
    """
    if session.heads == 1:
        return session
    w_q, w_k, w_v = head_weights(session, head)
    return session.replace(heads=1, w_q=w_q, w_k=w_k, w_v=w_v, w_o=None,
                           weights_override=session.head_override(head), head_overrides=())
