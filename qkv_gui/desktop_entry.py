"""Install a freedesktop menu entry and icon for the current user (`make install-desktop`).

Qt-free on purpose: it only writes files under $XDG_DATA_HOME (~/.local/share).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path

from .core.atomic import atomic_write_text
from .core.presets import resources_dir

APP_ID = "qkv-gui"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def desktop_entry(python: str) -> str:
    """The .desktop file text; Exec runs this interpreter, so the venv's packages are used."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=qkv_gui",
        "GenericName=Attention workbench",
        "Comment=See how queries, keys and values work by touching every number",
        "Comment[tr]=Sorgu, anahtar ve değerlerin nasıl çalıştığını her sayıya dokunarak görün",
        f"Exec={shlex.quote(python)} -m qkv_gui %f",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;Science;Math;",
        "MimeType=application/json;",
        "StartupWMClass=qkv_gui",
        "",
    ])


def install(root: Path | None = None, python: str | None = None) -> list[Path]:
    """Write the entry and the icons; returns the files written."""
    root = root or data_home()
    written = []
    entry = root / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(entry, desktop_entry(python or sys.executable))
    written.append(entry)
    icons = resources_dir() / "icons"
    for size in ICON_SIZES:
        target = root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"qkv_gui_{size}.png", target)
        written.append(target)
    svg = root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / "qkv_gui.svg", svg)
    written.append(svg)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qkv-gui-desktop", description=__doc__)
    parser.add_argument("--install", action="store_true", help="install the menu entry and icon")
    args = parser.parse_args(argv)
    if not args.install:
        parser.print_help()
        return 0
    for path in install():
        print(f"installed {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
