"""The real app as a process in a real X window (Xvfb): it starts, shows a
window, and a screenshot of the screen is not blank. Skipped only where Xvfb
is not installed (.ci/run installs it)."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("import")),
    reason="needs Xvfb, xdotool and ImageMagick's import (installed by .ci/run)",
)


def _free_display() -> int:
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    pytest.skip("no free X display number")


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


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
    display = f":{_free_display()}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QKV_GUI_SETTINGS_DIR=str(tmp_path / "settings"))
    app = None
    try:
        assert _wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 10), "Xvfb did not start"
        app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--preset", "default"],
                               env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def window_id() -> str:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "qkv_gui"],
                                   env=env, capture_output=True, text=True)
            return found.stdout.split()[0] if found.stdout.split() else ""

        assert _wait_for(lambda: bool(window_id()) or app.poll() is not None, 60), "no window appeared"
        assert app.poll() is None, app.stderr.read().decode()
        time.sleep(1.5)  # let the first paints finish
        shot = tmp_path / "screen.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True, timeout=30)
        assert _distinct_colours(shot) > 50, "the screen looks blank"
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
