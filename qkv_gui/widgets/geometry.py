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
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from ..core.format import fmt
from ..core.pca import plane_basis, project_2d
from ..model import AttentionModel
from .colors import HOVER_COLOR, SELECTION_COLOR

pg.setConfigOption("imageAxisOrder", "row-major")

QUERY_COLOR = QColor(200, 40, 40)
KEY_COLOR = QColor(31, 110, 180)
INPUT_COLOR = QColor(165, 165, 165)
DECODER_COLOR = QColor(120, 120, 120)
CONTEXT_COLOR = QColor(120, 50, 170)
TEXT_COLOR = QColor(30, 30, 30)
GUIDE_COLOR = QColor(110, 110, 110)

HEAD_PX = 11.0  # arrow head length in screen pixels, whatever the zoom
HANDLE_PX = 5.5  # radius of a drag handle
PICK_PX = 11.0  # how near (pixels) the mouse must be to a tip to hover or grab it
DRAG_INTERVAL_MS = 16  # recompute at most once per frame while dragging
COMPACT_WIDTH = 400  # narrower than this (pixels): no legend, a smaller dot table


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), width, style)
    pen.setCosmetic(True)  # widths in pixels: arrows stay crisp at any zoom
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
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


def _overlaps(box: tuple[float, float, float, float], boxes: np.ndarray) -> int:
    """How many rows of `boxes` (x0, y0, x1, y1) overlap `box`."""
    return int(
        np.count_nonzero(
            (boxes[:, 0] < box[2])
            & (boxes[:, 2] > box[0])
            & (boxes[:, 1] < box[3])
            & (boxes[:, 3] > box[1])
        )
    )


class ArrowsItem(pg.GraphicsObject):
    """Many arrows painted in one `paint()` call; heads are sized in screen pixels.

    `starts`, `ends` (N × 2, view coordinates, float64) and `pens` are public
    so tests can read exactly what is drawn. Thicker arrows are painted last,
    so a bold (selected) arrow is never hidden under thin ones.
    """

    def __init__(self, pen: QPen, parent=None):
        super().__init__(parent)
        # Read by pyqtgraph's legend to draw this item's sample line.
        self.opts = {"pen": pen, "antialias": True}
        self.starts = np.zeros((0, 2))
        self.ends = np.zeros((0, 2))
        self.pens: list[QPen] = []
        self._data_rect = QRectF()

    def setData(self, starts: np.ndarray, ends: np.ndarray, pens: list[QPen]) -> None:
        self.prepareGeometryChange()
        self.starts = np.array(starts, dtype=np.float64).reshape(-1, 2)
        self.ends = np.array(ends, dtype=np.float64).reshape(-1, 2)
        self.pens = list(pens)
        if len(self.ends):
            both = np.vstack([self.starts, self.ends])
            lo, hi = both.min(axis=0), both.max(axis=0)
            self._data_rect = QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
        else:
            self._data_rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        if not len(self.ends):
            return QRectF()
        # Pad by the head size, converted from pixels to view units.
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        py = self.pixelLength(pg.Point(0, 1)) or 0.0
        pad = HEAD_PX + 4
        return self._data_rect.adjusted(-pad * px, -pad * py, pad * px, pad * py)

    def viewTransformChanged(self) -> None:
        # The pixel padding of the bounding rect changes with the zoom.
        self.prepareGeometryChange()

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        if not len(self.ends):
            return [None, None]
        values = np.concatenate([self.starts[:, ax], self.ends[:, ax]])
        return [float(values.min()), float(values.max())]

    def paint(self, painter: QPainter, *args) -> None:
        if not len(self.ends):
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()  # draw in device pixels so heads keep their size
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        order = sorted(range(len(self.pens)), key=lambda k: self.pens[k].widthF())
        for k in order:
            a = transform.map(QPointF(*self.starts[k]))
            b = transform.map(QPointF(*self.ends[k]))
            dx, dy = b.x() - a.x(), b.y() - a.y()
            length = math.hypot(dx, dy)
            if length < 0.5:
                continue
            pen = self.pens[k]
            ux, uy = dx / length, dy / length
            head = min(HEAD_PX + pen.widthF(), 0.6 * length)
            half = 0.42 * head
            base = QPointF(b.x() - ux * head, b.y() - uy * head)
            # Stop the shaft inside the head so a thick pen doesn't poke through the tip.
            shaft_end = QPointF(b.x() - ux * head * 0.7, b.y() - uy * head * 0.7)
            painter.setPen(pen)
            painter.drawLine(a, shaft_end)
            outline = QPen(pen.color(), 1.0)
            outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(outline)
            painter.setBrush(pen.color())
            painter.drawPolygon(
                QPolygonF(
                    [
                        b,
                        QPointF(base.x() - uy * half, base.y() + ux * half),
                        QPointF(base.x() + uy * half, base.y() - ux * half),
                    ]
                )
            )
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

    def setData(self, points: np.ndarray, colors: list[QColor]) -> None:
        self.prepareGeometryChange()
        self.points = np.array(points, dtype=np.float64).reshape(-1, 2)
        self.colors = list(colors)
        if len(self.points):
            lo, hi = self.points.min(axis=0), self.points.max(axis=0)
            self._data_rect = QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
        else:
            self._data_rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        if not len(self.points):
            return QRectF()
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        py = self.pixelLength(pg.Point(0, 1)) or 0.0
        pad = PICK_PX + 2
        return self._data_rect.adjusted(-pad * px, -pad * py, pad * px, pad * py)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()

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


class GeometryView(pg.PlotWidget):
    """Queries, keys and the selected query's context vector as arrows in a plane.

    Public: `plot_item` (for exporting), `fit_view()`, `hint` (the drag note),
    `legend`, and the drawn items `query_arrows`, `key_arrows`, `input_arrows`,
    `input_handles`, `context_arrows` (the w·v chain, then the context itself
    last), `projection_lines`, `dot_table`, with `dot_products` (the selected
    query's q·k for every key) for tests and tools.
    """

    def __init__(self, model: AttentionModel, parent=None):
        super().__init__(parent, background="w")
        self._model = model
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self._picture: _Picture | None = None
        self._drag: _Drag | None = None
        self._own_hover: tuple[str, int, int] | None = None
        self._shape_signature: tuple | None = None
        self._handle_ids: list[tuple[str, int]] = []
        self.dot_products = np.zeros(0)
        self._texts: dict[int, str] = {}  # last html per TextItem, to skip unchanged setHtml
        self._compact = False  # narrow: no legend, smaller dot table

        self._build_plot()
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
        self.plot_item.vb.sigResized.connect(self._layout_labels)
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
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(GUIDE_COLOR))
            axis.setTextPen(pg.mkPen(TEXT_COLOR))
        for angle in (0, 90):
            item.addItem(pg.InfiniteLine(pos=(0, 0), angle=angle, pen=pg.mkPen(200, 200, 200)))

        # The selected query's line, on which the keys are projected.
        self.query_line = pg.InfiniteLine(
            pos=(0, 0), angle=0, pen=_pen(_faded(SELECTION_COLOR, 150), 1.0, Qt.PenStyle.DotLine)
        )
        item.addItem(self.query_line)
        self.projection_lines = pg.PlotDataItem(
            connect="pairs", pen=_pen(GUIDE_COLOR, 1.0, Qt.PenStyle.DashLine)
        )
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
        self._input_labels: list[pg.TextItem] = []
        self._key_labels: list[pg.TextItem] = []
        self._query_labels: list[pg.TextItem] = []
        self.context_label = self._make_label(self.context_arrows)

        # Corner overlays: parented to the ViewBox, so they stay put while panning.
        self.dot_table = pg.TextItem(
            anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 215), border=pg.mkPen(210, 210, 210)
        )
        self.dot_table.setParentItem(item.vb)
        self.dot_table.setPos(6, 6)
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
            self._set_html(self.dot_table, self._dot_table_html(self._model.selected_query))

    def _make_label(self, parent: pg.GraphicsObject) -> pg.TextItem:
        label = pg.TextItem(anchor=(0, 0.5))
        label.setParentItem(parent)
        return label

    def _labels(self, pool: list[pg.TextItem], count: int, parent) -> list[pg.TextItem]:
        """The first `count` labels of `pool`, growing it as needed; extras hidden."""
        while len(pool) < count:
            pool.append(self._make_label(parent))
        for extra in pool[count:]:
            extra.wanted = False
            extra.setVisible(False)
        return pool[:count]

    def _set_html(self, item: pg.TextItem, text: str) -> None:
        if self._texts.get(id(item)) != text:
            self._texts[id(item)] = text
            item.setHtml(text)

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
        basis, fraction = plane_basis(np.vstack([queries, keys]))
        exact = d_k <= 2
        if d_v <= 2:
            values_basis, values_plane = plane_basis(values)[0], "exact"
        elif d_v == d_k and np.array_equal(values, keys):
            # Values are the keys (seq2seq, no projection): draw the context in
            # the keys' plane, so it is visibly built from the drawn key arrows.
            values_basis, values_plane = basis, "keys"
        else:
            values_basis, values_plane = plane_basis(values)[0], "own"
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
        """The one-line note on dragging shown under the dot products."""
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
        labels = self._labels(self._input_labels, len(tips), self.input_arrows)
        for label, tip, text, color in zip(labels, tips, texts, colors, strict=True):
            if text is None:
                label.wanted = False
                label.setVisible(False)
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
        items = self._labels(self._key_labels, len(keys), self.key_arrows)
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
        items = self._labels(self._query_labels, len(queries), self.query_arrows)
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
            self.query_line.setAngle(math.degrees(math.atan2(direction[1], direction[0])))
            self.query_line.setVisible(True)
        else:
            self.projection_lines.setData([], [])
            self.query_line.setVisible(False)

        # The true dot products (in d_k dimensions), not those of the 2-D picture.
        self.dot_products = result.queries[i] @ result.keys.T
        self._set_html(self.dot_table, self._dot_table_html(i))

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
        self._place_label(
            self.context_label,
            context,
            f'<span style="color:{CONTEXT_COLOR.name()};font-weight:bold">'
            f"{html.escape(self.tr('context'))}</span>",
            priority=2,
        )

    def _dot_table_html(self, i: int) -> str:
        session, result = self._model.session, self._model.result
        query = html.escape(session.query_labels[i])
        mask = result.mask[i]
        dots = self.dot_products
        visible = np.where(mask, dots, -np.inf)
        largest = int(np.argmax(visible)) if mask.any() else -1
        hovered = self._model.hovered_key
        rows = []
        for j, label in enumerate(session.labels):
            name = f"q<sub>{query}</sub>·k<sub>{html.escape(label)}</sub>"
            value = fmt(dots[j])
            style = []
            if not mask[j]:
                style.append("color:#9a9a9a")
                value += " " + html.escape(self.tr("(masked)"))
            elif j == hovered:
                style.append(f"color:{HOVER_COLOR.darker(120).name()}")
            if j == largest:
                style.append("font-weight:bold")
            css = ";".join(style)
            rows.append(
                f'<tr style="{css}"><td>{name}</td><td>&nbsp;=&nbsp;</td>'
                f'<td align="right">{html.escape(value)}</td></tr>'
            )
        footer = html.escape(self._score_note())
        if self._picture.values_plane == "own":
            footer += "<br>" + html.escape(self.tr("context: in the values' own plane"))
        if not self._compact:
            footer += "<br>" + html.escape(self.hint)
        size = "font-size:8pt;" if self._compact else ""
        return (
            f'<div style="color:{TEXT_COLOR.name()};{size}"><table cellspacing="0" '
            f'cellpadding="0">{"".join(rows)}</table>'
            f'<span style="color:#707070;font-size:8pt">{footer}</span></div>'
        )

    def _score_note(self) -> str:
        kind = self._model.session.score_kind
        notes = {
            "dot": self.tr("score = q·k"),
            "scaled_dot": self.tr("score = q·k / √d_k"),
            "cosine": self.tr("score = cos(q, k)"),
            "general": self.tr("score = q·W_a·k"),
            "additive": self.tr("score = v_a·tanh(W_a·[q; k])"),
        }
        return notes.get(kind, "")

    def _place_label(self, label: pg.TextItem, tip: np.ndarray, text: str, priority: int) -> None:
        """Show `label` at the arrow tip; `_layout_labels` picks the side.

        Lower `priority` gets the first choice of free space; a label of
        priority 4 (a plain query name) with no free spot is hidden."""
        label.tip = (float(tip[0]), float(tip[1]))
        label.priority = priority
        label.setPos(*label.tip)
        self._set_html(label, text)
        label.wanted = True

    def _all_labels(self) -> list[pg.TextItem]:
        return [*self._query_labels, *self._key_labels, *self._input_labels, self.context_label]

    def _layout_labels(self) -> None:
        """Put each label beyond its tip, turning it aside when that spot is taken.

        Greedy, in scene pixels: labels are placed by priority, each trying its
        arrow's direction first, then directions further and further round.
        Hard obstacles: the dot table, labels placed so far, arrow heads and
        grips (not the label's own); soft ones, avoided when possible: shafts.
        """
        shown = [
            label
            for label in self._all_labels()
            if getattr(label, "wanted", False) and label.parentItem().isVisible()
        ]
        if not shown:
            return
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
        soft = np.hstack([shafts - 3, shafts + 3])
        table = self.dot_table.sceneBoundingRect()
        # Boxes as rows of x0, y0, x1, y1; each placed label is appended.
        placed = [np.array([[table.left(), table.top(), table.right(), table.bottom()]])]
        for label in sorted(shown, key=lambda item: item.priority):
            tip = to_scene(np.array([label.tip]))[0]
            others = heads[np.abs(heads - tip).sum(axis=1) > 1.0]
            hard = np.vstack([*placed, np.hstack([others - 6, others + 6])])
            candidates = self._label_candidates(label, tip, origin)
            # Free of hard obstacles, crossing as few shafts as possible (first wins ties).
            choice, fewest = None, None
            for candidate in candidates:
                if _overlaps(candidate[1], hard) > 0:
                    continue
                crossings = _overlaps(candidate[1], soft)
                if fewest is None or crossings < fewest:
                    choice, fewest = candidate, crossings
                    if crossings == 0:
                        break
            # In a crowd, plain query names give way; every other label always shows.
            visible = choice is not None or label.priority < 4
            if label.isVisible() != visible:
                label.setVisible(visible)
            if not visible:
                continue
            anchor, core = choice if choice is not None else candidates[0]
            if tuple(label.anchor) != anchor:
                label.setAnchor(anchor)
            placed.append(np.array([core]))

    @staticmethod
    def _label_candidates(label: pg.TextItem, tip: np.ndarray, origin: np.ndarray):
        """(anchor, box) for 8 directions round the tip, the arrow's own direction first."""
        dx, dy = tip - origin
        base = math.atan2(dy, dx) if math.hypot(dx, dy) > 2 else -math.pi / 4
        size = label.textItem.boundingRect()
        width, height = size.width(), size.height()
        out = []
        for turn in (0, 45, -45, 90, -90, 135, -135, 180):
            angle = base + math.radians(turn)
            ux, uy = math.cos(angle), math.sin(angle)
            scale = max(abs(ux), abs(uy))
            anchor = (0.5 - 0.5 * ux / scale, 0.5 - 0.5 * uy / scale)
            left, top = tip[0] - anchor[0] * width, tip[1] - anchor[1] * height
            # The text's own margin may touch a neighbour's; only real overlaps count.
            out.append((anchor, (left + 3, top + 3, left + width - 3, top + height - 3)))
        return out

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

    def _update_range(self, force: bool = False) -> None:
        points = self._drawn_points()
        lo, hi = points.min(axis=0), points.max(axis=0)
        size = hi - lo
        extent = float(size.max())
        if not np.isfinite(extent):
            return
        extent = extent if extent > 1e-12 else 1.0
        margin = 0.2 * extent  # room for the labels beyond the tips
        (x0, x1), (y0, y1) = self.plot_item.vb.viewRange()
        width, height = x1 - x0, y1 - y0
        edge_x, edge_y = 0.03 * width, 0.03 * height
        outside = (
            lo[0] < x0 + edge_x or hi[0] > x1 - edge_x or lo[1] < y0 + edge_y or hi[1] > y1 - edge_y
        )
        small = size[0] + 2 * margin < 0.5 * width and size[1] + 2 * margin < 0.5 * height
        if force or outside or small:
            self.fit_view(lo - margin, hi + margin)

    def fit_view(self, lo=None, hi=None) -> None:
        """Show everything (or the box lo..hi), keeping one unit equal on both axes."""
        if lo is None or hi is None:
            points = self._drawn_points()
            extent = float(np.ptp(points, axis=0).max()) or 1.0
            lo, hi = points.min(axis=0) - 0.2 * extent, points.max(axis=0) + 0.2 * extent
        self.plot_item.vb.setRange(xRange=(lo[0], hi[0]), yRange=(lo[1], hi[1]), padding=0)

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
