"""A compact coloured table of numbers you can scrub: the pieces, without any session.

`MatrixCellModel` holds a matrix as a Qt table: each cell's text and
brushes, labels, a marked row (the selected query), a hovered row or column,
traced cells. `CellDelegate` paints exactly that (and opens a plain line
edit to type), `CompactTable` is as big as its cells and fits its columns to
their numbers, `ScrubGesture` turns a drag on a cell into new values,
`RowLabelEdit` renames a row in place.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..core.export_data import plain
from ..core.format import (
    decimal_separator,
    decimals_after_edit,
    decimals_for,
    fixed,
    with_separator,
)
from .colors import (
    HOVER_COLOR,
    MASKED_INDEX,
    SELECTION_COLOR,
    cell_color,
    color_index,
    head_color,
    lut_for,
    text_color_on,
)
from .head_blocks import paint_head_block_edges
from .trace import paint_sources, paint_target

ROW_HEIGHT = 22
COLUMN_WIDTH = 46
# Beyond this many rows the table scrolls instead of growing.
MAX_VISIBLE_ROWS = 12
TRACE_WIDTH = 2.0
STRUCK_LABEL_COLOR = QColor(140, 140, 140)  # a padding token's label


def blend(color: QColor, amount: float) -> QColor:
    """`color` mixed with white: a subtle tint for header highlights."""
    return QColor(
        round(255 + (color.red() - 255) * amount),
        round(255 + (color.green() - 255) * amount),
        round(255 + (color.blue() - 255) * amount),
    )


# (sequential, colour index) -> (background, text) brushes, shared by every table.
_BRUSHES: dict[tuple[bool, int], tuple[QBrush, QBrush]] = {}


def cell_brushes(value: float, sequential: bool, limit: float) -> tuple[QBrush, QBrush]:
    """Background and text brush of a cell: `cell_color` and `text_color_on` of it, cached."""
    key = (sequential, color_index(value, sequential, limit))
    brushes = _BRUSHES.get(key)
    if brushes is None:
        if key[1] == MASKED_INDEX:
            background = cell_color(float("nan"), "weights" if sequential else "inputs", 1.0)
        else:
            r, g, b = lut_for("weights" if sequential else "inputs")[key[1]][:3]
            background = QColor(int(r), int(g), int(b))
        brushes = _BRUSHES[key] = (QBrush(background), QBrush(text_color_on(background)))
    return brushes


# Cells of the marked row (the selected query; painted with a left bar by the delegate).
MARKED_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# "source", "target" or None: the step-through trace on a cell.
TRACE_ROLE = Qt.ItemDataRole.UserRole + 2
# Which head's block of columns a cell is in (painted by the delegate; changes repaint every cell).
HEAD_BLOCK_ROLE = Qt.ItemDataRole.UserRole + 3


class MatrixCellModel(QAbstractTableModel):
    """A matrix of numbers as a Qt table: text, colours, labels, a marked row, a hovered
    row or column and traced cells, for `CellDelegate` to paint.

    Each setter signals only what changed, so the view repaints only that: the
    cells whose numbers changed (one while scrubbing), the headers whose marks
    changed. Subclasses add tooltips (`cell_tooltip`, `header_tooltip`) and
    what a typed value does (`setData`).
    """

    def __init__(self, sequential: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._sequential = sequential
        self._matrix = np.zeros((0, 0))
        self._limit = 1.0
        self._row_labels: tuple[str, ...] = ()
        self._col_labels: tuple[str, ...] = ()
        self._texts: dict[tuple[int, int], str] = {}  # formatted cells, filled as painted
        self._texts_separator = decimal_separator()  # the decimal separator of `_texts`
        self._decimals = 0  # of every number of the matrix (`format.decimals_for`)
        self._decimals_of: tuple[np.ndarray, int] | None = None  # a matrix and its `decimals_for`
        self._changed: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # `changed_cells`
        self._marks: tuple[int | None, int | None, int | None] = (None, None, None)
        self._trace: dict[tuple[int, int], str] = {}  # (row, col) → "source" / "target"
        self._blocks: tuple[int, int] | None = None  # (columns per head, selected head), several heads
        self._struck_rows: frozenset[int] = frozenset()  # labels struck through (padding)

    @property
    def matrix(self) -> np.ndarray:
        """The matrix as shown."""
        return self._matrix

    @property
    def limit(self) -> float:
        return self._limit

    def row_labels(self) -> tuple[str, ...]:
        return self._row_labels

    def col_labels(self) -> tuple[str, ...]:
        return self._col_labels

    @property
    def decimals(self) -> int:
        """The decimals every number of the matrix is shown with."""
        return self._decimals

    def reformat(self) -> None:
        """Format every number again (the locale's decimal separator changed)."""
        self._texts = {}
        self.layoutChanged.emit()  # every cell repaints

    def changed_cells(self, old: np.ndarray, new: np.ndarray) -> np.ndarray:
        """The flat indices of the cells where `new` differs from `old` (same shapes),
        found once for the decimals, the repaint and the column widths of one edit."""
        cached = self._changed
        if cached is None or cached[0] is not old or cached[1] is not new:
            cached = self._changed = (old, new, np.flatnonzero(old != new))
        return cached[2]

    def next_decimals(self, matrix: np.ndarray, hold: bool = False) -> int:
        """The decimals for `matrix` when it comes next (only its changed cells looked at:
        `decimals_after_edit`); `hold` (a drag): never fewer than now, so they do not drop
        back and forth with each step."""
        previous = self._decimals_of
        if previous is None:
            decimals = decimals_for(matrix)
        else:
            changed = self.changed_cells(previous[0], matrix) if previous[0].shape == matrix.shape else None
            decimals = decimals_after_edit(*previous, matrix, changed=changed)
        self._decimals_of = (matrix, decimals)
        if hold and matrix.shape == self._matrix.shape:
            decimals = max(decimals, self._decimals)
        return decimals

    def set_matrix(self, matrix: np.ndarray, row_labels, col_labels, limit: float,
                   decimals: int | None = None) -> None:
        """Show `matrix` (colours relative to ±`limit`, numbers with `decimals`
        decimals, None: `decimals_for` the matrix); only changed cells repaint."""
        old_matrix, old_limit, old_decimals = self._matrix, self._limit, self._decimals
        self._decimals = decimals_for(matrix) if decimals is None else decimals
        old_labels = (self._row_labels, self._col_labels)
        reset = matrix.shape != old_matrix.shape
        if reset:
            self.beginResetModel()
        self._matrix, self._limit, self._texts = matrix, limit, {}
        self._row_labels, self._col_labels = tuple(row_labels), tuple(col_labels)
        if reset:
            self._trace = {}
            self.endResetModel()
            return
        rows, cols = matrix.shape
        if rows and cols:
            if old_limit != limit or old_decimals != self._decimals:
                # Every colour is relative to the limit, every text has the decimals: all cells change.
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
            elif matrix is not old_matrix:
                changed = self.changed_cells(old_matrix, matrix)
                self._emit_cells_changed(np.column_stack(np.divmod(changed, cols)))
        if rows and old_labels[0] != self._row_labels:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if cols and old_labels[1] != self._col_labels:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)

    def set_marks(self, marked_row: int | None, hovered_row: int | None,
                  hovered_col: int | None) -> None:
        """The marked row (a bar and a tinted header) and the hovered row or column."""
        old, self._marks = self._marks, (marked_row, hovered_row, hovered_col)
        rows, cols = self._matrix.shape
        if rows and cols and old[0] != marked_row:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 0), [MARKED_ROW_ROLE])
        if rows and old[:2] != self._marks[:2]:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if cols and old[2] != hovered_col:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)

    def set_head_blocks(self, width: int | None, selected: int = 0) -> None:
        """Columns in blocks of `width`, one per head (None: one head), head `selected` stands out."""
        blocks = None if not width or width >= self._matrix.shape[1] else (width, selected)
        if blocks != self._blocks:
            self._blocks = blocks
            rows, cols = self._matrix.shape
            if rows and cols:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1), [HEAD_BLOCK_ROLE])

    def head_block(self, col: int) -> tuple[int, bool, bool, bool] | None:
        """(head, first column of its block, last column, the selected head) of `col`, or None."""
        if self._blocks is None:
            return None
        width, selected = self._blocks
        head = col // width
        return head, col % width == 0, col % width == width - 1, head == selected
    def set_struck_rows(self, rows) -> None:
        """Rows whose labels are struck through and greyed (tokens marked as padding)."""
        old, self._struck_rows = self._struck_rows, frozenset(rows)
        if old != self._struck_rows and self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def is_struck_row(self, row: int) -> bool:
        return row in self._struck_rows

    def set_trace(self, cells: dict[tuple[int, int], str]) -> None:
        """Traced cells: (row, col) → "source" or "target"; only those repaint."""
        old, self._trace = self._trace, dict(cells)
        if old != self._trace:
            self._emit_cells_changed(list(old.keys() | self._trace.keys()), [TRACE_ROLE])

    def _emit_cells_changed(self, cells, roles=()) -> None:
        if len(cells):
            (top, left), (bottom, right) = np.min(cells, axis=0), np.max(cells, axis=0)
            self.dataChanged.emit(
                self.index(int(top), int(left)), self.index(int(bottom), int(right)), list(roles)
            )

    # -- what the delegate paints --------------------------------------------
    def text(self, row: int, col: int) -> str:
        """The shown text of a cell (`fixed`, the matrix's decimals), formatted once per value."""
        if self._texts_separator != decimal_separator():  # the language changed
            self._texts, self._texts_separator = {}, decimal_separator()
        text = self._texts.get((row, col))
        if text is None:
            text = self._texts[(row, col)] = fixed(float(self._matrix[row, col]), self._decimals)
        return text

    def brushes(self, row: int, col: int) -> tuple[QBrush, QBrush]:
        """Background and text brush of a cell."""
        return cell_brushes(float(self._matrix[row, col]), self._sequential, self._limit)

    def is_marked_row(self, row: int) -> bool:
        return row == self._marks[0]

    def trace_kind(self, row: int, col: int) -> str | None:
        """"target" (framed), "source" (tinted, dashed frame) or None."""
        return self._trace.get((row, col)) if self._trace else None

    def traced(self, kind: str = "source") -> list[tuple[int, int]]:
        return [cell for cell, k in self._trace.items() if k == kind]

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._matrix.shape[0])

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._matrix.shape[1])

    def cell_tooltip(self, row: int, col: int) -> str | None:
        return None

    def header_tooltip(self, section: int, vertical: bool) -> str | None:
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return float(self._matrix[row, col])
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.brushes(row, col)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.brushes(row, col)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, col)
        if role == MARKED_ROW_ROLE:
            return self.is_marked_row(row)
        if role == TRACE_ROLE:
            return self.trace_kind(row, col)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        vertical = orientation == Qt.Orientation.Vertical
        labels = self._row_labels if vertical else self._col_labels
        if not 0 <= section < len(labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels[section]
        hovered = section == (self._marks[1] if vertical else self._marks[2])
        marked = vertical and self.is_marked_row(section)
        block = None if vertical or hovered else self.head_block(section)
        if block is not None and role == Qt.ItemDataRole.BackgroundRole:  # each head's columns in its colour
            return QBrush(blend(head_color(block[0]), 0.55 if block[3] else 0.2))
        if block is not None and role == Qt.ItemDataRole.FontRole:
            return _bold_font() if block[3] else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if hovered:
                return QBrush(blend(HOVER_COLOR, 0.35))
            if marked:
                return QBrush(blend(SELECTION_COLOR, 0.45))
            return None
        struck = vertical and section in self._struck_rows
        if role == Qt.ItemDataRole.FontRole and (marked or hovered or struck):
            font = QFont()
            font.setBold(marked or hovered)
            font.setStrikeOut(struck)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and struck:
            return QBrush(STRUCK_LABEL_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section, vertical)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


def _bold_font() -> QFont:
    return QFont(QFont().family(), -1, QFont.Weight.Bold)


class CellDelegate(QStyledItemDelegate):
    """A plain QLineEdit editor; keeps the value colour visible on selected cells."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text_margin: int | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        # Every digit, in the language's separator ("0,5"); both separators are read back.
        editor.setText("" if value is None else with_separator(plain(value)))
        # Remember the text so that Enter without typing changes nothing.
        editor.setProperty("initialText", editor.text())
        editor.selectAll()

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        text = editor.text()
        if text.strip() == editor.property("initialText"):
            return
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # What QStyledItemDelegate draws for these cells (background, centred text
        # elided to the style's text margins), straight from the table model's
        # caches: the style path asks the model for a dozen roles per cell.
        model = index.model()
        if not isinstance(model, MatrixCellModel):
            super().paint(painter, option, index)
            return
        row, col = index.row(), index.column()
        background, foreground = model.brushes(row, col)
        rect = option.rect
        if self._text_margin is None:
            style = option.widget.style() if option.widget is not None else QApplication.style()
            self._text_margin = (
                style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
            )
        margin = self._text_margin
        painter.save()
        painter.fillRect(rect, background)
        text = model.text(row, col)
        room = rect.adjusted(margin, 0, -margin, 0)
        if option.fontMetrics.horizontalAdvance(text) > room.width():
            text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        painter.setFont(option.font)
        painter.setPen(foreground.color())
        painter.drawText(room, Qt.AlignmentFlag.AlignCenter, text)
        # The style's selection fill would hide the value colour; draw a frame instead.
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(foreground.color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        block = model.head_block(col)
        if block is not None:
            paint_head_block_edges(painter, rect, *block)
        if col == 0 and model.is_marked_row(row):
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), SELECTION_COLOR)
        traced = model.trace_kind(row, col)
        if traced == "source":
            paint_sources(painter, [QRectF(rect)], TRACE_WIDTH)
        elif traced == "target":
            paint_target(painter, QRectF(rect))
        painter.restore()


class CompactTable(QTableView):
    """A table exactly as big as its cells, so several stack without empty space.

    Columns are never narrower than COLUMN_WIDTH and widen only as far as their
    widest text needs (`fit_columns`); rows are ROW_HEIGHT high; numbers use
    tabular digits so columns stay aligned while a value is scrubbed.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # (matrix, column labels, fonts) the column widths were fitted to; text → pixels.
        self._fitted: tuple | None = None
        self._text_widths: dict = {}  # text (or ("header", text)) → width in pixels
        Trigger = QAbstractItemView.EditTrigger
        self.setEditTriggers(Trigger.DoubleClicked | Trigger.EditKeyPressed | Trigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setFeature(QFont.Tag("tnum"), 1)
        self.setFont(font)
        hh, vh = self.horizontalHeader(), self.verticalHeader()
        hh.setMinimumSectionSize(24)
        hh.setDefaultSectionSize(COLUMN_WIDTH)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setHighlightSections(False)
        vh.setMinimumSectionSize(16)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setHighlightSections(False)
        vh.setSectionsClickable(True)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)

    def _content_size(self, width: int | None = None) -> QSize:
        vh, hh = self.verticalHeader(), self.horizontalHeader()
        frame = 2 * self.frameWidth()
        # The same sizes QTableView.updateGeometries gives its headers.
        header_w = max(vh.minimumWidth(), vh.sizeHint().width()) if not vh.isHidden() else 0
        header_h = max(hh.minimumHeight(), hh.sizeHint().height()) if not hh.isHidden() else 0
        rows = self.model().rowCount() if self.model() is not None else 0
        cells_h = sum(vh.sectionSize(i) for i in range(min(rows, MAX_VISIBLE_ROWS)))
        if not rows:
            cells_h = ROW_HEIGHT
        w = header_w + hh.length() + frame
        h = header_h + cells_h + frame
        if rows > MAX_VISIBLE_ROWS:
            w += self.verticalScrollBar().sizeHint().width()
        if width is not None and width < w:
            h += self.horizontalScrollBar().sizeHint().height()
        return QSize(w, h)

    def sizeHint(self) -> QSize:
        full = self._content_size()
        # The height depends on whether the current width needs a horizontal scrollbar.
        width = self.width() if self.isVisible() else full.width()
        return QSize(full.width(), self._content_size(width).height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._content_size(event.size().width()).height() != event.size().height():
            self.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange and hasattr(self.model(), "reformat"):
            self.model().reformat()  # the language changed: its decimal separator too
        # Fitted before (not while being built): new text widths, measure every column.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange) and getattr(self, "_fitted", None):
            matrix, labels, _fonts, decimals = self._fitted
            self._fitted = None
            self.fit_columns(matrix, labels, decimals)

    def fit_columns(self, matrix: np.ndarray, labels: tuple[str, ...], decimals: int | None = None) -> None:
        """Widen a column (never below COLUMN_WIDTH) only as far as its widest text needs.

        The texts have `decimals` decimals (None: `decimals_for` the matrix), as the cells show them.

        Only the columns whose numbers changed since the last call are measured
        again, and the window's layout is asked to follow only when a width or
        the shape changed.
        """
        previous = self._fitted
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        fonts = (self.font(), self.horizontalHeader().font())
        decimals = decimals_for(matrix) if decimals is None else decimals
        if (
            previous is None
            or previous[0].shape != matrix.shape
            or previous[1] != labels
            or previous[2] != fonts
            or previous[3] != decimals
        ):
            self._text_widths.clear()
            columns = range(matrix.shape[1])
        else:
            model = self.model()
            if hasattr(model, "changed_cells"):  # what the model found for this edit
                columns = np.unique(model.changed_cells(previous[0], matrix) % matrix.shape[1]).tolist()
            else:
                columns = np.flatnonzero(np.any(previous[0] != matrix, axis=0)).tolist()
        shape_changed = previous is None or previous[0].shape != matrix.shape
        self._fitted = (matrix, labels, fonts, decimals)
        if len(self._text_widths) > 20000:  # a long session of drags: start afresh
            self._text_widths.clear()
        widths = self._text_widths
        hh = self.horizontalHeader()
        resized = False
        # The widest number of a column is its largest or its smallest (digits are
        # equally wide, `tnum`): two texts per column, not one per cell (a 512 × 512
        # matrix formatted 262 144 numbers, for seconds, when it opened).
        columns = list(columns)
        block = matrix[:, columns]
        if block.size:
            highs, lows = block.max(axis=0), block.min(axis=0)
        else:  # no rows: the headers alone
            highs = lows = [float("nan")] * len(columns)
        for col, high, low in zip(columns, highs, lows, strict=True):
            widest = 0
            for text in {fixed(high, decimals), fixed(low, decimals)}:
                width = widths.get(text)
                if width is None:
                    width = widths[text] = metrics.horizontalAdvance(text)
                widest = max(widest, width)
            label = ("header", labels[col])  # kept apart from the numbers' widths
            header_width = widths.get(label)
            if header_width is None:
                header_width = widths[label] = header_metrics.horizontalAdvance(labels[col])
            width = max(COLUMN_WIDTH, widest + 12, header_width + 12)
            if hh.sectionSize(col) != width:
                hh.resizeSection(col, width)
                resized = True
        if resized or shape_changed:
            self.updateGeometry()

    def selected_indexes(self) -> list[QModelIndex]:
        """The selected cells, else the current cell, else none."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        return indexes

    def selection_block(self, whole_if_single: bool = False) -> tuple[slice, slice]:
        """Bounding box of the selection; the current cell, or the whole table."""
        model = self.model()
        indexes = self.selected_indexes()
        if not indexes or (whole_if_single and len(indexes) == 1):
            return slice(0, model.rowCount()), slice(0, model.columnCount())
        r = [i.row() for i in indexes]
        c = [i.column() for i in indexes]
        return slice(min(r), max(r) + 1), slice(min(c), max(c) + 1)

    def selected_rows(self) -> list[int]:
        """Rows with a selected cell (else the current row, else the last), bottom first."""
        rows = {index.row() for index in self.selected_indexes()}
        if not rows and self.model().rowCount():
            rows = {self.model().rowCount() - 1}
        return sorted(rows, reverse=True)
