"""A regular (non-editable) install ships the package with its resources."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# pyproject's `license = "MIT"` (PEP 639) needs it; the test extra installs it.
SETUPTOOLS_NEEDED = (77,)


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


def _setuptools_version() -> tuple[int, ...]:
    try:
        version = importlib.metadata.version("setuptools")
    except importlib.metadata.PackageNotFoundError:
        return ()
    return tuple(int(part) for part in version.split(".")[:2] if part.isdigit())


def build_wheel(out: Path, tmp_path: Path) -> Path:
    """Build the wheel from a clean copy of the sources, offline when the venv allows it.

    A copy, because setuptools builds in the source tree: a build/ folder left
    by an earlier build could put modules deleted since into the wheel.
    """
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"))
    offline = _setuptools_version() >= SETUPTOOLS_NEEDED
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out)]
    if offline:
        # The venv's setuptools builds it: nothing is downloaded.
        command.append("--no-build-isolation")
    built = subprocess.run([*command, str(source)], capture_output=True, text=True)
    if built.returncode and not offline:
        pytest.skip(
            "setuptools>=77 is not installed (pip install -e '.[test]' installs it) and the "
            f"isolated build, which downloads it, failed:\n{built.stderr[-600:]}"
        )
    assert built.returncode == 0, built.stderr
    (wheel,) = out.glob("qkv_gui-*.whl")
    return wheel


@pytest.mark.slow
def test_the_wheel_holds_the_presets_icons_and_translations(tmp_path):
    wheel = build_wheel(tmp_path / "dist", tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (("presets", "*.json"), ("icons", "*.png"), ("translations", "*.qm")):
        for path in (ROOT / "resources" / folder).glob(pattern):
            assert f"qkv_gui/resources/{folder}/{path.name}" in names
    assert "qkv_gui/core/compute.py" in names and "qkv_gui/widgets/heatmap.py" in names
    # Every module of the source tree, and only those.
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "qkv_gui").rglob("*.py")}
    assert {name for name in names if name.endswith(".py")} == modules
