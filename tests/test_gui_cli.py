"""Command-line paths that start Qt: --screenshot (offscreen, no display needed) and
the desktop entry installer."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qkv_gui import desktop_entry
from qkv_gui.core.presets import list_presets

ROOT = Path(__file__).resolve().parents[1]


def run_app(*args, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""  # the app must choose offscreen by itself for a screenshot
    env["QKV_GUI_SETTINGS_DIR"] = str(tmp_path / "settings")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def distinct_colours(image) -> int:
    return len({image.pixel(x, y) for y in range(0, image.height(), 9) for x in range(0, image.width(), 9)})


@pytest.mark.slow
@pytest.mark.parametrize("preset", list_presets())
def test_screenshot_of_every_preset(preset, tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / f"{preset}.png"
    done = run_app("--preset", preset, "--screenshot", str(out), "--size", "1280x800", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 100


@pytest.mark.slow
def test_screenshot_to_unwritable_place_fails_cleanly(tmp_path):
    done = run_app("--preset", "default", "--screenshot", str(tmp_path / "missing" / "x.png"), tmp_path=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:")


def test_install_desktop_entry(tmp_path):
    written = desktop_entry.install(root=tmp_path, python="/opt/venv/bin/python")
    entry = tmp_path / "applications" / "qkv-gui.desktop"
    assert entry in written
    text = entry.read_text()
    assert "Exec=/opt/venv/bin/python -m qkv_gui %f" in text and "Icon=qkv-gui" in text
    for size in desktop_entry.ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "qkv-gui.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_screenshot_of_a_lesson(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "lesson.png"
    done = run_app("--lesson", "svd_topics", "--screenshot", str(out), "--size", "1366x768", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert distinct_colours(image) > 100
