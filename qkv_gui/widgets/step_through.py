"""Step through one query's computation, cell by cell, from its inputs to its context.

`StepToolBar` walks `core.steps.walk(...)` for the selected query: each step
puts the cell and the cells feeding it into the model's trace (and hovers the
cell, so the explain panel shows its formula). It only drives the model: every
view draws the trace from `model.trace_target` / `model.trace` (so a lesson
that sets a trace is drawn the same way). The window places the toolbar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QSlider, QToolBar, QWidget

from ..core.explain import explain
from ..core.steps import STAGES, Step, first_of, same_place, sources, walk
from ..i18n import formula_words, is_language_change
from ..model import AttentionModel, Change

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


class StepToolBar(QToolBar):
    """Play/step controls that walk the selected query's computation, one cell per step.

    Public: the actions `first_action`, `back_action`, `play_action` (checkable),
    `next_action`, `last_action`, `stop_action`; `stage_label`, `stage_path`,
    `speed_slider`, `timer`; `steps`, `index` (−1 when stopped), `current_step`,
    `playing`; `go_to(i)`, `next()`, `back()`, `first()`, `last()`, `play()`,
    `pause()`, `stop()`.
    """

    def __init__(self, model: AttentionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._steps: list[Step] = []
        self._walk_query = model.selected_query
        self._index = -1
        self.setObjectName("StepToolBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        color = self.palette().color(self.foregroundRole())
        self._icons = {
            kind: media_icon(kind, color)
            for kind in ("first", "back", "play", "pause", "next", "last", "stop")
        }
        self.first_action = self._action("first", "⏮", self.first)
        self.back_action = self._action("back", "◀", self.back, "Shift+F6")
        self.play_action = self._action("play", "▶", None, "F5")
        self.play_action.setCheckable(True)
        self.play_action.toggled.connect(self._on_play_toggled)
        self.next_action = self._action("next", "▶|", self.next, "F6")
        self.last_action = self._action("last", "⏭", self.last)
        self.stop_action = self._action("stop", "", self.stop)

        self.stage_path = QLabel()
        self.stage_path.setTextFormat(Qt.TextFormat.RichText)
        self.stage_label = QLabel()
        self.stage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.stage_label.setMinimumWidth(260)

        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(MIN_INTERVAL_MS, MAX_INTERVAL_MS)
        self.speed_slider.setSingleStep(50)
        self.speed_slider.setPageStep(250)
        # Right is faster: the value is the delay between steps.
        self.speed_slider.setInvertedAppearance(True)
        self.speed_slider.setInvertedControls(True)
        self.speed_slider.setValue(DEFAULT_INTERVAL_MS)
        self.speed_slider.setFixedWidth(110)
        self.timer = QTimer(self)
        self.timer.setInterval(DEFAULT_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
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
        self._speed_label = QLabel()
        self._speed_label.setContentsMargins(6, 0, 2, 0)
        self.addWidget(self._speed_label)
        self.addWidget(self.speed_slider)
        self.addSeparator()
        self.addAction(self.stop_action)
        self._label_stop_button()
        self._retranslate()

        model.changed.connect(self._on_session_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        self._steps = self._walk()
        self._show_state()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event):
            self._retranslate()
            self._show_state()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Step through"))
        for action, text in (
            (self.first_action, self.tr("First step")),
            (self.back_action, self.tr("Previous step")),
            (self.play_action, self.tr("Play / pause")),
            (self.next_action, self.tr("Next step")),
            (self.last_action, self.tr("Last step")),
            (self.stop_action, self.tr("Stop and clear the highlighted path")),
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
            action.setStatusTip(text)
        self.stop_action.setIconText(self.tr("Stop"))
        self.stage_path.setToolTip(self.tr(
            "The order of the computation for the selected query: its query vector, "
            "every key and value, its scores, the softmax weights, its context vector."))
        self.stage_label.setToolTip(self.tr(
            "The cell being computed has a thick dark frame; the cells it is computed from are "
            "tinted magenta with a dashed frame. The Explain panel shows the arithmetic."))
        self.speed_slider.setToolTip(self.tr("Play speed: right is faster"))
        self._speed_label.setText(self.tr("Speed:"))

    def _action(self, icon: str, glyph: str, slot, shortcut: str | None = None) -> QAction:
        """An action with its icon (texts: `_retranslate`)."""
        action = QAction(self._icons[icon], "", self)
        action.setIconText(glyph)
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
        self._walk_query = model.selected_query
        return walk(model.head_session, model.result, model.selected_query)

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
        model.set_trace(tuple(step), sources(model.head_session, model.result, step))
        if hover:
            # The explain panel follows the hover: it shows this cell's formula.
            model.set_hover(tuple(step))
        self._show_state()

    # -- view → model ---------------------------------------------------------
    def _on_play_toggled(self, checked: bool) -> None:
        if checked:
            self.play()
        else:
            self.pause()

    def _on_timer_timeout(self) -> None:
        if self._index >= len(self._steps) - 1:
            self.pause()
            return
        self.next()
        if self._index >= len(self._steps) - 1:
            self.pause()  # reaching the end stops; the last cell stays traced

    # -- model → view ---------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        old, index = self._steps, self._index
        query_changed = self._model.selected_query != self._walk_query
        if index < 0 and not query_changed and not change.shapes:
            # Stopped, and the walk (cells only: it depends on the shapes) is
            # the same: nothing to show anew on each step of a drag.
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
        if self._model.selected_query == self._walk_query:
            # A new session clamped the selection: `changed` came first and
            # walked the new query already.
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
        """The cell, its formula and its value: score[the, cat] = q_the·k_cat / √2 = 1.155."""
        model = self._model
        explanation = explain(model.head_session, model.result, *step, words=formula_words())
        last = explanation.steps[-1]
        if step.matrix == "scores" and not model.result.mask[step.row, step.col]:
            return self.tr("{cell}: masked by the causal mask").format(cell=last[0])
        parts = [last[0]]
        if len(last) > 2:
            parts.append(last[1])
        parts.append(last[-1])  # the value as the explain panel writes it
        return " = ".join(parts)
