"""The whole window, driven like a learner would: drag, type, select, override, save, open."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from qkv_gui import settings as app_settings
from qkv_gui.core.compute import compute
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session_io import load_session, save_session
from qkv_gui.main_window import HEATMAP_NAMES
from qkv_gui.startup import load_start_session
from tests.helpers import close_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_window, self_session):
    return make_window(self_session, preset="self_attention")


def send_mouse(widget, kind, pos, button=LEFT, buttons=LEFT):
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag_cell(editor, row, col, dy):
    viewport = editor.table.viewport()
    start = editor.table.visualRect(editor.table_model.index(row, col)).center()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for k in range(1, 6):
        send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, round(dy * k / 5)),
                   Qt.MouseButton.NoButton, LEFT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(0, dy), LEFT, Qt.MouseButton.NoButton)


def assert_views_show(window, session):
    expected = compute(session)
    for name in HEATMAP_NAMES:
        np.testing.assert_allclose(window.heatmaps[name].displayed_matrix(), expected.matrix(name),
                                   rtol=1e-6, atol=1e-6, err_msg=name)


def test_drag_updates_every_view_and_undo_restores(window, self_session):
    model = window.model
    drag_cell(window.editors["inputs"], 0, 0, -50)  # 50 px up = +0.5
    assert model.session.inputs[0, 0] == pytest.approx(1.5)
    assert_views_show(window, model.session)
    assert window.isWindowModified()
    assert model.undo_stack.count() == 1
    window.undo_action.trigger()
    assert model.session == self_session
    assert_views_show(window, self_session)
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert model.session.inputs[0, 0] == pytest.approx(1.5)


def test_refused_text_shows_message_and_keeps_value(window):
    table_model = window.editors["w_k"].table_model
    assert not table_model.setData(table_model.index(0, 0), "abc")
    assert window.model.session.w_k[0, 0] == 0
    assert "abc" in window.statusBar().currentMessage()


def test_selecting_a_query_highlights_it_everywhere(window):
    window.model.select_query(2)
    for name in ("queries", "scores", "weights", "context"):
        assert window.heatmaps[name].highlighted_rows().get("selection") == 2, name
    np.testing.assert_allclose(window.weights_bar.bars.opts["height"], compute(window.model.session).weights[2])
    assert window.explain_panel.cell == ("weights", 2, int(np.argmax(window.model.result.weights[2]))) \
        or window.explain_panel.cell is None
    assert "weight[x3," in window.explain_panel.text()


def test_last_input_override_gives_last_value(window):
    window.controls.last_only.click()
    result = window.model.result
    assert result.overridden
    for row in result.context:
        assert row.tolist() == result.values[-1].tolist()
    assert window.editors["weights_override"].isVisible()
    assert "✓" in window.controls.last_status.text()
    window.undo_action.trigger()
    assert not window.model.result.overridden


def test_resizing_d_k_keeps_values(window, self_session):
    window.editors["w_k"].dim_plus_action.trigger()
    s = window.model.session
    assert s.w_k.shape == (4, 4) and s.w_q.shape == (4, 4)
    assert np.array_equal(s.w_k[:, :3], self_session.w_k)
    assert np.array_equal(s.w_q[:, :3], self_session.w_q)
    assert_views_show(window, s)


def test_controls_change_the_session(window):
    window.controls.score_kind.setCurrentIndex(window.controls.score_kind.findData("cosine"))
    assert window.model.session.score_kind == "cosine"
    window.controls.temperature.setValue(2.0)
    assert window.model.session.temperature == 2.0
    window.controls.causal.setChecked(True)
    assert np.isnan(window.model.result.scores[0, 2])
    window.controls.mode.setCurrentIndex(window.controls.mode.findData("seq2seq"))
    assert window.model.session.mode == "seq2seq"
    assert window.editors["decoder"].isVisible() and not window.controls.causal.isEnabled()
    assert_views_show(window, window.model.session)
    for _ in range(4):
        window.undo_action.trigger()
    assert window.model.session.score_kind == "dot"


def test_save_and_open_round_trip(window, tmp_path, monkeypatch):
    path = tmp_path / "lesson.json"
    edited = window.model.session.with_cell("w_v", 1, 1, 7.25)
    window.model.apply(edited, "edit")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_as_action.trigger()
    assert load_session(path) == edited
    assert not window.isWindowModified() and "lesson.json" in window.windowTitle()
    window.model.load(load_preset("seq2seq"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_action.trigger()
    assert window.model.session == edited
    assert str(path.resolve()) in app_settings.recent_files()


def test_bad_file_keeps_the_session(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "qkv-gui-session", "version": 1, "inputs": [[1, "x"]]}))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    before = window.model.session
    assert not window.open_file(str(bad), ask=False)
    assert window.model.session == before
    assert shown and "inputs" in shown[0]


def test_failed_save_keeps_old_file(window, tmp_path, monkeypatch):
    path = tmp_path / "keep.json"
    save_session(window.model.session, path)
    before = path.read_bytes()
    window.model.load(window.model.session, path=str(path))
    window.model.apply(window.model.session.with_cell("inputs", 0, 0, 9), "edit")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    import os

    def broken_replace(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    assert not window.save()
    assert path.read_bytes() == before
    assert window.isWindowModified()
    assert list(tmp_path.iterdir()) == [path]


def test_quitting_with_unsaved_changes_asks(window, monkeypatch):
    window.model.apply(window.model.session.with_cell("inputs", 0, 0, 9), "edit")
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_layout_and_last_session_restored(window, make_window, monkeypatch):
    edited = window.model.session.with_cell("inputs", 2, 3, 4.5)
    window.model.apply(edited, "edit")
    window.dock("explain").hide()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(app_settings.data_dir() / "kept.json"), ""))
    assert window.close()
    session, path, _preset = load_start_session(None)
    assert session == edited and path == str(app_settings.data_dir() / "kept.json")
    again = make_window(session, show=False)
    again.restore_layout()
    again.show()
    assert again.dock("explain").isHidden()


def _discard(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_discard_at_quit_forgets_the_edit_of_a_preset(window, monkeypatch, self_session):
    window.model.apply(window.model.session.with_cell("inputs", 2, 3, 4.5), "edit")
    _discard(monkeypatch)
    assert window.close()
    assert load_start_session(None) == (self_session, None, "self_attention")


def test_discard_at_quit_reopens_the_file_as_saved_under_its_name(make_window, monkeypatch, tmp_path):
    from qkv_gui.gui import create_window

    window = make_window(load_preset("self_attention"), preset="self_attention")
    path = tmp_path / "mine.json"
    assert window.save_to(str(path))
    saved = window.model.session
    window.model.apply(saved.with_cell("inputs", 0, 0, 9.0), "edit")
    window.model.apply(window.model.session.with_cell("inputs", 1, 1, 8.0), "edit")
    _discard(monkeypatch)
    assert window.close()
    model, again = create_window(None, None, None)
    try:
        assert model.session == saved and model.path == str(path)
        assert not model.dirty and not again.isWindowModified()
        assert again.windowTitle().startswith("mine.json")
    finally:
        close_window(again)


def test_an_edit_undone_to_the_saved_state_then_discarded_is_the_saved_state(
    window, monkeypatch, self_session
):
    model = window.model
    model.apply(model.session.with_cell("inputs", 0, 0, 9.0), "edit")
    model.undo_stack.undo()
    model.apply(model.session.with_cell("inputs", 0, 1, 7.0), "another edit")
    _discard(monkeypatch)
    assert window.close()
    assert load_start_session(None)[0] == self_session


def test_a_lesson_open_at_quit_reopens_with_the_learners_session_aside(window, monkeypatch):
    from qkv_gui.gui import create_window

    mine = window.model.session.with_cell("inputs", 0, 0, 5.0)
    window.model.apply(mine, "my edit")
    panel = window.panel("lessons")
    panel.open_lesson("learned")
    exercise = window.model.session.with_cell("inputs", 0, 0, 9.0)
    window.model.apply(exercise, "edit the exercise")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(app_settings.data_dir() / "mine.json"), ""))
    assert window.close()  # Save: the learner's session, not the exercise
    assert load_session(app_settings.data_dir() / "mine.json") == mine
    model, again = create_window(None, None, None)
    try:
        assert model.lesson == "learned" and model.session == exercise and not model.dirty
        again.panel("lessons").leave_lesson()
        assert model.session == mine and model.path == str(app_settings.data_dir() / "mine.json")
    finally:
        close_window(again)


def test_presets_menu_opens_each_preset(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Presets")
    titles = [a.text() for a in menu.actions()]
    assert len(titles) >= 4
    menu.actions()[1].trigger()
    assert window.model.session == load_preset(
        [n for n in __import__("qkv_gui.core.presets", fromlist=["x"]).list_presets()][1])
    assert_views_show(window, window.model.session)
