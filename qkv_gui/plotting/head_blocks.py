"""Each head's block of columns in a packed W_Q, W_K, W_V: a line between blocks,
the selected head's block framed in its colour (`paint_head_block_edges`, for the
table's delegate), and a band above the table naming each block "Head k" in the
head's colour (`HeadBand`; click a block to pick that head)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QTableView, QWidget

from .colors import head_color

HEAD_SEPARATOR = QColor(60, 60, 60)


def paint_head_block_edges(painter, rect: QRect, head: int, first: bool, last: bool, selected: bool) -> None:
    """A line between heads' blocks of columns; the selected head's block framed in its colour."""
    if selected and (first or last):
        x = rect.left() if first else rect.right() - 2
        painter.fillRect(QRect(x, rect.top(), 3, rect.height()), head_color(head))
    elif first and head > 0:
        painter.fillRect(QRect(rect.left(), rect.top(), 2, rect.height()), HEAD_SEPARATOR)


class HeadBand(QWidget):
    """A strip above `table` with one box per head's block of columns, "Head k" in the
    head's colour (just "k" where the block is too narrow), the selected head filled.

    Signals:
        clicked(head): a block was clicked (0-based head).
    """

    clicked = Signal(int)

    def __init__(self, table: QTableView, parent: QWidget | None = None):
        super().__init__(parent)
        self._table = table
        self._width = 0  # columns per head
        self._heads = 1
        self._selected = 0
        self._word = "Head {head}"
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setFixedHeight(self.fontMetrics().height() + 4)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # The blocks follow the columns: their widths and the scrolled position.
        table.horizontalHeader().sectionResized.connect(self.update)
        table.horizontalScrollBar().valueChanged.connect(self.update)
        table.installEventFilter(self)

    def set_blocks(self, width: int, heads: int, selected: int, word: str) -> None:
        """`heads` blocks of `width` columns, head `selected` (0-based) picked; `word`
        the label with "{head}" (translated by the caller)."""
        state = (width, heads, selected, word)
        if state != (self._width, self._heads, self._selected, self._word):
            picked = (heads, selected) != (self._heads, self._selected)
            self._width, self._heads, self._selected, self._word = state
            self.update()
            model = self._table.model()
            if picked and heads > 1 and model is not None and model.rowCount():
                # The picked head's block into view (the last column, then the first).
                for col in ((selected + 1) * width - 1, selected * width):
                    self._table.scrollTo(model.index(0, col))

    def block_rect(self, head: int) -> QRect:
        """Where head `head`'s block is drawn, in this widget's coordinates."""
        table, header = self._table, self._table.horizontalHeader()
        first, last = head * self._width, (head + 1) * self._width - 1
        # The band sits at the table's left edge: skip the frame and the row labels.
        left = table.frameWidth() + table.verticalHeader().width()
        x0 = left + header.sectionViewportPosition(first)
        x1 = left + header.sectionViewportPosition(last) + header.sectionSize(last)
        x0, x1 = max(x0, left), min(x1, table.width() - table.frameWidth())
        return QRect(x0, 0, max(x1 - x0, 0), self.height())

    def head_at(self, x: int) -> int | None:
        for head in range(self._heads):
            rect = self.block_rect(head)
            if rect.left() <= x <= rect.right():
                return head
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        head = self.head_at(round(event.position().x()))
        if head is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(head)
        super().mousePressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.update()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._heads < 2 or self._width < 1:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        for head in range(self._heads):
            rect = self.block_rect(head).adjusted(1, 0, -1, -1)
            if rect.width() < 4:
                continue
            color = head_color(head)
            selected = head == self._selected
            if selected:
                painter.fillRect(rect, color)
            painter.setPen(QPen(color, 1))
            painter.drawRect(rect.adjusted(0, 0, -1, 0))
            text = self._word.format(head=head + 1)
            if metrics.horizontalAdvance(text) > rect.width() - 4:
                text = str(head + 1)
            painter.setPen(QColor(255, 255, 255) if selected else color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
