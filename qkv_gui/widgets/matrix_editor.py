"""Edit one matrix of the session: a compact coloured table you can scrub.

`MatrixEditor` shows one editable matrix (inputs, decoder states, W_Q, ...).
Drag a cell up or right to increase it (live recompute, one undo step per
drag), type a number, paste a block from a spreadsheet, or resize the matrix
with the tool buttons. It reads the `AttentionModel` and sends every edit back
to it; it never talks to other widgets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QKeySequence, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core import edits
from ..core.compute import set_override_weight
from ..core.export_data import matrix_as_latex, matrix_as_markdown, matrix_as_tsv, plain
from ..core.format import fmt
from ..core.session import EDITABLE, Session
from ..model import AttentionModel
from ..plotting.colors import (
    HOVER_COLOR,
    MASKED_INDEX,
    SELECTION_COLOR,
    cell_color,
    color_index,
    is_sequential,
    lut_for,
    symmetric_limit,
    text_color_on,
)
from ..plotting.highlight import HIGHLIGHT_ROOM

ROW_HEIGHT = 22
COLUMN_WIDTH = 46
# Beyond this many rows the table scrolls instead of growing.
MAX_VISIBLE_ROWS = 12

# Scrub steps per pixel: (normal, Shift = fine, Ctrl = coarse). Weights live in
# [0, 1], so they move more slowly.
SCRUB_STEPS = (0.01, 0.001, 0.1)
WEIGHT_SCRUB_STEPS = (0.005, 0.0005, 0.05)

# Cells of the selected query's row (painted with a left bar by the delegate).
QUERY_ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# Rows of these matrices are queries (inputs only in self mode).
_QUERY_ROW_MATRICES = ("decoder", "weights_override")


# -- pure helpers ------------------------------------------------------------


def parse_number(text: str) -> float | None:
    """The finite number in `text` ("1,5" counts as 1.5), or None."""
    cleaned = text.strip().replace("\u2212", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def split_table_text(text: str) -> list[list[str]]:
    """Cells of a pasted block: tab separated (spreadsheets), else `;`, else spaces."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if "\t" in text:
        return [line.split("\t") for line in lines]
    if ";" in text:
        return [line.split(";") for line in lines]
    return [line.split() for line in lines]


def with_values(session: Session, name: str, cells: dict[tuple[int, int], float]) -> Session:
    """`session` with the given cells of matrix `name` set.

    For the hand-set weights every touched row is rescaled (untouched cells
    keep their proportions) so it still sums to 1, as `set_override_weight` does
    for one cell.
    """
    old = np.array(session.matrix(name), dtype=np.float64)
    new = old.copy()
    fixed = np.zeros(old.shape, dtype=bool)
    for (row, col), value in cells.items():
        new[row, col] = value
        fixed[row, col] = True
    if name == "weights_override":
        for row in np.flatnonzero(fixed.any(axis=1)):
            if fixed[row].sum() == 1:
                col = int(np.flatnonzero(fixed[row])[0])
                new[row] = set_override_weight(old, row, col, new[row, col])[row]
                continue
            new[row, fixed[row]] = np.clip(new[row, fixed[row]], 0.0, 1.0)
            used, free = new[row, fixed[row]].sum(), ~fixed[row]
            # Otherwise the row cannot sum to 1; the model refuses it with a message.
            if free.any() and used <= 1.0:
                rest = old[row, free]
                total = rest.sum()
                new[row, free] = (
                    rest / total * (1.0 - used) if total > 0 else (1.0 - used) / free.sum()
                )
    return session.with_matrix(name, new)


def step_decimals(step: float) -> int:
    """Decimals a scrubbed value is rounded to: 0.01 → 2, 0.005 → 3."""
    return max(0, -math.floor(math.log10(step) + 1e-9))


def _blend(color: QColor, amount: float) -> QColor:
    """`color` mixed with white: a subtle tint for header highlights."""
    return QColor(
        round(255 + (color.red() - 255) * amount),
        round(255 + (color.green() - 255) * amount),
        round(255 + (color.blue() - 255) * amount),
    )


# (sequential, colour index) -> (background, text) brushes, shared by every editor.
_BRUSHES: dict[tuple[bool, int], tuple[QBrush, QBrush]] = {}


def _cell_brushes(value: float, sequential: bool, limit: float) -> tuple[QBrush, QBrush]:
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


# -- the Qt table model --------------------------------------------------------


class MatrixTableModel(QAbstractTableModel):
    """One matrix of the session as a Qt table; edits go back to the AttentionModel.

    Signals:
        refused(row, col, message): a typed value was not a number.
    """

    refused = Signal(int, int, str)

    def __init__(self, model: AttentionModel, name: str, parent: QObject | None = None):
        super().__init__(parent)
        if name not in EDITABLE:
            raise KeyError(name)
        self._model = model
        self._name = name
        self._matrix = np.zeros((0, 0))
        self._limit = 1.0
        self._read_from: tuple | None = None  # (matrix, labels, mode, m) last read
        self._row_labels: tuple[str, ...] = ()
        self._col_labels: tuple[str, ...] = ()
        self._sequential = is_sequential(name)
        self._texts: dict[tuple[int, int], str] = {}  # formatted cells, filled as painted
        self._header_state: tuple | None = None
        self._read()
        self._header_state = self._current_header_state()
        model.changed.connect(self._on_session_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)

    # -- reading the session -----------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @property
    def matrix(self) -> np.ndarray:
        """The matrix as shown (0 × 0 when the session has none)."""
        return self._matrix

    @property
    def limit(self) -> float:
        return self._limit

    def row_labels(self) -> tuple[str, ...]:
        return self._row_labels

    def col_labels(self) -> tuple[str, ...]:
        return self._col_labels

    def _read(self) -> None:
        session = self._model.session
        matrix = session.matrix(self._name)
        self._read_from = (matrix, session.labels, session.mode, session.m)
        self._matrix = np.zeros((0, 0)) if matrix is None else matrix
        self._texts = {}
        rows, cols = self._matrix.shape
        if self._name == "weights_override":
            self._limit = 1.0
        else:
            self._limit = symmetric_limit(self._matrix) if self._matrix.size else 1.0
        if self._name == "inputs":
            self._row_labels = tuple(session.labels)
        elif self._name in _QUERY_ROW_MATRICES:
            self._row_labels = tuple(session.query_labels)
        else:
            self._row_labels = tuple(str(i + 1) for i in range(rows))
        if self._name == "weights_override":
            self._col_labels = tuple(session.labels)
        else:
            self._col_labels = tuple(str(j + 1) for j in range(cols))
        # Labels can lag the matrix in a malformed session; never index past them.
        self._row_labels = (self._row_labels + tuple(str(i + 1) for i in range(rows)))[:rows]
        self._col_labels = (self._col_labels + tuple(str(j + 1) for j in range(cols)))[:cols]

    def _on_session_changed(self) -> None:
        session = self._model.session
        # What _read reads. An edit shares the matrices it did not touch, so
        # while another matrix is dragged this is the same and nothing repaints.
        source = (session.matrix(self._name), session.labels, session.mode, session.m)
        last = self._read_from
        if last is not None and source[0] is last[0] and source[1:] == last[1:]:
            self._emit_headers_changed()  # the hover or the selected query may have moved
            return
        old_matrix, old_limit = self._matrix, self._limit
        if self._shape_of_session() != old_matrix.shape:
            self.beginResetModel()
            self._read()
            self.endResetModel()
            self._header_state = self._current_header_state()
            return
        self._read()
        rows, cols = self._matrix.shape
        if rows and cols:
            if old_limit != self._limit:
                # Every colour is relative to the limit: all cells change.
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
            else:
                # Only the cells that changed repaint (one cell while scrubbing).
                changed = np.argwhere(old_matrix != self._matrix)
                if len(changed):
                    (top, left), (bottom, right) = changed.min(axis=0), changed.max(axis=0)
                    self.dataChanged.emit(
                        self.index(int(top), int(left)), self.index(int(bottom), int(right))
                    )
        # Labels, the mode (which rows are queries) or the hover may have changed.
        self._emit_headers_changed()

    def _shape_of_session(self) -> tuple[int, int]:
        matrix = self._model.session.matrix(self._name)
        return (0, 0) if matrix is None else matrix.shape

    def _on_selection_changed(self) -> None:
        rows = self.rowCount()
        if rows and self.columnCount() and self._rows_are_queries():
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 0), [QUERY_ROW_ROLE])
        self._emit_headers_changed()

    def _on_hover_changed(self) -> None:
        self._emit_headers_changed()

    def _current_header_state(self) -> tuple:
        """Everything the headers show: labels, the selected query's row, the hovered key."""
        query_row = self._model.selected_query if self._rows_are_queries() else None
        return (
            (self._row_labels, query_row, self._hovered_row()),
            (self._col_labels, self._hovered_col()),
        )

    def _emit_headers_changed(self) -> None:
        """Repaint a header only when what it shows changed."""
        state = self._current_header_state()
        old = self._header_state or (None, None)
        self._header_state = state
        rows, cols = self._matrix.shape
        if rows and state[0] != old[0]:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if cols and state[1] != old[1]:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)

    def _rows_are_queries(self) -> bool:
        return self._name in _QUERY_ROW_MATRICES or (
            self._name == "inputs" and self._model.session.mode == "self"
        )

    def is_query_row(self, row: int) -> bool:
        """True when `row` is the selected query (in a matrix whose rows are queries)."""
        return row == self._model.selected_query and self._rows_are_queries()

    def _hovered_row(self) -> int | None:
        return self._model.hovered_key if self._name == "inputs" else None

    def _hovered_col(self) -> int | None:
        return self._model.hovered_key if self._name == "weights_override" else None

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._matrix.shape[0])

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._matrix.shape[1])

    def text(self, row: int, col: int) -> str:
        """The shown text of a cell (`fmt` of its value), formatted once per value."""
        text = self._texts.get((row, col))
        if text is None:
            text = self._texts[(row, col)] = fmt(float(self._matrix[row, col]))
        return text

    def brushes(self, row: int, col: int) -> tuple[QBrush, QBrush]:
        """Background and text brush of a cell."""
        return _cell_brushes(float(self._matrix[row, col]), self._sequential, self._limit)

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
            return self.tr(
                "{row}, {col}: {value} — drag up/right to change, double-click to type"
            ).format(
                row=self._row_labels[row],
                col=self._col_labels[col],
                value=fmt(float(self._matrix[row, col]), 6),
            )
        if role == QUERY_ROW_ROLE:
            return self.is_query_row(row)
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
        hovered = self._hovered_row() if vertical else self._hovered_col()
        selected = vertical and self.is_query_row(section)
        if role == Qt.ItemDataRole.BackgroundRole:
            if hovered == section:
                return QBrush(_blend(HOVER_COLOR, 0.35))
            if selected:
                return QBrush(_blend(SELECTION_COLOR, 0.45))
            return None
        if role == Qt.ItemDataRole.FontRole and (selected or hovered == section):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and vertical:
            if self._name == "inputs":
                return self.tr("Click to select this query; double-click to rename the token")
            if self._name in _QUERY_ROW_MATRICES:
                return self.tr("Click to select this query")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Apply a typed value (text or number) as one undo step; refuse non-numbers."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        if isinstance(value, str):
            if not value.strip():
                return False
            number = parse_number(value)
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = None
            if number is not None and not math.isfinite(number):
                number = None
        if number is None:
            message = self.tr("“{text}” is not a number — the value stays {value}").format(
                text=str(value).strip(), value=fmt(self._matrix[row, col])
            )
            self._model.message.emit(message)
            self.refused.emit(row, col, message)
            return False
        session = with_values(self._model.session, self._name, {(row, col): number})
        text = self.tr("Edit {name}[{row},{col}]").format(name=self._name, row=row + 1, col=col + 1)
        return self._model.apply(session, text)


# -- view pieces ---------------------------------------------------------------


class _CellDelegate(QStyledItemDelegate):
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
        editor.setText("" if value is None else plain(value))
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
        if not isinstance(model, MatrixTableModel):
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
        if col == 0 and model.is_query_row(row):
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), SELECTION_COLOR)
        painter.restore()


class _CompactTable(QTableView):
    """A table exactly as big as its cells, so several stack without empty space."""

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


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of clipping it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full_text

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full_text) + 4, super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 40), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(
            self.fontMetrics().elidedText(
                self._full_text, Qt.TextElideMode.ElideRight, max(self.width(), 1)
            )
        )


class _LabelEdit(QLineEdit):
    """Inline editor for a token label; Escape cancels."""

    cancelled = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


@dataclass
class _Scrub:
    """A press on a cell that may turn into a drag (a scrub gesture)."""

    row: int
    col: int
    start_value: float
    start_pos: QPoint
    start_session: Session
    active: bool = False
    cancelled: bool = False
    last_value: float | None = None


# -- the editor widget ---------------------------------------------------------


class MatrixEditor(QWidget):
    """A compact editor for one editable matrix of the session.

    `name` is one of `core.session.EDITABLE`. The main window decides whether
    the editor is visible (see `is_relevant`).
    """

    def __init__(self, model: AttentionModel, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        if name not in EDITABLE:
            raise KeyError(name)
        self._model = model
        self.name = name
        self._scrub: _Scrub | None = None
        self.label_editor: _LabelEdit | None = None
        # (matrix, column labels, fonts) the column widths were fitted to; text → pixels.
        self._fitted: tuple | None = None
        self._shown_shape: tuple[int, int] | None = None  # in the "rows × cols" label
        self._text_widths: dict = {}  # text (or ("header", text)) → width in pixels

        self.title_label = _ElidedLabel(self)
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.shape_label = QLabel(self)
        self.shape_label.setStyleSheet("color: palette(placeholder-text);")

        self.table_model = MatrixTableModel(model, name, self)
        self.table = _CompactTable(self)
        self.table.setModel(self.table_model)
        self._delegate = _CellDelegate(self.table)
        self.table.setItemDelegate(self._delegate)
        self._setup_table()

        self.structure_actions: list[QAction] = []
        self.add_row_action = self.remove_row_action = None
        self.dim_minus_action = self.dim_plus_action = None
        self._create_actions()

        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.setSpacing(4)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.shape_label)
        title_row.addStretch(1)
        self.tool_buttons: list[QToolButton] = []
        for action in self.structure_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFixedSize(button.fontMetrics().horizontalAdvance(action.iconText()) + 10, 20)
            self.tool_buttons.append(button)
            title_row.addWidget(button)
        layout = QVBoxLayout(self)
        # Room for a lesson's highlight frame, drawn just inside the editor's edge.
        margin = HIGHLIGHT_ROOM
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(1)
        layout.addLayout(title_row)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.table_model.refused.connect(self._on_refused)
        model.changed.connect(self._on_session_changed)
        self._on_session_changed()

    # -- construction --------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.table
        Trigger = QAbstractItemView.EditTrigger
        table.setEditTriggers(
            Trigger.DoubleClicked | Trigger.EditKeyPressed | Trigger.AnyKeyPressed
        )
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = table.font()
        # Tabular digits keep columns of numbers aligned while scrubbing.
        font.setFeature(QFont.Tag("tnum"), 1)
        table.setFont(font)
        hh, vh = table.horizontalHeader(), table.verticalHeader()
        hh.setMinimumSectionSize(24)
        hh.setDefaultSectionSize(COLUMN_WIDTH)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setHighlightSections(False)
        vh.setMinimumSectionSize(16)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setHighlightSections(False)
        vh.setSectionsClickable(True)
        vh.sectionClicked.connect(self._on_q_row_header_clicked)
        vh.sectionDoubleClicked.connect(self._on_q_row_header_double_clicked)
        table.setMouseTracking(True)
        table.viewport().setMouseTracking(True)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_q_context_menu)
        vh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vh.customContextMenuRequested.connect(self._on_q_header_context_menu)

    def _action(self, text: str, icon_text: str, tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setIconText(icon_text)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        name = self.name
        if name == "inputs":
            self.add_row_action = self._action(
                self.tr("Add token"),
                "+",
                self.tr("Add a token (a new input row of zeros)"),
                self._on_q_add_row,
            )
            self.remove_row_action = self._action(
                self.tr("Remove selected token"),
                "−",
                self.tr("Remove the selected token(s)"),
                self._on_q_remove_rows,
            )
            self.dim_minus_action = self._action(
                self.tr("Decrease d"),
                self.tr("d −"),
                self.tr("Remove the last dimension (d − 1)"),
                lambda: self._on_q_change_dim(-1),
            )
            self.dim_plus_action = self._action(
                self.tr("Increase d"),
                self.tr("d +"),
                self.tr("Add a dimension of zeros (d + 1)"),
                lambda: self._on_q_change_dim(+1),
            )
        elif name == "decoder":
            self.add_row_action = self._action(
                self.tr("Add decoder state"),
                "+",
                self.tr("Add a decoder state (a new query)"),
                self._on_q_add_row,
            )
            self.remove_row_action = self._action(
                self.tr("Remove selected decoder state"),
                "−",
                self.tr("Remove the selected decoder state(s)"),
                self._on_q_remove_rows,
            )
        elif name in ("w_q", "w_k"):
            self.dim_minus_action = self._action(
                self.tr("Decrease d_k"),
                self.tr("d_k −"),
                self.tr("Remove the last column of W_Q and W_K (d_k − 1)"),
                lambda: self._on_q_change_dim(-1),
            )
            self.dim_plus_action = self._action(
                self.tr("Increase d_k"),
                self.tr("d_k +"),
                self.tr("Add a column of zeros to W_Q and W_K (d_k + 1)"),
                lambda: self._on_q_change_dim(+1),
            )
        elif name == "w_v":
            self.dim_minus_action = self._action(
                self.tr("Decrease d_v"),
                self.tr("d_v −"),
                self.tr("Remove the last column of W_V (d_v − 1)"),
                lambda: self._on_q_change_dim(-1),
            )
            self.dim_plus_action = self._action(
                self.tr("Increase d_v"),
                self.tr("d_v +"),
                self.tr("Add a column of zeros to W_V (d_v + 1)"),
                lambda: self._on_q_change_dim(+1),
            )
        self.structure_actions = [
            a
            for a in (
                self.add_row_action,
                self.remove_row_action,
                self.dim_minus_action,
                self.dim_plus_action,
            )
            if a
        ]

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.copy_action = self._action(
            self.tr("Copy"),
            self.tr("Copy"),
            self.tr("Copy the selection as tab-separated values"),
            self.copy_selection,
        )
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(
            self.tr("Paste"),
            self.tr("Paste"),
            self.tr("Paste a block of numbers (e.g. from a spreadsheet) at the current cell"),
            lambda: self.paste_text(QGuiApplication.clipboard().text()),
        )
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.zero_action = self._action(
            self.tr("Set to zero"),
            self.tr("Set to zero"),
            self.tr("Set the selected cells to 0"),
            self.set_selection_to_zero,
        )
        self.zero_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.latex_action = self._action(
            self.tr("Copy as LaTeX bmatrix"),
            "LaTeX",
            self.tr("Copy the selection (or the whole matrix) as a LaTeX bmatrix"),
            lambda: self._set_clipboard(self.latex_text()),
        )
        self.markdown_action = self._action(
            self.tr("Copy as Markdown table"),
            "Markdown",
            self.tr("Copy the selection (or the whole matrix) as a Markdown table"),
            lambda: self._set_clipboard(self.markdown_text()),
        )
        for action in (self.copy_action, self.paste_action, self.zero_action):
            action.setShortcutContext(context)
            self.table.addAction(action)

    # -- model → view --------------------------------------------------------
    def _on_session_changed(self) -> None:
        session = self._model.session
        rows, cols = self.table_model.matrix.shape
        # Set only what changed: a label's new text re-lays out the whole dock.
        title = self.display_name(session)
        if title != self.title_label.full_text():
            self.title_label.setText(title)
        if (rows, cols) != self._shown_shape:
            self._shown_shape = (rows, cols)
            self.shape_label.setText(self.tr("{rows} × {cols}").format(rows=rows, cols=cols))
        if self.remove_row_action is not None:
            self.remove_row_action.setEnabled(rows > 1)
        if self.dim_minus_action is not None:
            self.dim_minus_action.setEnabled(cols > 1)
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        # Fitted before (not while being built): new text widths, measure every column.
        if event.type() == QEvent.Type.FontChange and getattr(self, "_fitted", None) is not None:
            self._fitted = None
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen a column (never below COLUMN_WIDTH) only as far as its widest text needs.

        Only the columns whose numbers changed are measured again, and the
        window's layout is asked to follow only when a width or the shape changed.
        """
        matrix = self.table_model.matrix
        labels = self.table_model.col_labels()
        previous = self._fitted
        if previous is not None and previous[0] is matrix and previous[1] == labels:
            return  # another matrix was edited: same numbers, same widths (fonts: changeEvent)
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        fonts = (self.table.font(), self.table.horizontalHeader().font())
        if (
            previous is None
            or previous[0].shape != matrix.shape
            or previous[1] != labels
            or previous[2] != fonts
        ):
            self._text_widths.clear()
            columns = range(matrix.shape[1])
        else:
            columns = np.flatnonzero(np.any(previous[0] != matrix, axis=0)).tolist()
        shape_changed = previous is None or previous[0].shape != matrix.shape
        self._fitted = (matrix, labels, fonts)
        if len(self._text_widths) > 20000:  # a long session of drags: start afresh
            self._text_widths.clear()
        widths = self._text_widths
        hh = self.table.horizontalHeader()
        resized = False
        for col in columns:
            widest = 0
            for text in {fmt(v) for v in matrix[:, col].tolist()}:
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
            self.table.updateGeometry()

    def display_name(self, session: Session | None = None) -> str:
        """What the title row says, e.g. "W_Q (d × d_k)"."""
        session = session or self._model.session
        name = self.name
        if name == "inputs":
            if session.mode == "seq2seq":
                return self.tr("Encoder states h")
            return self.tr("Inputs I (n × d)")
        if name == "decoder":
            return self.tr("Decoder states s (queries)")
        if name == "w_q":
            return self.tr("W_Q (d × d_k)")
        if name == "w_k":
            return self.tr("W_K (d × d_k)")
        if name == "w_v":
            return self.tr("W_V (d × d_v)")
        if name == "w_a":
            if session.score_kind == "additive":
                return self.tr("W_a (2·d_k × h)")
            return self.tr("W_a (d_k × d_k)")
        if name == "v_a":
            return self.tr("v_a (1 × h)")
        return self.tr("Weights (set by hand)")

    def is_relevant(self, session: Session | None = None) -> bool:
        """Whether this matrix takes part in the computation of `session`."""
        session = session or self._model.session
        if self.name == "inputs":
            return True
        if self.name == "decoder":
            return session.mode == "seq2seq"
        if self.name in ("w_q", "w_k", "w_v"):
            return session.projection
        if self.name == "w_a":
            return session.uses_w_a
        if self.name == "v_a":
            return session.score_kind == "additive"
        return session.weights_override is not None

    def _on_refused(self, row: int, col: int, message: str) -> None:
        rect = self.table.visualRect(self.table_model.index(row, col))
        QToolTip.showText(
            self.table.viewport().mapToGlobal(rect.bottomLeft()),
            message,
            self.table.viewport(),
            rect,
            4000,
        )

    # -- scrubbing (event filter on the viewport) -------------------------------
    def scrub_step_for(self, modifiers: Qt.KeyboardModifier) -> float:
        """Value change per pixel: Shift = fine, Ctrl = coarse."""
        normal, fine, coarse = (
            WEIGHT_SCRUB_STEPS if self.name == "weights_override" else SCRUB_STEPS
        )
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            return fine
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return coarse
        return normal

    @property
    def scrubbing(self) -> bool:
        return self._scrub is not None and self._scrub.active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.table.viewport():
            if kind == QEvent.Type.MouseButtonPress:
                return self._on_q_press(event)
            if kind == QEvent.Type.MouseMove:
                return self._on_q_move(event)
            if kind == QEvent.Type.MouseButtonRelease:
                return self._on_q_release(event)
            if kind == QEvent.Type.Leave:
                self._on_q_leave()
        elif watched is self.table and kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.scrubbing:
                self.cancel_scrub()
                return True
        return super().eventFilter(watched, event)

    def _on_q_press(self, event) -> bool:
        if self._scrub is not None:
            return True  # another button during a drag
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        index = self.table.indexAt(event.position().toPoint())
        if not index.isValid():
            return False
        self._scrub = _Scrub(
            row=index.row(),
            col=index.column(),
            start_value=float(self.table_model.matrix[index.row(), index.column()]),
            start_pos=event.position().toPoint(),
            start_session=self._model.session,
        )
        return False  # the view still selects the cell

    def _on_q_move(self, event) -> bool:
        pos = event.position().toPoint()
        scrub = self._scrub
        if scrub is None:
            self._update_hover(pos)
            return False
        if not event.buttons() & Qt.MouseButton.LeftButton:
            # The release went elsewhere (e.g. focus lost): finish what we have.
            self._finish_scrub()
            self._update_hover(pos)
            return False
        if scrub.cancelled:
            return True
        moved = pos - scrub.start_pos
        if not scrub.active:
            if moved.manhattanLength() < QApplication.startDragDistance():
                return True  # no rubber band for a small wobble either
            scrub.active = True
            self._model.begin_gesture()
            self.table.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        step = self.scrub_step_for(event.modifiers())
        value = round(scrub.start_value + (moved.x() - moved.y()) * step, step_decimals(step))
        if self.name == "weights_override":
            value = min(max(value, 0.0), 1.0)
        if value != scrub.last_value:
            scrub.last_value = value
            self._model.preview(
                with_values(scrub.start_session, self.name, {(scrub.row, scrub.col): value})
            )
        return True

    def _on_q_release(self, event) -> bool:
        if event.button() == Qt.MouseButton.LeftButton and self._scrub is not None:
            self._finish_scrub()
        return False

    def _finish_scrub(self) -> None:
        scrub, self._scrub = self._scrub, None
        if scrub is None or not scrub.active or scrub.cancelled:
            return
        self.table.viewport().unsetCursor()
        self._model.end_gesture(
            self.tr("Drag {name}[{row},{col}]").format(
                name=self.name, row=scrub.row + 1, col=scrub.col + 1
            )
        )

    def cancel_scrub(self) -> None:
        """Escape during a drag: back to the value before it, no undo step."""
        if self._scrub is None or not self._scrub.active:
            return
        self._scrub.cancelled = True
        self.table.viewport().unsetCursor()
        self._model.cancel_gesture()

    # -- hover and query selection ----------------------------------------------
    def _update_hover(self, pos: QPoint) -> None:
        hover_name = {"inputs": "inputs", "weights_override": "weights"}.get(self.name)
        if hover_name is None:
            return
        index = self.table.indexAt(pos)
        self._model.set_hover(
            (hover_name, index.row(), index.column()) if index.isValid() else None
        )

    def _on_q_leave(self) -> None:
        hover = self._model.hover
        if (
            hover is not None
            and hover[0] in ("inputs", "weights")
            and self.name in ("inputs", "weights_override")
        ):
            self._model.set_hover(None)

    def _on_q_row_header_clicked(self, row: int) -> None:
        session = self._model.session
        if (self.name == "inputs" and session.mode == "self") or self.name in _QUERY_ROW_MATRICES:
            self._model.select_query(row)

    def _on_q_row_header_double_clicked(self, row: int) -> None:
        if self.name == "inputs":
            self.edit_label(row)

    # -- token labels -------------------------------------------------------------
    def edit_label(self, row: int) -> QLineEdit | None:
        """Open an inline editor over the row header of input `row`."""
        if self.name != "inputs" or not 0 <= row < self._model.session.n:
            return None
        self._close_label_editor()
        vh = self.table.verticalHeader()
        top_left = vh.mapTo(self.table, QPoint(0, vh.sectionViewportPosition(row)))
        editor = _LabelEdit(self.table)
        editor.setText(self._model.session.labels[row])
        editor.setGeometry(top_left.x(), top_left.y(), max(vh.width(), 72), vh.sectionSize(row))
        editor.editingFinished.connect(lambda: self._commit_label(row))
        editor.cancelled.connect(self._close_label_editor)
        self.label_editor = editor
        editor.show()
        editor.setFocus()
        editor.selectAll()
        return editor

    def _commit_label(self, row: int) -> None:
        editor = self.label_editor
        if editor is None:
            return
        text = editor.text().strip()
        self._close_label_editor()
        self.rename_token(row, text)

    def rename_token(self, row: int, label: str) -> bool:
        session = self._model.session
        label = label.strip()
        if not label or not 0 <= row < session.n or session.labels[row] == label:
            return False
        labels = session.labels[:row] + (label,) + session.labels[row + 1 :]
        return self._model.apply(session.replace(labels=labels), self.tr("Rename token"))

    def _close_label_editor(self) -> None:
        editor, self.label_editor = self.label_editor, None
        if editor is not None:
            # Hiding moves the focus, which would emit editingFinished once more.
            editor.blockSignals(True)
            editor.hide()
            editor.deleteLater()
            self.table.setFocus()

    # -- structural edits ---------------------------------------------------------
    def _apply_edit(self, build, text: str) -> bool:
        try:
            session = build(self._model.session)
        except ValueError as error:
            self._model.message.emit(str(error))
            return False
        return self._model.apply(session, text)

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        if not rows and self.table_model.rowCount():
            rows = {self.table_model.rowCount() - 1}
        return sorted(rows, reverse=True)

    def _on_q_add_row(self) -> None:
        if self.name == "inputs":
            self._apply_edit(edits.add_input, self.tr("Add token"))
        else:
            self._apply_edit(edits.add_query, self.tr("Add decoder state"))

    def _on_q_remove_rows(self) -> None:
        rows = self._selected_rows()
        remove = edits.remove_input if self.name == "inputs" else edits.remove_query

        def build(session: Session) -> Session:
            for row in rows:
                if self.table_model.rowCount() - rows.index(row) <= 1:
                    break  # keep at least one row
                session = remove(session, row)
            return session

        text = self.tr("Remove token") if self.name == "inputs" else self.tr("Remove decoder state")
        self._apply_edit(build, text)

    def _on_q_change_dim(self, delta: int) -> None:
        session = self._model.session
        if self.name == "inputs":
            d = session.d + delta
            self._apply_edit(lambda s: edits.set_d(s, d), self.tr("Change d to {d}").format(d=d))
        elif self.name in ("w_q", "w_k"):
            current = session.w_k.shape[1] if session.w_k is not None else session.d_k
            d_k = current + delta
            self._apply_edit(
                lambda s: edits.set_d_k(s, d_k), self.tr("Change d_k to {d_k}").format(d_k=d_k)
            )
        elif self.name == "w_v":
            current = session.w_v.shape[1] if session.w_v is not None else session.d_v
            d_v = current + delta
            self._apply_edit(
                lambda s: edits.set_d_v(s, d_v), self.tr("Change d_v to {d_v}").format(d_v=d_v)
            )

    # -- clipboard ------------------------------------------------------------------
    def _selection_block(self, whole_if_single: bool = False) -> tuple[slice, slice]:
        """Bounding box of the selection; the current cell, or the whole matrix."""
        rows, cols = self.table_model.matrix.shape
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes and self.table.currentIndex().isValid():
            indexes = [self.table.currentIndex()]
        if not indexes or (whole_if_single and len(indexes) == 1):
            return slice(0, rows), slice(0, cols)
        r = [i.row() for i in indexes]
        c = [i.column() for i in indexes]
        return slice(min(r), max(r) + 1), slice(min(c), max(c) + 1)

    def _set_clipboard(self, text: str) -> str:
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_selection(self) -> str:
        """Copy the selected block as tab-separated values (also returned)."""
        rows, cols = self._selection_block()
        return self._set_clipboard(matrix_as_tsv(self.table_model.matrix[rows, cols]))

    def latex_text(self) -> str:
        rows, cols = self._selection_block(whole_if_single=True)
        return matrix_as_latex(self.table_model.matrix[rows, cols])

    def markdown_text(self) -> str:
        rows, cols = self._selection_block(whole_if_single=True)
        return matrix_as_markdown(
            self.table_model.matrix[rows, cols],
            self.table_model.row_labels()[rows],
            self.table_model.col_labels()[cols],
        )

    def paste_text(self, text: str) -> bool:
        """Paste a block of numbers at the current cell as one undo step.

        The block is clipped to the matrix; empty cells keep their value. If any
        cell is not a number nothing changes and a message says which one.
        """
        n_rows, n_cols = self.table_model.matrix.shape
        current = self.table.currentIndex()
        top, left = (current.row(), current.column()) if current.isValid() else (0, 0)
        cells: dict[tuple[int, int], float] = {}
        for i, line in enumerate(split_table_text(text)):
            for j, cell in enumerate(line):
                if not cell.strip():
                    continue
                value = parse_number(cell)
                if value is None:
                    message = self.tr(
                        "Paste refused: “{text}” is not a number; nothing was changed"
                    ).format(text=cell.strip())
                    self._model.message.emit(message)
                    self._on_refused(top, left, message)
                    return False
                if top + i < n_rows and left + j < n_cols:
                    cells[(top + i, left + j)] = value
        if not cells:
            return False
        session = with_values(self._model.session, self.name, cells)
        return self._model.apply(session, self.tr("Paste into {name}").format(name=self.name))

    def set_selection_to_zero(self) -> bool:
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes and self.table.currentIndex().isValid():
            indexes = [self.table.currentIndex()]
        if not indexes:
            return False
        session = with_values(
            self._model.session, self.name, {(i.row(), i.column()): 0.0 for i in indexes}
        )
        return self._model.apply(session, self.tr("Set {name} to zero").format(name=self.name))

    # -- context menus ------------------------------------------------------------
    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self.structure_actions:
            menu.addAction(action)
        if self.structure_actions:
            menu.addSeparator()
        for action in (self.copy_action, self.paste_action, self.zero_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.latex_action)
        menu.addAction(self.markdown_action)
        return menu

    def _on_q_context_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_q_header_context_menu(self, pos: QPoint) -> None:
        vh = self.table.verticalHeader()
        row = vh.logicalIndexAt(pos)
        if row >= 0 and not self.table.selectionModel().isRowSelected(row, QModelIndex()):
            self.table.selectRow(row)
        menu = self.build_context_menu()
        menu.exec(vh.mapToGlobal(pos))
        menu.deleteLater()
