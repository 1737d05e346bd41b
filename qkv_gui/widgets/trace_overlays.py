"""The step-through trace drawn over the views that do not draw it themselves yet.

# merge: each view draws the model's trace itself (heatmaps: plotting helper,
# matrix editors: core helper); then this module and the window's
# `_attach_trace_overlays` go.

`HeatmapTraceItem` sits in a heatmap's view box, `TableTraceOverlay` over a
matrix editor's viewport. Both read only the model's trace (`trace_target`,
`trace`), so a lesson that sets a trace is drawn the same way. The workbench
attaches one per view (`MainWindow.trace_overlays`).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ..model import AttentionModel
from ..plotting.trace import paint_sources, paint_target


class HeatmapTraceItem(pg.GraphicsObject):
    """The model's trace on one heatmap: its target cell framed, its source cells tinted.

    Lives in the heatmap's view box (view coordinates: cell (r, c) is
    `heatmap.cell_rect(r, c)`), paints in device pixels so the lines keep their
    width, and hides itself when the trace has no cell in this matrix.
    """

    def __init__(self, heatmap, model: AttentionModel):
        super().__init__()
        self._heatmap = heatmap
        self._model = model
        self._name = heatmap.name
        self._target: tuple[int, int] | None = None
        self._sources: list[tuple[int, int]] = []
        self._bounds = QRectF()
        self.setZValue(30)  # above the cell texts (10) and the linked outlines (20–22)
        self.setVisible(False)
        heatmap.view_box.addItem(self, ignoreBounds=True)
        model.traceChanged.connect(self._on_trace_changed)
        model.changed.connect(self._on_trace_changed)
        self._on_trace_changed()

    # -- reading (tests, lessons) -------------------------------------------
    def cells(self) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
        """(target cell or None, source cells) drawn on this heatmap, (row, col)."""
        return self._target, list(self._sources)

    def target_rect(self) -> QRectF | None:
        return None if self._target is None else self._heatmap.cell_rect(*self._target)

    def source_rects(self) -> list[QRectF]:
        return [self._heatmap.cell_rect(r, c) for r, c in self._sources]

    # -- model → view -------------------------------------------------------
    def _on_trace_changed(self) -> None:
        rows, cols = self._model.result.matrix(self._name).shape

        def inside(cell) -> bool:
            return cell[0] == self._name and 0 <= cell[1] < rows and 0 <= cell[2] < cols

        target = self._model.trace_target
        target = (target[1], target[2]) if target is not None and inside(target) else None
        sources = [(r, c) for name, r, c in self._model.trace if inside((name, r, c))]
        if target is None and not sources and self._target is None and not self._sources:
            return  # nothing traced here, before or now (every drag step of a normal edit)
        self._target, self._sources = target, sources
        rects = self.source_rects() + ([self.target_rect()] if self._target is not None else [])
        bounds = QRectF()
        for rect in rects:
            bounds = bounds.united(rect)
        self.prepareGeometryChange()
        self._bounds = bounds
        self.setVisible(bool(rects))
        self.update()

    # -- drawing ------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter, *args) -> None:
        transform = painter.transform()
        painter.save()
        # Device pixels: lines keep their width whatever the cell size and the inverted y axis.
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_sources(painter, [transform.mapRect(rect) for rect in self.source_rects()], 2.5)
        target = self.target_rect()
        if target is not None:
            paint_target(painter, transform.mapRect(target))
        painter.restore()


class TableTraceOverlay(QWidget):
    """The model's trace on one matrix editor: source cells tinted with a dashed frame.

    A transparent child of the table's viewport that follows its size and
    scrolling, ignores the mouse, and is hidden when no traced cell is in
    this matrix.
    """

    def __init__(self, editor, model: AttentionModel):
        table = editor.table
        super().__init__(table.viewport())
        self._editor = editor
        self._model = model
        self._name = editor.name
        self._cells: list[tuple[int, int]] = []
        self.setObjectName(f"trace_overlay_{self._name}")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        table.viewport().installEventFilter(self)
        # Scrolling moves the viewport's children: put the overlay back and repaint.
        table.horizontalScrollBar().valueChanged.connect(self._fit)
        table.verticalScrollBar().valueChanged.connect(self._fit)
        table.horizontalHeader().sectionResized.connect(self._fit)
        table.verticalHeader().sectionResized.connect(self._fit)
        model.traceChanged.connect(self._on_trace_changed)
        model.changed.connect(self._on_trace_changed)
        self._on_trace_changed()

    def cells(self) -> list[tuple[int, int]]:
        """The source cells drawn on this editor, (row, col)."""
        return list(self._cells)

    def source_rects(self) -> list[QRect]:
        """The cells' rectangles in viewport coordinates, as the table lays them out now."""
        table, table_model = self._editor.table, self._editor.table_model
        return [table.visualRect(table_model.index(r, c)) for r, c in self._cells]

    def _fit(self, *_args) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            self._fit()
        return False

    def _on_trace_changed(self) -> None:
        shape = self._model.session.matrix(self._name)
        rows, cols = (0, 0) if shape is None else shape.shape
        cells = [
            (r, c)
            for name, r, c in self._model.trace
            if name == self._name and 0 <= r < rows and 0 <= c < cols
        ]
        if not cells and not self._cells:
            return  # nothing traced here, before or now
        self._cells = cells
        self._fit()
        self.setVisible(bool(self._cells))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_sources(
            painter, [QRectF(rect) for rect in self.source_rects() if rect.isValid()], 2.0
        )
        painter.end()
