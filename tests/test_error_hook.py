"""The error hook (`qkv_gui.error_hook`): an exception in a slot keeps the work
(recovery file first), logs the traceback with time and version, shows a dialog
with the details and a Copy button, and the app goes on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from qkv_gui import __version__
from qkv_gui import settings as app_settings
from qkv_gui.core import edits
from qkv_gui.core.recovery_file import load_recovery
from qkv_gui.error_hook import ErrorDialog, install_error_hook
from qkv_gui.recovery import Autosave

ROOT = Path(__file__).resolve().parents[1]

# pytest-qt would catch the exception itself and fail the test; here our hook must see it.
pytestmark = pytest.mark.qt_no_exception_capture


class Emitter(QObject):
    fire = Signal()


@pytest.fixture
def hooked(window, monkeypatch):
    """The window with its autosave and the app's error hook installed (sys.excepthook restored after)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    autosave = Autosave(window.model, app_settings.recovery_path(), window)
    hook = install_error_hook(window, autosave.write_now)
    yield window, hook
    if hook.dialog is not None:
        hook.dialog.close()
    autosave.stop_and_remove()


def _raise_in_a_slot(message: str = "boom in a slot") -> None:
    emitter = Emitter()

    def slot() -> None:
        raise RuntimeError(message)

    emitter.fire.connect(slot)
    emitter.fire.emit()  # Qt calls the slot; the exception goes to sys.excepthook


def test_an_exception_in_a_slot_keeps_work_logs_and_shows_the_details(qtbot, hooked):
    window, hook = hooked
    model = window.model
    assert model.apply(edits.only_last_input(model.session), "Only the last input")
    _raise_in_a_slot()
    # The recovery file was written at once (not after the autosave delay).
    assert load_recovery(app_settings.recovery_path()).session == model.session
    log = app_settings.error_log_path().read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log and f"qkv-gui {__version__}" in log
    assert "Traceback (most recent call last)" in log
    dialog = hook.dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "The app goes on running" in dialog.sentence.text()
    assert "the next start offers it back" in dialog.sentence.text()
    assert str(app_settings.error_log_path()) in dialog.sentence.text()
    assert "RuntimeError: boom in a slot" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "RuntimeError: boom in a slot" in QApplication.clipboard().text()
    # The app goes on: the window still takes edits.
    assert window.isVisible()
    assert model.apply(model.session.replace(temperature=2.0), "Temperature")
    assert model.session.temperature == 2.0
    dialog.close()
    qtbot.waitUntil(lambda: hook.dialog is None)


def test_a_second_error_joins_the_open_dialog(qtbot, hooked):
    window, hook = hooked
    _raise_in_a_slot("first")
    dialog = hook.dialog
    _raise_in_a_slot("second")
    assert hook.dialog is dialog
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]) == 1
    assert "RuntimeError: second" in dialog.details.toPlainText()
    log = app_settings.error_log_path().read_text(encoding="utf-8")
    assert log.index("RuntimeError: first") < log.index("RuntimeError: second")


def test_an_error_while_showing_the_dialog_is_logged_not_recursed(qtbot, hooked, monkeypatch, capsys):
    window, hook = hooked

    def broken_show(*_args) -> None:
        _raise_in_a_slot("inside the handler")  # the hook is entered again from here
        raise ValueError("the dialog itself failed")

    monkeypatch.setattr(hook, "_show", broken_show)
    _raise_in_a_slot("outer")
    log = app_settings.error_log_path().read_text(encoding="utf-8")
    assert "RuntimeError: outer" in log and "RuntimeError: inside the handler" in log
    err = capsys.readouterr().err
    assert "the dialog itself failed" in err and "inside the handler" in err
    assert hook.dialog is None and window.isVisible()


def test_without_unsaved_work_the_dialog_does_not_promise_it(qtbot, hooked):
    window, hook = hooked
    _raise_in_a_slot()
    assert not app_settings.recovery_path().exists()
    assert "offers it back" not in hook.dialog.sentence.text()


@pytest.mark.slow
def test_headless_an_error_in_a_slot_is_one_line_and_status_2(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from qkv_gui.gui import make_application\n"
        "from qkv_gui.error_hook import headless_errors\n"
        "app = make_application('en', remembered=False)\n"
        "def slot():\n"
        "    raise RuntimeError('a bug\\nin a slot')\n"
        "QTimer.singleShot(0, slot)\n"
        "QTimer.singleShot(5000, lambda: app.exit(0))\n"
        "with headless_errors():\n"
        "    status = app.exec()\n"
        "sys.exit(status)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "QKV_GUI_SETTINGS_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1] == "error: unexpected RuntimeError: a bug in a slot"
    assert not (tmp_path / "errors.log").exists() and not (tmp_path / "recovery.json").exists()


def test_headless_errors_puts_the_previous_hook_back(monkeypatch):
    from qkv_gui.error_hook import headless_errors, headless_hook

    def previous(*_args):
        pass

    monkeypatch.setattr(sys, "excepthook", previous)
    with headless_errors():
        assert sys.excepthook is headless_hook
    assert sys.excepthook is previous
