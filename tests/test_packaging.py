"""A regular (non-editable) install ships the package with its resources."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    code = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "qkv_gui").rglob("__init__.py")
    }
    resources = {
        f"qkv_gui.resources.{path.name}" for path in (ROOT / "resources").iterdir() if path.is_dir()
    }
    assert listed == code | resources


def test_the_wheel_holds_the_presets_icons_and_translations(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("qkv_gui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (("presets", "*.json"), ("icons", "*.png"), ("translations", "*.qm")):
        for path in (ROOT / "resources" / folder).glob(pattern):
            assert f"qkv_gui/resources/{folder}/{path.name}" in names
    assert "qkv_gui/core/compute.py" in names and "qkv_gui/widgets/heatmap.py" in names
