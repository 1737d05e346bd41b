"""The selected query's attention weights as a bar chart over the keys."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF

from ..core.format import fmt
from ..i18n import is_language_change
from ..model import AttentionModel, Change
from ..plotting.axes import labels_only, strided_ticks, width_stride
from ..plotting.bars import BarsItem
from ..plotting.colors import HOVER_COLOR, SEQUENTIAL
from ..plotting.plot_widget import PlainPlotWidget, mark_containers
from ..plotting.titles import CORNER_ROOM, clear_corner_title

# A mid-dark step of the shared weights colour map, so bars match the weights heatmap.
BAR_COLOR = SEQUENTIAL.map(0.75, mode="qcolor")
TEXT_COLOR = QColor(30, 30, 30)
BAR_WIDTH = 0.6
X_PADDING = 0.02  # of the bars' span, spare on each side
TITLE_SIZE = "10pt"


class WeightsBarView(PlainPlotWidget):
    """Bars w_i1 … w_in of the selected query i; the y axis is fixed to [0, 1].

    Public: `plot_item` (for exporting), `bars` (a BarsItem; its
    `opts['height']` are the drawn weights) and `peak_label` (the value of
    the largest bar). Clicking a bar hovers that weight in every view.
    """

    def __init__(self, model: AttentionModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._peak: tuple | None = None  # (bar, height) of the labelled bar
        self._labels: tuple[str, ...] = ()
        self._label_widths: list[float] = []
        self._label_stride = 1
        self._build_plot()
        self.plot_item.vb.sigResized.connect(self._on_view_box_resized)
        clear_corner_title(self.plot_item)  # the title keeps clear of the export button
        mark_containers(self.plot_item, self.plot_item.titleLabel)
        model.changed.connect(self._on_model_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        self.setMinimumSize(200, 150)
        self._on_model_changed(Change.everything())

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
        self._label_axis()
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

    def _label_axis(self) -> None:
        item = self.plot_item
        item.getAxis("left").setTicks([[(v, fmt(v)) for v in (0.0, 0.25, 0.5, 0.75, 1.0)]])
        item.setLabel("left", self.tr("weight"), color=TEXT_COLOR.name())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and not self.closed:
            self._label_axis()
            self._title_for = self._peak_text = None  # new words, new decimal separator
            self._update_bars()
        super().changeEvent(event)

    # -- model → view ------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        session = self._model.session
        if change.shapes or change.loaded:
            # The bars, with 2 % of the width spare on each side.
            spare = X_PADDING * session.n
            low, high = -0.5 - spare, session.n - 0.5 + spare
            self.plot_item.setXRange(low, high, padding=0.0)
            self.bars.set_x_range(low, high)
        # Only new labels: new ticks make the axis lay out every label again.
        if change.touches("labels") or change.shapes or change.loaded:
            axis = self.plot_item.getAxis("bottom")
            metrics = QFontMetricsF(axis.style["tickFont"] or self.font())
            self._labels = session.labels
            self._label_widths = [metrics.horizontalAdvance(label) for label in session.labels]
            self._apply_label_ticks(force=True)
        if "weights" in change.matrices or change.layout:
            self._update_bars()

    def _apply_label_ticks(self, force: bool = False) -> None:
        """Every token under its bar when the labels fit, else every k-th one (never touching)."""
        stride = width_stride(self._label_widths, self.plot_item.vb.width())
        if force or stride != self._label_stride:
            self._label_stride = stride
            self.plot_item.getAxis("bottom").setTicks([strided_ticks(self._labels, stride)])

    def _on_view_box_resized(self, _view_box) -> None:
        if self._labels:
            self._apply_label_ticks()

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
        n = self._model.session.n
        x, anchor, color = float(peak), (0.5, 1.0), TEXT_COLOR
        if height > 0.88:
            per_px = self.plot_item.vb.viewPixelSize()[0]
            bar_px = BAR_WIDTH / per_px if per_px else 0.0
            # The text without its 4 px margins.
            text_px = self.peak_label.textItem.boundingRect().width() - 8
            if text_px <= bar_px:
                anchor, color = (0.5, 0.0), QColor(255, 255, 255)
            elif peak < n - 1 or n == 1:
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
        room = self.width() - max(self.plot_item.getAxis("left").width(), 50.0) - CORNER_ROOM
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
        self._model.changed.disconnect(self._on_model_changed)
        self._model.selectionChanged.disconnect(self._on_selection_changed)
        self._model.hoverChanged.disconnect(self._on_hover_changed)
        super().close()

    def resizeEvent(self, event) -> None:
        # Title first: the base class then lays the plot out to the new width.
        # pyqtgraph resizes during __init__ and while closing (items already gone).
        if getattr(self, "_title_metrics", None) is not None and not self.closed:
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
