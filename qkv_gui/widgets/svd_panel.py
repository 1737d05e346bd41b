"""The SVD topic space: I = U Σ Vᵀ, keep the top m directions, W_Q = W_K = V_m in one click.

The panel shows the singular values of the inputs (the share of Σ σ² per
direction), the inputs in the topic space (their coordinates on v₁ and v₂),
and the compatibility between the inputs before and after projecting them onto
V_m, so a learner sees similar items line up. Every number comes from
`core.svd`; this module only formats and draws.
"""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import svd
from ..core.format import fmt
from ..core.levels import nice_ceil
from ..i18n import is_language_change
from ..model import AttentionModel
from ..plotting import colors
from ..plotting.axes import cached_axes
from ..plotting.color_bar import ColorBar
from ..plotting.matrix_plot import MatrixPlot
from ..plotting.panel_layout import PANEL_MIN_WIDTH, intro_and_scroll
from ..plotting.point_labels import PointNames
from ..plotting.seen import SeenRefresh
from ..plotting.titles import clear_corner_title

if TYPE_CHECKING:
    from ..workbench import Workbench

TEXT_COLOR = QColor(30, 30, 30)
GUIDE_COLOR = QColor(110, 110, 110)
KEPT_COLOR = colors.SEQUENTIAL.map(0.75, mode="qcolor")
DROPPED_COLOR = QColor(200, 200, 200)
# One colour per topic an input leans on most (ColorBrewer Set1: red, blue, green).
TOPIC_COLORS = (QColor(215, 48, 39), QColor(49, 130, 189), QColor(77, 175, 74))
# One brush object per colour: pyqtgraph caches a rendered point per brush object,
# so fresh brushes on every edit would redraw (and keep) every point's symbol anew.
TOPIC_BRUSHES = tuple(pg.mkBrush(color) for color in TOPIC_COLORS)
# Most point names and σ labels drawn; more would only overlap.
MAX_NAMED_POINTS = 40
MAX_LABELLED_BARS = 12
BAR_WIDTH = 0.6
POINT_SIZE = 11
RING_SIZE = POINT_SIZE + 9  # the selected point's ring
DEFAULT_M = 2
# Singular values this far below the largest are rounding noise: shown as 0.
ZERO_SIGMA = 1e-10
COLOR_BAR_HEIGHT = 32  # the shared colour bar under the two heatmaps, with its scale
PICTURE_HEIGHT = 150  # the singular values and the scatter, side by side
PICTURE_MAX_HEIGHT = 190
# From this width the panel shows two columns: controls and pictures | the comparison.
WIDE_PANEL = 640
# Heatmaps with at most this many rows (seq2seq: the decoder states) are stacked, one
# above the other, so their many columns get the panel's width.
STACK_ROWS = 3
HEATMAP_FRAME, HEATMAP_ROW = 54, 22  # a heatmap's title and column names; each row
# Stacked, the lower heatmap shares the column names above it: its frame is the title.
HEATMAP_TITLE_FRAME = 28
NEW_SYMBOL = "star"  # new vectors (decoder states) in the scatter


def _style_axes(item: pg.PlotItem, sides=("left", "bottom")) -> None:
    for side in sides:
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(GUIDE_COLOR))
        axis.setTextPen(pg.mkPen(TEXT_COLOR))
        axis.enableAutoSIPrefix(False)


def _fixed_plot(item: pg.PlotItem) -> None:
    """No pan, zoom or context menu: the panel chooses what is shown."""
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.disableAutoRange()


class SvdPanel(QWidget):
    """The SVD of the inputs and the topic-space projection W_Q = W_K = V_m.

    Public: `m_spin` (keep the top m directions), `use_button`, `kind_combo`
    (compatibility kind, "cosine" or "dot"), `bars_plot`/`bars` (energy % per
    direction), `scatter_plot`/`scatter` (inputs on v₁, v₂), `compat_view`
    with `before_plot`/`before_image` and `after_plot`/`after_image`;
    `m`, `set_m(m)`, `use_topic_projection()`, `singular_values()`,
    `energy_percent()`, `scatter_points()`, `compatibility_before()`,
    `compatibility_after()`. Its plots are registered with the workbench for export.
    """

    def __init__(self, model: AttentionModel, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._s = np.zeros(0)
        self._bar_brushes = (pg.mkBrush(KEPT_COLOR), pg.mkBrush(DROPPED_COLOR))
        self._points = np.zeros((0, 2))
        self._compared: svd.Compared | None = None
        self._bar_texts: list[pg.TextItem] = []

        # No intro above the body: the lesson's controls and numbers come first. The
        # sentence explains the two SVD pictures, so it stands above them.
        column, self.scroll_area = intro_and_scroll(self, None)
        self.about_label = QLabel()  # its words: _retranslate
        self.about_label.setWordWrap(True)
        self.about_label.setMinimumWidth(1)

        self._column = column
        self._wide: bool | None = None
        self.bars_plot = pg.PlotWidget(background="w", axisItems=cached_axes("left", "bottom"))
        self.bars_plot.setMinimumHeight(PICTURE_HEIGHT)
        self.bars_plot.setMaximumHeight(PICTURE_MAX_HEIGHT)

        self.m_spin = QSpinBox()
        self.m_spin.setRange(0, 0)  # set from the inputs' dimension on the first update
        self.kept_label = QLabel()
        keep_row = QHBoxLayout()
        self._keep_label = QLabel()
        keep_row.addWidget(self._keep_label)
        keep_row.addWidget(self.m_spin)
        keep_row.addWidget(self.kept_label, 1)

        self.use_button = QPushButton()
        self.in_use_label = QLabel()
        self.in_use_label.setStyleSheet("color: #1b7f3b;")
        # Wrapped, so a long translation never widens the panel past its dock.
        for label in (self.in_use_label, self.kept_label):
            label.setWordWrap(True)
            label.setMinimumWidth(1)
        use_row = QHBoxLayout()
        use_row.addWidget(self.use_button)
        use_row.addWidget(self.in_use_label, 1)

        # What keeping m of d numbers buys: the score table's multiplications.
        self.cost_label = QLabel()
        self.cost_label.setWordWrap(True)
        self.cost_label.setStyleSheet("color: #505050;")

        self.scatter_plot = pg.PlotWidget(background="w", axisItems=cached_axes("left", "bottom"))
        self.scatter_plot.setMinimumHeight(PICTURE_HEIGHT)
        self.scatter_plot.setMaximumHeight(PICTURE_MAX_HEIGHT)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem("", "cosine")
        self.kind_combo.addItem("", "dot")
        kind_row = QHBoxLayout()
        self._kind_label = QLabel()
        kind_row.addWidget(self._kind_label)
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)

        # Two new vectors (seq2seq's first two decoder states) before and after V_m.
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        self.pair_label.setTextFormat(Qt.TextFormat.RichText)
        self.pair_label.hide()

        # What a lesson acts with (m, the button), then what it reads less often.
        self.controls, self.details = QWidget(), QWidget()
        for widget, rows in ((self.controls, (keep_row, use_row)), (self.details, (kind_row, self.cost_label))):
            layout = QVBoxLayout(widget)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(4)
            for row in rows:
                if isinstance(row, QWidget):
                    layout.addWidget(row)
                else:
                    layout.addLayout(row)

        # The two pictures of the SVD side by side, so they take one row.
        self.pictures = QWidget()
        pictures = QHBoxLayout(self.pictures)
        pictures.setContentsMargins(0, 0, 0, 0)
        pictures.setSpacing(4)
        pictures.addWidget(self.bars_plot, 1)  # equal halves: room for each title
        pictures.addWidget(self.scatter_plot, 1)

        self.compat_view = QWidget()
        self._body = QGridLayout()
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(6)
        column.addLayout(self._body)
        column.addStretch(1)
        self._place_parts(wide=False)

        self.setMinimumWidth(PANEL_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self._build_bars()
        self._build_scatter()
        self._build_compatibility()
        self._retranslate()
        bench.register_export_target("svd.bars_plot", self.bars_plot)
        bench.register_export_target("svd.scatter_plot", self.scatter_plot)

        self.m_spin.valueChanged.connect(self._on_m_spin_value_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_index_changed)
        self.use_button.clicked.connect(self.use_topic_projection)
        # Behind the geometry tab most of the time: redraw only while seen.
        self.when_seen = SeenRefresh(self, self._refresh)
        model.changed.connect(self.when_seen.request)
        model.selectionChanged.connect(self.when_seen.request)
        model.hoverChanged.connect(self.when_seen.request)
        self.when_seen.run()

    def _retranslate(self) -> None:
        """The panel's fixed words, in the language now set (the rest follows the session)."""
        self.about_label.setText(self.tr(
            "I = U Σ Vᵀ: each right singular vector v_k is a direction the inputs vary "
            "along (a “topic”); σ_k² says how much of the inputs lies along it."))
        self.m_spin.setToolTip(self.tr(
            "How many topic directions to keep: V_m holds the first m right singular vectors, "
            "so a projected vector has m numbers."))
        self._keep_label.setText(self.tr("Keep the top m directions:"))
        self.use_button.setToolTip(self.tr(
            "Set W_Q = W_K = V_m (and W_V = identity) and turn the projections on, as one "
            "undo step: attention then compares the inputs in the topic space."))
        self.scatter_plot.setToolTip(self.tr(
            "Each input x at (x·v₁, x·v₂): its strength in the first two topics. "
            "The colour is the topic it leans on most."))
        self.kind_combo.setItemText(0, self.tr("cosine"))
        self.kind_combo.setItemText(1, self.tr("dot product"))
        self.kind_combo.setToolTip(self.tr(
            "How to compare two inputs: cosine = direction only (−1 … 1), dot = direction and length."))
        self._kind_label.setText(self.tr("Compatibility of the inputs:"))
        bars = self.bars_plot.getPlotItem()
        # Short titles: each plot is half the panel's width.
        bars.setTitle(self.tr("Singular values"), color=TEXT_COLOR.name(), size="9pt")
        bars.setLabel("left", self.tr("energy %"), color=TEXT_COLOR.name())
        bars.getAxis("left").setTicks([[(v, fmt(v)) for v in (0, 25, 50, 75, 100)]])
        scatter = self.scatter_plot.getPlotItem()
        scatter.setTitle(self.tr("Topic space"), color=TEXT_COLOR.name(), size="9pt")
        scatter.setLabel("bottom", self.tr("topic 1: x·v₁"), color=TEXT_COLOR.name())
        scatter.setLabel("left", self.tr("topic 2: x·v₂"), color=TEXT_COLOR.name())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "when_seen"):
            self._retranslate()
            self.when_seen.run_everything()  # its texts now, even behind another tab
        super().changeEvent(event)

    # -- building (once) ---------------------------------------------------
    def _build_bars(self) -> None:
        self._small_font = QFont(self.font())
        self._small_font.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        item = self.bars_plot.getPlotItem()
        clear_corner_title(item)  # the title keeps clear of the export button
        _fixed_plot(item)
        _style_axes(item)
        item.getAxis("left").setStyle(hideOverlappingLabels=False)
        for level in (25, 50, 75, 100):
            item.addItem(pg.InfiniteLine(pos=level, angle=0, pen=pg.mkPen(230, 230, 230)))
        # Room above a full bar for its two-line label.
        item.setYRange(0, 125, padding=0)
        self.bars = pg.BarGraphItem(
            x=np.zeros(0),
            height=np.zeros(0),
            width=BAR_WIDTH,
            brushes=[],
            pen=pg.mkPen(255, 255, 255, 0),
        )
        item.addItem(self.bars)

    def _build_scatter(self) -> None:
        item = self.scatter_plot.getPlotItem()
        clear_corner_title(item)
        item.setAspectLocked(True, ratio=1.0)  # one unit per topic strength on both axes
        item.setMenuEnabled(False)
        item.hideButtons()
        item.disableAutoRange()
        _style_axes(item)
        for angle in (0, 90):
            item.addItem(pg.InfiniteLine(pos=(0, 0), angle=angle, pen=pg.mkPen(205, 205, 205)))
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(255, 255, 255))
        item.addItem(self.scatter)
        # One name per spot, clear of the selection ring, the largest mark around a point.
        self.point_names_item = PointNames(item, TEXT_COLOR, POINT_SIZE / 2 + 1, RING_SIZE / 2)
        # Rings for the selected query and the hovered key, as in every other view.
        self.selection_ring = pg.ScatterPlotItem(
            size=RING_SIZE, brush=None, pen=pg.mkPen(colors.SELECTION_COLOR, width=2.5)
        )
        self.hover_ring = pg.ScatterPlotItem(
            size=POINT_SIZE + 5, brush=None, pen=pg.mkPen(colors.HOVER_COLOR, width=2.0)
        )
        for ring in (self.selection_ring, self.hover_ring):
            item.addItem(ring)

    def _build_compatibility(self) -> None:
        # Side by side with titles that may overhang, so both heatmaps keep the
        # same width and cell size whatever their titles.
        self.before_plot, self.after_plot = (
            MatrixPlot(
                False,
                title_size="9pt",
                title_height=22,
                overhanging_title=True,
                font_size=(8.5, 0.9),
            )
            for _ in range(2)
        )
        self.before_image, self.after_image = self.before_plot.image_item, self.after_plot.image_item
        self.before_title, self.after_title = self.before_plot.title_label, self.after_plot.title_label
        # Under both plots, one scale for the two.
        bar_view = pg.GraphicsLayoutWidget()
        bar_view.setBackground("w")
        bar_view.ci.setContentsMargins(2, 0, 2, 2)
        bar_view.setFixedHeight(COLOR_BAR_HEIGHT)
        self.color_bar = ColorBar(
            values=(-1.0, 1.0),
            width=10,
            colorMap=colors.DIVERGING,
            interactive=False,
            colorMapMenu=False,
            orientation="horizontal",
        )
        bar_view.addItem(self.color_bar)
        font = QFont(self.font())
        font.setPointSizeF(max(8.5, font.pointSizeF() * 0.9))
        self.color_bar.axis.setStyle(tickFont=font)
        self.color_bar.axis.setTextPen(pg.mkPen(TEXT_COLOR))
        self._bar_view = bar_view
        self._compat_grid = QGridLayout(self.compat_view)
        self._compat_grid.setContentsMargins(0, 0, 0, 0)
        self._compat_grid.setSpacing(2)
        self._stacked: bool | None = None
        self._place_heatmaps(stacked=False)

    def _place_heatmaps(self, stacked: bool) -> None:
        """Before and after side by side (square tables), or one above the other (flat
        tables: a few new vectors against many), each then as wide as the panel."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        grid = self._compat_grid
        for widget in (self.before_plot, self.after_plot, self._bar_view):
            grid.removeWidget(widget)
        if stacked:
            grid.addWidget(self.before_plot, 0, 0)
            grid.addWidget(self.after_plot, 1, 0)
            grid.addWidget(self._bar_view, 2, 0)
            grid.setColumnStretch(1, 0)
            grid.setRowStretch(1, 1)
            self.after_plot.plot_item.hideAxis("top")  # the same columns as just above
        else:
            grid.addWidget(self.before_plot, 0, 0)
            grid.addWidget(self.after_plot, 0, 1)
            grid.addWidget(self._bar_view, 1, 0, 1, 2)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(1, 0)
            self.after_plot.plot_item.showAxis("top")
        # Flat tables have narrow cells: a smaller font rather than fewer decimals, so
        # before and after read alike (0.99, not 1.0).
        for plot in (self.before_plot, self.after_plot):
            plot.set_annotations(True if stacked else None)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(0, 1)

    def _parts(self) -> tuple[QWidget, ...]:
        return (self.controls, self.pair_label, self.compat_view, self.details, self.about_label,
                self.pictures)

    def _place_parts(self, wide: bool) -> None:
        """Narrow: the controls, the two vectors' numbers, the comparison, then the rest
        and the two SVD pictures, one column (the lesson's part first, in view in a short
        dock). Wide: controls and pictures left, the comparison right, all in view at once."""
        if wide == self._wide:
            return
        self._wide = wide
        body = self._body
        for widget in self._parts():
            body.removeWidget(widget)
        if wide:
            for row, widget in enumerate((self.controls, self.details, self.about_label, self.pictures)):
                body.addWidget(widget, row, 0)
            body.addWidget(self.pair_label, 0, 1)
            body.addWidget(self.compat_view, 1, 1, 3, 1)
            body.setColumnStretch(1, 1)
        else:
            for row, widget in enumerate(self._parts()):
                body.addWidget(widget, row, 0)
            body.setColumnStretch(1, 0)
        body.setColumnStretch(0, 1)

    def lesson_height(self, width: int) -> int:
        """The panel's height at `width` that shows its lesson part whole: the controls,
        the two vectors' numbers and both heatmaps with their colour bar (narrow layout)."""
        if self.when_seen.stale:  # the lesson's session may not be drawn yet
            self.when_seen.run()
        margins = self.scroll_area.widget().layout().contentsMargins()
        # The pictures below always make the body scroll: its bar takes from the width.
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        inner = width - bar - margins.left() - margins.right()
        self._compat_grid.invalidate()  # the heatmaps' minimum heights may just have changed
        parts = [self.controls.layout().totalHeightForWidth(inner),
                 self._compat_grid.totalMinimumSize().height()]
        if not self.pair_label.isHidden():
            parts.append(self.pair_label.heightForWidth(inner))
        outer = self.layout()
        above = sum(outer.itemAt(i).sizeHint().height() for i in range(outer.count() - 1))
        return (above + margins.top() + margins.bottom() + sum(parts)
                + self._body.spacing() * (len(parts) - 1))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_parts(wide=event.size().width() >= WIDE_PANEL)

    # -- public ------------------------------------------------------------
    @property
    def model(self) -> AttentionModel:
        return self._model

    @property
    def m(self) -> int:
        return self.m_spin.value()

    def set_m(self, m: int) -> None:
        self.m_spin.setValue(int(m))

    def singular_values(self) -> np.ndarray:
        """σ_1 ≥ σ_2 ≥ … of the inputs, as shown."""
        return self._s.copy()

    def energy_percent(self) -> np.ndarray:
        """The bar heights: 100 · σ_k² / Σ σ²."""
        return np.asarray(self.bars.opts["height"], dtype=np.float64)

    def scatter_points(self) -> np.ndarray:
        """The scatter's points (n × 2): each input's coordinates on v₁ and v₂."""
        x, y = self.scatter.getData()
        return np.column_stack([x, y]).astype(np.float64)

    def point_names(self) -> list[str]:
        """The labels beside the scatter's points, one per spot ("s2, Bob"; none when there are many)."""
        return self.point_names_item.texts()

    def bar_labels(self) -> list[str]:
        """The σ and share labels shown above the bars (none when there are many)."""
        return [label.textItem.toPlainText() for label in self._bar_texts if label.isVisible()]

    def compatibility_before(self) -> np.ndarray:
        return np.asarray(self.before_image.image, dtype=np.float64)

    def compatibility_after(self) -> np.ndarray:
        return np.asarray(self.after_image.image, dtype=np.float64)

    def use_topic_projection(self) -> bool:
        """W_Q = W_K = V_m from the SVD of the inputs, projections on: one undo step."""
        m = self.m
        try:
            session = svd.apply_topic_projection(self._model.session, m)
        except ValueError as error:
            self._model.message.emit(str(error))
            return False
        return self._model.apply(
            session, self.tr("Use the topic space: W_Q = W_K = V_{m}").format(m=m)
        )

    # -- model → view ------------------------------------------------------
    def _refresh(self) -> None:
        """Catch up with the model: the SVD when the inputs changed, the rings always."""
        if self.when_seen.changed("inputs", "labels", "decoder", "mode"):
            self._update_svd()
        self._update_in_use()
        self._update_rings()

    def _update_svd(self) -> None:
        session = self._model.session
        space = svd.topic_space(session.inputs)
        d = session.d
        self._s = space.s
        with QSignalBlocker(self.m_spin):
            first = self.m_spin.maximum() == 0
            self.m_spin.setRange(1, d)
            if first:
                self.m_spin.setValue(min(DEFAULT_M, d))
        self._compared = svd.compared_vectors(session)
        self._update_bars()

        compared = self._compared
        count = len(compared.labels)
        coords = compared.vectors @ space.projection(min(2, d))
        if coords.shape[1] == 1:  # one-dimensional inputs: the points lie on the first axis
            coords = np.column_stack([coords[:, 0], np.zeros(count)])
        self._points = coords
        # New vectors (decoder states) lean on a topic too: the larger of their two strengths.
        topics = [int(t) for t in np.argmax(np.abs(coords[: compared.new]), axis=1)]
        topics += list(svd.topics_from_svd(session.inputs, 2))
        brushes = [TOPIC_BRUSHES[t % len(TOPIC_BRUSHES)] for t in topics]
        symbols = [NEW_SYMBOL] * compared.new + ["o"] * (count - compared.new)
        sizes = [POINT_SIZE + 6] * compared.new + [POINT_SIZE] * (count - compared.new)
        self.scatter.setData(
            x=coords[:, 0].astype(np.float32), y=coords[:, 1].astype(np.float32), brush=brushes,
            symbol=symbols, size=sizes,
        )
        self._fit_scatter(coords)
        # Beyond a few dozen points the names only cover each other (and each costs a
        # text item to move on every edit): the points alone, like a heatmap's numbers.
        self.point_names_item.set_points(coords, compared.labels if count <= MAX_NAMED_POINTS else ())
        self._update_compatibility()

    def _update_bars(self) -> None:
        s = self._s
        r = len(s)
        m = self.m
        # Per-direction share from the kept share of the top k directions.
        kept = [svd.explained_energy(s, k) for k in range(r + 1)]
        energy = np.array([100.0 * (kept[k + 1] - kept[k]) for k in range(r)])
        kept_brush, dropped_brush = self._bar_brushes
        brushes = [kept_brush if k < m else dropped_brush for k in range(r)]
        self.bars.setOpts(
            x=np.arange(r, dtype=np.float32),
            height=energy.astype(np.float32),
            width=BAR_WIDTH,
            brushes=brushes,
        )
        item = self.bars_plot.getPlotItem()
        item.setXRange(-0.5, max(r, 1) - 0.5, padding=0.04)
        stride = max(1, math.ceil(r / MAX_LABELLED_BARS))  # names that fit under the bars
        item.getAxis("bottom").setTicks([[(k, f"v{k + 1}") for k in range(0, r, stride)]])
        texts = self._pool(self._bar_texts, r if r <= MAX_LABELLED_BARS else 0, item, (0.5, 1.0),
                           self._small_font)
        biggest = float(s[0]) if r else 0.0
        for k, text_item in enumerate(texts):
            sigma = 0.0 if s[k] <= ZERO_SIGMA * biggest else float(s[k])
            # σ alone: the bars sit in half the panel; the axis and the "keeps" line give %.
            text = fmt(sigma, 2)
            if text_item.textItem.toPlainText() != text:
                text_item.setText(text)
            text_item.setPos(k, float(energy[k]))
        share = fmt(100.0 * svd.explained_energy(s, m), 1)
        self.kept_label.setText(self.tr("keeps {share} % of Σ σ²").format(share=share))
        self.use_button.setText(self.tr("Use as W_Q = W_K = V_{m}").format(m=m))
        session = self._model.session
        kept, full = svd.score_cost(session, m)
        self.cost_label.setText(
            self.tr(
                "Scores with m = {m} numbers per query and key: {queries}·{keys}·{m} = {kept} "
                "multiplications instead of {queries}·{keys}·{d} = {full}."
            ).format(m=m, queries=session.m, keys=session.n, d=session.d, kept=kept, full=full)
        )

    def _pool(
        self,
        pool: list[pg.TextItem],
        count: int,
        item: pg.PlotItem,
        anchor: tuple[float, float],
        font: QFont | None = None,
    ) -> list[pg.TextItem]:
        """The first `count` labels of `pool`, growing it once when there are more inputs."""
        while len(pool) < count:
            label = pg.TextItem(anchor=anchor, color=TEXT_COLOR)
            if font is not None:
                label.setFont(font)
            item.addItem(label, ignoreBounds=True)
            pool.append(label)
        for index, label in enumerate(pool):
            label.setVisible(index < count)
        return pool[:count]

    def _fit_scatter(self, coords: np.ndarray) -> None:
        """Frame the points and the origin, with room for the labels above them and to the right."""
        x = np.append(coords[:, 0], 0.0)
        y = np.append(coords[:, 1], 0.0)
        span = max(float(np.ptp(x)), float(np.ptp(y)), 1e-9)
        pad = 0.12 * span
        self.scatter_plot.getPlotItem().setRange(
            xRange=(x.min() - pad, x.max() + 2 * pad),
            yRange=(y.min() - pad, y.max() + 2 * pad),
            padding=0,
        )

    def _update_compatibility(self) -> None:
        session = self._model.session
        compared = self._compared
        kind = self.kind_combo.currentData()
        m = self.m
        rows = compared.rows
        before = svd.compatibility(compared.vectors, kind)[:rows]
        projected = compared.vectors @ svd.topic_projection(session.inputs, m)
        after = svd.compatibility(projected, kind)[:rows]
        if kind == "cosine":
            levels = (-1.0, 1.0)
        else:
            limit = nice_ceil(max(colors.symmetric_limit(before), colors.symmetric_limit(after)))
            levels = (-limit, limit)
        self._place_heatmaps(stacked=rows <= STACK_ROWS and len(compared.labels) > rows)
        # Room for every row's numbers, whatever the panel's height.
        for plot in (self.before_plot, self.after_plot):
            frame = HEATMAP_TITLE_FRAME if plot is self.after_plot and self._stacked else HEATMAP_FRAME
            plot.setMinimumHeight(frame + HEATMAP_ROW * rows)
        decimals = 2 if kind == "cosine" else None  # before and after alike: 0.99, not 1.0
        for plot, values in ((self.before_plot, before), (self.after_plot, after)):
            plot.set_matrix(values, levels, decimals)
            plot.set_labels(compared.labels[:rows], compared.labels)
        self.color_bar.setLevels(levels, update_items=False)
        name = self.tr("cos") if kind == "cosine" else self.tr("dot")
        self.before_plot.set_title(self.tr("before: {name}(x_i, x_j)").format(name=name))
        self.after_plot.set_title(
            self.tr("after: {name}(x_i·V_{m}, x_j·V_{m})").format(name=name, m=m)
        )
        self._update_pair()

    def _update_pair(self) -> None:
        """The two new vectors, raw and in the topic space: the numbers the lesson is about."""
        pair = svd.new_pair(self._model.session, self.m)
        if pair is None:
            self.pair_label.hide()
            return
        text = self.tr(
            "{a} and {b}: raw dot product {dot}, cos {raw} → in the topic space (m = {m}) "
            "cos <b>{topic}</b>"
        ).format(
            a=html.escape(pair.first), b=html.escape(pair.second), dot=fmt(pair.raw_dot, 2),
            raw=fmt(pair.raw_cosine, 2), m=self.m, topic=fmt(pair.topic_cosine, 2),
        )
        if self.pair_label.text() != text:
            self.pair_label.setText(text)
        self.pair_label.show()

    def pair_text(self) -> str:
        """The line comparing the two new vectors (empty when it is hidden)."""
        return self.pair_label.text() if self.pair_label.isVisibleTo(self) else ""

    def _update_in_use(self) -> None:
        """Say when the session already measures compatibility in this topic space."""
        m = svd.uses_topic_space(self._model.session)
        text = "" if m is None else self.tr("in use: W_Q = W_K = V_{m} ✓").format(m=m)
        if self.in_use_label.text() != text:
            self.in_use_label.setText(text)

    def _update_rings(self) -> None:
        points = self._points
        count = len(points)
        new = self._compared.new if self._compared is not None else 0
        query = self._model.selected_query
        # Seq2seq: the queries are the decoder states, drawn first (stars) when they fit.
        mode = self._model.session.mode
        index = query if (mode == "self" or new) and 0 <= query < count else None
        if index is not None:
            self.selection_ring.setData(pos=points[index : index + 1].astype(np.float32))
        else:
            self.selection_ring.setData(pos=np.zeros((0, 2), dtype=np.float32))
        key = self._model.hovered_key
        if key is not None and 0 <= new + key < count:
            self.hover_ring.setData(pos=points[new + key : new + key + 1].astype(np.float32))
        else:
            self.hover_ring.setData(pos=np.zeros((0, 2), dtype=np.float32))

    # -- view → model ------------------------------------------------------
    def _on_m_spin_value_changed(self, _m: int) -> None:
        if not len(self._s):  # not drawn yet: the first refresh does it all
            return
        self._update_bars()
        self._update_compatibility()

    def _on_kind_combo_index_changed(self, _index: int) -> None:
        if len(self._s):
            self._update_compatibility()
