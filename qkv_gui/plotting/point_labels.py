"""Names beside the points of a scatter, placed so that none covers another.

`group_points` and `place_labels` are arithmetic on pixel coordinates (y down), tested
without drawing: points that sit on one spot get one label listing their names
("s2, Bob"); each label then takes the first place around its point that covers no
other label, no other point and nothing outside the plot, else the place that covers
least. `PointNames` draws them on a pyqtgraph plot.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

# Label boxes (left, top) around a point at the origin, for a label w wide and h tall
# and a gap g: right above (the usual place), left above, right below, left below,
# centred above, centred below, then a line further up or down on the right.
_PLACES = (
    lambda w, h, g: (g, -h),
    lambda w, h, g: (-g - w, -h),
    lambda w, h, g: (g, 0.0),
    lambda w, h, g: (-g - w, 0.0),
    lambda w, h, g: (-w / 2, -g - h),
    lambda w, h, g: (-w / 2, g),
    lambda w, h, g: (g, -2 * h),
    lambda w, h, g: (g, h),
)


def group_points(points: np.ndarray, distance: float) -> list[list[int]]:
    """The points (n × 2, pixels) in groups of those closer than `distance` to one of
    the group (chained), each group in index order, the groups by their first index."""
    count = len(points)
    group = list(range(count))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(count):
        for j in range(i + 1, count):
            if np.hypot(*(points[i] - points[j])) < distance:
                group[root(j)] = root(i)
    members: dict[int, list[int]] = {}
    for i in range(count):
        members.setdefault(root(i), []).append(i)
    return sorted(members.values(), key=lambda indices: indices[0])


def _overlap(box: tuple[float, float, float, float], others: list[tuple[float, float, float, float]]) -> float:
    left, top, right, bottom = box
    total = 0.0
    for o_left, o_top, o_right, o_bottom in others:
        width = min(right, o_right) - max(left, o_left)
        height = min(bottom, o_bottom) - max(top, o_top)
        if width > 0 and height > 0:
            total += width * height
    return total


def place_labels(
    anchors: np.ndarray,
    sizes: np.ndarray,
    points: np.ndarray,
    radius: float,
    gap: float,
    bounds: tuple[float, float, float, float],
) -> np.ndarray:
    """Each label's top-left corner (k × 2, pixels) for labels of `sizes` (k × 2: width,
    height) `gap` pixels beside their `anchors` (k × 2), clear of the other labels, of
    every point (n × 2) but its own (a square of half-width `radius`) and inside
    `bounds` (left, top, right, bottom)."""
    placed: list[tuple[float, float, float, float]] = []
    left, top, right, bottom = bounds
    # Everything outside the bounds, as four boxes a label must not cover.
    far = 1e6
    outside = [(-far, -far, far, top), (-far, bottom, far, far), (-far, -far, left, far), (right, -far, far, far)]
    corners = np.zeros((len(anchors), 2))
    discs = [(x - radius, y - radius, x + radius, y + radius) for x, y in np.asarray(points, dtype=float)]
    for index, ((x, y), (width, height)) in enumerate(zip(anchors, sizes, strict=True)):
        # Not the label's own point(s): at the anchor, which every place touches.
        others = [disc for disc in discs if max(abs(disc[0] + radius - x), abs(disc[1] + radius - y)) >= radius]
        best, best_cover = None, np.inf
        for place in _PLACES:
            dx, dy = place(width, height, gap)
            box = (x + dx, y + dy, x + dx + width, y + dy + height)
            # A cut name cannot be read; one over a point or a name still mostly can.
            cover = _overlap(box, placed) + _overlap(box, others) + 4 * _overlap(box, outside)
            if cover < best_cover:
                best, best_cover = box, cover
            if cover == 0:
                break
        placed.append(best)
        corners[index] = best[:2]
    return corners


class PointNames:
    """The names of a scatter's points on `item`: one label per spot, placed in pixels
    (again whenever the plot's pixels per unit may change). Points are squares of
    half-width `radius`; names keep `gap` pixels from their point."""

    def __init__(self, item: pg.PlotItem, color: QColor, radius: float, gap: float):
        self._item, self._color, self._radius, self._gap = item, color, radius, gap
        self._labels: list[pg.TextItem] = []
        self._points = np.zeros((0, 2))
        self._names: tuple[str, ...] = ()
        view = item.getViewBox()
        for signal in (view.sigResized, view.sigRangeChanged):
            signal.connect(self._place)

    def set_points(self, points: np.ndarray, names) -> None:
        """The points (n × 2, data) and the names of the first len(names) of them."""
        self._points, self._names = np.asarray(points, dtype=float), tuple(names)
        self._place()

    def labels(self) -> list[pg.TextItem]:
        return [label for label in self._labels if label.isVisible()]

    def texts(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self.labels()]

    def _place(self, *_args) -> None:
        view = self._item.getViewBox()
        per_x, per_y = view.viewPixelSize()
        named = len(self._names) if per_x > 0 and per_y > 0 else 0
        per_x, per_y = per_x or 1.0, per_y or 1.0
        pixels = np.column_stack([self._points[:named, 0] / per_x, -self._points[:named, 1] / per_y])
        groups = group_points(pixels, self._radius)  # symbols on one spot
        while len(self._labels) < len(groups):
            label = pg.TextItem(anchor=(0.0, 0.0), color=self._color)
            label.textItem.document().setDocumentMargin(1)  # tight boxes: they sit close
            self._item.addItem(label, ignoreBounds=True)
            self._labels.append(label)
        sizes = np.zeros((len(groups), 2))
        for index, label in enumerate(self._labels):
            label.setVisible(index < len(groups))
            if index < len(groups):
                text = ", ".join(self._names[i] for i in groups[index])
                if label.textItem.toPlainText() != text:
                    label.setText(text)
                box = label.textItem.boundingRect()
                sizes[index] = (box.width(), box.height())
        anchors = pixels[[group[0] for group in groups]] if groups else np.zeros((0, 2))
        (x_low, x_high), (y_low, y_high) = view.viewRange()
        bounds = (x_low / per_x, -y_high / per_y, x_high / per_x, -y_low / per_y)
        corners = place_labels(anchors, sizes, pixels, self._radius, self._gap, bounds)
        for label, (left, top) in zip(self._labels[: len(groups)], corners, strict=True):
            label.setPos(float(left * per_x), float(-top * per_y))
