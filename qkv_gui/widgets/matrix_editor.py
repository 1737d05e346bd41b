"""Edit one matrix of the session: a compact coloured table you can scrub.

`MatrixEditor` shows one editable matrix (inputs, decoder states, W_Q, ...).
Drag a cell up or right to increase it (live recompute, one undo step per
drag), type a number, paste a block from a spreadsheet, or resize the matrix
with the tool buttons. It reads the `AttentionModel` and sends every edit back
to it; it never talks to other widgets. What a matrix is (its title, what its
rows are, what it resizes) comes from `core.matrices`; the table pieces from
`plotting.matrix_table`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core import cell_values, edits, matrices
from ..core.edits import with_values
from ..core.export_data import cells_from_text, matrix_as_latex, matrix_as_markdown, matrix_as_tsv
from ..core.format import exact, fmt, parse_float
from ..core.session import Session
from ..i18n import formula_words, is_language_change, translated_error, translated_text
from ..model import AttentionModel, Change
from ..plotting.colors import symmetric_limit
from ..plotting.elided_label import ElidedLabel
from ..plotting.head_blocks import HeadBand
from ..plotting.highlight import HIGHLIGHT_ROOM
from ..plotting.matrix_table import (
    MARKED_ROW_ROLE,
    CellDelegate,
    CompactTable,
    MatrixCellModel,
)
from ..plotting.table_gestures import RowLabelEdit, ScrubGesture
from ..plotting.titles import short_title

# Scrub steps per pixel: (normal, Shift = fine, Ctrl = coarse). Weights live in
# [0, 1], so they move more slowly.
SCRUB_STEPS = (0.01, 0.001, 0.1)
WEIGHT_SCRUB_STEPS = (0.005, 0.0005, 0.05)

# Cells of the selected query's row (painted with a left bar by the delegate).
QUERY_ROW_ROLE = MARKED_ROW_ROLE


# -- the Qt table model --------------------------------------------------------


class MatrixTableModel(MatrixCellModel):
    """One matrix of the session as a Qt table; edits go back to the AttentionModel.

    Signals:
        refused(row, col, message): a typed value was not a number a cell may hold.
    """

    refused = Signal(int, int, str)

    def __init__(self, model: AttentionModel, name: str, parent: QObject | None = None):
        if not matrices.is_editable(name):
            raise KeyError(name)
        self._info = matrices.info(name)
        super().__init__(self._info.sequential, parent)
        self._model = model
        self._name = name
        self._read()
        self._on_model_trace_changed()
        model.changed.connect(self._on_model_changed)
        model.selectionChanged.connect(self._show_marks)
        model.hoverChanged.connect(self._show_marks)
        model.traceChanged.connect(self._on_model_trace_changed)

    @property
    def name(self) -> str:
        return self._name

    def _session_matrix(self) -> np.ndarray | None:
        """The matrix in the session; the hand-set weights are those of the head shown in detail."""
        session = self._model.session
        if self._name == "weights_override":
            return session.head_override(min(self._model.selected_head, session.heads - 1))
        return session.matrix(self._name)

    def _read(self) -> None:
        session = self._model.session
        matrix = self._session_matrix()
        matrix = np.zeros((0, 0)) if matrix is None else matrix
        rows, cols = matrix.shape
        sequential = self._info.sequential or not matrix.size
        decimals = self.next_decimals(matrix, hold=self._model.in_gesture)
        self.set_matrix(
            matrix,
            matrices.row_labels(self._name, session, rows),
            matrices.col_labels(self._name, session, cols),
            1.0 if sequential else symmetric_limit(matrix),
            decimals,
        )
        # W_Q, W_K, W_V: one block of columns per head (`core.heads.head_columns`).
        width = {"d_k": session.d_k, "d_v": session.d_v}.get(self._info.dimension)
        self.set_head_blocks(width if session.heads > 1 else None, self._model.selected_head)
        padding = session.padding if self._info.rows == "input" and session.padding else ()
        self.set_struck_rows(i for i, padded in enumerate(padding) if padded)
        self._show_marks()

    def _on_model_changed(self, change: Change) -> None:
        if change.layout or change.touches(self._name):
            reset = self._shape_of_session() != self.matrix.shape
            self._read()
            if reset:
                self._on_model_trace_changed()
        else:
            # Another matrix was edited (this one is shared, unchanged): nothing to
            # repaint, but the hover may have moved with it.
            self._show_marks()

    def _shape_of_session(self) -> tuple[int, int]:
        matrix = self._session_matrix()
        return (0, 0) if matrix is None else matrix.shape

    def _show_marks(self) -> None:
        """The selected query's row, the hovered key's row or column."""
        model = self._model
        self.set_marks(
            model.selected_query if self._rows_are_queries() else None,
            model.hovered_key if self._info.rows == "input" else None,
            model.hovered_key if self._info.cols == "input" else None,
        )

    def _on_model_trace_changed(self) -> None:
        rows, cols = self.matrix.shape
        model = self._model
        cells = {
            (r, c): "source"
            for name, r, c in model.trace
            if name == self._name and 0 <= r < rows and 0 <= c < cols
        }
        target = model.trace_target
        if target is not None and target[0] == self._name:
            _, r, c = target
            if 0 <= r < rows and 0 <= c < cols:
                cells[(r, c)] = "target"
        self.set_trace(cells)

    def trace_cells(self) -> list[tuple[int, int]]:
        """The traced source cells of this matrix, (row, col), in the model's order."""
        return self.traced("source")

    def _rows_are_queries(self) -> bool:
        return matrices.rows_are_queries(self._name, self._model.session.mode)

    def is_query_row(self, row: int) -> bool:
        """True when `row` is the selected query (in a matrix whose rows are queries)."""
        return self.is_marked_row(row)

    def cell_tooltip(self, row: int, col: int) -> str:
        return self.tr(
            "{row}, {col}: {value} — drag up/right to change, double-click to type"
        ).format(
            row=self._row_labels[row],
            col=self._col_labels[col],
            value=exact(float(self._matrix[row, col])),
        )

    def header_tooltip(self, section: int, vertical: bool) -> str | None:
        if vertical and self._info.rows == "input":
            return self.tr("Click to select this query; Ctrl+click to mark the token as padding (or a token "
                           "again); double-click to rename it")
        if vertical and self._info.rows == "query":
            return self.tr("Click to select this query")
        return None

    def beyond_message(self, row: int, col: int, value: float, text: str | None = None) -> str:
        """Why cell (row, col) cannot hold `value` (typed as `text`): `core.cell_values`."""
        return translated_error(cell_values.cell_error(self._model.session, self._name, row, col, value,
                                                       text, self._model.selected_head, formula_words()))

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Apply a typed value (text or number) as one undo step; refuse what is not a number
        and a number a cell may not hold (`core.cell_values`), saying why."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col, text = index.row(), index.column(), str(value).strip()
        if not text:
            return False
        number, message = parse_float(text), None  # "inf", "1e400" too: the cell says why not
        if number is None:
            message = self.tr("“{text}” is not a number — the value stays {value}").format(
                text=text, value=fmt(self._matrix[row, col]))
        elif not cell_values.allowed(number):
            message = self.beyond_message(row, col, number, text)
        if message is not None:
            self._model.message.emit(message)
            self.refused.emit(row, col, message)
            return False
        session = with_values(self._model.session, self._name, {(row, col): number}, self._model.selected_head)
        text = self.tr("Edit {name}[{row},{col}]").format(name=self._name, row=row + 1, col=col + 1)
        return self._model.apply(session, text)


# -- the editor widget ---------------------------------------------------------


class MatrixEditor(QWidget):
    """A compact editor for one editable matrix of the session.

    `name` is one of `core.session.EDITABLE`, or W_O (the output panel's). The main window decides whether
    the editor is visible (see `is_relevant`).
    """

    def __init__(self, model: AttentionModel, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        if not matrices.is_editable(name):
            raise KeyError(name)
        self._model = model
        self.name = name
        self._info = matrices.info(name)
        self._scrub_start: Session | None = None  # the session a drag started from
        self.label_editor: RowLabelEdit | None = None
        self._shown_shape: tuple[int, int, int] | None = None  # rows, cols, heads in the "rows × cols" label

        self._title = ""  # the full title; the label may show its short form
        self.title_label = ElidedLabel(self)
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.shape_label = QLabel(self)
        self.shape_label.setStyleSheet("color: palette(placeholder-text);")

        self.table_model = MatrixTableModel(model, name, self)
        self.table = CompactTable(self)
        self.table.setModel(self.table_model)
        self._delegate = CellDelegate(self.table)
        self.table.setItemDelegate(self._delegate)
        self._connect_table()
        self.head_band = HeadBand(self.table, self)  # "Head 1 | Head 2 …" over W_Q, W_K, W_V
        self.head_band.clicked.connect(model.select_head)
        self.scrub = ScrubGesture(
            self.table,
            lambda row, col: self.table_model.matrix[row, col],
            self.scrub_step_for,
            (0.0, 1.0) if self._info.sequential else (-cell_values.MAX_ABS_VALUE, cell_values.MAX_ABS_VALUE),
        )
        self.scrub.started.connect(self._on_scrub_started)
        self.scrub.valueChanged.connect(self._on_scrub_value_changed)
        self.scrub.finished.connect(self._on_scrub_finished)
        self.scrub.cancelled.connect(self._model.cancel_gesture)
        self.scrub.hovered.connect(self._on_scrub_hovered)
        self.scrub.left.connect(self._on_scrub_left)

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
        layout.addWidget(self.head_band)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.table_model.refused.connect(self._on_table_model_refused)
        model.changed.connect(self._on_model_changed)
        self._on_model_changed(Change.everything())

    # -- construction --------------------------------------------------------
    def _connect_table(self) -> None:
        vh = self.table.verticalHeader()
        vh.sectionClicked.connect(self._on_row_header_clicked)
        vh.sectionDoubleClicked.connect(self._on_row_header_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        vh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vh.customContextMenuRequested.connect(self._on_row_header_context_menu_requested)

    def _action(self, icon_text: str, slot) -> QAction:
        """An action (its texts: `_retranslate`)."""
        action = QAction(self)
        action.setIconText(icon_text)
        action.triggered.connect(slot)
        return action

    def _row_action_texts(self) -> tuple[str, str, str, str]:
        """(add, add tip, remove, remove tip): tokens, or decoder states."""
        if self._info.rows == "input":
            return (self.tr("Add token"), self.tr("Add a token (a new input row of zeros)"),
                    self.tr("Remove selected token"), self.tr("Remove the selected token(s)"))
        return (self.tr("Add decoder state"), self.tr("Add a decoder state (a new query)"),
                self.tr("Remove selected decoder state"),
                self.tr("Remove the selected decoder state(s)"))  # fmt: skip

    def _dimension_action_texts(self) -> tuple[str, str, str, str, str, str]:
        """(minus, minus icon, minus tip, plus, plus icon, plus tip) of the editor's dimension;
        with several heads d_k and d_v are each head's, and the tips say so."""
        dim, per_head = self._info.dimension, self._model.session.heads > 1
        if dim == "d":
            return (self.tr("Decrease d"), self.tr("d −"), self.tr("Remove the last dimension (d − 1)"),
                    self.tr("Increase d"), self.tr("d +"), self.tr("Add a dimension of zeros (d + 1)"))  # fmt: skip
        if dim == "d_k":
            minus, plus = ((self.tr("Remove the last column of each head's W_Q and W_K (each head's d_k − 1)"),
                            self.tr("Add a column of zeros to each head's W_Q and W_K (each head's d_k + 1)"))
                           if per_head else (self.tr("Remove the last column of W_Q and W_K (d_k − 1)"),
                                             self.tr("Add a column of zeros to W_Q and W_K (d_k + 1)")))  # fmt: skip
            return self.tr("Decrease d_k"), self.tr("d_k −"), minus, self.tr("Increase d_k"), self.tr("d_k +"), plus
        minus, plus = ((self.tr("Remove the last column of each head's W_V (each head's d_v − 1)"),
                        self.tr("Add a column of zeros to each head's W_V (each head's d_v + 1)"))
                       if per_head else (self.tr("Remove the last column of W_V (d_v − 1)"),
                                         self.tr("Add a column of zeros to W_V (d_v + 1)")))  # fmt: skip
        return self.tr("Decrease d_v"), self.tr("d_v −"), minus, self.tr("Increase d_v"), self.tr("d_v +"), plus

    def _create_actions(self) -> None:
        if self._info.resizes_rows:
            self.add_row_action = self._action("+", self._on_add_row_triggered)
            self.remove_row_action = self._action("−", self._on_remove_row_triggered)
        if self._info.dimension:
            self.dim_minus_action = self._action("", lambda: self._change_dimension(-1))
            self.dim_plus_action = self._action("", lambda: self._change_dimension(+1))
        self.structure_actions = [a for a in (self.add_row_action, self.remove_row_action,
                                              self.dim_minus_action, self.dim_plus_action) if a]

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.copy_action = self._action("", self.copy_selection)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.paste_action = self._action("", lambda: self.paste_text(QGuiApplication.clipboard().text()))
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.zero_action = self._action("", self.set_selection_to_zero)
        self.zero_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.latex_action = self._action("LaTeX", lambda: self._set_clipboard(self.latex_text()))
        self.markdown_action = self._action("Markdown", lambda: self._set_clipboard(self.markdown_text()))
        for action in (self.copy_action, self.paste_action, self.zero_action):
            action.setShortcutContext(context)
            self.table.addAction(action)
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        """(action, text, icon text or None, tooltip) for each action, in the language now set."""
        texts = []
        if self.add_row_action is not None:
            add, add_tip, remove, remove_tip = self._row_action_texts()
            texts += [(self.add_row_action, add, None, add_tip),
                      (self.remove_row_action, remove, None, remove_tip)]
        if self.dim_minus_action is not None:
            minus, minus_icon, minus_tip, plus, plus_icon, plus_tip = self._dimension_action_texts()
            texts += [(self.dim_minus_action, minus, minus_icon, minus_tip),
                      (self.dim_plus_action, plus, plus_icon, plus_tip)]
        copy, paste, zero = self.tr("Copy"), self.tr("Paste"), self.tr("Set to zero")
        texts += [
            (self.copy_action, copy, copy, self.tr("Copy the selection as tab-separated values")),
            (self.paste_action, paste, paste,
             self.tr("Paste a block of numbers (e.g. from a spreadsheet) at the current cell")),
            (self.zero_action, zero, zero, self.tr("Set the selected cells to 0")),
            (self.latex_action, self.tr("Copy as LaTeX bmatrix"), None,
             self.tr("Copy the selection (or the whole matrix) as a LaTeX bmatrix")),
            (self.markdown_action, self.tr("Copy as Markdown table"), None,
             self.tr("Copy the selection (or the whole matrix) as a Markdown table")),
        ]
        for action, text, icon_text, tip in texts:
            action.setText(text)
            if icon_text is not None:
                action.setIconText(icon_text)
            action.setToolTip(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "copy_action"):
            self._retranslate_actions()
            for button in self.tool_buttons:
                button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.defaultAction().iconText()) + 10)
            self._shown_shape = None  # "5 × 4" again, in the new language
            self._on_model_changed(Change.everything())
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_title_row()

    def _fit_title_row(self) -> None:
        """The title whole before the "5 × 4" beside it: in a narrow dock (a small
        screen) the shape, which the title's "(n × d)" already names, gives way first;
        narrower still, the title drops its "(n × d)" (the full title in its tooltip)."""
        buttons = sum(button.sizeHint().width() + 4 for button in self.tool_buttons
                      if not button.isHidden())
        room = self.width() - 2 * HIGHLIGHT_ROOM - buttons
        full = self._title
        text = full
        if self.title_label.fontMetrics().horizontalAdvance(full) + 4 > room:
            text = short_title(full)
        if text != self.title_label.full_text():
            self.title_label.setText(text)
            self.title_label.setToolTip(full)
        needed = self.title_label.sizeHint().width() + 4 + self.shape_label.sizeHint().width()
        fits = needed <= room
        if self.shape_label.isHidden() == fits:
            self.shape_label.setVisible(fits)

    # -- model → view --------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        if not (change.layout or change.touches(self.name)):
            return  # another matrix was edited: same title, shape and widths here
        rows, cols = self.table_model.matrix.shape
        # Set only what changed: a label's new text re-lays out the whole dock.
        title = self.display_name()
        if title != self._title:
            self._title = title
            self.title_label.setText(title)
            self._fit_title_row()
        session, dim = self._model.session, self._info.dimension
        heads = session.heads if dim in ("d_k", "d_v") else 1
        if (rows, cols, heads) != self._shown_shape:
            if self.dim_minus_action is not None and heads != (self._shown_shape or (0, 0, 1))[2]:
                self._retranslate_actions()  # the ± tips say "each head's" with several heads
            self._shown_shape = (rows, cols, heads)
            text = self.tr("{rows} × {cols}").format(rows=rows, cols=cols) if heads == 1 else self.tr(
                "{rows} × {cols}, {dim} = {size} per head").format(rows=rows, cols=cols, dim=dim, size=cols // heads)
            self.shape_label.setText(text)
            self._fit_title_row()
        self.head_band.setVisible(heads > 1)
        self.head_band.set_blocks(cols // heads, heads, self._model.selected_head, self.tr("Head {head}"))
        if self.remove_row_action is not None:
            self.remove_row_action.setEnabled(rows > 1)
        if self.dim_minus_action is not None:
            self.dim_minus_action.setEnabled(cols > 1)
        model = self.table_model
        self.table.fit_columns(model.matrix, model.col_labels(), model.decimals)

    def display_name(self, session: Session | None = None) -> str:
        """What the title row says, e.g. "W_Q (d × d_k)" (`core.matrices.editor_title_id`)."""
        session = session or self._model.session
        return translated_text("matrices", matrices.editor_title_id(self.name, session))

    def is_relevant(self, session: Session | None = None) -> bool:
        """Whether this matrix takes part in the computation of `session` (the hand-set
        weights: those of the head shown in detail)."""
        session = session or self._model.session
        if self.name == "weights_override":
            return session.head_override(min(self._model.selected_head, session.heads - 1)) is not None
        return matrices.in_use(self.name, session)

    def trace_cells(self) -> list[tuple[int, int]]:
        """The step-through's source cells drawn on this editor, (row, col)."""
        return self.table_model.trace_cells()

    def trace_rects(self) -> list[QRect]:
        """Those cells' rectangles in viewport coordinates, as the table lays them out now."""
        index = self.table_model.index
        return [self.table.visualRect(index(r, c)) for r, c in self.trace_cells()]

    def _on_table_model_refused(self, row: int, col: int, message: str) -> None:
        rect = self.table.visualRect(self.table_model.index(row, col))
        viewport = self.table.viewport()
        QToolTip.showText(viewport.mapToGlobal(rect.bottomLeft()), message, viewport, rect, 4000)

    # -- scrubbing ---------------------------------------------------------------
    def scrub_step_for(self, modifiers: Qt.KeyboardModifier) -> float:
        """Value change per pixel: Shift = fine, Ctrl = coarse."""
        normal, fine, coarse = WEIGHT_SCRUB_STEPS if self._info.sequential else SCRUB_STEPS
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            return fine
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return coarse
        return normal

    @property
    def scrubbing(self) -> bool:
        return self.scrub.active

    def cancel_scrub(self) -> None:
        """Escape during a drag: back to the value before it, no undo step."""
        self.scrub.cancel()

    def _on_scrub_started(self, _row: int, _col: int) -> None:
        self._scrub_start = self._model.session
        self._model.begin_gesture()

    def _on_scrub_value_changed(self, row: int, col: int, value: float) -> None:
        if self._scrub_start is not None:
            session = with_values(self._scrub_start, self.name, {(row, col): value}, self._model.selected_head)
            if not self._model.preview(session):
                # e.g. a hand-set weight on a key the causal mask hides: say why it stays.
                self._model.message.emit(self._model.validate(session) or "")

    def _on_scrub_finished(self, row: int, col: int) -> None:
        self._scrub_start = None
        self._model.end_gesture(self.tr("Drag {name}[{row},{col}]").format(name=self.name, row=row + 1, col=col + 1))

    # -- hover and query selection ----------------------------------------------
    def _hover_name(self) -> str | None:
        """The name this matrix's cells hover as (its rows or columns are keys), or None."""
        if "input" not in (self._info.rows, self._info.cols):
            return None
        return matrices.shown_as(self.name)

    def _on_scrub_hovered(self, pos: QPoint) -> None:
        hover_name = self._hover_name()
        if hover_name is None:
            return
        index = self.table.indexAt(pos)
        self._model.set_hover((hover_name, index.row(), index.column()) if index.isValid() else None)

    def _on_scrub_left(self) -> None:
        hover = self._model.hover
        if hover is not None and self._hover_name() is not None and hover[0] in ("inputs", "weights"):
            self._model.set_hover(None)

    def _on_row_header_clicked(self, row: int) -> None:
        if self._info.rows == "input" and QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self._model.toggle_padding(row)  # a key hidden from every query, or shown again
        elif matrices.rows_are_queries(self.name, self._model.session.mode):
            self._model.select_query(row)

    def _on_row_header_double_clicked(self, row: int) -> None:
        if self._info.rows == "input":
            self.edit_label(row)

    # -- token labels -------------------------------------------------------------
    def edit_label(self, row: int) -> QLineEdit | None:
        """Open an inline editor over the row header of input `row`."""
        if self._info.rows != "input" or not 0 <= row < self._model.session.n:
            return None
        self._close_label_editor()
        editor = RowLabelEdit.open_over(self.table, row, self._model.session.labels[row])
        editor.editingFinished.connect(lambda: self._commit_label(row))
        editor.cancelled.connect(self._close_label_editor)
        self.label_editor = editor
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
            editor.close_quietly()
            self.table.setFocus()

    # -- structural edits ---------------------------------------------------------
    def _apply_edit(self, build, text: str) -> bool:
        try:
            session = build(self._model.session)
        except ValueError as error:
            self._model.message.emit(translated_error(error))
            return False
        return self._model.apply(session, text)

    def _on_add_row_triggered(self) -> None:
        if self._info.rows == "input":
            self._apply_edit(edits.add_input, self.tr("Add token"))
        else:
            self._apply_edit(edits.add_query, self.tr("Add decoder state"))

    def _on_remove_row_triggered(self) -> None:
        rows = self.table.selected_rows()
        inputs = self._info.rows == "input"
        remove = edits.remove_input if inputs else edits.remove_query

        def build(session: Session) -> Session:
            for row in rows:
                if self.table_model.rowCount() - rows.index(row) <= 1:
                    break  # keep at least one row
                session = remove(session, row)
            return session

        self._apply_edit(build, self.tr("Remove token") if inputs else self.tr("Remove decoder state"))

    def _change_dimension(self, delta: int) -> None:
        dim = self._info.dimension
        size = edits.dimension(self._model.session, dim) + delta
        text = {
            "d": self.tr("Change d to {d}").format(d=size),
            "d_k": self.tr("Change d_k to {d_k}").format(d_k=size),
            "d_v": self.tr("Change d_v to {d_v}").format(d_v=size),
        }[dim]
        self._apply_edit(lambda s: edits.set_dimension(s, dim, size), text)

    # -- clipboard ------------------------------------------------------------------
    def _set_clipboard(self, text: str) -> str:
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_selection(self) -> str:
        """Copy the selected block as tab-separated values (also returned)."""
        rows, cols = self.table.selection_block()
        return self._set_clipboard(matrix_as_tsv(self.table_model.matrix[rows, cols]))

    def latex_text(self) -> str:
        rows, cols = self.table.selection_block(whole_if_single=True)
        return matrix_as_latex(self.table_model.matrix[rows, cols])

    def markdown_text(self) -> str:
        rows, cols = self.table.selection_block(whole_if_single=True)
        return matrix_as_markdown(
            self.table_model.matrix[rows, cols],
            self.table_model.row_labels()[rows],
            self.table_model.col_labels()[cols],
        )

    def paste_text(self, text: str) -> bool:
        """Paste a block of numbers at the current cell as one undo step.

        The block is clipped to the matrix; empty cells keep their value. If any
        cell is not a number, or a number a cell may not hold, nothing changes and
        a message says which one.
        """
        current = self.table.currentIndex()
        top, left = (current.row(), current.column()) if current.isValid() else (0, 0)
        cells, bad = cells_from_text(text, top, left, self.table_model.matrix.shape)
        beyond = [(cell, value) for cell, value in cells.items() if not cell_values.allowed(value)]
        if bad is not None:
            message = self.tr("Paste refused: “{text}” is not a number; nothing was changed").format(text=bad)
        elif beyond:  # the first cell that may not hold its number (`core.cell_values`)
            (top, left), value = beyond[0]
            message = self.table_model.beyond_message(top, left, value)
        if bad is not None or beyond:
            self._model.message.emit(message)
            self._on_table_model_refused(top, left, message)
            return False
        if not cells:
            return False
        session = with_values(self._model.session, self.name, cells, self._model.selected_head)
        return self._model.apply(session, self.tr("Paste into {name}").format(name=self.name))

    def set_selection_to_zero(self) -> bool:
        indexes = self.table.selected_indexes()
        if not indexes:
            return False
        session = with_values(
            self._model.session, self.name, {(i.row(), i.column()): 0.0 for i in indexes},
            self._model.selected_head)
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

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.build_context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_row_header_context_menu_requested(self, pos: QPoint) -> None:
        vh = self.table.verticalHeader()
        row = vh.logicalIndexAt(pos)
        if row >= 0 and not self.table.selectionModel().isRowSelected(row, QModelIndex()):
            self.table.selectRow(row)
        menu = self.build_context_menu()
        menu.exec(vh.mapToGlobal(pos))
        menu.deleteLater()
