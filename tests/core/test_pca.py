"""The 2-D plane used to draw vectors of any dimension (uncentred PCA)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from qkv_gui.core.pca import attention_picture, plane_basis, project_2d


def test_known_example():
    points = np.array([[3.0, 0, 0], [0, 2.0, 0], [0, 0, 1.0]])
    basis, fraction = plane_basis(points)
    np.testing.assert_allclose(basis, [[1, 0], [0, 1], [0, 0]], atol=1e-12)
    assert fraction == pytest.approx(13 / 14)
    np.testing.assert_allclose(project_2d(points, basis), [[3, 0], [0, 2], [0, 0]], atol=1e-12)


def test_exact_when_points_span_a_plane_through_the_origin():
    rng = np.random.default_rng(0)
    plane = np.linalg.qr(rng.normal(size=(5, 2)))[0]  # orthonormal 5 × 2
    points = rng.normal(size=(7, 2)) @ plane.T
    basis, fraction = plane_basis(points)
    flat = project_2d(points, basis)
    assert fraction == pytest.approx(1.0)
    # Lengths and dot products (what attention uses) survive exactly.
    np.testing.assert_allclose(flat @ flat.T, points @ points.T, atol=1e-10)


def test_not_centred_keeps_the_common_direction():
    # All points share a large offset along e3: centred PCA would drop it.
    points = np.array([[0.1, 0, 5], [-0.1, 0, 5], [0, 0.1, 5]])
    basis, fraction = plane_basis(points)
    assert abs(basis[2, 0]) == pytest.approx(1.0, abs=1e-3)
    assert fraction > 0.99


def test_two_and_one_dimensions_are_exact_and_unrotated():
    points = np.array([[1.0, 2.0], [-3.0, 0.5]])
    basis, fraction = plane_basis(points)
    np.testing.assert_array_equal(project_2d(points, basis), points)
    assert fraction == 1.0
    line = np.array([[2.0], [-1.0]])
    basis, fraction = plane_basis(line)
    np.testing.assert_array_equal(project_2d(line, basis), [[2, 0], [-1, 0]])
    assert fraction == 1.0


def test_degenerate_inputs():
    basis, fraction = plane_basis(np.zeros((3, 4)))
    np.testing.assert_allclose(basis.T @ basis, np.eye(2))
    assert fraction == 1.0
    basis, fraction = plane_basis(np.array([[1.0, 2.0, 2.0]]))  # one point
    np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-12)
    assert fraction == pytest.approx(1.0)
    with pytest.raises(ValueError):
        plane_basis(np.zeros(3))


def test_sign_is_stable_under_small_edits():
    points = np.array([[1.0, 0.2, 0.1], [0.1, 1.5, 0.3], [0.2, 0.1, 0.4]])
    basis, _ = plane_basis(points)
    nudged, _ = plane_basis(points + 1e-6)
    np.testing.assert_allclose(basis, nudged, atol=1e-4)


@settings(max_examples=60, deadline=None)
@given(
    arrays(
        np.float64, st.tuples(st.integers(1, 6), st.integers(1, 6)), elements=st.floats(-1e3, 1e3)
    )
)
def test_basis_orthonormal_and_fraction_in_unit_interval(points):
    basis, fraction = plane_basis(points)
    assert basis.shape == (points.shape[1], 2)
    if points.shape[1] >= 2:
        np.testing.assert_allclose(basis.T @ basis, np.eye(2), atol=1e-9)
    assert 0.0 <= fraction <= 1.0
    flat = project_2d(points, basis)
    # A projection never makes the points longer.
    assert np.sum(flat**2) <= np.sum(points**2) * (1 + 1e-9) + 1e-9


def test_many_points_give_the_basis_of_their_plain_svd():
    """More points than dimensions go through their triangular factor: same plane, same signs."""
    rng = np.random.default_rng(7)
    points = rng.normal(size=(256, 16)) * np.linspace(3, 0.1, 16)
    basis, fraction = plane_basis(points)
    _, singular, vt = np.linalg.svd(points)
    expected = vt[:2].T * np.sign(vt[:2].T[np.abs(vt[:2].T).argmax(axis=0), [0, 1]])
    np.testing.assert_allclose(basis, expected, atol=1e-10)
    assert fraction == pytest.approx(np.sum(singular[:2] ** 2) / np.sum(singular**2))


def test_attention_picture_planes():
    keys = np.array([[1.0, 0, 0], [0, 2.0, 0], [0, 0, 0.1]])
    queries = np.array([[1.0, 1.0, 0]])
    picture = attention_picture(queries, keys, keys, queries)
    # Values that are the keys share the keys' plane; d_k = 3 is not exact.
    assert picture.values_plane == "keys" and not picture.exact
    np.testing.assert_allclose(picture.values, picture.keys)
    # The plane is the xy plane (all but 0.01 of the energy): dot products there survive.
    assert picture.fraction == pytest.approx(7.0 / 7.01)
    flat = np.vstack([picture.queries, picture.keys[:2]])
    np.testing.assert_allclose(flat @ flat.T, [[2, 1, 2], [1, 1, 0], [2, 0, 4]], atol=1e-12)
    np.testing.assert_allclose(picture.context, picture.queries)
    # 2-D values are drawn exactly; other values in their own plane.
    flat = attention_picture(queries, keys, keys[:, :2], queries[:, :2])
    assert flat.values_plane == "exact"
    np.testing.assert_array_equal(flat.values, keys[:, :2])
    own = attention_picture(queries, keys, keys * 2, queries)
    assert own.values_plane == "own"
    small = attention_picture(queries[:, :2], keys[:, :2], keys[:, :2], queries[:, :2])
    assert small.exact and small.fraction == 1.0


def test_a_picture_can_keep_the_planes_of_an_earlier_one():
    keys = np.array([[1.0, 0, 0], [0, 2.0, 0], [0, 0, 0.1]])
    queries = np.array([[1.0, 1.0, 0]])
    before = attention_picture(queries, keys, keys * 2, queries)
    moved = keys.copy()
    moved[2] = [0, 0, 3.0]  # the z axis now holds the most: a fresh fit would turn to it
    kept = attention_picture(queries, moved, moved * 2, queries, planes=before)
    assert kept.basis is before.basis and kept.values_basis is before.values_basis
    np.testing.assert_allclose(kept.keys, moved @ before.basis)
    # What the kept (xy) plane keeps of the new vectors: 7 of 7 + 9.
    assert kept.fraction == pytest.approx(7.0 / 16.0)
    fresh = attention_picture(queries, moved, moved * 2, queries)
    assert fresh.fraction > kept.fraction and not np.allclose(fresh.basis, before.basis)
    # Planes of another dimension, or values that became the keys: fitted afresh.
    assert attention_picture(queries[:, :2], keys[:, :2], keys[:, :2], queries[:, :2],
                             planes=before).exact
    assert attention_picture(queries, moved, moved, queries, planes=before).values_plane == "keys"
