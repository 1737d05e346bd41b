"""Lesson files: a session plus the lesson and panel that were open, to hand out.

A teacher saves one file; opening it puts the app in the same state. The file
wraps an ordinary session object, so the session loader stays strict:

    {"format": "qkv-gui-lesson", "version": 1,
     "session": {... the object of a session file ...},
     "lesson": "<lesson id>" | null, "panel": "<panel id>" | null}

The panel is an id of `core.panels` ("compare"); files written before the ids
existed hold the dock's Qt object name ("CompareDock"), which still reads as
the same panel.

Errors are `SessionError`s (one sentence, `msg_id` + `params` for translation),
so code that opens session files handles lesson files the same way.
"""

from __future__ import annotations

import json
import os
from typing import Any

from .atomic import atomic_write_text
from .lessons import lesson_ids
from .panels import panel_id
from .session import Session
from .session_io import (
    SessionError,
    dumps_json,
    key_text,
    parse_json,
    read_text_file,
    session_from_dict,
    session_to_dict,
)

__all__ = [
    "LESSON_FORMAT",
    "LessonFileError",
    "dumps_lesson",
    "is_lesson_file",
    "load_lesson_file",
    "loads_lesson",
    "save_lesson_file",
]

LESSON_FORMAT = "qkv-gui-lesson"
VERSION = 1
KEYS = ("format", "version", "session", "lesson", "panel")
MAX_PANEL_NAME = 200

MESSAGES: dict[str, str] = {
    "not_lesson": 'the file is not a qkv-gui lesson: it must hold a JSON object with "format": "{format}"',
    "unknown_lesson": 'unknown lesson "{name}"; the lessons are: {names}',
    "bad_panel": "panel must be the name of a panel (a short string) or null, not {got}",
    "lesson_missing_key": "{key} is missing from the lesson file",
}


class LessonFileError(SessionError):
    """A lesson file problem that session files cannot have (see MESSAGES)."""

    msg_context = "lesson_file"
    messages = MESSAGES


def is_lesson_file(path: str | os.PathLike[str]) -> bool:
    """Whether `path` holds a JSON object whose format is a lesson (never raises)."""
    try:
        data = json.loads(read_text_file(path))
    except (SessionError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("format") == LESSON_FORMAT


def dumps_lesson(session: Session, lesson: str | None = None, panel: str | None = None) -> str:
    """The lesson file text; raises SessionError if it would not load again.

    `panel`: a panel id (a dock object name is written as its id).
    """
    if isinstance(panel, str):
        panel = panel_id(panel)
    data = {
        "format": LESSON_FORMAT,
        "version": VERSION,
        "session": session_to_dict(session),
        "lesson": lesson,
        "panel": panel,
    }
    _from_dict(data)  # never write a file we would refuse to read
    return dumps_json(data)


def save_lesson_file(
    path: str | os.PathLike[str],
    session: Session,
    lesson: str | None = None,
    panel: str | None = None,
) -> None:
    """Write the lesson file atomically: on failure an existing file stays intact."""
    text = dumps_lesson(session, lesson, panel)
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise SessionError(
            "io", action="write", path=os.fspath(path), reason=exc.strerror or str(exc)
        ) from exc


def load_lesson_file(path: str | os.PathLike[str]) -> tuple[Session, str | None, str | None]:
    """Read and validate a lesson file: (session, lesson id or None, panel id or None)."""
    return loads_lesson(read_text_file(path))


def loads_lesson(text: str) -> tuple[Session, str | None, str | None]:
    """Parse and validate the JSON text of a lesson file."""
    return _from_dict(parse_json(text))


def _from_dict(data: Any) -> tuple[Session, str | None, str | None]:
    if not isinstance(data, dict) or data.get("format") != LESSON_FORMAT:
        raise LessonFileError("not_lesson", format=LESSON_FORMAT)
    for key in data:
        if key not in KEYS:
            raise SessionError("unknown_key", key=key_text(key), where="the lesson file")
    if "version" not in data:
        raise LessonFileError("lesson_missing_key", key="version")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version != VERSION:
        raise SessionError("bad_version", got=json.dumps(version), supported=VERSION)
    if data.get("session") is None:
        raise LessonFileError("lesson_missing_key", key="session")
    session = session_from_dict(data["session"])

    lesson = data.get("lesson")
    if lesson is not None:
        known = lesson_ids()
        if not isinstance(lesson, str) or lesson not in known:
            shown = lesson if isinstance(lesson, str) else json.dumps(lesson)
            raise LessonFileError("unknown_lesson", name=shown, names=", ".join(known))
    panel = data.get("panel")
    if panel is not None and (
        not isinstance(panel, str) or not panel.strip() or len(panel) > MAX_PANEL_NAME
    ):
        raise LessonFileError("bad_panel", got=json.dumps(panel)[:40])
    return session, lesson, None if panel is None else panel_id(panel)
