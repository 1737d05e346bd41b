"""The command line's --import NAME FILE[#KEY] and the options after it that pick a block of
the file: --transpose, --block q|k|v, --from-head K, --heads N, --rows D, --into-head H.

Each option belongs to the --import just before it (given before any, it is a usage error),
so several imports can each take their own block. They make the same `core.import_fit.Block`
the import dialog builds from its widgets; the core picks and fits it. (--head is
--export-plot's: the plot's head.) No Qt here: the headless exports import this module.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import Any

from .core.import_fit import PARTS, TARGETS, Block, ImportFitError, head_axis, import_array
from .core.importing import ImportFileError, read_array, split_source
from .core.session import Session


class CommandLineImportError(Exception):
    """An --import that cannot be done: one sentence for the `error:` line."""


@dataclass
class ImportRequest:
    """One --import NAME FILE[#KEY] and the options after it that pick the file's block
    (flag → value, in the order given, e.g. {"--block": "k", "--from-head": 2})."""

    target: str
    source: str
    options: dict[str, Any] = field(default_factory=dict)

    def block(self, session_heads: int) -> tuple[Block, int | None]:
        """The block of the file to take, and the session's head (0-based) it goes into."""
        option = self.options.get
        head, heads, into = option("--from-head"), option("--heads"), option("--into-head")
        if heads is not None and head is None:
            raise CommandLineImportError(
                "--heads goes with --from-head: say which head to take, e.g. --from-head 1")
        if head is not None and heads is None:
            heads = session_heads  # like the dialog: as many heads as the session, unless told
        block = Block(transpose="--transpose" in self.options, part=option("--block"),
                      heads=heads or 1, head=None if head is None else head - 1,
                      rows=option("--rows"), heads_in=head_axis(self.target))
        return block, None if into is None else into - 1

    def described(self) -> str:
        """The block's options as given: "--block k --from-head 2"."""
        return " ".join(flag if value is True else f"{flag} {value}"
                        for flag, value in self.options.items())


def apply_imports(session: Session, imports: list[ImportRequest]) -> Session:
    """`session` with every import applied in order, or CommandLineImportError."""
    for request in imports:
        session = _apply(session, request)
    return session


def _apply(session: Session, request: ImportRequest) -> Session:
    target, source = request.target, request.source
    if target not in TARGETS:
        raise CommandLineImportError(
            f'unknown import target "{target}"; the targets are: {", ".join(TARGETS)}')
    block, into = request.block(session.heads)
    try:
        imported = read_array(*split_source(source))
    except ImportFileError as exc:
        raise CommandLineImportError(str(exc)) from exc
    try:
        return import_array(session, target, imported, block, into)
    except ImportFitError as exc:
        picked = ""
        if request.options:  # the sentence names the block's shape: name the file's too
            rows, cols = imported.shape
            picked = f" (a {rows} × {cols} matrix; {request.described()})"
        hint = ""
        if exc.msg_id in ("head_range", "head_range_one") and "--heads" not in request.options:
            hint = "; say how many heads the file's matrix holds with --heads N"
        elif exc.msg_id.startswith("w_o_missing"):  # the session file decides whether W_O is on
            hint = "; to import the whole W_O first, put its --import w_o FILE before this one"
        raise CommandLineImportError(
            f"cannot import {source}{picked} as {target}: {exc}{hint}") from exc


# -- argparse ----------------------------------------------------------------------


class ImportAction(argparse.Action):
    """--import NAME FILE[#KEY]: a new import, which the block options after it describe."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        target, source = values
        imports = list(getattr(namespace, self.dest, None) or [])
        setattr(namespace, self.dest, [*imports, ImportRequest(target, source)])


class ImportOptionAction(argparse.Action):
    """An option of the --import just before it (an error before any, or given twice for one)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        flag = self.option_strings[0]
        imports = getattr(namespace, "imports", None)
        if not imports:
            parser.error(f"{flag} goes after the --import whose file it picks from, "
                         "e.g. --import w_k FILE --block k")
        request = imports[-1]
        if flag in request.options:
            parser.error(f"{flag} is given twice for --import {request.target} {request.source}")
        request.options[flag] = True if self.nargs == 0 else values


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """--import and the options of its block."""
    parser.add_argument(
        "--import",
        dest="imports",
        nargs=2,
        action=ImportAction,
        metavar=("NAME", "FILE[#KEY]"),
        help="put the matrix of FILE (CSV/TSV, .npy, or the array KEY of an .npz or "
        ".safetensors) into the session as NAME: inputs, decoder, w_q, w_k, w_v, w_o or "
        "positional; the rest is resized to fit when needed (repeatable, in order). The "
        "options below pick a block of the file and apply to the --import just before them",
    )
    block = parser.add_argument_group(
        "the block of a packed matrix (after its --import)",
        "e.g. --import w_k gpt2.safetensors#h.0.attn.c_attn.weight --block k --from-head 3 "
        "--heads 12 takes head 3 of the K third of GPT-2's 768 × 2304 in-projection "
        "(a 768 × 64 W_K)",
    )
    block.add_argument(
        "--transpose", nargs=0, action=ImportOptionAction, default=argparse.SUPPRESS,
        help="transpose the file's matrix first (PyTorch keeps in_proj_weight as 3E × E "
        "and out_proj.weight as d_o × (h·d_v))",
    )
    block.add_argument(
        "--block", choices=PARTS, metavar="q|k|v", action=ImportOptionAction,
        default=argparse.SUPPRESS,
        help="only the first (q), second (k) or last (v) third of the columns",
    )
    block.add_argument(
        "--from-head", type=int, action=ImportOptionAction, metavar="K",
        default=argparse.SUPPRESS,
        help="only head K (1, 2, …) of the file's matrix: a block of columns, or of rows for "
        "w_o (whose rows are the heads' contexts side by side)",
    )
    block.add_argument(
        "--heads", type=int, metavar="N", action=ImportOptionAction, default=argparse.SUPPRESS,
        help="with --from-head: the file's matrix holds N heads side by side (default: as many as "
        "the session has)",
    )
    block.add_argument(
        "--rows", type=int, metavar="D", action=ImportOptionAction, default=argparse.SUPPRESS,
        help="only the first D rows (of the head, for w_o)",
    )
    block.add_argument(
        "--into-head", type=int, metavar="H", action=ImportOptionAction,
        default=argparse.SUPPRESS,
        help="w_q, w_k, w_v or w_o of a session with several heads: replace only head H's "
        "columns (rows for w_o), the other heads stay",
    )
