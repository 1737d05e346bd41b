"""Gestures over a matrix table: renaming a row inline, and scrubbing a cell's value
by dragging (moved out of matrix_table to keep modules short)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTableView,
)

from ..core.format import step_decimals


class RowLabelEdit(QLineEdit):
    """An inline editor over one row header of a table; Enter commits, Escape cancels."""

    cancelled = Signal()

    @classmethod
    def open_over(cls, table: QTableView, row: int, text: str) -> RowLabelEdit:
        vh = table.verticalHeader()
        top_left = vh.mapTo(table, QPoint(0, vh.sectionViewportPosition(row)))
        editor = cls(table)
        editor.setText(text)
        editor.setGeometry(top_left.x(), top_left.y(), max(vh.width(), 72), vh.sectionSize(row))
        editor.show()
        editor.setFocus()
        editor.selectAll()
        return editor

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def close_quietly(self) -> None:
        # Hiding moves the focus, which would emit editingFinished once more.
        self.blockSignals(True)
        self.hide()
        self.deleteLater()


@dataclass
class _Press:
    """A press on a cell that may turn into a drag (a scrub)."""

    row: int
    col: int
    start_value: float
    start_pos: QPoint
    active: bool = False
    cancelled: bool = False
    last_value: float | None = None


class ScrubGesture(QObject):
    """Drag a cell of `table` up or right to increase its number (left or down: decrease).

    An event filter on the table's viewport: a press records the cell, its value
    (`value_at(row, col)`) and the position; moving past the drag distance starts
    the scrub; each move sets start + (dx − dy) × step, rounded to the step
    (`step_for(modifiers)`) and kept within `bounds`, computed from the start so
    it never drifts. Escape cancels. Moves without a drag report the hovered
    position, leaving the viewport reports `left`.

    Signals: started(row, col); valueChanged(row, col, value); finished(row, col)
    (released after a drag); cancelled(); hovered(pos); left().
    """

    started = Signal(int, int)
    valueChanged = Signal(int, int, float)
    finished = Signal(int, int)
    cancelled = Signal()
    hovered = Signal(QPoint)
    left = Signal()

    def __init__(self, table: QTableView, value_at, step_for, bounds=None):
        super().__init__(table)
        self._table = table
        # Kept, not asked for: events still arrive while the table is being destroyed.
        self._viewport = table.viewport()
        self._value_at = value_at
        self._step_for = step_for
        self.bounds: tuple[float, float] | None = bounds
        self._press: _Press | None = None
        self._viewport.installEventFilter(self)
        table.installEventFilter(self)

    @property
    def active(self) -> bool:
        """A drag is under way (past the drag distance, not cancelled)."""
        return self._press is not None and self._press.active

    def cancel(self) -> None:
        """Escape during a drag: the cancelled signal; the rest of the drag does nothing."""
        if self._press is None or not self._press.active:
            return
        self._press.cancelled = True
        self._viewport.unsetCursor()
        self.cancelled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.MouseButtonPress:
                return self._on_viewport_pressed(event)
            if kind == QEvent.Type.MouseMove:
                return self._on_viewport_mouse_moved(event)
            if kind == QEvent.Type.MouseButtonRelease:
                if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
                    self._finish()
                return False
            if kind == QEvent.Type.Leave:
                self.left.emit()
        elif watched is self._table and kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.active:
                self.cancel()
                return True
        return super().eventFilter(watched, event)

    def _on_viewport_pressed(self, event) -> bool:
        if self._press is not None:
            return True  # another button during a drag
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        index = self._table.indexAt(event.position().toPoint())
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        self._press = _Press(row, col, float(self._value_at(row, col)), event.position().toPoint())
        return False  # the view still selects the cell

    def _on_viewport_mouse_moved(self, event) -> bool:
        pos = event.position().toPoint()
        press = self._press
        if press is None:
            self.hovered.emit(pos)
            return False
        if not event.buttons() & Qt.MouseButton.LeftButton:
            # The release went elsewhere (e.g. focus lost): finish what we have.
            self._finish()
            self.hovered.emit(pos)
            return False
        if press.cancelled:
            return True
        moved = pos - press.start_pos
        if not press.active:
            if moved.manhattanLength() < QApplication.startDragDistance():
                return True  # no rubber band for a small wobble either
            press.active = True
            self.started.emit(press.row, press.col)
            self._viewport.setCursor(Qt.CursorShape.SizeVerCursor)
        step = self._step_for(event.modifiers())
        value = round(press.start_value + (moved.x() - moved.y()) * step, step_decimals(step))
        if self.bounds is not None:
            value = min(max(value, self.bounds[0]), self.bounds[1])
        if value != press.last_value:
            press.last_value = value
            self.valueChanged.emit(press.row, press.col, value)
        return True

    def _finish(self) -> None:
        press, self._press = self._press, None
        if press is None or not press.active or press.cancelled:
            return
        self._viewport.unsetCursor()
        self.finished.emit(press.row, press.col)
