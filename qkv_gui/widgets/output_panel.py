"""The stage after the heads: their contexts side by side (the concat), the output
projection W_O and the output = concat · W_O.

`OutputPanel` shows the concat as a heatmap whose columns are grouped per head,
a check box that turns W_O on (the identity, so the output starts as the concat)
or off, the W_O editor (the app's matrix editor, handed in by the workbench: a
panel never builds another view's widget) and the output heatmap. Hovering a cell
of either heatmap shows its formula in Explain; every edit anywhere redraws the
numbers that changed (`Change.stages`), a drag of W_O only the output's.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from ..core import matrices
from ..core.edits import set_projection
from ..core.format import decimals_for
from ..core.head_edits import set_w_o
from ..core.levels import track_limit
from ..i18n import is_language_change, translated_error, translated_text
from ..model import AttentionModel, Change
from ..plotting import colors
from ..plotting.matrix_plot import MatrixPlot
from ..plotting.panel_layout import PANEL_MIN_WIDTH, intro_and_scroll, wrapping_label
from ..plotting.seen import SeenRefresh

HOVER_CELL_COLOR = QColor(30, 30, 30)
HEAD_LINE_PEN = (30, 30, 30)
# Heights of the two heatmaps: a few rows of tokens read without scrolling in a
# 768-pixel-high window, and a long sentence still gets its rows.
STAGE_PLOT_HEIGHT = 150


class StageHeatmap(MatrixPlot):
    """The concat or the output (`name`) of the model's whole result as a heatmap.

    The view draws what the panel gives it (`show_values`, `set_head_groups`,
    outlines) and tells the model which of its cells is hovered or clicked.
    """

    def __init__(self, model: AttentionModel, name: str, parent: QWidget | None = None):
        super().__init__(False, sides=("left", "top"), title_size="10pt", title_height=26,
                         color_bar=True, size_hint=(320, STAGE_PLOT_HEIGHT + 20), parent=parent)
        self._model = model
        self.name = name
        self._limit: float | None = None  # half-width of the colour range, held while dragging
        self._decimals: int | None = None
        self._head_lines: list[pg.InfiniteLine] = []
        self.setMinimumSize(220, STAGE_PLOT_HEIGHT)
        self.ci.setContentsMargins(2, 2, 2, 2)
        self.uses_outline = self.add_outline(colors.HOVER_COLOR, 2.5, 20)
        self.selection_outline = self.add_outline(colors.SELECTION_COLOR, 3.0, 21)
        self.hover_outline = self.add_outline(HOVER_CELL_COLOR, 1.5, 22, inset=3.5)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        return self.minimumSize()

    def show_values(self, values: np.ndarray, dragging: bool) -> None:
        """New numbers; while a drag is on, the colour range and the decimals hold."""
        self._limit = track_limit(self._limit, colors.symmetric_limit(values), hold=dragging)
        decimals = decimals_for(values)
        if dragging and self._decimals is not None:
            decimals = max(decimals, self._decimals)
        self._decimals = decimals
        self.set_matrix(values, (-self._limit, self._limit), decimals=decimals)

    def set_head_groups(self, heads: int, width: int) -> None:
        """A line between the column blocks of `heads` heads, `width` columns each."""
        wanted = heads - 1 if width > 0 else 0
        while len(self._head_lines) < wanted:
            line = pg.InfiniteLine(angle=90, pen=pg.mkPen(*HEAD_LINE_PEN, width=2))
            line.setZValue(19)
            self.plot_item.addItem(line, ignoreBounds=True)
            self._head_lines.append(line)
        for k, line in enumerate(self._head_lines):
            if k < wanted:
                line.setPos((k + 1) * width - 0.5)
            line.setVisible(k < wanted)

    def head_line_positions(self) -> list[float]:
        """Where the lines between heads are (between columns, x of the plot)."""
        return [line.value() for line in self._head_lines if line.isVisible()]

    def outline_block(self, block: tuple[int, int, int, int] | None) -> None:
        """Outline (top, left, bottom, right), or nothing."""
        rect = None
        rows, cols = self.shape
        if block is not None and block[2] < rows and block[3] < cols:
            top, left, bottom, right = block
            rect = QRectF(left - 0.5, top - 0.5, right - left + 1, bottom - top + 1)
        self.show_outline(self.uses_outline, rect)

    def outlined_block(self) -> tuple[int, int, int, int] | None:
        if not self.uses_outline.isVisible():
            return None
        rect = self.uses_outline.rect()
        return (round(rect.top() + 0.5), round(rect.left() + 0.5),
                round(rect.bottom() - 0.5), round(rect.right() - 0.5))

    # -- view → model --------------------------------------------------------
    def mouseMoveEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        super().mouseMoveEvent(ev)
        cell = self.cell_at(self.mapToScene(ev.position().toPoint()))
        if cell is not None:
            self._model.set_hover((self.name, *cell))
        else:
            self._clear_own_hover()

    def leaveEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        super().leaveEvent(ev)
        self._clear_own_hover()

    def _clear_own_hover(self) -> None:
        hover = self._model.hover
        if hover is not None and hover[0] == self.name:
            self._model.set_hover(None)

    def _on_scene_mouse_clicked(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            cell = self.cell_at(ev.scenePos())
            if cell is not None:
                self._model.select_query(cell[0])  # every row is a query


class OutputPanel(QWidget):
    """Heads → output: the concat, the W_O check box and editor, the output.

    Public: `w_o_check`, `note_label`, `concat_view`, `output_view`, `w_o_editor`
    (the widget handed in, or None). Registers its heatmaps for export.
    """

    def __init__(self, model: AttentionModel, bench=None, w_o_editor: QWidget | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        column, self.scroll_area = intro_and_scroll(self, None)
        self.w_o_check = QCheckBox()
        self.w_o_check.toggled.connect(self._on_w_o_check_toggled)
        self.note_label = wrapping_label(color="#444")
        self.concat_view = StageHeatmap(model, "concat")
        self.output_view = StageHeatmap(model, "output")
        self.w_o_editor = w_o_editor
        column.addWidget(self.w_o_check)
        column.addWidget(self.note_label)
        column.addWidget(self.concat_view)
        if w_o_editor is not None:
            column.addWidget(w_o_editor)
        column.addWidget(self.output_view)
        column.addStretch(1)
        for view in (self.concat_view, self.output_view):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            view.setMinimumHeight(STAGE_PLOT_HEIGHT)
            # The rows' room in a short dock: the title says what the columns are
            # (head:column labels, 1, 2, … for the output).
            view.hide_axis_title("top")
        self.setMinimumWidth(PANEL_MIN_WIDTH)
        if bench is not None:
            bench.register_export_target("concat", self.concat_view, heatmap=True)
            bench.register_export_target("output", self.output_view, heatmap=True)
            bench.add_passive_view(self.concat_view)
            bench.add_passive_view(self.output_view)
        self._retranslate()
        self._layout_stale = True  # a setting or a shape changed since the last layout
        # Often behind the geometry tab: redraw only while seen.
        self.when_seen = SeenRefresh(self, self._refresh)
        model.changed.connect(self._on_model_changed)
        model.selectionChanged.connect(self._on_model_selection_changed)
        model.hoverChanged.connect(self._on_model_hover_changed)
        self.when_seen.run()

    def follow_dock(self, dock) -> None:
        self.when_seen.follow_dock(dock)

    # -- texts ----------------------------------------------------------------
    def _retranslate(self) -> None:
        self.w_o_check.setText(self.tr("Output projection W_O"))
        self.w_o_check.setToolTip(self.tr(
            "On: output = concat · W_O, with W_O starting as the identity (the output equals "
            "the concat until you drag its numbers). Off: the output is the concat."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "when_seen"):
            self._retranslate()
            self._layout_stale = True  # titles and the sentence in the new language
            self.when_seen.run_everything()
        super().changeEvent(event)

    # -- view → model -----------------------------------------------------------
    def _on_w_o_check_toggled(self, checked: bool) -> None:
        model = self._model
        session = model.session
        if checked == session.uses_w_o:
            return
        try:
            if checked and session.w_o is not None:  # kept while the projections were off
                switched = set_projection(session, True)
            else:
                switched = set_w_o(session, checked)
        except ValueError as error:
            model.message.emit(translated_error(error))
            switched = session
        text = self.tr("Turn W_O on") if checked else self.tr("Turn W_O off")
        model.apply(switched, text)
        self._show_check()  # a refused edit leaves the check as the session says

    def _show_check(self) -> None:
        uses = self._model.session.uses_w_o
        if self.w_o_check.isChecked() != uses:
            self.w_o_check.blockSignals(True)
            self.w_o_check.setChecked(uses)
            self.w_o_check.blockSignals(False)

    # -- model → view -----------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        # A dragged number redraws numbers only; titles, labels and parts follow settings.
        self._layout_stale = self._layout_stale or change.layout
        self.when_seen.request(change)

    def _refresh(self) -> None:
        seen, model = self.when_seen, self._model
        result = model.full_result
        dragging = model.in_gesture
        if seen.changed("concat"):
            self.concat_view.show_values(result.concat, dragging)
        if seen.changed("output"):
            self.output_view.show_values(result.output, dragging)
        if self._layout_stale:
            self._layout_stale = False
            self._show_layout()
        self._on_model_selection_changed()
        self._on_model_hover_changed()

    def _show_layout(self) -> None:
        """Titles, labels, head lines, which parts show, the sentence: what settings decide."""
        session, result = self._model.session, self._model.full_result
        self._show_check()
        heads, uses_w_o = session.heads, session.uses_w_o
        stage = heads > 1 or uses_w_o
        for view in (self.concat_view, self.output_view):
            rows, cols = view.shape
            view.set_labels(matrices.row_labels(view.name, session, rows),
                            matrices.col_labels(view.name, session, cols))
            view.set_title(translated_text("matrices", matrices.title_id(view.name, session)))
            view.set_axis_titles(left=self.tr("query"))
        self.concat_view.set_head_groups(heads, result.concat.shape[1] // heads)
        self.concat_view.setVisible(stage)
        self.output_view.setVisible(uses_w_o)
        if self.w_o_editor is not None:
            self.w_o_editor.setVisible(uses_w_o)
        if not stage:
            note = self.tr(
                "With one head and no W_O the output is the context itself: add a head with the "
                "heads control, or turn on the output projection W_O above.")
        elif not uses_w_o:
            note = self.tr(
                "Without W_O the output is the concat itself; turn on W_O above to mix the heads.")
        else:
            note = ""
        if note != self.note_label.text():
            self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def _on_model_selection_changed(self) -> None:
        row = self._model.selected_query
        for view in (self.concat_view, self.output_view):
            view.show_outline(view.selection_outline, view.row_rect(row))

    def _on_model_hover_changed(self) -> None:
        """The hovered cell framed; what it is made of, or what it feeds, outlined."""
        model = self._model
        hover = model.hover
        session = model.session
        concat_block = output_block = None
        if hover is not None:
            name, row, col = hover
            width = session.d_v
            if name == "output":  # a row of the concat (times a column of W_O), or its cell
                concat_block = (row, 0, row, self.concat_view.shape[1] - 1) if session.uses_w_o \
                    else (row, col, row, col)
            elif name == "context":  # the selected head's context: its columns in the concat
                start = model.selected_head * width
                concat_block = (row, start + col, row, start + col)
            elif name == "concat" and session.uses_w_o:  # feeds the whole output row
                output_block = (row, 0, row, self.output_view.shape[1] - 1)
        self.concat_view.outline_block(concat_block)
        self.output_view.outline_block(output_block)
        for view in (self.concat_view, self.output_view):
            cell = None
            if hover is not None and hover[0] == view.name:
                rows, cols = view.shape
                if hover[1] < rows and hover[2] < cols:
                    cell = view.cell_rect(hover[1], hover[2])
            view.show_outline(view.hover_outline, cell)

