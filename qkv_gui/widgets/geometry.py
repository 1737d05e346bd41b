"""The geometry of attention: queries, keys and the context vector as 2-D arrows.

`GeometryView` draws every key k_j and query q_i as an arrow from the origin,
shows the selected query's dot products as perpendicular projections, builds
its context vector as the sum of its parts: the w_ij·v_j head to tail, each in
its value's colour (the colour beside its key in the dot table), and, when the inputs
are 2-D, lets the learner drag the input tips (one undo step per drag).
Vectors with more than two dimensions are shown in the plane through the
origin that keeps most of their length (`core.pca`); where the labels go is
worked out in `core.geometry_layout`, the items are `plotting.arrows`' own.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from ..core import matrices
from ..core.format import fmt
from ..core.pca import Picture, attention_picture
from ..i18n import is_language_change
from ..model import AttentionModel, Change
from ..plotting.arrow_labels import ArrowLabel
from ..plotting.arrow_plot import ArrowPlot
from ..plotting.arrows import cosmetic_pen, faded
from ..plotting.colors import HOVER_COLOR, SELECTION_COLOR

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
DRAG_INTERVAL_MS = 16  # recompute at most once per frame while dragging
COMPACT_WIDTH = 400  # narrower than this (pixels): no legend, a smaller dot table
# The values' colours, for the parts w_j·v_j of the context (cycled): none of them is
# the queries' red, the keys' blue, the context's purple, the hover green or the selection orange.
VALUE_COLORS = (
    QColor(140, 86, 75),
    QColor(214, 97, 170),
    QColor(150, 150, 20),
    QColor(23, 160, 185),
    QColor(110, 110, 200),
    QColor(200, 130, 50),
)
# More keys or queries than this: only the ones that matter are named (`_named_keys`).
MAX_ARROW_LABELS = 32
NAMED_KEYS = 8
PART_ALPHA = 170  # the parts are fainter than the context they add up to


def value_color(j: int) -> QColor:
    """The colour of value j (and of its part w_j·v_j of the context)."""
    return VALUE_COLORS[j % len(VALUE_COLORS)]


@dataclass
class _Drag:
    matrix: str  # "inputs" or "decoder"
    row: int
    offset: np.ndarray  # tip minus the grabbed point, so the tip doesn't jump to the mouse
    text: str
    pending: np.ndarray | None = None


class GeometryView(ArrowPlot):
    """Queries, keys and the selected query's context vector as arrows in a plane.

    Public: `plot_item` (for exporting), `fit_view()`, `hint` (the drag note),
    `legend`, and the drawn items `query_arrows`, `key_arrows`, `input_arrows`,
    `input_handles`, `context_parts` (the w_j·v_j head to tail, from the origin
    to the context's tip; a legend entry hides them), `context_arrows` (the
    context itself), `projection_lines`, `dot_table` (the selected query's scores under
    the score function's formula), with `scores` (those numbers, NaN where
    masked) for tests and tools.
    """

    def __init__(self, model: AttentionModel, parent=None):
        super().__init__(TEXT_COLOR, cosmetic_pen(GUIDE_COLOR, 1.0, Qt.PenStyle.DashLine), parent)
        self._model = model
        self._picture: Picture | None = None
        self._drag: _Drag | None = None
        self._own_hover: tuple[str, int, int] | None = None
        self._hint_for: tuple | None = None  # what the tooltip's hint was made for
        self._handle_ids: list[tuple[str, int]] = []
        self.scores = np.zeros(0)
        self._table_font = QFont()  # the application's, as a text item's
        self._table_fonts: dict[bool, tuple[QFont, QFont, QFont]] = {}  # by compactness
        self._table_content: tuple | None = None  # what the dot table shows now
        self._compact = False  # narrow: no legend, smaller dot table
        self._axis_wordings: dict[str, list[str]] = {}  # per axis, longest first

        self._build_plot()
        self._drag_timer = QTimer(self)
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(DRAG_INTERVAL_MS)
        self._drag_timer.timeout.connect(self._flush_drag)

        model.changed.connect(self._on_model_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)
        model.gestureEnded.connect(self._on_model_gesture_ended)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        self.plot_item.vb.sigResized.connect(self._on_view_box_resized)
        self.setMinimumSize(240, 220)
        self._on_model_changed(Change.everything())

    # -- building (once) ---------------------------------------------------
    def _build_plot(self) -> None:
        item = self.plot_item
        # The zero axes and the selected query's line, on which the keys are projected.
        zero = cosmetic_pen(ZERO_LINE_COLOR, 1.0)
        self._zero_lines = [(0.0, zero), (90.0, zero)]
        self._query_line_pen = cosmetic_pen(faded(SELECTION_COLOR, 150), 1.0, Qt.PenStyle.DotLine)
        self.origin_lines.set_lines(self._zero_lines)
        self.input_arrows = self.add_arrows(cosmetic_pen(INPUT_COLOR, 2.0), tips_when_crowded=True)
        self.key_arrows = self.add_arrows(cosmetic_pen(KEY_COLOR, 2.0), tips_when_crowded=True)
        self.query_arrows = self.add_arrows(cosmetic_pen(QUERY_COLOR, 2.0), tips_when_crowded=True)
        self.context_arrows = self.add_arrows(cosmetic_pen(CONTEXT_COLOR, 3.0))
        # Over the context: parts in line with it (values pointing alike) stay in view.
        self._part_pens = [cosmetic_pen(faded(color, PART_ALPHA), 2.0) for color in VALUE_COLORS]
        self._hovered_part_pen = cosmetic_pen(HOVER_COLOR, 3.0)
        self.context_parts = self.add_arrows(self._part_pens[0])
        self.input_handles = self.add_handles(self.input_arrows, self._on_handle_drag)
        # In this order they get their pick of the room, within a priority.
        self._query_layer = self.add_labels(self.query_arrows)
        self._key_layer = self.add_labels(self.key_arrows)
        self._input_layer = self.add_labels(self.input_arrows)
        self._context_layer = self.add_labels(self.context_arrows)
        self.part_label = self.add_labels(self.context_parts).new_label()  # the hovered part's
        self._input_labels = self._input_layer.labels
        self._key_labels = self._key_layer.labels
        self._query_labels = self._query_layer.labels
        self.context_label = self._context_layer.new_label()

        # The legend is a strip under the plot, in the PlotItem's own layout, so it
        # never covers an arrow (clicking an entry still hides that kind).
        self.legend = item.addLegend(
            offset=None, colCount=4, frame=False, labelTextColor=TEXT_COLOR, labelTextSize="8pt"
        )
        item.layout.addItem(self.legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
        # The legend must not force the plot wider than the widget (even hidden,
        # a layout item counts); in a narrow view it is hidden instead.
        self.legend.setMinimumWidth(0)
        names = self._legend_names()
        for arrows in (self.query_arrows, self.key_arrows, self.context_arrows, self.context_parts):
            self.legend.addItem(arrows, names[arrows])
        self._legend_has_inputs = False

    def _legend_names(self) -> dict:
        return {self.query_arrows: self.tr("queries"), self.key_arrows: self.tr("keys"),
                self.context_arrows: self.tr("context = Σ w·v"), self.context_parts: self.tr("parts w·v"),
                self.input_arrows: self.tr("inputs (drag)")}

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and self._picture is not None and not self.closed:
            names = self._legend_names()
            for sample, label in self.legend.items:
                label.setText(names[sample.item])
            self._hint_for = None  # the tooltip, in the new language
            self._on_model_changed(Change())
        super().changeEvent(event)

    def close(self) -> None:
        # pyqtgraph's close() clears the scene and fails when repeated: stop
        # listening before the items go, and close once.
        if self.closed:
            return
        self._drag_timer.stop()
        self._model.changed.disconnect(self._on_model_changed)
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

    # -- model → view ------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        # A new shape or mode, or a new session: frame everything afresh.
        self._redraw(refit=change.shapes or change.loaded or "mode" in change.fields)

    def _on_model_gesture_ended(self) -> None:
        if self._picture is not None and self._picture.basis is not None:
            self._redraw(refit=False)  # the planes a drag kept are fitted anew

    def _redraw(self, refit: bool) -> None:
        self._picture = self._make_picture()
        self._update_axes()
        self._update_inputs()
        self._update_keys()
        self._update_queries()
        self._update_selected()
        self._update_range(force=refit)
        self._layout_labels()

    def _on_selection_changed(self) -> None:
        if len(self._picture.keys) > MAX_ARROW_LABELS:
            self._update_keys()  # the keys named are the ones the new query weighs most
        self._update_queries()
        self._update_selected()
        self._update_range()
        self._layout_labels()

    def _on_hover_changed(self) -> None:
        self._update_inputs()
        self._update_keys()
        self._update_selected()
        self._layout_labels()

    def _make_picture(self) -> Picture:
        result = self._model.result
        # During a drag the planes stay (the picture does not turn under the mouse, and at
        # n = 512 working them out was a millisecond a step); at its end they are fitted anew.
        planes = self._picture if self._model.in_gesture else None
        return attention_picture(result.queries, result.keys, result.values, result.context, planes)

    def _update_axes(self) -> None:
        """The axis titles: the longest wording that fits each axis (an axis of a
        small view gets a shorter one rather than a cut one)."""
        picture, session = self._picture, self._model.session
        if session.d_k == 1:
            bottom, left = [self.tr("dimension 1 (d_k = 1)"), self.tr("dimension 1")], [""]
        elif picture.exact:
            bottom, left = [self.tr("dimension 1")], [self.tr("dimension 2")]
        else:
            # Whole percents; rounding first because fmt(x, 0) would strip a trailing 0 of "90".
            percent = fmt(round(100.0 * picture.fraction))
            bottom = [
                self.tr("principal axis 1 ({percent} % of the energy)").format(percent=percent),
                self.tr("principal axis 1 ({percent} %)").format(percent=percent),
                self.tr("axis 1 ({percent} %)").format(percent=percent),
            ]
            left = [self.tr("principal axis 2"), self.tr("axis 2")]
        self._axis_wordings = {"bottom": bottom, "left": left}
        self._fit_axis_titles()

    def _fit_axis_titles(self) -> None:
        for side, wordings in self._axis_wordings.items():
            axis = self.plot_item.getAxis(side)
            room = axis.width() if side == "bottom" else axis.height()
            metrics = QFontMetricsF(axis.label.font())
            text = next(
                (t for t in wordings if metrics.horizontalAdvance(t) <= room), wordings[-1]
            )
            if axis.labelText != text:
                self.plot_item.setLabel(side, text, color=TEXT_COLOR.name())
                # The whole wording stays one hover away.
                axis.label.setToolTip(wordings[0] if text != wordings[0] else "")

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
                pens.append(cosmetic_pen(color, 2.5 if active else 1.8))
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
            self.legend.addItem(self.input_arrows, self._legend_names()[self.input_arrows])
        else:
            self.legend.removeItem(self.input_arrows)
        self._legend_has_inputs = with_inputs

    def _update_keys(self) -> None:
        keys = self._picture.keys
        hovered = self._model.hovered_key
        labels = self._model.session.labels
        pen, hovered_pen = cosmetic_pen(KEY_COLOR, 2.0), cosmetic_pen(HOVER_COLOR, 3.2)
        pens = [hovered_pen if j == hovered else pen for j in range(len(keys))]
        self.key_arrows.setData(np.zeros_like(keys), keys, pens)
        named = self._named_keys(len(keys))
        items = self._labels(self._key_layer, len(keys))
        for j, label in enumerate(items):
            if named is not None and j not in named:
                label.wanted = label.visible = False
                continue
            color = HOVER_COLOR if j == hovered else KEY_COLOR
            weight = "bold" if j == hovered else "normal"
            self._place_label(
                label,
                keys[j],
                f'<span style="color:{color.name()};'
                f'font-weight:{weight}">'
                f"{html.escape(labels[j])}</span>",
                priority=1 if j == hovered else 3,
            )

    def _named_keys(self, count: int) -> set[int] | None:
        """The keys that get a label: all (None) up to MAX_ARROW_LABELS; beyond, the
        hovered one and the NAMED_KEYS the selected query weighs most (hundreds of
        names would pile up, and laying them out would stall every drag step)."""
        if count <= MAX_ARROW_LABELS:
            return None
        weights = self._model.result.weights[self._model.selected_query]
        named = set(np.argsort(-weights, kind="stable")[:NAMED_KEYS].tolist())
        if self._model.hovered_key is not None:
            named.add(self._model.hovered_key)
        return named

    def _update_queries(self) -> None:
        queries = self._picture.queries
        selected = self._model.selected_query
        labels = self._model.session.query_labels
        pen, selected_pen = cosmetic_pen(QUERY_COLOR, 1.8), cosmetic_pen(SELECTION_COLOR, 3.8)
        pens = [selected_pen if i == selected else pen for i in range(len(queries))]
        self.query_arrows.setData(np.zeros_like(queries), queries, pens)
        items = self._labels(self._query_layer, len(queries))
        crowded = len(queries) > MAX_ARROW_LABELS  # only the selected query is named
        for i, label in enumerate(items):
            if crowded and i != selected:
                label.wanted = label.visible = False
                continue
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
            keys = picture.keys
            named = self._named_keys(len(keys))
            if named is not None:  # hundreds of dashed lines would hide the arrows
                keys = keys[sorted(named)]
            feet = np.outer(keys @ direction, direction)
            pairs = np.empty((2 * len(feet), 2))
            pairs[0::2], pairs[1::2] = keys, feet
            self.projection_lines.setData(
                pairs[:, 0].astype(np.float32), pairs[:, 1].astype(np.float32), connect="pairs"
            )
            angle = math.degrees(math.atan2(direction[1], direction[0]))
            self.origin_lines.set_lines([*self._zero_lines, (angle, self._query_line_pen)])
        else:
            self.projection_lines.setData([], [])
            self.origin_lines.set_lines(self._zero_lines)

        # The true scores of the score function in use (in d_k dimensions, NaN
        # where masked), not the dot products of the 2-D picture.
        self.scores = result.scores[i]
        self._update_dot_table()

        # Context: its parts w_i1·v_1 + w_i2·v_2 + ... head to tail, then the sum itself.
        weights = result.weights[i]
        parts = weights[:, None] * picture.values
        ends = np.cumsum(parts, axis=0)
        starts = ends - parts
        context = picture.context[i]
        hovered = self._model.hovered_key
        part_pens = self._part_pens
        pens = [
            self._hovered_part_pen if j == hovered else part_pens[j % len(part_pens)]
            for j in range(len(parts))
        ]
        self.context_parts.setData(starts, ends, pens)
        self.context_arrows.setData(np.zeros((1, 2)), context[None, :], [cosmetic_pen(CONTEXT_COLOR, 3.4)])
        if hovered is not None and hovered < len(parts) and result.mask[i, hovered]:
            # The hovered key's part, with its weight: "0.4·v_sat".
            value = html.escape(self._model.session.labels[hovered])
            self._place_label(
                self.part_label,
                ends[hovered],
                f'<span style="color:{HOVER_TEXT_COLOR.name()}">'
                f"{fmt(weights[hovered])}·v<sub>{value}</sub></span>",
                priority=2,
            )
        else:
            self.part_label.wanted = False
            self.part_label.visible = False
        # Outside the f-string, so lupdate finds the text to translate.
        name = html.escape(self.tr("context"))
        self._place_label(
            self.context_label,
            context,
            f'<span style="color:{CONTEXT_COLOR.name()};font-weight:bold">{name}</span>',
            priority=2,
        )

    def _update_dot_table(self) -> None:
        """The selected query's scores under the score function's formula
        ("cos(q_the, k_·)"), a row per key, then a footer.

        Rows below the plot's bottom would be cut off by it: they are left out."""
        i = self._model.selected_query
        session = self._model.session
        query = html.escape(session.query_labels[i])
        scores = self.scores
        mask = np.isfinite(scores)  # NaN: masked
        largest = int(np.argmax(np.where(mask, scores, -np.inf))) if mask.any() else -1
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
        shown = min(len(labels), self._dot_table_rows(font) - 1)  # one row for the header
        kind = session.score_kind
        header = (
            matrices.pair_score(kind, f"q<sub>{query}</sub>", "k<sub>·</sub>"),
            matrices.pair_score(kind, f"q_{session.query_labels[i]}", "k_·"),
        )
        rows = []
        order = range(shown)
        if len(labels) > MAX_ARROW_LABELS:  # hundreds of keys: the ones scored highest
            order = np.argsort(-np.where(mask, scores, -np.inf), kind="stable")[:shown].tolist()
        for j in order:
            color = TEXT_COLOR
            if not mask[j]:
                color, value = MASKED_TEXT_COLOR, self.tr("(masked)")
            else:
                value = fmt(scores[j])
                if j == hovered:
                    color = HOVER_TEXT_COLOR
            # The swatch: the colour of this key's value, and of its part of the context.
            swatch = f'<span style="color:{value_color(j).name()}">■</span>'
            name = f"{swatch}\u2009k<sub>{html.escape(labels[j])}</sub>"
            rows.append((name, f"k_{labels[j]}", value, color, j == largest))
        footer = []
        if shown == len(labels):  # else the footer is below the plot's bottom anyway
            if self._picture.values_plane == "own":
                footer.append(self.tr("context: in the values' own plane"))
        # How to drag is a hint, not a number: in the tooltip, where it hides no arrow.
        draggable = (tuple(self._draggable_matrices()), self._model.session.d)
        if draggable != self._hint_for:
            self._hint_for = draggable
            self.viewport().setToolTip(self.hint)
        content = (header, rows, footer, self._compact)
        if content != self._table_content:
            self._table_content = content
            self.dot_table.set_content(rows, footer, fonts, header=header)

    def _dot_table_rows(self, font: QFont) -> int:
        """How many rows can show: more are cut off by the plot, so never laid out."""
        row = 0.8 * QFontMetricsF(font).height()  # a row is never lower than this
        # Three spare rows: labels near the bottom still see the table as an obstacle.
        return int(self.plot_item.vb.height() / row) + 3

    def _all_labels(self) -> list[ArrowLabel]:
        return [*self._query_labels, *self._key_labels, *self._input_labels, self.context_label,
                self.part_label]

    def _on_view_box_resized(self) -> None:
        # A new size may cut labels off (e.g. at the first show): refit if so.
        if self._picture is not None:
            self._update_dot_table()  # a taller plot shows more rows
            self._fit_axis_titles()
            self._update_range()
        self._layout_labels()

    # -- view → model: hover, click, drag ----------------------------------
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
        selected = self._model.selected_query
        if cell is None and cursor is None and self.context_arrows.isVisible():
            if self._pick(self.context_arrows.ends, scene_pos) is not None:
                cell = ("context", selected, 0)  # Explain: the context as the sum of its parts
        if cell is None and cursor is None and self.context_parts.isVisible():
            j = self._pick(self.context_parts.ends, scene_pos)
            if j is not None:
                cell = ("weights", selected, j)  # the part's weight
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
