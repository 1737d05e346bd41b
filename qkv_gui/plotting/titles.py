"""Plot titles that never force their plot wider than the widget."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

# Pixels at the right end of a plot widget's top edge kept free for the plot's
# export button (`export.PlotExportButton`: 22 px and a 3 px margin, and a gap).
CORNER_ROOM = 30.0
SMALLEST_TITLE = 0.8  # a title too wide for its row shrinks, down to this scale


class TitleLabel(pg.LabelItem):
    """A LabelItem whose text may be wider than the label (centred, overhanging)
    instead of forcing the layout wider: titles stay whole in narrow views.

    Centred unless that reaches into the widget's top-right CORNER_ROOM (the
    export button): then it moves left, as far as the label's left edge, and
    one still too wide shrinks a little (to SMALLEST_TITLE)."""

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        self.item.setScale(1.0)
        super().resizeEvent(ev)
        self._clear_corner()

    def text_rect(self):
        """Where the text is, in the widget's (scene) pixels."""
        return self.mapRectToScene(self.itemRect())

    def _clear_corner(self) -> None:
        scene = self.scene()
        views = scene.views() if scene is not None else []
        if not views:
            return
        limit = self.mapFromScene(QPointF(views[0].width() - CORNER_ROOM, 0.0)).x()
        rect, bounds = self.rect(), self.itemRect()
        room = limit - rect.left()
        if bounds.width() > room > 0:
            self.item.setScale(max(SMALLEST_TITLE, room / bounds.width()))
            bounds = self.itemRect()
            self.item.moveBy(rect.center().x() - bounds.center().x(), 0.0)
            bounds = self.itemRect()
        shift = min(bounds.right() - limit, bounds.left() - rect.left())
        if shift > 0:
            self.item.moveBy(-shift, 0.0)

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


def clear_corner_title(plot: pg.PlotItem) -> TitleLabel:
    """Give `plot` a TitleLabel in place of its own title (same place; setTitle
    works as before), so its title keeps clear of the export button."""
    old = plot.titleLabel
    title = TitleLabel("", size="11pt")
    plot.layout.removeItem(old)
    old.setVisible(False)
    plot.layout.addItem(title, 0, 1)
    title.setVisible(old.isVisible())
    plot.titleLabel = title
    return title


def replace_title(plot: pg.PlotItem, title: TitleLabel, height: int) -> TitleLabel:
    """Put `title` in place of `plot`'s own title row, over its whole width
    (axes and colour bar included), `height` pixels tall."""
    plot.layout.removeItem(plot.titleLabel)
    plot.titleLabel.setVisible(False)
    plot.layout.addItem(title, 0, 0, 1, 6)
    plot.layout.setRowFixedHeight(0, height)
    return title


def short_title(title: str) -> str:
    """`title` without its trailing "(n × d)" ("Encoder states H (n × d)" → "Encoder states H")."""
    head, bracket, _ = title.rpartition(" (")
    return head if bracket and title.endswith(")") and head else title
