"""Command line entry point (`qkv-gui`, `python main.py`).

The headless paths (--list-presets, --export-data) never import Qt. Errors are
one `error: ...` line on stderr and exit status 2, so scripts can rely on them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .core.atomic import atomic_write_text
from .core.compute import compute
from .core.presets import DEFAULT_PRESET, list_presets, load_preset
from .core.session import Session
from .core.session_io import SessionError, dumps_result, load_session

EXIT_USAGE = 2
DEFAULT_SIZE = (1600, 1000)
MAX_SIDE = 16384


class UsageError(Exception):
    """A bad command line or input file: reported as one `error:` line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would print the usage block and exit; we want a single line.
        raise UsageError(message)


def parse_size(text: str) -> tuple[int, int]:
    """'1600x1000' → (1600, 1000)."""
    width, sep, height = text.lower().partition("x")
    if sep and width.isdigit() and height.isdigit():
        size = int(width), int(height)
        if all(1 <= side <= MAX_SIDE for side in size):
            return size
    raise argparse.ArgumentTypeError(
        f"size must be WIDTHxHEIGHT with sides from 1 to {MAX_SIDE}, e.g. 1600x1000, not {text!r}"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qkv-gui",
        description="A workbench that shows how attention (queries, keys, values) works, live.",
    )
    parser.add_argument(
        "session", nargs="?", metavar="SESSION", help="a session file (.json) to open"
    )
    parser.add_argument(
        "--preset", metavar="NAME", help="open a built-in example (see --list-presets)"
    )
    parser.add_argument(
        "--list-presets", action="store_true", help="print the preset names and exit"
    )
    parser.add_argument(
        "--export-data",
        metavar="OUT.json",
        help="compute without a window and write every matrix of the result to OUT.json",
    )
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help="window size in pixels (default: 1600x1000)",
    )
    parser.add_argument("--lang", choices=("en", "tr"), help="language of the interface")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc))
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0

    try:
        if args.list_presets:
            print("\n".join(list_presets()))
            return 0
        session = _load(args)
        if args.export_data:
            _export(session, args.export_data)
            return 0
    except (UsageError, SessionError) as exc:
        return _fail(str(exc))
    except Exception as exc:  # a bug: still one line and status 2, never a traceback
        return _fail(f"unexpected {type(exc).__name__}: {exc}")

    from .gui import run_gui  # Qt is imported only here

    return run_gui(
        session=session,
        path=Path(args.session) if args.session else None,
        preset=args.preset,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        size=args.size,
        lang=args.lang,
    )


def _load(args: argparse.Namespace) -> Session | None:
    """The session asked for, read before Qt is imported so bad input fails fast."""
    if args.session and args.preset:
        raise UsageError("give either a SESSION file or --preset, not both")
    if args.export_data and args.screenshot:
        raise UsageError("use --export-data or --screenshot, not both")
    for output in (args.export_data, args.screenshot):
        if output:
            _check_writable(output)
    if args.session:
        try:
            return load_session(args.session)
        except SessionError as exc:
            if exc.msg_id == "io":  # the sentence already names the file
                raise
            raise UsageError(f"{args.session}: {exc}") from exc
    if args.preset:
        return load_preset(args.preset)
    return None


def _export(session: Session | None, out: str) -> None:
    result = compute(session if session is not None else load_preset(DEFAULT_PRESET))
    try:
        atomic_write_text(out, dumps_result(result))
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _check_writable(out: str) -> None:
    """Refuse early an output whose folder is missing or read-only."""
    directory = os.path.dirname(os.path.abspath(out))
    if os.path.isdir(out):
        raise UsageError(f"cannot write {out}: Is a directory")
    if not os.path.isdir(directory):
        raise UsageError(f"cannot write {out}: No such file or directory")
    if not os.access(directory, os.W_OK):
        raise UsageError(f"cannot write {out}: Permission denied")


def _fail(message: str) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE
