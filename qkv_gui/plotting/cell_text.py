"""The numbers on a matrix's cells: one item draws them all, in one font size per plot.

Every number of a plot has the same decimals (`format.decimals_for`, fewer
when the cells are narrow, never an exponent), so one size fits them all.

`text_shades` picks dark or light text for each cell from the colour the cell
is painted in (`colors.color_indices`, the one value→colour rule).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from ..core.format import decimal_separator, decimals_for, fewer_decimals, fixed
from . import colors

# The one rule for whether a plot's cells carry their numbers (`CellTextItem.may_draw`):
# automatic annotations are hidden when the matrix is large or its cells too small to
# read; numbers asked for (`set_enabled(True)`) stop at MAX_REQUESTED_CELLS, where a
# cell is a few pixels at any window size. Above both, the numbers are never formatted:
# hovering a cell (Explain, the tooltip) gives its number.
MAX_ANNOTATED_CELLS = 400
MAX_REQUESTED_CELLS = 4096
MIN_CELL_HEIGHT = 16.0
MIN_CELL_WIDTH = 28.0
# Pixel sizes of the annotation font; below the minimum a number is not readable.
MIN_TEXT_PX = 9
MAX_TEXT_PX = 15
# Narrow cells drop decimals (3 → 2 → 1) rather than show numbers below this size.
COMFORTABLE_TEXT_PX = 11
# Numbers shown on request (`set_enabled(True)`) may shrink to this; smaller, they are left out.
MIN_SQUEEZED_PX = 7
TEXT_PADDING = 8.0

# Text shades of the cell values: on bright cells, on dark cells, on masked cells.
DARK_TEXT, LIGHT_TEXT, MASKED_TEXT = 0, 1, 2
_SHADE_COLORS = (
    colors.text_color_on(QColor(255, 255, 255)),
    colors.text_color_on(QColor(0, 0, 0)),
    QColor(110, 110, 110),
)
_SHADE_TABLES: dict[bool, np.ndarray] = {}


def text_shades(values: np.ndarray, sequential: bool, levels: tuple[float, float]) -> np.ndarray:
    """DARK_TEXT / LIGHT_TEXT / MASKED_TEXT per cell: `text_color_on` of the cell's colour.

    The colour index is `colors.color_indices` (the cells' own rule); the
    choice per lookup-table entry is made once per colour map.
    """
    table = _SHADE_TABLES.get(sequential)
    if table is None:
        lut = colors.SEQUENTIAL_LUT if sequential else colors.DIVERGING_LUT
        # One more entry, the last, for masked cells (index MASKED_INDEX = -1).
        table = np.array(
            [
                DARK_TEXT
                if colors.text_color_on(QColor(int(r), int(g), int(b))) == _SHADE_COLORS[0]
                else LIGHT_TEXT
                for r, g, b in lut[:, :3]
            ]
            + [MASKED_TEXT],
            dtype=np.int8,
        )
        _SHADE_TABLES[sequential] = table
    return table[colors.color_indices(values, levels)]


class CellTextItem(pg.GraphicsObject):
    """Every cell's value drawn by one item, centred and sized from the on-screen cell.

    Paints in device pixels (the painter's transform is reset), so the text is
    neither stretched by non-square cells nor flipped by the inverted y axis.
    Every number has the plot's decimals (`decimals_for` of the values, or
    the ones given), one fewer at a time while they do not fit; one size for
    all cells, from the cell size and the widest text.
    The texts (and shades) are made lazily, and after an edit only for the cells
    that changed: a matrix too big to annotate never formats its numbers, and a
    drag step formats and lays out only the numbers it changed.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shape = (0, 0)
        self._values: np.ndarray | None = None
        # The decimals asked for (None: from the values), wanted (cached per values),
        # and drawn (the last layout's, fewer when the cells are narrow).
        self._given_decimals: int | None = None
        self._wanted: tuple[int, float, float] | None = None  # decimals, min, max
        self._decimals: int | None = None
        self._text_decimals: int | None = None  # of `_made_texts`
        self._text_separator = decimal_separator()  # of `_made_texts`
        self._texts: list[str] | None = []
        self._widths: list[float] = []  # of each text, for a 1 px font
        # The last texts made, and the values they were made from (to redo only
        # the changed ones).
        self._made_texts: list[str] | None = None
        self._text_values: np.ndarray | None = None
        self._shades: np.ndarray | None = np.zeros(0, dtype=np.int8)
        self._shade_list: list[int] | None = None
        # (sequential, levels) to compute the shades from, when they were not given.
        self._shade_args: tuple[bool, tuple[float, float]] | None = None
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
        # Cell size (device pixels), font size and decimals of the last paint; None: not painted yet.
        self._last_cell: tuple[float, float] | None = None
        self._last_px: int | None = None
        self._last_decimals: int | None = None
        # The exposed rect tells which cells a partial repaint must draw.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    # -- data ------------------------------------------------------------
    def set_data(
        self,
        values: np.ndarray,
        shades: np.ndarray | None = None,
        *,
        sequential: bool = False,
        levels: tuple[float, float] | None = None,
        dirty: QRectF | None = None,
        decimals: int | None = None,
    ) -> None:
        """New values (any float array) and their `text_shades`; repaints once.

        Instead of `shades`, `sequential` and `levels` may be given: the shades are
        then computed only when the numbers are drawn. `dirty` (view
        coordinates) says that only the cells in it changed, with the same
        levels: only they repaint, unless the font size or the decimals change
        with them. `decimals`: the plot's decimals (e.g. held during a drag);
        None: `decimals_for` the values.
        """
        values = np.asarray(values, dtype=np.float64)
        shade_args = None if shades is not None else (bool(sequential), levels or (-1.0, 1.0))
        if values.shape != self._shape or shades is not None or shade_args != self._shade_args:
            dirty = None
        if values.shape != self._shape:
            self.prepareGeometryChange()
            self._shape = values.shape
        old = self._values
        # Too many cells for numbers: nothing to keep, so nothing to compare.
        if (not self.may_draw(values.size) or old is None or old.shape != values.shape
                or not np.array_equal(old, values, equal_nan=True)):
            self._values = values
            self._texts = None
            self._widest = None
            self._wanted = self._decimals = None
        if decimals != self._given_decimals:
            self._given_decimals = decimals
            self._texts, self._widest = None, None
            self._wanted = self._decimals = None
        if shades is not None:
            self._shades, self._shade_args = shades.ravel(), None
        else:
            self._shades, self._shade_args = None, shade_args
        self._shade_list = None
        if dirty is None or self._last_cell is None:
            self.update()
            return
        drawn = self._last_decimals
        px = self.text_pixel_size(*self._last_cell)
        if px is None and self._last_px is None:
            pass  # no numbers drawn, before or now: nothing to repaint
        elif px == self._last_px and self._decimals == drawn:
            self.update(dirty)
        else:
            self.update()  # a new widest text or new decimals: every number changes

    def reformat(self) -> None:
        """Format every number again (the locale's decimal separator changed); repaints."""
        self._texts = self._made_texts = self._text_values = self._entries_texts = None
        self._widest = None
        self.update()

    def set_enabled(self, enabled: bool | None) -> None:
        """True: always draw; False: never; None: only when the numbers are readable."""
        self._enabled = enabled
        self.update()

    def may_draw(self, count: int) -> bool:
        """Whether numbers could be drawn on `count` cells at some cell size: False
        for large matrices, whose numbers are then never formatted."""
        if self._enabled is False:
            return False
        return count <= (MAX_ANNOTATED_CELLS if self._enabled is None else MAX_REQUESTED_CELLS)

    @property
    def enabled(self) -> bool | None:
        return self._enabled

    @property
    def values(self) -> np.ndarray | None:
        """The numbers on show (float64), None before the first."""
        return self._values

    @property
    def texts(self) -> list[str]:
        """The strings drawn, row by row."""
        return list(self._all_texts())

    @property
    def decimals(self) -> int:
        """The decimals of every number drawn (for the last painted cell size, else the wanted ones)."""
        if self._decimals is None and self._last_cell is not None:
            self.text_pixel_size(*self._last_cell)  # lays out for that size: sets _decimals
        return self._wanted_decimals() if self._decimals is None else self._decimals

    def drawn_sizes(self) -> set[int]:
        """The font pixel sizes of the numbers in the last paint (one per plot; empty: none drawn)."""
        if self._last_px is None:
            return set()
        return {entry[0] for entry in self._entries if entry is not None}

    def _wanted_decimals(self) -> int:
        """The plot's decimals before the room is counted: given, or from the values
        (once per new values, not per cell)."""
        if self._wanted is None:
            finite = self._values[np.isfinite(self._values)] if self._count() else np.zeros(0)
            low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
            wanted = self._given_decimals
            if wanted is None:
                wanted = decimals_for(finite)
            self._wanted = (wanted, low, high)
        return self._wanted[0]

    def _all_texts(self) -> list[str]:
        decimals = self.decimals
        if self._text_separator != decimal_separator():  # the language changed: all anew
            self._texts, self._text_values, self._text_separator = None, None, decimal_separator()
        if self._texts is None or decimals != self._text_decimals:
            values = self._values.ravel()
            old = self._text_values
            if old is not None and old.shape == values.shape and decimals == self._text_decimals:
                # A drag step changes some cells: format (and measure) only those.
                texts, widths = list(self._made_texts), list(self._widths)
                same = (old == values) | (np.isnan(old) & np.isnan(values))
                changed = np.flatnonzero(~same)
                for index, value in zip(changed.tolist(), values[changed].tolist(), strict=True):
                    texts[index] = text = fixed(value, decimals)
                    widths[index] = self._unit_width(text)
            else:
                texts = [fixed(v, decimals) for v in values.tolist()]
                widths = [self._unit_width(text) for text in texts]
            self._texts = self._made_texts = texts
            self._widths, self._text_values = widths, values
            self._text_decimals, self._widest = decimals, None
        return self._texts

    def _all_shades(self) -> np.ndarray:
        if self._shades is None:
            sequential, levels = self._shade_args
            self._shades = text_shades(self._values, sequential, levels).ravel()
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
        if not self.may_draw(self._count()):
            return None
        if automatic and (cell_h < MIN_CELL_HEIGHT or cell_w < MIN_CELL_WIDTH):
            return None
        if cell_h < 6 or cell_w < 8:
            return None
        smallest = MIN_TEXT_PX if automatic else MIN_SQUEEZED_PX
        target = min(COMFORTABLE_TEXT_PX, cell_h * 0.55, MAX_TEXT_PX) if automatic else smallest
        wanted, low, high = self._wanted_decimals(), self._wanted[1], self._wanted[2]
        # Fewer decimals while the widest number (the lowest or the highest value:
        # digits are equally wide) would not fit at a comfortable size.
        for decimals in fewer_decimals(wanted):
            widest = max(self._unit_width(fixed(low, decimals)), self._unit_width(fixed(high, decimals)))
            if (cell_w - TEXT_PADDING) / max(widest, 1e-6) >= target:
                break
        self._decimals = decimals
        if self._widest is None or self._text_decimals != decimals:
            self._all_texts()
            self._widest = max(self._widths)
        px = int(min(cell_h * 0.55, MAX_TEXT_PX, (cell_w - TEXT_PADDING) / max(self._widest, 1e-6)))
        return px if px >= smallest else None

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
        self._last_cell, self._last_px, self._last_decimals = (cell_w, cell_h), px, self._decimals
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
