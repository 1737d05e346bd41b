"""Small pieces of the Train panel: its settings grid, the learning-rate box and the loss
plot's frame and axes."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from ..core.format import fmt
from .number_box import DecimalSpinBox

RATE_RANGE = (1e-4, 1.0)
COMBO_MIN_WIDTH = 90  # pixels: a combo box may shrink to this in a narrow panel


def _rates_125() -> list[float]:
    """1, 2, 5 × 10^k within RATE_RANGE: the learning rates the arrows step through."""
    low, high = RATE_RANGE
    rates = [c * 10.0**k for k in range(-5, 2) for c in (1, 2, 5)]
    return [r for r in rates if low * (1 - 1e-9) <= r <= high * (1 + 1e-9)]


class SizedPlotWidget(pg.PlotWidget):
    """A PlotWidget with a fixed preferred size.

    QGraphicsView's own size hint is its current size, which in a scroll area
    with word-wrapped labels (height for width) would keep the contents as tall
    as they ever were.
    """

    def sizeHint(self) -> QSize:
        return QSize(320, 220)


class LogSpinBox(DecimalSpinBox):
    """A positive number whose arrows step through 1, 2, 5 × 10^k (any value can be typed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(4)
        self.setRange(*RATE_RANGE)
        self._steps = _rates_125()

    def stepBy(self, steps: int) -> None:
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                bigger = [r for r in self._steps if r > value * (1 + 1e-9)]
                value = bigger[0] if bigger else value
            else:
                smaller = [r for r in self._steps if r < value * (1 - 1e-9)]
                value = smaller[-1] if smaller else value
        self.setValue(value)

    def textFromValue(self, value: float) -> str:
        return fmt(value, 4)


def style_loss_plot(item: pg.PlotItem, guide: QColor, text: QColor) -> None:
    """The loss plot's frame: log scale, a light grid, no menu or buttons, quiet axes."""
    item.setLogMode(x=False, y=True)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.showGrid(x=False, y=True, alpha=0.25)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(guide))
        axis.setTextPen(pg.mkPen(text))


class SettingsGrid(QGridLayout):
    """Target:, Optimizer: and rate η:, Learn: with a check box per matrix (texts set by
    the caller). `target_combo` and `optimizer_combo` hold the data given, with empty
    texts; `labels` are the target, optimizer, rate and learn labels."""

    def __init__(self, targets, optimizers, matrices: dict[str, str], checked) -> None:
        super().__init__()
        self.setHorizontalSpacing(6)
        self.target_combo, self.optimizer_combo = QComboBox(), QComboBox()
        for combo, entries in ((self.target_combo, targets), (self.optimizer_combo, optimizers)):
            for data in entries:
                combo.addItem("", data)
            # May shrink below its longest entry: a narrow panel must not push the
            # buttons below out of the scroll area's view.
            combo.setMinimumWidth(COMBO_MIN_WIDTH)
        self.rate_spin = LogSpinBox()
        self.labels = QLabel(), QLabel(), QLabel(), QLabel()
        self.addWidget(self.labels[0], 0, 0)
        self.addWidget(self.target_combo, 0, 1, 1, 3)
        self.addWidget(self.labels[1], 1, 0)
        self.addWidget(self.optimizer_combo, 1, 1)
        self.addWidget(self.labels[2], 1, 2, Qt.AlignmentFlag.AlignRight)
        self.addWidget(self.rate_spin, 1, 3)
        self.addWidget(self.labels[3], 2, 0)
        learn_row = QHBoxLayout()
        self.matrix_checks: dict[str, QCheckBox] = {}
        for name, symbol in matrices.items():
            check = QCheckBox(symbol)
            check.setChecked(name in checked)
            self.matrix_checks[name] = check
            learn_row.addWidget(check)
        learn_row.addStretch(1)
        self.addLayout(learn_row, 2, 1, 1, 3)
        self.setColumnStretch(1, 1)
