"""Start the window: application set-up, translations, screenshot mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .core.session import Session


def _set_platform_for_screenshot() -> None:
    """A screenshot needs no display: render offscreen unless told otherwise."""
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_application(lang: str | None = None):
    """The QApplication with names (for QSettings), icon, translations and plot defaults."""
    from PySide6.QtWidgets import QApplication

    from . import settings as app_settings
    from .i18n import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(app_settings.ORGANIZATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationDisplayName("qkv_gui")
    app.setDesktopFileName("qkv-gui")
    install_translator(app, lang)
    from .main_window import app_icon

    app.setWindowIcon(app_icon())
    return app


def create_window(session: Session | None, path: Path | None, preset: str | None):
    """Model + window for the given session, or the last session / default preset."""
    from .core.session_io import SessionError, load_session
    from .main_window import MainWindow, load_start_session
    from .model import AttentionModel

    file_path = str(path) if path else None
    if session is None:
        session, file_path, preset = load_start_session(preset)
        # Only claim the file when the restored session is what the file holds.
        if file_path:
            try:
                if load_session(file_path) != session:
                    file_path = None
            except SessionError:
                file_path = None
    model = AttentionModel(session)
    model.load(session, path=file_path)
    window = MainWindow(model, preset=preset)
    return model, window


def shutdown(app, window) -> None:
    """Close and delete the window before exit: pyqtgraph items otherwise may
    crash the interpreter at exit on Python 3.11."""
    window.hide()
    window.deleteLater()
    app.processEvents()


def run_gui(session: Session | None, path: Path | None, preset: str | None,
            screenshot: Path | None, size: tuple[int, int], lang: str | None) -> int:
    if screenshot is not None:
        _set_platform_for_screenshot()
    app = make_application(lang)

    model, window = create_window(session, path, preset)
    if screenshot is not None:
        return _screenshot(app, window, screenshot, size)
    window.resize(*size)
    window.restore_layout()
    window.show()
    status = app.exec()
    shutdown(app, window)
    del model
    return status


def _screenshot(app, window, out: Path, size: tuple[int, int]) -> int:
    from .core.atomic import atomic_write_bytes
    from .main_window import settle

    window.resize(*size)
    window.show()
    settle(app, rounds=5)
    image = window.grab()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    window.model.undo_stack.setClean()  # nothing to ask about on close
    shutdown(app, window)
    if not ok:
        print(f"error: could not render the window to {out}", file=sys.stderr)
        return 2
    try:
        atomic_write_bytes(out, bytes(data.data()))
    except OSError as error:
        print(f"error: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0
