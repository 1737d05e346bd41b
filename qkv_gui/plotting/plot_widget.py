"""Plot widgets on plain white, and the flag that keeps layout items out of repaints."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from .axes import cached_axes


def mark_containers(*items) -> None:
    """Tell Qt these layout items (layouts, plots, labels) draw nothing themselves.

    Qt then no longer asks them for their bounding rect, in Python, on every
    repaint of the view (their children still paint as before).
    """
    for item in items:
        if item is not None:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)


class PlainPlotWidget(pg.PlotWidget):
    """A PlotWidget on white with cached-bounds left and bottom axes, and
    `plot_item`. No background cache: filling plain white is cheaper than
    pyqtgraph's cached pixmap on every repaint."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems=cached_axes("left", "bottom"))
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.plot_item: pg.PlotItem = self.getPlotItem()
