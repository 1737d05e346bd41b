"""The recovery file: the learner's unsaved session, written while they work.

The app writes it shortly after every change and removes it on a normal quit,
so finding it at start-up means the last run crashed or was killed. It holds
the session with the file it belongs to and when it was written:

    {"format": "qkv-gui-recovery", "version": 1, "written": "2026-12-03T21:30:05Z",
     "path": "/home/me/walk.json" or null, "dirty": true,
     "session": {... a session file's object ...}}

A matrix of more than PACKED_ABOVE numbers is written packed, as
{"float64": "<base64 of its little-endian doubles>", "shape": [rows, columns]}:
exact, and about 30 times faster to write than decimal text, so a 512 × 1024
session is written well within the autosave's 2 s (the file is for the app, not
for reading; a session file stays readable).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

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
PACKED_ABOVE = 1024  # numbers in a matrix; smaller ones stay readable lists


@dataclass(frozen=True)
class Recovery:
    """What a recovery file holds: the session, its file (or None), whether it had
    unsaved changes, and when it was written (UTC)."""

    session: Session
    path: str | None
    dirty: bool
    written: datetime


def recovery_text(recovery: Recovery) -> str:
    """The recovery file's JSON text (large matrices packed)."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "written": recovery.written.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "path": recovery.path,
        "dirty": recovery.dirty,
        "session": _packed(session_to_dict(recovery.session)),
    }
    # allow_nan=False: a NaN would make a file the loader refuses; fail the write instead.
    # ASCII: a label with a lone surrogate still writes a valid UTF-8 file.
    return json.dumps(data, allow_nan=False) + "\n"


def _is_matrix(value: Any) -> bool:
    return (isinstance(value, list) and bool(value) and all(
        isinstance(row, list) and all(isinstance(x, int | float) and not isinstance(x, bool) for x in row)
        for row in value))  # fmt: skip


def _packed(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _packed(item) for key, item in value.items()}
    if _is_matrix(value) and sum(len(row) for row in value) > PACKED_ABOVE:
        array = np.asarray(value, dtype="<f8")
        return {"float64": base64.b64encode(array.tobytes()).decode("ascii"), "shape": list(array.shape)}
    if isinstance(value, list):  # e.g. one matrix or null per head
        return [_packed(item) for item in value]
    return value


def _unpacked(value: Any, key: str) -> Any:
    """The session object with packed matrices as lists again (then validated as any session)."""
    if isinstance(value, dict):
        if set(value) == {"float64", "shape"}:
            return _unpack_matrix(value, key)
        return {name: _unpacked(item, f"{key}.{key_text(str(name))}") for name, item in value.items()}
    if isinstance(value, list):
        return [_unpacked(item, key) for item in value]
    return value


def _unpack_matrix(value: dict[str, Any], key: str) -> list[list[float]]:
    shape, data = value["shape"], value["float64"]
    fits = (isinstance(shape, list) and len(shape) == 2 and isinstance(data, str)
            and all(isinstance(side, int) and not isinstance(side, bool) and side > 0 for side in shape))
    raw = b""
    if fits:
        try:
            raw = base64.b64decode(data, validate=True)
        except (ValueError, binascii.Error):
            fits = False
    if not fits or len(raw) != shape[0] * shape[1] * 8:
        raise SessionError("bad_type", key=key, expected="a packed matrix of its shape",
                           got=json.dumps(shape)[:40])
    return np.frombuffer(raw, dtype="<f8").reshape(shape).tolist()


def write_recovery(path: str | os.PathLike[str], recovery: Recovery) -> None:
    """Write the recovery file atomically; raises SessionError("io") when it cannot."""
    try:
        atomic_write_bytes(path, recovery_text(recovery).encode("ascii"))
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
        session=session_from_dict(_unpacked(data.get("session"), "session")),
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
