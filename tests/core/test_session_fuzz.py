"""Fuzzing the session loader (core/session_io.py) and the recovery file's: random
bytes, random JSON and mutated valid files (tests/core/data) give either a valid
Session or the one clear error (SessionError), never another exception, and
loading writes nothing. Also the 50 MB limit, checked before the file is read."""

from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qkv_gui.core.compute import compute
from qkv_gui.core.lesson_file import is_lesson_file, load_lesson_file
from qkv_gui.core.recovery_file import load_recovery
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import (
    MAX_FILE_BYTES,
    SessionError,
    dumps_session,
    load_session,
    session_from_dict,
)

DATA = Path(__file__).parent / "data"


def load_recovered_session(path: Path) -> Session:
    return load_recovery(path).session


VALID = sorted(p for p in (DATA / "version1").glob("*.json") if not p.name.startswith("results"))
VALID_DATA = [json.loads(p.read_text(encoding="utf-8")) for p in VALID]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)
# Values a hand-edited file is likely to hold in a wrong place.
likely_values = st.sampled_from(
    [None, True, 0, -1, 2, 3, 9, 1e6, 1e7, -1e300, float("nan"), float("inf"), "", "x", "self",
     "seq2seq", "dot", "learned", [], [[]], [1, 2], [[1, 2], [3]], [[1e9]], {}, {"kind": "dot"}]
) | json_values


def _valid_outcome(load) -> Session | None:
    """Run `load`: a Session that computes, or None for a SessionError; anything else fails."""
    try:
        session = load()
    except SessionError as error:
        assert str(error) and "\n" not in str(error)  # one sentence
        return None
    assert isinstance(session, Session)
    compute(session)  # what loads also computes
    dumps_session(session)  # ... and saves again
    return session


def _in_a_folder(content: bytes, load) -> Session | None:
    """Load `content` from a file in a fresh folder; nothing else may appear in it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.json"
        path.write_bytes(content)
        before = path.stat().st_mtime_ns
        outcome = _valid_outcome(lambda: load(path))
        assert os.listdir(folder) == ["fuzz.json"]
        assert path.read_bytes() == content and path.stat().st_mtime_ns == before
        return outcome


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(content: bytes) -> None:
    for load in (load_session, lambda path: load_lesson_file(path)[0], load_recovered_session):
        _in_a_folder(content, load)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_random_bytes_never_make_is_lesson_file_raise(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.json"
        path.write_bytes(content)
        assert is_lesson_file(path) in (True, False)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_random_json(value: Any) -> None:
    text = json.dumps(value)
    _in_a_folder(text.encode(), load_session)
    # The same as a session object's body: past the format check, into the keys.
    if isinstance(value, dict):
        for version in (1, 2):
            data = {**value, "format": "qkv-gui-session", "version": version}
            _valid_outcome(lambda data=data: session_from_dict(data))


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON value: keys of objects and indexes of lists."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:4]):
            found += _paths(item, (*prefix, i))
    return found


@st.composite
def mutated_files(draw) -> Any:
    """A valid version-1 file with one to three places replaced, deleted or duplicated."""
    data = copy.deepcopy(draw(st.sampled_from(VALID_DATA)))
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in _paths(data) if p]
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = data
        for step in place[:-1]:
            parent = parent[step]
        key = place[-1]
        action = draw(st.sampled_from(["replace", "delete", "copy_sibling"]))
        if action == "replace":
            parent[key] = copy.deepcopy(draw(likely_values))
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, list) and parent:
            parent.append(copy.deepcopy(parent[0]))
        else:
            parent[key] = copy.deepcopy(parent[key])
    if draw(st.booleans()):
        data["version"] = 2  # the same body read as version 2
    return data


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_mutated_valid_files(data: Any) -> None:
    _valid_outcome(lambda: session_from_dict(copy.deepcopy(data)))
    text = json.dumps(data)
    _in_a_folder(text.encode(), load_session)
    wrapped = {"format": "qkv-gui-recovery", "version": 1, "written": "2026-12-03T21:30:05Z",
               "path": None, "dirty": True, "session": data}
    _in_a_folder(json.dumps(wrapped).encode(), load_recovered_session)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(VALID), st.data())
def test_cut_and_flipped_bytes_of_valid_files(path: Path, data: st.DataObject) -> None:
    content = bytearray(path.read_bytes())
    if data.draw(st.booleans()):
        content = content[: data.draw(st.integers(0, len(content)))]
    for _ in range(data.draw(st.integers(0, 4))):
        if content:
            content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
    _in_a_folder(bytes(content), load_session)


def test_the_valid_files_load() -> None:
    for path in VALID:
        assert _valid_outcome(lambda path=path: load_session(path)) is not None, path


# -- files that cannot be sessions ------------------------------------------------------


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as file:
        file.truncate(63_400_000)  # sparse: no disk space, and reading it would take a while

    def no_reading(*_args, **_kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr(json, "loads", no_reading)
    for load in (load_session, load_lesson_file, load_recovery):
        with pytest.raises(SessionError) as info:
            load(path)
        assert info.value.msg_id == "too_large"
        assert str(info.value) == (
            "the file is 63.4 MB, larger than the 50 MB a session file may have")
    assert not is_lesson_file(path)


def test_a_file_just_at_the_limit_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES - 2) + b"[]")
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert info.value.msg_id == "bad_format"  # read and parsed, then refused for what it holds


@pytest.mark.parametrize("make, msg_id, sentence", [
    (lambda p: None, "io", "cannot read {path}: No such file or directory"),
    (lambda p: p.mkdir(), "io", "cannot read {path}: Is a directory"),
    (lambda p: p.write_bytes(b""), "empty_file", "the file is empty"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "not_utf8",
     "the file is not valid UTF-8 text: bad byte at line 1, column 1"),
    (lambda p: p.write_text('{"format": "qkv-gui-session", "version": 7}'), "newer_version",
     "the file was written by a newer qkv-gui (session version 7); this program reads versions 1 and 2"),
])  # fmt: skip
def test_each_bad_file_is_one_sentence(tmp_path: Path, make, msg_id: str, sentence: str) -> None:
    path = tmp_path / "s.json"
    make(path)
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert info.value.msg_id == msg_id
    assert str(info.value) == sentence.format(path=path)


@pytest.mark.parametrize("text, sentence", [
    ('{"format": "qkv-gui-session", "version": 1, "a\\nb": 1}',
     'unknown key "a\\nb" in the session file'),
    ('{"format": "qkv-gui-session", "version": 1, "x\\ty": 1, "x\\ty": 2}',
     'the key "x\\ty" appears twice in the same object'),
    ('{"format": "qkv-gui-session", "version": 1, "' + "k" * 60 + '": 1}',
     'unknown key "' + "k" * 37 + '..." in the session file'),
])  # fmt: skip
def test_a_strange_key_is_named_on_one_line(tmp_path: Path, text: str, sentence: str) -> None:
    path = tmp_path / "s.json"
    path.write_text(text)
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert str(info.value) == sentence
