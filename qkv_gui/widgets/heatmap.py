"""Heatmaps of the result matrices (queries, keys, values, scores, weights, context).

`HeatmapView` shows one matrix of `model.result` as the app's one matrix plot
(`plotting.matrix_plot`): token labels on the axes, a colour bar, the value of
every cell written on it, the linked selection (query row) and hover
outlines shared by all views (hovering a cell outlines what its formula
uses, `model.hover_blocks`), and the step-through trace of the model.
While a drag is on, the colour range and the decimals of the numbers hold.
Every plot item is created once; a model change only feeds new data to them.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from ..core import matrices
from ..core.compute import RESULT_MATRICES, shown_values
from ..core.format import decimals_for
from ..core.levels import track_limit
from ..i18n import is_language_change, translated_text
from ..model import KEY_COL_MATRICES, KEY_ROW_MATRICES, QUERY_ROW_MATRICES, AttentionModel, Change
from ..plotting import colors
from ..plotting.matrix_plot import MatrixPlot

HOVER_CELL_COLOR = QColor(30, 30, 30)


class HeatmapView(MatrixPlot):
    """One result matrix of `model` (`name` in RESULT_MATRICES) as a labelled heatmap.

    Public for the main window: `plot_item` (exporters), `view_box` (axis links),
    `image_item`, `color_bar`, `text_item`, `trace_item`; `set_annotations(None | bool)`.
    """

    def __init__(self, model: AttentionModel, name: str, parent=None):
        if name not in RESULT_MATRICES:
            raise ValueError(f"unknown result matrix {name!r}")
        super().__init__(
            colors.is_sequential(name),
            sides=("left", "top"),
            title_size="10pt",
            title_height=26,
            color_bar=True,
            size_hint=(320, 260),
            parent=parent,
        )
        self._model = model
        self._name = name
        self._limit: float | None = None  # half-width of the diverging colour range
        self._decimals: int | None = None  # of the numbers, held during a drag
        self.setMinimumSize(220, 180)
        self.ci.setContentsMargins(2, 2, 2, 2)
        self._uses_rect = self.add_outline(colors.HOVER_COLOR, 2.5, 20)
        self._selection_rect = self.add_outline(colors.SELECTION_COLOR, 3.0, 21)
        self._hover_cell_rect = self.add_outline(HOVER_CELL_COLOR, 1.5, 22, inset=3.5)

        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        model.changed.connect(self._on_model_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.hoverChanged.connect(self._on_hover_changed)
        model.traceChanged.connect(self._on_trace_changed)
        self._on_model_changed(Change.everything())

    # -- public --------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @property
    def model(self) -> AttentionModel:
        return self._model

    def minimumSizeHint(self):
        return self.minimumSize()

    def highlighted_rows(self) -> dict[str, int]:
        """Visible row outlines: {"selection": row, "hover": row} (keys only when shown)."""
        out = {}
        if self._selection_rect.isVisible():
            out["selection"] = self._rect_row(self._selection_rect)
        block = self.highlighted_block()
        if block is not None and block[0] == block[2]:
            out["hover"] = block[0]
        return out

    def highlighted_cols(self) -> dict[str, int]:
        """Visible column outlines: {"hover": col} when one column is outlined."""
        block = self.highlighted_block()
        if block is not None and block[1] == block[3] and block[0] != block[2]:
            return {"hover": block[1]}
        return {}

    def highlighted_block(self) -> tuple[int, int, int, int] | None:
        """The hover outline (what the hovered cell uses): (top, left, bottom, right), or None."""
        if not self._uses_rect.isVisible():
            return None
        rect = self._uses_rect.rect()
        return (round(rect.top() + 0.5), round(rect.left() + 0.5),
                round(rect.bottom() - 0.5), round(rect.right() - 0.5))

    def highlighted_cell(self) -> tuple[int, int] | None:
        """The (row, col) of the hovered cell outline, if shown."""
        if not self._hover_cell_rect.isVisible():
            return None
        centre = self._hover_cell_rect.rect().center()
        return round(centre.y()), round(centre.x())

    @staticmethod
    def _rect_row(item) -> int:
        return round(item.rect().center().y())

    # -- model → view --------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        # Unchanged numbers (e.g. the scores when only W_V moved): nothing to redraw.
        if self._name in change.matrices:
            self._show_values(shown_values(self._model.result, self._name))
        # Labels, title and outlines follow the shape and the settings, not the
        # numbers: a dragged number leaves them as they are.
        session = self._model.session
        if change.touches("temperature") and not change.layout:
            self.set_title(self._title_text(session))  # "/ T" comes and goes with T ≠ 1
        if not change.layout:
            return
        self._update_labels(session)
        self.set_title(self._title_text(session))
        self._on_selection_changed()
        self._on_hover_changed()
        self._on_trace_changed()

    def _show_values(self, values: np.ndarray) -> None:
        """New values; the plot repaints only the cells that changed when the
        colour levels stay (one row, while dragging)."""
        dragging = self._model.in_gesture
        # One min and one max (at n = 512 a matrix holds 262 144 numbers) tell both the
        # colour range and whether any cell is masked (NaN reaches them).
        low, high = (float(values.min()), float(values.max())) if values.size else (0.0, 0.0)
        masked = not (math.isfinite(low) and math.isfinite(high))
        if colors.is_sequential(self._name):
            levels = (0.0, 1.0)
        else:
            largest = max(-low, high, 1e-9) if values.size and not masked else colors.symmetric_limit(values)
            self._limit = track_limit(self._limit, largest, hold=dragging)
            levels = (-self._limit, self._limit)
        # The decimals may grow during a drag but not drop back and forth with each step.
        # A matrix too large for numbers needs none (None: worked out if ever drawn).
        decimals = decimals_for(values) if self.text_item.may_draw(values.size) else None
        if dragging and self._decimals is not None and decimals is not None:
            decimals = max(decimals, self._decimals)
        self._decimals = decimals
        self.set_matrix(values, levels, decimals=decimals, masked=masked)

    def _on_selection_changed(self) -> None:
        rect = None
        if self._name in QUERY_ROW_MATRICES:
            rect = self.row_rect(self._model.selected_query)
        self.show_outline(self._selection_rect, rect)

    def _on_hover_changed(self) -> None:
        rows, cols = self.shape
        block = self._model.hover_blocks.get(self._name)
        rect = None
        if block is not None and block[2] < rows and block[3] < cols:
            top, left, bottom, right = block
            rect = QRectF(left - 0.5, top - 0.5, right - left + 1, bottom - top + 1)
        self.show_outline(self._uses_rect, rect)
        hover = self._model.hover
        cell = None
        if hover is not None and hover[0] == self._name and hover[1] < rows and hover[2] < cols:
            cell = self.cell_rect(hover[1], hover[2])
        self.show_outline(self._hover_cell_rect, cell)

    def _on_trace_changed(self) -> None:
        rows, cols = self.shape

        def here(cell) -> bool:
            return cell[0] == self._name and 0 <= cell[1] < rows and 0 <= cell[2] < cols

        target = self._model.trace_target
        target = (target[1], target[2]) if target is not None and here(target) else None
        sources = [(r, c) for name, r, c in self._model.trace if here((name, r, c))]
        self.set_trace(target, sources)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event):
            self._update_labels(self._model.session)
            self.set_title(self._title_text(self._model.session))
        super().changeEvent(event)

    def _update_labels(self, session) -> None:
        name = self._name
        rows, cols = self.shape
        self.set_labels(matrices.row_labels(name, session, rows), matrices.col_labels(name, session, cols))
        self.set_axis_titles(
            left=self.tr("key") if name in KEY_ROW_MATRICES else self.tr("query"),
            top=self.tr("key") if name in KEY_COL_MATRICES else self.tr("dimension"),
        )
        if name in KEY_COL_MATRICES:
            self.plot_item.getAxis("top").setToolTip(
                self.tr("Click a key's label to mark that token as padding; click again to unmark it"))

    def _title_text(self, session) -> str:
        """The title with its formula, from the one table of matrix titles."""
        title_id = matrices.title_id(self._name, session, self._model.result.overridden)
        title = translated_text("matrices", title_id)
        template = translated_text("matrices", matrices.HEAD_TITLE_ID, title="{title}", head="{head}")
        return matrices.head_title(self._name, session, self._model.selected_head, title, template)

    # -- view → model --------------------------------------------------------
    def mouseMoveEvent(self, ev) -> None:
        # Here rather than scene().sigMouseMoved: the scene drops moves above
        # pyqtgraph's mouseRateLimit, which could leave the hover one cell behind.
        super().mouseMoveEvent(ev)
        cell = self.cell_at(self.mapToScene(ev.position().toPoint()))
        if cell is not None:
            self._model.set_hover((self._name, *cell))
        else:
            self._clear_own_hover()

    def leaveEvent(self, ev) -> None:
        super().leaveEvent(ev)
        self._clear_own_hover()

    def _clear_own_hover(self) -> None:
        # Only our own cell: another view may own the hover by now.
        hover = self._model.hover
        if hover is not None and hover[0] == self._name:
            self._model.set_hover(None)

    def _on_scene_mouse_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(ev.scenePos())
        if cell is None:
            key = self.col_label_at(ev.scenePos()) if self._name in KEY_COL_MATRICES else None
            if key is not None:  # a key's label: that token is padding, or a token again
                self._model.toggle_padding(key)
            return
        row, col = cell
        if self._name in QUERY_ROW_MATRICES:
            self._model.select_query(row)
        else:
            self._model.set_hover((self._name, row, col))
