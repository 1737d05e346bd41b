"""The selected query's attention weights as a bar chart over the keys."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from ..core.format import fmt
from ..model import AttentionModel
from ..plotting.colors import HOVER_COLOR, SEQUENTIAL
from .heatmap import PlainPlotWidget, labels_only, mark_containers

pg.setConfigOption("imageAxisOrder", "row-major")

# A mid-dark step of the shared weights colour map, so bars match the weights heatmap.
BAR_COLOR = SEQUENTIAL.map(0.75, mode="qcolor")
TEXT_COLOR = QColor(30, 30, 30)
BAR_WIDTH = 0.6
X_PADDING = 0.02  # of the bars' span, spare on each side
GRID_COLOR = QColor(225, 225, 225)
BASE_COLOR = QColor(110, 110, 110)
TITLE_SIZE = "10pt"


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
        self._rects: list[QRectF] = []

    def set_x_range(self, low: float, high: float) -> None:
        """The visible x range: the grid lines span it."""
        self._x_range = (float(low), float(high))
        self._update_bounds()

    def setData(self, heights, brushes) -> None:  # noqa: N802 (pyqtgraph's name)
        heights = np.asarray(heights, dtype=np.float64).ravel()
        width = self.opts["width"]
        x = np.arange(len(heights), dtype=np.float64)
        self.opts.update(x=x, height=heights, brushes=list(brushes))
        self._rects = [
            QRectF(left, 0.0, width, height).normalized()
            for left, height in zip((x - width / 2).tolist(), heights.tolist(), strict=True)
        ]
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
        for rect, brush in zip(self._rects, self.opts["brushes"], strict=True):
            painter.fillRect(rect, brush)
        painter.setPen(self._base_pen)
        painter.drawLine(QPointF(low, 0.0), QPointF(high, 0.0))


class WeightsBarView(PlainPlotWidget):
    """Bars w_i1 … w_in of the selected query i; the y axis is fixed to [0, 1].

    Public: `plot_item` (for exporting), `bars` (a BarsItem; its
    `opts['height']` are the drawn weights) and `peak_label` (the value of
    the largest bar). Clicking a bar hovers that weight in every view.
    """

    def __init__(self, model: AttentionModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._n = -1
        self._ticks: tuple[str, ...] | None = None
        self._peak: tuple | None = None  # (bar, height) of the labelled bar
        self._build_plot()
        mark_containers(self.plot_item, self.plot_item.titleLabel)
        model.changed.connect(self._on_session_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        self.setMinimumSize(200, 150)
        self._on_session_changed()

    def _build_plot(self) -> None:
        item = self.plot_item
        # A fixed frame: weights always live in [0, 1], so nothing to pan or zoom.
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.disableAutoRange()
        item.setYRange(0.0, 1.0, padding=0.0)
        for side in ("left", "bottom"):
            # Labels only: the grid and the baseline (drawn with the bars) frame
            # the plot, and the axes then stay out of every repaint of the bars.
            labels_only(item.getAxis(side), color=TEXT_COLOR)
        # The 0 and 1 labels reach past the axis' ends; draw them anyway.
        item.getAxis("left").setStyle(hideOverlappingLabels=False)
        item.getAxis("left").setTicks([[(v, fmt(v)) for v in (0.0, 0.25, 0.5, 0.75, 1.0)]])
        item.setLabel("left", self.tr("weight"), color=TEXT_COLOR.name())
        # Grid as plain lines drawn by the bars item: showGrid would make the axis
        # drop the 0 and 1 labels, which sit exactly on the frame.
        self.bars = BarsItem(BAR_WIDTH, grid_levels=(0.25, 0.5, 0.75, 1.0))
        item.addItem(self.bars)
        self._title_font = QFont(self.font())
        self._title_font.setPointSizeF(float(TITLE_SIZE.removesuffix("pt")))
        self.peak_label = pg.TextItem(anchor=(0.5, 1.0), color=TEXT_COLOR)
        item.addItem(self.peak_label)
        self._peak_text = ""
        self._peak_place: tuple | None = None  # (x, height) last given to the label
        self._peak_style: tuple | None = None  # (anchor, colour) last given to it
        self._title_for: tuple | None = None  # (label, set by hand, width) of the title
        self._brushes = (pg.mkBrush(BAR_COLOR), pg.mkBrush(HOVER_COLOR))
        self._title_metrics = QFontMetrics(self._title_font)
        # Whether the value fits inside its bar depends on the bar's width in pixels.
        item.vb.sigResized.connect(self._place_peak_label)

    # -- model → view ------------------------------------------------------
    def _on_session_changed(self) -> None:
        session = self._model.session
        if session.n != self._n:
            self._n = session.n
            # The bars, with 2 % of the width spare on each side.
            spare = X_PADDING * session.n
            low, high = -0.5 - spare, session.n - 0.5 + spare
            self.plot_item.setXRange(low, high, padding=0.0)
            self.bars.set_x_range(low, high)
        # Only new labels: new ticks make the axis lay out every label again.
        if session.labels != self._ticks:
            self._ticks = session.labels
            ticks = [(j, label) for j, label in enumerate(session.labels)]
            self.plot_item.getAxis("bottom").setTicks([ticks])
        self._update_bars()

    def _on_selection_changed(self) -> None:
        self._update_bars()

    def _on_hover_changed(self) -> None:
        self._update_bars()

    def _update_bars(self) -> None:
        result = self._model.result
        i = self._model.selected_query
        weights = result.weights[i]
        hovered = self._model.hovered_key
        normal, hover = self._brushes
        brushes = [hover if j == hovered else normal for j in range(len(weights))]
        self.bars.setData(weights, brushes)

        self._update_title()

        peak = int(np.argmax(weights))
        height = float(weights[peak])
        text = fmt(height)
        if text != self._peak_text:
            self._peak_text = text
            self.peak_label.setText(text)
        self._peak = (peak, height)
        self._place_peak_label()

    def _place_peak_label(self) -> None:
        """The peak's value above its bar; near the top, where above would be cut
        off, inside the bar in white if it fits there, else beside the bar's top
        (the other weights are small then: they sum to less than 0.12)."""
        if self._peak is None:
            return
        peak, height = self._peak
        x, anchor, color = float(peak), (0.5, 1.0), TEXT_COLOR
        if height > 0.88:
            per_px = self.plot_item.vb.viewPixelSize()[0]
            bar_px = BAR_WIDTH / per_px if per_px else 0.0
            # The text without its 4 px margins.
            text_px = self.peak_label.textItem.boundingRect().width() - 8
            if text_px <= bar_px:
                anchor, color = (0.5, 0.0), QColor(255, 255, 255)
            elif peak < self._n - 1 or self._n == 1:
                x, anchor = peak + BAR_WIDTH / 2, (0.0, 0.0)
            else:
                x, anchor = peak - BAR_WIDTH / 2, (1.0, 0.0)
        # Each only when it changed: a drag moves the label, rarely restyles it.
        style = (anchor, color.rgba())
        if style != self._peak_style:
            self._peak_style = style
            self.peak_label.setAnchor(anchor)
            self.peak_label.setColor(color)
        if (x, height) != self._peak_place:
            self._peak_place = (x, height)
            self.peak_label.setPos(x, height)

    def _update_title(self) -> None:
        label = self._model.session.query_labels[self._model.selected_query]
        key = (label, self._model.result.overridden, self.width())
        if key == self._title_for:
            return  # same words, same room: the same title
        self._title_for = key
        if self._model.result.overridden:
            title = self.tr("Weights of query “{label}” (set by hand)").format(label=label)
            short = self.tr("“{label}” (set by hand)").format(label=label)
        else:
            title = self.tr("Weights of query “{label}” (sum = 1)").format(label=label)
            short = self.tr("Weights of “{label}”").format(label=label)
        # pyqtgraph widens the plot to fit its title (centred over the plot area,
        # right of the y axis); in a narrow view say less instead.
        room = self.width() - max(self.plot_item.getAxis("left").width(), 50.0) - 20
        if self._title_metrics.horizontalAdvance(title) + 8 > room:
            title = short
        title = html.escape(title)
        if self.plot_item.titleLabel.text != title:
            self.plot_item.setTitle(title, color=TEXT_COLOR.name(), size=TITLE_SIZE)

    def close(self) -> None:
        # pyqtgraph's close() clears the scene and fails when repeated: stop
        # listening before the items go, and close once.
        if self.closed:
            return
        self._model.changed.disconnect(self._on_session_changed)
        self._model.selectionChanged.disconnect(self._on_selection_changed)
        self._model.hoverChanged.disconnect(self._on_hover_changed)
        super().close()

    def resizeEvent(self, event) -> None:
        # Title first: the base class then lays the plot out to the new width.
        # pyqtgraph resizes during __init__ and while closing (items already gone).
        if getattr(self, "_n", -1) >= 0 and not self.closed:
            self._update_title()
        super().resizeEvent(event)

    # -- view → model ------------------------------------------------------
    def _on_scene_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.plot_item.vb.mapSceneToView(event.scenePos())
        j = int(round(point.x()))
        if 0 <= j < self._model.session.n and abs(point.x() - j) <= 0.5 and point.y() >= 0:
            self._model.set_hover(("weights", self._model.selected_query, j))
        else:
            self._model.set_hover(None)
        event.accept()
