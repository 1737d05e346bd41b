"""Arrow labels: rich text laid out once and drawn beside each arrow's tip."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText, QTransform

from .arrows import CachedBoundsItem, data_rect, pixel_padded, scene_mapper

LABEL_MARGIN = 4.0  # a label's box is its text plus this margin (as a pg.TextItem's)
LABEL_DEFAULT_COLOR = QColor(200, 200, 200)  # a pg.TextItem's; every label sets its own


class ArrowLabel:
    """The label of one arrow: its tip (view coordinates), rich text, priority and side.

    Drawn by its `LabelsItem`; the view's label layout picks the side
    (`anchor`: the point of the label's box that sits on the tip, as in a
    pg.TextItem) and whether it shows (`visible`); `wanted` says whether the
    arrow currently has a label at all.
    """

    __slots__ = ("layer", "tip", "priority", "html", "static", "size", "wanted", "visible", "anchor")

    def __init__(self, layer: LabelsItem):
        self.layer = layer
        self.tip = (0.0, 0.0)
        self.priority = 0
        self.html = ""
        self.static: QStaticText | None = None
        self.size = (2 * LABEL_MARGIN, 2 * LABEL_MARGIN)  # the box, in pixels
        self.wanted = False
        self.visible = True
        self.anchor = (0.0, 0.5)

    def isVisible(self) -> bool:  # noqa: N802 (as a graphics item says it)
        return self.visible

    def set_html(self, text: str) -> None:
        if text != self.html:
            self.html = text
            self.static = self.layer.static_text(text)
            size = self.static.size()
            self.size = (size.width() + 2 * LABEL_MARGIN, size.height() + 2 * LABEL_MARGIN)


class LabelsItem(CachedBoundsItem):
    """All labels of one kind of arrow, painted in one call beside their tips.

    A child of its ArrowsItem, so hiding a kind from the legend hides its labels.
    Each label is rich text laid out once (QStaticText) and drawn in device
    pixels where a pg.TextItem would draw it: one item per label made every
    repaint cost hundreds of QTextDocument draws and transform updates.
    """

    def __init__(self, parent: pg.GraphicsObject):
        super().__init__(parent)
        self.labels: list[ArrowLabel] = []
        self._font = QFont()
        self._statics: dict[str, QStaticText] = {}

    def new_label(self) -> ArrowLabel:
        label = ArrowLabel(self)
        self.labels.append(label)
        return label

    def static_text(self, text: str) -> QStaticText:
        static = self._statics.get(text)
        if static is None:
            if len(self._statics) > 4096:  # a long session of renames: start afresh
                self._statics.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.RichText)
            static.prepare(QTransform(), self._font)
            self._statics[text] = static
        return static

    def changed(self) -> None:
        """Tips, texts or sides changed: new bounds, one repaint."""
        self.bounds_changed()
        self.update()

    def _shown(self) -> list[ArrowLabel]:
        return [label for label in self.labels if label.wanted and label.visible]

    def _bounds_now(self) -> QRectF:
        shown = self._shown()
        if not shown:
            return QRectF()
        # Any side of any tip, as far as the largest label reaches.
        width = max(label.size[0] for label in shown)
        height = max(label.size[1] for label in shown)
        tips = np.array([label.tip for label in shown])
        return pixel_padded(self, data_rect(tips), width + 1, height + 1)

    def paint(self, painter: QPainter, *args) -> None:
        shown = self._shown()
        if not shown:
            return
        to_device = scene_mapper(painter.transform())
        tips = to_device(np.array([label.tip for label in shown])).tolist()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        painter.setPen(LABEL_DEFAULT_COLOR)
        for label, (x, y) in zip(shown, tips, strict=True):
            (ax, ay), (width, height) = label.anchor, label.size
            painter.drawStaticText(
                QPointF(x - ax * width + LABEL_MARGIN, y - ay * height + LABEL_MARGIN),
                label.static,
            )
        painter.restore()
