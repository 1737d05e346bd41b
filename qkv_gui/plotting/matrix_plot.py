"""The one matrix plot: every heatmap of the app (main window, Compare, Train, SVD).

A matrix as a coloured image (the one value→colour rule), its numbers in one
font size per plot, row and column labels thinned out when they would
overlap, a hatched background under masked cells, outlines, the step-through
trace, and optionally a title and a colour bar. Every item is made once; new
numbers repaint only the block of cells that changed.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsView, QToolTip

from ..core.format import exact
from ..core.levels import bar_ticks
from . import colors
from .axes import cached_axes, label_stride, labels_only, strided_ticks, width_stride
from .cell_text import CellTextItem
from .color_bar import ColorBar
from .image import MaskedBackground, MatrixImageItem
from .outline import OutlineItem
from .plot_widget import mark_containers
from .titles import OverhangingTitle, TitleLabel, replace_title
from .trace_item import TraceItem, cell_rect

QWIDGETSIZE_MAX = float((1 << 24) - 1)  # Qt's "no maximum"
TITLE_COLOR = "#141414"
AXIS_TITLE_SIZE = "9pt"
SEPARATOR_PEN = (30, 30, 30)
# A labelled plot's cells are at most this many times taller than wide: a
# one-row matrix in a tall place is a row of cells, not a row of tall bars
# (taller rows of a bigger matrix still read as a table, and use the room).
MAX_CELL_ASPECT = 2.0
MAX_ONE_ROW_ASPECT = 1.25
MIN_CAPPED_CELLS_HEIGHT = 72.0  # pixels: a capped plot still has room for its colour bar


class MatrixPlot(pg.GraphicsLayoutWidget):
    """A labelled heatmap of any matrix; it knows nothing of sessions or the model.

    `sequential` picks the colour map: [0, 1] (weights) or diverging round 0.
    `sides`: the axes that carry labels ("left", "top"; none for a bare plot
    in a grid beside an `AxisStrip`). `title_size` (None: no title),
    `overhanging_title` (titles never set the width: plots side by side stay
    equal), `color_bar`, `font_size` = (smallest pt, scale of the app's font).

    Public items: `plot_item` (exporters), `view_box` (links), `image_item`,
    `text_item`, `title_label`, `color_bar`, `trace_item`.
    """

    def __init__(
        self,
        sequential: bool,
        *,
        sides: tuple[str, ...] = ("left", "top"),
        title_size: str | None = "10pt",
        title_height: int = 26,
        overhanging_title: bool = False,
        color_bar: bool = False,
        font_size: tuple[float, float] = (9.0, 1.0),
        size_hint: tuple[int, int] = (120, 60),
        parent=None,
    ):
        super().__init__(parent)
        self._sequential = sequential
        self._levels: tuple[float, float] = (0.0, 1.0) if sequential else (-1.0, 1.0)
        self._decimals: int | None = None
        self._shape: tuple[int, int] = (0, 0)
        self._rows: tuple[str, ...] = ()
        self._cols: tuple[str, ...] = ()
        self._title = ""
        self._axis_titles: dict[str, str] = {}
        self._hidden_axis_titles: set[str] = set()
        self._size_hint = QSize(*size_hint)
        # Pixels one tick label needs along its axis, and the label stride in use.
        self._tick_room = {"left": 16.0}
        self._col_widths: list[float] = []  # of the column labels, in the axis font
        self._strides: dict[str, int] = {}
        # A plain white background: filling it is cheaper than pyqtgraph's cached pixmap.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setBackground("w")
        font = QFont(self.font())
        smallest, scale = font_size
        font.setPointSizeF(max(smallest, font.pointSizeF() * scale))
        self._axis_font = font
        self._sides = tuple(side for side in ("left", "top") if side in sides)

        plot = self.plot_item = self.ci.addPlot(row=0, col=0, axisItems=cached_axes(*self._sides))
        # Cell (i, j) at (j, i), row 0 on top, no padding, no mouse pan or zoom or menu.
        plot.setDefaultPadding(0.0)
        plot.invertY(True)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        self.view_box: pg.ViewBox = plot.getViewBox()
        self.view_box.disableAutoRange()
        plot.hideAxis("bottom")
        for side in ("left", "top"):
            if side in self._sides:
                plot.showAxis(side)
                axis = plot.getAxis(side)
                labels_only(axis, font)
                axis.enableAutoSIPrefix(False)  # else a 1-row matrix gets "(x0.001)"
            else:
                plot.hideAxis(side)

        self.title_label: TitleLabel | None = None
        if title_size is not None:
            kind = OverhangingTitle if overhanging_title else TitleLabel
            self.title_label = replace_title(
                plot, kind("", size=title_size, color=TITLE_COLOR), title_height
            )
        elif not self._sides:
            # Bare cells, so an AxisStrip next to it lines up to the pixel.
            self.ci.setContentsMargins(0, 0, 0, 0)
            plot.layout.setContentsMargins(0, 0, 0, 0)

        self.background = MaskedBackground()
        self.background.setZValue(-10)
        self.background.setVisible(False)
        plot.addItem(self.background, ignoreBounds=True)

        self.image_item = MatrixImageItem(axisOrder="row-major")
        # Cell (row, col) covers [col ± 0.5] × [row ± 0.5]: ticks sit on cell centres.
        self.image_item.setPos(-0.5, -0.5)
        self.image_item.setLookupTable(colors.SEQUENTIAL_LUT if sequential else colors.DIVERGING_LUT)
        # Data before a colour bar binds: levels set on an empty ImageItem are
        # deferred and would overwrite the first real setImage(levels=...).
        self.image_item.setImage(np.zeros((1, 1), dtype=np.float32), levels=self._levels)
        plot.addItem(self.image_item)

        self.text_item = CellTextItem()
        self.text_item.setZValue(10)
        plot.addItem(self.text_item, ignoreBounds=True)

        self.trace_item = TraceItem()
        plot.addItem(self.trace_item, ignoreBounds=True)
        self._separator: pg.InfiniteLine | None = None

        self.color_bar: ColorBar | None = None
        if color_bar:
            self.color_bar = ColorBar(
                values=self._levels,
                width=10,
                colorMap=colors.SEQUENTIAL if sequential else colors.DIVERGING,
                interactive=False,
                colorMapMenu=False,
            )
            self.color_bar.setImageItem(self.image_item, insert_in=plot)
            self.color_bar.axis.setStyle(tickFont=font)
            self.color_bar.axis.setTextPen(pg.mkPen(20, 20, 20))
            self._label_color_bar()
        mark_containers(self.ci, plot, self.title_label, self.color_bar)
        self.ci.layout.setAlignment(plot, Qt.AlignmentFlag.AlignTop)
        self.view_box.sigResized.connect(self._on_view_box_resized)

    def sizeHint(self) -> QSize:
        # Small by default: in a scroll area a grid of these asks only for its
        # minimum and then grows into whatever room there is.
        return QSize(self._size_hint)

    # -- data ----------------------------------------------------------------
    def set_matrix(self, values: np.ndarray, levels: tuple[float, float], decimals: int | None = None,
                   masked: bool | None = None) -> None:
        """Show `values` (float, NaN = masked) coloured within `levels`, the numbers with
        `decimals` decimals (None: `format.decimals_for` them); `masked`: whether any
        value is NaN, when the caller knows (None: looked for).

        Compared with the numbers on show: when only some changed and nothing
        else did, only their block of cells repaints (one row, while dragging);
        when none changed, nothing does.
        """
        # As few passes over the values as can be: at n = 512 a matrix has 262 144.
        values = np.ascontiguousarray(values, dtype=np.float64)
        levels = (float(levels[0]), float(levels[1]))
        # NaN and ±inf reach the min or the max: two reads, no temporary array.
        has_masked = masked if masked is not None else (
            bool(values.size) and not (math.isfinite(values.min()) and math.isfinite(values.max())))
        shown = self.text_item.values if self.image_item.isVisible() else None
        changed = None
        # A matrix too large for numbers repaints whole: its image is rendered whole
        # anyway, and finding the changed cells was passes over it for a smaller repaint.
        if shown is not None and shown.shape == values.shape and self.text_item.may_draw(values.size):
            changed = shown != values  # NaN != NaN: masked cells are compared below
            if has_masked and changed.any():
                changed &= ~(np.isnan(shown) & np.isnan(values))
            if levels == self._levels and not changed.any() and decimals == self._decimals:
                return
        data = values
        rows, cols = data.shape
        dirty = None  # the changed cells' box, view coordinates, if that is all
        if (
            changed is not None
            and changed.any()
            and levels == self._levels
            and (rows, cols) == self._shape
            and has_masked == self.background.isVisible()
            and self.image_item.isVisible()
        ):
            changed_rows = np.flatnonzero(changed.any(axis=1))
            changed_cols = np.flatnonzero(changed.any(axis=0))
            top, left = int(changed_rows[0]), int(changed_cols[0])
            dirty = QRectF(left, top, int(changed_cols[-1]) - left + 1, int(changed_rows[-1]) - top + 1)
        self.image_item.set_matrix(data, levels, dirty=dirty, masked=has_masked)
        if levels != self._levels:
            self._levels = levels
            if self.color_bar is not None:
                self.color_bar.setLevels(levels, update_items=False)
                self._label_color_bar()
        if (rows, cols) != self._shape:
            self._shape = (rows, cols)
            self.background.set_rect(QRectF(-0.5, -0.5, cols, rows))
            # Only on a shape change, so linked views are not fought on every update.
            self.view_box.setLimits(xMin=-0.5, xMax=cols - 0.5, yMin=-0.5, yMax=rows - 0.5)
            self.view_box.setRange(xRange=(-0.5, cols - 0.5), yRange=(-0.5, rows - 0.5), padding=0)
            self._cap_cell_height()
        if self.background.isVisible() != has_masked:
            self.background.setVisible(has_masked)
        for item in (self.image_item, self.text_item):
            if not item.isVisible():
                item.setVisible(True)
        # Shades only when the numbers are drawn: a big matrix has none.
        self.text_item.set_data(
            values,
            sequential=self._sequential,
            levels=levels,
            dirty=None if dirty is None else dirty.translated(-0.5, -0.5),
            decimals=decimals,
        )
        self._decimals = decimals

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LocaleChange:  # the language changed: its decimal separator too
            self.text_item.reformat()
            if self.color_bar is not None:
                self._label_color_bar()
        super().changeEvent(event)

    def _label_color_bar(self) -> None:
        """Labels at the ends of the range (and 0): it reads as the nice numbers it is."""
        self.color_bar.axis.setTicks([[(v, exact(v, 4)) for v in bar_ticks(*self._levels)], []])

    def set_empty(self) -> None:
        """Nothing to show (e.g. the matrix cannot be computed).

        Not `clear`: GraphicsLayoutWidget binds `clear` to its layout's, which
        would remove the plot itself.
        """
        for item in (self.image_item, self.text_item, self.background, self._separator):
            if item is not None:
                item.setVisible(False)

    def set_labels(self, rows, cols) -> None:
        """Token labels of the rows (left) and columns (top); every k-th when crowded."""
        rows, cols = tuple(rows), tuple(cols)
        if rows == self._rows and cols == self._cols:
            return
        metrics = QFontMetricsF(self._axis_font)
        if rows != self._rows:
            self._rows = rows
            self._tick_room["left"] = metrics.height() + 2.0
        if cols != self._cols:
            self._cols = cols
            self._col_widths = [metrics.horizontalAdvance(c) for c in cols]
        self._apply_ticks(force=True)

    def set_axis_titles(self, left: str | None = None, top: str | None = None) -> None:
        """The words beside the labels ("query", "key", …), set only when they change."""
        for side, text in (("left", left), ("top", top)):
            if side in self._hidden_axis_titles:
                continue
            if text is not None and side in self._sides and self._axis_titles.get(side) != text:
                self._axis_titles[side] = text
                self.plot_item.setLabel(side, text, **{"font-size": AXIS_TITLE_SIZE})

    def hide_axis_title(self, side: str) -> None:
        """No words beside that side's labels: in a small window the cells need the room."""
        self._hidden_axis_titles.add(side)
        self._axis_titles.pop(side, None)
        if side in self._sides:
            self.plot_item.getAxis(side).showLabel(False)

    def set_title(self, title: str) -> None:
        if title != self._title:
            self._title = title
            if self.title_label is not None:
                self.title_label.setText(html.escape(title))

    def set_separator(self, after_row: int | None) -> None:
        """A line between rows `after_row` and `after_row + 1` (None: no line)."""
        if self._separator is None:
            if after_row is None:
                return
            self._separator = pg.InfiniteLine(angle=0, pen=pg.mkPen(*SEPARATOR_PEN, width=2))
            self._separator.setZValue(20)
            self.plot_item.addItem(self._separator, ignoreBounds=True)
        if after_row is None:
            self._separator.setVisible(False)
        else:
            self._separator.setPos(after_row + 0.5)
            self._separator.setVisible(True)

    def add_outline(self, color: QColor, width: float, z: float, inset: float | None = None) -> OutlineItem:
        """A new outline (hidden) on this plot; show it with `show_outline`."""
        outline = OutlineItem(color, width, z, inset)
        self.plot_item.addItem(outline, ignoreBounds=True)
        return outline

    @staticmethod
    def show_outline(outline: OutlineItem, rect: QRectF | None) -> None:
        """Outline `rect` (view coordinates), or hide the outline when None."""
        if rect is not None:
            outline.setRect(rect)
        outline.setVisible(rect is not None)

    def row_rect(self, row: int) -> QRectF | None:
        """Row `row` across the matrix (view coordinates), None outside it."""
        rows, cols = self._shape
        return QRectF(-0.5, row - 0.5, cols, 1.0) if 0 <= row < rows else None

    def col_rect(self, col: int) -> QRectF | None:
        rows, cols = self._shape
        return QRectF(col - 0.5, -0.5, 1.0, rows) if 0 <= col < cols else None

    def set_trace(self, target: tuple[int, int] | None, sources=()) -> None:
        """The step-through trace on this matrix: `target` framed, `sources` tinted."""
        self.trace_item.set_cells(target, sources)

    def set_annotations(self, enabled: bool | None) -> None:
        """Show (True), hide (False) or choose from the cell size (None) the cell values."""
        self.text_item.set_enabled(enabled)

    # -- the exact value under the mouse ----------------------------------------
    def mouseMoveEvent(self, ev) -> None:
        super().mouseMoveEvent(ev)
        cell = self.cell_at(self.mapToScene(ev.position().toPoint()))
        text = "" if cell is None else self.value_tooltip(*cell)
        if text != self.text_item.toolTip():
            # On an item: the scene shows the tooltip of the item under the mouse.
            self.text_item.setToolTip(text)
            if QToolTip.isVisible():
                QToolTip.showText(ev.globalPosition().toPoint(), text, self.viewport())

    def value_tooltip(self, row: int, col: int) -> str:
        """"cat, sat: 2.6×10⁻²⁴": the cell's labels and its exact value (the cell may read 0.000)."""
        values = self.text_item.values
        if values is None or not (0 <= row < values.shape[0] and 0 <= col < values.shape[1]):
            return ""
        labels = [labels[i] for labels, i in ((self._rows, row), (self._cols, col)) if i < len(labels)]
        return ", ".join(labels) + (": " if labels else "") + exact(values[row, col])

    # -- reading ---------------------------------------------------------------
    @staticmethod
    def cell_rect(row: int, col: int) -> QRectF:
        """Cell (row, col) in view (data) coordinates."""
        return cell_rect(row, col)

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The (row, col) under a scene position, or None outside the matrix."""
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.view_box.mapSceneToView(scene_pos)
        row, col = math.floor(point.y() + 0.5), math.floor(point.x() + 0.5)
        rows, cols = self._shape
        if 0 <= row < rows and 0 <= col < cols:
            return row, col
        return None

    def col_label_at(self, scene_pos: QPointF) -> int | None:
        """The column whose label on the top axis is under a scene position, or None."""
        axis = self.plot_item.getAxis("top")
        if "top" not in self._sides or not axis.sceneBoundingRect().contains(scene_pos):
            return None
        col = math.floor(self.view_box.mapSceneToView(scene_pos).x() + 0.5)
        return col if 0 <= col < self._shape[1] else None

    @property
    def shape(self) -> tuple[int, int]:
        return self._shape

    def displayed_matrix(self) -> np.ndarray | None:
        """The data the image shows (NaN where masked), None when empty."""
        return self.image_item.image if self.image_item.isVisible() else None

    def levels(self) -> tuple[float, float]:
        return self._levels

    def title(self) -> str:
        return self._title

    def row_labels(self) -> tuple[str, ...]:
        return self._rows

    def col_labels(self) -> tuple[str, ...]:
        return self._cols

    def annotation_texts(self) -> list[str]:
        """The strings drawn on the cells, row by row."""
        return self.text_item.texts

    def annotations_visible(self) -> bool:
        """Whether cell values are drawn at the current size."""
        px_w, px_h = self.view_box.viewPixelSize()
        if not px_w or not px_h:
            return False
        return self.text_item.text_pixel_size(1.0 / px_w, 1.0 / px_h) is not None

    # -- ticks -------------------------------------------------------------------
    def _apply_ticks(self, force: bool = False) -> None:
        """Every label when they fit, else every k-th one."""
        sides = (
            ("left", self._rows, self.view_box.height()),
            ("top", self._cols, self.view_box.width()),
        )
        for side, labels, length in sides:
            if side not in self._sides:
                continue
            if side == "top":  # thinned only where labels of these widths would touch
                stride = width_stride(self._col_widths, length)
            else:
                stride = label_stride(len(labels), length, self._tick_room[side])
            if force or stride != self._strides.get(side):
                self._strides[side] = stride
                self.plot_item.getAxis(side).setTicks([strided_ticks(labels, stride), []])

    def _on_view_box_resized(self, _view_box) -> None:
        self._cap_cell_height()
        self._apply_ticks()

    def _cap_cell_height(self) -> None:
        """Keep cells at most MAX_CELL_ASPECT times taller than wide: the plot is
        no taller than that needs and sits at the top of its place. Bare plots
        (beside an AxisStrip) keep their height, to line up with it."""
        rows, cols = self._shape
        if not self._sides or not rows or not cols:
            return
        plot, box = self.plot_item, self.view_box
        width, height = box.width(), box.height()
        if width <= 0 or height <= 0:
            return
        # What the plot needs besides its cells (title, axis) stays as it is.
        aspect = MAX_ONE_ROW_ASPECT if rows == 1 else MAX_CELL_ASPECT
        cells = max(rows * aspect * width / cols, MIN_CAPPED_CELLS_HEIGHT)
        cap = plot.height() - height + cells
        limit = cap if cap < self.height() - 0.5 else QWIDGETSIZE_MAX
        if abs(plot.maximumHeight() - limit) > 0.5:
            plot.setMaximumHeight(limit)
