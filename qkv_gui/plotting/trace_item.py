"""The step-through trace on a matrix plot: a target cell framed, source cells tinted."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from .trace import paint_sources, paint_target

TRACE_Z = 30  # above the cell texts (10) and the linked outlines (20–22)


def cell_rect(row: int, col: int) -> QRectF:
    """Cell (row, col) of a matrix plot in view coordinates (cells centred on integers)."""
    return QRectF(col - 0.5, row - 0.5, 1.0, 1.0)


class TraceItem(pg.GraphicsObject):
    """A target cell framed and source cells tinted (`plotting.trace`'s look).

    Lives in a matrix plot's view box and paints in device pixels, so the
    lines keep their width whatever the cell size and the inverted y axis;
    hidden while it has no cell.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._target: tuple[int, int] | None = None
        self._sources: list[tuple[int, int]] = []
        self._bounds = QRectF()
        self.setZValue(TRACE_Z)
        self.setVisible(False)

    def set_cells(self, target: tuple[int, int] | None, sources=()) -> None:
        """Frame `target` (row, col) or nothing, tint `sources` [(row, col), …]."""
        sources = list(sources)
        if target == self._target and sources == self._sources:
            return
        self._target, self._sources = target, sources
        bounds = QRectF()
        for rect in self.source_rects() + ([self.target_rect()] if target is not None else []):
            bounds = bounds.united(rect)
        self.prepareGeometryChange()
        self._bounds = bounds
        self.setVisible(target is not None or bool(sources))
        self.update()

    def cells(self) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
        """(target cell or None, source cells), (row, col)."""
        return self._target, list(self._sources)

    def target_rect(self) -> QRectF | None:
        return None if self._target is None else cell_rect(*self._target)

    def source_rects(self) -> list[QRectF]:
        return [cell_rect(r, c) for r, c in self._sources]

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter, *args) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_sources(painter, [transform.mapRect(rect) for rect in self.source_rects()], 2.5)
        target = self.target_rect()
        if target is not None:
            paint_target(painter, transform.mapRect(target))
        painter.restore()
