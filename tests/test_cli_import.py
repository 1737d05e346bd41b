"""--import NAME FILE[#KEY] on the command line: applied in order before any export; a bad
import is one `error:` line, status 2, and nothing written."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from safetensors.numpy import save_file

from qkv_gui import app
from qkv_gui.core.compute import compute
from qkv_gui.core.import_fit import import_matrix
from qkv_gui.core.presets import load_preset
from qkv_gui.core.result_json import dumps_result
from tests.test_cli import OLD_OUTPUT, assert_fails, run

EMBEDDINGS = "token,a,b,c\nthe,1,0.5,-2\nbig,0,3,1\ncat,2,2,0.25\n"


def expected_export(session) -> dict[str, Any]:
    return json.loads(dumps_result(compute(session), session))


@pytest.mark.slow
def test_import_inputs_then_export_equals_compute_of_the_expected_session(tmp_path: Path) -> None:
    (tmp_path / "emb.csv").write_text(EMBEDDINGS)
    proc = run("--preset", "default", "--import", "inputs", "emb.csv", "--export-data", "out.json",
               cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    values = np.array([[1, 0.5, -2], [0, 3, 1], [2, 2, 0.25]])
    expected = import_matrix(load_preset("default"), "inputs", values, ("the", "big", "cat"))
    got = json.loads((tmp_path / "out.json").read_text())
    assert got == expected_export(expected)
    assert got["labels"] == ["the", "big", "cat"] and got["inputs"] == values.tolist()


@pytest.mark.slow
def test_a_bad_import_writes_nothing_and_keeps_an_old_output(tmp_path: Path) -> None:
    (tmp_path / "bad.csv").write_text("1,2,3\n4,5\n")
    out = tmp_path / "out.json"
    proc = run("--preset", "default", "--import", "inputs", "bad.csv", "--export-data", out,
               cwd=tmp_path)
    assert_fails(proc, "row 2 of bad.csv has 2 numbers but row 1 has 3")
    assert not out.exists()
    out.write_bytes(OLD_OUTPUT)
    proc = run("--preset", "default", "--import", "w_q", "gone.npy", "--export-data", out,
               cwd=tmp_path)
    assert_fails(proc, "cannot read gone.npy: No such file or directory")
    assert out.read_bytes() == OLD_OUTPUT


# -- in process (no subprocess): the same main() -----------------------------------


def test_imports_apply_in_order_with_keys(tmp_path: Path) -> None:
    (tmp_path / "emb.csv").write_text(EMBEDDINGS)
    w = np.arange(6, dtype=np.float32).reshape(3, 2) / 4
    save_file({"layer.q": w, "layer.k": w[::-1].copy()}, str(tmp_path / "w.safetensors"))
    np.savez(tmp_path / "v.npz", v=np.eye(3), o=np.ones((3, 3)))
    out = tmp_path / "out.json"
    status = app.main([
        "--preset", "default",
        "--import", "inputs", str(tmp_path / "emb.csv"),
        "--import", "w_q", f"{tmp_path / 'w.safetensors'}#layer.q",
        "--import", "w_k", f"{tmp_path / 'w.safetensors'}#layer.k",
        "--import", "w_v", f"{tmp_path / 'v.npz'}#v",
        "--export-data", str(out),
    ])
    assert status == 0
    got = json.loads(out.read_text())
    assert got["w_q"] == w.astype(float).tolist()
    assert got["w_k"] == w[::-1].astype(float).tolist()
    assert got["w_v"] == np.eye(3).tolist()


def test_a_missing_key_names_the_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    np.savez(tmp_path / "v.npz", v=np.eye(3), o=np.ones((3, 3)))
    out = tmp_path / "out.json"
    status = app.main(["--import", "w_v", f"{tmp_path / 'v.npz'}#x", "--export-data", str(out)])
    assert status == 2 and not out.exists()
    assert capsys.readouterr().err == "error: v.npz has no array “x”; it has: v, o\n"


def test_a_shape_that_does_not_fit_names_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    np.save(tmp_path / "p.npy", np.ones((3, 4)))
    status = app.main(["--import", "positional", str(tmp_path / "p.npy"),
                       "--export-data", str(tmp_path / "out.json")])
    assert status == 2
    assert capsys.readouterr().err == (
        f"error: cannot import {tmp_path / 'p.npy'} as positional: a 3 × 4 matrix does not fit "
        "as P: the session needs 5 × 4\n")


def test_an_unknown_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.csv").write_text("1,2\n")
    assert app.main(["--import", "w_x", str(tmp_path / "a.csv"),
                     "--export-data", str(tmp_path / "out.json")]) == 2
    assert capsys.readouterr().err == (
        'error: unknown import target "w_x"; the targets are: inputs, decoder, '
        "w_q, w_k, w_v, w_o, positional\n")


def test_the_window_gets_the_imported_session_without_the_file_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    module = types.ModuleType("qkv_gui.gui")
    module.run_gui = lambda **kwargs: calls.append(kwargs) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qkv_gui.gui", module)
    (tmp_path / "emb.csv").write_text(EMBEDDINGS)
    session_file = tmp_path / "s.json"
    from qkv_gui.core.session_io import save_session

    save_session(load_preset("default"), session_file)
    assert app.main([str(session_file), "--import", "inputs", str(tmp_path / "emb.csv")]) == 0
    (call,) = calls
    assert call["session"].labels == ("the", "big", "cat")
    assert call["path"] is None  # Save must not overwrite s.json with the imported session


def test_import_with_a_lesson_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.csv").write_text("1,2\n")
    assert app.main(["--lesson", "1", "--import", "inputs", str(tmp_path / "a.csv"),
                     "--export-data", str(tmp_path / "out.json")]) == 2
    assert capsys.readouterr().err == "error: give either --lesson or --import, not both\n"
