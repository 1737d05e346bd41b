"""The one rule for how big a number of a session may be, and the sentence when a cell breaks it.

Every number the app holds, typed, pasted, dragged, imported or read from a file,
is finite and within ±MAX_ABS_VALUE: beyond that it is a slip (a typo, a wrong
unit), the scores would overflow, and a session holding it could be neither saved
nor recovered. Session files (`session_io`), the importers (`importing`) and the
model's edit check all read the limit from here.

A refused edit names the cell as the editor shows it, the matrix's symbol with
its row and column labels ("I[cat, 2]", as Explain writes cells), and the number
as `format.grouped` writes it.
"""

from __future__ import annotations

import math

import numpy as np

from . import matrices
from .errors import CoreError
from .format import grouped, largest_magnitude
from .session import EDITABLE, STAGE_EDITABLE, Session

MAX_ABS_VALUE = 1e6

# One English template per msg_id; the GUI translates them in the context "cell_values".
MESSAGES: dict[str, str] = {
    "beyond": "{cell} cannot be {value}: a cell holds numbers between {low} and {high}",
    # What was typed or pasted, quoted, when it is no finite number at all ("inf", "1e400").
    "typed_beyond": "{cell} cannot be “{text}”: a cell holds numbers between {low} and {high}",
}


class CellValueError(CoreError):
    """A number a cell may not hold (not finite, or beyond ±MAX_ABS_VALUE)."""

    msg_context = "cell_values"
    messages = MESSAGES


def allowed(value: float) -> bool:
    """Whether a cell may hold `value`."""
    return math.isfinite(value) and abs(value) <= MAX_ABS_VALUE


def first_not_allowed(values: np.ndarray) -> tuple[int, ...] | None:
    """The index of the first number a cell may not hold, or None when a cell may hold them all."""
    # NaN compares False: then looked for below, with the other numbers a cell may not hold.
    if values.size and largest_magnitude(values) <= MAX_ABS_VALUE:
        return None
    bad = ~(np.abs(values) <= MAX_ABS_VALUE)  # NaN compares False: not allowed either
    if not bad.any():
        return None
    return tuple(int(i) for i in np.argwhere(bad)[0])


def cell_error(session: Session, name: str, row: int, col: int, value: float,
               text: str | None = None, head: int = 0, words: dict[str, str] | None = None) -> CellValueError:
    """Why cell (row, col) (0-based) of matrix `name` cannot hold `value`, typed as `text`.

    The hand-set weights are head `head`'s (0-based); their symbol is a word,
    "weight", and with several heads it names the head: weight (head 2)[cat, sat].
    `words`: "weight" and "head" in the reader's language (`i18n.formula_words`).
    """
    rows, cols = _shape(session, name)
    row_label = matrices.row_labels(name, session, rows)[row]
    col_label = matrices.col_labels(name, session, cols)[col]
    symbol = matrices.symbol(name, session.mode)
    if name == "weights_override":
        words = {"weight": "weight", "head": "head", **(words or {})}
        symbol = words["weight"] if session.heads == 1 else f"{words['weight']} ({words['head']} {head + 1})"
    cell = f"{symbol}[{row_label}, {col_label}]"
    if not math.isfinite(value):
        return CellValueError("typed_beyond", cell=cell, text=text or str(value), **limit_words())
    return CellValueError("beyond", cell=cell, value=written(value), **limit_words())


def limit_words() -> dict[str, str]:
    """The limit as sentences write it: {"low": "−1 000 000", "high": "1 000 000"}."""
    return {"low": grouped(-MAX_ABS_VALUE), "high": grouped(MAX_ABS_VALUE)}


def written(value: float) -> str:
    """A number beyond the limit as sentences write it (`format.grouped`)."""
    # 1 000 000.4 is beyond the limit too: its decimals then say so.
    digits = 6 if abs(round(value)) > MAX_ABS_VALUE else 15
    return grouped(value, digits)


def check_cells(session: Session, before: Session | None = None,
                words: dict[str, str] | None = None) -> None:
    """Raise CellValueError (see `cell_error`) for the first number of an editable
    matrix of `session` a cell may not hold. With `before`, only the matrices that
    are not `before`'s very arrays are looked at: an edit changes one, and the
    others were checked."""
    for name, head, values, old in _matrices(session, before):
        if values is None or values is old:
            continue
        where = first_not_allowed(values)
        if where is not None:
            row, col = where if len(where) == 2 else (0, where[0])  # v_a is a vector
            value = float(np.atleast_2d(values)[row, col])
            raise cell_error(session, name, row, col, value, head=head, words=words)


def _matrices(session: Session, before: Session | None):
    """(name, head, the session's array, `before`'s array or None) of every editable
    matrix; the hand-set weights once per head."""
    for name in (*EDITABLE, *STAGE_EDITABLE):
        if name == "weights_override":
            for head in range(session.heads):
                old = before.head_override(head) if before is not None and head < before.heads else None
                yield name, head, session.head_override(head), old
        else:
            yield name, 0, getattr(session, name), None if before is None else getattr(before, name)


def _shape(session: Session, name: str) -> tuple[int, int]:
    if name == "weights_override":  # every head's: one weight per query and key
        return session.m, session.n
    return session.matrix(name).shape
