"""One formatting function for every number the learner sees."""

from __future__ import annotations

import math


def fmt(x: float, decimals: int = 3) -> str:
    """Short, exact-looking text: integers without decimals, else up to 3 decimals.

    Very large or very small magnitudes use scientific notation so a cell never
    shows a misleading "0".
    """
    x = float(x)
    if math.isnan(x):
        return "–"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x) and abs(x) < 1e6:
        return str(int(x))
    if abs(x) >= 1e5 or abs(x) < 10 ** -decimals:
        return f"{x:.{decimals}g}"
    text = f"{x:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
