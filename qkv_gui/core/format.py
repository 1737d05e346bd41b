"""Numbers as the learner sees them.

Cells (heatmaps, editors, figure) use one rule: `decimals_for` picks a fixed
number of decimals per plot, `fixed` writes every cell with it, so no cell
is ever in scientific notation and one font size fits them all; a tiny value
reads 0.000. `exact` gives the value itself (tooltips, explain), `fmt` the
short text of a single number elsewhere.

Numbers on screen and in exports meant for reading (figure, LaTeX, Markdown)
use the language's decimal separator, which `i18n` sets here once per language
(`set_decimal_separator`): "0.5" in English, "0,5" in Turkish. Files for
programs (CSV, JSON, TSV) always use a point; typing accepts both.
"""

from __future__ import annotations

import math

import numpy as np

MINUS = "\u2212"  # the real minus sign, as wide as the plus
MAX_DECIMALS = 3
# About four significant digits for the largest number of a plot: 1.234, 12.34, 123.4, 1234.
_SIGNIFICANT = 4
# Between groups of three whole digits (10 000 000): a narrow no-break space, the same in
# every language (a point would be a decimal point in English, a comma one in Turkish).
DIGIT_GROUP = "\u202f"
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
SEPARATORS = (".", ",")
_decimal_separator = "."


def set_decimal_separator(separator: str) -> None:
    """The decimal separator of every number shown from now on: "." or ","."""
    global _decimal_separator
    if separator not in SEPARATORS:
        raise ValueError(f"decimal separator must be one of {SEPARATORS}, not {separator!r}")
    _decimal_separator = separator


def decimal_separator() -> str:
    """The decimal separator numbers are shown with ("." or ",")."""
    return _decimal_separator


def list_separator() -> str:
    """What separates the numbers of a list ("[1.5, 2]", "[1,5; 2]"): never the decimal separator."""
    return "; " if _decimal_separator == "," else ", "


def with_separator(text: str, decimal: str | None = None) -> str:
    """`text`, a number written with a point, with the decimal separator `decimal`
    (default: the one in use)."""
    separator = _decimal_separator if decimal is None else decimal
    return text if separator == "." else text.replace(".", separator)


def fmt(x: float, decimals: int = 3, *, decimal: str | None = None) -> str:
    """Short text of one number on its own (a label, a message, an export):
    integers without decimals, else up to `decimals` decimals; very large or very
    small magnitudes in scientific notation. Cells use `fixed`, formulas `exact`.
    `decimal`: the decimal separator (default: the one in use).
    """
    x = float(x)
    if math.isnan(x):
        return "–"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x) and abs(x) < 1e6:
        return str(int(x))
    if abs(x) >= 1e5 or abs(x) < 10 ** -decimals:
        return with_separator(f"{x:.{decimals}g}", decimal)
    text = f"{x:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else with_separator(text, decimal)


def parse_number(text: str) -> float | None:
    """The finite number in `text`, or None: "1.5" and "1,5" both count as 1.5
    (whatever the language), "−2" as -2; "1,234.5" is refused, not guessed."""
    value = parse_float(text)
    return value if value is not None and math.isfinite(value) else None


def parse_float(text: str) -> float | None:
    """The number in `text` as `parse_number` reads it, but "nan", "inf" and "1e400"
    (infinite as a float) come back too, so a cell can say why it refuses them."""
    cleaned = text.strip().replace("\u2212", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def step_decimals(step: float) -> int:
    """Decimals a value changed in steps of `step` is rounded to: 0.01 → 2, 0.005 → 3."""
    return max(0, -math.floor(math.log10(step) + 1e-9))


def decimals_for(values, max_decimals: int = MAX_DECIMALS) -> int:
    """Decimals for every number of one plot.

    The fewest that show each finite value exactly (integers: none), at most
    `max_decimals` and at most what leaves the largest magnitude about four
    significant digits (12.34, 123.4). A tiny value (2.6e-24) is not exact at
    any of them, so the plot gets the most decimals and the value reads 0.000.
    """
    flat = np.asarray(values, dtype=np.float64).ravel()
    finite = np.isfinite(flat)
    if not finite.all():
        flat = flat[finite]
    if flat.size == 0:
        return 0
    cap = _decimals_cap(float(np.max(np.abs(flat))), max_decimals)
    # A few values first: computed numbers fail on them at once, so a large plot
    # does not round every number at every count of decimals.
    sample = flat[:: max(1, flat.size // _SAMPLE)] if flat.size > 4 * _SAMPLE else None
    for decimals in range(cap):
        if sample is not None and not _exact_at(sample, decimals):
            continue
        if _exact_at(flat, decimals):
            return decimals
    return cap


_SAMPLE = 64
# Above this share of changed cells `decimals_after_edit` works the matrix out afresh.
_FEW_CHANGED = 0.01


def largest_magnitude(values: np.ndarray) -> float:
    """The largest |value| of a non-empty array, from one min and one max (no |values|
    array: at n = 512 a matrix holds 262 144 numbers); NaN when a value is NaN, and
    infinite when one is."""
    low, high = float(values.min()), float(values.max())
    if math.isnan(low) or math.isnan(high):
        return math.nan
    return max(-low, high)


def _decimals_cap(largest: float, max_decimals: int) -> int:
    """The most decimals that leave `largest` about four significant digits."""
    if largest >= 1.0:
        return max(0, min(max_decimals, _SIGNIFICANT - 1 - math.floor(math.log10(largest))))
    return max_decimals


def decimals_after_edit(previous, previous_decimals: int | None, values,
                        max_decimals: int = MAX_DECIMALS, changed: np.ndarray | None = None) -> int:
    """`decimals_for(values)`, given that `previous_decimals` is `decimals_for(previous)`:
    when only a few cells changed (a drag moves one), only they are looked at.

    Exactness at d decimals holds at d + 1 too, so when an unchanged cell needs
    `previous_decimals` (certain when the changed cells' old numbers needed fewer;
    else looked for in a sample), the answer is the larger of it and what the new
    numbers need, within the cap of the new largest magnitude. `changed`: the flat
    indices of the changed cells, when already known.
    """
    previous = np.asarray(previous, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    if previous_decimals is None or previous.shape != values.shape or not values.size:
        return decimals_for(values, max_decimals)
    if changed is None:
        changed = np.flatnonzero(previous.ravel() != values.ravel())
    if not changed.size:
        return previous_decimals
    old, new = previous.ravel()[changed], values.ravel()[changed]
    # min and max are NaN or infinite when any number is: those are worked out afresh.
    old_largest, largest = largest_magnitude(previous), largest_magnitude(values)
    if changed.size > _FEW_CHANGED * values.size or not math.isfinite(old_largest + largest):
        return decimals_for(values, max_decimals)
    old_cap = _decimals_cap(old_largest, max_decimals)
    if previous_decimals >= old_cap:  # at the cap it says nothing about the unchanged cells
        return decimals_for(values, max_decimals)
    if previous_decimals and not _exact_at(old, previous_decimals - 1):
        # The changed cells needed that many: does an unchanged one too? A few looked at.
        sample = np.arange(0, values.size, max(1, values.size // _SAMPLE))
        sample = sample[~np.isin(sample, changed)]
        if _exact_at(previous.ravel()[sample], previous_decimals - 1):
            return decimals_for(values, max_decimals)
    cap = _decimals_cap(largest, max_decimals)
    needed = next((d for d in range(previous_decimals, cap) if _exact_at(new, d)), cap)
    return min(needed, cap)


def _exact_at(flat: np.ndarray, decimals: int) -> bool:
    return bool(np.all(np.abs(np.round(flat, decimals) - flat) <= 1e-9 * np.abs(flat)))


def fewer_decimals(decimals: int) -> range:
    """The decimals to try, most first, when a plot's numbers do not fit their cells:
    down to one (never to none, which would round 0.4 to a misleading 0)."""
    return range(decimals, min(decimals, 1) - 1, -1)


def fixed(value: float, decimals: int, *, decimal: str | None = None) -> str:
    """`value` with exactly `decimals` decimals and a real minus; never "−0.000".
    `decimal`: the decimal separator (default: the one in use)."""
    value = float(value)
    if math.isnan(value):
        return "–"
    if math.isinf(value):
        return "∞" if value > 0 else MINUS + "∞"
    text = f"{value:.{decimals}f}"
    if text[0] == "-":
        text = text[1:] if not text.strip("-0.") else MINUS + text[1:]
    return with_separator(text, decimal)


def exact(value: float, digits: int = 6, *, decimal: str | None = None) -> str:
    """`value` to `digits` significant digits (a big number keeps all its whole
    digits), trailing zeros dropped, real minus; a tiny magnitude as 2.6×10⁻²⁴:
    tooltips and explain show the value a 0.000 cell stands for. `decimal`: the
    decimal separator (default: the one in use)."""
    value = float(value)
    if math.isnan(value):
        return "–"
    if math.isinf(value):
        return "∞" if value > 0 else MINUS + "∞"
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text and 1.0 <= abs(value) < 1e15:
        text = f"{value:.0f}"  # a big number: its whole digits
    elif "e" in text:
        mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}×10{str(int(exponent)).translate(_SUPERSCRIPTS)}"
    elif "." in text:
        text = text.rstrip("0").rstrip(".")
    return with_separator(text.replace("-", MINUS), decimal)


def grouped(value: float, digits: int = 6, *, decimal: str | None = None) -> str:
    """`exact(value)` with its whole digits in groups of three when it has five or
    more (12 345, −1 000 000): a big number in a sentence."""
    text = exact(value, digits, decimal=decimal)
    sign = MINUS if text.startswith(MINUS) else ""
    whole = text[len(sign):]
    if "×" in whole:
        return text
    rest = ""
    for separator in SEPARATORS:
        if separator in whole:
            whole, rest = whole.split(separator)
            rest = separator + rest
    if len(whole) < 5:
        return text
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
    return sign + DIGIT_GROUP.join(groups) + rest
