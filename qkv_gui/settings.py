"""Where the app keeps its settings and its last session.

QSettings uses the organisation and application names set in `gui.py`. Tests
(and anyone who wants a portable set-up) point QKV_GUI_SETTINGS_DIR at a
folder, and then everything lands there instead of the user's profile.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "qkv-gui"
APPLICATION = "qkv_gui"
MAX_RECENT = 8


def _override_dir() -> Path | None:
    folder = os.environ.get("QKV_GUI_SETTINGS_DIR", "")
    return Path(folder) if folder else None


def settings() -> QSettings:
    folder = _override_dir()
    if folder is not None:
        return QSettings(str(folder / "qkv_gui.ini"), QSettings.Format.IniFormat)
    return QSettings()


def data_dir() -> Path:
    """Per-user folder for the last session (created on demand)."""
    folder = _override_dir()
    if folder is None:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def last_session_path() -> Path:
    return data_dir() / "last_session.json"


def exercise_path() -> Path:
    """The open lesson's session at the last quit (the lesson reopens with it)."""
    return data_dir() / "last_exercise.json"


def recovery_path() -> Path:
    """The learner's unsaved session, written while they work (see `recovery.Autosave`)."""
    return data_dir() / "recovery.json"


def error_log_path() -> Path:
    """Where an unexpected error's traceback is written (see `error_hook`)."""
    return data_dir() / "errors.log"


def kept(key: str) -> str:
    """A value kept across restarts under `key` ("" when none): lessons done, a paused run."""
    value = settings().value(f"kept/{key}", "")
    return value if isinstance(value, str) else ""


def keep(key: str, value: str) -> None:
    settings().setValue(f"kept/{key}", value)


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a str for a one-element list in INI files
        value = [value]
    return [str(v) for v in value or [] if v]


def add_recent_file(path: str) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    settings().setValue("recent_files", files)
    return files
