"""Axes that stay out of repaints: cached bounds, labels only, thinned tick labels.

`CachedAxisItem` works its bounding rect out once per size and style and
writes its numbers with the language's decimal separator;
`labels_only` makes an axis of tick labels alone; `label_stride` says which
labels fit; `AxisStrip` is a column or row of token labels in a widget of its
own, beside a grid of bare matrix plots.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QSizePolicy

from ..core.format import with_separator

AXIS_GAP = 6  # pixels between a tick label and the image


class CachedAxisItem(pg.AxisItem):
    """An AxisItem that works out its bounding rect once per size and style.

    Qt asks for it several times in every repaint of the plot, and pyqtgraph
    computes it in Python each time. pyqtgraph calls prepareGeometryChange()
    whenever the rect may change, and a new size comes with a resize event.
    """

    _bounds: QRectF | None = None
    # Pixels of the side facing the plot left out of the bounding rect, for an
    # axis that draws nothing there: repaints of the plot then never repaint it.
    trim_view_side = 0.0

    def boundingRect(self) -> QRectF:
        if self._bounds is None or (self.grid is not False and self.linkedView() is not None):
            rect = super().boundingRect()
            trim = self.trim_view_side
            if trim:
                if self.orientation == "left":
                    rect.setRight(rect.right() - trim)
                elif self.orientation == "right":
                    rect.setLeft(rect.left() + trim)
                elif self.orientation == "top":
                    rect.setBottom(rect.bottom() - trim)
                else:
                    rect.setTop(rect.top() + trim)
            self._bounds = rect
        return QRectF(self._bounds)

    def prepareGeometryChange(self) -> None:
        self._bounds = None
        super().prepareGeometryChange()

    def resizeEvent(self, ev=None) -> None:
        self._bounds = None
        super().resizeEvent(ev)

    def setStyle(self, **kwargs) -> None:
        self._bounds = None
        super().setStyle(**kwargs)

    def tickStrings(self, values, scale, spacing) -> list[str]:  # noqa: N802 (pyqtgraph's name)
        # pyqtgraph writes its numbers with a point: in the language's separator instead.
        return [with_separator(text) for text in super().tickStrings(values, scale, spacing)]


def cached_axes(*sides: str) -> dict[str, CachedAxisItem]:
    """axisItems= for a PlotItem: cached-bounds axes on `sides` (a PlotItem shows
    every axis it is given: give only those on show)."""
    return {side: CachedAxisItem(side) for side in sides}


def labels_only(axis: pg.AxisItem, font: QFont | None = None, color=(20, 20, 20)) -> None:
    """An axis of tick labels alone: no axis line, no ticks, the text AXIS_GAP
    pixels off the plot (the labels sit on the cells or values they name).

    It then draws nothing next to the plot and, as a CachedAxisItem, stays out
    of every repaint an edit causes there (see CachedAxisItem.trim_view_side).
    """
    style = {"tickLength": 0, "tickTextOffset": AXIS_GAP, "autoExpandTextSpace": True}
    if font is not None:
        style["tickFont"] = font
    axis.setStyle(**style)
    axis.setPen(pg.mkPen(None))
    axis.setTextPen(pg.mkPen(*color) if isinstance(color, tuple) else pg.mkPen(color))
    if isinstance(axis, CachedAxisItem):
        axis.trim_view_side = AXIS_GAP - 1


def label_stride(count: int, length: float, room: float) -> int:
    """Label every k-th of `count` cells so labels of `room` pixels don't overlap
    along `length` pixels (1 when the length is not known yet)."""
    if length <= 0 or count <= 1:
        return 1
    return max(1, math.ceil(room * count / length))


LABEL_GAP = 4.0  # pixels at least between two tick labels side by side


def width_stride(widths, length: float, gap: float = LABEL_GAP) -> int:
    """Label every k-th of len(`widths`) cells along `length` pixels, labels
    centred on their cells: the smallest k at which no two labels shown
    (widths in pixels, measured in the font in use) come closer than `gap`."""
    count = len(widths)
    if length <= 0 or count <= 1:
        return 1
    cell = length / count
    half = [w / 2 for w in widths]
    for stride in range(1, count):
        shown = range(0, count, stride)
        if all(half[i] + half[i + stride] + gap <= stride * cell for i in shown if i + stride < count):
            return stride
    return count


def strided_ticks(labels, stride: int) -> list[tuple[int, str]]:
    """(position, label) of every `stride`-th label, starting at the first."""
    return [(i, labels[i]) for i in range(0, len(labels), stride)]


class AxisStrip(pg.GraphicsLayoutWidget):
    """Token labels along one side of a row or column of bare matrix plots.

    In a widget of its own, so the plots of a grid keep equal cell sizes
    whether or not they carry the labels. `orientation` is "left" or "top";
    `link(view_box)` follows that plot's range.
    """

    def __init__(self, orientation: str, title: str = "", parent=None):
        super().__init__(parent)
        self._orientation = orientation
        self._labels: tuple[str, ...] = ()
        self._stride = 0
        self.ci.setContentsMargins(0, 0, 0, 0)
        font = QFont(self.font())
        font.setPointSizeF(max(8.5, font.pointSizeF() * 0.9))
        self._font = font
        self.axis = pg.AxisItem(orientation)
        self.axis.setStyle(tickFont=font, tickLength=-3)
        self.axis.enableAutoSIPrefix(False)
        self.axis.setPen(pg.mkPen(120, 120, 120))
        self.axis.setTextPen(pg.mkPen(20, 20, 20))
        self._title = title
        if title:
            self.axis.setLabel(title, **{"font-size": "9pt"})
        self.addItem(self.axis)
        metrics = QFontMetricsF(font)
        if orientation == "top":
            self.setFixedHeight(int(metrics.height() + 8))
        else:
            self.setMinimumHeight(20)
            self._fit_width()
        self.setSizePolicy(
            QSizePolicy.Policy.Fixed if orientation == "left" else QSizePolicy.Policy.Expanding,
            QSizePolicy.Policy.Expanding if orientation == "left" else QSizePolicy.Policy.Fixed,
        )

    def sizeHint(self) -> QSize:
        return (
            QSize(self.minimumWidth(), 20)
            if self._orientation == "left"
            else QSize(60, self.minimumHeight())
        )

    def link(self, view_box: pg.ViewBox) -> None:
        self.axis.linkToView(view_box)

    def set_title(self, title: str) -> None:
        """The word along the labels (e.g. in another language)."""
        if title != self._title:
            self._title = title
            self.axis.setLabel(title, **{"font-size": "9pt"})

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def set_labels(self, labels) -> None:
        labels = tuple(labels)
        if labels != self._labels:
            self._labels = labels
            if self._orientation == "left":
                self._fit_width()
            self._apply_ticks(force=True)

    def _fit_width(self) -> None:
        metrics = QFontMetricsF(self._font)
        text = max((metrics.horizontalAdvance(t) for t in self._labels), default=12.0)
        title = metrics.height() + 6 if self._title else 0.0
        width = int(text + title + 10)
        self.axis.setWidth(width)
        self.setFixedWidth(width)

    def _apply_ticks(self, force: bool = False) -> None:
        metrics = QFontMetricsF(self._font)
        if self._orientation == "top":
            widths = [metrics.horizontalAdvance(t) for t in self._labels]
            stride = width_stride(widths, self.width())
        else:
            stride = label_stride(len(self._labels), self.height(), metrics.height() + 2.0)
        if force or stride != self._stride:
            self._stride = stride
            self.axis.setTicks([strided_ticks(self._labels, stride), []])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "axis"):
            self._apply_ticks()
