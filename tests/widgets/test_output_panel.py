"""The Heads → output panel in the window: the concat, the W_O check box and editor,
the output; hover shows Explain; a drag of W_O changes the output exactly as
concat · W_O, and undo brings it back. Numbers worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qkv_gui.core import edits
from qkv_gui.core.session import Session

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def two_heads() -> Session:
    """Two heads, d_k = d_v = 1; W_Q = 0 so every weight is ½. Head 1's values are
    x[:, 0] = (1, 0), head 2's x[:, 1] = (0, 3): concat = [[0.5, 1.5], [0.5, 1.5]];
    W_O = [[2, −1], [1, 4]]: output = [[2.5, 5.5], [2.5, 5.5]]."""
    return Session(inputs=[[1, 0], [0, 3]], labels=("a", "b"), projection=True, heads=2,
                   w_q=[[0, 0], [0, 0]], w_k=[[1, 0], [0, 1]], w_v=[[1, 0], [0, 1]],
                   score_kind="dot", w_o=[[2, -1], [1, 4]])


CONCAT = np.array([[0.5, 1.5], [0.5, 1.5]])


@pytest.fixture
def stage(make_window):
    window = make_window(two_heads())
    window.bring_to_front("output")
    panel = window.panel("output")
    return window, panel


def shown(view) -> np.ndarray:
    return np.asarray(view.displayed_matrix(), dtype=np.float64)


def send_mouse(widget, kind, pos, button=LEFT, buttons=LEFT):
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, NO_MOD)
    QApplication.sendEvent(widget, event)


def drag_cell(editor, row: int, col: int, dy: int, steps: int = 5) -> None:
    viewport = editor.table.viewport()
    start = editor.table.visualRect(editor.table_model.index(row, col)).center()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for k in range(1, steps + 1):
        send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, round(dy * k / steps)), NO_BUTTON, LEFT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(0, dy), LEFT, NO_BUTTON)


def test_panel_shows_concat_w_o_and_output(stage):
    window, panel = stage
    np.testing.assert_allclose(shown(panel.concat_view), CONCAT)
    np.testing.assert_allclose(shown(panel.output_view), [[2.5, 5.5], [2.5, 5.5]])
    assert panel.w_o_check.isChecked()
    assert panel.w_o_editor.isVisible() and panel.output_view.isVisible()
    np.testing.assert_array_equal(panel.w_o_editor.table_model.matrix, [[2, -1], [1, 4]])
    assert panel.concat_view.col_labels() == ("1:1", "2:1")
    assert panel.w_o_editor.table_model.row_labels() == ("1:1", "2:1")
    assert panel.concat_view.head_line_positions() == [0.5]  # between head 1's column and head 2's
    assert panel.output_view.title() == "Output = concat · W_O"
    assert not panel.note_label.isVisible()


def test_dragging_a_w_o_cell_changes_the_output_as_concat_times_w_o(stage, qtbot):
    window, panel = stage
    model = window.model
    editor = panel.w_o_editor
    panel.scroll_area.ensureWidgetVisible(editor)
    drag_cell(editor, 0, 0, dy=-40)
    w = model.session.w_o[0, 0]
    assert w != 2.0
    # output[:, 0] = 0.5·W_O[0, 0] + 1.5·W_O[1, 0] = 0.5·w + 1.5; column 2 stays 5.5.
    expected = np.array([[0.5 * w + 1.5, 5.5], [0.5 * w + 1.5, 5.5]])
    np.testing.assert_allclose(model.full_result.output, expected, atol=1e-12)
    np.testing.assert_allclose(shown(panel.output_view), expected, atol=1e-6)
    np.testing.assert_allclose(shown(panel.concat_view), CONCAT)  # the concat does not move
    assert model.undo_stack.count() == 1  # the drag is one undo step
    model.undo_stack.undo()
    np.testing.assert_array_equal(model.session.w_o, [[2, -1], [1, 4]])
    np.testing.assert_allclose(shown(panel.output_view), [[2.5, 5.5], [2.5, 5.5]])


def test_toggling_w_o_off_and_on(stage):
    window, panel = stage
    model = window.model
    panel.w_o_check.click()
    assert model.session.w_o is None
    assert not panel.output_view.isVisible() and not panel.w_o_editor.isVisible()
    assert panel.note_label.isVisible() and "Without W_O" in panel.note_label.text()
    np.testing.assert_array_equal(model.full_result.output, CONCAT)
    panel.w_o_check.click()  # on again: the identity, so the output is the concat
    np.testing.assert_array_equal(model.session.w_o, np.eye(2))
    np.testing.assert_allclose(shown(panel.output_view), CONCAT)
    assert panel.output_view.isVisible() and panel.w_o_editor.isVisible()
    model.undo_stack.undo()
    model.undo_stack.undo()
    np.testing.assert_array_equal(model.session.w_o, [[2, -1], [1, 4]])
    assert panel.w_o_check.isChecked()
    np.testing.assert_allclose(shown(panel.output_view), [[2.5, 5.5], [2.5, 5.5]])


def test_hovering_an_output_cell_explains_it(stage, qtbot):
    window, panel = stage
    view = panel.output_view
    panel.scroll_area.ensureWidgetVisible(view)
    qtbot.waitUntil(lambda: view.view_box.width() > 0)
    pos = view.mapFromScene(view.view_box.mapViewToScene(QPointF(1, 0)))  # output[a, 2]
    send_mouse(view.viewport(), QEvent.Type.MouseMove, pos, NO_BUTTON, NO_BUTTON)
    assert window.model.hover == ("output", 0, 1)
    text = window.explain_panel.text()
    # output[a, 2] = 0.5×(−1) + 1.5×4 = 5.5; head 1 gives −0.5, head 2 gives 6.
    assert "output[a, 2]</b> = Σ_j concat[a, j]·W_O[j, 2] = (0.5×(\u22121) + 1.5×4) = " in text
    assert ">5.5</span>" in text
    assert "head 1: \u22120.5, head 2: 6" in text
    # The concat row it is made of is outlined.
    assert panel.concat_view.outlined_block() == (0, 0, 0, 1)


def test_hovering_a_concat_cell_names_its_head(stage):
    window, panel = stage
    window.model.set_hover(("concat", 1, 1))
    text = window.explain_panel.text()
    assert "concat[b, 2:1]</b> = context (head 2)[b, 1] = " in text
    assert panel.output_view.outlined_block() == (1, 0, 1, 1)  # it feeds that output row


def test_an_edit_elsewhere_redraws_the_stage(stage):
    window, panel = stage
    model = window.model
    # x_b = (0, 3) → (0, 5): head 2's context (0 + 5)/2 = 2.5, output[:, 0] = 0.5×2 + 2.5×1 = 3.5.
    model.apply(edits.with_values(model.session, "inputs", {(1, 1): 5.0}), "edit")
    np.testing.assert_allclose(shown(panel.concat_view), [[0.5, 2.5], [0.5, 2.5]])
    np.testing.assert_allclose(shown(panel.output_view), [[3.5, 9.5], [3.5, 9.5]])


def test_one_head_without_w_o_says_the_output_is_the_context(make_window):
    window = make_window("default")
    window.bring_to_front("output")
    panel = window.panel("output")
    assert not panel.w_o_check.isChecked()
    assert panel.note_label.isVisible()
    assert panel.note_label.text().startswith("With one head and no W_O the output is the context itself")
    assert not panel.concat_view.isVisible() and not panel.output_view.isVisible()
    panel.w_o_check.click()  # one head with W_O: concat = context, output = context · I
    model = window.model
    np.testing.assert_array_equal(model.session.w_o, np.eye(model.session.d_v))
    assert panel.concat_view.isVisible() and panel.output_view.isVisible()
    np.testing.assert_allclose(shown(panel.output_view), model.result.context, atol=1e-6)
