"""The Train panel's loss plot: the goal line, the total loss and one curve per head.

Log scale on y (a loss of exactly 0 has no place there, so it is drawn at 1e-300);
the view's y coordinate is log10(loss). Knows nothing of sessions or training.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from .axes import cached_axes
from .colors import head_color
from .train_pieces import SizedPlotWidget, style_loss_plot

TOTAL_COLOR = QColor(200, 40, 40)  # the one curve of one head
SUM_COLOR = QColor(60, 60, 60)  # the total over several heads, under the heads' curves
SMALLEST_LOSS = 1e-300


class LossCurves:
    """A loss plot (`widget`) with `goal_line`, `total_curve` and `head_curves`.

    With one head only the total is drawn (in red); with several, every head's
    curve in its colour and the total as a thin dashed line, with a legend.
    """

    def __init__(self, goal: float, guide: QColor, text: QColor) -> None:
        self.widget = SizedPlotWidget(background="w", axisItems=cached_axes("left", "bottom"))
        self.item: pg.PlotItem = self.widget.getPlotItem()
        style_loss_plot(self.item, guide, text)
        self.goal_line = pg.InfiniteLine(
            pos=math.log10(goal), angle=0,
            pen=pg.mkPen(guide, width=1, style=Qt.PenStyle.DashLine), label=" ",
            labelOpts={"position": 0.85, "color": guide, "anchors": [(0.5, 1), (0.5, 1)]},
        )  # fmt: skip
        self.item.addItem(self.goal_line)
        self.total_curve = pg.PlotDataItem(pen=pg.mkPen(TOTAL_COLOR, width=2))
        self.item.addItem(self.total_curve)
        self.head_curves: list[pg.PlotDataItem] = []
        self.legend: pg.LegendItem | None = None
        self._names: tuple[str, str] = ("head {head}", "total")
        self.item.enableAutoRange()

    def set_names(self, head: str, total: str) -> None:
        """The legend's words: `head` with a {head} placeholder (1-based), and the total."""
        self._names = (head, total)
        self._fill_legend()

    def show(self, total, heads=None) -> None:
        """Draw the total loss per step and, with several heads, `heads` (heads × steps)."""
        steps = np.arange(len(total), dtype=np.float64)
        total = np.maximum(np.asarray(total, dtype=np.float64), SMALLEST_LOSS)
        heads = np.zeros((0, len(total))) if heads is None else np.asarray(heads, dtype=np.float64)
        several = heads.shape[0] > 1 and heads.shape[1] == len(total)
        self._set_head_count(heads.shape[0] if several else 0)
        for curve, losses in zip(self.head_curves, heads if several else (), strict=False):
            curve.setData(steps, np.maximum(losses, SMALLEST_LOSS))
        self.total_curve.setPen(pg.mkPen(SUM_COLOR, width=1, style=Qt.PenStyle.DashLine)
                                if several else pg.mkPen(TOTAL_COLOR, width=2))
        self.total_curve.setData(steps, total)
        self.item.enableAutoRange()

    def clear(self) -> None:
        self.total_curve.setData([], [])
        for curve in self.head_curves:
            curve.setData([], [])
        # An empty frame from 0.0001 to 10 (log10: −4 … 1) rather than pyqtgraph's default.
        self.item.setRange(xRange=(0, 100), yRange=(-4, 1), padding=0)

    def _set_head_count(self, count: int) -> None:
        if count == len(self.head_curves):
            return
        while len(self.head_curves) > count:
            self.item.removeItem(self.head_curves.pop())
        while len(self.head_curves) < count:
            curve = pg.PlotDataItem(pen=pg.mkPen(head_color(len(self.head_curves)), width=2))
            self.item.addItem(curve)
            self.head_curves.append(curve)
        self._fill_legend()

    def _fill_legend(self) -> None:
        if self.legend is None:
            if not self.head_curves:
                return
            self.legend = self.item.addLegend(offset=(-4, 4), labelTextSize="8pt",
                                              brush=pg.mkBrush(255, 255, 255, 210))
        self.legend.clear()
        self.legend.setVisible(bool(self.head_curves))
        head, total = self._names
        for index, curve in enumerate(self.head_curves):
            self.legend.addItem(curve, head.format(head=index + 1))
        if self.head_curves:
            self.legend.addItem(self.total_curve, total)
