"""Bars over a grid, all drawn in one `paint()` (the weights bar chart's)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from .runs import runs_by_object

GRID_COLOR = QColor(225, 225, 225)
BASE_COLOR = QColor(110, 110, 110)


class BarsItem(pg.GraphicsObject):
    """Bars from 0 to each height at x = 0, 1, …, one brush each, over grey
    horizontal grid lines, all in one `paint()`.

    pyqtgraph's BarGraphItem rebuilds its bar rectangles, a QPicture and its
    bounds on every change, and each InfiniteLine of a grid repaints through
    Python: together the weights bar's largest costs per drag step. Like a
    BarGraphItem, `opts` holds what is drawn ("x", "height", "width", "brushes").
    """

    def __init__(self, width: float, grid_levels=(), grid_color: QColor = GRID_COLOR, parent=None):
        super().__init__(parent)
        self.opts = {"x": np.zeros(0), "height": np.zeros(0), "width": width, "brushes": []}
        self._grid_levels = tuple(float(level) for level in grid_levels)
        self._grid_pen = pg.mkPen(grid_color)  # cosmetic: one pixel at any zoom
        self._base_pen = pg.mkPen(BASE_COLOR)  # the line the bars stand on
        self._x_range = (-0.5, 0.5)  # where the grid lines run
        self._bounds = QRectF()
        self._rects: list[tuple[object, PrimitiveArray]] = []  # (brush, its bars)

    def set_x_range(self, low: float, high: float) -> None:
        """The visible x range: the grid lines span it."""
        self._x_range = (float(low), float(high))
        self._update_bounds()

    def setData(self, heights, brushes) -> None:  # noqa: N802 (pyqtgraph's name)
        heights = np.asarray(heights, dtype=np.float64).ravel()
        width = self.opts["width"]
        x = np.arange(len(heights), dtype=np.float64)
        brushes = list(brushes)
        self.opts.update(x=x, height=heights, brushes=brushes)
        # The rectangles of each brush in one numpy-backed array: one drawRects per
        # brush (hundreds of bars at n = 512 were as many Python rectangles and calls).
        self._rects = []
        for brush, indices in runs_by_object(brushes):
            rects = PrimitiveArray(QRectF, 4)
            rects.resize(len(indices))
            table = rects.ndarray()  # x, y, width, height
            chosen = heights[indices]
            table[:, 0] = x[indices] - width / 2
            table[:, 1] = np.minimum(chosen, 0.0)
            table[:, 2] = width
            table[:, 3] = np.abs(chosen)
            self._rects.append((brush, rects))
        self._update_bounds()
        self.update()

    def _update_bounds(self) -> None:
        heights = self.opts["height"]
        ys = [0.0, *self._grid_levels, *(heights.tolist() if len(heights) else [])]
        low, high = self._x_range
        if len(heights):
            half = self.opts["width"] / 2
            low, high = min(low, -half), max(high, len(heights) - 1 + half)
        bounds = QRectF(low, min(ys), high - low, max(ys) - min(ys))
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802 (pyqtgraph's name)
        if not len(self.opts["height"]):
            return [None, None]
        if ax == 0:
            half = self.opts["width"] / 2
            return [-half, len(self.opts["height"]) - 1 + half]
        heights = self.opts["height"]
        return [min(0.0, float(heights.min())), max(0.0, float(heights.max()))]

    def paint(self, painter, *args) -> None:
        low, high = self._x_range
        painter.setPen(self._grid_pen)
        for level in self._grid_levels:
            painter.drawLine(QPointF(low, level), QPointF(high, level))
        painter.setPen(Qt.PenStyle.NoPen)
        for brush, rects in self._rects:
            painter.setBrush(brush)
            painter.drawRects(*rects.drawargs())
        painter.setPen(self._base_pen)
        painter.drawLine(QPointF(low, 0.0), QPointF(high, 0.0))
