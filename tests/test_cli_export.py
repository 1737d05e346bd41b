"""The export flags of the command line, run in subprocesses with no display:
--screenshot --scale, --export-figure, --export-plot, --export-csv, and lesson files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.lesson_file import save_lesson_file
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session_io import save_session

pytestmark = pytest.mark.slow  # every test starts main.py

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
SVG = "{http://www.w3.org/2000/svg}"
OLD = b"previous output, must survive\n"
ISSUE_PLOTS = (
    "inputs",
    "w_q",
    "w_k",
    "w_v",
    "queries",
    "keys",
    "values",
    "scores",
    "weights",
    "context",
    "geometry",
)


def run(*args, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""  # the app must go offscreen by itself
    env["QKV_GUI_SETTINGS_DIR"] = str(cwd / "settings")
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_ok(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 0, proc.stderr
    assert "error" not in proc.stderr and "Traceback" not in proc.stderr


def assert_fails(proc: subprocess.CompletedProcess[str], sentence: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and sentence in lines[0], lines[0]


def image_size(path: Path) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return image.width(), image.height()


def distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return len(
        {image.pixel(x, y) for y in range(0, image.height(), 5) for x in range(0, image.width(), 5)}
    )


def svg(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return root


def texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


# -- figure ----------------------------------------------------------------------------


def test_export_figure_png_at_size_and_scale(tmp_path, qapp):
    assert_ok(
        run("--preset", "default", "--export-figure", "f.png", "--size", "1200x700", cwd=tmp_path)
    )
    assert image_size(tmp_path / "f.png") == (1200, 700)
    assert distinct_colours(tmp_path / "f.png") > 100
    assert_ok(
        run(
            "--preset",
            "default",
            "--export-figure",
            "f2.png",
            "--size",
            "1200x700",
            "--scale",
            "2",
            cwd=tmp_path,
        )
    )
    assert image_size(tmp_path / "f2.png") == (2400, 1400)


def test_export_figure_svg(tmp_path):
    assert_ok(run("--preset", "default", "--export-figure", "f.svg", cwd=tmp_path))
    root = svg(tmp_path / "f.svg")
    assert (root.get("width"), root.get("height")) == ("1600", "1000")  # the default size
    found = texts(root)
    joined = " ".join(found)
    for title in ("Inputs", "Queries", "Keys", "Values", "Scores", "Weights", "Context"):
        assert title in joined
    for label in load_preset("default").labels:
        assert label in found


def test_export_figure_of_a_session_file_replaces_the_old_file(tmp_path, qapp):
    session = load_preset("seq2seq")
    save_session(session, tmp_path / "s.json")
    (tmp_path / "f.png").write_bytes(OLD)
    assert_ok(run("s.json", "--export-figure", "f.png", "--size", "900x600", cwd=tmp_path))
    assert image_size(tmp_path / "f.png") == (900, 600)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- plots -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ISSUE_PLOTS)
def test_export_plot_png(tmp_path, qapp, name):
    assert_ok(run("--preset", "default", "--export-plot", name, f"{name}.png", cwd=tmp_path))
    assert image_size(tmp_path / f"{name}.png") == (800, 600)  # the default plot size
    assert distinct_colours(tmp_path / f"{name}.png") > 10


@pytest.mark.parametrize("name", ["inputs", "w_q", "scores", "weights", "geometry", "weights_bar"])
def test_export_plot_svg(tmp_path, name):
    assert_ok(
        run(
            "--preset",
            "default",
            "--export-plot",
            name,
            f"{name}.svg",
            "--size",
            "640x480",
            cwd=tmp_path,
        )
    )
    root = svg(tmp_path / f"{name}.svg")
    assert (root.get("width"), root.get("height")) == ("640", "480")
    found = texts(root)
    assert found
    if name not in ("w_q",):  # W_Q's rows and columns are dimensions, not tokens
        assert all(label in found for label in load_preset("default").labels), found


def test_export_plot_png_scale(tmp_path, qapp):
    assert_ok(
        run(
            "--preset",
            "default",
            "--export-plot",
            "geometry",
            "g.png",
            "--size",
            "500x400",
            "--scale",
            "2",
            cwd=tmp_path,
        )
    )
    assert image_size(tmp_path / "g.png") == (1000, 800)


# -- screenshot ----------------------------------------------------------------------------


def test_screenshot_scale_two(tmp_path, qapp):
    assert_ok(
        run(
            "--preset",
            "default",
            "--screenshot",
            "s.png",
            "--size",
            "1300x850",
            "--scale",
            "2",
            cwd=tmp_path,
        )
    )
    assert image_size(tmp_path / "s.png") == (2600, 1700)
    assert distinct_colours(tmp_path / "s.png") > 100


def test_screenshot_smaller_than_the_window_can_be_is_refused(tmp_path):
    (tmp_path / "s.png").write_bytes(OLD)
    proc = run("--preset", "default", "--screenshot", "s.png", "--size", "300x200", cwd=tmp_path)
    assert_fails(proc, "the window needs at least")
    assert (tmp_path / "s.png").read_bytes() == OLD


# -- CSV ------------------------------------------------------------------------------------


def test_export_csv_matches_export_data(tmp_path):
    assert_ok(run("--preset", "self_attention", "--export-csv", "out", cwd=tmp_path))
    assert_ok(run("--preset", "self_attention", "--export-data", "out.json", cwd=tmp_path))
    data = json.loads((tmp_path / "out.json").read_text())
    result = compute(load_preset("self_attention"))
    for name in RESULT_MATRICES:
        reloaded = np.loadtxt(tmp_path / "out" / f"{name}.csv", delimiter=",", ndmin=2)
        np.testing.assert_array_equal(reloaded, result.matrix(name))
        np.testing.assert_array_equal(reloaded, np.array(data[name], dtype=float))
    assert (tmp_path / "out" / "labels.csv").read_text().startswith("role,position,label\n")


def test_export_csv_into_an_existing_folder_replaces_files(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "scores.csv").write_bytes(OLD)
    (tmp_path / "out" / "notes.txt").write_bytes(OLD)
    assert_ok(run("--preset", "default", "--export-csv", "out", cwd=tmp_path))
    scores = np.loadtxt(tmp_path / "out" / "scores.csv", delimiter=",", ndmin=2)
    np.testing.assert_array_equal(scores, compute(load_preset("default")).scores)
    assert (tmp_path / "out" / "notes.txt").read_bytes() == OLD  # never touches other files


def test_export_csv_does_not_import_qt(tmp_path):
    code = (
        "import sys\n"
        "from qkv_gui import app\n"
        "status = app.main(['--preset', 'default', '--export-csv', 'out'])\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print(status, qt)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert proc.stdout.strip() == "0 []", proc.stderr


# -- lesson files on the command line ---------------------------------------------------------


def test_a_lesson_file_is_a_session_on_the_command_line(tmp_path):
    session = load_preset("seq2seq")
    save_lesson_file(tmp_path / "handout.json", session, "seq2seq", "LessonsDock")
    save_session(session, tmp_path / "s.json")
    assert_ok(run("handout.json", "--export-data", "a.json", cwd=tmp_path))
    assert_ok(run("s.json", "--export-data", "b.json", cwd=tmp_path))
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_bad_lesson_file_names_itself(tmp_path):
    (tmp_path / "bad.json").write_text('{"format": "qkv-gui-lesson", "version": 1}')
    assert_fails(
        run("bad.json", "--export-csv", "out", cwd=tmp_path),
        "bad.json: session is missing from the lesson file",
    )


# -- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--export-plot", "attention", "out.png"], 'unknown plot "attention"; the plots are: inputs, w_q'),
        (["--export-plot", "scores", "out.jpg"], 'cannot write out.jpg: unsupported file type (".jpg"); use .png or .svg'),
        (["--export-figure", "out"], "cannot write out: unsupported file type (no extension)"),
        (["--screenshot", "out.svg"], 'unsupported file type (".svg"); use .png'),
        (["--export-figure", "missing/out.png"], "cannot write missing/out.png: No such file or directory"),
        (["--export-plot", "geometry", "."], "unsupported file type"),
        (["--export-figure", "out.svg", "--scale", "2"], "--scale only applies to --screenshot and to PNG exports"),
        (["--export-csv", "out", "--scale", "2"], "--scale only applies"),
        (["--export-figure", "out.png", "--scale", "0"], "scale must be a number above 0"),
        (["--export-figure", "out.png", "--scale", "8", "--size", "4000x100"], "within 16384 pixels"),
        (["--export-csv", "missing/deeper"], "cannot write missing/deeper: No such file or directory"),
        (["--export-csv", "out.png"], "cannot write out.png: Not a directory"),
        (["--export-figure", "out.png", "--export-csv", "d"], "use --export-figure or --export-csv, not both"),
        (["--export-plot", "scores", "out.png", "--screenshot", "s.png"], "use --screenshot or --export-plot, not both"),
    ],
)  # fmt: skip
def test_refused_with_one_line(tmp_path, args, sentence):
    (tmp_path / "out.png").write_bytes(OLD)
    proc = run("--preset", "default", *args, cwd=tmp_path)
    assert_fails(proc, sentence)
    assert (tmp_path / "out.png").read_bytes() == OLD


def test_a_matrix_the_session_lacks_is_refused(tmp_path):
    assert_fails(
        run("--preset", "seq2seq", "--export-plot", "w_q", "x.png", cwd=tmp_path),
        "the session has no w_q matrix",
    )
    assert not (tmp_path / "x.png").exists()
