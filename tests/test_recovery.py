"""Autosave and crash recovery (`qkv_gui.recovery`): the unsaved session is written
soon after each change, removed when nothing is unsaved, and offered back at the
next start; a recovery file that cannot be read is moved aside."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qkv_gui import settings as app_settings
from qkv_gui.core import edits
from qkv_gui.core.presets import load_preset
from qkv_gui.core.recovery_file import Recovery, load_recovery, write_recovery
from qkv_gui.core.session_io import load_session, save_session
from qkv_gui.recovery import (
    WRITE_DELAY_MS,
    Autosave,
    claim_recovery_file,
    offer_recoveries,
    offer_recovery,
)


@pytest.fixture
def autosave(window):
    saver = Autosave(window.model, app_settings.recovery_path(), window)
    yield saver
    saver.stop_and_remove()


def _only_last(model) -> None:
    assert model.apply(edits.only_last_input(model.session), "Only the last input")


def test_an_edit_is_written_within_two_seconds(qtbot, window, autosave):
    path = app_settings.recovery_path()
    start = time.monotonic()
    _only_last(window.model)
    qtbot.waitUntil(path.exists, timeout=2000)
    assert time.monotonic() - start < 2.0
    recovery = load_recovery(path)
    assert recovery.session == window.model.session
    assert recovery.dirty and recovery.path is None
    n = window.model.session.n
    np.testing.assert_array_equal(recovery.session.weights_override[:, -1], np.ones(n))
    assert abs((datetime.now(UTC) - recovery.written).total_seconds()) < 5


def test_nothing_is_written_while_nothing_changed(qtbot, window, autosave):
    """A load, a selection or a hover is no change to keep; only an edit is."""
    window.model.select_query(1)
    window.model.load(load_preset("self_attention"))
    with qtbot.assertNotEmitted(autosave.written, wait=WRITE_DELAY_MS + 300):
        pass
    assert not app_settings.recovery_path().exists()


def test_a_long_drag_is_written_before_it_ends(qtbot, window, autosave):
    """The timer is not restarted by every step of a drag (that would wait for its end)."""
    model = window.model
    model.begin_gesture()
    value = 0.0
    timer = QTimer()
    timer.setInterval(50)

    def step() -> None:
        nonlocal value
        value += 0.01
        model.preview(model.session.with_matrix("inputs", model.session.inputs + value))

    timer.timeout.connect(step)
    timer.start()
    try:
        qtbot.waitUntil(app_settings.recovery_path().exists, timeout=2000)
        assert model.in_gesture
    finally:
        timer.stop()
        model.end_gesture("drag")


def test_saving_or_undoing_back_removes_the_file(qtbot, window, autosave, tmp_path):
    path = app_settings.recovery_path()
    _only_last(window.model)
    qtbot.waitUntil(path.exists, timeout=2000)
    window.model.undo_stack.undo()  # back to the session as loaded: nothing unsaved
    qtbot.waitUntil(lambda: not path.exists(), timeout=2000)
    _only_last(window.model)
    qtbot.waitUntil(path.exists, timeout=2000)
    assert window.save_to(str(tmp_path / "mine.json"))
    qtbot.waitUntil(lambda: not path.exists(), timeout=2000)


def test_the_session_a_lesson_puts_aside_is_the_one_kept(qtbot, window, autosave):
    model = window.model
    _only_last(model)
    mine = model.session
    with qtbot.waitSignal(autosave.written, timeout=3000):
        model.put_aside()
        model.load(load_preset("self_attention"))  # the lesson's exercise
        assert model.apply(edits.only_last_input(model.session), "exercise edit")
    assert load_recovery(app_settings.recovery_path()).session == mine


def test_write_now_is_immediate_and_only_with_unsaved_work(window, autosave):
    path = app_settings.recovery_path()
    assert not autosave.write_now()
    assert not path.exists()
    _only_last(window.model)
    assert autosave.write_now()
    assert load_recovery(path).session == window.model.session


def test_a_failed_write_says_so_once_and_keeps_going(qtbot, window, autosave):
    import qkv_gui.core.recovery_file as recovery_file

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(recovery_file, "atomic_write_bytes", full_disk)
        with qtbot.waitSignal(autosave.failed, timeout=3000) as failed:
            _only_last(window.model)
        assert "No space left on device" in failed.args[0]
        assert window.model.dirty  # the session on screen is untouched
        with qtbot.assertNotEmitted(autosave.failed, wait=0), qtbot.waitSignal(autosave.written):
            window.model.apply(window.model.session.replace(temperature=3.0), "t")
    window.model.apply(edits.only_last_input(window.model.session).replace(temperature=2.0), "t")
    qtbot.waitUntil(app_settings.recovery_path().exists, timeout=3000)


# -- the next start -----------------------------------------------------------------


def _answer(qtbot, *buttons: str | None) -> list[str]:
    """Answer the next message boxes, in turn, with the buttons labelled `buttons` (None:
    the box's default; no buttons: one box, its default); returns the texts they showed."""
    pending = list(buttons) or [None]
    shown: list[str] = []
    answered: list[QMessageBox] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or any(box is done for done in answered):
            QTimer.singleShot(20, click)
            return
        answered.append(box)
        shown.extend([box.windowTitle(), box.text(), box.informativeText()])
        wanted = pending.pop(0)
        if pending:
            QTimer.singleShot(20, click)
        if wanted is None:
            box.defaultButton().click()
            return
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)
    return shown


def test_restore_brings_back_the_session_with_its_file_and_unsaved(qtbot, make_window, tmp_path):
    original = load_preset("self_attention")
    file = tmp_path / "walk.json"
    save_session(original, file)
    edited = edits.only_last_input(original)
    written = datetime(2026, 12, 3, 21, 30, 5, tzinfo=UTC)
    write_recovery(app_settings.recovery_path(), Recovery(edited, str(file), True, written))
    window = make_window("default")
    shown = _answer(qtbot)  # the default button is Restore
    assert offer_recovery(window, window.model, app_settings.recovery_path())
    assert shown[0] == "Restore the session?"
    local = written.astimezone()  # the time it was written, in the learner's time zone
    assert shown[1].startswith("Restore the session from ") and shown[1].endswith("?")
    assert f"{local.minute:02d}" in shown[1] and str(local.day) in shown[1] and "26" in shown[1]
    assert "walk.json" in shown[2]
    model = window.model
    assert model.session == edited
    assert model.path == str(file)
    assert model.dirty and window.isWindowModified()
    assert model.saved_session == original  # "Discard" at quit goes back to the file
    assert app_settings.recovery_path().exists()  # until saved or a normal quit


def test_discard_removes_the_file_and_keeps_the_start_session(qtbot, make_window):
    edited = edits.only_last_input(load_preset("self_attention"))
    write_recovery(app_settings.recovery_path(), Recovery(edited, None, True, datetime.now(UTC)))
    window = make_window("default")
    before = window.model.session
    _answer(qtbot, "Discard")
    assert not offer_recovery(window, window.model, app_settings.recovery_path())
    assert window.model.session is before and not window.model.dirty
    assert not app_settings.recovery_path().exists()


@pytest.mark.parametrize("content", [b"", b"\x00\xff garbage", b'{"format": "qkv-gui-recovery"', b"[1, 2]"])
def test_an_unreadable_recovery_file_is_moved_aside_with_a_message(qtbot, make_window, content):
    path = app_settings.recovery_path()
    path.write_bytes(content)
    window = make_window("default")
    before = window.model.session
    shown = _answer(qtbot, "OK")
    assert not offer_recovery(window, window.model, path)
    assert shown[0] == "Cannot restore the session"
    assert "cannot be read" in shown[1]
    assert not path.exists()
    moved = list(path.parent.glob("recovery-unreadable-*.json"))
    assert len(moved) == 1 and moved[0].read_bytes() == content
    assert str(moved[0]) in shown[1]
    assert window.model.session is before


def test_no_recovery_file_no_question(make_window):
    window = make_window("default")
    assert not offer_recovery(window, window.model, app_settings.recovery_path())


def test_a_normal_quit_removes_the_file(qtbot, window, tmp_path):
    """gui.run_gui removes it once the window closed (after "Discard" here)."""
    saver = Autosave(window.model, app_settings.recovery_path(), window)
    _only_last(window.model)
    qtbot.waitUntil(app_settings.recovery_path().exists, timeout=2000)
    _answer(qtbot, "Discard")
    window.close()
    assert not window.isVisible()
    saver.stop_and_remove()
    assert not app_settings.recovery_path().exists()
    assert load_session(app_settings.last_session_path()) == load_preset("default")


# -- several windows at once --------------------------------------------------------


def test_each_running_window_claims_its_own_recovery_file(tmp_path):
    first = tmp_path / "recovery.json"
    path_1, lock_1 = claim_recovery_file(first)
    path_2, lock_2 = claim_recovery_file(first)
    assert (path_1.name, path_2.name) == ("recovery.json", "recovery-2.json")
    lock_1.unlock()  # the first window quit
    path_3, lock_3 = claim_recovery_file(first)
    assert path_3 == path_1
    lock_2.unlock()
    lock_3.unlock()


def test_a_killed_runs_lock_is_stale_and_its_file_offered(qtbot, make_window, tmp_path):
    """A run that ends without unlocking (a crash, SIGKILL) leaves a lock no one holds."""
    import subprocess
    import sys

    first = tmp_path / "recovery.json"
    second = tmp_path / "recovery-2.json"
    kept, gone = edits.only_last_input(load_preset("self_attention")), load_preset("seq2seq")
    write_recovery(first, Recovery(gone, None, True, datetime.now(UTC)))
    write_recovery(second, Recovery(kept, None, True, datetime.now(UTC)))
    code = ("import os, sys\nfrom PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(second) + ".lock"], check=True, timeout=60)
    assert Path(str(second) + ".lock").exists()  # left behind by the killed run
    own, lock = claim_recovery_file(first)  # recovery.json: no one holds it
    assert own == first
    window = make_window("default")
    # This run's own file (a session not wanted): Discard; then the killed run's: Restore.
    _answer(qtbot, "Discard", None)
    assert offer_recoveries(window, window.model, own, first)
    assert window.model.session == kept and window.model.dirty
    assert not first.exists() and not second.exists()  # kept now by this run's autosave
    lock.unlock()


def test_a_running_windows_file_is_never_offered(make_window, tmp_path):
    first = tmp_path / "recovery.json"
    write_recovery(first, Recovery(load_preset("seq2seq"), None, True, datetime.now(UTC)))
    running_path, running_lock = claim_recovery_file(first)  # another window, still running
    own, lock = claim_recovery_file(first)
    window = make_window("default")
    assert not offer_recoveries(window, window.model, own, first)  # no question: it would hang
    assert first.exists()
    running_lock.unlock()
    lock.unlock()
