"""Positional encodings: the n × d table added to the inputs the heads see.

Self-attention on its own cannot tell the order of its inputs (shuffle the
rows and the outputs are the same rows shuffled); adding a different vector
to each position is how a transformer learns the order.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .session import Session

# The base of the sinusoids' wavelengths, as in "Attention Is All You Need".
BASE = 10000.0


def sinusoidal_table(n: int, d: int) -> np.ndarray:
    """PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)),
    for pos = 0 … n−1 (an odd d ends with a sine column)."""
    positions = np.arange(n, dtype=np.float64)[:, None]
    even = np.arange(0, d, 2, dtype=np.float64)  # the 2i of each pair of columns
    angles = positions / BASE ** (even / d)
    table = np.empty((n, d))
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles[:, : d // 2])
    return table


def positional_table(session: Session) -> np.ndarray:
    """The n × d table the session adds to its inputs (read-only): zeros when it has none."""
    kind = session.positional
    if kind == "sinusoidal":
        return _frozen_sinusoids(session.n, session.d)
    if kind == "learned" and session.positional_table is not None:
        return session.positional_table
    return _frozen_zeros(session.n, session.d)


@lru_cache(maxsize=8)
def _frozen_zeros(n: int, d: int) -> np.ndarray:
    # Shared between results (it is read-only): no new array per dragged number.
    table = np.zeros((n, d))
    table.flags.writeable = False
    return table


@lru_cache(maxsize=8)
def _frozen_sinusoids(n: int, d: int) -> np.ndarray:
    table = sinusoidal_table(n, d)
    table.flags.writeable = False
    return table


def positioned_inputs(session: Session) -> np.ndarray:
    """inputs + positions: what the heads see (the inputs themselves when there are none)."""
    if session.positional == "none":
        return session.inputs
    return session.inputs + positional_table(session)
