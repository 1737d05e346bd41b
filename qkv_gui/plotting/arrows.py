"""Arrows and the other geometry items, on one base that caches its bounds.

Each item draws many shapes in one `paint()`, in device pixels where sizes
are given in pixels (arrow heads, grips), and works its bounding rect out
once per data and zoom instead of on every repaint.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

from .runs import runs_by_object

HEAD_PX = 11.0  # arrow head length in screen pixels, whatever the zoom
HANDLE_PX = 5.5  # radius of a drag handle
PICK_PX = 11.0  # how near (pixels) the mouse must be to a tip to hover or grab it
# More arrows than this in one item (a session of hundreds of tokens): the thin
# ones are drawn without heads, which would only pile up, and their shafts in one call.
CROWDED_ARROWS = 96
BOLD_PX = 3.0  # pens at least this wide (selected, hovered, the context) keep their heads

_PENS: dict[tuple, QPen] = {}


def cosmetic_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen with round caps; equal pens are one shared (never changed) object."""
    key = (QColor(color).rgba(), float(width), style)
    pen = _PENS.get(key)
    if pen is None:
        pen = QPen(QColor(color), width, style)
        pen.setCosmetic(True)  # widths in pixels: arrows stay crisp at any zoom
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        _PENS[key] = pen
    return pen


def faded(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def scene_mapper(transform):
    """A vectorised `transform.map` for N × 2 arrays (affine transforms only)."""
    matrix = np.array([[transform.m11(), transform.m12()], [transform.m21(), transform.m22()]])
    offset = np.array([transform.dx(), transform.dy()])

    def to_scene(points: np.ndarray) -> np.ndarray:
        return np.asarray(points, dtype=np.float64) @ matrix + offset

    return to_scene



def pixel_padded(item: pg.GraphicsObject, rect: QRectF, pad_x: float, pad_y: float) -> QRectF:
    """`rect` (view units) grown by a padding given in pixels.

    A PlotWidget's scene units are its pixels, so the scene transform's scale
    gives the pixel size (pyqtgraph's pixelLength works it out far more slowly).
    """
    t = item.sceneTransform()
    sx, sy = math.hypot(t.m11(), t.m12()), math.hypot(t.m21(), t.m22())
    px = 1.0 / sx if sx else 0.0
    py = 1.0 / sy if sy else 0.0
    return rect.adjusted(-pad_x * px, -pad_y * py, pad_x * px, pad_y * py)


def data_rect(points: np.ndarray) -> QRectF:
    if not len(points):
        return QRectF()
    lo, hi = points.min(axis=0), points.max(axis=0)
    return QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])



class CachedBoundsItem(pg.GraphicsObject):
    """A graphics item whose bounding rect is worked out once per data and zoom.

    Qt asks for it several times per repaint; subclasses say what it is in
    `_bounds_now()` (often padded by pixels, so it follows the zoom) and call
    `bounds_changed()` when their data change.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bounds: QRectF | None = None

    def _bounds_now(self) -> QRectF:
        return QRectF()

    def bounds_changed(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            self._bounds = self._bounds_now()
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        # A padding given in pixels changes with the zoom.
        self.bounds_changed()


class ArrowsItem(CachedBoundsItem):
    """Many arrows painted in one `paint()` call; heads are sized in screen pixels.

    `starts`, `ends` (N × 2, view coordinates, float64) and `pens` are public
    so tests can read exactly what is drawn. Thicker arrows are painted last,
    so a bold (selected) arrow is never hidden under thin ones. Arrows sharing
    a pen are drawn together: one path of shafts, one of heads.
    """

    def __init__(self, pen: QPen, parent=None, tips_when_crowded: bool = False):
        super().__init__(parent)
        # Arrows from one origin, crowded, are drawn as dots at their tips: hundreds
        # of shafts from one point pile into a hedgehog that hides where the
        # vectors point (and cost a line each to rasterise); a cloud of tips shows it.
        self.tips_when_crowded = tips_when_crowded
        # Read by pyqtgraph's legend to draw this item's sample line.
        self.opts = {"pen": pen, "antialias": True}
        self.starts = np.zeros((0, 2))
        self.ends = np.zeros((0, 2))
        self.pens: list[QPen] = []
        self._pen_runs: list[tuple[QPen, list[int]]] | None = None  # `_runs`, per setData
        self._data_rect = QRectF()

    def setData(self, starts: np.ndarray, ends: np.ndarray, pens: list[QPen]) -> None:
        self.bounds_changed()
        self.starts = np.array(starts, dtype=np.float64).reshape(-1, 2)
        self.ends = np.array(ends, dtype=np.float64).reshape(-1, 2)
        self.pens = list(pens)
        self._pen_runs = None
        self._data_rect = data_rect(np.vstack([self.starts, self.ends]))
        self.update()

    def drawn_as_tips(self) -> bool:
        """Whether the arrows are drawn as dots at their tips (crowded, `tips_when_crowded`)."""
        return self.tips_when_crowded and len(self.ends) > CROWDED_ARROWS

    def head_ends(self) -> np.ndarray:
        """The tips that carry a head (all, unless the item is crowded: then only the
        bold arrows'), which labels keep clear of."""
        if len(self.ends) <= CROWDED_ARROWS:
            return self.ends
        bold = sorted(k for pen, indices in self._runs() if pen.widthF() >= BOLD_PX for k in indices)
        return self.ends[bold]

    def _bounds_now(self) -> QRectF:
        if not len(self.ends):
            return QRectF()
        # Pad by the head size, converted from pixels to view units.
        return pixel_padded(self, self._data_rect, HEAD_PX + 4, HEAD_PX + 4)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        if not len(self.ends):
            return [None, None]
        values = np.concatenate([self.starts[:, ax], self.ends[:, ax]])
        return [float(values.min()), float(values.max())]

    def _runs(self) -> list[tuple[QPen, list[int]]]:
        """(pen, arrow indices) for consecutive arrows of equal pen, thinnest first.

        Crowded items (`CROWDED_ARROWS`) gather every arrow of a pen into one run, so
        hundreds of arrows in a few alternating colours are a few runs, not hundreds.
        Worked out once per `setData` (an item repaints more often than it changes)."""
        if self._pen_runs is None:
            self._pen_runs = self._make_runs()
        return self._pen_runs

    def _make_runs(self) -> list[tuple[QPen, list[int]]]:
        pens = self.pens
        if len(pens) > CROWDED_ARROWS:
            # Shared pens (`cosmetic_pen`): one run per pen object.
            return sorted(runs_by_object(pens), key=lambda run: run[0].widthF())
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
        if len(self.ends) > CROWDED_ARROWS:
            self._paint_crowded(painter)
            return
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


    def _paint_crowded(self, painter: QPainter) -> None:
        """Hundreds of arrows (a long sequence): every shaft, in one call per pen and
        worked out with numpy; heads only on the bold arrows (the selected query, the
        hovered key), since hundreds of heads would pile up into one smear. With
        `tips_when_crowded`, the thin arrows are dots at their tips instead."""
        t = painter.transform()
        to_device = np.array([[t.m11(), t.m12()], [t.m21(), t.m22()]])
        offset = np.array([t.dx(), t.dy()])
        starts, ends = self.starts @ to_device + offset, self.ends @ to_device + offset
        painter.save()
        painter.resetTransform()
        # Hundreds of thin shafts crossing each other: antialiasing them costs more
        # than it shows (the bold arrows keep it).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, indices in self._runs():
            rows = np.asarray(indices)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, pen.widthF() >= BOLD_PX)
            bold = pen.widthF() >= BOLD_PX
            a, b = starts[rows], ends[rows]
            if self.drawn_as_tips() and not bold:
                _draw_dots(painter, b, _dot(pen.color()))
                continue
            if bold:  # stop the shaft inside the head, as `paint` does
                length = np.maximum(np.hypot(*(b - a).T), 1e-9)[:, None]
                head = np.minimum(HEAD_PX + pen.widthF(), 0.6 * length)
                b_shaft = b - (b - a) / length * 0.7 * head
            else:
                b_shaft = b
            # Thin shafts faded: where hundreds cross, the density shows, and the
            # labels and bold arrows under them stay readable.
            painter.setPen(_shaft_pen(pen) if bold else _crowded_pen(pen))
            lines = PrimitiveArray(QLineF, 4)  # numpy-backed: no Python object per line
            lines.resize(len(a))
            table = lines.ndarray()
            table[:, 0:2], table[:, 2:4] = a, b_shaft
            painter.drawLines(*lines.drawargs())
            if not bold:
                continue
            painter.setPen(_head_pen(pen))
            painter.setBrush(pen.color())
            for (ax, ay), (bx, by), size in zip(a.tolist(), b.tolist(), head[:, 0].tolist(), strict=True):
                length = math.hypot(bx - ax, by - ay)
                if length < 0.5:
                    continue
                ux, uy, half = (bx - ax) / length, (by - ay) / length, 0.42 * size
                base_x, base_y = bx - ux * size, by - uy * size
                painter.drawPolygon(QPolygonF([
                    QPointF(bx, by),
                    QPointF(base_x - uy * half, base_y + ux * half),
                    QPointF(base_x + uy * half, base_y - ux * half),
                ]))
        painter.restore()


CROWDED_ALPHA = 70


def _crowded_pen(pen: QPen) -> QPen:
    """`pen`'s flat-ended shaft, faded to CROWDED_ALPHA, for crowded thin arrows."""
    key = ("crowded", pen.color().rgba(), pen.widthF(), pen.style())
    faint = _PENS.get(key)
    if faint is None:
        faint = _PENS[key] = QPen(_shaft_pen(pen))
        faint.setColor(faded(pen.color(), CROWDED_ALPHA))
    return faint


TIP_PX = 4  # the dot of a crowded arrow drawn as its tip
TIP_ALPHA = 150  # a little faded: where hundreds of tips overlap, the density shows
_DOTS: dict[int, QPixmap] = {}


def _dot(color: QColor) -> QPixmap:
    """A round dot of `color`, TIP_PX across, drawn once and stamped at every tip
    (drawing 512 round points one by one cost a millisecond a repaint)."""
    key = color.rgba()
    dot = _DOTS.get(key)
    if dot is None:
        dot = _DOTS[key] = QPixmap(TIP_PX + 2, TIP_PX + 2)
        dot.fill(Qt.GlobalColor.transparent)
        painter = QPainter(dot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faded(color, TIP_ALPHA))
        painter.drawEllipse(QRectF(1, 1, TIP_PX, TIP_PX))
        painter.end()
    return dot


def _draw_dots(painter: QPainter, centres: np.ndarray, dot: QPixmap) -> None:
    """`dot` at every centre (N × 2, device pixels), in one call (as pyqtgraph's scatter plots do)."""
    fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
    fragments.resize(len(centres))
    table = fragments.ndarray()  # x, y, source left, top, width, height, scale x, y, rotation, opacity
    table[:, 0:2] = centres
    table[:, 2:4] = 0.0
    table[:, 4] = dot.width()
    table[:, 5] = dot.height()
    table[:, 6:8] = 1.0
    table[:, 8] = 0.0
    table[:, 9] = 1.0
    painter.drawPixmapFragments(*fragments.drawargs(), dot)


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


class OriginLinesItem(CachedBoundsItem):
    """Lines through the origin (the zero axes, the selected query's direction)
    across the whole view, in one `paint()`.

    What pg.InfiniteLine draws, without its per-line Python bookkeeping on
    every repaint (three of them cost more than all the arrow labels).
    `lines` holds (angle in degrees, pen) per line, for tests to read.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[tuple[float, QPen]] = []

    def set_lines(self, lines: list[tuple[float, QPen]]) -> None:
        if lines != self.lines:
            self.lines = list(lines)
            self.update()

    def _bounds_now(self) -> QRectF:
        # The view's range: the lines cross all of it.
        view = self.getViewBox()
        return QRectF() if view is None else view.viewRect()

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        self.bounds_changed()

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        pass  # no pixel padding: only the range matters

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


class SegmentsItem(CachedBoundsItem):
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

    def setData(self, x, y, **_ignored) -> None:
        self.bounds_changed()
        self._x = np.asarray(x, dtype=np.float64).ravel()
        self._y = np.asarray(y, dtype=np.float64).ravel()
        self._data_rect = data_rect(np.column_stack([self._x, self._y]))
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._y

    def _bounds_now(self) -> QRectF:
        if len(self._x) < 2:
            return QRectF()
        return pixel_padded(self, self._data_rect, 2, 2)

    def paint(self, painter: QPainter, *args) -> None:
        count = len(self._x) // 2
        if not count:
            return
        to_device = scene_mapper(painter.transform())
        points = to_device(np.column_stack([self._x[: 2 * count], self._y[: 2 * count]])).tolist()
        painter.save()
        painter.resetTransform()
        painter.setPen(self._pen)
        for k in range(count):
            painter.drawLine(QLineF(*points[2 * k], *points[2 * k + 1]))
        painter.restore()


class HandlesItem(CachedBoundsItem):
    """Round grips at vector tips. Drags are handed to `drag_handler(event)`,
    which accepts them only when the press was on a grip (else the view pans)."""

    def __init__(self, drag_handler, parent=None):
        super().__init__(parent)
        self._drag_handler = drag_handler
        self.points = np.zeros((0, 2))
        self.colors: list[QColor] = []
        self._data_rect = QRectF()

    def setData(self, points: np.ndarray, colors: list[QColor]) -> None:
        self.bounds_changed()
        self.points = np.array(points, dtype=np.float64).reshape(-1, 2)
        self.colors = list(colors)
        self._data_rect = data_rect(self.points)
        self.update()

    def _bounds_now(self) -> QRectF:
        if not len(self.points):
            return QRectF()
        return pixel_padded(self, self._data_rect, PICK_PX + 2, PICK_PX + 2)

    def paint(self, painter: QPainter, *args) -> None:
        if not len(self.points):
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for point, color in zip(self.points, self.colors, strict=True):
            center = transform.map(QPointF(*point))
            painter.setPen(cosmetic_pen(color.darker(140), 1.5))
            painter.setBrush(faded(color, 200))
            painter.drawEllipse(center, HANDLE_PX, HANDLE_PX)
        painter.restore()

    def mouseDragEvent(self, event) -> None:
        self._drag_handler(event)

