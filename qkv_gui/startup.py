"""What the app shows at launch, and letting the window settle before a screenshot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from . import settings as app_settings
from .core.session import Session
from .core.session_io import SessionError, load_session
from .i18n import load_translated_preset


def load_start_session(preset: str | None) -> tuple[Session, str | None, str | None]:
    """What to show at launch: the last session, else the default preset.

    Returns (session, path, preset name).
    """
    path = app_settings.last_session_path()
    if path.exists():
        try:
            session = load_session(path)
            store = app_settings.settings()
            last_path = str(store.value("last/path", "") or "") or None
            last_preset = str(store.value("last/preset", "") or "") or None
            return session, last_path if last_path and Path(last_path).exists() else None, last_preset
        except SessionError:
            pass
    name = preset or "default"
    return load_translated_preset(name), None, name


def settle(app: QApplication, rounds: int = 3) -> None:
    """Let layouts, resizes and paints finish (used before a screenshot)."""
    for _ in range(rounds):
        app.processEvents()
        QTimer.singleShot(0, lambda: None)
        app.processEvents()
