"""Plot titles that never force their plot wider than the widget."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


class TitleLabel(pg.LabelItem):
    """A LabelItem whose text may be wider than the label (centred, overhanging)
    instead of forcing the layout wider: titles stay whole in narrow views."""

    def updateMin(self) -> None:
        super().updateMin()
        self.setMinimumWidth(0)
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, self.itemRect().height())


class OverhangingTitle(TitleLabel):
    """A title that neither sets the minimum nor the preferred width of its plot, so
    side-by-side plots with titles of different lengths keep the same width."""

    def updateMin(self) -> None:
        super().updateMin()
        self._sizeHint[Qt.SizeHint.PreferredSize] = (0, self.itemRect().height())
        self.updateGeometry()


def replace_title(plot: pg.PlotItem, title: TitleLabel, height: int) -> TitleLabel:
    """Put `title` in place of `plot`'s own title row, over its whole width
    (axes and colour bar included), `height` pixels tall."""
    plot.layout.removeItem(plot.titleLabel)
    plot.titleLabel.setVisible(False)
    plot.layout.addItem(title, 0, 0, 1, 6)
    plot.layout.setRowFixedHeight(0, height)
    return title
