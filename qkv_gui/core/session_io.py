"""Session files (JSON, "qkv-gui-session" versions 1 and 2); the result export is
`result_json.py`.

Version 2 adds several heads and W_O (in "projection"), "positional" and
"padding", and hand-set weights per head; a version-1 file reads as before.
A session that uses nothing of version 2 is saved as version 1, so files made
without the new parts still open in programs that only know version 1.

Loading validates everything a hand-edited file can get wrong and reports the
first problem as one English sentence that names the key (`SessionError`), so a
learner can fix the file. Saving writes integral floats without ".0", other
floats with `repr` (shortest exact form), so save → load gives the same Session.
Positions in messages count from 1, like the row numbers the GUI shows.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from typing import Any

import numpy as np

from . import session as session_mod
from .atomic import atomic_write_text
from .cell_values import MAX_ABS_VALUE
from .compute import ComputeError, check_shapes, visible_keys
from .errors import CoreError
from .format import exact
from .session import MAX_HEADS, MODES, POSITIONAL_KINDS, SCORE_KINDS, Session
from .sizes import SizeError, check_session_sizes

FORMAT = "qkv-gui-session"
VERSION = 2  # the newest session format this program reads and writes
VERSIONS = (1, 2)  # the session formats it reads

TOP_KEYS = (
    "format", "version", "mode", "title", "description", "labels", "inputs", "decoder",
    "projection", "score", "causal", "weights_override",
)  # fmt: skip
TOP_KEYS_V2 = (*TOP_KEYS, "positional", "padding")
PROJECTION_KEYS = ("enabled", "w_q", "w_k", "w_v")
PROJECTION_KEYS_V2 = ("enabled", "heads", "w_q", "w_k", "w_v", "w_o")
POSITIONAL_KEYS = ("kind", "table")
SCORE_KEYS = ("kind", "temperature", "w_a", "v_a")
META_KEYS = ("title", "description")
OVERRIDE_TOLERANCE = 1e-6  # the same tolerance compute.check_shapes applies
MAX_FILE_BYTES = 50 * 1000 * 1000  # a session of 512 × 1024 numbers is about 15 MB

# One English template per msg_id; a translation can format its own with `params`.
MESSAGES: dict[str, str] = {
    "bad_format": 'the file is not a qkv-gui session: it must hold a JSON object with "format": "{format}"',
    "bad_version": "version {got} is not supported; this program reads session files of version {supported}",
    "bad_json": "the file is not valid JSON: {detail} at line {line}, column {column}",
    "not_utf8": "the file is not valid UTF-8 text: bad byte at line {line}, column {column}",
    "too_deep": "the file is nested too deeply to be a session file",
    "duplicate_key": 'the key "{key}" appears twice in the same object',
    "unknown_key": 'unknown key "{key}" in {where}',
    "missing_key": "{key} is missing from the session file",
    "projection_incomplete": "projection.{key} is required when the projection is enabled",
    "bad_type": "{key} must be {expected}, not {got}",
    "bad_mode": "mode must be one of {choices}, not {got}",
    "bad_kind": "score.kind must be one of {choices}, not {got}",
    "not_allowed": "{key} is only allowed in {mode} mode",
    "not_matrix": "{key} must be a list of rows, each a list of numbers, not {got}",
    "not_vector": "{key} must be a list of numbers, not {got}",
    "empty": "{key} is empty",
    "wrong_shape": "{key} row {row} has {count} numbers but row 1 has {first}",
    "not_number": "{key} must be a number, not {got}",
    "not_finite": "{key} is not a finite number",
    "too_big_number": "{key} is {got}, beyond the ±{limit} a number in a session may have",
    "too_large": "the file is {size} MB, larger than the {limit} MB a session file may have",
    "empty_file": "the file is empty",
    "newer_version": (
        "the file was written by a newer qkv-gui (session version {got}); "
        "this program reads versions 1 and 2"
    ),
    "temperature": "score.temperature must be greater than 0, got {got}",
    "labels_count": "labels has {count} names but inputs has {n} rows",
    "override_negative": "weights_override row {row} has a negative weight, {got}",
    "override_sum": "weights_override row {row} sums to {total}, not 1",
    "dimension_mismatch": "{detail}",
    "too_big": "{detail}",  # a SizeError's sentence (core/sizes.py)
    "io": "cannot {action} {path}: {reason}",
    "unknown_preset": 'unknown preset "{name}"; the presets are: {names}',
    # -- version 2 --
    "session_version": (
        "version {got} is not supported; this program reads session files of version 1 or 2"
    ),
    "bad_choice": "{key} must be one of {choices}, not {got}",
    "bad_heads": "projection.heads must be a whole number from 1 to {max}, not {got}",
    "padding_count": "padding has {count} entries but inputs has {n} rows",
    "override_count": "weights_override has {count} entries but there are {heads} heads",
    "override_one_matrix": (
        "weights_override is one matrix but there are {heads} heads: "
        "give a list of {heads} entries, each a matrix or null"
    ),
    "head_override_negative": "{key} row {row} has a negative weight, {got}",
    "head_override_sum": "{key} row {row} sums to {total}, not 1",
}


class SessionError(CoreError):
    """A session file (or preset, or save) failed; str() is one sentence naming the key.

    `msg_id` is a stable id into MESSAGES and `params` fill its template, so the
    GUI can show the sentence in another language.
    """

    msg_context = "session"
    messages = MESSAGES


# -- loading ---------------------------------------------------------------------


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read and validate a session file."""
    return loads_session(read_text_file(path))


def read_text_file(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of a session (or lesson, or recovery) file.

    A file larger than MAX_FILE_BYTES is refused before it is read, an empty one
    before it is parsed; a file that vanishes or cannot be read says why.
    """
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise SessionError("too_large", size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES))
            raw = file.read(MAX_FILE_BYTES + 1)  # a file still growing is cut off, then refused
    except OSError as exc:
        raise SessionError("io", action="read", path=os.fspath(path), reason=_reason(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise SessionError("too_large", size=_megabytes(len(raw)), limit=_megabytes(MAX_FILE_BYTES))
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some editors write
    except UnicodeDecodeError as exc:
        line, column = _line_column(raw, exc.start)
        raise SessionError("not_utf8", line=line, column=column) from exc
    if not text.strip():
        raise SessionError("empty_file")
    return text


def loads_session(text: str) -> Session:
    """Parse and validate the JSON text of a session file."""
    return session_from_dict(parse_json(text))


def session_from_dict(data: Any) -> Session:
    """Validate parsed JSON and build the Session; raises SessionError on the first problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError("bad_format", format=FORMAT)
    if "version" not in data:
        _reject_unknown(data, TOP_KEYS_V2, "the session file")
        raise SessionError("missing_key", key="version")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version not in VERSIONS:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise SessionError("newer_version", got=version)
        _reject_unknown(data, TOP_KEYS_V2, "the session file")
        raise SessionError("session_version", got=_show(version))
    v2 = version == 2
    _reject_unknown(data, TOP_KEYS_V2 if v2 else TOP_KEYS, "the session file")

    mode = _get(data, "mode", "self")
    if mode not in MODES:
        raise SessionError("bad_mode", choices=_choices(MODES), got=_show(mode))
    meta = tuple((key, _string(data[key], key)) for key in META_KEYS if data.get(key) is not None)
    if _get(data, "inputs") is None:
        raise SessionError("missing_key", key="inputs")
    inputs = _matrix(data["inputs"], "inputs")
    labels = _labels(_get(data, "labels"), n=inputs.shape[0])

    decoder = _get(data, "decoder")
    if mode == "seq2seq":
        if decoder is None:
            raise SessionError("missing_key", key="decoder")
        decoder = _matrix(decoder, "decoder")
    elif decoder is not None:
        raise SessionError("not_allowed", key="decoder", mode="seq2seq")

    projection, heads, w_q, w_k, w_v, w_o = _projection(_get(data, "projection"), v2)
    kind, temperature, w_a, v_a = _score(_get(data, "score"))
    positional, table = _positional(_get(data, "positional")) if v2 else ("none", None)
    padding = _padding(_get(data, "padding"), n=inputs.shape[0]) if v2 else None

    causal = _get(data, "causal", False)
    if not isinstance(causal, bool):
        raise SessionError("bad_type", key="causal", expected="true or false", got=_show(causal))
    if causal and mode != "self":
        raise SessionError("not_allowed", key="causal", mode="self")

    overrides = _overrides(_get(data, "weights_override"), heads, v2)

    session = Session(
        inputs=inputs, mode=mode, labels=labels, decoder=decoder, projection=projection,
        w_q=w_q, w_k=w_k, w_v=w_v, score_kind=kind, temperature=temperature, w_a=w_a, v_a=v_a,
        causal=causal, weights_override=overrides[0], meta=meta, heads=heads, w_o=w_o,
        positional=positional, positional_table=table, padding=padding,
        head_overrides=overrides[1:],
    )  # fmt: skip
    try:
        check_session_sizes(session)
    except SizeError as exc:
        raise SessionError("too_big", detail=str(exc)) from exc
    _check_override_rows_of(session)
    session = _fill_score_defaults(session)
    try:
        check_shapes(session)
    except ComputeError as exc:
        raise SessionError("dimension_mismatch", detail=str(exc)) from exc
    return session


# -- saving ----------------------------------------------------------------------


def session_to_dict(session: Session) -> dict[str, Any]:
    """The JSON object of `session` (plain lists and floats, keys in file order).

    A self-mode session's decoder and a seq2seq session's `causal` flag are not
    part of the format and are left out. Version 1 when the session uses nothing
    of version 2 (`Session.uses_version_2`), else version 2.
    """
    s = session
    v2 = s.uses_version_2
    data: dict[str, Any] = {"format": FORMAT, "version": 2 if v2 else 1, "mode": s.mode}
    meta = dict(s.meta)
    data.update((key, meta[key]) for key in META_KEYS if key in meta)
    data["labels"] = list(s.labels)
    data["inputs"] = s.inputs.tolist()
    if s.mode == "seq2seq" and s.decoder is not None:
        data["decoder"] = s.decoder.tolist()
    if v2:
        data["positional"] = {"kind": s.positional}
        if s.positional_table is not None:
            data["positional"]["table"] = s.positional_table.tolist()
    if s.projection or any(w is not None for w in (s.w_q, s.w_k, s.w_v, s.w_o)):
        projection: dict[str, Any] = {"enabled": s.projection}
        if v2:
            projection["heads"] = s.heads
        for name in ("w_q", "w_k", "w_v", "w_o"):
            matrix = getattr(s, name)
            if matrix is not None:
                projection[name] = matrix.tolist()
        data["projection"] = projection
    score: dict[str, Any] = {"kind": s.score_kind, "temperature": s.temperature}
    if s.w_a is not None:
        score["w_a"] = s.w_a.tolist()
    if s.v_a is not None:
        score["v_a"] = s.v_a.tolist()
    data["score"] = score
    if s.mode == "self":
        data["causal"] = s.causal
    if s.padding is not None:
        data["padding"] = list(s.padding)
    if s.heads > 1 and any(w is not None for w in s.weights_overrides):
        data["weights_override"] = [None if w is None else w.tolist() for w in s.weights_overrides]
    elif s.weights_override is not None:
        data["weights_override"] = s.weights_override.tolist()
    return data


def dumps_session(session: Session) -> str:
    """The session file text; raises SessionError if the file would not load again."""
    data = session_to_dict(session)
    session_from_dict(data)  # never write a file we would refuse to read
    return dumps_json(data)


def save_session(session: Session, path: str | os.PathLike[str]) -> None:
    """Write the session file atomically: on any failure the old file stays intact."""
    text = dumps_session(session)
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise SessionError("io", action="write", path=os.fspath(path), reason=_reason(exc)) from exc


# -- JSON text -------------------------------------------------------------------


def dumps_json(value: Any) -> str:
    """Indented JSON with every list of scalars (a matrix row) on one line.

    Integral floats are written without ".0", others exactly (repr), so the
    file is easy to read and still round-trips bit for bit.
    """
    return _dump(value, 0) + "\n"


def _dump(value: Any, level: int) -> str:
    inner, outer = "  " * (level + 1), "  " * level
    if isinstance(value, Mapping):
        items = [f"{_string_literal(str(k))}: {_dump(v, level + 1)}" for k, v in value.items()]
        flat = "{" + ", ".join(items) + "}"
        if not items or (all(_is_scalar(v) for v in value.values()) and len(flat) <= 60):
            return flat
        return "{\n" + ",\n".join(inner + item for item in items) + "\n" + outer + "}"
    if isinstance(value, list | tuple):
        if all(_is_scalar(v) for v in value):
            return "[" + ", ".join(_scalar(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + _dump(v, level + 1) for v in value) + "\n" + outer + "]"
    return _scalar(value)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, Mapping | list | tuple)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        return format_number(float(value))
    if isinstance(value, str):
        return _string_literal(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def format_number(x: float) -> str:
    """A JSON number that parses back to exactly `x`: "2" for 2.0, repr otherwise."""
    if not math.isfinite(x):
        raise ValueError(f"{x} cannot be written to JSON")
    negative_zero = x == 0 and math.copysign(1.0, x) < 0
    if x.is_integer() and abs(x) < 2**53 and not negative_zero:
        return str(int(x))
    return repr(x)


def _string_literal(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them so the file stays UTF-8
        return json.dumps(text)
    return json.dumps(text, ensure_ascii=False)


def parse_json(text: str) -> Any:
    """Strict JSON for our files: duplicate keys and huge integers are reported, not guessed."""
    try:
        return json.loads(text, parse_int=_parse_int, object_pairs_hook=_unique_keys)
    except SessionError:
        raise
    except json.JSONDecodeError as exc:
        raise SessionError("bad_json", detail=exc.msg, line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise SessionError("too_deep") from exc


def _parse_int(digits: str) -> int | float:
    # Huge literals would hit Python's int-size limit; as floats they become inf
    # and are reported as "not a finite number".
    return int(digits) if len(digits) < 300 else float(digits)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise SessionError("duplicate_key", key=key_text(key))
        data[key] = value
    return data


# -- validation helpers ----------------------------------------------------------


def _get(data: dict[str, Any], key: str, default: Any = None) -> Any:
    """data[key], with JSON null meaning the same as leaving the key out."""
    value = data.get(key)
    return default if value is None else value


def _reject_unknown(data: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise SessionError("unknown_key", key=key_text(key), where=where)


def _object(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SessionError("bad_type", key=key, expected="an object", got=_show(value))
    return value


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise SessionError("bad_type", key=key, expected="a string", got=_show(value))
    return value


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SessionError("not_number", key=key, got=_show(value))
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise SessionError("not_finite", key=key)
    if abs(number) > MAX_ABS_VALUE:
        raise SessionError("too_big_number", key=key, got=format_number(number),
                           limit=format_number(MAX_ABS_VALUE))
    return number


def _vector(value: Any, key: str) -> np.ndarray:
    if not isinstance(value, list):
        raise SessionError("not_vector", key=key, got=_show(value))
    if not value:
        raise SessionError("empty", key=key)
    return np.array([_number(x, f"{key}[{j}]") for j, x in enumerate(value, 1)])


def _matrix(value: Any, key: str) -> np.ndarray:
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        raise SessionError("not_matrix", key=key, got=_show(value))
    if not value or not value[0]:
        raise SessionError("empty", key=key)
    first = len(value[0])
    rows = []
    for i, row in enumerate(value, 1):
        if len(row) != first:
            raise SessionError("wrong_shape", key=key, row=i, count=len(row), first=first)
        rows.append([_number(x, f"{key}[{i}][{j}]") for j, x in enumerate(row, 1)])
    return np.array(rows)


def _labels(value: Any, n: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(label, str) for label in value):
        raise SessionError("bad_type", key="labels", expected="a list of strings", got=_show(value))
    if len(value) != n:
        raise SessionError("labels_count", count=len(value), n=n)
    return tuple(value)


def _projection(value: Any, v2: bool) -> tuple[bool, int, Any, Any, Any, Any]:
    """(enabled, heads, w_q, w_k, w_v, w_o); a projection object without "enabled" is on."""
    if value is None:
        return False, 1, None, None, None, None
    data = _object(value, "projection")
    _reject_unknown(data, PROJECTION_KEYS_V2 if v2 else PROJECTION_KEYS, "projection")
    enabled = _get(data, "enabled", True)
    if not isinstance(enabled, bool):
        raise SessionError(
            "bad_type", key="projection.enabled", expected="true or false", got=_show(enabled)
        )
    heads = _get(data, "heads", 1)
    if isinstance(heads, bool) or not isinstance(heads, int) or not 1 <= heads <= MAX_HEADS:
        raise SessionError("bad_heads", max=MAX_HEADS, got=_show(heads))
    matrices = []
    for name in ("w_q", "w_k", "w_v"):
        matrix = _get(data, name)
        if matrix is None and enabled:
            raise SessionError("projection_incomplete", key=name)
        matrices.append(None if matrix is None else _matrix(matrix, f"projection.{name}"))
    w_o = _get(data, "w_o")
    return enabled, heads, *matrices, None if w_o is None else _matrix(w_o, "projection.w_o")


def _positional(value: Any) -> tuple[str, np.ndarray | None]:
    """(kind, learned table or None); no "positional" means none."""
    if value is None:
        return "none", None
    data = _object(value, "positional")
    _reject_unknown(data, POSITIONAL_KEYS, "positional")
    kind = _get(data, "kind", "none")
    if kind not in POSITIONAL_KINDS:
        raise SessionError(
            "bad_choice", key="positional.kind", choices=_choices(POSITIONAL_KINDS), got=_show(kind)
        )
    table = _get(data, "table")
    return kind, None if table is None else _matrix(table, "positional.table")


def _padding(value: Any, n: int) -> tuple[bool, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(flag, bool) for flag in value):
        raise SessionError(
            "bad_type", key="padding", expected="a list of true or false", got=_show(value)
        )
    if len(value) != n:
        raise SessionError("padding_count", count=len(value), n=n)
    return tuple(value)


def _overrides(value: Any, heads: int, v2: bool) -> list[np.ndarray | None]:
    """Every head's hand-set weights (or None): one m × n matrix for one head, or
    (version 2) a list of one matrix or null per head."""
    if value is None:
        return [None] * heads
    per_head = v2 and isinstance(value, list) and bool(value) and all(
        entry is None or (isinstance(entry, list) and bool(entry) and isinstance(entry[0], list))
        for entry in value
    )  # fmt: skip
    if not per_head:
        if heads > 1:
            raise SessionError("override_one_matrix", heads=heads)
        return [_matrix(value, "weights_override")]
    if len(value) != heads:
        raise SessionError("override_count", count=len(value), heads=heads)
    return [
        None if entry is None else _matrix(entry, f"weights_override[{i}]")
        for i, entry in enumerate(value, 1)
    ]


def _score(value: Any) -> tuple[str, float, np.ndarray | None, np.ndarray | None]:
    """(kind, temperature, w_a, v_a) with the defaults for anything left out."""
    data = {} if value is None else _object(value, "score")
    _reject_unknown(data, SCORE_KEYS, "score")
    kind = _get(data, "kind", "scaled_dot")
    if kind not in SCORE_KINDS:
        raise SessionError("bad_kind", choices=_choices(SCORE_KINDS), got=_show(kind))
    temperature = _number(_get(data, "temperature", 1.0), "score.temperature")
    if temperature <= 0:
        raise SessionError("temperature", got=format_number(temperature))
    w_a = _get(data, "w_a")
    v_a = _get(data, "v_a")
    return (
        kind,
        temperature,
        None if w_a is None else _matrix(w_a, "score.w_a"),
        None if v_a is None else _vector(v_a, "score.v_a"),
    )


def _fill_score_defaults(session: Session) -> Session:
    """Give general/additive scores their starting W_a (and v_a) when the file has none."""
    if not session.uses_w_a:
        return session
    w_a = session.w_a
    if w_a is None:
        w_a = session_mod.default_w_a(session.score_kind, session.d_k)
    v_a = session.v_a
    if v_a is None and w_a is not None:
        v_a = session_mod.default_v_a(session.score_kind, int(w_a.shape[1]))
    if w_a is session.w_a and v_a is session.v_a:
        return session
    return session.replace(w_a=w_a, v_a=v_a)


def _check_override_rows_of(session: Session) -> None:
    """Every hand-set weight ≥ 0 and every row summing to 1, except the rows of
    queries the masks leave no key (their weights are all 0). A matrix of the
    wrong shape is left to `check_shapes`, which says so."""
    s = session
    visible = visible_keys(s).any(axis=1)
    for head, weights in enumerate(s.weights_overrides):
        if weights is not None and weights.shape == (s.m, s.n):
            key = f"weights_override[{head + 1}]" if s.heads > 1 else None
            _check_override_rows(weights, visible, key)


def _check_override_rows(weights: np.ndarray, visible: np.ndarray, key: str | None) -> None:
    prefix = "" if key is None else "head_"
    which = {} if key is None else {"key": key}
    for i, row in enumerate(weights, 1):
        negative = row[row < 0]
        if negative.size:
            raise SessionError(prefix + "override_negative", row=i,
                               got=format_number(float(negative[0])), **which)  # fmt: skip
        total = float(row.sum())
        if abs(total - 1.0) > OVERRIDE_TOLERANCE and visible[i - 1]:
            raise SessionError(prefix + "override_sum", row=i, total=exact(total), **which)


def _choices(names: tuple[str, ...]) -> str:
    return ", ".join(names)


def _show(value: Any) -> str:
    """A short JSON rendering of a bad value for a message."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def key_text(key: str) -> str:
    """A key from the file as it is written there (escapes kept, so the message stays one
    line), shortened when long."""
    text = json.dumps(key, ensure_ascii=False)[1:-1]
    return text if len(text) <= 40 else text[:37] + "..."


def _megabytes(size: int) -> str:
    """Bytes as megabytes with one decimal (1 MB = 1,000,000 bytes, as file managers show them)."""
    return f"{size / 1e6:.1f}".removesuffix(".0")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, offset - line_start + 1
