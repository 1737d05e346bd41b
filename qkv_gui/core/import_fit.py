"""Putting an imported matrix into a session: which block of a packed matrix, and the fixes
that make it fit (pure functions).

A model's packed in-projection (e.g. GPT-2's 768 × 2304: Q, K and V side by side, each
12 heads of 64 columns) gives its block with a `Block`: which third (Q, K or V), which
head, the first rows only. Its out-projection W_O ((h·d_v) × d_o) stacks the heads as
row blocks instead: `head_axis(target)` says which, for the dialog and the command line. `offers(session, target, values)` lists the ways the block
fits the session — as it is, transposed, or with the rest of the session resized to it
(new inputs with another d resize the rows of W_Q, W_K, W_V; another n rebuilds the
labels, the padding and the positions) — each an `Offer` with the new session, which
compute accepts. When none fits, `ImportFitError` says so in one sentence naming both
shapes. The session given is never changed: every result is a new frozen Session.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import session as session_limits
from .compute import ComputeError, check_shapes
from .edits import (
    EditError,
    _fit_override,
    _fit_positions,
    ensure_projection_matrices,
    resized,
    set_d,
    set_d_k,
    set_d_v,
    set_projection,
)
from .errors import CoreError
from .session import Session, default_labels

TARGETS = ("inputs", "decoder", "w_q", "w_k", "w_v", "w_o", "positional")
TOKEN_TARGETS = ("inputs", "decoder", "positional")
WEIGHT_TARGETS = ("w_q", "w_k", "w_v", "w_o")
PARTS = ("q", "k", "v")  # the thirds of a packed in-projection's columns
HEAD_AXES = ("columns", "rows")  # where a packed matrix keeps its heads side by side
FIXES = ("as_is", "transpose", "resize")
# How sentences name a target: its symbol, the same in every language (inputs: I, or H in seq2seq).
SYMBOLS = {"inputs": "I", "decoder": "S", "w_q": "W_Q", "w_k": "W_K", "w_v": "W_V", "w_o": "W_O",
           "positional": "P"}
# The largest sizes an import may give: the app's own (core/sizes.py checks every session).
MAX_TOKENS = session_limits.MAX_TOKENS
MAX_DIMENSION = session_limits.MAX_DIM

MESSAGES: dict[str, str] = {
    "target": "{target} cannot be imported; the targets are: {targets}",
    "no_fit": "a {got} matrix does not fit as {target}: the session needs {expected}",
    "decoder_mode": (
        "decoder states belong to seq2seq attention: switch the mode to seq2seq first "
        "(this session is self-attention)"
    ),
    "thirds": "a matrix of {cols} columns cannot be split into Q, K and V (thirds)",
    "heads_split": "{cols} columns cannot be split into {heads} heads of equal width",
    "head_range": "head {head} does not exist: there are {heads} heads",
    "head_range_one": "head {head} does not exist: the matrix is taken as one head",
    "heads_range": "the number of heads must be from 1 to {cols}",
    "rows_range": "the first rows must be from 1 to {rows}",
    "rows_split": "{rows} rows cannot be split into {heads} heads of equal height",
    "heads_rows_range": "the number of heads must be from 1 to {rows}",
    "too_many_tokens": "{rows} tokens are more than the {limit} the app works with",
    "too_wide": "{name} would be {size}, more than the {limit} the app works with",
    "into_head": "this session has {heads} heads: head {head} does not exist",
    # One head's rows of W_O into a session of several heads that has no W_O yet. Turning W_O on
    # (the identity, h·d_v columns) helps only when the rows have that many columns.
    "w_o_missing": (
        "this session has no W_O yet to put head {head}'s rows into: import the whole W_O first "
        "(the rows of all {heads} heads), or turn W_O on"
    ),
    "w_o_missing_columns": (
        "this session has no W_O yet to put head {head}'s rows into: import the whole W_O first "
        "(the rows of all {heads} heads)"
    ),
}


class ImportFitError(CoreError):
    """An imported matrix that cannot go into the session; str() is one English sentence."""

    msg_context = "importing"
    messages = MESSAGES


@dataclass(frozen=True)
class Block:
    """The block of a (packed) matrix to import.

    transpose: transpose the file's matrix first (PyTorch keeps in_proj_weight as
        3E × E, the transpose of the E × 3E layout below).
    part: None (every column) or "q", "k", "v": the first, second or third third
        of the columns.
    heads, head: the columns (of the part) hold `heads` heads side by side; `head`
        (0-based) picks one, None keeps them all.
    heads_in: "columns" (W_Q, W_K, W_V: each head a block of columns) or "rows" (W_O:
        each head a block of rows); see `head_axis`.
    rows: only the first `rows` rows (of the head, when the heads are rows; None: all).
    """

    transpose: bool = False
    part: str | None = None
    heads: int = 1
    head: int | None = None
    rows: int | None = None
    heads_in: str = "columns"


def head_axis(target: str) -> str:
    """Where a model keeps the heads of `target` side by side: W_O's heads are blocks of
    rows (it maps the heads' contexts, concatenated, to the output); every other
    matrix's heads are blocks of columns."""
    return "rows" if target == "w_o" else "columns"


def block_shape(shape: tuple[int, int], block: Block = Block()) -> tuple[int, int]:
    """The shape `block` of a `shape` matrix has (for a preview), or ImportFitError."""
    rows, cols = (shape[1], shape[0]) if block.transpose else shape
    if block.part is not None:
        if cols % 3:
            raise ImportFitError("thirds", cols=cols)
        cols //= 3
    if block.head is not None or block.heads != 1:
        if block.heads_in == "rows":
            rows = _head_size(rows, block, "heads_rows_range", "rows_split", rows=rows)
        else:
            cols = _head_size(cols, block, "heads_range", "heads_split", cols=cols)
    if block.rows is not None:
        if not 1 <= block.rows <= rows:
            raise ImportFitError("rows_range", rows=rows)
        rows = block.rows
    return rows, cols


def _head_size(size: int, block: Block, range_id: str, split_id: str, **sides) -> int:
    """The height or width of one head of `size` rows or columns (all of them without a head)."""
    if not 1 <= block.heads <= size:
        raise ImportFitError(range_id, **sides)
    if size % block.heads:
        raise ImportFitError(split_id, heads=block.heads, **sides)
    if block.head is None:
        return size
    if not 0 <= block.head < block.heads:
        if block.heads == 1:
            raise ImportFitError("head_range_one", head=block.head + 1)
        raise ImportFitError("head_range", head=block.head + 1, heads=block.heads)
    return size // block.heads


def pick_block(values: np.ndarray, block: Block = Block()) -> np.ndarray:
    """Block `block` of `values` (a view when it can be)."""
    block_shape(values.shape, block)  # the checks
    matrix = values.T if block.transpose else values
    if block.part is not None:
        third = matrix.shape[1] // 3
        index = PARTS.index(block.part)
        matrix = matrix[:, index * third:(index + 1) * third]
    if block.head is not None and block.heads_in == "rows":
        height = matrix.shape[0] // block.heads
        matrix = matrix[block.head * height:(block.head + 1) * height]
    elif block.head is not None:
        width = matrix.shape[1] // block.heads
        matrix = matrix[:, block.head * width:(block.head + 1) * width]
    if block.rows is not None:
        matrix = matrix[: block.rows]
    return matrix


def picked_labels(labels: tuple[str, ...] | None, block: Block = Block()) -> tuple[str, ...] | None:
    """The labels that still go with the rows of the block (none once transposed)."""
    if labels is None or block.transpose:
        return None
    if block.heads_in == "rows" and block.head is not None:
        height = len(labels) // block.heads
        labels = labels[block.head * height:(block.head + 1) * height]
    return labels[: block.rows] if block.rows is not None else labels


@dataclass(frozen=True, eq=False)
class Offer:
    """One way to import: `fix` ("as_is", "transpose", "resize"), the matrix's shape as it
    goes in, and the session it gives."""

    fix: str
    shape: tuple[int, int]
    session: Session


def expected_shape(session: Session, target: str, head: int | None = None) -> tuple[str, str]:
    """What the session needs for `target`, as (rows, columns) texts: a number, or the
    letter of a size the import may choose ("m" decoder states, "d_o" output columns)."""
    s = session
    if target == "inputs":
        return str(s.n), str(s.d)
    if target == "decoder":
        return "m", str(s.decoder.shape[1] if s.decoder is not None else s.d)
    if target == "positional":
        return str(s.n), str(s.d)
    if target == "w_o":
        d_o = str(s.w_o.shape[1]) if head is not None and s.w_o is not None else "d_o"
        return str(_width(s, "d_v") if head is not None else s.heads * _width(s, "d_v")), d_o
    d_in = s.query_inputs.shape[1] if target == "w_q" else s.d
    width = _width(s, "d_v" if target == "w_v" else "d_k")
    return str(d_in), str(width if head is not None else s.heads * width)


def _width(session: Session, name: str) -> int:
    """d_k or d_v as the matrices have them (also while the projection is off)."""
    weights = session.w_v if name == "d_v" else session.w_k
    if weights is not None:
        return int(weights.shape[1]) // session.heads
    return session.d


def offers(session: Session, target: str, values, labels: tuple[str, ...] | None = None,
           head: int | None = None) -> tuple[Offer, ...]:
    """The ways `values` (a picked block) fits `session` as `target`, the likeliest first;
    each offered session computes. `head` (0-based): W_Q, W_K or W_V of that head only
    (its columns), or W_O's rows of that head.
    Raises ImportFitError when none fits."""
    if target not in TARGETS:
        raise ImportFitError("target", target=target, targets=", ".join(TARGETS))
    if target == "decoder" and session.mode != "seq2seq":
        raise ImportFitError("decoder_mode")
    if head is not None and not 0 <= head < session.heads:
        raise ImportFitError("into_head", heads=session.heads, head=head + 1)
    values = np.asarray(values, dtype=np.float64)
    if target == "w_o" and head is not None and session.heads > 1 and session.w_o is None:
        turned_on = values.ndim == 2 and values.shape[1] == session.heads * _width(session, "d_v")
        raise ImportFitError("w_o_missing" if turned_on else "w_o_missing_columns",
                             head=head + 1, heads=session.heads)
    order = ("as_is", "resize", "transpose") if target in TOKEN_TARGETS else FIXES
    found: list[Offer] = []
    too_large: ImportFitError | None = None
    for fix in order:
        matrix = values.T if fix == "transpose" else values
        if fix == "transpose" and (labels is not None or np.array_equal(matrix, values)):
            continue
        try:
            _check_size(target, matrix.shape, session, head)
        except ImportFitError as error:
            if fix != "transpose":
                too_large = too_large or error
            continue
        try:
            fitted = _fit(session, target, matrix, labels, head, resize=fix == "resize")
            if fitted is None:
                continue
            check_shapes(fitted)
        except (ComputeError, EditError, ImportFitError):
            continue
        if fix == "resize" and any(fitted == offer.session for offer in found):
            continue  # it needed no resizing: "as is" says it
        found.append(Offer(fix, (int(matrix.shape[0]), int(matrix.shape[1])), fitted))
    if not found and too_large is not None:
        raise too_large
    if not found:
        rows, cols = expected_shape(session, target, head)
        raise ImportFitError("no_fit", got=_shape_text(values.shape),
                             target=target_symbol(target, session.mode),
                             expected=f"{rows} × {cols}")
    return tuple(found)


def import_matrix(session: Session, target: str, values, labels: tuple[str, ...] | None = None,
                  fix: str | None = None, head: int | None = None) -> Session:
    """`session` with `values` as `target`, fitted the likeliest way (`offers`), or the way
    `fix` names when it is offered."""
    found = offers(session, target, values, labels, head)
    if fix is None:
        return found[0].session
    for offer in found:
        if offer.fix == fix:
            return offer.session
    raise ImportFitError("no_fit", got=_shape_text(np.shape(values)),
                         target=target_symbol(target, session.mode),
                         expected=" × ".join(expected_shape(session, target, head)))


def size_changes(before: Session, after: Session) -> list[tuple[str, int, int]]:
    """The sizes an import changed: (name, old, new) for n, m, d, d_k, d_v, heads."""
    changes = []
    for name in ("n", "m", "d", "d_k", "d_v"):
        old = _width(before, name) if name in ("d_k", "d_v") else getattr(before, name)
        new = _width(after, name) if name in ("d_k", "d_v") else getattr(after, name)
        if old != new:
            changes.append((name, old, new))
    return changes


def target_symbol(target: str, mode: str = "self") -> str:
    """The symbol of `target` in sentences: "W_Q", "P", "I" (or "H" for seq2seq's inputs)."""
    return "H" if target == "inputs" and mode == "seq2seq" else SYMBOLS[target]


def _shape_text(shape) -> str:
    return " × ".join(str(int(side)) for side in shape)


def _check_size(target: str, shape, session: Session, head: int | None) -> None:
    rows, cols = int(shape[0]), int(shape[1])
    if target in TOKEN_TARGETS and rows > MAX_TOKENS:
        raise ImportFitError("too_many_tokens", rows=rows, limit=MAX_TOKENS)
    dims = {"inputs": ("d", cols), "decoder": ("d", cols), "positional": ("d", cols),
            "w_o": ("d_v", rows if head is not None else rows // max(session.heads, 1))}
    if target in ("w_q", "w_k", "w_v"):
        width = cols if head is not None else cols // max(session.heads, 1)
        dims[target] = ("d_v" if target == "w_v" else "d_k", width)
        if rows > MAX_DIMENSION:
            raise ImportFitError("too_wide", name="d", size=rows, limit=MAX_DIMENSION)
    name, size = dims[target]
    if size > MAX_DIMENSION:
        raise ImportFitError("too_wide", name=name, size=size, limit=MAX_DIMENSION)
    if target == "w_o" and cols > MAX_DIMENSION:
        raise ImportFitError("too_wide", name="d_o", size=cols, limit=MAX_DIMENSION)


# -- the fits, one per target ------------------------------------------------------


def _fit(session: Session, target: str, matrix: np.ndarray, labels, head, resize: bool) -> Session | None:
    """`session` with `matrix` as `target`: exactly as it fits (`resize` False; None when it
    does not), or with the rest resized to it."""
    if target == "inputs":
        return _fit_inputs(session, matrix, labels, resize)
    if target == "decoder":
        return _fit_decoder(session, matrix, resize)
    if target == "positional":
        return _fit_positional(session, matrix, resize)
    if target == "w_o":
        return _fit_w_o(session, matrix, head, resize)
    return _fit_projection(session, target, matrix, head, resize)


def _fit_inputs(s: Session, matrix: np.ndarray, labels, resize: bool) -> Session | None:
    n, d = matrix.shape
    if not resize and (n, d) != (s.n, s.d):
        return None
    if d != s.d:
        s = set_d(s, d)
    if labels is None or len(labels) != n:
        labels = s.labels if n == s.n else default_labels(n, "h" if s.mode == "seq2seq" else "x")
    fitted = s.replace(inputs=matrix, labels=tuple(labels), **_fit_positions(s, n, d))
    return _fit_override(fitted, fitted.m, fitted.n)


def _fit_decoder(s: Session, matrix: np.ndarray, resize: bool) -> Session | None:
    m, d = matrix.shape
    width = s.decoder.shape[1] if s.decoder is not None else s.d
    if not resize and (m, d) != (s.m, width):
        return None
    if d != width:
        if s.projection:  # only W_Q reads the decoder states
            s = ensure_projection_matrices(s)
            s = s.replace(w_q=resized(s.w_q, d, s.w_q.shape[1]))
        else:
            s = set_d(s, d)
    fitted = s.replace(decoder=matrix)
    return _fit_override(fitted, fitted.m, fitted.n)


def _fit_positional(s: Session, matrix: np.ndarray, resize: bool) -> Session | None:
    rows, d = matrix.shape
    if not resize and (rows, d) != (s.n, s.d):
        return None
    if rows < s.n:  # positions the tokens would lack: no fix makes them up
        return None
    if d != s.d:
        s = set_d(s, d)
    return s.replace(positional="learned", positional_table=matrix[: s.n])


def _projected(s: Session) -> Session:
    return s if s.projection and s.w_q is not None else set_projection(s, True)


def _fit_projection(s: Session, name: str, matrix: np.ndarray, head: int | None,
                    resize: bool) -> Session | None:
    rows, cols = matrix.shape
    s = _projected(s)
    d_in = s.query_inputs.shape[1] if name == "w_q" else s.d
    dimension = "d_v" if name == "w_v" else "d_k"
    width = _width(s, dimension)
    if head is None:
        if cols % s.heads:
            return None
        new_width = cols // s.heads
    else:
        new_width = cols
    if not resize and (rows, new_width) != (d_in, width):
        return None
    if rows != d_in:
        if name == "w_q" and s.mode == "seq2seq" and s.decoder is not None and d_in != s.d:
            s = s.replace(w_q=resized(s.w_q, rows, s.w_q.shape[1]))
        else:
            s = set_d(s, rows)
        if name == "w_q" and s.mode == "seq2seq" and s.query_inputs.shape[1] != rows:
            return None
    if new_width != width:
        s = set_d_v(s, new_width) if dimension == "d_v" else set_d_k(s, new_width)
    if head is None:
        return s.replace(**{name: matrix})
    packed = np.array(getattr(s, name))
    packed[:, head * new_width:(head + 1) * new_width] = matrix
    return s.replace(**{name: packed})


def _fit_w_o(s: Session, matrix: np.ndarray, head: int | None, resize: bool) -> Session | None:
    rows, cols = matrix.shape
    s = _projected(s)
    if head is None and rows % s.heads:
        return None
    height = rows if head is not None else rows // s.heads
    if height != _width(s, "d_v"):
        if not resize:
            return None
        s = set_d_v(s, height)
    if head is None or s.heads == 1:  # one head's rows are all of W_O
        return s.replace(w_o=matrix)
    # One head's rows: the other heads keep theirs, so W_O must be there with as many columns.
    if s.w_o is None or s.w_o.shape[1] != cols:
        return None
    packed = np.array(s.w_o)
    packed[head * height:(head + 1) * height] = matrix
    return s.replace(w_o=packed)


def import_array(session: Session, target: str, imported, block: Block = Block(),
                 head: int | None = None, fix: str | None = None) -> Session:
    """`session` with block `block` of `imported` (an ImportedArray) as `target` (into the
    session's head `head`, 0-based, when given), fitted the likeliest way or as `fix` says."""
    values = pick_block(imported.values, block)
    return import_matrix(session, target, values, picked_labels(imported.labels, block), fix, head)

