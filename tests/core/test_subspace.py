"""Principal angles between subspaces, and a learned W_Q, W_K against the SVD's V_m."""

from __future__ import annotations

import math

import numpy as np
import pytest

from qkv_gui.core import edits
from qkv_gui.core.session import Session
from qkv_gui.core.subspace import (
    compare_with_topic_space,
    orthonormal_basis,
    principal_angles,
    principal_cosines,
)
from qkv_gui.core.svd import topic_projection

RATINGS = np.array(
    [[1, 1, 1, 0, 0], [3, 3, 3, 0, 0], [4, 4, 4, 0, 0], [5, 5, 5, 0, 0],
     [0, 2, 0, 4, 4], [0, 0, 0, 5, 5], [0, 1, 0, 2, 2]], dtype=float,
)  # fmt: skip


@pytest.mark.parametrize("degrees", [0.0, 10.0, 30.0, 60.0, 90.0])
def test_two_planes_in_r3_meet_at_the_angle_between_their_normals(degrees):
    # The xy-plane and the plane through the x axis tilted by t about it: they share
    # the x axis (angle 0), and the other directions are t apart.
    t = math.radians(degrees)
    xy = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    # Columns that are not orthonormal (and not the principal vectors) on purpose.
    tilted = np.array([[2.0, 1.0], [0.0, 3 * math.cos(t)], [0.0, 3 * math.sin(t)]])
    assert principal_angles(xy, tilted) == pytest.approx([0.0, t], abs=1e-7)
    assert principal_cosines(xy, tilted) == pytest.approx([1.0, math.cos(t)], abs=1e-12)


def test_two_lines_at_45_degrees_and_a_line_in_a_plane():
    assert principal_angles([[1.0], [0.0]], [[1.0], [1.0]]) == pytest.approx([math.pi / 4])
    # A line inside a plane: one angle (the smaller rank), 0.
    assert principal_angles([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]], [[3.0], [4.0], [0.0]]) == pytest.approx([0.0])


def test_rank_and_degenerate_inputs():
    # Two equal columns span a line: the basis has one column.
    assert orthonormal_basis([[1.0, 2.0], [1.0, 2.0]]).shape == (2, 1)
    assert orthonormal_basis(np.zeros((3, 2))).shape == (3, 0)
    assert principal_angles(np.zeros((3, 2)), np.eye(3)).size == 0
    with pytest.raises(ValueError, match="R\\^3 and R\\^2"):
        principal_angles(np.eye(3), np.eye(2))


def movies(w_q, w_k, projection=True) -> Session:
    return Session(inputs=RATINGS, projection=projection, w_q=w_q, w_k=w_k, w_v=np.eye(5))


def test_v2_itself_is_at_zero_degrees_and_a_turned_v2_too():
    v2 = topic_projection(RATINGS, 2)
    turn = np.array([[2.0, 1.0], [-1.0, 3.0]])  # any invertible 2 × 2: the same plane
    comparison = compare_with_topic_space(movies(v2, v2 @ turn))
    assert comparison.m == 2
    for item in comparison.matrices:
        assert item.coordinates == pytest.approx((0.0, 0.0), abs=1e-5)
        assert item.columns == pytest.approx((0.0, 0.0), abs=1e-5)
    assert comparison.largest() == pytest.approx(0.0, abs=1e-5)


def test_the_third_direction_is_90_degrees_from_the_topic_plane():
    v3 = topic_projection(RATINGS, 3)
    # Columns v1 and v3: the plane shares v1 with V_2 and is 90° off along v3, in the
    # movies' space and in the users' coordinates alike (I·v3 ⟂ I·v1, I·v2).
    comparison = compare_with_topic_space(movies(v3[:, [0, 2]], v3[:, :2]))
    w_q, w_k = comparison.matrices
    assert w_q.name == "w_q" and w_q.columns == pytest.approx((0.0, 90.0), abs=1e-5)
    assert w_q.coordinates == pytest.approx((0.0, 90.0), abs=1e-5)
    assert w_k.largest == pytest.approx(0.0, abs=1e-5)
    assert comparison.largest() == pytest.approx(90.0, abs=1e-5)


def test_a_matrix_that_squeezes_the_users_onto_a_line_is_not_comparable():
    v2 = topic_projection(RATINGS, 2)
    line = np.column_stack([v2[:, 0], 2 * v2[:, 0]])
    comparison = compare_with_topic_space(movies(line, v2))
    assert comparison.matrices[0].coordinates is None and comparison.matrices[0].columns is None
    assert comparison.largest() is None


def test_it_applies_only_to_projections_that_shrink_the_dimension():
    v2 = topic_projection(RATINGS, 2)
    assert compare_with_topic_space(movies(v2, v2, projection=False)) is None
    assert compare_with_topic_space(edits.set_projection(Session(inputs=RATINGS), True)) is None  # 5 × 5
    # m beyond the rank of the inputs (3): V_4's last direction carries nothing.
    v4 = topic_projection(RATINGS, 4)
    assert compare_with_topic_space(movies(v4, v4)) is None
    assert compare_with_topic_space(movies(v2, topic_projection(RATINGS, 3))) is None  # shapes differ
