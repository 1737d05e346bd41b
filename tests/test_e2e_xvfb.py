"""The real app as a process in a real X window (Xvfb): it starts, shows a
window, and a screenshot of the screen is not blank. Skipped only where Xvfb
is not installed (.ci/run installs it)."""

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("import")),
        reason="needs Xvfb, xdotool and ImageMagick's import (installed by .ci/run)",
    ),
]


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """Start Xvfb on a display number it picks itself; returns it once it accepts clients.

    -displayfd: Xvfb takes a free number and writes it to the pipe when ready,
    so two runs at once cannot race for the same number.
    """
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], max(deadline - time.monotonic(), 0))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                break  # Xvfb exited, or the time is up
            number += chunk
    finally:
        os.close(read_end)
    if not number.strip().isdigit():
        xvfb.kill()
        xvfb.wait(10)
        pytest.fail("Xvfb did not start")
    return xvfb, f":{number.strip().decode()}"


def _wait_for(predicate, timeout: float) -> bool:
    """Poll `predicate` until it holds or `timeout` seconds pass (a process has no signal to wait on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def _distinct_colours(png: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), "the screenshot is not a readable PNG"
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_app_shows_a_real_window(tmp_path, qapp):
    xvfb, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QKV_GUI_SETTINGS_DIR=str(tmp_path / "settings"))
    app = None
    try:
        app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--preset", "default"],
                               env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def window_id() -> str:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "qkv_gui"],
                                   env=env, capture_output=True, text=True)
            return found.stdout.split()[0] if found.stdout.split() else ""

        assert _wait_for(lambda: bool(window_id()) or app.poll() is not None, 60), "no window appeared"
        assert app.poll() is None, app.stderr.read().decode()
        shot = tmp_path / "screen.png"
        colours = []

        def screen_painted() -> bool:
            # The window may be mapped before its first paint: look again until it is drawn.
            subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True, timeout=30)
            colours.append(_distinct_colours(shot))
            return colours[-1] > 50

        assert _wait_for(screen_painted, 30), f"the screen looks blank ({colours[-1]} colours)"
        name = subprocess.run(["xdotool", "getwindowname", window_id()], env=env,
                              capture_output=True, text=True).stdout
        assert "Default" in name or "default" in name or "qkv_gui" in name
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        xvfb.wait(10)
