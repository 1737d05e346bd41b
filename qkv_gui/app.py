"""Command line entry point (`qkv-gui`, `python main.py`).

Everything can run headless: --list-presets, --export-data and --export-csv
never import Qt; --screenshot, --export-figure and --export-plot render with
the offscreen platform when there is no display. Errors are one `error: ...`
line on stderr and exit status 2, so scripts can rely on them. An existing
output file is only replaced once the new one is complete.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .cli_import import (
    CommandLineImportError,
    ImportRequest,
    add_import_arguments,
    apply_imports,
)
from .core.atomic import atomic_write_text
from .core.compute import compute
from .core.export_data import write_csv_folder
from .core.lesson_file import is_lesson_file, load_lesson_file
from .core.lessons import apply_lesson, lesson_ids
from .core.presets import DEFAULT_PRESET, list_presets, load_preset
from .core.result_json import dumps_result
from .core.session import EDITABLE, Session
from .core.session_io import SessionError, load_session

EXIT_USAGE = 2
DEFAULT_SIZE = (1600, 1000)  # the window (--screenshot) and the figure (--export-figure)
DEFAULT_PLOT_SIZE = (800, 600)
MAX_SIDE = 16384
MAX_SCALE = 8.0
# What --export-plot draws: the names first, then the other matrices and plots.
PLOT_NAMES = (
    "inputs", "w_q", "w_k", "w_v", "queries", "keys", "values", "scores", "weights", "context",
    "geometry", "decoder", "w_a", "v_a", "weights_override", "weights_bar",
    "concat", "w_o", "output", "positional",
)  # fmt: skip
IMAGE_SUFFIXES = (".png", ".svg")
# Each run writes one thing; the first two given name the clash.
OUTPUTS = ("export_data", "screenshot", "export_figure", "export_plot", "export_csv")


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


def parse_scale(text: str) -> float:
    """'2' → 2.0: device pixels per pixel of a PNG."""
    try:
        scale = float(text)
    except ValueError:
        scale = math.nan
    if not 0 < scale <= MAX_SCALE:
        raise argparse.ArgumentTypeError(
            f"scale must be a number above 0 and at most {MAX_SCALE:g}, e.g. 2, not {text!r}"
        )
    return scale


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
        help="compute without a window and write every matrix of the result, and the "
        "matrices and settings that made it, to OUT.json",
    )
    parser.add_argument(
        "--export-csv",
        metavar="DIR",
        help="compute without a window and write every matrix as a CSV file into DIR",
    )
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--export-figure",
        metavar="OUT",
        help="save the pipeline figure (inputs → Q, K, V → scores → weights → context) "
        "as OUT.png or OUT.svg and exit",
    )
    parser.add_argument(
        "--export-plot",
        nargs=2,
        metavar=("NAME", "OUT"),
        help=f"save one plot as OUT.png or OUT.svg and exit; NAME is one of {', '.join(PLOT_NAMES)}",
    )
    parser.add_argument(
        "--head",
        type=int,
        metavar="K",
        help="with --export-plot: the plot of head K (1, 2, …; default 1)",
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=None,
        metavar="WxH",
        help="size in pixels of the window (default: 1600x1000), the figure (1600x1000) "
        "or the plot (800x600)",
    )
    parser.add_argument(
        "--scale",
        type=parse_scale,
        default=None,
        metavar="N",
        help="for --screenshot and PNG exports: N times the pixels along each side, "
        "drawn at that resolution (e.g. 2 for print)",
    )
    parser.add_argument(
        "--lesson",
        metavar="N|ID",
        help="open the app at lesson N (1, 2, …) or ID; the exports and --screenshot show "
        "the lesson's starting state",
    )
    add_import_arguments(parser)
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
        if args.export_csv:
            _export_csv(session, args.export_csv)
            return 0
    except (UsageError, SessionError) as exc:
        return _fail(str(exc))
    except Exception as exc:  # a bug: still one line and status 2, never a traceback
        return _fail(f"unexpected {type(exc).__name__}: {exc}")

    if args.export_figure or args.export_plot:
        from .gui import run_export  # Qt is imported only here

        try:
            return run_export(
                session=session if session is not None else load_preset(DEFAULT_PRESET),
                figure=args.export_figure,
                plot=tuple(args.export_plot) if args.export_plot else None,
                size=args.size,
                scale=args.scale or 1.0,
                lang=args.lang,
                preset=args.preset if session is not None else DEFAULT_PRESET,
                head=None if args.head is None else args.head - 1,
            )
        except Exception as exc:  # a bug: still one line and status 2
            return _fail(f"unexpected {type(exc).__name__}: {exc}")

    from .gui import run_gui  # Qt is imported only here

    preset = args.preset
    if args.lesson and not args.screenshot:
        session = None  # the learner's own last session, put aside while the lesson is open
    if session is None and args.screenshot:
        # Like every headless command: the default preset, not the remembered last
        # session, so that a script gets the same picture on every machine.
        session, preset = load_preset(DEFAULT_PRESET), DEFAULT_PRESET
    extra = {} if args.scale is None else {"scale": args.scale}
    if args.lesson:
        extra["lesson"] = args.lesson
    return run_gui(
        session=session,
        # An imported matrix makes a new session: Save must not overwrite the file it came from.
        path=Path(args.session) if args.session and not args.imports else None,
        preset=preset,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        size=args.size or DEFAULT_SIZE,
        lang=args.lang,
        **extra,
    )


def _load(args: argparse.Namespace) -> Session | None:
    """The session asked for, read before Qt is imported so bad input fails fast."""
    if args.session and args.preset:
        raise UsageError("give either a SESSION file or --preset, not both")
    _check_outputs(args)
    session = None
    if args.lesson:
        if args.session or args.preset:
            raise UsageError("give either --lesson or a SESSION file or --preset, not both")
        args.lesson = lesson_id(args.lesson)
        session = apply_lesson(args.lesson)
    elif args.session:
        try:
            if is_lesson_file(args.session):
                session = load_lesson_file(args.session)[0]
            else:
                session = load_session(args.session)
        except SessionError as exc:
            if exc.msg_id == "io":  # the sentence already names the file
                raise
            raise UsageError(f"{args.session}: {exc}") from exc
    elif args.preset:
        session = load_preset(args.preset)
    if args.imports:
        session = _import(session if session is not None else load_preset(DEFAULT_PRESET),
                          args.imports, lesson=bool(args.lesson))
    if args.export_plot:
        _check_plot(session, args.export_plot[0])
    _check_head(session, args)
    return session


def _import(session: Session, imports: list[ImportRequest], lesson: bool) -> Session:
    """`session` with every --import applied in order; a bad one stops before anything is written."""
    if lesson:
        raise UsageError("give either --lesson or --import, not both")
    try:
        return apply_imports(session, imports)
    except CommandLineImportError as exc:
        raise UsageError(str(exc)) from exc


def lesson_id(text: str) -> str:
    """The id of the lesson `text` names: its number (1 is the first) or its id."""
    ids = lesson_ids()
    if text in ids:
        return text
    if text.isdigit() and 1 <= int(text) <= len(ids):
        return ids[int(text) - 1]
    listed = ", ".join(f"{number} {name}" for number, name in enumerate(ids, start=1))
    raise UsageError(f'unknown lesson "{text}"; the lessons are: {listed}')


def _check_outputs(args: argparse.Namespace) -> None:
    """One output per run, with a supported extension, in a writable place."""
    given = [name for name in OUTPUTS if getattr(args, name)]
    if len(given) > 1:
        first, second = (_flag(name) for name in given[:2])
        raise UsageError(f"use {first} or {second}, not both")
    if args.screenshot:
        _check_suffix(args.screenshot, (".png",))
    if args.export_figure:
        _check_suffix(args.export_figure, IMAGE_SUFFIXES)
    if args.export_plot:
        name, out = args.export_plot
        if name not in PLOT_NAMES:
            raise UsageError(f'unknown plot "{name}"; the plots are: {", ".join(PLOT_NAMES)}')
        _check_suffix(out, IMAGE_SUFFIXES)
    image = args.screenshot or args.export_figure or (args.export_plot or [None, None])[1]
    if args.scale is not None:
        if not image or image.lower().endswith(".svg"):
            raise UsageError("--scale only applies to --screenshot and to PNG exports")
        size = args.size or (DEFAULT_PLOT_SIZE if args.export_plot else DEFAULT_SIZE)
        if max(size) * args.scale > MAX_SIDE:
            raise UsageError(f"--size times --scale must stay within {MAX_SIDE} pixels a side")
    for output in (args.export_data, image):
        if output:
            _check_writable(output)
    if args.export_csv:
        _check_folder(args.export_csv)


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _check_suffix(out: str, suffixes: tuple[str, ...]) -> None:
    suffix = Path(out).suffix.lower()
    if suffix not in suffixes:
        shown = f'"{Path(out).suffix}"' if Path(out).suffix else "no extension"
        raise UsageError(
            f"cannot write {out}: unsupported file type ({shown}); use {' or '.join(suffixes)}"
        )


def _check_plot(session: Session | None, name: str) -> None:
    """Refuse a plot of a matrix the session does not have (e.g. W_Q without projection)."""
    if name not in EDITABLE and name != "w_o":  # result matrices and plots always exist
        return
    session = session if session is not None else load_preset(DEFAULT_PRESET)
    if session.matrix(name) is None or (name == "w_o" and not session.uses_w_o):
        raise UsageError(f"the session has no {name} matrix, so there is nothing to plot")


def _check_head(session: Session | None, args: argparse.Namespace) -> None:
    """--head K only with --export-plot, and only a head the session has."""
    if args.head is None:
        return
    if not args.export_plot:
        raise UsageError("--head goes with --export-plot (a head of an imported file: --from-head)")
    heads = (session if session is not None else load_preset(DEFAULT_PRESET)).heads
    if not 1 <= args.head <= heads:
        allowed = "the session has one head, so K must be 1" if heads == 1 else (
            f"the session has {heads} heads, so K must be from 1 to {heads}")
        raise UsageError(f"--head {args.head}: {allowed}")


def _export(session: Session | None, out: str) -> None:
    session = session if session is not None else load_preset(DEFAULT_PRESET)
    try:
        atomic_write_text(out, dumps_result(compute(session), session))
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _export_csv(session: Session | None, folder: str) -> None:
    session = session if session is not None else load_preset(DEFAULT_PRESET)
    try:
        write_csv_folder(session, compute(session), folder)
    except OSError as exc:
        target = exc.filename or folder
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _check_folder(folder: str) -> None:
    """A folder to fill: an existing writable one, or a new one in a writable parent."""
    if os.path.isdir(folder):
        if not os.access(folder, os.W_OK):
            raise UsageError(f"cannot write {folder}: Permission denied")
        return
    if os.path.exists(folder):
        raise UsageError(f"cannot write {folder}: Not a directory")
    _check_writable(folder)


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
