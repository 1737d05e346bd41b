"""Label layout of the geometry plot, with hand-made boxes and points (pixels, y down)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qkv_gui.core import geometry_layout as layout
from qkv_gui.core.geometry_layout import (
    best_corner,
    box_overlaps,
    column_pairs,
    fitted_range,
    label_candidates,
    label_reach,
    labels_cut_off,
    place_labels,
    point_hits,
    same_layout,
    within,
)

NO_TABLE = (-1000.0, -1000.0, -999.0, -999.0)  # far away from everything


def overlap(a, b) -> bool:
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


def placed_boxes(tips, sizes, visible, anchors):
    """The core boxes (3 px in from each side, as the layout tests them) of the labels shown."""
    boxes = []
    for (x, y), (w, h), show, anchor in zip(tips, sizes, visible, anchors, strict=True):
        if show:
            left, top = x - anchor[0] * w, y - anchor[1] * h
            boxes.append((left + 3, top + 3, left + w - 3, top + h - 3))
    return boxes


def test_box_overlaps():
    candidates = np.array([[0.0, 0, 10, 10], [20, 20, 30, 30]])
    boxes = np.array([[5.0, 5, 15, 15], [10, 0, 20, 10], [25, 25, 26, 26]])
    # Touching edges (box 1 starts where candidate 0 ends) do not overlap.
    np.testing.assert_array_equal(
        box_overlaps(candidates, boxes), [[True, False, False], [False, False, True]]
    )


def test_label_candidates_start_in_the_arrows_direction():
    tips = np.array([[100.0, 100.0]])
    sizes = np.array([[40.0, 20.0]])
    anchors, cores = label_candidates(tips, sizes, origin=np.array([0.0, 100.0]))
    assert anchors.shape == (1, 16, 2) and cores.shape == (1, 16, 4)
    # Pointing right: the label's left middle sits on the tip; then turning round.
    np.testing.assert_allclose(anchors[0, 0], [0.0, 0.5])
    np.testing.assert_allclose(cores[0, 0], [103, 93, 137, 107])
    np.testing.assert_allclose(anchors[0, 7], [1.0, 0.5])  # 180°: on the left
    # Then the same directions 10 px off the tip.
    np.testing.assert_allclose(anchors[0, 8], [-0.25, 0.5])
    np.testing.assert_allclose(cores[0, 8], [113, 93, 147, 107])
    # A tip at the origin has no direction: up and to the right first.
    anchors, _ = label_candidates(tips, sizes, origin=tips[0])
    np.testing.assert_allclose(anchors[0, 0], [0.0, 1.0])


def test_column_pairs_find_every_point_inside_each_box():
    rng = np.random.default_rng(3)
    points = rng.uniform(0, 200, size=(300, 2))
    lo = rng.uniform(0, 180, size=(12, 2))
    hi = lo + rng.uniform(5, 30, size=(12, 2))
    owners, indices = column_pairs(points, np.arange(12), lo[:, 0], hi[:, 0], lo[:, 1], hi[:, 1], 7.0)
    found = set(zip(owners.tolist(), indices.tolist(), strict=True))
    for label in range(12):
        inside = np.flatnonzero(
            (points[:, 0] >= lo[label, 0]) & (points[:, 0] <= hi[label, 0])
            & (points[:, 1] >= lo[label, 1]) & (points[:, 1] <= hi[label, 1])
        )
        assert {(label, int(i)) for i in inside} <= found


def brute_point_hits(cores, points, radius, tips=None, skip=None):
    out = np.zeros(cores.shape[:2], dtype=np.int64)
    for label in range(cores.shape[0]):
        for k in range(cores.shape[1]):
            if skip is not None and skip[label, k]:
                continue
            x0, y0, x1, y1 = cores[label, k]
            for x, y in points:
                if tips is not None and abs(x - tips[label, 0]) + abs(y - tips[label, 1]) <= 1.0:
                    continue
                out[label, k] += x0 < x + radius and x1 > x - radius and y0 < y + radius and (
                    y1 > y - radius
                )
    return out


@pytest.mark.parametrize("count", [3, 40])  # 40 labels × 16 boxes × 700 points: the sparse path
def test_point_hits_count_each_point_near_each_box(count):
    rng = np.random.default_rng(count)
    tips = rng.uniform(0, 300, size=(count, 2))
    sizes = rng.uniform(20, 60, size=(count, 2))
    _anchors, cores = label_candidates(tips, sizes, np.array([150.0, 150.0]))
    points = np.vstack([rng.uniform(0, 300, size=(700, 2)), tips[:5]])
    per = cores.shape[1]
    assert (count * per * len(points) > layout.DENSE_HITS) == (count == 40)
    skip = rng.random((count, per)) < 0.3
    np.testing.assert_array_equal(
        point_hits(cores, points, 6.0, tips), brute_point_hits(cores, points, 6.0, tips)
    )
    np.testing.assert_array_equal(
        point_hits(cores, points, 3.0, skip=skip), brute_point_hits(cores, points, 3.0, skip=skip)
    )


def test_a_label_goes_where_its_arrow_points_when_that_is_free():
    tips = np.array([[200.0, 100.0]])
    visible, anchors = place_labels(
        tips, np.array([[40.0, 20.0]]), [1], np.zeros((0, 2)), np.zeros((0, 2)), NO_TABLE,
        np.array([100.0, 100.0]),
    )
    assert visible == [True] and anchors == [(0.0, 0.5)]


def test_a_label_turns_away_from_the_table_and_from_arrow_heads():
    tips = np.array([[200.0, 100.0]])
    table = (200.0, 80.0, 260.0, 120.0)  # right where it would go first
    heads = np.array([[170.0, 70.0]])  # and one up-left of the tip
    visible, anchors = place_labels(
        tips, np.array([[40.0, 20.0]]), [1], heads, np.zeros((0, 2)), table,
        np.array([100.0, 100.0]),
    )
    assert visible == [True]
    box = placed_boxes(tips, [(40.0, 20.0)], visible, anchors)[0]
    assert not overlap(box, table)
    assert not (box[0] < 176 and box[2] > 164 and box[1] < 76 and box[3] > 64)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000))
def test_labels_with_room_never_overlap(seed):
    rng = np.random.default_rng(seed)
    count = int(rng.integers(2, 12))
    # Tips on a coarse grid, far enough apart for each label to find room.
    cells = rng.choice(36, size=count, replace=False)
    tips = np.column_stack([(cells % 6) * 90.0 + 50, (cells // 6) * 60.0 + 40])
    sizes = rng.uniform([20, 14], [60, 22], size=(count, 2))
    priorities = sorted(rng.integers(0, 5, size=count).tolist())
    table = (600.0, 0.0, 700.0, 50.0)
    visible, anchors = place_labels(
        tips, sizes, priorities, tips, np.zeros((0, 2)), table, np.array([300.0, 200.0])
    )
    boxes = placed_boxes(tips, sizes, visible, anchors)
    assert len(boxes) == count  # room for everyone: all shown
    for i, a in enumerate(boxes):
        assert not overlap(a, table)
        for b in boxes[i + 1:]:
            assert not overlap(a, b)


def test_a_query_name_with_no_free_spot_is_left_out():
    # Two labels on one tip, boxed in by the table everywhere round it.
    tips = np.array([[100.0, 100.0], [100.0, 100.0]])
    sizes = np.array([[200.0, 200.0], [200.0, 200.0]])
    table = (-500.0, -500.0, 700.0, 700.0)
    visible, anchors = place_labels(
        tips, sizes, [1, 4], np.zeros((0, 2)), np.zeros((0, 2)), table, np.zeros(2)
    )
    assert visible == [True, False]  # priority 1 always shows; a plain query name does not
    assert anchors[1] is None


def test_a_key_name_that_would_cover_an_arrow_head_everywhere_is_left_out():
    # Heads every 8 px round the tip: no spot of a 30 × 16 box misses all of them.
    tip = np.array([[100.0, 100.0]])
    grid = np.arange(40.0, 161.0, 8.0)
    heads = np.array([(x, y) for x in grid for y in grid if (x, y) != (100.0, 100.0)])
    for priority, shown in ((3, False), (2, True)):
        visible, _ = place_labels(
            tip, np.array([[30.0, 16.0]]), [priority], heads, np.zeros((0, 2)),
            (0.0, 0.0, 1.0, 1.0), np.zeros(2),
        )
        assert visible == [shown]  # the context or a selected query's name always shows


def test_same_layout_and_within():
    sizes = np.array([[10.0, 5.0]])
    assert same_layout(([1], [0], sizes), ([1], [0], sizes.copy()))
    assert not same_layout(([1], [0], sizes), ([1], [3], sizes))
    a = (np.array([[0.0, 0.0]]), np.zeros((0, 2)))
    assert within(a, (np.array([[0.5, -0.9]]), np.zeros((0, 2))), 1.0)
    assert not within(a, (np.array([[1.0, 0.0]]), np.zeros((0, 2))), 1.0)
    assert not within(a, (np.zeros((2, 2)), np.zeros((0, 2))), 1.0)


def test_label_reach():
    # Anchor (0, 0.5): the whole box right of the tip, half above and half below.
    reach = label_reach(np.array([[0.0, 0.5]]), np.array([[40.0, 20.0]]), 4.0)
    np.testing.assert_allclose(reach, [[0.0, 36.0, 6.0, 6.0]])


def test_fitted_range_leaves_room_for_every_label():
    lo, hi = np.array([0.0, 0.0]), np.array([10.0, 10.0])
    # No labels: the points and the margin.
    assert fitted_range(lo, hi, 1.0, (400, 400), np.zeros((0, 2)), np.zeros((0, 4))) == (
        (-1.0, 11.0), (-1.0, 11.0),
    )
    tips = np.array([[10.0, 5.0]])
    reach = np.array([[0.0, 80.0, 0.0, 0.0]])  # 80 px to the right of the tip
    (x0, x1), (y0, y1) = fitted_range(lo, hi, 1.0, (400, 400), tips, reach)
    per_px = max((x1 - x0) / 400, (y1 - y0) / 400)
    assert x0 == -1.0 and x1 >= 10.0 + 80.0 * per_px
    assert not labels_cut_off(tips, reach, (per_px, per_px), (x0, x1), (y0, y1))
    assert labels_cut_off(tips, reach, (per_px, per_px), (-1.0, 11.0), (-1.0, 11.0))


def test_best_corner_stays_until_another_hides_less():
    corners = {"top_left": (0.0, 0.0), "top_right": (100.0, 0.0), "bottom_left": (0.0, 100.0)}
    none = np.zeros((0, 2))
    assert best_corner(corners, (50, 50), none, none, "top_left") == "top_left"
    heads = np.array([[10.0, 10.0]])
    shafts = np.array([[110.0, 10.0], [120.0, 10.0]])
    # A head (3) in the top left, two shaft points (2) in the top right: the bottom left hides none.
    assert best_corner(corners, (50, 50), heads, shafts, "top_left") == "bottom_left"
    assert best_corner(corners, (50, 50), heads, shafts, "bottom_left") == "bottom_left"
