"""How the step-through trace looks: the traced cell framed, the cells feeding it tinted.

Painters in device coordinates, shared by heatmaps and matrix tables so a
traced cell looks the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

# The traced cell: a thick near-black frame with a white line inside, visible on any colour.
TARGET_COLOR = QColor(15, 15, 15)
TARGET_INNER_COLOR = QColor(255, 255, 255)
# The cells feeding it: magenta, unlike the colour maps (blue/white/red) and the
# selection (orange) and hover (green) outlines.
SOURCE_COLOR = QColor(214, 0, 140)
SOURCE_FILL = QColor(214, 0, 140, 55)
SOURCE_UNDER_COLOR = QColor(255, 255, 255)


def _source_pen(width: float) -> QPen:
    pen = QPen(SOURCE_COLOR, width)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def paint_sources(painter: QPainter, rects, width: float = 2.0) -> None:
    """Tinted fill and a dashed frame just inside each rect (device coordinates).

    The dashes run over a solid white line, so the frame shows on dark cells too.
    """
    under = QPen(SOURCE_UNDER_COLOR, width)
    under.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    dashes = _source_pen(width)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.fillRect(rect, SOURCE_FILL)
        d = min(width / 2 + 1, rect.width() / 4, rect.height() / 4)
        frame = QRectF(rect).adjusted(d, d, -d, -d)
        painter.setPen(under)
        painter.drawRect(frame)
        painter.setPen(dashes)
        painter.drawRect(frame)


def paint_target(painter: QPainter, rect: QRectF) -> None:
    """A thick dark frame with a thin white line inside it, just within `rect`."""
    outer = min(2.0, rect.width() / 6, rect.height() / 6)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(
            TARGET_COLOR,
            2 * outer,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.SquareCap,
            Qt.PenJoinStyle.MiterJoin,
        )
    )
    painter.drawRect(rect.adjusted(outer, outer, -outer, -outer))
    inner = 2 * outer + 0.75
    painter.setPen(QPen(TARGET_INNER_COLOR, 1.5))
    painter.drawRect(rect.adjusted(inner, inner, -inner, -inner))
