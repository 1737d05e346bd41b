"""Can Qt open a window here? Said in one `error:` line, instead of Qt's abort.

Without a display, or when the xcb platform plugin cannot load its system
libraries, Qt prints a few lines of its own and aborts (exit status 134).
`display_problem()` finds the usual causes before the QApplication exists and
names the fix; `fail_instead_of_abort()` turns any other fatal message Qt
gives while it starts (an X server that does not answer, an unknown
platform) into the same one line and exit status 2.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

EXIT_STATUS = 2
HEADLESS_FIX = (
    "run qkv-gui in a desktop session; for headless exports (--screenshot, --export-figure, "
    "--export-plot) set QT_QPA_PLATFORM=offscreen"
)
# Debian packages whose names do not follow from the library's file name.
PACKAGE_OF = {"libglib-2.0.so.0": "libglib2.0-0", "libX11.so.6": "libx11-6"}


def _platform() -> str:
    """The platform Qt will try first ("" when it chooses by itself)."""
    first = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip()


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin (libqxcb.so), when there is one."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(spec.submodule_search_locations[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_xcb_libraries() -> list[str]:
    """The system libraries the xcb plugin links against that cannot be found (file names).

    Loading the plugin costs little (Qt loads the same files right after); only
    when that fails does `ldd` list every missing library, not just the first.
    """
    plugin = xcb_plugin()
    if plugin is None or not sys.platform.startswith("linux"):
        return []
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        return []
    except OSError as error:
        first = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object", str(error))
        missing = _ldd_not_found(plugin)
        return missing or ([first.group(1)] if first else [str(error)])


def _ldd_not_found(plugin: Path) -> list[str]:
    if shutil.which("ldd") is None:
        return []
    try:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split("=>")[0].strip() for line in listing.splitlines() if "not found" in line})


def package_name(library: str) -> str:
    """The Debian/Ubuntu package that ships `library` (libxcb-icccm.so.4 → libxcb-icccm4)."""
    if library in PACKAGE_OF:
        return PACKAGE_OF[library]
    stem, _, version = library.partition(".so.")
    name = stem.lower()
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def display_problem() -> str | None:
    """Why no window can open here, with the fix (one sentence), or None when it can."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # macOS and Windows have their own window system, no DISPLAY
    platform = _platform()
    if platform not in ("", "xcb"):
        return None  # wayland, eglfs, offscreen, …: Qt's own start-up check is the judge
    if platform == "" and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        unset = "DISPLAY is" if platform == "xcb" else "DISPLAY and WAYLAND_DISPLAY are"
        return f"no display to open the window on ({unset} not set); {HEADLESS_FIX}"
    missing = missing_xcb_libraries()
    if missing:
        packages = " ".join(dict.fromkeys(package_name(library) for library in missing))
        return (
            f"Qt's window system plugin (xcb) cannot load: missing system libraries "
            f"{', '.join(missing)}; install them with `tools/system-packages run` in the qkv_gui "
            f"folder, or `sudo apt-get install {packages}`"
        )
    return None


def fail_instead_of_abort() -> None:
    """Until `end_watch()`: a fatal Qt message ends the process with one `error:` line and
    status 2 (Qt would abort); the other messages are kept and then printed as usual."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[str] = _held_messages
    held.clear()

    def handler(kind, _context, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            held.append(message)
            return
        print(f"error: {_fatal_sentence(held, message)}", file=sys.stderr, flush=True)
        sys.stdout.flush()
        os._exit(EXIT_STATUS)

    qInstallMessageHandler(handler)


_held_messages: list[str] = []


def end_watch() -> None:
    """Qt started: its messages go to stderr again, the held ones first."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)
    for message in _held_messages:
        print(message, file=sys.stderr)
    _held_messages.clear()


def _fatal_sentence(held: list[str], message: str) -> str:
    """One sentence from Qt's messages: what failed, and what to do."""
    text = " ".join([*held, message])
    display = re.search(r"could not connect to display ?(\S*)", text)
    if display:
        name = display.group(1) or os.environ.get("DISPLAY", "")
        return f"cannot connect to the display {name} (no X server answers there); {HEADLESS_FIX}"
    unknown = re.search(r'Could not find the Qt platform plugin "([^"]+)"', text)
    if unknown:
        return (
            f'Qt has no platform plugin "{unknown.group(1)}" (QT_QPA_PLATFORM); '
            "unset QT_QPA_PLATFORM, or set it to xcb, wayland or offscreen"
        )
    first = message.strip().splitlines()[0] if message.strip() else "no platform plugin could start"
    return f"Qt could not open a window: {first}; {HEADLESS_FIX}"
