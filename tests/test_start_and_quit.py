"""Starting without a display (one `error:` line, never Qt's abort) and quitting at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qkv_gui import display, gui
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session_io import load_session

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args: str, env: dict[str, str], cwd: Path, code: str | None = None):
    command = [sys.executable, str(ROOT / "main.py"), *args] if code is None else [
        sys.executable, "-c", code, *args]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QKV_GUI_SETTINGS_DIR"] = str(tmp_path / "settings")
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def assert_one_error_line(proc, *words: str) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# -- no display ------------------------------------------------------------------


@pytest.mark.slow
def test_no_display_is_one_error_line_not_an_abort(tmp_path):
    proc = run_main("--preset", "default", env=clean_env(tmp_path), cwd=tmp_path)
    assert_one_error_line(proc, "no display", "desktop", "QT_QPA_PLATFORM=offscreen")


@pytest.mark.slow
def test_a_display_that_does_not_answer_is_one_error_line(tmp_path):
    env = clean_env(tmp_path, DISPLAY=":987", QT_QPA_PLATFORM="xcb")
    proc = run_main("--preset", "default", env=env, cwd=tmp_path)
    assert_one_error_line(proc, "cannot connect to the display :987")


@pytest.mark.slow
def test_an_unknown_platform_is_one_error_line(tmp_path):
    env = clean_env(tmp_path, QT_QPA_PLATFORM="nonsense")
    proc = run_main("--preset", "default", env=env, cwd=tmp_path)
    assert_one_error_line(proc, '"nonsense"', "QT_QPA_PLATFORM")


def test_no_display_is_found_before_qt_starts(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert "no display" in display.display_problem()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display.display_problem() is None  # Qt may use Wayland
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setattr(display.sys, "platform", "darwin")
    assert display.display_problem() is None  # no DISPLAY there, and no need for one
    monkeypatch.setattr(display.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display.display_problem() is None


def test_missing_xcb_libraries_name_the_packages_and_the_script(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(display, "missing_xcb_libraries",
                        lambda: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    status = gui.run_gui(session=None, path=None, preset=None, screenshot=None,
                         size=(800, 600), lang=None)
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert "tools/system-packages run" in err
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in err


def test_the_installed_xcb_plugin_loads_here():
    assert display.missing_xcb_libraries() == []


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libglib-2.0.so.0", "libglib2.0-0"), ("libdbus-1.so.3", "libdbus-1-3"), ("libGL.so.1", "libgl1"),
])
def test_library_file_names_map_to_debian_packages(library, package):
    assert display.package_name(library) == package
    listed = subprocess.run([str(ROOT / "tools" / "system-packages"), "list", "run"],
                            capture_output=True, text=True).stdout.split()
    assert package in listed


# -- quit --------------------------------------------------------------------------

# The app as main.py runs it, with a probe that says whether the interpreter's teardown ran.
PROBE = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('teardown ran', flush=True))\n"
    "sys.argv[0] = 'qkv-gui'\n"
    "from qkv_gui.app import main\n"
    "sys.exit(main())\n"
)


@pytest.mark.slow
def test_quit_ends_the_process_at_once_with_everything_written(tmp_path):
    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    env[gui.CLOSE_AFTER_PAINT] = "1"
    proc = run_main("--preset", "default", env=env, cwd=tmp_path, code=PROBE)
    ended = time.time()
    assert proc.returncode == 0, proc.stderr
    closing = json.loads(proc.stdout.splitlines()[0])["closing_at"]
    # The window's objects are not torn down one by one: the process just ends.
    assert "teardown ran" not in proc.stdout
    assert ended - closing < 2.0  # `make bench` holds it to 0.3 s; here only no hang
    settings = tmp_path / "settings"
    assert load_session(settings / "last_session.json") == load_preset("default")
    ini = (settings / "qkv_gui.ini").read_text(encoding="utf-8")
    assert "geometry=" in ini and "state=" in ini and "preset=default" in ini
