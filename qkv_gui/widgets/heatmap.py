"""Heatmaps of the result matrices (queries, keys, values, scores, weights, context).

`HeatmapView` shows one matrix of `model.result` as a pyqtgraph image with token
labels on the axes, a colour bar, the value of every cell written on it, and
the linked selection (query row) and hover (key) outlines shared by all views.
Every plot item is created once; a model change only feeds new data to them.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsView

from ..core.compute import RESULT_MATRICES
from ..core.format import fmt
from ..model import KEY_COL_MATRICES, KEY_ROW_MATRICES, QUERY_ROW_MATRICES, AttentionModel
from ..plotting import colors

# Idempotent: the app sets the same options; row-major so image[row, col] is cell (row, col).
pg.setConfigOptions(imageAxisOrder="row-major", background="w", foreground="k", antialias=True)

# Automatic annotations: hidden when the matrix is large or its cells are too small to read.
MAX_ANNOTATED_CELLS = 400
MIN_CELL_HEIGHT = 16.0
MIN_CELL_WIDTH = 28.0
# Pixel sizes of the annotation font; below the minimum a number is not readable.
MIN_TEXT_PX = 10
MAX_TEXT_PX = 15
# A single text too wide for its cell may shrink to this; smaller, it is left out.
MIN_SQUEEZED_PX = 7
TEXT_PADDING = 8.0
MASKED_COLOR = QColor(230, 230, 230)
MASKED_HATCH_COLOR = QColor(190, 190, 190)
HOVER_CELL_COLOR = QColor(30, 30, 30)
AXIS_GAP = 6  # pixels between a tick label and the image


def nice_ceil(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ x (x > 0)."""
    if not x > 0 or not math.isfinite(x):
        return 1.0
    power = 10.0 ** math.floor(math.log10(x))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * power >= x * (1.0 - 1e-12):
            return step * power
    return 10.0 * power


def track_limit(current: float | None, largest: float) -> float:
    """Half-width L of a diverging colour range that follows |max| without jumping.

    Grows at once when the data leave (−L, L), so no value is ever clipped;
    shrinks only when the data use less than half of it. Both land on a nice
    number with 10 % headroom, so a drag step rarely moves the colours.
    """
    if current is None or largest > current or largest < current / 2:
        return nice_ceil(max(largest, 1e-9) * 1.1)
    return current


# Text shades of the cell values: on bright cells, on dark cells, on masked cells.
DARK_TEXT, LIGHT_TEXT, MASKED_TEXT = 0, 1, 2
_SHADE_COLORS = (
    colors.text_color_on(QColor(255, 255, 255)),
    colors.text_color_on(QColor(0, 0, 0)),
    QColor(110, 110, 110),
)
_SHADE_TABLES: dict[bool, np.ndarray] = {}


def text_shades(values: np.ndarray, kind: str, levels: tuple[float, float]) -> np.ndarray:
    """DARK_TEXT / LIGHT_TEXT / MASKED_TEXT per cell: `text_color_on` of the cell's colour.

    The colour index is computed as in `colors.cell_color`, vectorised; the
    choice per lookup-table entry is made once per colour map.
    """
    sequential = colors.is_sequential(kind)
    table = _SHADE_TABLES.get(sequential)
    if table is None:
        lut = colors.lut_for(kind)
        table = np.array(
            [
                DARK_TEXT
                if colors.text_color_on(QColor(int(r), int(g), int(b))) == _SHADE_COLORS[0]
                else LIGHT_TEXT
                for r, g, b in lut[:, :3]
            ],
            dtype=np.int8,
        )
        _SHADE_TABLES[sequential] = table
    low, high = levels
    values = np.asarray(values, dtype=np.float64)
    nan = np.isnan(values)
    masked = bool(nan.any())
    t = (values - low) / (high - low)  # ±inf end up at the ends, as the colours do
    np.clip(t, 0.0, 1.0, out=t)
    t *= 255
    t += 0.5
    if masked:
        t[nan] = 0.0
    index = t.astype(np.int64)
    np.minimum(index, 255, out=index)
    shades = table[index]
    if masked:
        shades[nan] = MASKED_TEXT
    return shades


class CellTextItem(pg.GraphicsObject):
    """Every cell's value drawn by one item, centred and sized from the on-screen cell.

    Paints in device pixels (the painter's transform is reset), so the text is
    neither stretched by non-square cells nor flipped by the inverted y axis.
    One size for all cells, from the cell size and the widest text; a text that
    still does not fit gets a smaller size, down to a limit, else is left out.
    The texts (and shades) are made lazily, and after an edit only for the cells
    that changed: a matrix too big to annotate never formats its numbers, and a
    drag step formats and lays out only the numbers it changed.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shape = (0, 0)
        self._values: np.ndarray | None = None
        self._texts: list[str] | None = []
        self._widths: list[float] = []  # of each text, for a 1 px font
        # The last texts made, and the values they were made from (to redo only
        # the changed ones).
        self._made_texts: list[str] | None = None
        self._text_values: np.ndarray | None = None
        self._shades: np.ndarray | None = np.zeros(0, dtype=np.int8)
        self._shade_list: list[int] | None = None
        # (kind, levels) to compute the shades from, when they were not given.
        self._shade_args: tuple[str, tuple[float, float]] | None = None
        self._enabled: bool | None = None
        self._fonts: dict[int, QFont] = {}
        self._baselines: dict[int, float] = {}  # per font px, see _baseline
        # Advance width of each text for a 1 px font (text widths scale linearly).
        self._unit_widths: dict[str, float] = {}
        self._metrics: QFontMetricsF | None = None  # of the 100 px font
        self._char_widths: dict[str, float] = {}  # advance of each character, 1 px font
        self._widest: float | None = None
        # Per cell, what paint draws: (font px, text, half w, baseline) or None,
        # for the font size and room in `_entries_key`, made from `_entries_texts`.
        self._entries: list[tuple | None] = []
        self._entries_key: tuple[int, int] | None = None
        self._entries_texts: list[str] | None = None
        self._by_text: dict[str, tuple | None] = {}
        # Cell size (device pixels) and font size of the last paint; None: not painted yet.
        self._last_cell: tuple[float, float] | None = None
        self._last_px: int | None = None
        # The exposed rect tells which cells a partial repaint must draw.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    # -- data ------------------------------------------------------------
    def set_data(
        self,
        values: np.ndarray,
        shades: np.ndarray | None = None,
        *,
        kind: str | None = None,
        levels: tuple[float, float] | None = None,
        dirty: QRectF | None = None,
    ) -> None:
        """New values (any float array) and their `text_shades`; repaints once.

        Instead of `shades`, `kind` and `levels` may be given: the shades are
        then computed only when the numbers are drawn. `dirty` (view
        coordinates) says that only the cells in it changed, with the same
        levels: only they repaint, unless the font size changes with them.
        """
        values = np.asarray(values, dtype=np.float64)
        shade_args = None if shades is not None else (kind or "scores", levels or (-1.0, 1.0))
        if values.shape != self._shape or shades is not None or shade_args != self._shade_args:
            dirty = None
        if values.shape != self._shape:
            self.prepareGeometryChange()
            self._shape = values.shape
        old = self._values
        if old is None or old.shape != values.shape or not np.array_equal(old, values, equal_nan=True):
            self._values = values
            self._texts = None
            self._widest = None
        if shades is not None:
            self._shades, self._shade_args = shades.ravel(), None
        else:
            self._shades, self._shade_args = None, shade_args
        self._shade_list = None
        if dirty is None or self._last_cell is None:
            self.update()
            return
        px = self.text_pixel_size(*self._last_cell)
        if px is None and self._last_px is None:
            pass  # no numbers drawn, before or now: nothing to repaint
        elif px == self._last_px:
            self.update(dirty)
        else:
            self.update()  # a new widest text: every number changes size

    def set_enabled(self, enabled: bool | None) -> None:
        """True: always draw; False: never; None: only when the numbers are readable."""
        self._enabled = enabled
        self.update()

    @property
    def enabled(self) -> bool | None:
        return self._enabled

    @property
    def texts(self) -> list[str]:
        """The strings drawn, row by row."""
        return list(self._all_texts())

    def _all_texts(self) -> list[str]:
        if self._texts is None:
            values = self._values.ravel()
            old = self._text_values
            if old is not None and old.shape == values.shape:
                # A drag step changes some cells: format (and measure) only those.
                texts, widths = list(self._made_texts), list(self._widths)
                same = (old == values) | (np.isnan(old) & np.isnan(values))
                changed = np.flatnonzero(~same)
                for index, value in zip(changed.tolist(), values[changed].tolist(), strict=True):
                    texts[index] = text = fmt(value)
                    widths[index] = self._unit_width(text)
            else:
                texts = [fmt(v) for v in values.tolist()]
                widths = [self._unit_width(text) for text in texts]
            self._texts = self._made_texts = texts
            self._widths, self._text_values = widths, values
        return self._texts

    def _all_shades(self) -> np.ndarray:
        if self._shades is None:
            kind, levels = self._shade_args
            self._shades = text_shades(self._values, kind, levels).ravel()
        return self._shades

    def _count(self) -> int:
        return 0 if self._values is None else int(self._values.size)

    # -- layout ----------------------------------------------------------
    def _font(self, px: int) -> QFont:
        font = self._fonts.get(px)
        if font is None:
            font = self._fonts[px] = QFont()
            font.setPixelSize(px)
        return font

    def _unit_width(self, text: str) -> float:
        width = self._unit_widths.get(text)
        if width is None:
            if len(self._unit_widths) > 4096:  # a long session of drags: start afresh
                self._unit_widths.clear()
            # The sum of its characters' advances: numbers have no kerning worth
            # measuring, and a drag step makes dozens of new numbers.
            chars = self._char_widths
            width = 0.0
            for char in text:
                advance = chars.get(char)
                if advance is None:
                    if self._metrics is None:
                        self._metrics = QFontMetricsF(self._font(100))
                    advance = chars[char] = self._metrics.horizontalAdvance(char) / 100.0
                width += advance
            self._unit_widths[text] = width
        return width

    def text_pixel_size(self, cell_w: float, cell_h: float) -> int | None:
        """Font pixel size for cells of `cell_w` × `cell_h` device pixels, or None to hide."""
        if self._enabled is False or not self._count():
            return None
        automatic = self._enabled is None
        if automatic and (
            self._count() > MAX_ANNOTATED_CELLS
            or cell_h < MIN_CELL_HEIGHT
            or cell_w < MIN_CELL_WIDTH
        ):
            return None
        if cell_h < 6 or cell_w < 8:
            return None
        if self._widest is None:
            self._all_texts()
            self._widest = max(self._widths)
        px = int(min(cell_h * 0.55, MAX_TEXT_PX, (cell_w - TEXT_PADDING) / self._widest))
        return max(px, MIN_TEXT_PX if automatic else MIN_SQUEEZED_PX)

    def boundingRect(self) -> QRectF:
        rows, cols = self._shape
        return QRectF(-0.5, -0.5, cols, rows)

    def _baseline(self, px: int) -> float:
        """From a text's vertical centre down to its baseline, for a `px` pixel font."""
        offset = self._baselines.get(px)
        if offset is None:
            metrics = QFontMetricsF(self._font(px))
            offset = self._baselines[px] = (metrics.ascent() - metrics.descent()) / 2
        return offset

    def _entry(self, text: str, px: int, room: float) -> tuple | None:
        """(font px, text, half its width, centre-to-baseline) for `text`, or None:
        too wide to draw.

        Drawn with drawText, not a QStaticText: a number is mostly drawn once
        (the next drag step changes it), and preparing a static text for it
        costs twice what drawing it directly does."""
        entry = self._by_text.get(text, False)
        if entry is False:
            unit = self._unit_width(text)
            size_px = min(px, int(room / max(unit, 1e-6)))
            # Too small: colour alone; the number would spill into its neighbours.
            if size_px < MIN_SQUEEZED_PX:
                entry = None
            else:
                entry = (size_px, text, unit * size_px / 2, self._baseline(size_px))
            self._by_text[text] = entry
        return entry

    def _cell_entries(self, px: int, room: float) -> list[tuple | None]:
        """What to draw in each cell; after an edit only the changed cells are redone."""
        texts = self._all_texts()
        key = (px, round(room))
        old_texts = self._entries_texts
        if key != self._entries_key or old_texts is None or len(old_texts) != len(texts):
            self._entries_key, self._by_text = key, {}
            self._entries = [self._entry(text, px, room) for text in texts]
        elif old_texts is not texts:
            if len(self._by_text) > 4096:
                self._by_text = {}
            entries = self._entries
            for index, (old, text) in enumerate(zip(old_texts, texts, strict=True)):
                if old is not text and old != text:
                    entries[index] = self._entry(text, px, room)
        self._entries_texts = texts
        return self._entries

    def paint(self, painter, *args) -> None:
        if not self._count():
            return
        t = painter.transform()
        origin = t.map(QPointF(0.0, 0.0))
        step_x = t.map(QPointF(1.0, 0.0)) - origin
        step_y = t.map(QPointF(0.0, 1.0)) - origin
        cell_w = math.hypot(step_x.x(), step_x.y())
        cell_h = math.hypot(step_y.x(), step_y.y())
        px = self.text_pixel_size(cell_w, cell_h)
        self._last_cell, self._last_px = (cell_w, cell_h), px
        if px is None:
            return
        entries = self._cell_entries(px, cell_w - TEXT_PADDING)
        if self._shade_list is None:
            self._shade_list = self._all_shades().tolist()
        shades = self._shade_list
        rows, cols = self._shape
        # Only the cells in the exposed part (a row or two, after an edit).
        first_row, last_row, first_col, last_col = 0, rows - 1, 0, cols - 1
        option = args[0] if args else None
        exposed = getattr(option, "exposedRect", None)
        if exposed is not None and not exposed.isEmpty():
            first_row = max(first_row, math.floor(exposed.top()))
            last_row = min(last_row, math.ceil(exposed.bottom()))
            first_col = max(first_col, math.floor(exposed.left()))
            last_col = min(last_col, math.ceil(exposed.right()))
        ox, oy = origin.x(), origin.y()
        xx, xy, yx, yy = step_x.x(), step_x.y(), step_y.x(), step_y.y()
        # Per shade, where each text goes (device pixels) and in which size.
        by_shade: tuple[list, ...] = tuple([] for _ in _SHADE_COLORS)
        columns = range(first_col, last_col + 1)
        for row in range(first_row, last_row + 1):
            start = row * cols
            row_x, row_y = ox + row * yx, oy + row * yy  # the row's cell 0 centre
            for col in columns:
                entry = entries[start + col]
                if entry is not None:
                    size_px, text, half_w, baseline = entry
                    by_shade[shades[start + col]].append((
                        row_x + col * xx - half_w, row_y + col * xy + baseline, size_px, text
                    ))
        painter.save()
        painter.resetTransform()
        current = None
        for shade, cells in enumerate(by_shade):
            if not cells:
                continue
            painter.setPen(_SHADE_COLORS[shade])
            for x, y, size_px, text in cells:
                if size_px != current:
                    painter.setFont(self._font(size_px))
                    current = size_px
                painter.drawText(QPointF(x, y), text)
        painter.restore()


class MatrixImageItem(pg.ImageItem):
    """An ImageItem that renders a float matrix with a 256-entry RGB lookup table
    straight to a 32-bit QImage.

    pyqtgraph would make an Indexed8 (or, with NaN, a non-premultiplied RGBA)
    image, which the raster engine draws scaled about ten times slower; these
    formats are its fast path. NaN cells are transparent, as in pyqtgraph.
    Anything else (no levels, a callable or non-RGB lookup table, …) is
    rendered by pyqtgraph itself.
    """

    _dirty: QRectF | None = None
    _lut_words: tuple[np.ndarray, np.ndarray] | None = None  # (lookup table, its words)

    def _words(self, lut: np.ndarray) -> np.ndarray:
        """The lookup table as opaque 0xAARRGGBB words (what Format_RGB32 stores)."""
        cached = self._lut_words
        if cached is None or cached[0] is not lut:
            rgb = lut.astype(np.uint32)
            words = (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)
            cached = self._lut_words = (lut, words)
        return cached[1]

    def set_matrix(self, data: np.ndarray, levels, dirty: QRectF | None = None) -> None:
        """setImage(data, levels=levels); `dirty` (image coordinates, one unit a
        cell) says only those cells changed, so only they repaint."""
        self._dirty = dirty
        try:
            self.setImage(data, levels=levels)
        finally:
            self._dirty = None

    def update(self, *args) -> None:
        if not args and self._dirty is not None:
            super().update(self._dirty)
        else:
            super().update(*args)

    def paint(self, painter, *args) -> None:
        # What pyqtgraph's paint does for a row-major image without a border or
        # paint mode, minus its bookkeeping. The painter is already clipped to
        # the part being repainted (after an edit often one row).
        if (
            self.image is None
            or self.axisOrder != "row-major"
            or self.paintMode is not None
            or self.border is not None
        ):
            super().paint(painter, *args)
            return
        if self._renderRequired:
            self.render()
            if self._unrenderable:
                return
        rows, cols = self.image.shape[:2]
        painter.drawImage(QRectF(0.0, 0.0, cols, rows), self.qimage)

    def render(self) -> None:
        image, lut, levels = self.image, self.lut, self.levels
        if (
            image is None
            or image.ndim != 2
            or image.size == 0
            or image.dtype.kind != "f"
            or levels is None
            or np.ndim(levels) != 1
            or self.autoDownsample
            or self.axisOrder != "row-major"
            or not isinstance(lut, np.ndarray)
            or lut.dtype != np.uint8
            or lut.ndim != 2
            or lut.shape[1] != 3
        ):
            super().render()
            return
        low, high = float(levels[0]), float(levels[1])
        span = (high - low) or 1.0
        # As pyqtgraph's rescale: (x - low) · colours / span, clipped, truncated.
        scaled = (image.astype(np.float32) - np.float32(low)) * np.float32(len(lut) / span)
        nan = np.isnan(scaled)
        has_nan = bool(nan.any())
        if has_nan:
            scaled[nan] = 0.0
        np.clip(scaled, 0, len(lut) - 1, out=scaled)
        # One 32-bit word per pixel, 0xAARRGGBB: a single lookup makes the image.
        pixels = self._words(lut)[scaled.astype(np.uint8)]
        if has_nan:
            pixels[nan] = 0  # premultiplied transparent
            fmt_ = QImage.Format.Format_ARGB32_Premultiplied
        else:
            fmt_ = QImage.Format.Format_RGB32
        self.qimage = pg.functions.ndarray_to_qimage(pixels, fmt_)
        self._renderRequired = False
        self._unrenderable = False


class _MaskedBackground(pg.GraphicsObject):
    """Light grey, hatched rectangle under the image: NaN (masked) cells are transparent
    in the ImageItem, so this is what shows through them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rect = QRectF()
        self._hatch = QBrush(MASKED_HATCH_COLOR, Qt.BrushStyle.BDiagPattern)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(self, painter, *args) -> None:
        device_rect = painter.transform().mapRect(self._rect)
        painter.save()
        # Device space, so the hatch keeps its pixel spacing whatever the cell size.
        painter.resetTransform()
        painter.fillRect(device_rect, MASKED_COLOR)
        painter.fillRect(device_rect, self._hatch)
        painter.restore()


class OutlineItem(QGraphicsRectItem):
    """A rectangle outline drawn just inside its rect, `inset` device pixels in.

    Inside, so the outline of an edge row is not half cut off by the view's
    clipping, and a cell outline stays visible within a row/column outline.
    """

    def __init__(self, color: QColor, width: float, z: float, inset: float | None = None):
        super().__init__()
        self.setPen(pg.mkPen(color, width=width))  # mkPen is cosmetic: width in pixels
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(z)
        self.setVisible(False)
        self._inset = width / 2 if inset is None else inset

    def paint(self, painter, option, widget=None) -> None:
        device_rect = painter.transform().mapRect(self.rect())
        # Never more than a quarter of the rect, so tiny cells still get a small box.
        d = min(self._inset, device_rect.width() / 4, device_rect.height() / 4)
        painter.save()
        painter.resetTransform()
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(device_rect.adjusted(d, d, -d, -d))
        painter.restore()


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


def cached_axes(*sides: str) -> dict[str, CachedAxisItem]:
    """axisItems= for a PlotItem: cached-bounds axes on `sides` (a PlotItem shows
    every axis it is given: give only those on show)."""
    return {side: CachedAxisItem(side) for side in sides}


class TitleLabel(pg.LabelItem):
    """A LabelItem whose text may be wider than the label (centred, overhanging)
    instead of forcing the layout wider: titles stay whole in narrow views."""

    def updateMin(self) -> None:
        super().updateMin()
        self.setMinimumWidth(0)
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, self.itemRect().height())


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


def mark_containers(*items) -> None:
    """Tell Qt these layout items (layouts, plots, labels) draw nothing themselves.

    Qt then no longer asks them for their bounding rect, in Python, on every
    repaint of the view (their children still paint as before).
    """
    for item in items:
        if item is not None:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)


class ColorBar(pg.ColorBarItem):
    """A ColorBarItem whose four axes (the frame and the scale) keep their
    bounding rects (CachedAxisItem): pyqtgraph's work them out in Python
    several times in every repaint of the heatmap beside them."""

    def setAxisItems(self, axisItems=None) -> None:  # noqa: N802, N803 (pyqtgraph's names)
        if axisItems is None:
            axisItems = cached_axes("left", "right", "top", "bottom")  # noqa: N806
        super().setAxisItems(axisItems)


class PlainPlotWidget(pg.PlotWidget):
    """A PlotWidget on white with cached-bounds left and bottom axes, and
    `plot_item`. No background cache: filling plain white is cheaper than
    pyqtgraph's cached pixmap on every repaint."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems=cached_axes("left", "bottom"))
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.plot_item: pg.PlotItem = self.getPlotItem()


def add_matrix_plot(
    widget: pg.GraphicsLayoutWidget,
    axis_items: dict | None = None,
    title_size: str | None = "10pt",
    title_height: int = 26,
) -> tuple[pg.PlotItem, TitleLabel | None]:
    """A plot in `widget` for a matrix image: cell (i, j) at (j, i), row 0 on
    top, no padding, no mouse pan or zoom, no pyqtgraph buttons or menu.

    With a `title_size`, its title is our own TitleLabel over the whole width
    (axes and colour bar included), which never forces the plot wider.
    """
    plot = widget.addPlot(row=0, col=0, axisItems=axis_items)
    plot.setDefaultPadding(0.0)
    plot.invertY(True)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.getViewBox().disableAutoRange()
    title = None
    if title_size is not None:
        plot.layout.removeItem(plot.titleLabel)
        title = TitleLabel("", size=title_size, color="#141414")
        plot.layout.addItem(title, 0, 0, 1, 6)
        plot.layout.setRowFixedHeight(0, title_height)
    return plot, title


class HeatmapView(pg.GraphicsLayoutWidget):
    """One result matrix of `model` (`name` in RESULT_MATRICES) as a labelled heatmap.

    Public for the main window: `plot_item` (exporters), `view_box` (axis links),
    `image_item`, `color_bar`, `text_item`; `set_annotations(None | bool)`.
    """

    def __init__(self, model: AttentionModel, name: str, parent=None):
        super().__init__(parent)
        if name not in RESULT_MATRICES:
            raise ValueError(f"unknown result matrix {name!r}")
        self._model = model
        self._name = name
        self._shape: tuple[int, int] | None = None
        self._row_labels: tuple[str, ...] | None = None
        self._col_labels: tuple[str, ...] | None = None
        self._title = ""
        self._levels: tuple[float, float] = (
            (0.0, 1.0) if colors.is_sequential(name) else (-1.0, 1.0)
        )
        self._limit: float | None = None
        self._values: np.ndarray | None = None  # the matrix shown
        self._frame: tuple | None = None  # what the labels, title and outlines were made for
        # Pixels one tick label needs along its axis, and the label stride in use.
        self._tick_room = {"left": 16.0, "top": 24.0}
        self._tick_strides: dict[str, int] = {}
        # A plain white background: filling it is cheaper than pyqtgraph's cached pixmap.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setMinimumSize(220, 180)
        self.ci.setContentsMargins(2, 2, 2, 2)

        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF()))
        self._axis_font = font

        self.plot_item, self.title_label = add_matrix_plot(
            self, axis_items=cached_axes("left", "top"), title_size="10pt", title_height=26
        )
        self.view_box: pg.ViewBox = self.plot_item.getViewBox()
        self.plot_item.hideAxis("bottom")
        self.plot_item.showAxis("top")
        for side in ("left", "top"):
            axis = self.plot_item.getAxis(side)
            labels_only(axis, font)
            axis.enableAutoSIPrefix(False)  # else a 1-row matrix gets "(x0.001)"

        self._background = _MaskedBackground()
        self._background.setZValue(-10)
        self._background.setVisible(False)
        self.plot_item.addItem(self._background, ignoreBounds=True)

        self.image_item = MatrixImageItem(axisOrder="row-major")
        # Cell (row, col) covers [col ± 0.5] × [row ± 0.5]: ticks sit on cell centres.
        self.image_item.setPos(-0.5, -0.5)
        # Data before the colour bar binds: levels set on an empty ImageItem are
        # deferred and would overwrite the first real setImage(levels=...).
        self.image_item.setImage(np.zeros((1, 1), dtype=np.float32), levels=self._levels)
        self.plot_item.addItem(self.image_item)

        self.text_item = CellTextItem()
        self.text_item.setZValue(10)
        self.plot_item.addItem(self.text_item, ignoreBounds=True)

        self._key_rect = OutlineItem(colors.HOVER_COLOR, 2.5, 20)
        self._selection_rect = OutlineItem(colors.SELECTION_COLOR, 3.0, 21)
        self._hover_cell_rect = OutlineItem(HOVER_CELL_COLOR, 1.5, 22, inset=3.5)
        for item in (self._hover_cell_rect, self._key_rect, self._selection_rect):
            self.plot_item.addItem(item, ignoreBounds=True)

        self.color_bar = ColorBar(
            values=self._levels,
            width=10,
            colorMap=colors.colormap_for(name),
            interactive=False,
            colorMapMenu=False,
        )
        self.color_bar.setImageItem(self.image_item, insert_in=self.plot_item)
        self.color_bar.axis.setStyle(tickFont=font)
        self.color_bar.axis.setTextPen(pg.mkPen(20, 20, 20))
        mark_containers(self.ci, self.plot_item, self.title_label, self.color_bar)

        self.scene().sigMouseClicked.connect(self._on_q_scene_clicked)
        self.view_box.sigResized.connect(self._on_q_view_resized)
        model.changed.connect(self._on_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)
        self._on_changed()

    # -- public --------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @property
    def model(self) -> AttentionModel:
        return self._model

    def sizeHint(self) -> QSize:
        return QSize(320, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 180)

    def set_annotations(self, enabled: bool | None) -> None:
        """Show (True), hide (False) or choose from the cell size (None) the cell values."""
        self.text_item.set_enabled(enabled)

    def annotations_visible(self) -> bool:
        """Whether cell values are drawn at the current size."""
        px_w, px_h = self.view_box.viewPixelSize()
        if not px_w or not px_h:
            return False
        return self.text_item.text_pixel_size(1.0 / px_w, 1.0 / px_h) is not None

    def annotation_texts(self) -> list[str]:
        """The strings drawn on the cells, row by row."""
        return self.text_item.texts

    def cell_rect(self, row: int, col: int) -> QRectF:
        """Cell (row, col) in view (data) coordinates."""
        return QRectF(col - 0.5, row - 0.5, 1.0, 1.0)

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The (row, col) under a scene position, or None outside the matrix."""
        if self._shape is None or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.view_box.mapSceneToView(scene_pos)
        row, col = math.floor(point.y() + 0.5), math.floor(point.x() + 0.5)
        rows, cols = self._shape
        if 0 <= row < rows and 0 <= col < cols:
            return row, col
        return None

    def displayed_matrix(self) -> np.ndarray:
        """The data the image shows (float32, NaN where masked)."""
        return self.image_item.image

    def levels(self) -> tuple[float, float]:
        return self._levels

    def title(self) -> str:
        return self._title

    def row_labels(self) -> tuple[str, ...]:
        return self._row_labels or ()

    def col_labels(self) -> tuple[str, ...]:
        return self._col_labels or ()

    def highlighted_rows(self) -> dict[str, int]:
        """Visible row outlines: {"selection": row, "hover": row} (keys only when shown)."""
        out = {}
        if self._selection_rect.isVisible():
            out["selection"] = self._rect_row(self._selection_rect)
        if self._key_rect.isVisible() and self._name in KEY_ROW_MATRICES:
            out["hover"] = self._rect_row(self._key_rect)
        return out

    def highlighted_cols(self) -> dict[str, int]:
        """Visible column outlines: {"hover": col} when a key column is outlined."""
        if self._key_rect.isVisible() and self._name in KEY_COL_MATRICES:
            return {"hover": round(self._key_rect.rect().center().x())}
        return {}

    def highlighted_cell(self) -> tuple[int, int] | None:
        """The (row, col) of the hovered cell outline, if shown."""
        if not self._hover_cell_rect.isVisible():
            return None
        centre = self._hover_cell_rect.rect().center()
        return round(centre.y()), round(centre.x())

    @staticmethod
    def _rect_row(item) -> int:
        return round(item.rect().center().y())

    # -- model → view --------------------------------------------------------
    def _on_changed(self) -> None:
        session = self._model.session
        values = self._model.result.matrix(self._name)
        previous = self._values
        # Unchanged numbers (e.g. the scores when only W_V moved): nothing to redraw.
        if previous is None or previous.shape != values.shape:
            self._values = values
            self._show_values(values)
        else:
            same = (previous == values) | (np.isnan(previous) & np.isnan(values))
            if not same.all():
                self._values = values
                self._show_values(values, changed=~same)

        # Labels, title and outlines follow the shape and the settings, not the
        # numbers: a dragged number leaves them as they are.
        frame = (self._shape, session.labels, session.mode, session.projection,
                 session.score_kind, self._model.result.overridden)
        if frame == self._frame:
            return
        self._frame = frame
        self._update_labels(session)
        title = self._title_text(session)
        if title != self._title:
            self._title = title
            self.title_label.setText(title)
        self._on_selection_changed()
        self._on_hover_changed()

    def _show_values(self, values: np.ndarray, changed: np.ndarray | None = None) -> None:
        """Show new values; `changed` (a mask, same shape) limits the repaint to
        the cells that changed when nothing else did (one row, while dragging)."""
        data = np.ascontiguousarray(values, dtype=np.float32)
        rows, cols = data.shape

        if colors.is_sequential(self._name):
            levels = (0.0, 1.0)
        else:
            self._limit = track_limit(self._limit, colors.symmetric_limit(values))
            levels = (-self._limit, self._limit)
        has_masked = bool(np.isnan(data).any())
        cells = None  # the changed cells' box (row, col, rows, cols), if that is all
        if (
            changed is not None
            and levels == self._levels
            and (rows, cols) == self._shape
            and has_masked == self._background.isVisible()
        ):
            changed_rows = np.flatnonzero(changed.any(axis=1))
            changed_cols = np.flatnonzero(changed.any(axis=0))
            top, left = int(changed_rows[0]), int(changed_cols[0])
            cells = (top, left, int(changed_rows[-1]) - top + 1, int(changed_cols[-1]) - left + 1)
        image_dirty = None if cells is None else QRectF(cells[1], cells[0], cells[3], cells[2])
        self.image_item.set_matrix(data, levels, dirty=image_dirty)
        if levels != self._levels:
            self._levels = levels
            self.color_bar.setLevels(levels, update_items=False)

        if (rows, cols) != self._shape:
            self._shape = (rows, cols)
            self._background.set_rect(QRectF(-0.5, -0.5, cols, rows))
            # Only on a shape change, so linked views are not fought on every update.
            self.view_box.setLimits(xMin=-0.5, xMax=cols - 0.5, yMin=-0.5, yMax=rows - 0.5)
            self.view_box.setRange(xRange=(-0.5, cols - 0.5), yRange=(-0.5, rows - 0.5), padding=0)
        if self._background.isVisible() != has_masked:
            self._background.setVisible(has_masked)
        # Shades only when the numbers are drawn: a big matrix has none.
        self.text_item.set_data(
            values,
            kind=self._name,
            levels=levels,
            dirty=None if image_dirty is None else image_dirty.translated(-0.5, -0.5),
        )

    def _on_selection_changed(self) -> None:
        rows, cols = self._shape
        show = self._name in QUERY_ROW_MATRICES
        row = self._model.selected_query
        if show and 0 <= row < rows:
            self._selection_rect.setRect(QRectF(-0.5, row - 0.5, cols, 1.0))
            self._selection_rect.setVisible(True)
        else:
            self._selection_rect.setVisible(False)

    def _on_hover_changed(self) -> None:
        rows, cols = self._shape
        key = self._model.hovered_key
        rect = None
        if key is not None:
            if self._name in KEY_COL_MATRICES and 0 <= key < cols:
                rect = QRectF(key - 0.5, -0.5, 1.0, rows)
            elif self._name in KEY_ROW_MATRICES and 0 <= key < rows:
                rect = QRectF(-0.5, key - 0.5, cols, 1.0)
        if rect is not None:
            self._key_rect.setRect(rect)
        self._key_rect.setVisible(rect is not None)

        hover = self._model.hover
        if hover is not None and hover[0] == self._name and hover[1] < rows and hover[2] < cols:
            self._hover_cell_rect.setRect(self.cell_rect(hover[1], hover[2]))
            self._hover_cell_rect.setVisible(True)
        else:
            self._hover_cell_rect.setVisible(False)

    def _update_labels(self, session) -> None:
        name = self._name
        rows = session.labels if name in KEY_ROW_MATRICES else session.query_labels
        if name in KEY_COL_MATRICES:
            cols = session.labels
        else:
            cols = tuple(str(i + 1) for i in range(self._shape[1]))
        if rows == self._row_labels and cols == self._col_labels:
            return
        metrics = QFontMetricsF(self._axis_font)
        changed = False
        if rows != self._row_labels:
            self._row_labels = rows
            self._tick_room["left"] = metrics.height() + 2.0
            text = self.tr("key") if name in KEY_ROW_MATRICES else self.tr("query")
            self.plot_item.setLabel("left", text, **{"font-size": "9pt"})
            changed = True
        if cols != self._col_labels:
            self._col_labels = cols
            self._tick_room["top"] = max(metrics.horizontalAdvance(c) for c in cols) + 8.0
            text = self.tr("key") if name in KEY_COL_MATRICES else self.tr("dimension")
            self.plot_item.setLabel("top", text, **{"font-size": "9pt"})
            changed = True
        if changed:
            self._apply_ticks(force=True)

    def _apply_ticks(self, force: bool = False) -> None:
        """Token labels on the axes; every k-th one when they would overlap."""
        if self._row_labels is None or self._col_labels is None:
            return
        sides = (
            ("left", self._row_labels, self.view_box.height()),
            ("top", self._col_labels, self.view_box.width()),
        )
        for side, labels, length in sides:
            count = len(labels)
            stride = 1
            if length > 0 and count > 1:
                stride = max(1, math.ceil(self._tick_room[side] * count / length))
            if force or stride != self._tick_strides.get(side):
                self._tick_strides[side] = stride
                major = [(i, labels[i]) for i in range(0, count, stride)]
                self.plot_item.getAxis(side).setTicks([major, []])

    def _on_q_view_resized(self, _view_box) -> None:
        self._apply_ticks()

    def _title_text(self, session) -> str:
        """Short title with the formula; each variant is one literal for translators."""
        name = self._name
        seq2seq = session.mode == "seq2seq"
        projected = session.projection
        if name == "queries":
            if projected:
                return (
                    self.tr("Queries Q = S·W_Q (decoder)")
                    if seq2seq
                    else self.tr("Queries Q = I·W_Q")
                )
            return (
                self.tr("Queries Q (decoder states)") if seq2seq else self.tr("Queries Q = inputs")
            )
        if name == "keys":
            if projected:
                return self.tr("Keys K = H·W_K (encoder)") if seq2seq else self.tr("Keys K = I·W_K")
            return self.tr("Keys K = encoder states") if seq2seq else self.tr("Keys K = inputs")
        if name == "values":
            if projected:
                return (
                    self.tr("Values V = H·W_V (encoder)")
                    if seq2seq
                    else self.tr("Values V = I·W_V")
                )
            return self.tr("Values V = encoder states") if seq2seq else self.tr("Values V = inputs")
        if name == "scores":
            kind = session.score_kind
            if kind == "dot":
                return self.tr("Scores = Q·Kᵀ")
            if kind == "scaled_dot":
                return self.tr("Scores = Q·Kᵀ / √d_k")
            if kind == "cosine":
                return self.tr("Scores = cos(Q, K)")
            if kind == "general":
                return self.tr("Scores = Q·W_a·Kᵀ")
            return self.tr("Scores = v_a·tanh([Q, K]·W_a)")
        if name == "weights":
            if self._model.result.overridden:
                return self.tr("Weights (set by hand)")
            return self.tr("Weights = softmax(scores / T)")
        return self.tr("Context = weights · V")

    # -- view → model --------------------------------------------------------
    def mouseMoveEvent(self, ev) -> None:
        # Here rather than scene().sigMouseMoved: the scene drops moves above
        # pyqtgraph's mouseRateLimit, which could leave the hover one cell behind.
        super().mouseMoveEvent(ev)
        cell = self.cell_at(self.mapToScene(ev.position().toPoint()))
        if cell is not None:
            self._model.set_hover((self._name, *cell))
        else:
            self._clear_own_hover()

    def leaveEvent(self, ev) -> None:
        super().leaveEvent(ev)
        self._clear_own_hover()

    def _clear_own_hover(self) -> None:
        # Only our own cell: another view may own the hover by now.
        hover = self._model.hover
        if hover is not None and hover[0] == self._name:
            self._model.set_hover(None)

    def _on_q_scene_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(ev.scenePos())
        if cell is None:
            return
        row, col = cell
        if self._name in QUERY_ROW_MATRICES:
            self._model.select_query(row)
        else:
            self._model.set_hover((self._name, row, col))
