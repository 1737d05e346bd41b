"""One matrix drawn with QPainter for figures (PNG and SVG alike): title, labels,
cells in the one value→colour rule, numbers and a colour bar.

`PanelBox` measures a `Panel` for a cell size, `place`s it and `paint`s it;
`largest_fit` finds the largest cell size that fits. No session here: a panel
is values, labels, levels and a title.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen, QPolygonF

from ..core.format import decimals_for, exact, fewer_decimals, fixed
from . import colors

TEXT = QColor(20, 20, 20)
MUTED = QColor(95, 95, 95)
ARROW = QColor(120, 120, 120)
OUTLINE = QColor(190, 190, 190)
MASKED_LINE = QColor(185, 185, 185)
MASKED_TEXT = QColor(110, 110, 110)
MIN_VALUE_PX = 7.0  # smaller numbers are unreadable: the cells show colour only



@dataclass(frozen=True)
class Panel:
    """One matrix as the figure shows it."""

    name: str
    title: str
    values: np.ndarray
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    levels: tuple[float, float]

    @property
    def sequential(self) -> bool:
        return colors.is_sequential(self.name)



# -- fonts and measuring -----------------------------------------------------------


_FAMILY: str | None = None


def font_family() -> str:
    """The concrete family the figure uses (the application's, resolved)."""
    global _FAMILY
    if _FAMILY is None:
        _FAMILY = QFontInfo(QFont()).family()
    return _FAMILY


class Fonts:
    """Pixel-sized fonts (so PNG and SVG agree) and cached text widths."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._unit: dict[tuple[str, bool], float] = {}
        self._height: dict[bool, float] = {}

    def font(self, px: float, bold: bool = False) -> QFont:
        key = (round(px, 2), bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(font_family())
            font.setPixelSize(max(1, round(px)))
            font.setBold(bold)
            self._fonts[key] = font
        return font

    def width(self, text: str, px: float, bold: bool = False) -> float:
        """Advance width of `text` at `px` pixels (widths scale linearly with size)."""
        unit = self._unit.get((text, bold))
        if unit is None:
            unit = QFontMetricsF(self.font(100, bold)).horizontalAdvance(text) / 100.0
            self._unit[(text, bold)] = unit
        return unit * px

    def widest(self, texts: Sequence[str], px: float, bold: bool = False) -> float:
        return max((self.width(t, px, bold) for t in texts), default=0.0)


@dataclass
class Style:
    """Sizes in pixels, all from one base size chosen from the canvas."""

    base: float
    value_cap: float = 1.1  # largest cell number, in units of `base`
    title: float = field(init=False)
    label: float = field(init=False)
    tick: float = field(init=False)

    def __post_init__(self) -> None:
        self.title = self.base * 1.05
        self.label = self.base * 0.9
        self.tick = self.base * 0.78


# -- one panel: measure, place, paint ----------------------------------------------


class PanelBox:
    """A panel laid out for cell size `c`: title, column labels, row labels, cells,
    colour bar. `place(x, y)` fixes its position; `paint` draws it."""

    def __init__(self, panel: Panel, c: float, style: Style, fonts: Fonts):
        self.panel, self.c, self.style, self.fonts = panel, c, style, fonts
        rows, cols = panel.values.shape
        self.rows, self.cols = rows, cols
        label, tick = style.label, style.tick
        line = label * 1.25
        self.row_stride = max(1, math.ceil(line / c))
        self.row_w = fonts.widest(panel.row_labels, label) + label * 0.5
        widest_col = fonts.widest(panel.col_labels, label)
        self.rotated = widest_col > c * 0.92
        self.col_stride = max(1, math.ceil(line / c)) if self.rotated else 1
        self.col_h = (widest_col + label * 0.45) if self.rotated else line
        self.title_h = style.title * 1.55
        self.header_h = self.title_h + self.col_h
        # Colour bar: a strip as wide as a third of a cell (within limits), ticks beside it.
        self.bar_gap = label * 0.55
        self.bar_w = min(max(c * 0.28, label * 0.55), label * 1.1)
        lo, hi = panel.levels
        self.ticks = [lo, (lo + hi) / 2, hi]
        self.tick_w = fonts.widest([exact(t, 4) for t in self.ticks], tick) + tick * 0.5
        self.cells_w, self.cells_h = cols * c, rows * c
        self.bar_h = max(self.cells_h, tick * 2.6)
        if self.bar_h < tick * 4.2:
            self.ticks = [lo, hi]  # no room for a middle label
        self.content_w = self.row_w + self.cells_w + self.bar_gap + self.bar_w + self.tick_w
        self.title_w = fonts.width(panel.title, style.title, bold=True)
        self.width = max(self.content_w, self.title_w)
        self.body_h = max(self.cells_h, self.bar_h)
        self.height = self.header_h + self.body_h
        self.x = self.y = 0.0
        self.cells = QRectF()

    def place(self, x: float, y: float, header_h: float | None = None) -> None:
        """Put the top-left corner at (x, y); `header_h` aligns cell rows across panels."""
        self.x, self.y = x, y
        header = self.header_h if header_h is None else header_h
        left = x + (self.width - self.content_w) / 2 + self.row_w
        self.cells = QRectF(left, y + header, self.cells_w, self.cells_h)
        self.title_y = y + (header - self.header_h)

    @property
    def left_anchor(self) -> QPointF:
        """Where an incoming arrow ends: left of the row labels, at the cells' middle."""
        return QPointF(self.cells.left() - self.row_w, self.cells.center().y())

    @property
    def right_anchor(self) -> QPointF:
        return QPointF(
            self.cells.right() + self.bar_gap + self.bar_w + self.tick_w, self.cells.center().y()
        )

    def paint(self, p: QPainter) -> None:
        self._paint_title(p)
        self._paint_labels(p)
        self._paint_cells(p)
        self._paint_bar(p)

    def _paint_title(self, p: QPainter) -> None:
        fonts, style = self.fonts, self.style
        p.setFont(fonts.font(style.title, bold=True))
        p.setPen(TEXT)
        rect = QRectF(self.x, self.title_y, self.width, self.title_h)
        # Centred over the cells when there is room, else over the whole panel.
        centre = self.cells.center().x()
        half = self.title_w / 2 + 2
        if centre - half >= self.x and centre + half <= self.x + self.width:
            rect = QRectF(centre - half, self.title_y, 2 * half, self.title_h)
        # Not clipped: the pixel font may come out a hair wider than measured.
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, self.panel.title)

    def _paint_labels(self, p: QPainter) -> None:
        c, label = self.c, self.style.label
        p.setFont(self.fonts.font(label))
        p.setPen(TEXT)
        cells = self.cells
        gap = label * 0.3
        for i in range(0, self.rows, self.row_stride):
            rect = QRectF(cells.left() - self.row_w, cells.top() + i * c, self.row_w - gap, c)
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.panel.row_labels[i],
            )
        bottom = cells.top() - gap
        for j in range(0, self.cols, self.col_stride):
            text = self.panel.col_labels[j]
            x = cells.left() + (j + 0.5) * c
            if self.rotated:
                p.save()
                p.translate(x, bottom)
                p.rotate(-90)
                p.drawText(
                    QRectF(0, -label, self.col_h, 2 * label),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
                p.restore()
            else:
                rect = QRectF(x - c / 2, cells.top() - self.col_h, c, self.col_h - gap * 0.5)
                p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)

    def _paint_cells(self, p: QPainter) -> None:
        panel, c, cells = self.panel, self.c, self.cells
        lo, hi = panel.levels
        limit = hi if not panel.sequential else 1.0
        inset = max(0.5, c * 0.02)  # a hairline of white between cells
        p.setPen(Qt.PenStyle.NoPen)
        for i, row in enumerate(panel.values.tolist()):
            for j, value in enumerate(row):
                rect = QRectF(cells.left() + j * c, cells.top() + i * c, c, c)
                inner = rect.adjusted(inset, inset, -inset, -inset)
                colour = colors.cell_color(value, panel.name, limit)
                p.fillRect(inner, colour)
                if math.isnan(value):  # masked: grey with a stroke, like the heatmap
                    p.setPen(QPen(MASKED_LINE, max(1.0, c * 0.03)))
                    p.drawLine(inner.bottomLeft(), inner.topRight())
                    p.setPen(Qt.PenStyle.NoPen)
        p.setPen(QPen(OUTLINE, 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(cells)
        texts, px = self.value_texts()
        if px is None:
            return
        p.setFont(self.fonts.font(px))
        for i, row in enumerate(panel.values.tolist()):
            for j, value in enumerate(row):
                rect = QRectF(cells.left() + j * c, cells.top() + i * c, c, c)
                if math.isnan(value):
                    p.setPen(MASKED_TEXT)
                else:
                    p.setPen(colors.text_color_on(colors.cell_color(value, panel.name, limit)))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, texts[i][j])

    def value_texts(self) -> tuple[list[list[str]], float | None]:
        """The cells' numbers and their one font size (None: too small, colours only).

        One number of decimals for all (no exponent, a tiny value reads 0.000),
        fewer while the numbers would be much smaller than the cells allow."""
        values = self.panel.values.tolist()
        tallest = min(self.c * 0.36, self.style.base * self.style.value_cap)
        for decimals in fewer_decimals(decimals_for(self.panel.values)):
            texts = [[fixed(v, decimals) for v in row] for row in values]
            widest = max((self.fonts.width(t, 1.0) for row in texts for t in row), default=1.0)
            px = min(tallest, self.c * 0.8 / max(widest, 1e-6))
            if px >= max(MIN_VALUE_PX, tallest * 0.6):
                break
        return texts, (px if px >= MIN_VALUE_PX else None)

    def _paint_bar(self, p: QPainter) -> None:
        panel, tick = self.panel, self.style.tick
        lo, hi = panel.levels
        limit = hi if not panel.sequential else 1.0
        x = self.cells.right() + self.bar_gap
        top = self.cells.top()
        bar = QRectF(x, top, self.bar_w, self.bar_h)
        steps = int(min(max(bar.height() / 4, 24), 128))  # bands too thin to see
        step_h = bar.height() / steps
        p.setPen(Qt.PenStyle.NoPen)
        for k in range(steps):
            value = hi - (k + 0.5) / steps * (hi - lo)
            # Overlap by a hair so no background line shows between the bands.
            p.fillRect(
                QRectF(x, top + k * step_h, self.bar_w, step_h + 0.6),
                colors.cell_color(value, panel.name, limit),
            )
        p.setPen(QPen(OUTLINE, 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        p.setFont(self.fonts.font(tick))
        for value in self.ticks:
            y = top + (hi - value) / (hi - lo) * bar.height()
            p.setPen(QPen(MUTED, 1.0))
            p.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + tick * 0.3, y))
            p.setPen(MUTED)
            rect = QRectF(bar.right() + tick * 0.4, y - tick, self.tick_w, 2 * tick)
            rect.moveTop(min(max(rect.top(), top - tick * 0.5), bar.bottom() - tick * 1.5))
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, exact(value, 4))


def largest_fit(fits: Callable[[float], bool], low: float = 2.0, high: float = 600.0) -> float:
    """The largest cell size in [low, high] for which `fits` holds (bisection), or low."""
    if fits(high):
        return high
    if not fits(low):
        return low
    for _ in range(30):
        middle = (low + high) / 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


def arrow(p: QPainter, start: QPointF, end: QPointF, width: float, head: float) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length < head:
        return
    ux, uy = dx / length, dy / length
    base = QPointF(end.x() - ux * head, end.y() - uy * head)
    pen = QPen(ARROW, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(start, QPointF(end.x() - ux * head * 0.6, end.y() - uy * head * 0.6))
    half = head * 0.45
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ARROW)
    p.drawPolygon(
        QPolygonF(
            [
                end,
                QPointF(base.x() - uy * half, base.y() + ux * half),
                QPointF(base.x() + uy * half, base.y() - ux * half),
            ]
        )
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
