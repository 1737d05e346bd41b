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


def parse_number(text: str) -> float | None:
    """The finite number in `text` ("1,5" counts as 1.5, "−2" as -2), or None."""
    cleaned = text.strip().replace("\u2212", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def step_decimals(step: float) -> int:
    """Decimals a value changed in steps of `step` is rounded to: 0.01 → 2, 0.005 → 3."""
    return max(0, -math.floor(math.log10(step) + 1e-9))
