"""How close two subspaces are: principal angles, and a learned W_Q, W_K against the SVD's V_m.

The principal angles θ_1 ≤ … ≤ θ_k between the column spaces of A and B
come from orthonormal bases Q_A, Q_B: the singular values of Q_Aᵀ Q_B are
cos θ_1 ≥ … ≥ cos θ_k. All 0° means one space lies in the other; the
largest angle says how far apart they are at worst. Pure numpy, no Qt.

`compare_with_topic_space` asks whether a learned W_Q (d × m) gives the
inputs the same m-dimensional representation as the SVD's topic space V_m:
I·W_Q and I·V_m span the same plane exactly when I·W_Q = I·V_m·R for an
invertible m × m R — the learned coordinates are the topic coordinates,
turned and stretched. It also compares the columns of W_Q with V_m
themselves; those may differ along directions the inputs hardly vary in.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .session import Session
from .svd import topic_space

# Singular values below this fraction of the largest count as 0 (rank).
RANK_TOLERANCE = 1e-10


def orthonormal_basis(matrix) -> np.ndarray:
    """An orthonormal basis (as columns) of the column space of `matrix` (d × k).

    Its width is the numerical rank: directions with a singular value below
    RANK_TOLERANCE × the largest are left out (0 columns for a zero matrix).
    """
    a = np.asarray(matrix, dtype=np.float64)
    if a.ndim != 2:
        raise ValueError(f"expected a d × k matrix, got shape {a.shape}")
    if a.size == 0 or not np.any(a):
        return np.zeros((a.shape[0], 0))
    u, s, _ = np.linalg.svd(a, full_matrices=False)
    return u[:, s > RANK_TOLERANCE * s[0]]


def principal_cosines(a, b) -> np.ndarray:
    """cos θ_1 ≥ … ≥ cos θ_k, k = the smaller of the two ranks, between the column spaces."""
    qa, qb = orthonormal_basis(a), orthonormal_basis(b)
    if qa.shape[0] != qb.shape[0]:
        raise ValueError(f"the spaces live in R^{qa.shape[0]} and R^{qb.shape[0]}")
    if qa.shape[1] == 0 or qb.shape[1] == 0:
        return np.zeros(0)
    return np.clip(np.linalg.svd(qa.T @ qb, compute_uv=False), 0.0, 1.0)


def principal_angles(a, b) -> np.ndarray:
    """θ_1 ≤ … ≤ θ_k in radians between the column spaces of `a` and `b` (both d × ·)."""
    return np.arccos(principal_cosines(a, b))


@dataclass(frozen=True)
class MatrixComparison:
    """One learned matrix (W_Q or W_K) against V_m, angles in degrees, ascending.

    coordinates: between I·W and I·V_m (the inputs' representations), None when
        I·W has rank below m (it squeezes the inputs onto fewer dimensions).
    columns: between the columns of W and of V_m, None when W has rank below m.
    """

    name: str
    coordinates: tuple[float, ...] | None
    columns: tuple[float, ...] | None

    @property
    def largest(self) -> float | None:
        """The largest angle between the representations (None: not comparable)."""
        return None if self.coordinates is None else self.coordinates[-1]


@dataclass(frozen=True)
class TopicComparison:
    """W_Q and W_K (d × m) of a session against the topic space V_m of its inputs."""

    m: int
    matrices: tuple[MatrixComparison, ...]

    def largest(self) -> float | None:
        """The largest angle between representations over all matrices (None if any is
        not comparable)."""
        values = [item.largest for item in self.matrices]
        return None if any(v is None for v in values) else max(values)


def _angles(a: np.ndarray, b: np.ndarray, rank: int) -> tuple[float, ...] | None:
    if orthonormal_basis(a).shape[1] < rank:
        return None
    return tuple(float(x) for x in np.degrees(principal_angles(a, b)))


def compare_with_topic_space(session: Session) -> TopicComparison | None:
    """The angles between the session's W_Q, W_K and V_m, or None when they do not apply.

    They apply when the projection is on and W_Q and W_K are both d × m with
    m smaller than d and at most the rank of the inputs (V_m's m directions
    then all carry the inputs' variation).
    """
    if not session.projection or session.w_q is None or session.w_k is None:
        return None
    d = session.d
    m = session.w_q.shape[1]
    if session.w_q.shape != (d, m) or session.w_k.shape != (d, m) or not 1 <= m < d:
        return None
    space = topic_space(session.inputs)
    if int(np.sum(space.s > RANK_TOLERANCE * max(float(space.s[0]), 1e-300))) < m:
        return None
    v_m = space.projection(m)
    inputs = space.inputs
    reference = inputs @ v_m
    return TopicComparison(
        m=m,
        matrices=tuple(
            MatrixComparison(name, _angles(inputs @ w, reference, m), _angles(w, v_m, m))
            for name, w in (("w_q", session.w_q), ("w_k", session.w_k))
        ),
    )
