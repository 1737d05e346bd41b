"""A plot of arrows from the origin with labels that find free room, a table in
the emptiest corner and a range that follows them: the geometry view's drawing.

It knows nothing of sessions: the view puts arrows (`add_arrows`), labels
(`add_labels`, `_place_label`) and the table's content in, and this lays the
labels out (`core.geometry_layout`), places the table and fits the range.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPen

from ..core.geometry_layout import (
    best_corner,
    fitted_range,
    label_cores,
    label_reach,
    labels_cut_off,
    place_labels,
    same_layout,
    within,
)
from .arrow_labels import LABEL_MARGIN, ArrowLabel, LabelsItem
from .arrows import (
    CROWDED_ARROWS,
    PICK_PX,
    ArrowsItem,
    HandlesItem,
    OriginLinesItem,
    SegmentsItem,
    scene_mapper,
)
from .axes import labels_only
from .dot_table import DotTableItem
from .highlight import HIGHLIGHT_ROOM
from .plot_widget import PlainPlotWidget, mark_containers
from .titles import CORNER_ROOM

TABLE_MARGIN = 6.0  # pixels between the dot table and the plot's edges
AXIS_TITLE_NUDGE = 5  # pixels pyqtgraph's AxisItem puts its title beyond the axis


class ArrowPlot(PlainPlotWidget):
    """Arrows in a plane with equal units on both axes (angles and lengths are true).

    Public items: `origin_lines` (zero axes and more lines through 0),
    `projection_lines` (segments), `dot_table`, the arrows and labels added.
    """

    def __init__(self, text_color: QColor, guide_pen: QPen, parent=None):
        super().__init__(parent)
        # (key, points) of the last label layout, see _layout_labels.
        self._label_layout: tuple | None = None
        self._arrows: list[ArrowsItem] = []
        self._layers: list[LabelsItem] = []
        self._handles: list[HandlesItem] = []
        item = self.plot_item
        item.setAspectLocked(True, ratio=1.0)
        item.disableAutoRange()  # the range grows and shrinks here, without jumps
        item.hideButtons()
        # A lesson's frame covers HIGHLIGHT_ROOM of the view's edge: the axis titles
        # stay inside it (pyqtgraph sets them AXIS_TITLE_NUDGE beyond their axes).
        room = HIGHLIGHT_ROOM + AXIS_TITLE_NUDGE
        item.layout.setContentsMargins(room, HIGHLIGHT_ROOM, HIGHLIGHT_ROOM, room)
        # No grid: it doubles the repaint cost of every drag step; zero lines and ticks suffice.
        for side in ("left", "bottom"):
            # Labels only (the zero lines are the reference): the axes then stay
            # out of the repaint of the plot on every drag step.
            labels_only(item.getAxis(side), color=text_color)
        self.origin_lines = OriginLinesItem()
        item.addItem(self.origin_lines)
        self.projection_lines = SegmentsItem(guide_pen)
        item.addItem(self.projection_lines)
        # Corner overlay: parented to the ViewBox, so it stays put while panning.
        self.dot_table = DotTableItem()
        self.dot_table.setParentItem(item.vb)
        self.dot_table.setPos(TABLE_MARGIN, TABLE_MARGIN)
        self._table_corner = "top_left"  # moved by _place_dot_table
        self.dot_table.setZValue(20)
        mark_containers(item, item.titleLabel)
        # Pixels per unit change with zoom and size: labels find new free spots.
        item.vb.sigTransformChanged.connect(self._layout_labels)

    def add_arrows(self, pen: QPen, tips_when_crowded: bool = False) -> ArrowsItem:
        """A new set of arrows (drawn over those added before); `tips_when_crowded`:
        hundreds of them are drawn as dots at their tips (`ArrowsItem`)."""
        arrows = ArrowsItem(pen, tips_when_crowded=tips_when_crowded)
        self.plot_item.addItem(arrows)
        self._arrows.append(arrows)
        return arrows

    def add_labels(self, arrows: ArrowsItem) -> LabelsItem:
        """Labels for `arrows`: hidden with them (a legend entry hides both)."""
        layer = LabelsItem(arrows)
        self._layers.append(layer)
        return layer

    def add_handles(self, arrows: ArrowsItem, drag_handler) -> HandlesItem:
        """Grips at tips, over `arrows`; drags go to `drag_handler(event)`."""
        handles = HandlesItem(drag_handler, parent=arrows)
        handles.setZValue(5)
        self._handles.append(handles)
        return handles

    def _labels(self, layer: LabelsItem, count: int) -> list[ArrowLabel]:
        """The first `count` labels of `layer`, growing it as needed; extras hidden."""
        while len(layer.labels) < count:
            layer.new_label()
        for extra in layer.labels[count:]:
            extra.wanted = False
            extra.visible = False
        return layer.labels[:count]

    def _place_label(self, label: ArrowLabel, tip: np.ndarray, text: str, priority: int) -> None:
        """Show `label` at the arrow tip; `_layout_labels` picks the side.

        Lower `priority` gets the first choice of free space; a label of
        priority 4 (a plain query name) with no free spot is hidden."""
        label.tip = (float(tip[0]), float(tip[1]))
        label.priority = priority
        label.set_html(text)
        label.wanted = True


    def _place_dot_table(self, heads: np.ndarray, shafts: np.ndarray) -> None:
        """Put the dot table in the corner of the plot that hides the fewest arrows.

        Arrow heads count three times a point of a shaft. The table moves only
        when its corner hides something and another hides less, so it does
        not hop about during a drag.
        """
        box = self.plot_item.vb.sceneBoundingRect()
        size = self.dot_table.boundingRect()
        w, h = size.width(), size.height()
        m = TABLE_MARGIN
        corners = {
            "top_left": (m, m),
            # Below the export button in the widget's top-right corner.
            "top_right": (box.width() - w - m, max(m, CORNER_ROOM - box.top())),
            "bottom_left": (m, box.height() - h - m),
            "bottom_right": (box.width() - w - m, box.height() - h - m),
        }

        scene = {name: (box.left() + x, box.top() + y) for name, (x, y) in corners.items()}
        current = self._table_corner = best_corner(scene, (w, h), heads, shafts, self._table_corner)
        x, y = corners[current]
        position = QPointF(max(m, x), max(m, y))
        if self.dot_table.pos() != position:
            self.dot_table.setPos(position)

    def _to_scene(self):
        return scene_mapper(self.plot_item.vb.childGroup.sceneTransform())

    def _shown_labels(self) -> list[ArrowLabel]:
        return [
            label
            for layer in self._layers
            if layer.parentItem().isVisible()
            for label in layer.labels
            if label.wanted and label.visible
        ]

    def label_boxes(self) -> tuple[list[ArrowLabel], np.ndarray]:
        """The labels on show and the boxes (scene pixels, x0, y0, x1, y1) the
        layout keeps apart from each other and from other arrows' heads."""
        shown = self._shown_labels()
        if not shown:
            return [], np.zeros((0, 4))
        tips = self._to_scene()(np.array([label.tip for label in shown]))
        anchors = np.array([label.anchor for label in shown])
        return shown, label_cores(tips, anchors, np.array([label.size for label in shown]))

    def head_points(self) -> np.ndarray:
        """The tips of the arrows on show, in scene pixels (N × 2)."""
        kinds = [arrows for arrows in self._arrows if arrows.isVisible() and len(arrows.ends)]
        if not kinds:
            return np.zeros((0, 2))
        return self._to_scene()(np.vstack([a.head_ends() for a in kinds]))

    def _layout_labels(self) -> None:
        """Put each label beyond its tip, turning it aside when that spot is taken.

        Greedy, in scene pixels: labels are placed by priority, each trying its
        arrow's direction first, then directions further and further round.
        Hard obstacles: the dot table, labels placed so far, arrow heads and
        grips (not the label's own); soft ones, avoided when possible: shafts.
        The candidate boxes of every label are computed at once; each label then
        only looks at the obstacles in its own column of the scene.
        """
        for layer in self._layers:
            layer.changed()
        # A new range reaches the view's transform only when it next paints:
        # lay out for the range just set, not the one before it.
        self.plot_item.vb.updateMatrix()
        to_scene = scene_mapper(self.plot_item.vb.childGroup.sceneTransform())
        origin = to_scene(np.zeros((1, 2)))[0]
        kinds = [arrows for arrows in self._arrows if arrows.isVisible() and len(arrows.ends)]
        heads = to_scene(np.vstack([a.head_ends() for a in kinds])) if kinds else np.zeros((0, 2))
        # Soft obstacles: points along the shafts; the dots of arrows drawn as their tips;
        # one point on each of hundreds of arrows (their mass, not each one, is in the way).
        shafts = [a.ends if a.drawn_as_tips() else a.starts + t * (a.ends - a.starts)
                  for a in kinds for t in ((0.6,) if len(a.ends) > CROWDED_ARROWS else (0.4, 0.6, 0.8))]
        shafts = to_scene(np.vstack(shafts)) if shafts else np.zeros((0, 2))
        self._place_dot_table(heads, shafts)
        shown = [
            label
            for layer in self._layers
            if layer.parentItem().isVisible()
            for label in layer.labels
            if label.wanted
        ]
        if not shown:
            return
        table = self.dot_table.sceneBoundingRect()
        table = (table.left(), table.top(), table.right(), table.bottom())
        labels = sorted(shown, key=lambda item: item.priority)
        tips = to_scene(np.array([label.tip for label in labels]))
        sizes = np.array([label.size for label in labels])
        priorities = [label.priority for label in labels]
        # Within a pixel of the last layout (a slow drag moves a tip that little
        # per step): the same choice, so the labels do not flicker either.
        key = ([id(label) for label in labels], priorities, sizes)
        points = (tips, heads, shafts, origin[None, :], np.array(table).reshape(2, 2))
        last = self._label_layout
        if last is not None and same_layout(last[0], key) and within(last[1], points, 1.0):
            return
        self._label_layout = (key, points)
        visible, anchors = place_labels(tips, sizes, priorities, heads, shafts, table, origin)
        for label, show, anchor in zip(labels, visible, anchors, strict=True):
            label.visible = show
            if show:
                label.anchor = anchor

    # -- view range: grow when something leaves, shrink when far too large --
    def _drawn_points(self) -> np.ndarray:
        parts = [np.zeros((1, 2))] + [arrows.ends for arrows in self._arrows]
        return np.vstack([p for p in parts if len(p)])

    def _label_reach(self) -> tuple[np.ndarray, np.ndarray]:
        """Tips (view units) of the labels on show, and how far each label's text
        reaches beyond its tip in pixels: left, right, down, up."""
        shown = [
            label
            for layer in self._layers
            if layer.parentItem().isVisible()
            for label in layer.labels
            if label.wanted and label.visible
        ]
        if not shown:
            return np.zeros((0, 2)), np.zeros((0, 4))
        tips = np.array([label.tip for label in shown])
        anchors = np.array([label.anchor for label in shown])
        sizes = np.array([label.size for label in shown])
        return tips, label_reach(anchors, sizes, LABEL_MARGIN)

    def _fitted_range(self, lo: np.ndarray, hi: np.ndarray, margin: float):
        """The range showing lo..hi with `margin` round it and every label whole.

        Labels are sized in pixels, so the room they need in view units depends
        on the scale the range itself sets: found by a few fixed-point steps.
        """
        vb = self.plot_item.vb
        tips, reach = self._label_reach()
        return fitted_range(lo, hi, margin, (vb.width(), vb.height()), tips, reach)

    def _labels_cut_off(self, x_range, y_range) -> bool:
        """Whether a label on show reaches past the current view."""
        tips, reach = self._label_reach()
        return labels_cut_off(tips, reach, self.plot_item.vb.viewPixelSize(), x_range, y_range)

    def _update_range(self, force: bool = False) -> None:
        points = self._drawn_points()
        lo, hi = points.min(axis=0), points.max(axis=0)
        size = hi - lo
        extent = float(size.max())
        if not np.isfinite(extent):
            return
        extent = extent if extent > 1e-12 else 1.0
        margin = 0.2 * extent  # room round the tips
        (x0, x1), (y0, y1) = self.plot_item.vb.viewRange()
        width, height = x1 - x0, y1 - y0
        edge_x, edge_y = 0.03 * width, 0.03 * height
        outside = (
            lo[0] < x0 + edge_x or hi[0] > x1 - edge_x or lo[1] < y0 + edge_y or hi[1] > y1 - edge_y
        ) or self._labels_cut_off((x0, x1), (y0, y1))
        small = size[0] + 2 * margin < 0.5 * width and size[1] + 2 * margin < 0.5 * height
        if not (force or outside or small):
            return
        x_range, y_range = self._fitted_range(lo, hi, margin)
        if not (force or outside):
            # Too large only if it is so even with the labels' room.
            fitted_w, fitted_h = x_range[1] - x_range[0], y_range[1] - y_range[0]
            if not (fitted_w < 0.5 * width and fitted_h < 0.5 * height):
                return
        self.plot_item.vb.setRange(xRange=x_range, yRange=y_range, padding=0)

    def fit_view(self, lo=None, hi=None) -> None:
        """Show everything with room for the labels (or exactly the box lo..hi),
        keeping one unit equal on both axes."""
        if lo is None or hi is None:
            points = self._drawn_points()
            extent = float(np.ptp(points, axis=0).max()) or 1.0
            x_range, y_range = self._fitted_range(
                points.min(axis=0), points.max(axis=0), 0.2 * extent
            )
        else:
            x_range, y_range = (lo[0], hi[0]), (lo[1], hi[1])
        self.plot_item.vb.setRange(xRange=x_range, yRange=y_range, padding=0)


    def _pick(self, points: np.ndarray, scene_pos: QPointF) -> int | None:
        """Index of the point nearest to `scene_pos` within PICK_PX pixels, or None."""
        if not len(points):
            return None
        to_scene = self.plot_item.vb.childGroup.sceneTransform()
        best, best_distance = None, PICK_PX
        for k, (x, y) in enumerate(points):
            p = to_scene.map(QPointF(float(x), float(y)))
            distance = math.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y())
            if distance <= best_distance:
                best, best_distance = k, distance
        return best

