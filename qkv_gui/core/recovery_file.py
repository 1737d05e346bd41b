"""The recovery file: the learner's unsaved session, written while they work.

The app writes it shortly after every change and removes it on a normal quit,
so finding it at start-up means the last run crashed or was killed. It holds
the session with the file it belongs to and when it was written:

    {"format": "qkv-gui-recovery", "version": 1, "written": "2026-12-03T21:30:05Z",
     "path": "/home/me/walk.json" or null, "dirty": true,
     "session": {... a session file's object ...}}

Writing streams the JSON row by row (`recovery_chunks`), so a writer in a
background thread hands the interpreter back between rows and a 512 × 1024
session does not freeze the window while it is written.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .atomic import atomic_write_bytes
from .session import Session
from .session_io import (
    SessionError,
    key_text,
    parse_json,
    read_text_file,
    session_from_dict,
    session_to_dict,
)

FORMAT = "qkv-gui-recovery"
VERSION = 1
KEYS = ("format", "version", "written", "path", "dirty", "session")


@dataclass(frozen=True)
class Recovery:
    """What a recovery file holds: the session, its file (or None), whether it had
    unsaved changes, and when it was written (UTC)."""

    session: Session
    path: str | None
    dirty: bool
    written: datetime


def recovery_chunks(recovery: Recovery) -> Iterator[str]:
    """The recovery file's JSON text in pieces of at most one matrix row each."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "written": recovery.written.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "path": recovery.path,
        "dirty": recovery.dirty,
    }
    yield json.dumps(head)[:-1] + ', "session": '
    yield from _chunks(session_to_dict(recovery.session))
    yield "}\n"


def _chunks(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        yield "{"
        for i, (key, item) in enumerate(value.items()):
            yield (", " if i else "") + json.dumps(key) + ": "
            yield from _chunks(item)
        yield "}"
    elif isinstance(value, list) and value and all(isinstance(row, list) for row in value):
        yield "["
        for i, row in enumerate(value):
            yield (",\n" if i else "") + _row(row)
        yield "]"
    else:
        yield _row(value)


def _row(value: Any) -> str:
    # allow_nan=False: a NaN would make a file the loader refuses; fail the write instead.
    # ASCII: a label with a lone surrogate still writes a valid UTF-8 file.
    return json.dumps(value, allow_nan=False)


def write_recovery(path: str | os.PathLike[str], recovery: Recovery) -> None:
    """Write the recovery file atomically; raises SessionError("io") when it cannot."""
    try:
        atomic_write_bytes(path, "".join(recovery_chunks(recovery)).encode("ascii"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SessionError("io", action="write", path=os.fspath(path), reason=reason) from exc
    except ValueError as exc:  # a number that is not finite
        raise SessionError("not_finite", key="session") from exc


def load_recovery(path: str | os.PathLike[str]) -> Recovery:
    """Read a recovery file; raises SessionError naming the first problem."""
    data = parse_json(read_text_file(path))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError("bad_format", format=FORMAT)
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise SessionError("newer_version", got=version)
        raise SessionError("session_version", got=json.dumps(version))
    for key in data:
        if key not in KEYS:
            raise SessionError("unknown_key", key=key_text(key), where="the recovery file")
    path_value, dirty = data.get("path"), data.get("dirty", True)
    if path_value is not None and not isinstance(path_value, str):
        raise SessionError("bad_type", key="path", expected="a string", got=json.dumps(path_value)[:40])
    if not isinstance(dirty, bool):
        raise SessionError("bad_type", key="dirty", expected="true or false", got=json.dumps(dirty)[:40])
    return Recovery(
        session=session_from_dict(data.get("session")),
        path=path_value or None,
        dirty=dirty,
        written=_written(data.get("written")),
    )


def _written(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            written = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            written = None
        if written is not None and math.isfinite(written.timestamp()):
            return written
    raise SessionError("bad_type", key="written", expected="a time like 2026-12-03T21:30:05Z",
                       got=json.dumps(value, ensure_ascii=False)[:40])
