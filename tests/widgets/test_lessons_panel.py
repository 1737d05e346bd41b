"""The Lessons panel and menu: each lesson opens in its stated state, the ✓ follows the learner."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QMessageBox

from qkv_gui.core.compute import set_override_weight
from qkv_gui.core.lessons import LESSONS, apply_lesson, lesson
from qkv_gui.core.presets import load_preset
from qkv_gui.core.svd import apply_topic_projection
from qkv_gui.plotting.highlight import HighlightFrame
from qkv_gui.widgets.lessons_panel import DONE_COLOR, lesson_html
from tests.helpers import wait_until_idle


def _answer(monkeypatch, button) -> list:
    """Make the "unsaved changes" box answer `button`; returns the list of times it asked."""
    asked = []

    def question(*_args, **_kwargs):
        asked.append(True)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def window(make_window, monkeypatch):
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    return make_window(load_preset("default"))


def frame_on(win, name: str) -> bool:
    # isHidden, not isVisible: a highlighted editor may itself be hidden (W_Q while
    # the projection is off) and shows its frame once it appears.
    frame = win.views[name].findChild(HighlightFrame)
    return frame is not None and not frame.isHidden()


def in_front(win, dock) -> bool:
    """A tab behind another is moved out of the window (not hidden)."""
    return not dock.isHidden() and win.rect().intersects(dock.geometry())


def done_text(panel) -> str:
    return panel.done_label.text() if panel.done_label.isVisible() else ""


# -- opening ---------------------------------------------------------------------


@pytest.mark.parametrize("item", LESSONS, ids=lambda item: item.id)
def test_each_lesson_opens_in_its_stated_state(window, item):
    panel, model = window.panel("lessons"), window.model
    assert panel.open_lesson(item.id)
    # Preset loaded and set up, as a fresh, clean history.
    assert model.session == apply_lesson(item)
    assert model.undo_stack.count() == 0 and not model.dirty
    assert model.lesson == item.id
    assert model.highlighted_views == item.highlight
    # The window frames every highlighted view it has (svd/train may not exist yet).
    for name in window.views:
        assert frame_on(window, name) == (name in item.highlight), name
    # The panel shows this lesson.
    assert panel.current() == item
    assert panel.title_label.text() == item.title
    assert panel.text_label.text() == lesson_html(item.text)
    assert panel.try_label.text() == lesson_html(item.try_this)
    assert panel.list.currentRow() == LESSONS.index(item)
    assert panel.is_done() == item.is_done(model.session, model.result)
    assert ("Done!" in done_text(panel)) == panel.is_done()
    assert item.title in window.statusBar().currentMessage()
    # The menu entry is ticked, the others not.
    checked = [k for k, a in window.panel("lessons").lessons_menu.lesson_actions.items() if a.isChecked()]
    assert checked == [item.id]


def test_lesson_text_is_rich_text_with_the_formula(window):
    window.panel("lessons").open_lesson("raw_vs_projected")
    text = window.panel("lessons").text_label.text()
    assert window.panel("lessons").text_label.textFormat() == Qt.TextFormat.RichText
    assert "score<sub>ij</sub> = x<sub>i</sub>·x<sub>j</sub> / √d" in text
    assert "√d<sub>k</sub>" in text


def test_last_state_lesson_gives_the_last_encoder_state_exactly(window):
    model = window.model
    window.panel("lessons").open_lesson("last_state")
    session = model.session
    assert session.mode == "seq2seq"
    # It opens on a mixture: the learner makes the weights [0, 0, 0, 1].
    assert session.weights_override is None and model.result.weights.min() > 0.01
    assert not window.panel("lessons").is_done()
    window.controls.last_only.click()
    session = model.session
    assert session.weights_override.tolist() == [[0.0, 0.0, 0.0, 1.0]]
    assert np.array_equal(model.result.context[0], session.inputs[-1])
    assert np.array_equal(
        window.heatmaps["context"].displayed_matrix()[0], session.inputs[-1]
    )
    assert window.panel("lessons").is_done()
    assert "Done!" in done_text(window.panel("lessons"))


def test_lesson_text_goes_through_translation(window):
    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == "lessons" else ""

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        window.panel("lessons").open_lesson("learned")
        item = lesson("learned")
        assert window.panel("lessons").title_label.text() == item.title.upper()
        assert "NOBODY TUNES" in window.panel("lessons").text_label.text()
    finally:
        QCoreApplication.removeTranslator(translator)


# -- the ✓ follows the learner ---------------------------------------------------


def test_done_flips_when_the_learner_follows_the_seq2seq_hint(window):
    panel, model = window.panel("lessons"), window.model
    panel.open_lesson("seq2seq")
    assert not panel.is_done()
    assert "Predict first" in done_text(panel)
    panel.choose(0)  # the prediction first
    assert "Not done yet" in done_text(panel)
    assert panel.done_lessons() == set()
    # The hint: s1 = [0, 0.5, 0].
    model.apply(model.session.with_matrix("decoder", [[0, 0.5, 0]]), "edit s1")
    assert panel.is_done()
    assert "Done!" in done_text(panel) and DONE_COLOR in done_text(panel)
    assert int(np.argmax(model.result.weights[0])) == 3  # h4 wins
    assert window.statusBar().currentMessage() == "Lesson done!"
    assert panel.done_lessons() == {"seq2seq"}
    assert "✓" in panel.list.item(0).text()
    model.undo_stack.undo()
    assert not panel.is_done()
    assert "Not done yet" in done_text(panel)


def test_done_flips_when_the_learner_types_the_five_to_two_hint(window):
    panel = window.panel("lessons")
    panel.open_lesson("five_to_two")
    assert not panel.is_done()
    # Typed into W_K's table, as the learner would: row 5 = [1, 1] (it was [-1, 0]).
    table = window.editors["w_k"].table_model
    assert window.model.session.w_k[4].tolist() == [-1.0, 0.0]
    assert table.setData(table.index(4, 0), "1")
    assert window.model.session.w_k[4].tolist() == [1.0, 0.0]
    # Robot wins, but by length, 45° away from the query: not done yet.
    assert int(np.argmax(window.model.result.weights[0])) == 1
    assert not panel.is_done()
    assert table.setData(table.index(4, 1), "1")
    assert panel.is_done()
    assert int(np.argmax(window.model.result.weights[0])) == 1  # "the" attends to "robot"


def test_last_state_undone_by_a_drag_and_redone_by_the_button(window):
    panel, model = window.panel("lessons"), window.model
    panel.open_lesson("last_state")
    assert not panel.is_done()
    window.controls.last_only.click()
    assert panel.is_done()
    model.apply(
        model.session.replace(
            weights_override=set_override_weight(model.session.weights_override, 0, 3, 0.7)
        ),
        "drag the last weight",
    )
    assert not panel.is_done()
    assert not np.array_equal(model.result.context[0], model.session.inputs[-1])
    window.controls.last_only.click()
    assert panel.is_done()
    assert np.array_equal(model.result.context[0], model.session.inputs[-1])
    assert panel.done_lessons() == {"last_state"}


def test_done_for_svd_and_self_attention_and_learned(window):
    panel, model = window.panel("lessons"), window.model
    panel.open_lesson("svd_topics")
    assert not panel.is_done()
    model.apply(apply_topic_projection(model.session, 2), "W_Q = W_K = V_2")
    assert panel.is_done()

    panel.open_lesson("self_attention")
    assert not panel.is_done()
    model.apply(model.session.with_cell("w_q", 0, 0, -2).with_cell("w_q", 0, 2, 1), "hint")
    assert panel.is_done()

    panel.open_lesson("learned")
    assert not panel.is_done()
    n = model.session.n
    # Weights set by hand to the target pattern stand in for training here.
    target = np.zeros((n, n))
    target[0, 0] = 1.0
    for i in range(1, n):
        target[i, i - 1] = 1.0
    model.apply(model.session.replace(weights_override=target), "pattern")
    assert panel.is_done()
    assert panel.done_lessons() == {"svd_topics", "self_attention", "learned"}


def test_opening_a_lesson_does_not_judge_it_by_the_old_lesson(window):
    panel = window.panel("lessons")
    panel.open_lesson("raw_vs_projected")
    # The next lesson's session has the projection off, which would satisfy
    # raw_vs_projected's check: it must not be ticked.
    panel.open_lesson("svd_topics")
    assert panel.done_lessons() == set()


# -- navigation --------------------------------------------------------------------


def test_next_previous_restart_and_leave(window):
    panel, model = window.panel("lessons"), window.model
    assert panel.current() is None
    assert not panel.previous_button.isEnabled() and panel.next_button.isEnabled()
    assert not panel.leave_button.isEnabled()
    panel.next_button.click()
    assert model.lesson == LESSONS[0].id
    assert not panel.previous_button.isEnabled()
    panel.next_button.click()
    assert model.lesson == LESSONS[1].id
    assert model.session == apply_lesson(LESSONS[1])
    panel.previous_button.click()
    assert model.lesson == LESSONS[0].id

    for _ in range(len(LESSONS) - 1):
        panel.next_button.click()
    assert model.lesson == LESSONS[-1].id
    assert not panel.next_button.isEnabled()

    # Restart: the starting state again, after edits.
    model.apply(model.session.with_cell("inputs", 0, 0, 9.0), "edit")
    panel.restart_button.click()
    assert model.session == apply_lesson(LESSONS[-1])

    # Leave: the highlights go, the learner's own session (the default preset) comes back.
    model.apply(model.session.with_cell("inputs", 0, 0, 7.0), "edit")
    panel.leave_button.click()
    assert model.lesson is None
    assert model.highlighted_views == ()
    assert not any(frame_on(window, name) for name in window.views)
    assert model.session == load_preset("default") and not model.dirty
    assert panel.current() is None and panel.list.currentRow() == -1
    assert not panel.leave_button.isEnabled() and not panel.restart_button.isEnabled()
    assert not panel.done_label.isVisible()
    assert "your own session is back" in window.statusBar().currentMessage()
    # The learner keeps editing freely.
    assert model.apply(model.session.with_cell("inputs", 1, 1, 3.0), "free edit")
    # Previous goes on from the lesson left.
    panel.previous_button.click()
    assert model.lesson == LESSONS[-2].id


def test_clicking_a_lesson_in_the_list_opens_it(window, qtbot):
    panel = window.panel("lessons")
    rect = panel.list.visualItemRect(panel.list.item(2))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.lesson == LESSONS[2].id
    # While a lesson is open the list is a row of numbered steps; clicking one opens it.
    rect = panel.list.visualItemRect(panel.list.item(4))
    assert panel.list.item(4).text() == "5"
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.lesson == LESSONS[4].id


def test_lessons_never_ask_about_unsaved_changes(window, monkeypatch):
    panel, model = window.panel("lessons"), window.model
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    panel.open_lesson("seq2seq")
    model.apply(model.session.with_matrix("decoder", [[1, 2, 3]]), "edit the exercise")
    assert panel.open_lesson("five_to_two")  # switching: an exercise is not the learner's document
    model.apply(model.session.with_cell("w_k", 4, 0, 1.0), "edit the exercise")
    assert panel.restart_lesson() and model.session == apply_lesson(lesson("five_to_two"))
    model.apply(model.session.with_cell("w_k", 4, 0, 1.0), "edit the exercise")
    panel.next_button.click()
    rect = panel.list.visualItemRect(panel.list.item(1))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.lesson == LESSONS[1].id
    panel.leave_lesson()
    assert window.close()  # nothing of the learner's own was changed: no question at quit either
    assert asked == []


def test_the_learners_session_waits_aside_with_its_file_and_unsaved_state(window, monkeypatch, tmp_path):
    panel, model = window.panel("lessons"), window.model
    path = tmp_path / "mine.json"
    assert window.save_to(str(path))
    mine = model.session.with_cell("inputs", 0, 0, 5.0)
    model.apply(mine, "my edit")
    assert window.isWindowModified() and "mine.json" in window.windowTitle()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    panel.open_lesson("self_attention")
    panel.open_lesson("learned")
    model.apply(model.session.with_cell("inputs", 0, 0, 9.0), "edit the exercise")
    assert asked == []
    panel.leave_button.click()
    assert model.session == mine and model.path == str(path)
    assert model.dirty and window.isWindowModified() and "mine.json" in window.windowTitle()
    assert model.saved_session != mine  # Discard would go back to the file
    # Quitting asks about the learner's session (Cancel keeps the window).
    assert not window.close()
    assert asked == [True]


def test_quitting_in_a_lesson_asks_about_the_learners_session_only(window, monkeypatch):
    panel, model = window.panel("lessons"), window.model
    model.apply(model.session.with_cell("inputs", 0, 0, 5.0), "my edit")
    panel.open_lesson("seq2seq")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked == [True] and model.lesson == "seq2seq"


def test_done_lessons_stay_ticked_after_a_restart(window, make_window):
    panel, model = window.panel("lessons"), window.model
    panel.open_lesson("seq2seq")
    model.apply(model.session.with_matrix("decoder", [[0, 10, 0]]), "the hint")
    assert panel.done_lessons() == {"seq2seq"}
    again = make_window("default").panel("lessons")
    assert again.done_lessons() == {"seq2seq"}
    assert "✓" in again.list.item(0).text() and "✓" not in again.list.item(1).text()


# -- menu and docks ----------------------------------------------------------------


def test_lessons_menu_has_one_entry_per_lesson_with_shortcuts(window, qtbot):
    menu = window.panel("lessons").lessons_menu.menu
    assert menu.objectName() == "menu_lessons"
    bar_actions = window.menuBar().actions()
    assert bar_actions.index(menu.menuAction()) == len(bar_actions) - 3  # before Challenges and Help
    actions = window.panel("lessons").lessons_menu.lesson_actions
    assert list(actions) == [item.id for item in LESSONS]
    for index, action in enumerate(actions.values()):
        # Ctrl+1 … Ctrl+9: a tenth lesson has no digit of its own.
        assert action.shortcut() == (QKeySequence(f"Ctrl+{index + 1}") if index < 9 else QKeySequence())
        assert action in menu.actions()
    actions["raw_vs_projected"].trigger()
    assert window.model.lesson == "raw_vs_projected"
    assert actions["raw_vs_projected"].isChecked()
    # The keyboard shortcut, from anywhere in the window.
    window.activateWindow()
    window.heatmaps["scores"].setFocus()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.lesson == "last_state", timeout=2000)
    assert actions["last_state"].isChecked() and not actions["raw_vs_projected"].isChecked()
    window.panel("lessons").lessons_menu.leave_action.trigger()
    assert window.model.lesson is None
    assert not any(a.isChecked() for a in actions.values())
    assert not window.panel("lessons").lessons_menu.leave_action.isEnabled()


def test_dock_sits_on_the_right_below_the_geometry(window):
    dock = window.dock("lessons")
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock.objectName() == "LessonsDock"
    assert dock.widget() is window.panel("lessons")
    assert dock.isVisible() and window.dock("geometry").isVisible()
    assert dock.geometry().top() >= window.dock("geometry").geometry().bottom()
    assert dock.toggleViewAction() in window.menu("view").actions()


def test_highlighted_views_hidden_behind_a_tab_come_to_the_front(window, qtbot):
    wait_until_idle(qtbot, window)  # let the new tab settle before switching tabs
    window.dock("compare").raise_()
    qtbot.waitUntil(lambda: not in_front(window, window.dock("geometry")), timeout=2000)
    window.panel("lessons").open_lesson("five_to_two")  # highlights the geometry plot
    qtbot.waitUntil(lambda: in_front(window, window.dock("geometry")), timeout=2000)
    assert not in_front(window, window.dock("compare"))


def test_at_the_default_size_a_lesson_fits_without_scrolling(window, qtbot):
    """At 1600 × 1000 the lesson's title, text and "Try this" fit the dock; once done, the
    verdict is scrolled into view."""
    panel, model = window.panel("lessons"), window.model
    bar = panel.scroll.verticalScrollBar()
    for item in LESSONS:
        panel.open_lesson(item.id)
        wait_until_idle(qtbot, panel)
        assert bar.maximum() == 0, item.id
    # The longest "Done!" line takes room from the text: still no scrolling.
    panel.open_lesson("svd_topics")
    model.apply(apply_topic_projection(model.session, 2), "W_Q = W_K = V_2")
    assert panel.is_done()
    label = panel.done_label
    qtbot.waitUntil(lambda: label.visibleRegion().boundingRect().height() == label.height())


@pytest.mark.parametrize("lesson_id, view", [("svd_topics", "svd"), ("learned", "train")])
def test_the_most_important_highlighted_panel_wins_its_tab_group(window, qtbot, lesson_id, view):
    """svd and train share the geometry dock's tabs: the lesson's first view comes to the front."""
    if view not in window.views:
        pytest.skip(f"the {view} panel is not installed in this window")
    dock = window.views[view]
    while not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    window.dock("geometry").raise_()
    qtbot.waitUntil(lambda: not in_front(window, dock), timeout=2000)
    window.panel("lessons").open_lesson(lesson_id)
    assert lesson(lesson_id).highlight[0] == view
    qtbot.waitUntil(lambda: in_front(window, dock), timeout=2000)
