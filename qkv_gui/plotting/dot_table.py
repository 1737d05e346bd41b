"""A framed table of named numbers drawn straight with QPainter (the geometry's scores)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTransform


class DotTableItem(pg.GraphicsObject):
    """A header naming what the numbers are (the geometry: the score function,
    "cos(q_the, k_·)"), rows "name  value" under it and grey footer lines, in a
    framed white box (as a pg.TextItem with a fill and a border).

    Painted directly: each name is rich text (subscripts) laid out once, the
    numbers are plain text. A rich-text document, laid out again on every drag
    step, cost more than all the arrows. Like a pg.TextItem, it tells what it
    shows through `textItem.toPlainText()`.
    """

    MARGIN = 4.0  # between the frame and the text, as a text document's margin
    FILL = QColor(255, 255, 255)
    BORDER = QColor(210, 210, 210)
    FOOTER_COLOR = QColor(112, 112, 112)
    HEADER_COLOR = QColor(30, 30, 30)
    GAP = "\u2003"  # between a row's name and its value (an em space)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._statics: dict[tuple, QStaticText] = {}
        self._size = (2 * self.MARGIN, 2 * self.MARGIN)
        # (static text, x, top, colour, font), or (str, x, baseline, colour, font)
        self._lines: list[tuple] = []
        self._plain = ""
        self._border = pg.mkPen(self.BORDER)
        self._font_keys: dict[int, tuple[QFont, str]] = {}
        self._font_metrics: dict[str, QFontMetricsF] = {}
        self._value_column: tuple[tuple, float] = ((), 0.0)  # (row names, width)

    def _font_key(self, font: QFont) -> str:
        # QFont.key() builds a long string: remember it per font object in use.
        cached = self._font_keys.get(id(font))
        if cached is None or cached[0] is not font:
            cached = self._font_keys[id(font)] = (font, font.key())
        return cached[1]

    @property
    def textItem(self) -> DotTableItem:  # noqa: N802 (a pg.TextItem's name)
        return self

    def toPlainText(self) -> str:  # noqa: N802
        """The rows and the footer as plain text, a line each."""
        return self._plain

    def _metrics(self, font: QFont) -> QFontMetricsF:
        key = self._font_key(font)
        metrics = self._font_metrics.get(key)
        if metrics is None:
            metrics = self._font_metrics[key] = QFontMetricsF(font)
        return metrics

    def static(self, text: str, font: QFont, rich: bool = False) -> QStaticText:
        key = (text, self._font_key(font), rich)
        static = self._statics.get(key)
        if static is None:
            if len(self._statics) > 4096:  # a long drag makes many numbers
                self._statics.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._statics[key] = static
        return static

    def set_content(
        self,
        rows: list[tuple],
        footer: list[str],
        fonts: tuple[QFont, QFont, QFont],
        header: tuple[str, str] | None = None,
    ) -> None:
        """rows: (name as rich text, name as plain text, value text, colour, bold);
        footer: plain lines; fonts: (rows, bold rows, footer); header: (rich
        text, plain text) of the line above the rows. Columns: names left, a
        gap, values right-aligned."""
        font, bold_font, footer_font = fonts
        equals = self.GAP
        laid = []
        names_end = equals_width = values_width = 0.0
        for name, _plain, value, color, bold in rows:
            row_font = bold_font if bold else font
            colored = f'<span style="color:{color.name()}">{name}</span>'
            name_static = self.static(colored, row_font, rich=True)
            equals_static = self.static(equals, row_font)
            # The numbers change on every drag step: drawn as plain text (a
            # static text prepared for one paint costs more than it saves).
            metrics = self._metrics(row_font)
            value_width = metrics.horizontalAdvance(value)
            names_end = max(names_end, name_static.size().width())
            equals_width = max(equals_width, equals_static.size().width())
            values_width = max(values_width, value_width)
            laid.append((name_static, equals_static, value, value_width, color, row_font, metrics))
        # The number column is as wide as "-0.000" at least, and only widens
        # while the rows stay the same (a drag): a table that jitters in width
        # would also move the labels round it.
        if rows:
            values_width = max(values_width, self._metrics(bold_font).horizontalAdvance("-0.000"))
        names = tuple(row[1] for row in rows)
        if names == self._value_column[0]:
            values_width = max(values_width, self._value_column[1])
        self._value_column = (names, values_width)
        m = self.MARGIN
        equals_at = m + names_end
        values_end = equals_at + equals_width + values_width
        lines, y, width = [], m, values_end if rows else m
        if header is not None:
            # One line, however long ("v_a·tanh([q; k]·W_a)" would wrap at its space).
            colored = (
                f'<span style="color:{self.HEADER_COLOR.name()};white-space:nowrap">{header[0]}</span>'
            )
            static = self.static(colored, font, rich=True)
            lines.append((static, m, y, self.HEADER_COLOR, font))
            width = max(width, m + static.size().width())
            y += static.size().height()
        for name_static, equals_static, value, value_width, color, row_font, metrics in laid:
            height = max(name_static.size().height(), equals_static.size().height(), metrics.height())
            lines.append((name_static, m, y, color, row_font))
            lines.append((equals_static, equals_at, y, color, row_font))
            # drawText places the baseline; a static text its top.
            lines.append((value, values_end - value_width, y + metrics.ascent(), color, row_font))
            y += height
        for text in footer:
            static = self.static(text, footer_font)
            lines.append((static, m, y, self.FOOTER_COLOR, footer_font))
            width = max(width, m + static.size().width())
            y += static.size().height()
        plain = [f"{name} {value}" for _name, name, value, _color, _bold in rows] + footer
        if header is not None:
            plain.insert(0, header[1])
        self.prepareGeometryChange()
        self._lines = lines
        self._size = (width + m, y + m)
        self._plain = "\n".join(plain)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, *self._size)

    def paint(self, painter: QPainter, *args) -> None:
        # Opaque and unsmoothed: the table sits in the emptiest corner, and a
        # translucent, antialiased box cost more to draw than all its text.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = self.boundingRect()
        painter.fillRect(rect, self.FILL)
        painter.setPen(self._border)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        # A static text is drawn in the painter's font: the one it was laid out in.
        pen = font = None
        for text, x, y, color, line_font in self._lines:
            if color is not pen:
                painter.setPen(color)
                pen = color
            if line_font is not font:
                painter.setFont(line_font)
                font = line_font
            if isinstance(text, str):
                painter.drawText(QPointF(x, y), text)
            else:
                painter.drawStaticText(QPointF(x, y), text)
