"""The Train panel: learn W_Q, W_K (and W_V) by gradient descent, live, without freezing the window.

The learner picks a target attention pattern T and the matrices to learn
(W_V learns to make the context reconstruct the inputs), and presses Train. A timer
does a few `core.training.train_step`s per tick and shows the new session with
`model.preview`, so every view (matrices, heatmaps, geometry) follows the
learning while events are still processed between steps. The whole run is
one gesture: pausing makes it ONE undo step, "Train W_Q, W_K", and the result
is an ordinary session the learner can edit and save. A paused run says
"paused at step N" and is kept across restarts: it is taken up again when the
session it reached is the one the app opens with. With the "same topic" target
and W_Q, W_K that shrink the dimension (d × m, m < d), the panel compares them
with the SVD's topic space V_m: the principal angles between the inputs'
learned coordinates I·W and their topic coordinates I·V_m (`core.subspace`).
With several heads every head gets a target of its own (`plotting.head_choices`)
and a loss curve in its colour (`plotting.loss_curves`); the target shown is
the selected head's.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ..core import training
from ..core.format import fmt
from ..core.lessons import TOPIC_PLANE_DEGREES
from ..core.session import Session
from ..core.subspace import compare_with_topic_space
from ..core.training import TrainingError, TrainState
from ..core.training_run import (
    DEFAULT_MATRICES,
    LOSS_GOAL,
    MAX_STEPS,
    TARGET_KINDS,
    TrainingRun,
    run_loss,
    run_target,
)
from ..i18n import is_language_change, translated_error
from ..model import AttentionModel
from ..plotting.angle_bars import AnglesBox
from ..plotting.head_choices import HeadChoices
from ..plotting.loss_curves import LossCurves
from ..plotting.matrix_plot import MatrixPlot
from ..plotting.panel_layout import PANEL_MIN_WIDTH, height_down_to, intro_and_scroll
from ..plotting.seen import SeenRefresh
from ..plotting.train_pieces import SettingsGrid

if TYPE_CHECKING:
    from ..workbench import Workbench

TICK_MS = 16  # about one frame: the window repaints between ticks
STEPS_PER_TICK = 3  # slow enough to watch the weights move
LESSON_CURVE_HEIGHT = 120  # pixels of the loss curves a lesson shows with several heads
TEXT_COLOR = QColor(30, 30, 30)
GUIDE_COLOR = QColor(110, 110, 110)
ERROR_STYLE = "color: #b2182b;"
RUN_KEY = "paused_training"  # the paused run, kept across restarts (Workbench.keep)
INFO_STYLE = "color: #1b7f3b;"
MATRIX_SYMBOLS = {"w_q": "W_Q", "w_k": "W_K", "w_v": "W_V"}
# The target a lesson trains (one, or one per head): opening it picks that target.
LESSON_TARGETS = {"svd_to_learned": "same_topic", "many_heads": ("previous", "same_topic")}
# A new head's target: head 1 the previous token, head 2 the same topic, head 3 itself, …
HEAD_DEFAULT_KINDS = ("previous", "same_topic", "self")


class TrainPanel(QWidget):
    """Target picker, optimizer and learning rate, Train/Pause (Space), Step once, Reset, loss curve.

    Public: `target_combo` (data: "self", "previous", "same_topic", "painted"),
    `optimizer_combo` ("adam", "sgd"), `rate_spin`, `train_button`,
    `step_button`, `reset_button`, `toggle_action` (Space), `loss_plot`,
    `loss_curve` (its data are `state.losses`), `target_image`,
    `step_label`, `loss_label`, `message_label`, `timer`; `run` (the
    `core.training_run.TrainingRun` the panel drives), `state`, `running`,
    `ticks`, `steps_per_tick`; `train()`, `pause()`, `toggle()`,
    `step_once()`, `reset()`, `set_target_kind(kind)`, `target_kind`.
    While training, the learner's next edit elsewhere pauses it first (the
    workbench's `watch_edit_input`), so that edit is its own undo step.
    """

    def __init__(self, model: AttentionModel, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._bench = bench
        self.run = TrainingRun(loss_goal=LOSS_GOAL, max_steps=MAX_STEPS)
        self._message_kind = "info"
        self.ticks = 0
        self.steps_per_tick = STEPS_PER_TICK
        self._edit_watch = bench.watch_edit_input(self, self._on_edit_input)

        column, _scroll = intro_and_scroll(self, "")

        grid = SettingsGrid(TARGET_KINDS, training.OPTIMIZERS, MATRIX_SYMBOLS, DEFAULT_MATRICES)
        self.target_combo, self.optimizer_combo = grid.target_combo, grid.optimizer_combo
        self.rate_spin, self.matrix_checks = grid.rate_spin, grid.matrix_checks
        self.rate_spin.setValue(training.DEFAULT_LEARNING_RATE["adam"])
        self._grid_labels, self._learn_label = grid.labels[:3], grid.labels[3]
        for check in self.matrix_checks.values():
            check.toggled.connect(self._on_matrix_check_toggled)
        column.addLayout(grid)
        # With several heads: a target per head instead of the one "Target:" row.
        self.head_choices = HeadChoices((self.target_combo, self._grid_labels[0]))
        column.addWidget(self.head_choices)

        self.toggle_action = QAction(self)
        self.toggle_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.toggle_action.triggered.connect(self.toggle)
        self.addAction(self.toggle_action)
        self.train_button = QPushButton()
        self.train_button.setCheckable(True)
        self.step_button = QPushButton()
        self.reset_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.train_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        column.addLayout(buttons)

        self.step_label = QLabel()
        self.loss_label = QLabel()
        self.loss_label.setStyleSheet("font-weight: bold;")
        numbers = QHBoxLayout()
        numbers.addWidget(self.step_label)
        numbers.addWidget(self.loss_label, 1)
        column.addLayout(numbers)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.message_label)
        # Learned vs SVD: shown for the same-topic target when W_Q, W_K shrink the dimension;
        # above the curve, so a lesson about it has it in view.
        self.topic_box = AnglesBox()
        self.angle_bars = self.topic_box.bars
        self.angle_bars.set_limit(TOPIC_PLANE_DEGREES, f"{fmt(TOPIC_PLANE_DEGREES)}°")
        self.topic_box.setVisible(False)
        column.addWidget(self.topic_box)

        self.curves = LossCurves(LOSS_GOAL, GUIDE_COLOR, TEXT_COLOR)
        self.loss_plot, self.loss_curve = self.curves.widget, self.curves.total_curve
        self.goal_line = self.curves.goal_line
        self.loss_plot.setMinimumHeight(190)
        column.addWidget(self.loss_plot, 3)
        # The app's matrix plot: weights in [0, 1], queries down, keys across.
        self.target_view = MatrixPlot(
            True, title_size="9pt", title_height=20, font_size=(8.5, 0.9), size_hint=(320, 190)
        )
        self.target_view.setMinimumHeight(170)
        column.addWidget(self.target_view, 2)

        self.setMinimumWidth(PANEL_MIN_WIDTH)

        self.target_image, self.target_text = self.target_view.image_item, self.target_view.text_item
        self._retranslate()
        bench.register_export_target("train.loss_plot", self.loss_plot)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.train_button.clicked.connect(self._on_train_button_clicked)
        self.step_button.clicked.connect(self.step_once)
        self.reset_button.clicked.connect(self.reset)
        self.target_combo.currentIndexChanged.connect(self._on_target_combo_changed)
        self.head_choices.changed.connect(self._on_target_combo_changed)
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer_combo_changed)
        # A tab behind the geometry most of the time: its target and loss are
        # redrawn only while it is seen (training itself runs regardless).
        self.when_seen = SeenRefresh(self, self._show_session)
        model.changed.connect(self._on_session_changed)
        self._sync_heads()
        model.lessonChanged.connect(self._on_lesson_changed)
        self._resume_kept_run()
        self._update_buttons()
        self._on_lesson_changed()  # built for a lesson: take its target
        self._on_session_changed()

    def _resume_kept_run(self) -> None:
        """The run paused before the last quit, when the app reopened the session it reached."""
        try:
            kept = json.loads(self._bench.kept(RUN_KEY) or "null")
        except ValueError:
            return
        if not isinstance(kept, dict) or not self.run.resume(kept.get("run"), self._model.session):
            return
        for combo, value in ((self.target_combo, self.run.kind), (self.optimizer_combo, kept.get("optimizer"))):
            index = combo.findData(value)
            if index >= 0:
                with QSignalBlocker(combo):  # a new target would forget the run
                    combo.setCurrentIndex(index)
        self._sync_heads()
        self.head_choices.set_choices(self.run.kinds)
        self._set_matrices(self.run.matrices)
        if isinstance(kept.get("rate"), int | float):
            self.rate_spin.setValue(kept["rate"])
        self._update_target_image(self._model.session, self._shown_target(self.run.target))
        self._update_progress()

    def _keep_run(self) -> None:
        """Keep the paused run (or that there is none) for the next start."""
        run = self.run.to_dict()
        kept = {"run": run, "optimizer": self.optimizer_combo.currentData(),
                "rate": self.rate_spin.value()} if run is not None else None
        self._bench.keep(RUN_KEY, json.dumps(kept) if kept is not None else "")

    # -- building (once) ---------------------------------------------------
    def _retranslate(self) -> None:
        """The panel's fixed words, in the language now set (the rest follows the session)."""
        self.findChild(QLabel, "intro").setText(self.tr(
            "Training moves the ticked matrices by gradient descent until the softmax weights "
            "match the target T."))
        targets = {"self": self.tr("attend to itself"), "previous": self.tr("attend to the previous token"),
                   "same_topic": self.tr("attend to the same topic"), "painted": self.tr("the weights I set by hand")}
        for index, kind in enumerate(TARGET_KINDS):
            self.target_combo.setItemText(index, targets[kind])
        self.head_choices.set_items([(kind, targets[kind]) for kind in TARGET_KINDS], self.tr("head {head}"))
        self.head_choices.setToolTip(self.tr(
            "Each head learns its own target: its block of columns of W_Q and W_K moves towards it."))
        self.curves.set_names(self.tr("head {head}"), self.tr("total"))
        painted_tip = self.tr(
            "Paint your own target: tick “Set weights by hand” in the toolbar and drag or type "
            "the numbers in the “Weights (set by hand)” table (each row sums to 1), then pick "
            "“the weights I set by hand” and press Train. Training drops the hand-set weights "
            "and learns W_Q, W_K whose softmax weights match them."
        )
        self.target_combo.setItemData(TARGET_KINDS.index("painted"), painted_tip, Qt.ItemDataRole.ToolTipRole)
        self.target_combo.setToolTip(self.tr(
            "The attention pattern T to learn: each query attends to itself, to the token "
            "before it, or evenly to the tokens of its topic (from the SVD of the inputs).") + "\n\n" + painted_tip)
        self.optimizer_combo.setItemText(0, self.tr("Adam"))
        self.optimizer_combo.setItemText(1, self.tr("gradient descent"))
        self.optimizer_combo.setToolTip(self.tr(
            "Gradient descent: W ← W − η·∂L/∂W. Adam scales each step by running averages of "
            "the gradient, so every number moves by about η per step."))
        self.rate_spin.setToolTip(self.tr(
            "The learning rate η: how far one step moves W_Q and W_K. The arrows step "
            "through 1, 2, 5 × 10^k; it can be changed while training."))
        self._learn_label.setText(self.tr("Learn:"))
        self.loss_label.setToolTip(self.tr(
            "loss = Σ T·log(T / weights) / m, 0 when the weights match T; with W_V ticked "
            "+ ½‖context − I‖² / m (the context should reconstruct the inputs I)."))
        self.topic_box.setToolTip(self.tr(
            "The principal angles between two subspaces: 0° everywhere means the same subspace. "
            "I·W and I·V_m span the same one exactly when the learned coordinates are the SVD's "
            "topic coordinates, turned and stretched (I·W = I·V_m·R for an invertible R). The "
            "columns of W may still differ from V_m along directions the inputs hardly vary in."))
        self.matrix_checks["w_v"].setToolTip(self.tr(
            "W_V learns to make each context vector reconstruct its own input (W_V is d × d)."))
        for label, text in zip(self._grid_labels, (self.tr("Target:"), self.tr("Optimizer:"), self.tr("rate η:")),
                               strict=True):
            label.setText(text)
        self.toggle_action.setText(self.tr("Train / Pause"))
        self.train_button.setToolTip(self.tr(
            "Train: gradient steps, live, until the loss is below {goal} or after {steps} "
            "steps. Pause makes the whole run one undo step. (Space)").format(goal=fmt(LOSS_GOAL), steps=MAX_STEPS))
        self.step_button.setText(self.tr("Step once"))
        self.step_button.setToolTip(self.tr("One gradient step (one undo step)."))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the session before training started."))
        item = self.loss_plot.getPlotItem()
        item.setTitle(self.tr("Loss (log scale)"), color=TEXT_COLOR.name(), size="10pt")
        item.setLabel("bottom", self.tr("step"), color=TEXT_COLOR.name())
        self.goal_line.label.setFormat(self.tr("goal {goal}").format(goal=fmt(LOSS_GOAL)))
        self.target_view.set_title(self.tr("Target T (rows: queries, columns: keys)"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "when_seen"):
            self._retranslate()
            self._update_buttons()
            self.when_seen.run_everything()  # its texts now, even behind another tab
        super().changeEvent(event)

    # -- public ------------------------------------------------------------
    @property
    def model(self) -> AttentionModel:
        return self._model

    def lesson_height(self, width: int) -> int:
        """The height at `width` that shows the controls and the angles to V_m, else the loss
        curve (with several heads, the top LESSON_CURVE_HEIGHT of it: their target rows
        take room the lesson's text needs)."""
        if not self.topic_box.isHidden():
            return height_down_to(self.topic_box, width)
        cut = self.loss_plot.minimumHeight() - LESSON_CURVE_HEIGHT if not self.head_choices.isHidden() else 0
        return height_down_to(self.loss_plot, width) - max(cut, 0)

    @property
    def state(self) -> TrainState | None:
        return self.run.state

    @property
    def running(self) -> bool:
        return self.run.running

    @property
    def target_kind(self) -> str:
        """The target of the head shown (the one target with one head)."""
        kinds = self.target_kinds
        return kinds if isinstance(kinds, str) else kinds[self._shown_head()]

    @property
    def target_kinds(self) -> str | tuple[str, ...]:
        """The target the run learns: one kind with one head, else one per head."""
        return self.head_choices.chosen(self._model.session.heads)

    def set_target_kinds(self, kinds) -> None:
        """A target per head (`kinds[i]` for head i), as the learner would pick them."""
        self._sync_heads()
        self.head_choices.set_choices(kinds)
        self._on_target_combo_changed()

    def _shown_head(self) -> int:
        return min(self._model.selected_head, self._model.session.heads - 1)

    def _shown_target(self, targets: np.ndarray) -> np.ndarray:
        """The selected head's target of a run's h × m × n targets."""
        return targets[min(self._shown_head(), len(targets) - 1)]

    def _sync_heads(self) -> None:
        """One target box per head when there are several, else the one "Target:" row."""
        self.head_choices.show_heads(self._model.session.heads, [
            HEAD_DEFAULT_KINDS[i % len(HEAD_DEFAULT_KINDS)] for i in range(self._model.session.heads)])

    @property
    def matrices(self) -> tuple[str, ...]:
        """The names of the ticked matrices, in the order w_q, w_k, w_v."""
        return tuple(name for name, check in self.matrix_checks.items() if check.isChecked())

    def set_matrices(self, names) -> None:
        """Tick exactly the matrices `names` (of "w_q", "w_k", "w_v")."""
        self._set_matrices(training.check_trainable(names))
        self._on_matrix_check_toggled()

    def _set_matrices(self, names) -> None:
        for name, check in self.matrix_checks.items():
            with QSignalBlocker(check):
                check.setChecked(name in names)

    def _train_text(self) -> str:
        """The undo text of a run: "Train W_Q, W_K" and the like."""
        names = ", ".join(MATRIX_SYMBOLS[name] for name in self.run.matrices)
        return self.tr("Train {matrices}").format(matrices=names)

    def set_target_kind(self, kind: str) -> None:
        index = self.target_combo.findData(kind)
        if index < 0:
            raise ValueError(f"target kind must be one of {', '.join(TARGET_KINDS)}, not {kind!r}")
        self.target_combo.setCurrentIndex(index)

    def toggle(self) -> None:
        """Train when paused, pause when training (the Space key)."""
        if self.run.running:
            self.pause()
        else:
            self.train()

    def train(self) -> bool:
        """Start (or continue) training on the timer; False when it cannot run (message shown)."""
        if self.run.running:
            return True
        if not self._ensure_state():
            self._update_buttons()
            return False
        if self.run.at_goal:
            self._show(
                self.tr(
                    "The loss is already below {goal}: the weights match the target. "
                    "Pick another target or press Reset."
                ).format(goal=fmt(LOSS_GOAL))
            )
            self._update_buttons()
            return False
        self.ticks = 0
        self.run.begin()
        self._model.begin_gesture()
        self._edit_watch.start()
        self.timer.start()
        self._show("")
        self._update_buttons()
        return True

    def pause(self) -> None:
        """Stop the timer; the run so far becomes one undo step "Train W_Q, W_K"."""
        if not self.run.running:
            return
        self._stop_timer()
        self._model.end_gesture(self._train_text())
        self._update_progress()
        self._update_buttons()
        self._keep_run()

    def step_once(self) -> bool:
        """Exactly one gradient step, as one undo step (pauses a running training first)."""
        self.pause()
        if not self._ensure_state():
            return False
        try:
            state = self._take_steps(1)
        except TrainingError as error:
            self._show_error(error)
            return False
        if self.run.stopped == "beyond":  # the step would put a number past a cell's limit
            self._show_error(self.run.beyond)
            return False
        if not self._model.apply(state.session, self.tr("Training step")):
            return False
        self._update_progress()
        self._keep_run()
        return True

    def reset(self) -> None:
        """Back to the session before training started (one undo step); the curve restarts."""
        if self.run.running:
            self._stop_timer()
            self._model.cancel_gesture()
        start = self.run.reset()
        if start is not None and self._model.session != start:
            self._model.apply(start, self.tr("Reset training"))
        self._show(
            self.tr("Reset: back to the session before training.") if start is not None else ""
        )
        self._update_buttons()
        self._on_session_changed()
        self._keep_run()

    # -- training ----------------------------------------------------------
    def _ensure_state(self) -> bool:
        """Continue the current run, or start a new one from the model's session."""
        session = self._model.session
        try:
            started = self.run.prepare(session, self.target_kinds, self.matrices)
        except TrainingError as error:
            if error.msg_id == "no_painted_target":
                self._show_error(
                    self.tr(
                        "There are no hand-set weights to learn: tick “Set weights by hand” in "
                        "the toolbar, set the weights you want, then train."
                    )
                )
            else:
                self._show_error(error)
            return False
        if started:
            self._update_target_image(session, self._shown_target(self.run.target))
            self._update_progress()
        return True

    def _take_steps(self, count: int) -> TrainState:
        return self.run.step(
            count, self.optimizer_combo.currentData(), self.rate_spin.value()
        )

    def _on_timer_timeout(self) -> None:
        if not self.run.running or self.run.state is None:
            return
        self.ticks += 1
        try:
            state = self._take_steps(self.steps_per_tick)
        except TrainingError as error:
            self.pause()
            self._show_error(error)
            return
        if not self._model.preview(state.session):
            self.pause()
            self._show_error(
                self.tr(
                    "Training produced matrices that cannot be computed; "
                    "lower the learning rate and press Reset."
                )
            )
            return
        self._update_progress()
        if self.when_seen.seen():
            self._update_topic_comparison(state.session)
        steps = self.run.stretch_steps
        if self.run.stopped in ("beyond", "not_finite"):  # beyond: the cell, its number, the limit
            self.pause()
            self._show_error(self.run.beyond or self.tr(
                "The loss is no longer a finite number: lower the learning rate and press Reset."))
        elif self.run.stopped == "goal":
            self._finish(self.tr(
                "The loss is below {goal} after {steps} steps: training stopped. Undo takes the "
                "whole run back.").format(goal=fmt(LOSS_GOAL), steps=steps))
        elif self.run.stopped == "limit":
            self._finish(self.tr(
                "Stopped after {steps} steps with the loss at {loss}. Press Train to go on, or try "
                "another learning rate.").format(steps=steps, loss=fmt(state.loss)))

    def _finish(self, text: str) -> None:
        self.pause()
        self._show(text)
        self._model.message.emit(text)

    def _stop_timer(self) -> None:
        self.timer.stop()
        self.run.pause()
        self._edit_watch.stop()

    # -- messages ----------------------------------------------------------
    def _error_text(self, error: TrainingError) -> str:
        """The core's sentence for a TrainingError, translated, as a sentence of the panel."""
        text = translated_error(error)
        text = text[:1].upper() + text[1:]
        if not text.endswith((".", "!", "?")):
            text += "."
        if error.msg_id.startswith("score_kind"):
            text += " " + self.tr("Pick dot, scaled dot or general under Score to train.")
        return text

    def _show_error(self, error: TrainingError | str, emit: bool = True) -> None:
        """The sentence in red in the panel and, unless `emit` is False, in the status bar."""
        text = error if isinstance(error, str) else self._error_text(error)
        self._message_kind = "error"
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if emit:
            self._model.message.emit(text)

    def _show(self, text: str, kind: str = "info") -> None:
        """A message in the panel. "info" (what training did) stays until the next one;
        a "hint" about the session, like an error, goes once the session is fine."""
        self._message_kind = kind
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- model → view ------------------------------------------------------
    def _on_session_changed(self) -> None:
        session = self._model.session
        self._sync_heads()
        ours = self.run.follows(session)
        if self.run.running and not ours:
            # Something else changed the session mid-run (a lesson, a file): the run so
            # far is kept as one undo step when the gesture is still ours to end.
            self._stop_timer()
            if self._model.in_gesture:
                self._model.end_gesture(self._train_text())
            self._show(self.tr("Training paused: the session was changed."))
            self._update_buttons()
        if ours and self.run.running:
            return  # the tick that previewed it shows the progress
        self.when_seen.request()

    def _show_session(self) -> None:
        session = self._model.session
        self._update_topic_comparison(session)
        if self.run.state is not None and session == self.run.session:
            self._update_progress()  # a step, or undo/redo back to where training is
            self._update_target_image(session, self._shown_target(self.run.target))  # maybe another head
            return
        self._update_preview(session)

    def _update_topic_comparison(self, session: Session) -> None:
        """Learned vs SVD: the angles between I·W_Q, I·W_K and I·V_m, for the same-topic
        target when W_Q and W_K shrink the dimension (hidden otherwise)."""
        comparison = compare_with_topic_space(session) if self.target_kind == "same_topic" else None
        self.topic_box.setVisible(comparison is not None)
        if comparison is None:
            return
        labels, degrees, columns = [], [], []
        lines = [self.tr("Learned vs SVD: largest principal angle between the inputs' coordinates I·W "
                         "and I·V_{m} (0°: the same subspace).").format(m=comparison.m)]
        for item in comparison.matrices:
            symbol = MATRIX_SYMBOLS[item.name]
            if item.coordinates is None:
                lines.append(self.tr("I·{w} squeezes the inputs onto fewer than {m} dimensions.")
                             .format(w=symbol, m=comparison.m))
                continue
            labels.append(symbol)
            degrees.append(item.coordinates[-1])
            columns.append(f"{symbol} {fmt(item.columns[-1], 1)}°")
        if columns:
            lines.append(self.tr("Columns of W vs V_{m}: {angles}.").format(
                m=comparison.m, angles=", ".join(columns)))
        self.topic_box.set_angles("\n".join(lines), labels, degrees)

    def _update_preview(self, session: Session) -> None:
        """Not training on this session: show its target and its loss against it."""
        self.step_label.setText(self.tr("not training"))
        self.loss_label.setText("")
        if self.run.state is None:
            self._clear_curve()
        try:
            target = run_target(session, self.target_kind, self._shown_head())
        except TrainingError as error:
            self._clear_target()
            if error.msg_id == "no_painted_target":
                self._show(
                    self.tr(
                        "Set weights by hand first (toolbar: “Set weights by hand”): "
                        "they become the target."
                    ),
                    kind="hint",
                )
            else:
                self._show_error(error, emit=False)
            return
        self._update_target_image(session, target)
        try:
            current = run_loss(session, self.target_kinds, self.matrices)
        except TrainingError as error:  # e.g. a score training cannot handle
            self._show_error(error, emit=False)
            return
        self.loss_label.setText(self.tr("loss {loss}").format(loss=fmt(current)))
        if self._message_kind in ("error", "hint"):
            self._show("")

    def _update_progress(self) -> None:
        state = self.run.state
        if state is None:
            return
        self.curves.show(state.losses, state.head_curves())
        if self.run.running:
            self.step_label.setText(self.tr("step {step}").format(step=state.step))
        else:
            self.step_label.setText(self.tr("paused at step {step}").format(step=state.step))
        self.loss_label.setText(self.tr("loss {loss}").format(loss=fmt(state.loss)))

    def _clear_curve(self) -> None:
        self.curves.clear()

    def _clear_target(self) -> None:
        self.target_view.set_empty()

    def _update_target_image(self, session: Session, target: np.ndarray) -> None:
        self.target_view.set_matrix(target, (0.0, 1.0))
        self.target_view.set_labels(session.query_labels, session.labels)

    def _update_buttons(self) -> None:
        running = self.run.running
        self.train_button.setChecked(running)
        self.train_button.setText(self.tr("Pause ❚❚") if running else self.tr("Train ▶"))
        self.target_combo.setEnabled(not running)
        self.head_choices.setEnabled(not running)
        self.optimizer_combo.setEnabled(not running)
        for check in self.matrix_checks.values():
            check.setEnabled(not running)
        self.reset_button.setEnabled(running or self.run.start_session is not None)

    # -- view → model ------------------------------------------------------
    def _on_train_button_clicked(self, _checked: bool) -> None:
        self.toggle()
        self._update_buttons()

    def _on_target_combo_changed(self, _index: int = 0) -> None:
        # A new target is a new loss: the next Train starts a fresh curve.
        self.run.forget()
        self._keep_run()
        self._update_preview(self._model.session)
        self._update_topic_comparison(self._model.session)

    def _on_matrix_check_toggled(self, _checked: bool = False) -> None:
        # Other matrices, maybe another loss (W_V adds the context term): a fresh run.
        self.run.forget()
        self._keep_run()
        self._update_preview(self._model.session)

    def _on_lesson_changed(self) -> None:
        """A lesson that trains a given target picks it, with W_Q and W_K to learn."""
        kind = LESSON_TARGETS.get(self._model.lesson or "")
        if kind is None or self.run.running:
            return
        self._set_matrices(DEFAULT_MATRICES)
        if not isinstance(kind, str):
            self.set_target_kinds(kind)
        elif self.target_kind == kind:
            self._on_matrix_check_toggled()
        else:
            self.set_target_kind(kind)

    def _on_optimizer_combo_changed(self, _index: int) -> None:
        self.rate_spin.setValue(training.DEFAULT_LEARNING_RATE[self.optimizer_combo.currentData()])

    def _on_edit_input(self) -> None:
        """A click or key press elsewhere that may edit: pause first, so the edit
        that follows is its own undo step after the training run, not a gesture
        started in the middle of it (a drag keeps the session it started from)."""
        self.pause()
        self._show(self.tr("Training paused so you can edit."))

