"""The largest sizes the app takes, checked in one place.

At most `MAX_TOKENS` (512) tokens and queries and `MAX_DIM` (1024) for every
other dimension: d, the decoder states' width, the heads' columns side by side
(h·d_k, h·d_v) and W_O's. Beyond them the views would no longer follow a drag,
so a file, an import or an edit that would exceed them is refused with one
sentence (`SizeError`) instead of freezing the app. The additive score keeps an
m × n × hidden array, so it has its own cap on that product.

`check_size(rows, cols, what)` checks one matrix by its session name (an
importer calls it before building anything); `check_session_sizes(session)`
checks a whole session (compute's `check_shapes` and the session files call it).
"""

from __future__ import annotations

from .errors import CoreError
from .session import MAX_DIM, MAX_TOKENS, Session

# The additive score holds tanh(...) for every (query, key, hidden unit): m·n·hidden numbers.
MAX_ADDITIVE_NUMBERS = 2**23

# What bounds the rows and the columns of each matrix, by its session name.
TOKENS, DIMENSION = "tokens", "dimension"
_BOUNDS: dict[str, tuple[str, str]] = {
    "inputs": (TOKENS, DIMENSION),
    "decoder": (TOKENS, DIMENSION),
    "positional_table": (TOKENS, DIMENSION),
    "positional": (TOKENS, DIMENSION),  # the importer's name of the table
    "weights_override": (TOKENS, TOKENS),
    "w_q": (DIMENSION, DIMENSION),
    "w_k": (DIMENSION, DIMENSION),
    "w_v": (DIMENSION, DIMENSION),
    "w_o": (DIMENSION, DIMENSION),
    "w_a": (DIMENSION, DIMENSION),
}
_LIMITS = {TOKENS: MAX_TOKENS, DIMENSION: MAX_DIM}

MESSAGES: dict[str, str] = {
    "too_many_rows": (
        "{what} has {count} rows, but at most {max} tokens or queries fit: "
        "the views would be too slow to follow a drag"
    ),
    "too_many_columns": (
        "{what} has {count} columns, but at most {max} fit: "
        "the views would be too slow to follow a drag"
    ),
    "too_many_rows_dim": (
        "{what} has {count} rows, but no dimension may exceed {max}: "
        "the views would be too slow to follow a drag"
    ),
    "too_many_columns_tokens": (
        "{what} has {count} columns, but at most {max} tokens fit: "
        "the views would be too slow to follow a drag"
    ),
    "additive_too_big": (
        "the additive score would need {m} × {n} × {hidden} = {count} numbers, more than {max}: "
        "use fewer tokens, a narrower W_a or another score"
    ),
}


class SizeError(CoreError):
    """A matrix beyond the largest sizes; str() is one English sentence naming it."""

    msg_context = "sizes"
    messages = MESSAGES


def limits(what: str) -> tuple[int, int]:
    """The most rows and columns matrix `what` (a session name) may have."""
    rows, cols = _BOUNDS.get(what, (DIMENSION, DIMENSION))
    return _LIMITS[rows], _LIMITS[cols]


def check_size(rows: int, cols: int, what: str) -> None:
    """Raise SizeError if a rows × cols matrix `what` (e.g. "inputs", "w_q") is too big."""
    row_bound, col_bound = _BOUNDS.get(what, (DIMENSION, DIMENSION))
    if rows > _LIMITS[row_bound]:
        msg_id = "too_many_rows" if row_bound == TOKENS else "too_many_rows_dim"
        raise SizeError(msg_id, what=what, count=int(rows), max=_LIMITS[row_bound])
    if cols > _LIMITS[col_bound]:
        msg_id = "too_many_columns" if col_bound == DIMENSION else "too_many_columns_tokens"
        raise SizeError(msg_id, what=what, count=int(cols), max=_LIMITS[col_bound])


def check_session_sizes(session: Session) -> None:
    """Raise SizeError for the first matrix of `session` beyond the largest sizes."""
    for name in ("inputs", "decoder", "w_q", "w_k", "w_v", "w_o", "w_a", "positional_table"):
        matrix = getattr(session, name)
        if matrix is not None:
            check_size(matrix.shape[0], matrix.shape[1], name)
    for weights in session.weights_overrides:
        if weights is not None:
            check_size(weights.shape[0], weights.shape[1], "weights_override")
    if session.score_kind == "additive" and session.w_a is not None:
        m, n, hidden = session.m, session.n, int(session.w_a.shape[1])
        if m * n * hidden > MAX_ADDITIVE_NUMBERS:
            raise SizeError("additive_too_big", m=m, n=n, hidden=hidden, count=m * n * hidden,
                            max=MAX_ADDITIVE_NUMBERS)
