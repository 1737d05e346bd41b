"""Crash recovery with the real app: a process in a real X window (Xvfb) gets an edit
from the keyboard (xdotool: Ctrl+L, "only the last input"), is killed with SIGKILL
once its recovery file is there, and the next start offers exactly that session,
restores it with its file and unsaved (quitting asks, and Save writes it to that
file), and the normal quit removes the recovery file. No hook in the app for the test: it is driven
as a learner would. Skipped only where Xvfb or xdotool is missing (.ci/run installs them)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from qkv_gui.core import edits
from qkv_gui.core.presets import load_preset
from qkv_gui.core.recovery_file import Recovery, load_recovery, write_recovery
from qkv_gui.core.session_io import SessionError, load_session, save_session
from tests.test_e2e_xvfb import _wait_for, start_xvfb

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow
needs_xvfb = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (installed by .ci/run)",
)


def _windows(env: dict[str, str], name: str) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                           env=env, capture_output=True, text=True)
    return found.stdout.split()


def _title(env: dict[str, str], window: str) -> str:
    return subprocess.run(["xdotool", "getwindowname", window], env=env,
                          capture_output=True, text=True).stdout.strip()


def _keys(env: dict[str, str], window: str, *keys: str) -> None:
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=30)
    subprocess.run(["xdotool", "key", *keys], env=env, check=True, timeout=30)


def _recovered(path: Path):
    """The recovery file's content once it is complete, else None."""
    try:
        return load_recovery(path)
    except SessionError:
        return None


def _stop(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.kill()
        process.wait(10)


@needs_xvfb
def test_a_killed_app_offers_its_session_back(tmp_path):
    settings = tmp_path / "settings"
    recovery_path = settings / "recovery.json"
    walk = tmp_path / "walk.json"
    original = load_preset("default")
    save_session(original, walk)
    xvfb, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QKV_GUI_SETTINGS_DIR=str(settings),
               LANG="C.UTF-8", LANGUAGE="en")
    first = second = None
    try:
        # 1. Open the file, make an edit from the keyboard, wait for the recovery file.
        first = subprocess.Popen([sys.executable, str(ROOT / "main.py"), str(walk), "--lang", "en"],
                                 env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert _wait_for(lambda: _windows(env, "walk.json") or first.poll() is not None, 60), "no window"
        assert first.poll() is None, first.stderr.read().decode()
        window = _windows(env, "walk.json")[0]
        assert not recovery_path.exists()  # nothing changed yet, nothing written
        _keys(env, window, "ctrl+l")  # Only the last input
        assert _wait_for(lambda: _recovered(recovery_path) is not None, 10), "no recovery file"
        recovery = load_recovery(recovery_path)
        edited = recovery.session
        assert recovery.path == str(walk) and recovery.dirty
        np.testing.assert_array_equal(edited.weights_override, np.eye(5)[[4] * 5])
        assert edited == original.replace(weights_override=edited.weights_override)

        # 2. A crash or a kill: no quit, no question, nothing cleaned up.
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert recovery_path.exists() and load_session(walk) == original

        # 3. The next start offers it; Return takes the default answer, Restore.
        second = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en"], env=env,
                                  cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert _wait_for(lambda: _windows(env, "Restore the session?") or second.poll() is not None,
                         60), "no question"
        assert second.poll() is None, second.stderr.read().decode()
        _keys(env, _windows(env, "Restore the session?")[0], "Return")
        # Restored with its file, and unsaved ("*" in the title).
        assert _wait_for(lambda: any(_title(env, w).startswith("walk.json*")
                                     for w in _windows(env, "walk.json")), 30)
        window = _windows(env, "walk.json")[0]

        # 4. Quitting asks about the unsaved changes; Return takes the default, Save, which
        #    writes exactly the restored session to its own file without asking where.
        _keys(env, window, "ctrl+q")
        assert _wait_for(lambda: _windows(env, "Unsaved changes") or second.poll() is not None,
                         30), "no question about unsaved changes"
        _keys(env, _windows(env, "Unsaved changes")[0], "Return")
        assert second.wait(30) == 0
        assert load_session(walk) == edited
        # 5. A normal quit: no recovery file, the session remembered as saved.
        assert not recovery_path.exists()
        assert load_session(settings / "last_session.json") == edited
    finally:
        _stop(first)
        _stop(second)
        xvfb.terminate()
        xvfb.wait(10)


@pytest.mark.parametrize("output", [["--screenshot", "out.png"], ["--export-data", "out.json"],
                                    ["--export-figure", "out.svg"]])
def test_headless_runs_neither_ask_nor_touch_the_recovery_file(tmp_path, output):
    settings = tmp_path / "settings"
    settings.mkdir()
    recovery_path = settings / "recovery.json"
    session = edits.only_last_input(load_preset("default"))
    write_recovery(recovery_path, Recovery(session, None, True, datetime.now(UTC)))
    before = recovery_path.read_bytes(), recovery_path.stat().st_mtime_ns
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QKV_GUI_SETTINGS_DIR": str(settings)}
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), *output], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)  # a question would hang it
    assert run.returncode == 0, run.stderr
    assert (tmp_path / output[1]).exists()
    assert (recovery_path.read_bytes(), recovery_path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in settings.iterdir()) == ["recovery.json"]
