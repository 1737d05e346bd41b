"""Step through one query's computation, cell by cell, from its inputs to its context.

`StepToolBar` walks `core.steps.walk(...)` for the selected query: each step
puts the cell and the cells feeding it into the model's trace (and hovers the
cell, so the explain panel shows its formula). The trace is drawn by overlays
that belong to this module: `HeatmapTraceItem` on each heatmap's view box and
`TableTraceOverlay` on each matrix editor's viewport. They read the model's
trace only, so a lesson that sets a trace is drawn the same way.
`install(window)` wires all of it into the main window.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QSlider, QToolBar, QWidget

from ..core.explain import explain
from ..core.format import fmt
from ..core.steps import STAGES, Step, first_of, same_place, sources, walk
from ..model import AttentionModel
from ..plotting.trace import paint_sources, paint_target

# Idempotent; the heatmaps rely on it and we draw in their coordinates.
pg.setConfigOptions(imageAxisOrder="row-major")

# Play speed: milliseconds per step.
MIN_INTERVAL_MS, MAX_INTERVAL_MS, DEFAULT_INTERVAL_MS = 150, 1500, 600


def media_icon(kind: str, color: QColor) -> QIcon:
    """Drawn media icons (first, back, play, pause, next, last, stop): the ⏮ ⏭ ⏸
    glyphs are missing from many fonts, and style icons differ between platforms."""
    size = 48
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)

    def triangle(x: float, width: float, right: bool) -> None:
        top, bottom, middle = 10.0, 38.0, 24.0
        tip, base = (x + width, x) if right else (x, x + width)
        painter.drawPolygon(
            QPolygonF([QPointF(base, top), QPointF(tip, middle), QPointF(base, bottom)])
        )

    def bar(x: float) -> None:
        painter.drawRect(QRectF(x, 10, 5, 28))

    if kind == "first":
        bar(6), triangle(11, 15, False), triangle(26, 15, False)
    elif kind == "back":
        bar(10), triangle(15, 22, False)
    elif kind == "play":
        triangle(12, 26, True)
    elif kind == "pause":
        bar(13), bar(30)
    elif kind == "next":
        triangle(11, 22, True), bar(33)
    elif kind == "last":
        triangle(7, 15, True), triangle(22, 15, True), bar(37)
    elif kind == "stop":
        painter.drawRect(QRectF(12, 12, 24, 24))
    painter.end()
    return QIcon(pixmap)


class HeatmapTraceItem(pg.GraphicsObject):
    """The model's trace on one heatmap: its target cell framed, its source cells tinted.

    Lives in the heatmap's view box (view coordinates: cell (r, c) is
    `heatmap.cell_rect(r, c)`), paints in device pixels so the lines keep their
    width, and hides itself when the trace has no cell in this matrix.
    """

    def __init__(self, heatmap, model: AttentionModel):
        super().__init__()
        self._heatmap = heatmap
        self._model = model
        self._name = heatmap.name
        self._target: tuple[int, int] | None = None
        self._sources: list[tuple[int, int]] = []
        self._bounds = QRectF()
        self.setZValue(30)  # above the cell texts (10) and the linked outlines (20–22)
        self.setVisible(False)
        heatmap.view_box.addItem(self, ignoreBounds=True)
        model.traceChanged.connect(self._on_trace_changed)
        model.changed.connect(self._on_trace_changed)
        self._on_trace_changed()

    # -- reading (tests, lessons) -------------------------------------------
    def cells(self) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
        """(target cell or None, source cells) drawn on this heatmap, (row, col)."""
        return self._target, list(self._sources)

    def target_rect(self) -> QRectF | None:
        return None if self._target is None else self._heatmap.cell_rect(*self._target)

    def source_rects(self) -> list[QRectF]:
        return [self._heatmap.cell_rect(r, c) for r, c in self._sources]

    # -- model → view -------------------------------------------------------
    def _on_trace_changed(self) -> None:
        rows, cols = self._model.result.matrix(self._name).shape

        def inside(cell) -> bool:
            return cell[0] == self._name and 0 <= cell[1] < rows and 0 <= cell[2] < cols

        target = self._model.trace_target
        target = (target[1], target[2]) if target is not None and inside(target) else None
        sources = [(r, c) for name, r, c in self._model.trace if inside((name, r, c))]
        if target is None and not sources and self._target is None and not self._sources:
            return  # nothing traced here, before or now (every drag step of a normal edit)
        self._target, self._sources = target, sources
        rects = self.source_rects() + ([self.target_rect()] if self._target is not None else [])
        bounds = QRectF()
        for rect in rects:
            bounds = bounds.united(rect)
        self.prepareGeometryChange()
        self._bounds = bounds
        self.setVisible(bool(rects))
        self.update()

    # -- drawing ------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter, *args) -> None:
        transform = painter.transform()
        painter.save()
        # Device pixels: lines keep their width whatever the cell size and the inverted y axis.
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_sources(painter, [transform.mapRect(rect) for rect in self.source_rects()], 2.5)
        target = self.target_rect()
        if target is not None:
            paint_target(painter, transform.mapRect(target))
        painter.restore()


class TableTraceOverlay(QWidget):
    """The model's trace on one matrix editor: source cells tinted with a dashed frame.

    A transparent child of the table's viewport that follows its size and
    scrolling, ignores the mouse, and is hidden when no traced cell is in
    this matrix.
    """

    def __init__(self, editor, model: AttentionModel):
        table = editor.table
        super().__init__(table.viewport())
        self._editor = editor
        self._model = model
        self._name = editor.name
        self._cells: list[tuple[int, int]] = []
        self.setObjectName(f"trace_overlay_{self._name}")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        table.viewport().installEventFilter(self)
        # Scrolling moves the viewport's children: put the overlay back and repaint.
        table.horizontalScrollBar().valueChanged.connect(self._fit)
        table.verticalScrollBar().valueChanged.connect(self._fit)
        table.horizontalHeader().sectionResized.connect(self._fit)
        table.verticalHeader().sectionResized.connect(self._fit)
        model.traceChanged.connect(self._on_trace_changed)
        model.changed.connect(self._on_trace_changed)
        self._on_trace_changed()

    def cells(self) -> list[tuple[int, int]]:
        """The source cells drawn on this editor, (row, col)."""
        return list(self._cells)

    def source_rects(self) -> list[QRect]:
        """The cells' rectangles in viewport coordinates, as the table lays them out now."""
        table, table_model = self._editor.table, self._editor.table_model
        return [table.visualRect(table_model.index(r, c)) for r, c in self._cells]

    def _fit(self, *_args) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            self._fit()
        return False

    def _on_trace_changed(self) -> None:
        shape = self._model.session.matrix(self._name)
        rows, cols = (0, 0) if shape is None else shape.shape
        cells = [
            (r, c)
            for name, r, c in self._model.trace
            if name == self._name and 0 <= r < rows and 0 <= c < cols
        ]
        if not cells and not self._cells:
            return  # nothing traced here, before or now
        self._cells = cells
        self._fit()
        self.setVisible(bool(self._cells))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_sources(
            painter, [QRectF(rect) for rect in self.source_rects() if rect.isValid()], 2.0
        )
        painter.end()


class StepToolBar(QToolBar):
    """Play/step controls that walk the selected query's computation, one cell per step.

    Public: the actions `first_action`, `back_action`, `play_action` (checkable),
    `next_action`, `last_action`, `stop_action`; `stage_label`, `stage_path`,
    `speed_slider`, `timer`; `steps`, `index` (−1 when stopped), `current_step`,
    `playing`; `go_to(i)`, `next()`, `back()`, `first()`, `last()`, `play()`,
    `pause()`, `stop()`. The overlays `install` creates are kept in
    `heatmap_overlays` and `editor_overlays` (name → item).
    """

    def __init__(self, model: AttentionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._steps: list[Step] = []
        self._walked_shape: tuple | None = None  # see _walk_shape
        self._index = -1
        self.heatmap_overlays: dict[str, HeatmapTraceItem] = {}
        self.editor_overlays: dict[str, TableTraceOverlay] = {}
        self.setObjectName("StepToolBar")
        self.setWindowTitle(self.tr("Step through"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        color = self.palette().color(self.foregroundRole())
        self._icons = {
            kind: media_icon(kind, color)
            for kind in ("first", "back", "play", "pause", "next", "last", "stop")
        }
        self.first_action = self._action("first", "⏮", self.tr("First step"), self.first)
        self.back_action = self._action(
            "back", "◀", self.tr("Previous step"), self.back, "Shift+F6"
        )
        self.play_action = self._action("play", "▶", self.tr("Play / pause"), None, "F5")
        self.play_action.setCheckable(True)
        self.play_action.toggled.connect(self._on_q_play_toggled)
        self.next_action = self._action("next", "▶|", self.tr("Next step"), self.next, "F6")
        self.last_action = self._action("last", "⏭", self.tr("Last step"), self.last)
        self.stop_action = self._action(
            "stop", self.tr("Stop"), self.tr("Stop and clear the highlighted path"), self.stop
        )

        self.stage_path = QLabel()
        self.stage_path.setTextFormat(Qt.TextFormat.RichText)
        self.stage_path.setToolTip(
            self.tr(
                "The order of the computation for the selected query: its query vector, "
                "every key and value, its scores, the softmax weights, its context vector."
            )
        )
        self.stage_label = QLabel()
        self.stage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.stage_label.setMinimumWidth(260)
        self.stage_label.setToolTip(
            self.tr(
                "The cell being computed has a thick dark frame; the cells it is computed from are "
                "tinted magenta with a dashed frame. The Explain panel shows the arithmetic."
            )
        )

        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(MIN_INTERVAL_MS, MAX_INTERVAL_MS)
        self.speed_slider.setSingleStep(50)
        self.speed_slider.setPageStep(250)
        # Right is faster: the value is the delay between steps.
        self.speed_slider.setInvertedAppearance(True)
        self.speed_slider.setInvertedControls(True)
        self.speed_slider.setValue(DEFAULT_INTERVAL_MS)
        self.speed_slider.setFixedWidth(110)
        self.speed_slider.setToolTip(self.tr("Play speed: right is faster"))
        self.timer = QTimer(self)
        self.timer.setInterval(DEFAULT_INTERVAL_MS)
        self.timer.timeout.connect(self._on_q_timer_tick)
        self.speed_slider.valueChanged.connect(self.timer.setInterval)

        for action in (
            self.first_action,
            self.back_action,
            self.play_action,
            self.next_action,
            self.last_action,
        ):
            self.addAction(action)
        self.addSeparator()
        self.addWidget(self.stage_path)
        self.addSeparator()
        self.addWidget(self.stage_label)
        speed = QLabel(self.tr("Speed:"))
        speed.setContentsMargins(6, 0, 2, 0)
        self.addWidget(speed)
        self.addWidget(self.speed_slider)
        self.addSeparator()
        self.addAction(self.stop_action)
        self._label_stop_button()

        model.changed.connect(self._on_session_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        self._steps = self._walk()
        self._show_state()

    def _action(
        self, icon: str, glyph: str, text: str, slot, shortcut: str | None = None
    ) -> QAction:
        action = QAction(self._icons[icon], text, self)
        action.setIconText(glyph)
        tip = (
            f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcut
            else text
        )
        action.setToolTip(tip)
        action.setStatusTip(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _label_stop_button(self) -> None:
        button = self.widgetForAction(self.stop_action)
        if button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    # -- state ----------------------------------------------------------------
    @property
    def steps(self) -> list[Step]:
        return list(self._steps)

    @property
    def index(self) -> int:
        """The current step (0-based), or −1 when the walk is stopped."""
        return self._index

    @property
    def current_step(self) -> Step | None:
        return self._steps[self._index] if 0 <= self._index < len(self._steps) else None

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def _walk(self) -> list[Step]:
        model = self._model
        self._walk_session, self._walk_query = model.session, model.selected_query
        self._walked_shape = self._walk_shape()
        return walk(model.session, model.result, model.selected_query)

    def _walk_shape(self) -> tuple:
        """What the walk's cells depend on: the result's shapes."""
        result = self._model.result
        return (result.queries.shape, result.keys.shape, result.values.shape, result.scores.shape)

    # -- navigation -----------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show step `index` (clamped): trace it and hover it."""
        if not self._steps:
            return
        self._index = max(0, min(int(index), len(self._steps) - 1))
        self._apply(hover=True)

    def next(self) -> None:
        self.go_to(self._index + 1)

    def back(self) -> None:
        self.go_to(max(self._index - 1, 0))

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self._steps) - 1)

    def play(self) -> None:
        """Walk on by itself; from the start when stopped or at the end."""
        if self._index < 0 or self._index >= len(self._steps) - 1:
            self.go_to(0)
        self._set_playing(True)

    def pause(self) -> None:
        self._set_playing(False)

    def stop(self) -> None:
        """Stop playing and clear the path (and our hover) from every view."""
        self._set_playing(False)
        target = self._model.trace_target
        self._index = -1
        self._model.set_trace(None)
        if target is not None and self._model.hover == target:
            self._model.set_hover(None)
        self._show_state()

    def _set_playing(self, on: bool) -> None:
        if on:
            self.timer.start()
        else:
            self.timer.stop()
        with QSignalBlocker(self.play_action):
            self.play_action.setChecked(on)
        self.play_action.setIconText("⏸" if on else "▶")
        self.play_action.setIcon(self._icons["pause" if on else "play"])

    def _apply(self, hover: bool) -> None:
        step = self.current_step
        if step is None:
            return
        model = self._model
        model.set_trace(tuple(step), sources(model.session, model.result, step))
        if hover:
            # The explain panel follows the hover: it shows this cell's formula.
            model.set_hover(tuple(step))
        self._show_state()

    # -- view → model ---------------------------------------------------------
    def _on_q_play_toggled(self, checked: bool) -> None:
        if checked:
            self.play()
        else:
            self.pause()

    def _on_q_timer_tick(self) -> None:
        if self._index >= len(self._steps) - 1:
            self.pause()
            return
        self.next()
        if self._index >= len(self._steps) - 1:
            self.pause()  # reaching the end stops; the last cell stays traced

    # -- model → view ---------------------------------------------------------
    def _on_session_changed(self) -> None:
        old, index = self._steps, self._index
        query_changed = self._model.selected_query != self._walk_query
        if index < 0 and not query_changed and self._walk_shape() == self._walked_shape:
            # Stopped, and the walk (cells only: it depends on the shapes) is
            # the same: nothing to show anew on each step of a drag.
            self._walk_session = self._model.session
            return
        self._steps = self._walk()
        if index < 0 or not self._steps:
            self._index = -1
            self._show_state()
            return
        if query_changed:
            self._index = self._stage_start(old[index].matrix)
        else:
            # An edit keeps the same cell (only its numbers change); a new shape keeps the stage.
            self._index = same_place(old, index, self._steps)
        self._apply(hover=self.current_step != old[index])

    def _on_selection_changed(self) -> None:
        if self._model.session is not self._walk_session:
            # The session is being replaced and clamped the selection: `changed`
            # follows, once every view knows the new session; react then.
            return
        old, index = self._steps, self._index
        self._steps = self._walk()
        if index < 0:
            self._show_state()
            return
        # Another query: its own walk, from the start of the stage we were in.
        self._index = self._stage_start(old[index].matrix)
        self._apply(hover=True)

    def _stage_start(self, kind: str) -> int:
        start = first_of(self._steps, kind)
        return 0 if start is None else start

    def _show_state(self) -> None:
        count = len(self._steps)
        step = self.current_step
        self.stage_path.setText(self._path_html(None if step is None else step.matrix))
        if step is None:
            self.stage_label.setText(
                self.tr("{count} steps: press ▶ (F5) to play or ▶| (F6) to step").format(
                    count=count
                )
            )
        else:
            self.stage_label.setText(
                self.tr("Step {index}/{count} · {formula}").format(
                    index=self._index + 1, count=count, formula=self._formula(step)
                )
            )
        at_end = self._index >= count - 1
        self.back_action.setEnabled(self._index > 0)
        self.first_action.setEnabled(count > 0)
        self.next_action.setEnabled(count > 0 and not at_end)
        self.last_action.setEnabled(count > 0)
        self.play_action.setEnabled(count > 0)
        self.stop_action.setEnabled(self._index >= 0)

    def _path_html(self, kind: str | None) -> str:
        """The stages for the selected query, the current one in bold."""
        names = {
            "queries": "Q",
            "keys": "K",
            "values": "V",
            "scores": self.tr("scores"),
            "weights": self.tr("softmax"),
            "context": self.tr("context"),
        }
        parts = []
        for stage in STAGES:
            text = names[stage]
            if stage == kind:
                text = f"<b style='color:#000'>[{text}]</b>"
            parts.append(text)
        query = self._model.session.query_labels[self._model.selected_query]
        arrows = f"{parts[0]}, {parts[1]}, {parts[2]} → {parts[3]} → {parts[4]} → {parts[5]}"
        return (
            "<span style='color:#555'>"
            + self.tr("Query {query}: {path}").format(query=query, path=arrows)
            + "</span>"
        )

    def _formula(self, step: Step) -> str:
        """The cell, its formula and its value: score[1,2] = q1·k2 / √2 = 1.155."""
        model = self._model
        explanation = explain(model.session, model.result, *step)
        last = explanation.steps[-1]
        if step.matrix == "scores" and not model.result.mask[step.row, step.col]:
            return self.tr("{cell}: masked by the causal mask").format(cell=last[0])
        parts = [last[0]]
        if len(last) > 2:
            parts.append(last[1])
        value = explanation.value
        parts.append(fmt(value) if not math.isnan(value) else "–")
        return " = ".join(parts)


def install(window) -> StepToolBar:
    """Add the step-through toolbar (own row, top) and the trace overlays to `window`."""
    existing = getattr(window, "step_through", None)
    if existing is not None:  # the window installs its panels itself; a second call is a no-op
        return existing
    bar = StepToolBar(window.model, window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    # On the window too, so F5/F6 work wherever the focus is.
    window.addActions([bar.back_action, bar.play_action, bar.next_action])
    for name, heatmap in window.heatmaps.items():
        bar.heatmap_overlays[name] = HeatmapTraceItem(heatmap, window.model)
    for name, editor in window.editors.items():
        bar.editor_overlays[name] = TableTraceOverlay(editor, window.model)
    view_menu = window.menu("view")
    if view_menu is not None:
        view_menu.addAction(bar.toggleViewAction())
    window.step_through = bar
    return bar
