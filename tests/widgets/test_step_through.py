"""Step-through: the toolbar walks one query's computation; the overlays draw the path."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolBar

from qkv_gui.core.compute import compute
from qkv_gui.core.explain import explain
from qkv_gui.core.steps import walk
from qkv_gui.plotting.trace import SOURCE_COLOR
from qkv_gui.widgets.step_through import StepToolBar
from tests.helpers import wait_until_idle


@pytest.fixture
def window(make_window, self_session):
    return make_window(self_session)


class EditorTrace:
    """An editor's trace read like a heatmap's trace item: its source cells and their rects."""

    def __init__(self, editor):
        self.editor = editor

    def cells(self):
        return self.editor.trace_cells()

    def source_rects(self):
        return self.editor.trace_rects()


def trace_of(win, name: str):
    """What view `name` draws of the model's trace (every view draws it itself)."""
    if name in win.heatmaps:
        return win.heatmaps[name].trace_item
    return EditorTrace(win.editors[name])


def visible_overlays(win) -> set[str]:
    shown = {name for name, view in win.heatmaps.items() if view.trace_item.isVisible()}
    return shown | {name for name, editor in win.editors.items() if editor.trace_cells()}


def go_to_cell(bar: StepToolBar, cell) -> None:
    bar.go_to(bar.steps.index(cell))


def test_the_window_puts_the_toolbar_on_its_own_row(window):
    bar = window.step_through
    assert isinstance(bar, StepToolBar)
    assert window.findChild(QToolBar, "StepToolBar") is bar
    assert window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    assert window.toolBarBreak(bar)
    # Below the controls, not beside them.
    assert bar.geometry().top() >= window.controls.geometry().bottom()
    assert bar.toggleViewAction() in window.menu("view").actions()
    assert bar.next_action.shortcut().toString() == "F6"
    assert bar.back_action.shortcut().toString() == "Shift+F6"
    assert bar.play_action.shortcut().toString() == "F5"
    # Nothing traced yet: every overlay hidden, the label says how to start.
    assert bar.index == -1 and window.model.trace_target is None
    assert visible_overlays(window) == set()
    assert "30 steps" in bar.stage_label.text()
    assert not bar.stop_action.isEnabled()


def test_next_action_traces_and_hovers_each_step(window, self_session):
    model, bar = window.model, window.step_through
    result = compute(self_session)
    expected = walk(self_session, result, 0)
    assert bar.steps == expected and len(expected) == 30
    for k, step in enumerate(expected):
        bar.next_action.trigger()
        assert bar.index == k
        assert model.trace_target == tuple(step)
        assert model.trace == explain(self_session, result, *step).inputs
        # The hover makes the explain panel show this cell's formula.
        assert model.hover == tuple(step)
        assert window.explain_panel.cell == tuple(step)
    assert not bar.next_action.isEnabled()
    assert bar.stage_label.text().startswith("Step 30/30 · context[x1, 3] = ")
    value_text = explain(self_session, result, "context", 0, 2).steps[-1][-1]
    assert bar.stage_label.text().endswith(f"= {value_text}")
    bar.back_action.trigger()
    assert model.trace_target == ("context", 0, 1)
    bar.first_action.trigger()
    assert model.trace_target == ("queries", 0, 0) and not bar.back_action.isEnabled()
    bar.back_action.trigger()  # stays at the first step
    assert bar.index == 0
    bar.last_action.trigger()
    assert model.trace_target == ("context", 0, 2)


def test_keyboard_steps_and_plays(window, qtbot):
    bar = window.step_through
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert bar.index == 1
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert bar.index == 0
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert bar.playing and bar.play_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not bar.playing and not bar.play_action.isChecked()


def test_label_shows_the_formula(window, self_session):
    bar = window.step_through
    go_to_cell(bar, ("scores", 0, 1))
    # score[x1, x2] = q_x1·k_x2 = Q[0]·K[1] (dot score in this session).
    value = compute(self_session).queries[0] @ compute(self_session).keys[1]
    assert bar.stage_label.text() == f"Step 23/30 · score[x1, x2] = q_x1·k_x2 = {value:g}"
    assert "<b" in bar.stage_path.text() and "[scores]" in bar.stage_path.text()
    go_to_cell(bar, ("queries", 0, 2))
    assert bar.stage_label.text() == "Step 3/30 · Q[x1, 3] = x1·W_Q[:,3] = 2"


def test_overlays_at_a_score_step(window):
    bar = window.step_through
    go_to_cell(bar, ("scores", 0, 1))
    # scores[0, 1] = q_0 · k_1: Q row 0 and K row 1 feed it.
    assert visible_overlays(window) == {"queries", "keys", "scores"}
    assert trace_of(window, "queries").cells() == (None, [(0, c) for c in range(3)])
    assert trace_of(window, "keys").cells() == (None, [(1, c) for c in range(3)])
    assert trace_of(window, "scores").cells() == ((0, 1), [])
    scores = window.heatmaps["scores"]
    assert trace_of(window, "scores").target_rect() == scores.cell_rect(0, 1)
    keys = window.heatmaps["keys"]
    assert trace_of(window, "keys").source_rects() == [keys.cell_rect(1, c) for c in range(3)]


def test_overlays_at_a_context_step(window):
    bar = window.step_through
    go_to_cell(bar, ("context", 0, 2))
    assert visible_overlays(window) == {"weights", "values", "context"}
    assert trace_of(window, "weights").cells() == (None, [(0, j) for j in range(3)])
    assert trace_of(window, "values").cells() == (None, [(j, 2) for j in range(3)])
    assert trace_of(window, "context").cells() == ((0, 2), [])


def test_overlays_on_the_editors_at_a_projection_step(window):
    bar, editors = window.step_through, window.editors
    go_to_cell(bar, ("queries", 0, 2))
    # Q[0, 2] = input row 0 · W_Q column 2: both editors are tinted.
    assert visible_overlays(window) == {"queries", "inputs", "w_q"}
    inputs, w_q = trace_of(window, "inputs"), trace_of(window, "w_q")
    assert inputs.cells() == [(0, k) for k in range(4)]
    assert w_q.cells() == [(k, 2) for k in range(4)]
    table = editors["w_q"].table
    assert w_q.source_rects() == [
        table.visualRect(editors["w_q"].table_model.index(k, 2)) for k in range(4)
    ]
    go_to_cell(bar, ("values", 1, 0))
    assert visible_overlays(window) == {"values", "inputs", "w_v"}
    assert trace_of(window, "w_v").cells() == [(k, 0) for k in range(4)]
    assert inputs.cells() == [(1, k) for k in range(4)]


def _magenta_share(image, rect) -> float:
    """Fraction of the pixels in `rect` that are close to the source colour."""
    hits = total = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = QColor(image.pixel(x, y))
            total += 1
            if (
                abs(c.red() - SOURCE_COLOR.red()) < 40
                and c.green() < 60
                and abs(c.blue() - SOURCE_COLOR.blue()) < 50
            ):
                hits += 1
    return hits / max(total, 1)


def test_the_path_is_painted(window, qtbot):
    bar = window.step_through
    go_to_cell(bar, ("queries", 0, 2))
    wait_until_idle(qtbot, window)
    # The editor: the dashed magenta frame shows on W_Q column 2, not on column 0.
    editor = window.editors["w_q"]
    table = editor.table
    image = table.viewport().grab().toImage()
    source = table.visualRect(editor.table_model.index(1, 2))
    other = table.visualRect(editor.table_model.index(1, 0))
    assert _magenta_share(image, source) > 0.05
    assert _magenta_share(image, other) == 0
    # The heatmap: keys row 1 is framed at a score step, row 0 is not.
    go_to_cell(bar, ("scores", 0, 1))
    wait_until_idle(qtbot, window)
    keys = window.heatmaps["keys"]
    image = keys.grab().toImage()
    ratio = keys.devicePixelRatioF()

    def widget_rect(row, col):
        scene = keys.view_box.mapViewToScene(keys.cell_rect(row, col)).boundingRect()
        rect = keys.mapFromScene(scene).boundingRect()
        return rect.__class__(rect.topLeft() * ratio, rect.size() * ratio)

    assert _magenta_share(image, widget_rect(1, 1)) > 0.05
    assert _magenta_share(image, widget_rect(0, 1)) == 0


def test_play_advances_with_the_timer_and_stops_at_the_end(window, qtbot):
    bar, model = window.step_through, window.model
    bar.speed_slider.setValue(150)
    assert bar.timer.interval() == 150
    bar.play_action.trigger()
    assert bar.playing and bar.index == 0
    qtbot.waitUntil(lambda: bar.index >= 2, timeout=3000)
    assert model.trace_target == tuple(bar.steps[bar.index])
    bar.go_to(len(bar.steps) - 3)
    qtbot.waitUntil(lambda: not bar.playing, timeout=3000)
    assert bar.index == len(bar.steps) - 1
    assert model.trace_target == ("context", 0, 2)
    assert not bar.play_action.isChecked()
    # Play at the end starts over.
    bar.play()
    assert bar.index == 0 and bar.playing
    bar.pause()


def test_stop_clears_everything(window):
    bar, model = window.step_through, window.model
    go_to_cell(bar, ("context", 0, 1))
    bar.play()
    assert visible_overlays(window)
    bar.stop_action.trigger()
    assert not bar.playing and bar.index == -1
    assert model.trace_target is None and model.trace == ()
    assert model.hover is None
    assert visible_overlays(window) == set()
    assert "steps: press" in bar.stage_label.text()
    assert not bar.stop_action.isEnabled()


def test_stop_leaves_a_hover_the_learner_made(window):
    bar, model = window.step_through, window.model
    bar.next()
    model.set_hover(("weights", 1, 1))
    bar.stop()
    assert model.hover == ("weights", 1, 1)


def test_an_edit_keeps_the_cell_and_a_new_query_keeps_the_stage(window, self_session):
    bar, model = window.step_through, window.model
    go_to_cell(bar, ("scores", 0, 1))
    model.apply(self_session.with_cell("inputs", 0, 0, 3.0), "edit")
    assert model.trace_target == ("scores", 0, 1)
    label = bar.stage_label.text()
    assert label.endswith(f"= {compute(model.session).scores[0, 1]:g}")
    # Another query: its walk, from the start of the same stage.
    model.select_query(2)
    assert bar.steps == walk(model.session, model.result, 2)
    assert model.trace_target == ("scores", 2, 0)
    assert trace_of(window, "queries").cells() == (None, [(2, c) for c in range(3)])
    model.select_query(0)
    # Projection off: the same cell, its new sources (raw inputs, no W_Q).
    go_to_cell(bar, ("queries", 0, 2))
    model.apply(model.session.replace(projection=False), "raw")
    assert model.trace_target == ("queries", 0, 2)
    assert model.trace == (("inputs", 0, 2),)
    assert visible_overlays(window) == {"queries", "inputs"}


def test_removing_inputs_keeps_the_stage(qtbot, model):
    # The toolbar alone: the window's geometry view fails on its own when the
    # hovered key is removed (hoverChanged comes before changed).
    bar = StepToolBar(model)
    qtbot.addWidget(bar)
    # Fewer inputs: the walk shrinks, the stage stays.
    go_to_cell(bar, ("scores", 0, 2))
    session = model.session
    model.apply(session.replace(inputs=np.array(session.inputs)[:2], labels=("x1", "x2")), "remove")
    assert len(bar.steps) == 3 + 2 * 6 + 2 * 2 + 3
    assert model.trace_target == ("scores", 0, 1)
    assert model.hover == ("scores", 0, 1)
    model.undo_stack.undo()
    assert model.trace_target == ("scores", 0, 1) and len(bar.steps) == 30
    # The selected query itself removed: the new query's walk, from the stage start.
    model.select_query(2)
    go_to_cell(bar, ("weights", 2, 1))
    session = model.session
    model.apply(session.replace(inputs=np.array(session.inputs)[:2], labels=("x1", "x2")), "remove")
    assert model.selected_query == 1
    assert bar.steps == walk(model.session, model.result, 1)
    assert model.trace_target == ("weights", 1, 0)
    assert model.hover == ("weights", 1, 0)
    assert model.trace == (("scores", 1, 0), ("scores", 1, 1))


def test_editing_while_playing_keeps_playing(window, qtbot, self_session):
    bar, model = window.step_through, window.model
    bar.speed_slider.setValue(150)
    bar.play()
    model.apply(self_session.with_cell("w_q", 0, 0, 2.0), "edit")
    assert bar.playing
    start = bar.index
    qtbot.waitUntil(lambda: bar.index > start, timeout=2000)
    bar.pause()


def test_a_trace_set_by_someone_else_is_drawn(window):
    # A lesson may point at cells without the toolbar.
    model = window.model
    model.set_trace(("weights", 1, 0), [("scores", 1, j) for j in range(3)] + [("w_k", 0, 0)])
    assert visible_overlays(window) == {"weights", "scores", "w_k"}
    assert trace_of(window, "scores").cells() == (None, [(1, 0), (1, 1), (1, 2)])
    assert trace_of(window, "w_k").cells() == [(0, 0)]
    model.set_trace(None)
    assert visible_overlays(window) == set()


def test_overlay_follows_a_scrolled_table(make_window, self_session):
    rng = np.random.default_rng(0)
    session = self_session.replace(inputs=rng.normal(size=(20, 4)), labels=())
    win = make_window(session)
    model, bar = win.model, win.step_through
    table = win.editors["inputs"].table
    overlay = trace_of(win, "inputs")
    model.select_query(19)
    bar.next()
    assert overlay.cells() == [(19, k) for k in range(4)]
    scroll = table.verticalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum())
    rect = overlay.source_rects()[0]
    assert table.viewport().rect().contains(rect.center())
    assert rect == table.visualRect(win.editors["inputs"].table_model.index(19, 0))
