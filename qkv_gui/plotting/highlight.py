"""A coloured frame drawn over any view, to point the learner at it (lessons)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

LESSON_COLOR = QColor(255, 183, 3)
FRAME_WIDTH = 4.0
# Pixels inside a view's edge the frame covers: a view keeps its own content
# this far in (e.g. the matrix editors' margins) so the frame never hides it.
HIGHLIGHT_ROOM = int(FRAME_WIDTH) + 1


class HighlightFrame(QWidget):
    """A transparent overlay child that paints a thick rounded border around its parent.

    It ignores the mouse, follows the parent's size, and stays on top of the
    parent's other children.
    """

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.hide()
        self._fit()

    def _fit(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            self._fit()
        return False

    def set_on(self, on: bool) -> None:
        self._fit()
        self.setVisible(on)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(LESSON_COLOR, FRAME_WIDTH)
        painter.setPen(pen)
        half = FRAME_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 6, 6)
        painter.end()
