"""A number box in the app's decimal separator that accepts "0.5" and "0,5" alike.

QDoubleSpinBox writes and reads numbers in its QLocale, which follows the
system, not the language chosen in the app, and takes only that locale's
separator (a Turkish locale would even read "0.5" as a thousands group).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from ..core.format import fixed, parse_number

# What may still become a number while it is typed: "", "-", "0,", "1.", ",5".
_PARTIAL = re.compile(r"[+\-\u2212]?\d*[.,]?\d*")


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that shows its value with `format`'s decimal separator and
    reads both separators (`format.parse_number`)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        return fixed(value, self.decimals())

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        number = parse_number(text)
        return self.value() if number is None else number

    def validate(self, text: str, pos: int):
        number = parse_number(text)
        if number is not None and self.minimum() <= number <= self.maximum():
            state = QValidator.State.Acceptable
        elif number is not None or _PARTIAL.fullmatch(text.strip()):
            state = QValidator.State.Intermediate
        else:
            state = QValidator.State.Invalid
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text
