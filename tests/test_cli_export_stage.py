"""The command line's exports of the stages after the heads, in subprocesses:
--export-plot concat / w_o / output / positional and --export-csv of a two-head
session with W_O, read back and compared with compute()."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.head_edits import set_heads, set_positional, set_w_o
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session_io import save_session

pytestmark = pytest.mark.slow  # every test starts main.py

MAIN = Path(__file__).resolve().parents[1] / "main.py"
SVG = "{http://www.w3.org/2000/svg}"


def run(*args, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""
    env["QKV_GUI_SETTINGS_DIR"] = str(cwd / "settings")
    return subprocess.run([sys.executable, str(MAIN), *map(str, args)], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def session_file(tmp_path: Path):
    s = set_w_o(set_positional(set_heads(load_preset("default"), 2), "sinusoidal"), True)
    w_o = np.array(s.w_o)
    w_o[0, 1], w_o[3, 0] = 0.5, -2.0  # head 1 feeds output column 2, head 2 column 1
    s = s.replace(w_o=w_o)
    path = tmp_path / "two_heads.json"
    save_session(s, path)
    return s, path


@pytest.mark.parametrize("name", ["concat", "w_o", "output", "positional"])
def test_export_plot_of_a_stage(tmp_path, name):
    s, path = session_file(tmp_path)
    proc = run(path, "--export-plot", name, f"{name}.svg", "--size", "900x600", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    root = ET.parse(tmp_path / f"{name}.svg").getroot()
    found = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    cells = []
    for text in found:
        try:
            cells.append(float(text.replace("\u2212", "-")))
        except ValueError:
            pass
    expected = s.w_o if name == "w_o" else compute(s).matrix(name)
    # Every number of the matrix is written on its cell (to the figure's decimals).
    for value in np.ravel(expected):
        assert any(abs(value - c) <= 0.006 for c in cells), (name, value, found)


def test_export_plot_w_o_without_it_is_refused(tmp_path):
    proc = run("--preset", "default", "--export-plot", "w_o", "x.png", cwd=tmp_path)
    assert proc.returncode == 2
    assert "the session has no w_o matrix" in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_export_csv_one_file_per_head_and_the_stage(tmp_path):
    s, path = session_file(tmp_path)
    proc = run(path, "--export-csv", tmp_path / "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    result = compute(s)

    def read(name: str) -> np.ndarray:
        return np.loadtxt(tmp_path / "out" / f"{name}.csv", delimiter=",", ndmin=2)

    for k, head in enumerate(result.heads, 1):
        for name in RESULT_MATRICES:
            np.testing.assert_array_equal(read(f"{name}_head{k}"), head.matrix(name))
    np.testing.assert_array_equal(read("concat"), result.concat)
    np.testing.assert_array_equal(read("w_o"), s.w_o)
    np.testing.assert_array_equal(read("output"), result.output)
    np.testing.assert_array_equal(read("positional"), result.positional)
    np.testing.assert_allclose(read("output"), read("concat") @ read("w_o"), atol=1e-12)
