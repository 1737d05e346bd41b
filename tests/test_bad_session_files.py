"""Every bad session file is one clear message in the window (and `error:` + status 2 on
the command line), and a save that cannot be written (read-only folder, full disk)
leaves the file on disk as it was and the window's session kept and unsaved."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from qkv_gui import app
from qkv_gui.core.session_io import load_session, save_session

SESSION = {"format": "qkv-gui-session", "version": 1, "inputs": [[1, 0], [0, 1]]}


def _with(**changes) -> bytes:
    return json.dumps({**SESSION, **changes}).encode()


def _sparse(path: Path, size: int) -> None:
    """A file of `size` bytes that takes no disk space."""
    with open(path, "wb") as file:
        file.truncate(size)


BAD_FILES = [
    ("empty", lambda p: p.write_bytes(b""), "the file is empty"),
    ("garbage", lambda p: p.write_bytes(bytes(range(256))),
     "the file is not valid UTF-8 text: bad byte at line 2, column 118"),
    ("invalid_json", lambda p: p.write_bytes(b'{"format": "qkv-gui-session",'),
     "the file is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 30"),
    ("future", lambda p: p.write_bytes(_with(version=3)),
     "the file was written by a newer qkv-gui (session version 3); this program reads versions 1 and 2"),
    ("nan", lambda p: p.write_bytes(_with(inputs=[[1, float("nan")], [0, 1]])),
     "inputs[1][2] is not a finite number"),
    ("infinity", lambda p: p.write_bytes(b'{"format": "qkv-gui-session", "version": 1, "inputs": [[-Infinity]]}'),
     "inputs[1][1] is not a finite number"),
    ("beyond_1e6", lambda p: p.write_bytes(_with(inputs=[[1, 0], [0, -1000001]])),
     "inputs[2][2] is -1000001, beyond the ±1000000 a number in a session may have"),
    ("too_large", lambda p: _sparse(p, 50_000_001),
     "the file is 50 MB, larger than the 50 MB a session file may have"),
    ("vanished", lambda p: None, "cannot read {path}: No such file or directory"),
    ("a_folder", lambda p: p.mkdir(), "cannot read {path}: Is a directory"),
]  # fmt: skip


@pytest.mark.parametrize("make, sentence", [pytest.param(m, s, id=i) for i, m, s in BAD_FILES])
def test_opening_a_bad_file_is_one_message_and_keeps_the_session(window, tmp_path, monkeypatch,
                                                                   make, sentence):
    path = tmp_path / "bad.json"
    make(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    model = window.model
    model.apply(model.session.replace(temperature=2.0), "an unsaved edit")
    before, path_before = model.session, model.path
    assert not window.open_file(str(path), ask=False)
    assert shown == [("Cannot open the session", f"bad.json was not opened: {sentence.format(path=path)}")]
    assert model.session is before and model.path == path_before and model.dirty


@pytest.mark.parametrize("make, sentence", [pytest.param(m, s, id=i) for i, m, s in BAD_FILES])
def test_the_command_line_says_error_and_exits_2(tmp_path, capsys, make, sentence):
    path = tmp_path / "bad.json"
    make(path)
    out = tmp_path / "out.json"
    assert app.main([str(path), "--export-data", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert sentence.format(path=path) in err
    assert not out.exists()


# -- saving where it cannot be written ------------------------------------------------


def _edited_window_with_file(window, folder: Path) -> tuple[Path, bytes]:
    path = folder / "mine.json"
    save_session(window.model.session, path)
    window.model.load(window.model.session, path=str(path))
    window.model.apply(window.model.session.with_cell("inputs", 0, 0, 9), "edit")
    return path, path.read_bytes()


def _assert_not_saved(window, path: Path, before: bytes, shown: list) -> None:
    assert path.read_bytes() == before  # the file on disk untouched
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file left
    assert window.model.dirty and window.isWindowModified()  # still unsaved
    assert window.model.path == str(path)
    assert window.model.session.inputs[0, 0] == 9  # the edit is still on screen
    assert len(shown) == 1 and shown[0][0] == "Cannot save the session"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_saving_into_a_read_only_folder(window, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    path, before = _edited_window_with_file(window, folder)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    folder.chmod(0o555)
    try:
        assert not window.save()
    finally:
        folder.chmod(0o755)
    _assert_not_saved(window, path, before, shown)
    assert shown[0][1] == f"The session was not saved: cannot write {path}: Permission denied"


def test_saving_when_the_folder_refuses_new_files(window, tmp_path, monkeypatch):
    """The read-only folder as the atomic write meets it (also where tests run as root):
    the temporary file cannot be created."""
    path, before = _edited_window_with_file(window, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))

    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", read_only)
    assert not window.save()
    _assert_not_saved(window, path, before, shown)
    assert shown[0][1] == f"The session was not saved: cannot write {path}: Permission denied"


def test_saving_on_a_full_disk(window, tmp_path, monkeypatch):
    path, before = _edited_window_with_file(window, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert not window.save()
    _assert_not_saved(window, path, before, shown)
    assert shown[0][1] == f"The session was not saved: cannot write {path}: No space left on device"
    monkeypatch.undo()
    assert window.save() and load_session(path) == window.model.session  # and later it can


# -- numbers the window takes ----------------------------------------------------------


RANGE = "a cell holds numbers between −1\u202f000\u202f000 and 1\u202f000\u202f000"


@pytest.mark.parametrize("typed, sentence", [
    ("2000000", f"I[the, 1] cannot be 2\u202f000\u202f000: {RANGE}"),
    ("-1e300", f"I[the, 1] cannot be −1×10³⁰⁰: {RANGE}"),
])  # fmt: skip
def test_a_typed_number_beyond_1e6_is_refused_so_the_session_stays_savable(window, typed, sentence):
    """Such a session could be neither saved nor recovered after a crash."""
    editor = window.editors["inputs"]
    table_model = editor.table.model()
    messages = []
    window.model.message.connect(messages.append)
    before = window.model.session
    assert not table_model.setData(table_model.index(0, 0), typed)
    assert window.model.session is before and not window.model.dirty
    assert messages == [sentence]
    assert table_model.setData(table_model.index(0, 0), "1000000")  # the limit itself is fine
    assert window.model.session.inputs[0, 0] == 1e6
