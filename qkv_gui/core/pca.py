"""A 2-D picture of vectors in any dimension: the plane that keeps the most of them.

Attention compares vectors by dot products, which depend on where the origin
is, so the plane goes through the origin: we project onto the top two right
singular vectors of the stacked points WITHOUT centring them. Centred PCA would
keep the spread around the mean but could throw away the common direction that
makes every dot product large. No Qt here.
"""

from __future__ import annotations

import numpy as np


def plane_basis(points) -> tuple[np.ndarray, float]:
    """An orthonormal d × 2 basis of the plane through 0 nearest to `points` (N × d).

    Returns (basis, explained_fraction): the fraction of the points' energy
    (sum of squared lengths) that survives the projection, in [0, 1].
    For d ≤ 2 the basis is the identity (padded with a zero column when d = 1),
    so coordinates stay exact and never rotate while the learner edits them.
    """
    points = np.asarray(points, dtype=np.float64)
    if points.ndim != 2:
        raise ValueError(f"expected an N × d array, got shape {points.shape}")
    d = points.shape[1]
    if d == 0:
        raise ValueError("points have no dimensions")
    if d <= 2:
        return np.eye(d, 2), 1.0
    energy = float(np.sum(points * points))
    if points.shape[0] == 0 or energy == 0.0:
        return np.eye(d, 2), 1.0
    # full_matrices: two basis vectors even when there are fewer than two points.
    _, singular, vt = np.linalg.svd(points, full_matrices=True)
    basis = vt[:2].T.copy()
    # Singular vectors have an arbitrary sign; fix it (largest entry positive)
    # so the picture does not mirror itself between two nearby edits.
    for k in range(2):
        column = basis[:, k]
        if column[np.argmax(np.abs(column))] < 0:
            basis[:, k] = -column
    kept = float(np.sum(singular[:2] ** 2))
    return basis, min(max(kept / energy, 0.0), 1.0)


def project_2d(points, basis) -> np.ndarray:
    """The coordinates of `points` (N × d) in the plane spanned by `basis` (d × 2)."""
    return np.asarray(points, dtype=np.float64) @ np.asarray(basis, dtype=np.float64)
