"""MatrixEditor: model → view and view → model, with real numbers from core.compute."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from qkv_gui.core import edits
from qkv_gui.core.compute import compute
from qkv_gui.core.export_data import matrix_as_latex, matrix_as_markdown
from qkv_gui.model import AttentionModel
from qkv_gui.plotting.colors import cell_color, text_color_on
from qkv_gui.plotting.matrix_table import TRACE_ROLE
from qkv_gui.plotting.trace import SOURCE_COLOR
from qkv_gui.widgets.matrix_editor import QUERY_ROW_ROLE, MatrixEditor
from tests.helpers import shown

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MOD = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def make_editor(qtbot, model, name):
    return shown(qtbot, MatrixEditor(model, name), 300, 260)


def send_mouse(widget, kind, pos, button=LEFT, buttons=LEFT, modifiers=NO_MOD):
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers
    )
    QApplication.sendEvent(widget, event)


def cell_center(editor, row, col) -> QPoint:
    return editor.table.visualRect(editor.table_model.index(row, col)).center()


def drag(editor, row, col, dx, dy, modifiers=NO_MOD, steps=5, release=True):
    viewport = editor.table.viewport()
    start = cell_center(editor, row, col)
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for k in range(1, steps + 1):
        pos = start + QPoint(round(dx * k / steps), round(dy * k / steps))
        send_mouse(viewport, QEvent.Type.MouseMove, pos, NO_BUTTON, LEFT, modifiers)
    if release:
        end = start + QPoint(dx, dy)
        send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, LEFT, NO_BUTTON, modifiers)


@pytest.fixture
def inputs_editor(qtbot, model):
    return make_editor(qtbot, model, "inputs")


# -- model → view ---------------------------------------------------------------


def test_cells_show_the_session(inputs_editor, model):
    tm = inputs_editor.table_model
    assert (tm.rowCount(), tm.columnCount()) == (3, 4)
    assert tm.index(1, 1).data() == "2"
    assert [tm.headerData(i, Qt.Orientation.Vertical) for i in range(3)] == ["x1", "x2", "x3"]
    assert [tm.headerData(j, Qt.Orientation.Horizontal) for j in range(4)] == ["1", "2", "3", "4"]
    assert inputs_editor.shape_label.text() == "3 × 4"
    assert inputs_editor.title_label.full_text() == "Inputs I (n × d)"


def test_model_change_updates_text_and_colour(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    resets = []
    tm.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(tm.dataChanged):
        model.apply(model.session.with_cell("inputs", 0, 1, -2.5), "edit")
    index = tm.index(0, 1)
    assert index.data() == "\u22122.5"  # a real minus, one decimal for the whole matrix
    expected = cell_color(-2.5, "inputs", 2.5)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == expected
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == text_color_on(expected)
    # The limit is max |value| = 2.5 now, so a 2 is a lighter red than before.
    assert tm.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color() == cell_color(
        2, "inputs", 2.5
    )
    assert resets == []  # same shape: no reset


def test_editing_another_matrix_repaints_nothing_here(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    changed = []
    tm.dataChanged.connect(lambda *_: changed.append("data"))
    tm.modelReset.connect(lambda: changed.append("reset"))
    model.apply(model.session.with_cell("w_k", 0, 0, 4.25), "edit W_K")
    assert changed == []
    # …but its own edits still do, and a label change still reaches the header.
    model.apply(model.session.with_cell("inputs", 1, 1, -3.0), "edit")
    assert changed == ["data"] and tm.index(1, 1).data() == "\u22123"
    model.apply(model.session.replace(labels=("a", "b", "c", "d")), "rename")
    assert tm.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == "a"


def test_shape_change_resets_rows_and_labels(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    with qtbot.waitSignal(tm.modelReset):
        model.apply(edits.add_input(model.session, label="cat"), "add")
    assert tm.rowCount() == 4
    assert tm.headerData(3, Qt.Orientation.Vertical) == "cat"
    assert inputs_editor.shape_label.text() == "4 × 4"
    with qtbot.waitSignal(tm.modelReset):
        model.apply(edits.set_d(model.session, 2), "d")
    assert tm.columnCount() == 2
    # The table grows and shrinks with its content.
    table = inputs_editor.table
    assert table.sizeHint().height() >= 4 * 22


def test_titles_follow_the_mode_in_one_wording(qtbot, model):
    inputs = make_editor(qtbot, model, "inputs")
    w_a = make_editor(qtbot, model, "w_a")
    model.apply(edits.set_mode(model.session, "seq2seq"), "mode")
    assert inputs.title_label.toolTip() == "Encoder states H (n × d)"
    model.apply(edits.set_score_kind(model.session, "additive"), "additive")
    assert w_a.title_label.toolTip() == "W_a (2·d_k × h)"
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert inputs.title_label.toolTip() == "Inputs I (n × d)"


def test_the_step_through_trace_is_drawn_on_the_editor(qtbot, model):
    """The model's trace, drawn by the editor itself: tinted cells with a dashed frame."""
    editor = make_editor(qtbot, model, "w_q")
    tm = editor.table_model
    changed = []
    tm.dataChanged.connect(lambda top, bottom, roles: changed.append((top.column(), roles)))
    sources = [("inputs", 0, k) for k in range(4)] + [("w_q", k, 2) for k in range(4)]
    model.set_trace(("queries", 0, 2), sources)
    assert editor.trace_cells() == [(k, 2) for k in range(4)]
    assert editor.trace_rects() == [editor.table.visualRect(tm.index(k, 2)) for k in range(4)]
    assert [tm.index(k, 2).data(TRACE_ROLE) for k in range(4)] == ["source"] * 4
    assert tm.index(0, 0).data(TRACE_ROLE) is None
    assert changed == [(2, [TRACE_ROLE])]  # only the traced column repaints

    def magenta_share(rect) -> float:
        image = editor.table.viewport().grab(rect).toImage()
        pixels = [QColor(image.pixel(x, y)) for x in range(image.width())
                  for y in range(image.height())]  # fmt: skip
        hits = [c for c in pixels if abs(c.red() - SOURCE_COLOR.red()) < 40 and c.green() < 60
                and abs(c.blue() - SOURCE_COLOR.blue()) < 50]  # fmt: skip
        return len(hits) / max(len(pixels), 1)

    qtbot.waitUntil(lambda: magenta_share(editor.table.visualRect(tm.index(1, 2))) > 0.05)
    assert magenta_share(editor.table.visualRect(tm.index(1, 0))) == 0
    # A trace elsewhere clears it here.
    model.set_trace(("scores", 0, 1), [("queries", 0, 0)])
    assert editor.trace_cells() == []
    assert tm.index(1, 2).data(TRACE_ROLE) is None
    qtbot.waitUntil(lambda: magenta_share(editor.table.visualRect(tm.index(1, 2))) == 0)
    # A shape change that drops the traced cells drops them from the editor too.
    model.set_trace(("queries", 0, 2), [("w_q", 3, 2)])
    model.apply(edits.set_d_k(model.session, 2), "d_k")
    assert editor.trace_cells() == []


def test_label_change_updates_header(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    with qtbot.waitSignal(tm.headerDataChanged):
        model.apply(model.session.replace(labels=("a", "b", "c")), "rename")
    assert tm.headerData(1, Qt.Orientation.Vertical) == "b"


def test_weights_override_labels_and_colours(qtbot, seq2seq_session):
    model = AttentionModel(edits.set_override(seq2seq_session, True))
    editor = make_editor(qtbot, model, "weights_override")
    tm = editor.table_model
    assert (tm.rowCount(), tm.columnCount()) == (1, 4)
    assert tm.headerData(0, Qt.Orientation.Vertical) == "s1"
    assert [tm.headerData(j, Qt.Orientation.Horizontal) for j in range(4)] == [
        "h1",
        "h2",
        "h3",
        "h4",
    ]
    value = model.session.weights_override[0, 1]
    assert tm.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color() == cell_color(
        value, "weights_override", 1.0
    )


def test_missing_matrix_shows_empty_table(qtbot, model):
    model.apply(edits.set_projection(model.session, False), "off")
    editor = make_editor(qtbot, model, "w_a")
    assert (editor.table_model.rowCount(), editor.table_model.columnCount()) == (0, 0)
    assert not editor.is_relevant()
    model.apply(edits.set_score_kind(model.session, "general"), "general")
    assert editor.is_relevant()
    assert editor.table_model.rowCount() == model.session.d_k


def test_is_relevant(qtbot, model, seq2seq_session):
    names = ["inputs", "decoder", "w_q", "w_k", "w_v", "w_a", "v_a", "weights_override"]
    editors = {name: make_editor(qtbot, model, name) for name in names}
    relevant = {name for name, e in editors.items() if e.is_relevant()}
    assert relevant == {"inputs", "w_q", "w_k", "w_v"}
    additive = edits.set_override(edits.set_score_kind(seq2seq_session, "additive"), True)
    relevant = {name for name, e in editors.items() if e.is_relevant(additive)}
    assert relevant == {"inputs", "decoder", "w_a", "v_a", "weights_override"}


def test_v_a_is_one_row(qtbot, seq2seq_session):
    model = AttentionModel(edits.set_score_kind(seq2seq_session, "additive"))
    editor = make_editor(qtbot, model, "v_a")
    assert editor.table_model.rowCount() == 1
    assert editor.table_model.columnCount() == model.session.v_a.shape[0]
    assert editor.table_model.setData(editor.table_model.index(0, 1), "0.5")
    assert model.session.v_a[1] == 0.5


# -- scrubbing (view → model) -----------------------------------------------------


def test_drag_up_increases_value_as_one_undo_step(inputs_editor, model):
    before = model.session
    count = model.undo_stack.count()
    drag(inputs_editor, 1, 2, 0, -50)
    assert model.session.inputs[1, 2] == pytest.approx(before.inputs[1, 2] + 0.5, abs=1e-12)
    expected = np.array(before.inputs)
    expected[1, 2] += 0.5
    np.testing.assert_allclose(model.session.inputs, expected, atol=1e-12)
    # Everything downstream is recomputed: the queries are the new inputs @ W_Q.
    np.testing.assert_allclose(model.result.queries, model.session.inputs @ model.session.w_q)
    fresh = compute(model.session)
    for name in ("queries", "keys", "values", "weights", "context"):
        np.testing.assert_array_equal(model.result.matrix(name), fresh.matrix(name))
    assert inputs_editor.table_model.index(1, 2).data() == "0.5"
    assert model.undo_stack.count() == count + 1
    assert model.undo_stack.undoText() == "Drag inputs[2,3]"
    model.undo_stack.undo()
    assert model.session == before


def test_drag_is_live_and_never_drifts(inputs_editor, model):
    viewport = inputs_editor.table.viewport()
    start = cell_center(inputs_editor, 0, 0)
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    seen = []
    for dy in (-20, -40, -10, -30):
        send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, dy), NO_BUTTON, LEFT)
        seen.append(model.session.inputs[0, 0])
        assert model.in_gesture
        assert viewport.cursor().shape() == Qt.CursorShape.SizeVerCursor
    assert seen == pytest.approx([1.2, 1.4, 1.1, 1.3])
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(0, -30), LEFT, NO_BUTTON)
    assert not model.in_gesture
    assert viewport.cursor().shape() != Qt.CursorShape.SizeVerCursor
    assert model.session.inputs[0, 0] == pytest.approx(1.3)


def test_drag_right_and_down(inputs_editor, model):
    drag(inputs_editor, 0, 1, 30, 0)
    assert model.session.inputs[0, 1] == pytest.approx(0.3)
    drag(inputs_editor, 2, 3, 0, 40)
    assert model.session.inputs[2, 3] == pytest.approx(1 - 0.4)


@pytest.mark.parametrize(("modifiers", "step"), [(NO_MOD, 0.01), (SHIFT, 0.001), (CTRL, 0.1)])
def test_modifiers_change_the_step(inputs_editor, model, modifiers, step):
    assert inputs_editor.scrub_step_for(modifiers) == step
    start = model.session.inputs[1, 0]
    drag(inputs_editor, 1, 0, 0, -50, modifiers=modifiers)
    assert model.session.inputs[1, 0] == pytest.approx(start + 50 * step)


def test_click_without_moving_only_selects(inputs_editor, model):
    before = model.session
    count = model.undo_stack.count()
    drag(inputs_editor, 2, 1, 0, 0, steps=1)
    assert model.session == before
    assert model.undo_stack.count() == count
    assert inputs_editor.table.currentIndex().row() == 2
    assert inputs_editor.table.currentIndex().column() == 1


def test_drag_does_not_rubber_band_select(inputs_editor, model):
    drag(inputs_editor, 0, 0, 60, 45)
    selected = inputs_editor.table.selectionModel().selectedIndexes()
    assert [(i.row(), i.column()) for i in selected] == [(0, 0)]


def test_escape_cancels_the_drag(inputs_editor, model):
    before = model.session
    count = model.undo_stack.count()
    drag(inputs_editor, 1, 1, 0, -80, release=False)
    assert model.session.inputs[1, 1] == pytest.approx(2.8)
    QApplication.sendEvent(
        inputs_editor.table, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, NO_MOD)
    )
    assert model.session == before
    assert not model.in_gesture
    # Moving on after Escape changes nothing; the release adds no undo step.
    viewport = inputs_editor.table.viewport()
    start = cell_center(inputs_editor, 1, 1)
    send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, -120), NO_BUTTON, LEFT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start, LEFT, NO_BUTTON)
    assert model.session == before
    assert model.undo_stack.count() == count


def test_weights_override_drag_keeps_rows_summing_to_one(qtbot, seq2seq_session):
    model = AttentionModel(edits.set_override(seq2seq_session, True))
    editor = make_editor(qtbot, model, "weights_override")
    assert editor.scrub_step_for(NO_MOD) == 0.005
    before = model.session
    start = before.weights_override[0, 2]
    drag(editor, 0, 2, 0, -40)
    weights = model.session.weights_override
    assert weights[0, 2] == pytest.approx(min(start + 40 * 0.005, 1.0))
    assert weights.sum(axis=1) == pytest.approx([1.0])
    # The other weights keep their proportions.
    others = [0, 1, 3]
    np.testing.assert_allclose(
        weights[0, others] / weights[0, others].sum(),
        before.weights_override[0, others] / before.weights_override[0, others].sum(),
    )
    np.testing.assert_allclose(model.result.context, weights @ model.result.values)
    # Clamped at 1: all the attention on one input.
    drag(editor, 0, 1, 0, -400)
    assert model.session.weights_override[0, 1] == 1.0
    assert model.session.weights_override.sum(axis=1) == pytest.approx([1.0])
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert model.session == before


# -- typed edits --------------------------------------------------------------------


def test_typed_number_is_one_undo_step(inputs_editor, model):
    tm = inputs_editor.table_model
    count = model.undo_stack.count()
    assert tm.setData(tm.index(0, 3), "-0.25")
    assert model.session.inputs[0, 3] == -0.25
    assert model.undo_stack.count() == count + 1
    assert model.undo_stack.undoText() == "Edit inputs[1,4]"
    assert tm.setData(tm.index(0, 3), "1,5")
    assert model.session.inputs[0, 3] == 1.5
    assert tm.setData(tm.index(0, 3), "1e-3")
    assert model.session.inputs[0, 3] == 0.001
    np.testing.assert_allclose(model.result.keys, model.session.inputs @ model.session.w_k)


def test_text_that_is_not_a_number_is_refused(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    before = model.session
    count = model.undo_stack.count()
    with qtbot.waitSignal(model.message, timeout=1000) as blocker:
        assert not tm.setData(tm.index(1, 1), "abc")
    assert "abc" in blocker.args[0]
    assert "2" in blocker.args[0]  # the value that stays
    assert model.session == before
    assert model.undo_stack.count() == count
    for bad in ("inf", "nan", "1..2"):
        assert not tm.setData(tm.index(1, 1), bad)
    assert model.session == before


def test_typing_through_the_delegate(qtbot, inputs_editor, model):
    table = inputs_editor.table
    index = inputs_editor.table_model.index(2, 0)
    table.setCurrentIndex(index)
    table.edit(index)
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    assert editor.text() == "1"
    count = model.undo_stack.count()
    editor.setText("0.75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt 6 commits the editor's data through a queued call.
    qtbot.waitUntil(lambda: model.session.inputs[2, 0] == 0.75, timeout=1000)
    assert model.undo_stack.count() == count + 1


def test_enter_without_typing_changes_nothing(qtbot, inputs_editor, model):
    model.apply(model.session.with_cell("inputs", 0, 1, 1 / 3), "third")
    count = model.undo_stack.count()
    table = inputs_editor.table
    index = inputs_editor.table_model.index(0, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChildren(QLineEdit)[0]
    assert float(editor.text()) == 1 / 3  # full precision, not the rounded display
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            not table.viewport().findChildren(QLineEdit)
            or not table.viewport().findChildren(QLineEdit)[0].isVisible()
        ),
        timeout=1000,
    )
    assert model.session.inputs[0, 1] == 1 / 3
    assert model.undo_stack.count() == count


def test_typing_a_key_opens_the_editor(qtbot, inputs_editor, model):
    table = inputs_editor.table
    table.setFocus()
    table.setCurrentIndex(inputs_editor.table_model.index(0, 0))
    qtbot.keyClicks(table, "7")
    editor = table.viewport().findChildren(QLineEdit)[0]
    assert editor.text() == "7"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.session.inputs[0, 0] == 7, timeout=1000)


def test_typed_weight_keeps_row_summing_to_one(qtbot, seq2seq_session):
    model = AttentionModel(edits.set_override(seq2seq_session, True))
    editor = make_editor(qtbot, model, "weights_override")
    assert editor.table_model.setData(editor.table_model.index(0, 0), "0.4")
    assert model.session.weights_override[0, 0] == 0.4
    assert model.session.weights_override.sum() == pytest.approx(1.0)


# -- clipboard ------------------------------------------------------------------------


def select_block(editor, top, left, bottom, right):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    tm = editor.table_model
    selection = QItemSelection(tm.index(top, left), tm.index(bottom, right))
    editor.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    editor.table.selectionModel().setCurrentIndex(
        tm.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_paste_block_is_one_undo_step(inputs_editor, model):
    before = model.session
    count = model.undo_stack.count()
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(1, 1))
    assert inputs_editor.paste_text("1\t2\n3\t4\n")
    expected = np.array(before.inputs)
    expected[1:3, 1:3] = [[1, 2], [3, 4]]
    np.testing.assert_array_equal(model.session.inputs, expected)
    assert model.undo_stack.count() == count + 1
    np.testing.assert_allclose(model.result.values, expected @ model.session.w_v)
    model.undo_stack.undo()
    assert model.session == before


def test_paste_is_clipped_to_the_matrix(inputs_editor, model):
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(2, 3))
    assert inputs_editor.paste_text("9\t9\t9\n9\t9\t9")
    assert model.session.inputs[2, 3] == 9
    assert np.count_nonzero(model.session.inputs == 9) == 1


def test_paste_with_text_is_refused(qtbot, inputs_editor, model):
    before = model.session
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(0, 0))
    with qtbot.waitSignal(model.message, timeout=1000) as blocker:
        assert not inputs_editor.paste_text("1\t2\nthree\t4")
    assert "three" in blocker.args[0]
    assert model.session == before


def test_copy_selection_as_tsv(inputs_editor, model):
    model.apply(model.session.with_cell("inputs", 1, 2, 0.125), "edit")
    select_block(inputs_editor, 0, 1, 1, 2)
    text = inputs_editor.copy_selection()
    assert text == "0\t1\n2\t0.125"
    assert QGuiApplication.clipboard().text() == text
    # Copy → paste elsewhere round-trips exactly.
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(1, 0))
    inputs_editor.paste_text(text)
    np.testing.assert_array_equal(model.session.inputs[1:3, 0:2], [[0, 1], [2, 0.125]])


def test_copy_as_latex_and_markdown(inputs_editor, model):
    inputs_editor.table.clearSelection()
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(0, 0))
    inputs_editor.table.clearSelection()
    latex = inputs_editor.latex_text()
    assert latex.startswith("\\begin{bmatrix}\n1 & 0 & 1 & 0 \\\\\n")
    assert latex.endswith("1 & 1 & 1 & 1\n\\end{bmatrix}")
    select_block(inputs_editor, 1, 0, 2, 1)
    assert (
        inputs_editor.markdown_text()
        == "| | 1 | 2 |\n|---|---:|---:|\n| x2 | 0 | 2 |\n| x3 | 1 | 1 |"
    )
    assert matrix_as_latex(np.array([[0.5, -1]])) == "\\begin{bmatrix}\n0.5 & -1\n\\end{bmatrix}"
    assert matrix_as_markdown(np.array([[1.0]]), ["a"], ["b"]).splitlines()[2] == "| a | 1 |"


def test_set_to_zero(inputs_editor, model):
    select_block(inputs_editor, 2, 0, 2, 3)
    count = model.undo_stack.count()
    assert inputs_editor.set_selection_to_zero()
    np.testing.assert_array_equal(model.session.inputs[2], [0, 0, 0, 0])
    assert model.undo_stack.count() == count + 1


def test_context_menu_has_the_actions(inputs_editor):
    texts = [a.text() for a in inputs_editor.build_context_menu().actions() if not a.isSeparator()]
    assert texts == [
        "Add token",
        "Remove selected token",
        "Decrease d",
        "Increase d",
        "Copy",
        "Paste",
        "Set to zero",
        "Copy as LaTeX bmatrix",
        "Copy as Markdown table",
    ]
    assert [b.toolTip() for b in inputs_editor.tool_buttons][0].startswith("Add a token")


# -- structural edits -------------------------------------------------------------------


def test_add_and_remove_token_keep_values(inputs_editor, model):
    before = model.session
    inputs_editor.add_row_action.trigger()
    s = model.session
    assert s.n == 4
    np.testing.assert_array_equal(s.inputs[:3], before.inputs)
    np.testing.assert_array_equal(s.inputs[3], np.zeros(4))
    assert s.labels[:3] == before.labels
    assert model.undo_stack.undoText() == "Add token"
    # Remove the selected token (x2).
    inputs_editor.table.selectRow(1)
    inputs_editor.remove_row_action.trigger()
    s = model.session
    np.testing.assert_array_equal(s.inputs, np.vstack([before.inputs[[0, 2]], np.zeros((1, 4))]))
    assert s.labels == ("x1", "x3", "x4")
    np.testing.assert_allclose(model.result.queries, s.inputs @ s.w_q)


def test_last_token_cannot_be_removed(qtbot, model):
    from qkv_gui.core.session import Session

    model.load(Session(inputs=[[1.0, 2.0]]))
    editor = make_editor(qtbot, model, "inputs")
    assert not editor.remove_row_action.isEnabled()
    editor.table.selectRow(0)
    editor._on_remove_row_triggered()
    assert model.session.n == 1


def test_d_plus_and_minus_keep_values(inputs_editor, model):
    before = model.session
    inputs_editor.dim_plus_action.trigger()
    s = model.session
    assert s.d == 5
    np.testing.assert_array_equal(s.inputs[:, :4], before.inputs)
    np.testing.assert_array_equal(s.inputs[:, 4], np.zeros(3))
    np.testing.assert_array_equal(s.w_q[:4], before.w_q)
    assert inputs_editor.table_model.columnCount() == 5
    inputs_editor.dim_minus_action.trigger()
    inputs_editor.dim_minus_action.trigger()
    np.testing.assert_array_equal(model.session.inputs, before.inputs[:, :3])


def test_d_k_plus_keeps_values(qtbot, model):
    before = model.session
    editor = make_editor(qtbot, model, "w_q")
    editor.dim_plus_action.trigger()
    s = model.session
    assert s.d_k == 4
    np.testing.assert_array_equal(s.w_q[:, :3], before.w_q)
    np.testing.assert_array_equal(s.w_k[:, :3], before.w_k)
    np.testing.assert_array_equal(s.w_q[:, 3], np.zeros(4))
    assert editor.table_model.columnCount() == 4
    np.testing.assert_allclose(model.result.scores, model.result.queries @ model.result.keys.T)
    editor.dim_minus_action.trigger()
    assert model.session == before


def test_d_v_plus_keeps_values(qtbot, model):
    before = model.session
    editor = make_editor(qtbot, model, "w_v")
    editor.dim_plus_action.trigger()
    np.testing.assert_array_equal(model.session.w_v[:, :3], before.w_v)
    assert model.result.context.shape == (3, 4)


def test_decoder_add_and_remove(qtbot, seq2seq_session):
    model = AttentionModel(seq2seq_session)
    editor = make_editor(qtbot, model, "decoder")
    assert editor.title_label.full_text() == "Decoder states S (m × d)"
    editor.add_row_action.trigger()
    np.testing.assert_array_equal(model.session.decoder, [[10, 5, 10], [0, 0, 0]])
    assert editor.table_model.headerData(1, Qt.Orientation.Vertical) == "s2"
    editor.table.selectRow(0)
    editor.remove_row_action.trigger()
    np.testing.assert_array_equal(model.session.decoder, [[0, 0, 0]])


# -- labels, hover, query selection -----------------------------------------------------


def test_rename_token_inline(qtbot, inputs_editor, model):
    editor = inputs_editor.edit_label(1)
    assert editor is not None and editor.text() == "x2"
    editor.setText("cat")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.session.labels == ("x1", "cat", "x3")
    assert inputs_editor.table_model.headerData(1, Qt.Orientation.Vertical) == "cat"
    assert inputs_editor.label_editor is None
    # Escape leaves the label alone.
    editor = inputs_editor.edit_label(0)
    editor.setText("dog")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert model.session.labels[0] == "x1"


def test_hover_sets_the_model_hover(inputs_editor, model):
    viewport = inputs_editor.table.viewport()
    send_mouse(
        viewport, QEvent.Type.MouseMove, cell_center(inputs_editor, 2, 1), NO_BUTTON, NO_BUTTON
    )
    assert model.hover == ("inputs", 2, 1)
    assert model.hovered_key == 2
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert model.hover is None


def test_row_header_selects_query_and_highlights(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    vh = inputs_editor.table.verticalHeader()
    y = vh.sectionViewportPosition(2) + vh.sectionSize(2) // 2
    qtbot.mouseClick(vh.viewport(), LEFT, pos=QPoint(vh.width() // 2, y))
    assert model.selected_query == 2
    assert tm.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole) is not None
    assert tm.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole) is None
    assert tm.index(2, 0).data(QUERY_ROW_ROLE)
    assert not tm.index(1, 0).data(QUERY_ROW_ROLE)
    model.select_query(0)
    assert tm.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole) is not None


def test_no_query_highlight_on_weight_matrices(qtbot, model):
    editor = make_editor(qtbot, model, "w_q")
    tm = editor.table_model
    assert tm.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole) is None
    assert not tm.index(0, 0).data(QUERY_ROW_ROLE)


# -- the numbers: one number of decimals per matrix ---------------------------------


def test_cells_share_the_matrix_decimals_and_tiny_values_read_zero(qtbot, inputs_editor, model):
    tm = inputs_editor.table_model
    assert tm.index(0, 0).data() == "1"  # whole numbers: no decimals
    model.apply(model.session.with_cell("inputs", 0, 1, 2.6e-24), "tiny")
    texts = [tm.index(r, c).data() for r in range(tm.rowCount()) for c in range(tm.columnCount())]
    assert texts[:4] == ["1.000", "0.000", "1.000", "0.000"]
    assert not any("e" in text for text in texts)
    assert "2.6×10⁻²⁴" in tm.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    # The columns are wide enough for the longer texts.
    width = inputs_editor.table.fontMetrics().horizontalAdvance("0.000")
    assert inputs_editor.table.columnWidth(1) >= width


def test_decimals_hold_during_a_drag(inputs_editor, model):
    tm = inputs_editor.table_model
    session = model.session
    model.begin_gesture()
    model.preview(session.with_cell("inputs", 0, 0, 1.25))
    assert tm.decimals == 2
    model.preview(session.with_cell("inputs", 0, 0, 2.0))  # back on whole numbers
    assert tm.decimals == 2 and tm.index(0, 0).data() == "2.00"
    model.end_gesture("drag")
    model.apply(session.with_cell("inputs", 0, 0, 3.0), "type")
    assert tm.decimals == 0 and tm.index(0, 0).data() == "3"


def test_a_narrow_editor_keeps_its_title_whole_and_drops_the_shape_first(qtbot, inputs_editor):
    editor = inputs_editor
    title, shape = editor.title_label, editor.shape_label
    buttons = sum(button.sizeHint().width() + 4 for button in editor.tool_buttons)
    title_only = title.sizeHint().width() + buttons + 2 * 5 + 20  # + the frame's room, spacing
    editor.resize(title_only, 260)
    qtbot.waitUntil(lambda: shape.isHidden())
    assert title.text() == title.full_text()  # not elided
    editor.resize(title_only + shape.sizeHint().width() + 40, 260)
    qtbot.waitUntil(lambda: not shape.isHidden())
    assert shape.text() == "3 × 4" and title.text() == title.full_text()



def test_d_k_and_d_v_tips_say_each_heads_with_several_heads(qtbot, model):
    """d_k ± and d_v ± change every head's block: with several heads the tips say so, and
    they follow the head count (the language: test_language_switch.py)."""
    from qkv_gui.core.head_edits import set_heads

    w_q, w_v = make_editor(qtbot, model, "w_q"), make_editor(qtbot, model, "w_v")
    assert w_q.dim_minus_action.toolTip() == "Remove the last column of W_Q and W_K (d_k − 1)"
    assert w_v.dim_plus_action.toolTip() == "Add a column of zeros to W_V (d_v + 1)"
    model.apply(set_heads(model.session, 2), "2 heads")
    assert w_q.dim_minus_action.toolTip() == (
        "Remove the last column of each head's W_Q and W_K (each head's d_k − 1)")
    assert w_q.dim_plus_action.toolTip() == (
        "Add a column of zeros to each head's W_Q and W_K (each head's d_k + 1)")
    assert w_v.dim_minus_action.toolTip() == "Remove the last column of each head's W_V (each head's d_v − 1)"
    assert w_v.dim_plus_action.toolTip() == "Add a column of zeros to each head's W_V (each head's d_v + 1)"
    model.undo_stack.undo()  # one head again
    assert w_v.dim_plus_action.toolTip() == "Add a column of zeros to W_V (d_v + 1)"
