"""Colour levels that follow the data without jumping: nice numbers and lazy tracking.

A diverging colour range is ±L, L a nice number (1, 2, 2.5, 5 × 10^k). L grows
at once when a value leaves it (nothing is ever clipped) and shrinks only when
the data use less than half of it, and never during a drag, so a dragged number
rarely moves every colour. The colour bar is labelled at −L, 0 and L. No Qt here.
"""

from __future__ import annotations

import math


def nice_ceil(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ x (x > 0); 1 for anything else."""
    if not x > 0 or not math.isfinite(x):
        return 1.0
    power = 10.0 ** math.floor(math.log10(x))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * power >= x * (1.0 - 1e-12):
            return step * power
    return 10.0 * power


def track_limit(current: float | None, largest: float, hold: bool = False) -> float:
    """Half-width L of a diverging colour range that follows |max| without jumping.

    Grows at once when the data leave (−L, L), so no value is ever clipped;
    shrinks only when the data use less than half of it. Both land on a nice
    number with 10 % headroom. While `hold` (a drag is on) it never shrinks and
    grows with room for twice the value, so a long drag moves the colours rarely.
    """
    if current is not None and hold:
        # Room for the drag to go on: twice the value, so a long drag moves the colours rarely.
        return current if largest <= current else nice_ceil(largest * 2.0)
    if current is None or largest > current or largest < current / 2:
        return nice_ceil(max(largest, 1e-9) * 1.1)
    return current


def bar_ticks(low: float, high: float) -> tuple[float, float, float]:
    """Where a colour bar over [low, high] is labelled: both ends and the middle
    (0 of a symmetric range), so it reads as the nice numbers it is (±2.5, not "2 … −2")."""
    return (low, (low + high) / 2, high)
