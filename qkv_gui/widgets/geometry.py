"""The geometry of attention: queries, keys and the context vector as 2-D arrows.

`GeometryView` draws every key k_j and query q_i as an arrow from the origin,
shows the selected query's dot products as perpendicular projections, builds
its context vector as a head-to-tail chain of w_ij·v_j, and, when the inputs
are 2-D, lets the learner drag the input tips (one undo step per drag).
Vectors with more than two dimensions are shown in the plane through the
origin that keeps most of their length (`core.pca`).
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from ..core.format import fmt
from ..core.pca import plane_basis, project_2d
from ..model import AttentionModel
from ..plotting.colors import HOVER_COLOR, SELECTION_COLOR
from .heatmap import PlainPlotWidget, labels_only, mark_containers

pg.setConfigOption("imageAxisOrder", "row-major")

QUERY_COLOR = QColor(200, 40, 40)
KEY_COLOR = QColor(31, 110, 180)
INPUT_COLOR = QColor(165, 165, 165)
DECODER_COLOR = QColor(120, 120, 120)
CONTEXT_COLOR = QColor(120, 50, 170)
TEXT_COLOR = QColor(30, 30, 30)
MASKED_TEXT_COLOR = QColor(154, 154, 154)
HOVER_TEXT_COLOR = HOVER_COLOR.darker(120)
GUIDE_COLOR = QColor(110, 110, 110)
ZERO_LINE_COLOR = QColor(200, 200, 200)
TABLE_MARGIN = 6.0  # pixels between the dot table and the plot's edges
LABEL_DEFAULT_COLOR = QColor(200, 200, 200)  # a pg.TextItem's; every label sets its own

HEAD_PX = 11.0  # arrow head length in screen pixels, whatever the zoom
HANDLE_PX = 5.5  # radius of a drag handle
PICK_PX = 11.0  # how near (pixels) the mouse must be to a tip to hover or grab it
DRAG_INTERVAL_MS = 16  # recompute at most once per frame while dragging
COMPACT_WIDTH = 400  # narrower than this (pixels): no legend, a smaller dot table
LABEL_MARGIN = 4.0  # a label's box is its text plus this margin (as a pg.TextItem's)
# Directions a label tries round its tip (degrees from the arrow's own direction).
LABEL_TURNS = np.radians([0, 45, -45, 90, -90, 135, -135, 180])
# Below this many box × point tests, test them all at once (few numpy calls).
DENSE_HITS = 200_000

_PENS: dict[tuple, QPen] = {}


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen with round caps; equal pens are one shared (never changed) object."""
    key = (QColor(color).rgba(), float(width), style)
    pen = _PENS.get(key)
    if pen is None:
        pen = QPen(QColor(color), width, style)
        pen.setCosmetic(True)  # widths in pixels: arrows stay crisp at any zoom
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        _PENS[key] = pen
    return pen


def _faded(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def _scene_mapper(transform):
    """A vectorised `transform.map` for N × 2 arrays (affine transforms only)."""
    matrix = np.array([[transform.m11(), transform.m12()], [transform.m21(), transform.m22()]])
    offset = np.array([transform.dx(), transform.dy()])

    def to_scene(points: np.ndarray) -> np.ndarray:
        return np.asarray(points, dtype=np.float64) @ matrix + offset

    return to_scene


def _hits(candidates: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """candidates (k × 4) against boxes (m × 4), both x0, y0, x1, y1: k × m overlaps."""
    return (
        (candidates[:, 0:1] < boxes[:, 2])
        & (candidates[:, 2:3] > boxes[:, 0])
        & (candidates[:, 1:2] < boxes[:, 3])
        & (candidates[:, 3:4] > boxes[:, 1])
    )


def _column_pairs(
    points: np.ndarray, labels: np.ndarray, lo_x, hi_x, lo_y, hi_y, width: float
) -> tuple[np.ndarray, np.ndarray]:
    """(label, point index) for every point that may lie in a label's box lo..hi.

    The points go in columns `width` wide, sorted by y within each: a box is a
    few slices (one per column it spans), found by binary search. The pairs
    include some points just beside the box: the caller tests exactly.
    """
    if not len(labels):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    eps = 1e-6  # the slices may only be wider than the exact test
    y0 = min(float(points[:, 1].min()), float(lo_y.min())) - 1.0
    span = max(float(points[:, 1].max()), float(hi_y.max())) - y0 + 2.0
    keys = np.floor(points[:, 0] / width) * span + (points[:, 1] - y0)
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    first = np.floor((lo_x - eps) / width)
    last = np.floor((hi_x + eps) / width)
    owners, indices = [], []
    for offset in range(int((last - first).max()) + 1):
        column = first + offset
        base = column * span - y0
        start = np.searchsorted(keys, base + lo_y - eps, side="right")
        stop = np.searchsorted(keys, base + hi_y + eps, side="left")
        sizes = np.where(column <= last, np.maximum(stop - start, 0), 0)
        total = int(sizes.sum())
        if total:
            owners.append(np.repeat(labels, sizes))
            indices.append(np.arange(total) - np.repeat(np.cumsum(sizes) - sizes - start, sizes))
    if not owners:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(owners), order[np.concatenate(indices)]


def _point_hits(
    cores: np.ndarray,
    points: np.ndarray,
    radius: float,
    tips: np.ndarray | None = None,
    skip: np.ndarray | None = None,
) -> np.ndarray:
    """For boxes `cores` (L × k × 4), how many of the squares points ± radius overlap
    each (L × k); with `tips`, a point within 1 px of label l's own tip is skipped.
    Boxes where `skip` (L × k) is true are not counted (left at 0).

    A small scene tests every box against every point at once; a large one
    only nearby pairs (see `_column_pairs`): per box when some are skipped,
    else once for the union of each label's boxes.
    """
    count, per = cores.shape[:2]
    out = np.zeros((count, per), dtype=np.int64)
    if not len(points) or not count:
        return out
    if count * per * len(points) <= DENSE_HITS:
        x, y = points[:, 0], points[:, 1]
        hit = (
            (cores[:, :, 0:1] < x + radius)
            & (cores[:, :, 2:3] > x - radius)
            & (cores[:, :, 1:2] < y + radius)
            & (cores[:, :, 3:4] > y - radius)
        )
        if tips is not None:
            hit &= (np.abs(x - tips[:, 0:1]) + np.abs(y - tips[:, 1:2]) > 1.0)[:, None, :]
        if skip is not None:
            hit &= ~skip[:, :, None]
        return hit.sum(axis=2)
    grown = cores + np.array([-radius, -radius, radius, radius])
    sides = np.ascontiguousarray(cores.transpose(1, 2, 0))  # k × 4 × L: fast 1-D gathers

    def count_hits(k: int, owner: np.ndarray, x: np.ndarray, y: np.ndarray) -> None:
        x0, y0, x1, y1 = sides[k]
        hit = (
            (x0[owner] < x + radius)
            & (x1[owner] > x - radius)
            & (y0[owner] < y + radius)
            & (y1[owner] > y - radius)
        )
        out[:, k] = np.bincount(owner[hit], minlength=count)

    def near(owner: np.ndarray, index: np.ndarray):
        x, y = points[index, 0], points[index, 1]
        if tips is not None:
            mine = np.abs(x - tips[owner, 0]) + np.abs(y - tips[owner, 1]) > 1.0
            owner, x, y = owner[mine], x[mine], y[mine]
        return owner, x, y

    if skip is None:
        # One search for the union of a label's boxes, then each box in turn.
        lo = grown[:, :, :2].min(axis=1)
        hi = grown[:, :, 2:].max(axis=1)
        width = max(float(np.median(hi[:, 0] - lo[:, 0])) / 2, 4.0)
        owner, x, y = near(
            *_column_pairs(points, np.arange(count), lo[:, 0], hi[:, 0], lo[:, 1], hi[:, 1], width)
        )
        if len(owner):
            for k in range(per):
                count_hits(k, owner, x, y)
    else:
        # Each box on its own: only those not skipped are searched at all.
        width = max(float(np.median(grown[:, :, 2] - grown[:, :, 0])) / 3, 4.0)
        for k in range(per):
            labels = np.flatnonzero(~skip[:, k])
            x0, y0, x1, y1 = grown[labels, k].T
            owner, x, y = near(*_column_pairs(points, labels, x0, x1, y0, y1, width))
            if len(owner):
                count_hits(k, owner, x, y)
    return out


def label_candidates(tips: np.ndarray, sizes: np.ndarray, origin: np.ndarray):
    """Anchors (L × 8 × 2) and boxes (L × 8 × 4) in 8 directions round each tip
    (scene pixels), the arrow's own direction first."""
    delta = tips - origin
    base = np.where(
        np.hypot(delta[:, 0], delta[:, 1]) > 2,
        np.arctan2(delta[:, 1], delta[:, 0]),
        -math.pi / 4,
    )
    angles = base[:, None] + LABEL_TURNS[None, :]
    ux, uy = np.cos(angles), np.sin(angles)
    scale = np.maximum(np.abs(ux), np.abs(uy))
    anchors = np.stack([0.5 - 0.5 * ux / scale, 0.5 - 0.5 * uy / scale], axis=2)
    width, height = sizes[:, 0:1], sizes[:, 1:2]
    left = tips[:, 0:1] - anchors[:, :, 0] * width
    top = tips[:, 1:2] - anchors[:, :, 1] * height
    # The text's own margin may touch a neighbour's; only real overlaps count.
    cores = np.stack([left + 3, top + 3, left + width - 3, top + height - 3], axis=2)
    return anchors, cores


def place_labels(tips, sizes, priorities, heads, shafts, table, origin):
    """Greedy label placement, in scene pixels; returns (visible, anchors) per label.

    Labels come in priority order (tips L × 2, box sizes L × 2). Each tries its
    arrow's direction first, then directions further and further round. Hard
    obstacles: the `table` box, labels placed so far, arrow heads (± 6 px, not
    the label's own); soft ones, avoided when possible: shaft points (± 3 px).
    A label of priority 4 with no free spot is hidden, and so is one of priority
    3 that would cover another label wherever it goes; the others always show.
    """
    anchors, cores = label_candidates(tips, sizes, origin)
    # Arrows do not move while labels are placed: their hits are counted at once,
    # shafts only where no head is in the way (in a crowd, nearly everywhere).
    blocked = _point_hits(cores, heads, 6.0, tips) > 0
    crossings = _point_hits(cores, shafts, 3.0, skip=blocked).tolist()
    blocked = blocked.tolist()
    # Placed boxes, one contiguous row per side (x0, y0, x1, y1): the table, then
    # each label placed so far; candidates as columns, to broadcast against them.
    placed = np.empty((4, len(tips) + 1))
    placed[:, 0] = table
    count = 1
    sides = np.ascontiguousarray(cores.transpose(0, 2, 1)[:, :, :, None])  # L × 4 × 8 × 1
    visible, chosen = [], []
    for k, priority in enumerate(priorities):
        x0, y0, x1, y1 = sides[k]
        px0, py0, px1, py1 = placed[:, :count]
        overlaps = ((x0 < px1) & (x1 > px0) & (y0 < py1) & (y1 > py0)).sum(axis=1).tolist()
        taken = [n > 0 for n in overlaps]
        # Free of hard obstacles, crossing as few shafts as possible (first wins ties).
        choice, fewest = None, None
        for c in range(len(taken)):
            if taken[c] or blocked[k][c]:
                continue
            if fewest is None or crossings[k][c] < fewest:
                choice, fewest = c, crossings[k][c]
                if fewest == 0:
                    break
        if choice is None and priority < 4:
            # Nowhere free: where it covers the fewest labels placed so far, then
            # the fewest arrow heads, then shafts; a key's name that would still
            # cover another label (its tip is in a crowd) is left out, unreadable.
            choice = min(
                range(len(taken)),
                key=lambda c: (overlaps[c], blocked[k][c], crossings[k][c], c),
            )
            if overlaps[choice] and priority >= 3:
                choice = None
        show = choice is not None
        visible.append(show)
        if not show:
            chosen.append(None)
            continue
        pick = choice
        chosen.append((float(anchors[k, pick, 0]), float(anchors[k, pick, 1])))
        placed[:, count] = cores[k, pick]
        count += 1
    return visible, chosen


def _same_layout(a: tuple, b: tuple) -> bool:
    """Same labels, priorities and sizes (the key of a label layout)."""
    return a[0] == b[0] and a[1] == b[1] and np.array_equal(a[2], b[2])


def _within(a: tuple, b: tuple, pixels: float) -> bool:
    """Every point of `b` within `pixels` of the same point of `a` (arrays of equal shape)."""
    for old, new in zip(a, b, strict=True):
        if old.shape != new.shape:
            return False
        if old.size and float(np.abs(old - new).max()) >= pixels:
            return False
    return True


def _pixel_padded(item: pg.GraphicsObject, rect: QRectF, pad_x: float, pad_y: float) -> QRectF:
    """`rect` (view units) grown by a padding given in pixels.

    A PlotWidget's scene units are its pixels, so the scene transform's scale
    gives the pixel size (pyqtgraph's pixelLength works it out far more slowly).
    """
    t = item.sceneTransform()
    sx, sy = math.hypot(t.m11(), t.m12()), math.hypot(t.m21(), t.m22())
    px = 1.0 / sx if sx else 0.0
    py = 1.0 / sy if sy else 0.0
    return rect.adjusted(-pad_x * px, -pad_y * py, pad_x * px, pad_y * py)


def _data_rect(points: np.ndarray) -> QRectF:
    if not len(points):
        return QRectF()
    lo, hi = points.min(axis=0), points.max(axis=0)
    return QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])


def _plane_basis(points: np.ndarray) -> tuple[np.ndarray, float]:
    """`core.pca.plane_basis` of many points, from their d × d triangular factor.

    R (points = Q·R) has the same right singular vectors, singular values and
    energy as the points, and its SVD costs nothing, where the SVD of 256 × 16
    points built a 256 × 256 matrix on every drag step.
    """
    rows, d = points.shape
    if rows > d > 2:
        points = np.linalg.qr(points, mode="r")
    return plane_basis(points)


class ArrowsItem(pg.GraphicsObject):
    """Many arrows painted in one `paint()` call; heads are sized in screen pixels.

    `starts`, `ends` (N × 2, view coordinates, float64) and `pens` are public
    so tests can read exactly what is drawn. Thicker arrows are painted last,
    so a bold (selected) arrow is never hidden under thin ones. Arrows sharing
    a pen are drawn together: one path of shafts, one of heads.
    """

    def __init__(self, pen: QPen, parent=None):
        super().__init__(parent)
        # Read by pyqtgraph's legend to draw this item's sample line.
        self.opts = {"pen": pen, "antialias": True}
        self.starts = np.zeros((0, 2))
        self.ends = np.zeros((0, 2))
        self.pens: list[QPen] = []
        self._data_rect = QRectF()
        self._bounds: QRectF | None = None

    def setData(self, starts: np.ndarray, ends: np.ndarray, pens: list[QPen]) -> None:
        self.prepareGeometryChange()
        self.starts = np.array(starts, dtype=np.float64).reshape(-1, 2)
        self.ends = np.array(ends, dtype=np.float64).reshape(-1, 2)
        self.pens = list(pens)
        self._data_rect = _data_rect(np.vstack([self.starts, self.ends]))
        self._bounds = None
        self.update()

    def boundingRect(self) -> QRectF:
        if not len(self.ends):
            return QRectF()
        if self._bounds is None:
            # Pad by the head size, converted from pixels to view units.
            self._bounds = _pixel_padded(self, self._data_rect, HEAD_PX + 4, HEAD_PX + 4)
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        # The pixel padding of the bounding rect changes with the zoom.
        self.prepareGeometryChange()
        self._bounds = None

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        if not len(self.ends):
            return [None, None]
        values = np.concatenate([self.starts[:, ax], self.ends[:, ax]])
        return [float(values.min()), float(values.max())]

    def _runs(self) -> list[tuple[QPen, list[int]]]:
        """(pen, arrow indices) for consecutive arrows of equal pen, thinnest first."""
        pens = self.pens
        order = sorted(range(len(pens)), key=lambda k: pens[k].widthF())
        runs: list[tuple[QPen, list[int]]] = []
        for k in order:
            pen = pens[k]
            if runs and (runs[-1][0] is pen or runs[-1][0] == pen):
                runs[-1][1].append(k)
            else:
                runs.append((pen, [k]))
        return runs

    def paint(self, painter: QPainter, *args) -> None:
        if not len(self.ends):
            return
        # In device pixels, one line and one triangle per arrow (one path of many
        # wide lines rasterises far slower). Plain Python: a plot holds a few
        # dozen arrows, too few for numpy to pay for its calls.
        t = painter.transform()
        m11, m12, m21, m22, dx, dy = t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()
        shapes: list[tuple[QLineF, QPolygonF] | None] = []
        for (sx, sy), (ex, ey), pen in zip(
            self.starts.tolist(), self.ends.tolist(), self.pens, strict=True
        ):
            ax, ay = sx * m11 + sy * m21 + dx, sx * m12 + sy * m22 + dy
            bx, by = ex * m11 + ey * m21 + dx, ex * m12 + ey * m22 + dy
            length = math.hypot(bx - ax, by - ay)
            if length < 0.5:
                shapes.append(None)  # a dot: nothing to point with
                continue
            ux, uy = (bx - ax) / length, (by - ay) / length
            head = min(HEAD_PX + pen.widthF(), 0.6 * length)
            half = 0.42 * head
            base_x, base_y = bx - ux * head, by - uy * head
            # Stop the shaft inside the head so a thick pen doesn't poke through the tip.
            shaft = QLineF(ax, ay, bx - ux * 0.7 * head, by - uy * 0.7 * head)
            tip = QPolygonF([
                QPointF(bx, by),
                QPointF(base_x - uy * half, base_y + ux * half),
                QPointF(base_x + uy * half, base_y - ux * half),
            ])
            shapes.append((shaft, tip))
        painter.save()
        painter.resetTransform()  # draw in device pixels so heads keep their size
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for pen, indices in self._runs():
            # Shafts, then heads: arrows of one pen are one colour, so the order
            # within a run does not show. (One drawLines or one path of all the
            # heads measured slower than these single calls.)
            drawn = [shapes[k] for k in indices if shapes[k] is not None]
            painter.setPen(_shaft_pen(pen))
            for shaft, _tip in drawn:
                painter.drawLine(shaft)
            painter.setPen(_head_pen(pen))
            painter.setBrush(pen.color())
            for _shaft, tip in drawn:
                painter.drawPolygon(tip)
        painter.restore()


def _head_pen(pen: QPen) -> QPen:
    """A thin outline in `pen`'s colour, so a head's edges are as crisp as its fill."""
    key = ("head", pen.color().rgba())
    outline = _PENS.get(key)
    if outline is None:
        outline = _PENS[key] = QPen(pen.color(), 1.0)
        outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return outline


def _shaft_pen(pen: QPen) -> QPen:
    """`pen` with flat ends: the shaft's tip end is under the head anyway, and round
    caps make wide antialiased lines several times slower to draw."""
    key = ("shaft", pen.color().rgba(), pen.widthF(), pen.style())
    shaft = _PENS.get(key)
    if shaft is None:
        shaft = _PENS[key] = QPen(pen)
        shaft.setCapStyle(Qt.PenCapStyle.FlatCap)
    return shaft


class OriginLinesItem(pg.GraphicsObject):
    """Lines through the origin (the zero axes, the selected query's direction)
    across the whole view, in one `paint()`.

    What pg.InfiniteLine draws, without its per-line Python bookkeeping on
    every repaint (three of them cost more than all the arrow labels).
    `lines` holds (angle in degrees, pen) per line, for tests to read.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[tuple[float, QPen]] = []
        self._bounds: QRectF | None = None  # the view's range: the lines cross all of it

    def set_lines(self, lines: list[tuple[float, QPen]]) -> None:
        if lines != self.lines:
            self.lines = list(lines)
            self.update()

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            view = self.getViewBox()
            self._bounds = QRectF() if view is None else view.viewRect()
        return QRectF(self._bounds)

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        self.prepareGeometryChange()
        self._bounds = None

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802 (pyqtgraph's name)
        return [None, None]  # infinite: never part of an auto range

    def paint(self, painter: QPainter, *args) -> None:
        if not self.lines:
            return
        rect = self.boundingRect()
        # Long enough to cross the whole view from the origin, both ways.
        reach = math.hypot(
            max(abs(rect.left()), abs(rect.right())), max(abs(rect.top()), abs(rect.bottom()))
        )
        for angle, pen in self.lines:
            dx = reach * math.cos(math.radians(angle))
            dy = reach * math.sin(math.radians(angle))
            painter.setPen(pen)
            painter.drawLine(QLineF(-dx, -dy, dx, dy))


class SegmentsItem(pg.GraphicsObject):
    """Separate line segments (points 0-1, 2-3, …) with one cosmetic pen: what a
    PlotDataItem with connect="pairs" draws, without its per-update bookkeeping.

    `setData(x, y)` and `getData()` as a PlotDataItem's.
    """

    def __init__(self, pen: QPen, parent=None):
        super().__init__(parent)
        self._pen = pen
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._data_rect = QRectF()
        self._bounds: QRectF | None = None

    def setData(self, x, y, **_ignored) -> None:
        self.prepareGeometryChange()
        self._x = np.asarray(x, dtype=np.float64).ravel()
        self._y = np.asarray(y, dtype=np.float64).ravel()
        self._data_rect = _data_rect(np.column_stack([self._x, self._y]))
        self._bounds = None
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._y

    def boundingRect(self) -> QRectF:
        if len(self._x) < 2:
            return QRectF()
        if self._bounds is None:
            self._bounds = _pixel_padded(self, self._data_rect, 2, 2)
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None

    def paint(self, painter: QPainter, *args) -> None:
        count = len(self._x) // 2
        if not count:
            return
        to_device = _scene_mapper(painter.transform())
        points = to_device(np.column_stack([self._x[: 2 * count], self._y[: 2 * count]])).tolist()
        painter.save()
        painter.resetTransform()
        painter.setPen(self._pen)
        for k in range(count):
            painter.drawLine(QLineF(*points[2 * k], *points[2 * k + 1]))
        painter.restore()


class HandlesItem(pg.GraphicsObject):
    """Round grips at vector tips. Drags are handed to `drag_handler(event)`,
    which accepts them only when the press was on a grip (else the view pans)."""

    def __init__(self, drag_handler, parent=None):
        super().__init__(parent)
        self._drag_handler = drag_handler
        self.points = np.zeros((0, 2))
        self.colors: list[QColor] = []
        self._data_rect = QRectF()
        self._bounds: QRectF | None = None

    def setData(self, points: np.ndarray, colors: list[QColor]) -> None:
        self.prepareGeometryChange()
        self.points = np.array(points, dtype=np.float64).reshape(-1, 2)
        self.colors = list(colors)
        self._data_rect = _data_rect(self.points)
        self._bounds = None
        self.update()

    def boundingRect(self) -> QRectF:
        if not len(self.points):
            return QRectF()
        if self._bounds is None:
            self._bounds = _pixel_padded(self, self._data_rect, PICK_PX + 2, PICK_PX + 2)
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None

    def paint(self, painter: QPainter, *args) -> None:
        if not len(self.points):
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for point, color in zip(self.points, self.colors, strict=True):
            center = transform.map(QPointF(*point))
            painter.setPen(_pen(color.darker(140), 1.5))
            painter.setBrush(_faded(color, 200))
            painter.drawEllipse(center, HANDLE_PX, HANDLE_PX)
        painter.restore()

    def mouseDragEvent(self, event) -> None:
        self._drag_handler(event)


class ArrowLabel:
    """The label of one arrow: its tip (view coordinates), rich text, priority and side.

    Drawn by its `LabelsItem`; `GeometryView._layout_labels` picks the side
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


class LabelsItem(pg.GraphicsObject):
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
        self._bounds: QRectF | None = None

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
        self.prepareGeometryChange()
        self._bounds = None
        self.update()

    def _shown(self) -> list[ArrowLabel]:
        return [label for label in self.labels if label.wanted and label.visible]

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            shown = self._shown()
            if not shown:
                self._bounds = QRectF()
            else:
                # Any side of any tip, as far as the largest label reaches.
                width = max(label.size[0] for label in shown)
                height = max(label.size[1] for label in shown)
                tips = np.array([label.tip for label in shown])
                self._bounds = _pixel_padded(self, _data_rect(tips), width + 1, height + 1)
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None

    def paint(self, painter: QPainter, *args) -> None:
        shown = self._shown()
        if not shown:
            return
        to_device = _scene_mapper(painter.transform())
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


class DotTableItem(pg.GraphicsObject):
    """The selected query's dot products: rows "q·k = value" and grey footer lines,
    in a framed white box (as a pg.TextItem with a fill and a border).

    Painted directly: each name is rich text (subscripts) laid out once, the
    numbers are plain text. A rich-text document, laid out again on every drag
    step, cost more than all the arrows. Like a pg.TextItem, it tells what it
    shows through `textItem.toPlainText()`.
    """

    MARGIN = 4.0  # between the frame and the text, as a text document's margin
    FILL = QColor(255, 255, 255)
    BORDER = QColor(210, 210, 210)
    FOOTER_COLOR = QColor(112, 112, 112)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._statics: dict[tuple, QStaticText] = {}
        self._size = (2 * self.MARGIN, 2 * self.MARGIN)
        # (static text, x, top, colour, font), or (str, x, baseline, colour, font)
        self._lines: list[tuple] = []
        self._plain = ""
        self._border = pg.mkPen(self.BORDER)
        self._font_keys: dict[int, tuple[QFont, str]] = {}
        self._font_metrics: dict[str, QFontMetricsF] = {}
        self._value_column: tuple[tuple, float] = ((), 0.0)  # (row names, width)

    def _font_key(self, font: QFont) -> str:
        # QFont.key() builds a long string: remember it per font object in use.
        cached = self._font_keys.get(id(font))
        if cached is None or cached[0] is not font:
            cached = self._font_keys[id(font)] = (font, font.key())
        return cached[1]

    @property
    def textItem(self) -> DotTableItem:  # noqa: N802 (a pg.TextItem's name)
        return self

    def toPlainText(self) -> str:  # noqa: N802
        """The rows and the footer as plain text, a line each."""
        return self._plain

    def _metrics(self, font: QFont) -> QFontMetricsF:
        key = self._font_key(font)
        metrics = self._font_metrics.get(key)
        if metrics is None:
            metrics = self._font_metrics[key] = QFontMetricsF(font)
        return metrics

    def static(self, text: str, font: QFont, rich: bool = False) -> QStaticText:
        key = (text, self._font_key(font), rich)
        static = self._statics.get(key)
        if static is None:
            if len(self._statics) > 4096:  # a long drag makes many numbers
                self._statics.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._statics[key] = static
        return static

    def set_content(
        self, rows: list[tuple], footer: list[str], fonts: tuple[QFont, QFont, QFont]
    ) -> None:
        """rows: (name as rich text, name as plain text, value text, colour, bold);
        footer: plain lines; fonts: (rows, bold rows, footer). Columns: names
        left, " = " left, values right-aligned."""
        font, bold_font, footer_font = fonts
        equals = "\u00a0=\u00a0"
        laid = []
        names_end = equals_width = values_width = 0.0
        for name, _plain, value, color, bold in rows:
            row_font = bold_font if bold else font
            colored = f'<span style="color:{color.name()}">{name}</span>'
            name_static = self.static(colored, row_font, rich=True)
            equals_static = self.static(equals, row_font)
            # The numbers change on every drag step: drawn as plain text (a
            # static text prepared for one paint costs more than it saves).
            metrics = self._metrics(row_font)
            value_width = metrics.horizontalAdvance(value)
            names_end = max(names_end, name_static.size().width())
            equals_width = max(equals_width, equals_static.size().width())
            values_width = max(values_width, value_width)
            laid.append((name_static, equals_static, value, value_width, color, row_font, metrics))
        # The number column is as wide as "-0.000" at least, and only widens
        # while the rows stay the same (a drag): a table that jitters in width
        # would also move the labels round it.
        if rows:
            values_width = max(values_width, self._metrics(bold_font).horizontalAdvance("-0.000"))
        names = tuple(row[1] for row in rows)
        if names == self._value_column[0]:
            values_width = max(values_width, self._value_column[1])
        self._value_column = (names, values_width)
        m = self.MARGIN
        equals_at = m + names_end
        values_end = equals_at + equals_width + values_width
        lines, y, width = [], m, values_end if rows else m
        for name_static, equals_static, value, value_width, color, row_font, metrics in laid:
            height = max(name_static.size().height(), equals_static.size().height(), metrics.height())
            lines.append((name_static, m, y, color, row_font))
            lines.append((equals_static, equals_at, y, color, row_font))
            # drawText places the baseline; a static text its top.
            lines.append((value, values_end - value_width, y + metrics.ascent(), color, row_font))
            y += height
        for text in footer:
            static = self.static(text, footer_font)
            lines.append((static, m, y, self.FOOTER_COLOR, footer_font))
            width = max(width, m + static.size().width())
            y += static.size().height()
        plain = [f"{name} = {value}" for _name, name, value, _color, _bold in rows] + footer
        self.prepareGeometryChange()
        self._lines = lines
        self._size = (width + m, y + m)
        self._plain = "\n".join(plain)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, *self._size)

    def paint(self, painter: QPainter, *args) -> None:
        # Opaque and unsmoothed: the table sits in the emptiest corner, and a
        # translucent, antialiased box cost more to draw than all its text.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = self.boundingRect()
        painter.fillRect(rect, self.FILL)
        painter.setPen(self._border)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        # A static text is drawn in the painter's font: the one it was laid out in.
        pen = font = None
        for text, x, y, color, line_font in self._lines:
            if color is not pen:
                painter.setPen(color)
                pen = color
            if line_font is not font:
                painter.setFont(line_font)
                font = line_font
            if isinstance(text, str):
                painter.drawText(QPointF(x, y), text)
            else:
                painter.drawStaticText(QPointF(x, y), text)


@dataclass
class _Picture:
    """Everything the plot shows, in 2-D view coordinates."""

    queries: np.ndarray  # m × 2
    keys: np.ndarray  # n × 2
    values: np.ndarray  # n × 2
    context: np.ndarray  # m × 2
    exact: bool  # True when d_k ≤ 2: coordinates are the vectors themselves
    fraction: float  # energy kept by the projection of [Q; K]
    values_plane: str  # "exact", "keys" (same plane as the keys) or "own"


@dataclass
class _Drag:
    matrix: str  # "inputs" or "decoder"
    row: int
    offset: np.ndarray  # tip minus the grabbed point, so the tip doesn't jump to the mouse
    text: str
    pending: np.ndarray | None = None


class GeometryView(PlainPlotWidget):
    """Queries, keys and the selected query's context vector as arrows in a plane.

    Public: `plot_item` (for exporting), `fit_view()`, `hint` (the drag note),
    `legend`, and the drawn items `query_arrows`, `key_arrows`, `input_arrows`,
    `input_handles`, `context_arrows` (the w·v chain, then the context itself
    last), `projection_lines`, `dot_table`, with `dot_products` (the selected
    query's q·k for every key) for tests and tools.
    """

    def __init__(self, model: AttentionModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._picture: _Picture | None = None
        self._drag: _Drag | None = None
        self._own_hover: tuple[str, int, int] | None = None
        self._shape_signature: tuple | None = None
        # (key, points) of the last label layout, see _layout_labels.
        self._label_layout: tuple | None = None
        self._score_notes: dict[str, str] | None = None
        self._hint_for: tuple | None = None  # what the tooltip's hint was made for
        self._handle_ids: list[tuple[str, int]] = []
        self.dot_products = np.zeros(0)
        self._table_font = QFont()  # the application's, as a text item's
        self._table_fonts: dict[bool, tuple[QFont, QFont, QFont]] = {}  # by compactness
        self._table_content: tuple | None = None  # what the dot table shows now
        self._compact = False  # narrow: no legend, smaller dot table

        self._build_plot()
        mark_containers(self.plot_item, self.plot_item.titleLabel)
        self._drag_timer = QTimer(self)
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(DRAG_INTERVAL_MS)
        self._drag_timer.timeout.connect(self._flush_drag)

        model.changed.connect(self._on_session_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        # Pixels per unit change with zoom and size: labels find new free spots.
        self.plot_item.vb.sigTransformChanged.connect(self._layout_labels)
        self.plot_item.vb.sigResized.connect(self._on_view_resized)
        self.setMinimumSize(240, 220)
        self._on_session_changed()

    # -- building (once) ---------------------------------------------------
    def _build_plot(self) -> None:
        item = self.plot_item
        item.setAspectLocked(True, ratio=1.0)  # equal units: angles and lengths are true
        item.disableAutoRange()  # we grow/shrink the range ourselves, without jumps
        item.hideButtons()
        # No grid: it doubles the repaint cost of every drag step; zero lines and ticks suffice.
        for side in ("left", "bottom"):
            # Labels only (the zero lines are the reference): the axes then stay
            # out of the repaint of the plot on every drag step.
            labels_only(item.getAxis(side), color=TEXT_COLOR)
        # The zero axes and the selected query's line, on which the keys are projected.
        self.origin_lines = OriginLinesItem()
        self._zero_lines = [(0.0, _pen(ZERO_LINE_COLOR, 1.0)), (90.0, _pen(ZERO_LINE_COLOR, 1.0))]
        self._query_line_pen = _pen(_faded(SELECTION_COLOR, 150), 1.0, Qt.PenStyle.DotLine)
        self.origin_lines.set_lines(self._zero_lines)
        item.addItem(self.origin_lines)
        self.projection_lines = SegmentsItem(_pen(GUIDE_COLOR, 1.0, Qt.PenStyle.DashLine))
        item.addItem(self.projection_lines)

        self.input_arrows = ArrowsItem(_pen(INPUT_COLOR, 2.0))
        self.key_arrows = ArrowsItem(_pen(KEY_COLOR, 2.0))
        self.query_arrows = ArrowsItem(_pen(QUERY_COLOR, 2.0))
        self.context_arrows = ArrowsItem(_pen(CONTEXT_COLOR, 3.0))
        for arrows in (self.input_arrows, self.key_arrows, self.query_arrows, self.context_arrows):
            item.addItem(arrows)
        # Children of their arrows, so hiding a kind from the legend hides its labels too.
        self.input_handles = HandlesItem(self._on_handle_drag, parent=self.input_arrows)
        self.input_handles.setZValue(5)
        self._query_layer = LabelsItem(self.query_arrows)
        self._key_layer = LabelsItem(self.key_arrows)
        self._input_layer = LabelsItem(self.input_arrows)
        self._context_layer = LabelsItem(self.context_arrows)
        self._layers = (self._query_layer, self._key_layer, self._input_layer, self._context_layer)
        self._input_labels = self._input_layer.labels
        self._key_labels = self._key_layer.labels
        self._query_labels = self._query_layer.labels
        self.context_label = self._context_layer.new_label()

        # Corner overlays: parented to the ViewBox, so they stay put while panning.
        self.dot_table = DotTableItem()
        self.dot_table.setParentItem(item.vb)
        self.dot_table.setPos(TABLE_MARGIN, TABLE_MARGIN)
        self._table_corner = "top_left"  # moved by _place_dot_table
        self.dot_table.setZValue(20)

        # The legend is a strip under the plot, in the PlotItem's own layout, so it
        # never covers an arrow (clicking an entry still hides that kind).
        self.legend = item.addLegend(
            offset=None, colCount=4, frame=False, labelTextColor=TEXT_COLOR, labelTextSize="8pt"
        )
        item.layout.addItem(self.legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
        # The legend must not force the plot wider than the widget (even hidden,
        # a layout item counts); in a narrow view it is hidden instead.
        self.legend.setMinimumWidth(0)
        self.legend.addItem(self.query_arrows, self.tr("queries"))
        self.legend.addItem(self.key_arrows, self.tr("keys"))
        self.legend.addItem(self.context_arrows, self.tr("context = Σ w·v"))
        self._legend_has_inputs = False

    def close(self) -> None:
        # pyqtgraph's close() clears the scene and fails when repeated: stop
        # listening before the items go, and close once.
        if self.closed:
            return
        self._drag_timer.stop()
        self._model.changed.disconnect(self._on_session_changed)
        self._model.selectionChanged.disconnect(self._on_selection_changed)
        self._model.hoverChanged.disconnect(self._on_hover_changed)
        super().close()

    def resizeEvent(self, event) -> None:
        # Adapt first: the base class then lays the plot out to the new width.
        # pyqtgraph resizes during __init__ and while closing (items already gone).
        if getattr(self, "_picture", None) is not None and not self.closed:
            self._adapt_to_width()
        super().resizeEvent(event)

    def _adapt_to_width(self) -> None:
        # Two legend columns when narrow, so the strip never widens the plot;
        # in a compact view no legend at all (the arrows' labels still name them).
        columns = 4 if self.width() >= 520 else 2
        if self.legend.columnCount != columns:
            self.legend.setColumnCount(columns)
        compact = self.width() < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            self.legend.setVisible(not compact)
            self._update_dot_table()

    def _labels(self, layer: LabelsItem, count: int) -> list[ArrowLabel]:
        """The first `count` labels of `layer`, growing it as needed; extras hidden."""
        while len(layer.labels) < count:
            layer.new_label()
        for extra in layer.labels[count:]:
            extra.wanted = False
            extra.visible = False
        return layer.labels[:count]

    # -- model → view ------------------------------------------------------
    def _on_session_changed(self) -> None:
        session = self._model.session
        signature = (
            session.mode,
            session.n,
            session.m,
            session.d,
            session.d_k,
            session.d_v,
            None if session.decoder is None else session.decoder.shape[1],
        )
        refit = signature != self._shape_signature
        self._shape_signature = signature
        self._picture = self._make_picture()
        self._update_axes()
        self._update_inputs()
        self._update_keys()
        self._update_queries()
        self._update_selected()
        self._update_range(force=refit)
        self._layout_labels()

    def _on_selection_changed(self) -> None:
        self._update_queries()
        self._update_selected()
        self._update_range()
        self._layout_labels()

    def _on_hover_changed(self) -> None:
        self._update_inputs()
        self._update_keys()
        self._update_selected()
        self._layout_labels()

    def _make_picture(self) -> _Picture:
        result = self._model.result
        queries, keys, values = result.queries, result.keys, result.values
        d_k, d_v = keys.shape[1], values.shape[1]
        basis, fraction = _plane_basis(np.vstack([queries, keys]))
        exact = d_k <= 2
        if d_v <= 2:
            values_basis, values_plane = _plane_basis(values)[0], "exact"
        elif d_v == d_k and np.array_equal(values, keys):
            # Values are the keys (seq2seq, no projection): draw the context in
            # the keys' plane, so it is visibly built from the drawn key arrows.
            values_basis, values_plane = basis, "keys"
        else:
            values_basis, values_plane = _plane_basis(values)[0], "own"
        return _Picture(
            queries=project_2d(queries, basis),
            keys=project_2d(keys, basis),
            values=project_2d(values, values_basis),
            context=project_2d(result.context, values_basis),
            exact=exact,
            fraction=fraction,
            values_plane=values_plane,
        )

    def _update_axes(self) -> None:
        picture, session = self._picture, self._model.session
        if session.d_k == 1:
            bottom, left = self.tr("dimension 1 (d_k = 1)"), ""
        elif picture.exact:
            bottom, left = self.tr("dimension 1"), self.tr("dimension 2")
        else:
            # Whole percents; rounding first because fmt(x, 0) would strip a trailing 0 of "90".
            percent = fmt(round(100.0 * picture.fraction))
            bottom = self.tr("principal axis 1 (projection, {percent} % of the energy)").format(
                percent=percent
            )
            left = self.tr("principal axis 2")
        for side, text in (("bottom", bottom), ("left", left)):
            axis = self.plot_item.getAxis(side)
            if axis.labelText != text:
                self.plot_item.setLabel(side, text, color=TEXT_COLOR.name())

    @property
    def hint(self) -> str:
        """The one-line note on dragging, the plot's tooltip."""
        if self._draggable_matrices():
            return self.tr("Drag the grey tips to move the inputs")
        return self.tr("Drag the input arrows when d = 2 (here d = {d})").format(
            d=self._model.session.d
        )

    def _draggable_matrices(self) -> list[str]:
        session = self._model.session
        names = ["inputs"] if session.d == 2 else []
        if session.mode == "seq2seq" and session.decoder is not None:
            if session.decoder.shape[1] == 2:
                names.append("decoder")
        return names

    def _update_inputs(self) -> None:
        """Grey input arrows with draggable tips, only where the input is 2-D."""
        session = self._model.session
        tips, pens, colors, texts, ids = [], [], [], [], []
        hover = self._model.hover
        dragged = None if self._drag is None else (self._drag.matrix, self._drag.row)
        for name in self._draggable_matrices():
            matrix = session.matrix(name)
            labels = session.labels if name == "inputs" else session.query_labels
            base = INPUT_COLOR if name == "inputs" else DECODER_COLOR
            for row, vector in enumerate(matrix):
                active = (name, row) == dragged or (
                    hover is not None and hover[0] == name and hover[1] == row
                )
                color = HOVER_COLOR if active else base
                tips.append(vector)
                pens.append(_pen(color, 2.5 if active else 1.8))
                colors.append(color)
                # Only the grip under the mouse is named: the key and query
                # labels already name every token, and a third set would pile up.
                texts.append(labels[row] if active else None)
                ids.append((name, row))
        tips = np.array(tips, dtype=np.float64).reshape(-1, 2)
        self.input_arrows.setData(np.zeros_like(tips), tips, pens)
        self.input_handles.setData(tips, colors)
        self._handle_ids = ids
        labels = self._labels(self._input_layer, len(tips))
        for label, tip, text, color in zip(labels, tips, texts, colors, strict=True):
            if text is None:
                label.wanted = False
                label.visible = False
                continue
            self._place_label(
                label,
                tip,
                f'<span style="color:{color.name()}">{html.escape(text)}</span>',
                priority=1,
            )
        self._sync_legend(bool(ids))

    def _sync_legend(self, with_inputs: bool) -> None:
        if with_inputs == self._legend_has_inputs:
            return
        if with_inputs:
            self.legend.addItem(self.input_arrows, self.tr("inputs (drag)"))
        else:
            self.legend.removeItem(self.input_arrows)
        self._legend_has_inputs = with_inputs

    def _update_keys(self) -> None:
        keys = self._picture.keys
        hovered = self._model.hovered_key
        labels = self._model.session.labels
        pens, colors = [], []
        for j in range(len(keys)):
            color = HOVER_COLOR if j == hovered else KEY_COLOR
            colors.append(color)
            pens.append(_pen(color, 3.2 if j == hovered else 2.0))
        self.key_arrows.setData(np.zeros_like(keys), keys, pens)
        items = self._labels(self._key_layer, len(keys))
        for j, label in enumerate(items):
            weight = "bold" if j == hovered else "normal"
            self._place_label(
                label,
                keys[j],
                f'<span style="color:{colors[j].name()};'
                f'font-weight:{weight}">'
                f"{html.escape(labels[j])}</span>",
                priority=1 if j == hovered else 3,
            )

    def _update_queries(self) -> None:
        queries = self._picture.queries
        selected = self._model.selected_query
        labels = self._model.session.query_labels
        pens = []
        for i in range(len(queries)):
            pens.append(_pen(SELECTION_COLOR, 3.8) if i == selected else _pen(QUERY_COLOR, 1.8))
        self.query_arrows.setData(np.zeros_like(queries), queries, pens)
        items = self._labels(self._query_layer, len(queries))
        for i, label in enumerate(items):
            color = SELECTION_COLOR.darker(115) if i == selected else QUERY_COLOR
            weight = "bold" if i == selected else "normal"
            self._place_label(
                label,
                queries[i],
                f'<span style="color:{color.name()};'
                f'font-weight:{weight}">'
                f"q<sub>{html.escape(labels[i])}</sub></span>",
                priority=0 if i == selected else 4,
            )

    def _update_selected(self) -> None:
        """Projections of the keys on the selected query, the dot table, the context chain."""
        picture, result = self._picture, self._model.result
        i = self._model.selected_query
        q = picture.queries[i]
        norm = float(np.hypot(*q))
        if norm > 1e-12:
            direction = q / norm
            feet = np.outer(picture.keys @ direction, direction)
            pairs = np.empty((2 * len(feet), 2))
            pairs[0::2], pairs[1::2] = picture.keys, feet
            self.projection_lines.setData(
                pairs[:, 0].astype(np.float32), pairs[:, 1].astype(np.float32), connect="pairs"
            )
            angle = math.degrees(math.atan2(direction[1], direction[0]))
            self.origin_lines.set_lines([*self._zero_lines, (angle, self._query_line_pen)])
        else:
            self.projection_lines.setData([], [])
            self.origin_lines.set_lines(self._zero_lines)

        # The true dot products (in d_k dimensions), not those of the 2-D picture.
        self.dot_products = result.queries[i] @ result.keys.T
        self._update_dot_table()

        # Context: w_i1·v_1 + w_i2·v_2 + ... placed head to tail, then the sum itself.
        weights = result.weights[i]
        steps = weights[:, None] * picture.values
        ends = np.cumsum(steps, axis=0)
        starts = ends - steps
        context = picture.context[i]
        chain_pen = _pen(_faded(CONTEXT_COLOR, 140), 1.6)
        pens = [chain_pen] * len(steps) + [_pen(CONTEXT_COLOR, 3.4)]
        self.context_arrows.setData(
            np.vstack([starts, [[0.0, 0.0]]]), np.vstack([ends, [context]]), pens
        )
        # Outside the f-string, so lupdate finds the text to translate.
        name = html.escape(self.tr("context"))
        self._place_label(
            self.context_label,
            context,
            f'<span style="color:{CONTEXT_COLOR.name()};font-weight:bold">{name}</span>',
            priority=2,
        )

    def _update_dot_table(self) -> None:
        """The selected query's dot products, a row each, then a footer.

        Rows below the plot's bottom would be cut off by it: they are left out."""
        i = self._model.selected_query
        session, result = self._model.session, self._model.result
        query = html.escape(session.query_labels[i])
        mask = result.mask[i]
        dots = self.dot_products
        visible = np.where(mask, dots, -np.inf)
        largest = int(np.argmax(visible)) if mask.any() else -1
        hovered = self._model.hovered_key
        fonts = self._table_fonts.get(self._compact)
        if fonts is None:
            font = QFont(self._table_font)
            if self._compact:
                font.setPointSizeF(8.0)
            bold_font = QFont(font)
            bold_font.setBold(True)
            footer_font = QFont(self._table_font)
            footer_font.setPointSizeF(8.0)
            fonts = self._table_fonts[self._compact] = (font, bold_font, footer_font)
        font = fonts[0]
        labels = session.labels
        shown = min(len(labels), self._dot_table_rows(font))
        rows = []
        for j in range(shown):
            value = fmt(dots[j])
            color = TEXT_COLOR
            if not mask[j]:
                color = MASKED_TEXT_COLOR
                value += " " + self.tr("(masked)")
            elif j == hovered:
                color = HOVER_TEXT_COLOR
            name = f"q<sub>{query}</sub>·k<sub>{html.escape(labels[j])}</sub>"
            plain = f"q{session.query_labels[i]}·k{labels[j]}"
            rows.append((name, plain, value, color, j == largest))
        footer = []
        if shown == len(labels):  # else the footer is below the plot's bottom anyway
            footer.append(self._score_note())
            if self._picture.values_plane == "own":
                footer.append(self.tr("context: in the values' own plane"))
        # How to drag is a hint, not a number: in the tooltip, where it hides no arrow.
        draggable = (tuple(self._draggable_matrices()), self._model.session.d)
        if draggable != self._hint_for:
            self._hint_for = draggable
            self.viewport().setToolTip(self.hint)
        content = (rows, footer, self._compact)
        if content != self._table_content:
            self._table_content = content
            self.dot_table.set_content(rows, footer, fonts)

    def _dot_table_rows(self, font: QFont) -> int:
        """How many rows can show: more are cut off by the plot, so never laid out."""
        row = 0.8 * QFontMetricsF(font).height()  # a row is never lower than this
        # Three spare rows: labels near the bottom still see the table as an obstacle.
        return int(self.plot_item.vb.height() / row) + 3

    def _score_note(self) -> str:
        if self._score_notes is None:  # translated once, not on every drag step
            self._score_notes = {
                "dot": self.tr("score = q·k"),
                "scaled_dot": self.tr("score = q·k / √d_k"),
                "cosine": self.tr("score = cos(q, k)"),
                "general": self.tr("score = q·W_a·k"),
                "additive": self.tr("score = v_a·tanh(W_a·[q; k])"),
            }
        return self._score_notes.get(self._model.session.score_kind, "")

    def _place_label(self, label: ArrowLabel, tip: np.ndarray, text: str, priority: int) -> None:
        """Show `label` at the arrow tip; `_layout_labels` picks the side.

        Lower `priority` gets the first choice of free space; a label of
        priority 4 (a plain query name) with no free spot is hidden."""
        label.tip = (float(tip[0]), float(tip[1]))
        label.priority = priority
        label.set_html(text)
        label.wanted = True

    def _all_labels(self) -> list[ArrowLabel]:
        return [*self._query_labels, *self._key_labels, *self._input_labels, self.context_label]

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
            "top_right": (box.width() - w - m, m),
            "bottom_left": (m, box.height() - h - m),
            "bottom_right": (box.width() - w - m, box.height() - h - m),
        }

        def hidden(corner: str) -> int:
            x, y = corners[corner]
            x0, y0 = box.left() + x, box.top() + y
            count = 0
            for points, weight in ((heads, 3), (shafts, 1)):
                if len(points):
                    inside = (
                        (points[:, 0] > x0) & (points[:, 0] < x0 + w)
                        & (points[:, 1] > y0) & (points[:, 1] < y0 + h)
                    )
                    count += weight * int(inside.sum())
            return count

        current = self._table_corner
        hides = hidden(current)
        if hides:  # else it stays: nothing could be better (and no others to test)
            scores = {corner: hidden(corner) for corner in corners if corner != current}
            best = min(scores, key=scores.get)
            if scores[best] < hides:
                current = self._table_corner = best
        x, y = corners[current]
        position = QPointF(max(m, x), max(m, y))
        if self.dot_table.pos() != position:
            self.dot_table.setPos(position)

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
        to_scene = _scene_mapper(self.plot_item.vb.childGroup.sceneTransform())
        origin = to_scene(np.zeros((1, 2)))[0]
        kinds = [
            arrows
            for arrows in (
                self.key_arrows,
                self.query_arrows,
                self.context_arrows,
                self.input_arrows,
            )
            if arrows.isVisible() and len(arrows.ends)
        ]
        heads = to_scene(np.vstack([a.ends for a in kinds])) if kinds else np.zeros((0, 2))
        shafts = [a.starts + t * (a.ends - a.starts) for a in kinds for t in (0.4, 0.6, 0.8)]
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
        if last is not None and _same_layout(last[0], key) and _within(last[1], points, 1.0):
            return
        self._label_layout = (key, points)
        visible, anchors = place_labels(tips, sizes, priorities, heads, shafts, table, origin)
        for label, show, anchor in zip(labels, visible, anchors, strict=True):
            label.visible = show
            if show:
                label.anchor = anchor

    # -- view range: grow when something leaves, shrink when far too large --
    def _drawn_points(self) -> np.ndarray:
        parts = [
            np.zeros((1, 2)),
            self.key_arrows.ends,
            self.query_arrows.ends,
            self.context_arrows.ends,
            self.input_handles.points,
        ]
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
        # Pixel y grows downwards, view y upwards; the box's margin may be cut off.
        reach = np.column_stack(
            [
                anchors[:, 0] * sizes[:, 0],
                (1 - anchors[:, 0]) * sizes[:, 0],
                (1 - anchors[:, 1]) * sizes[:, 1],
                anchors[:, 1] * sizes[:, 1],
            ]
        )
        return tips, np.maximum(reach - LABEL_MARGIN, 0.0)

    def _fitted_range(self, lo: np.ndarray, hi: np.ndarray, margin: float):
        """The range showing lo..hi with `margin` round it and every label whole.

        Labels are sized in pixels, so the room they need in view units depends
        on the scale the range itself sets: found by a few fixed-point steps.
        """
        box_lo, box_hi = lo - margin, hi + margin
        vb = self.plot_item.vb
        view_px = np.array([vb.width(), vb.height()])
        tips, reach = self._label_reach()
        if not len(tips) or (view_px < 60).any():
            return (box_lo[0], box_hi[0]), (box_lo[1], box_hi[1])
        # 10 % more than the labels need now, so a small drag does not refit.
        limit = 0.3 * np.repeat(view_px, 2)
        reach = np.minimum(reach * 1.1 + 2, limit)
        per_px = float(np.max((box_hi - box_lo) / view_px))  # view units per pixel
        for _ in range(50):
            x0 = min(box_lo[0], float((tips[:, 0] - reach[:, 0] * per_px).min()))
            x1 = max(box_hi[0], float((tips[:, 0] + reach[:, 1] * per_px).max()))
            y0 = min(box_lo[1], float((tips[:, 1] - reach[:, 2] * per_px).min()))
            y1 = max(box_hi[1], float((tips[:, 1] + reach[:, 3] * per_px).max()))
            needed = max((x1 - x0) / view_px[0], (y1 - y0) / view_px[1])
            if needed <= per_px * (1 + 1e-6):
                break
            per_px = needed
        return (x0, x1), (y0, y1)

    def _labels_cut_off(self, x_range, y_range) -> bool:
        """Whether a label on show reaches past the current view."""
        tips, reach = self._label_reach()
        per_x, per_y = self.plot_item.vb.viewPixelSize()
        if not len(tips) or not per_x or not per_y:
            return False
        return bool(
            (tips[:, 0] - reach[:, 0] * per_x < x_range[0]).any()
            or (tips[:, 0] + reach[:, 1] * per_x > x_range[1]).any()
            or (tips[:, 1] - reach[:, 2] * per_y < y_range[0]).any()
            or (tips[:, 1] + reach[:, 3] * per_y > y_range[1]).any()
        )

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

    def _on_view_resized(self) -> None:
        # A new size may cut labels off (e.g. at the first show): refit if so.
        if self._picture is not None:
            self._update_dot_table()  # a taller plot shows more rows
            self._update_range()
        self._layout_labels()

    # -- view → model: hover, click, drag ----------------------------------
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

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        if self._drag is not None:
            return
        cell, cursor = None, None
        if self.input_arrows.isVisible():
            k = self._pick(self.input_handles.points, scene_pos)
            if k is not None:
                name, row = self._handle_ids[k]
                cell, cursor = (name, row, 0), Qt.CursorShape.OpenHandCursor
        if cell is None and self.key_arrows.isVisible():
            j = self._pick(self.key_arrows.ends, scene_pos)
            if j is not None:
                cell = ("keys", j, 0)
        if cell is None and self.query_arrows.isVisible():
            if self._pick(self.query_arrows.ends, scene_pos) is not None:
                cursor = Qt.CursorShape.PointingHandCursor
        if cursor is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(cursor)
        self._set_own_hover(cell)

    def _set_own_hover(self, cell: tuple[str, int, int] | None) -> None:
        """Hover what is under the mouse; clear only a hover this view set."""
        if cell is None:
            if self._own_hover is not None and self._model.hover == self._own_hover:
                self._model.set_hover(None)
            self._own_hover = None
            return
        self._own_hover = cell
        self._model.set_hover(cell)

    def leaveEvent(self, event) -> None:
        if self._drag is None:
            self._set_own_hover(None)
        super().leaveEvent(event)

    def _on_scene_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.query_arrows.isVisible():
            return
        i = self._pick(self.query_arrows.ends, event.scenePos())
        if i is not None:
            self._model.select_query(i)
            event.accept()

    def _on_handle_drag(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        vb = self.plot_item.vb
        if event.isStart():
            k = self._pick(self.input_handles.points, event.buttonDownScenePos())
            if k is None:
                event.ignore()  # not on a grip: let the ViewBox pan
                return
            name, row = self._handle_ids[k]
            session = self._model.session
            grabbed = vb.mapSceneToView(event.buttonDownScenePos())
            tip = np.array(session.matrix(name)[row], dtype=np.float64)
            labels = session.labels if name == "inputs" else session.query_labels
            if name == "inputs":
                text = self.tr("Drag input {label}").format(label=labels[row])
            else:
                text = self.tr("Drag decoder state {label}").format(label=labels[row])
            self._drag = _Drag(name, row, tip - (grabbed.x(), grabbed.y()), text)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self._model.begin_gesture()
        elif self._drag is None:
            event.ignore()
            return
        event.accept()
        mouse = vb.mapSceneToView(event.scenePos())
        self._drag.pending = np.array([mouse.x(), mouse.y()]) + self._drag.offset
        if event.isFinish():
            self._drag_timer.stop()
            self._flush_drag()
            drag, self._drag = self._drag, None
            self._model.end_gesture(drag.text)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            self._update_inputs()  # the grip is no longer "being dragged"
            self._layout_labels()
        elif not self._drag_timer.isActive():
            # At most one recompute per frame; the timer sends the latest position.
            self._flush_drag()
            self._drag_timer.start()

    def _flush_drag(self) -> None:
        drag = self._drag
        if drag is None or drag.pending is None:
            return
        matrix = np.array(self._model.session.matrix(drag.matrix), dtype=np.float64)
        matrix[drag.row] = drag.pending
        drag.pending = None
        self._model.preview(self._model.session.with_matrix(drag.matrix, matrix))
