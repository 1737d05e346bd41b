"""A 2-D picture of vectors in any dimension: the plane that keeps the most of them.

Attention compares vectors by dot products, which depend on where the origin
is, so the plane goes through the origin: we project onto the top two right
singular vectors of the stacked points WITHOUT centring them. Centred PCA would
keep the spread around the mean but could throw away the common direction that
makes every dot product large. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Above this many dimensions the plane comes from the Gram matrix (`plane_basis`).
_SMALL_D = 32


def plane_basis(points) -> tuple[np.ndarray, float]:
    """An orthonormal d × 2 basis of the plane through 0 nearest to `points` (N × d).

    Returns (basis, explained_fraction): the fraction of the points' energy
    (sum of squared lengths) that survives the projection, in [0, 1].
    For d ≤ 2 the basis is the identity (padded with a zero column when d = 1),
    so coordinates stay exact and never rotate while the learner edits them.

    Many points (N > d > 2) are first reduced to their d × d triangular factor
    R (points = Q·R): R has the same right singular vectors, singular values and
    energy, and its SVD costs nothing, where the SVD of 256 × 16 points built a
    256 × 256 matrix on every drag step.
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
    if d <= _SMALL_D and points.shape[0] > d:
        points = np.linalg.qr(points, mode="r")
    if d > _SMALL_D:
        # Many dimensions (up to 1024): the top two eigenvectors of the d × d Gram
        # matrix are the top right singular vectors, at a fraction of the SVD's cost.
        eigenvalues, vectors = np.linalg.eigh(points.T @ points)
        basis = vectors[:, ::-1][:, :2].copy()
        singular = np.sqrt(np.clip(eigenvalues[::-1][:2], 0.0, None))
    else:
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


@dataclass(frozen=True)
class Picture:
    """Queries, keys, values and contexts as 2-D points, ready to draw as arrows."""

    queries: np.ndarray  # m × 2
    keys: np.ndarray  # n × 2
    values: np.ndarray  # n × 2
    context: np.ndarray  # m × 2
    exact: bool  # True when d_k ≤ 2: coordinates are the vectors themselves
    fraction: float  # energy of [Q; K] kept by the projection
    values_plane: str  # "exact", "keys" (the keys' plane) or "own"
    basis: np.ndarray | None = None  # d_k × 2: the plane of the queries and keys
    values_basis: np.ndarray | None = None  # d_v × 2: the plane of the values


def attention_picture(queries, keys, values, context, planes: Picture | None = None) -> Picture:
    """Queries and keys in the plane that keeps most of them; values and the
    context (a mix of the values) in the values' own plane, or in the keys'
    plane when the values are the keys (so the context is visibly built from
    the drawn key arrows).

    `planes`: an earlier picture whose planes are kept (during a drag, so the picture
    does not turn under the mouse, and no plane is worked out again); `fraction` is
    then what that plane keeps of the new vectors.
    """
    queries, keys = np.asarray(queries, dtype=np.float64), np.asarray(keys, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    d_k, d_v = keys.shape[1], values.shape[1]
    if (planes is not None and planes.basis is not None and planes.basis.shape[0] == d_k
            and planes.values_basis.shape[0] == d_v
            and (planes.values_plane == "keys") == (d_v == d_k and np.array_equal(values, keys))):
        basis, values_basis, values_plane = planes.basis, planes.values_basis, planes.values_plane
        stacked = np.vstack([queries, keys])
        energy = float(np.sum(stacked * stacked))
        kept = project_2d(stacked, basis)
        fraction = 1.0 if energy == 0.0 else min(max(float(np.sum(kept * kept)) / energy, 0.0), 1.0)
    else:
        basis, fraction = plane_basis(np.vstack([queries, keys]))
        if d_v <= 2:
            values_basis, values_plane = plane_basis(values)[0], "exact"
        elif d_v == d_k and np.array_equal(values, keys):
            values_basis, values_plane = basis, "keys"
        else:
            values_basis, values_plane = plane_basis(values)[0], "own"
    return Picture(
        queries=project_2d(queries, basis),
        keys=project_2d(keys, basis),
        values=project_2d(values, values_basis),
        context=project_2d(context, values_basis),
        exact=d_k <= 2,
        fraction=fraction,
        values_plane=values_plane,
        basis=basis,
        values_basis=values_basis,
    )
