"""Rectangle outlines on a plot (selection, hover), drawn just inside their rect."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsRectItem


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
