"""The colour bar beside a matrix plot, with cached-bounds axes."""

from __future__ import annotations

import pyqtgraph as pg

from .axes import cached_axes


class ColorBar(pg.ColorBarItem):
    """A ColorBarItem whose four axes (the frame and the scale) keep their
    bounding rects (CachedAxisItem): pyqtgraph's work them out in Python
    several times in every repaint of the heatmap beside them."""

    def setAxisItems(self, axisItems=None) -> None:  # noqa: N802, N803 (pyqtgraph's names)
        if axisItems is None:
            axisItems = cached_axes("left", "right", "top", "bottom")  # noqa: N806
        super().setAxisItems(axisItems)
