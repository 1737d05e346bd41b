"""Angles as horizontal bars on a 0°–90° axis, each with its number: a small picture of
how far apart two subspaces are (0°: the same direction, 90°: at right angles).

Knows nothing of sessions: it takes row labels and angles in degrees.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .plot_widget import PlainPlotWidget

TEXT_COLOR = QColor(30, 30, 30)
GUIDE_COLOR = QColor(110, 110, 110)
BAR_COLOR = QColor(70, 120, 190)
LIMIT_COLOR = QColor(27, 127, 59)
ROW_HEIGHT = 0.7  # of one row
MAX_DEGREES = 90.0


class AngleBars(PlainPlotWidget):
    """Bars of angles in degrees, one row each, top to bottom, with a dashed limit line.

    `set_angles(labels, degrees, decimals)`; `bars` (the BarGraphItem), `texts`
    (one TextItem per row), `limit_line`; `set_limit(degrees, label)`.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        item = self.plot_item
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.invertY(True)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(GUIDE_COLOR))
            axis.setTextPen(pg.mkPen(TEXT_COLOR))
        item.getAxis("bottom").setTicks([[(x, f"{x:g}°") for x in (0, 15, 30, 45, 60, 75, 90)]])
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=ROW_HEIGHT, brush=BAR_COLOR, pen=None)
        item.addItem(self.bars)
        self.limit_line = pg.InfiniteLine(
            pos=0, angle=90, pen=pg.mkPen(LIMIT_COLOR, width=1, style=Qt.PenStyle.DashLine), label="",
            labelOpts={"position": 0.95, "color": LIMIT_COLOR, "anchors": [(0, 0), (0, 0)]},
        )  # fmt: skip
        self.limit_line.setVisible(False)
        item.addItem(self.limit_line)
        self.texts: list[pg.TextItem] = []
        self._labels: tuple[str, ...] | None = None

    def sizeHint(self) -> QSize:
        return QSize(300, 80)

    def set_limit(self, degrees: float | None, label: str = "") -> None:
        """A dashed line at `degrees` (None hides it), labelled `label`."""
        self.limit_line.setVisible(degrees is not None)
        if degrees is not None:
            self.limit_line.setPos(degrees)
            self.limit_line.label.setFormat(label)

    def set_angles(self, labels, degrees, decimals: int = 1) -> None:
        """One bar per row: `labels[i]` on the left, a bar of `degrees[i]` with its number."""
        labels = tuple(labels)
        values = np.clip(np.asarray(degrees, dtype=np.float64), 0.0, MAX_DEGREES)
        rows = np.arange(len(values), dtype=np.float64)
        self.bars.setOpts(x0=np.zeros_like(values), y=rows, width=values, height=ROW_HEIGHT)
        item = self.plot_item
        while len(self.texts) < len(values):
            text = pg.TextItem(anchor=(0, 0.5), color=TEXT_COLOR)
            item.addItem(text)
            self.texts.append(text)
        for index, text in enumerate(self.texts):
            text.setVisible(index < len(values))
            if index < len(values):
                text.setText(f"{values[index]:.{decimals}f}°")
                text.setPos(values[index] + 1.0, rows[index])
        if labels != self._labels:
            self._labels = labels
            item.getAxis("left").setTicks([list(enumerate(labels))])
            item.setRange(xRange=(0, MAX_DEGREES), yRange=(-0.5, max(len(labels), 1) - 0.5), padding=0.02)


class AnglesBox(QWidget):
    """A word-wrapped `label` above the `bars` (AngleBars): a titled picture of angles."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.label)
        self.bars = AngleBars()
        self.bars.setMinimumHeight(80)
        column.addWidget(self.bars)

    def set_angles(self, text: str, labels, degrees) -> None:
        self.label.setText(text)
        self.bars.set_angles(labels, degrees)
