"""The Positions panel and padding clicks: the choice of positions and its two heatmaps,
the learned table's editor, the shuffle (panel and Edit menu) with its comparison, and
marking a token as padding by clicking its name."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qkv_gui.core import head_edits
from qkv_gui.core.compute import compute
from qkv_gui.core.positional import sinusoidal_table
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.widgets.matrix_editor import MatrixEditor
from qkv_gui.widgets.positions_panel import PositionsPanel
from qkv_gui.workbench import Workbench
from tests.helpers import wait_until_idle

LEFT, NO_BUTTON = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
CTRL, NO_MOD = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


def two_heads(n: int = 4, d: int = 4) -> Session:
    rng = np.random.default_rng(11)
    return Session(inputs=rng.normal(size=(n, d)), labels=tuple("abcdefgh"[:n]), projection=True,
                   w_q=rng.normal(size=(d, 4)), w_k=rng.normal(size=(d, 4)), w_v=rng.normal(size=(d, 4)),
                   score_kind="scaled_dot", heads=2)


def make_panel(qtbot, model) -> PositionsPanel:
    editor = MatrixEditor(model, "positional_table")
    panel = PositionsPanel(model, Workbench(model), editor)
    qtbot.addWidget(panel)
    panel.resize(380, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def send_mouse(widget, kind, pos, button=LEFT, buttons=LEFT, modifiers=NO_MOD) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def test_sinusoidal_shows_p_and_inputs_plus_p_and_is_one_undo_step(qtbot):
    model = AttentionModel(two_heads())
    panel = make_panel(qtbot, model)
    inputs = model.session.inputs
    np.testing.assert_allclose(panel.seen_plot.displayed_matrix(), inputs, atol=1e-6)  # none: P = 0
    assert panel.kind_buttons["none"].isChecked() and not panel.table_editor.isVisible()
    panel.kind_buttons["sinusoidal"].click()
    assert model.session.positional == "sinusoidal"
    table = sinusoidal_table(4, 4)
    np.testing.assert_allclose(panel.table_plot.displayed_matrix(), table, atol=1e-6)
    np.testing.assert_allclose(panel.seen_plot.displayed_matrix(), inputs + table, atol=1e-6)
    assert panel.table_plot.title() == "Sinusoidal positions P"
    assert panel.seen_plot.title() == "What the heads see: I + P"
    model.undo_stack.undo()
    assert model.session.positional == "none" and panel.kind_buttons["none"].isChecked()
    np.testing.assert_allclose(panel.seen_plot.displayed_matrix(), inputs, atol=1e-6)


def test_dragging_a_learned_position_moves_the_queries_of_every_head(qtbot):
    model = AttentionModel(two_heads())
    panel = make_panel(qtbot, model)
    panel.kind_buttons["learned"].click()
    editor = panel.table_editor
    assert editor.isVisible() and not panel.table_plot.isVisible()
    np.testing.assert_allclose(model.session.positional_table, sinusoidal_table(4, 4))  # learned starts there
    before = model.session
    viewport = editor.table.viewport()
    start = editor.table.visualRect(editor.table_model.index(1, 2)).center()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for k in range(1, 6):
        send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, -10 * k), NO_BUTTON, LEFT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(0, -50), LEFT, NO_BUTTON)
    table = model.session.positional_table
    # 50 pixels up at 0.01 a pixel (the scrub rounds to its step's decimals); nothing else moved.
    assert table[1, 2] == pytest.approx(before.positional_table[1, 2] + 0.5, abs=1e-6)
    moved = np.zeros((4, 4), dtype=bool)
    moved[1, 2] = True
    np.testing.assert_array_equal(table[~moved], before.positional_table[~moved])
    seen = before.inputs + table
    for head in range(2):
        np.testing.assert_allclose(model.full_result.heads[head].queries,
                                   seen @ before.w_q[:, 2 * head:2 * head + 2], atol=1e-12)
    np.testing.assert_allclose(panel.seen_plot.displayed_matrix(), seen, atol=1e-6)
    assert model.undo_stack.undoText() == "Drag positional_table[2,3]"
    model.undo_stack.undo()
    assert model.session == before


def test_sinusoidal_is_off_in_seq2seq_and_says_why(qtbot, seq2seq_session):
    panel = make_panel(qtbot, AttentionModel(seq2seq_session))
    button = panel.kind_buttons["sinusoidal"]
    assert not button.isEnabled()
    assert "decoder states" in button.toolTip()


def test_shuffle_without_positions_gives_each_token_its_row_back_and_undo_clears_it(qtbot):
    model = AttentionModel(two_heads())
    panel = make_panel(qtbot, model)
    before = model.session
    messages = []
    model.message.connect(messages.append)
    assert panel.shuffle()
    order = head_edits.next_shuffle(4, 0)
    assert model.session.labels == tuple("abcd"[i] for i in order)
    np.testing.assert_allclose(model.full_result.output, compute(before).output[order], atol=1e-12)
    comparison = panel.comparison()
    assert comparison.same == (True,) * 4 and comparison.labels == model.session.labels
    assert panel.comparison_label.isVisible() and "✗" not in panel.comparison_label.text().split("<br>")[0]
    assert panel.verdict_label.text().startswith("Without positions every token got back")
    assert messages[-1] == panel.verdict_label.text()
    assert model.undo_stack.undoText() == "Shuffle the tokens"
    model.undo_stack.undo()
    assert model.session == before and panel.comparison() is None
    assert not panel.comparison_label.isVisible()


def test_shuffle_with_sinusoidal_positions_changes_outputs(qtbot):
    model = AttentionModel(head_edits.set_positional(two_heads(), "sinusoidal"))
    panel = make_panel(qtbot, model)
    panel.shuffle()
    comparison = panel.comparison()
    assert not comparison.all_same
    strip = panel.comparison_label.text().split("<br>")[0]
    assert strip.count("✗") == comparison.same.count(False) and strip.count("✓") == comparison.same.count(True)
    assert panel.verdict_label.text().startswith("With positions the same token")


def test_a_query_left_with_no_key_is_named_in_the_panel(qtbot):
    model = AttentionModel(two_heads().replace(causal=True))
    panel = make_panel(qtbot, model)
    messages = []
    model.message.connect(messages.append)
    assert model.toggle_padding(0)
    # Under the causal mask query "a" saw only itself: the status bar says it has no key left.
    assert messages == ["“a” is padding now: no query looks at it (its key column is hatched in every head). "
                        "The masks leave query “a” no key to look at: its weights are all 0, and so is its context."]
    np.testing.assert_array_equal(model.full_result.weights[0], 0.0)
    wait_until_idle(qtbot, panel)
    assert "“a”" in panel.padding_label.text() and "no key to look at" in panel.padding_label.text()


# -- padding by clicking a token's name, in the window -----------------------------------


def weights_column_is_zero_in_every_head(model, col: int) -> None:
    fresh = compute(model.session)
    for head in range(model.session.heads):
        np.testing.assert_array_equal(model.full_result.heads[head].weights, fresh.heads[head].weights)
        assert np.all(fresh.heads[head].weights[:, col] == 0.0)
        np.testing.assert_allclose(fresh.heads[head].weights.sum(axis=1), 1.0)


def test_ctrl_click_on_a_row_name_toggles_padding_in_every_head(make_window, qtbot):
    window = make_window(two_heads(), size=(1600, 1000))
    model = window.model
    messages = []
    model.message.connect(messages.append)
    header = window.editors["inputs"].table.verticalHeader()
    pos = QPoint(header.width() // 2, header.sectionViewportPosition(2) + header.sectionSize(2) // 2)
    qtbot.mouseClick(header.viewport(), LEFT, CTRL, pos)
    assert model.session.padding == (False, False, True, False)
    weights_column_is_zero_in_every_head(model, 2)
    assert model.undo_stack.undoText() == "Mark “c” as padding"
    assert messages[-1].startswith("“c” is padding now")
    table = window.editors["inputs"].table_model
    assert table.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).strikeOut()
    # The weights heatmap hatches the column: NaN is what it draws hatched.
    assert np.isnan(window.heatmaps["weights"].displayed_matrix()[:, 2]).all()
    # A plain click still selects the query; Ctrl+click again unmarks the token.
    qtbot.mouseClick(header.viewport(), LEFT, NO_MOD, pos)
    assert model.selected_query == 2 and model.session.padding == (False, False, True, False)
    qtbot.mouseClick(header.viewport(), LEFT, CTRL, pos)
    assert model.session.padding is None
    assert table.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is None or not \
        table.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).strikeOut()


@pytest.mark.parametrize("name", ["scores", "weights"])
def test_clicking_a_key_label_above_the_scores_or_weights_toggles_padding(make_window, qtbot, name):
    window = make_window(two_heads(), size=(1600, 1000))
    model = window.model
    view = window.heatmaps[name]
    wait_until_idle(qtbot, view)
    axis = view.plot_item.getAxis("top")
    rect = axis.sceneBoundingRect()
    x = view.view_box.mapViewToScene(QPointF(1, 0)).x()
    pos = view.mapFromScene(QPointF(x, rect.center().y()))
    viewport = view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, pos)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, pos, LEFT, NO_BUTTON)
    assert model.session.padding == (False, True, False, False)
    weights_column_is_zero_in_every_head(model, 1)
    model.undo_stack.undo()
    assert model.session.padding is None


def test_edit_menu_shuffles_and_brings_the_positions_panel_to_front(make_window, qtbot):
    window = make_window("self_attention", size=(1600, 1000))
    model = window.model
    before = model.session
    assert window.shuffle_action.shortcut().toString() == "Ctrl+Shift+U"
    assert window.shuffle_action in window.menu("edit").actions()
    window.shuffle_action.trigger()
    panel = window.panel("positions")
    assert model.session.labels != before.labels and panel.comparison().all_same
    assert window.current_panel() == "positions"
    model.undo_stack.undo()
    assert model.session == before
