"""Names beside a scatter's points: one label per spot, none covering another, inside the plot."""

from __future__ import annotations

import numpy as np

from qkv_gui.plotting.point_labels import group_points, place_labels


def _boxes(corners, sizes):
    return [(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes, strict=True)]


def _overlap(a, b) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def test_points_on_one_spot_share_a_label_and_chains_join():
    points = np.array([[0.0, 0.0], [3.0, 0.0], [100.0, 0.0], [5.5, 0.0], [100.0, 4.0]])
    # 0–1 are 3 apart, 1–3 are 2.5 apart (0–3 are 5.5: joined through 1); 2–4 are 4 apart.
    assert group_points(points, 5.0) == [[0, 1, 3], [2, 4]]
    assert group_points(points, 2.0) == [[0], [1], [2], [3], [4]]


def test_the_usual_place_is_right_above_when_it_is_free():
    corners = place_labels(np.array([[50.0, 50.0]]), np.array([[20.0, 10.0]]), np.array([[50.0, 50.0]]),
                           5.0, 8.0, (0.0, 0.0, 200.0, 200.0))
    np.testing.assert_allclose(corners, [[58.0, 40.0]])


def test_labels_of_points_in_a_row_do_not_cover_each_other():
    """The lesson's case: names along the first axis, closer than a name is wide."""
    points = np.array([[20.0, 100.0], [35.0, 104.0], [70.0, 104.0], [92.0, 108.0], [115.0, 112.0]])
    sizes = np.array([[25.0, 14.0], [16.0, 14.0], [46.0, 14.0], [22.0, 14.0], [26.0, 14.0]])
    corners = place_labels(points, sizes, points, 6.5, 10.0, (0.0, 0.0, 160.0, 140.0))
    boxes = _boxes(corners, sizes)
    for index, box in enumerate(boxes):
        assert all(_overlap(box, other) == 0 for other in boxes[index + 1:]), index
        assert 0 <= box[0] and box[2] <= 160 and 0 <= box[1] and box[3] <= 140, index


def test_a_cut_name_is_worse_than_one_beside_another():
    # At the right edge: the usual place would be cut off, so the name goes left.
    corners = place_labels(np.array([[95.0, 50.0]]), np.array([[20.0, 10.0]]), np.array([[95.0, 50.0]]),
                           5.0, 8.0, (0.0, 0.0, 100.0, 100.0))
    assert corners[0, 0] + 20.0 <= 100.0
