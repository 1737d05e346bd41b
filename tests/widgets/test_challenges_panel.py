"""The Challenges panel and menu in the window: open, locked edits refused with a reason,
solved in N edits, remembered across a reopen, leave."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from qkv_gui.core.challenges import challenge
from tests.helpers import close_window
from tests.widgets.test_matrix_editor import LEFT, NO_BUTTON, cell_center, drag, send_mouse


def open_from_menu(window, challenge_id: str):
    panel = window.panel("challenges")
    panel.challenges_menu.challenge_actions[challenge_id].trigger()
    return panel


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_a_menu_entry_opens_its_challenge(window, qtbot):
    panel = open_from_menu(window, "sat_cat")
    model = window.model
    assert panel.current().id == "sat_cat"
    assert model.session == challenge("sat_cat").starting_session()
    assert model.edit_scope is not None and model.selected_query == 2
    assert panel.challenges_menu.challenge_actions["sat_cat"].isChecked()
    qtbot.waitUntil(lambda: window.current_panel() == "challenges")
    assert "W_K" in panel.editable_label.text() and not panel.is_met()
    assert "w_k" in model.highlighted_views


def test_dragging_a_locked_matrix_changes_nothing_and_the_status_bar_says_why(window, qtbot):
    open_from_menu(window, "sat_cat")
    model, editor = window.model, window.editors["w_q"]
    before = model.session
    drag(editor, 0, 0, 0, -60)
    assert model.session == before and model.undo_stack.count() == 0
    assert "only W_K" in status(window)
    assert editor.table_model.data(editor.table_model.index(0, 0)) == "0"


def test_typing_in_a_locked_matrix_changes_nothing(window, qtbot):
    open_from_menu(window, "sat_cat")
    model, editor = window.model, window.editors["inputs"]
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(editor.table_model.index(0, 0))
    qtbot.keyClicks(table, "7")
    line = table.viewport().findChildren(QLineEdit)[0]
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "only W_K" in status(window), timeout=1000)
    assert model.session.inputs[0, 0] == 1.0 and model.undo_stack.count() == 0


def test_the_toolbar_is_locked_too_and_shows_the_session_again(window, qtbot):
    open_from_menu(window, "sat_cat")
    window.controls.causal.click()
    assert not window.model.session.causal and not window.controls.causal.isChecked()
    window.workbench.actions.last_input_only.trigger()
    assert window.model.session.weights_override is None
    assert "only W_K" in status(window)


def test_an_allowed_drag_that_meets_the_goal_is_solved_in_one_edit(window, qtbot):
    panel = open_from_menu(window, "sat_cat")
    editor = window.editors["w_k"]
    # Row 4, column 2 of W_K from 0 up past 2 in one drag: the key of cat turns towards sat's query.
    viewport = editor.table.viewport()
    start = cell_center(editor, 3, 1)
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for dy in range(-10, -260, -10):
        send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, dy), NO_BUTTON, LEFT)
        if panel.is_met():
            break
    assert panel.is_met() and "Goal met" in panel.status_label.text()
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start, LEFT, NO_BUTTON)
    assert window.model.undo_stack.count() == 1
    assert status(window) == "Solved in 1 edit!"
    assert panel.solved() == {"sat_cat": 1}
    assert "✓ 1 edit" in panel.challenges_menu.challenge_actions["sat_cat"].text()


def test_solved_and_edits_are_remembered_across_a_reopen(make_window, qtbot):
    first = make_window("default")
    panel = open_from_menu(first, "split_h1_h3")
    model = first.model
    for col, value in ((0, -3), (1, -5), (2, -3)):
        editor = first.editors["decoder"]
        editor.table_model.setData(editor.table_model.index(0, col), str(value))
    assert panel.solved() == {"split_h1_h3": 3}
    assert np.allclose(model.result.weights[0, [0, 2]], 0.5, atol=1e-3)
    close_window(first)
    again = make_window("default")
    panel = again.panel("challenges")
    assert panel.solved() == {"split_h1_h3": 3}
    assert "✓ 3 edits" in panel.challenges_menu.challenge_actions["split_h1_h3"].text()
    assert "✓ 3 edits" in panel.list.item(1).text()
    assert panel.current() is None


def test_leaving_gives_the_learners_session_back_and_unlocks(window, qtbot):
    own = window.model.session
    dock = window.dock("challenges")
    assert dock.isHidden()  # until asked for: the lessons keep their room, with no tab bar
    panel = open_from_menu(window, "fair_cosine")
    assert not dock.isHidden()
    panel.leave_button.click()
    assert dock.isHidden()
    assert panel.current() is None and window.model.edit_scope is None
    assert window.model.session == own and window.model.highlighted_views == ()
    assert not panel.challenges_menu.leave_action.isEnabled()


def test_opening_a_lesson_ends_the_challenge(window, qtbot):
    panel = open_from_menu(window, "fair_cosine")
    window.panel("lessons").open_lesson("seq2seq")
    assert panel.current() is None and window.model.edit_scope is None
    assert not any(a.isChecked() for a in panel.challenges_menu.challenge_actions.values())


def test_ctrl_g_brings_the_challenges_panel_to_the_front(window, qtbot):
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.current_panel() != "challenges"
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_panel() == "challenges")
    panel = window.panel("challenges")
    assert panel.list.toolTip() and panel.restart_button.toolTip() and panel.leave_button.toolTip()


@pytest.mark.usefixtures("turkish")
def test_in_turkish_a_challenge_opens_with_turkish_tokens_and_its_texts_name_them(make_window, qtbot):
    window = make_window("default")
    panel = open_from_menu(window, "temperature_band")
    session = window.model.session
    query, key = session.labels[2], session.labels[0]
    assert session.labels == ("küçük", "kedi", "paspasın", "üstüne", "oturdu")
    task = panel.task_label.text()
    assert f"“{query}”" in task and f"“{key}”" in task and "sat" not in task
    assert "0,70" in task and "0,80" in task and "0.70" not in task
    assert panel.title_label.text() == window.model.session.title
    # The same solution as in English: the goal reads positions, not labels.
    assert window.model.apply(session.replace(temperature=0.5), "T")
    qtbot.waitUntil(panel.is_met)
    menu_tip = panel.challenges_menu.challenge_actions["sat_cat"].toolTip()
    assert "“paspasın” sözcüğü" in menu_tip and "cat" not in menu_tip
