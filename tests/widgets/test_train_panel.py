"""The Train panel, in the real window: live training, undo, step, reset, errors."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qkv_gui.core import edits, training
from qkv_gui.core.compute import compute
from qkv_gui.core.format import fmt
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.main_window import MainWindow
from qkv_gui.widgets import train_panel
from qkv_gui.widgets.train_panel import LOSS_GOAL, TrainPanel

LEFT = Qt.MouseButton.LeftButton
# default/previous needs about 320 Adam steps to reach LOSS_GOAL (3 per tick: ~107 ticks).
TICK_BOUND = 150
TIMEOUT_MS = 60_000


@pytest.fixture
def open_window(qtbot, make_window):
    def build(session: Session) -> MainWindow:
        win = make_window(session, show=False)
        win.dock("train").raise_()
        win.show()
        qtbot.waitExposed(win)
        return win

    return build


@pytest.fixture
def default():
    return load_preset("default")


def wait_for_steps(qtbot, panel: TrainPanel, steps: int) -> None:
    qtbot.waitUntil(
        lambda: panel.state is not None and panel.state.step >= steps, timeout=TIMEOUT_MS
    )


def curve_losses(panel: TrainPanel) -> np.ndarray:
    _x, y = panel.loss_curve.getOriginalDataset()
    return np.asarray(y, dtype=np.float64)


def test_its_dock_is_tabbed_and_registered_as_a_view(open_window, default):
    win = open_window(default)
    assert isinstance(win.panel("train"), TrainPanel)
    assert win.views["train"].panel() is win.panel("train")  # a LazyPanel holds it
    assert win.dock("train") in win.tabifiedDockWidgets(win.dock("geometry"))
    assert win.panel("train").toggle_action.shortcut().toString() == "Space"
    assert win.panel("train").target_combo.count() == 4


def test_train_previous_lowers_the_loss_within_bounded_ticks(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    start_loss = training.loss(default, training.target_previous(default))
    panel.set_target_kind("previous")
    qtbot.mouseClick(panel.train_button, LEFT)
    assert panel.running and panel.train_button.isChecked()
    assert not panel.target_combo.isEnabled()
    qtbot.waitUntil(lambda: not panel.running, timeout=TIMEOUT_MS)
    state = panel.state
    assert state.loss < LOSS_GOAL < start_loss
    assert panel.ticks <= TICK_BOUND
    np.testing.assert_allclose(curve_losses(panel), state.losses, rtol=1e-12)
    np.testing.assert_array_equal(
        panel.loss_curve.getOriginalDataset()[0], np.arange(state.step + 1)
    )
    assert model.session is state.session
    # Every token now attends to the one before it (the first to itself).
    assert list(np.argmax(model.result.weights, axis=1)) == [0, 0, 1, 2, 3]
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Train W_Q, W_K"
    assert "below" in panel.message_label.text()
    assert "below" in win.statusBar().currentMessage()
    assert panel.loss_label.text() == f"loss {fmt(state.loss)}"
    assert panel.target_combo.isEnabled()


def test_events_are_processed_between_steps(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    changes = []
    model.changed.connect(lambda: changes.append(panel.state.step))
    fired = []
    assert panel.train()
    QTimer.singleShot(0, lambda: fired.append(panel.running))
    qtbot.waitUntil(lambda: len(changes) >= 3, timeout=TIMEOUT_MS)
    assert fired == [True]  # the queued timer ran while training went on
    assert panel.running
    assert changes == sorted(changes) and changes[0] < changes[-1]  # views saw each tick
    panel.pause()


def test_pause_makes_one_undo_step_and_undo_restores(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    qtbot.mouseClick(panel.train_button, LEFT)
    wait_for_steps(qtbot, panel, 12)
    qtbot.mouseClick(panel.train_button, LEFT)
    assert not panel.running and not panel.train_button.isChecked()
    trained = model.session
    assert trained is panel.state.session
    assert not np.array_equal(trained.w_q, default.w_q)
    assert model.undo_stack.count() == 1
    step = panel.state.step
    assert not panel.timer.isActive()  # paused means paused: nothing steps it on
    assert panel.state.step == step
    model.undo_stack.undo()
    assert model.session == default
    model.undo_stack.redo()
    assert model.session == trained
    assert panel.step_label.text() == f"paused at step {step}"


def test_a_paused_run_is_kept_across_a_restart(open_window, qtbot, default):
    win = open_window(default)
    panel = win.panel("train")
    panel.set_target_kind("self")
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("sgd"))
    panel.rate_spin.setValue(0.2)
    panel.train()
    wait_for_steps(qtbot, panel, 6)
    panel.pause()
    paused, trained = panel.state, win.model.session
    # The next start opens the session the run reached (saved, or remembered): the run is
    # taken up where it paused, with its curve, target, optimizer and rate.
    again = open_window(trained).panel("train")
    assert again.state is not None and again.state.step == paused.step
    assert again.state.losses == paused.losses and not again.running
    assert again.step_label.text() == f"paused at step {paused.step}"
    assert (again.target_kind, again.optimizer_combo.currentData()) == ("self", "sgd")
    assert again.rate_spin.value() == pytest.approx(0.2)
    np.testing.assert_allclose(curve_losses(again), paused.losses, rtol=1e-12)
    assert again.reset_button.isEnabled()
    again.train()  # goes on with the same curve
    wait_for_steps(qtbot, again, paused.step + 3)
    again.pause()
    assert again.state.losses[: len(paused.losses)] == paused.losses
    # Another session: no run to take up; Reset forgets the kept one.
    assert open_window(default).panel("train").state is None
    again.reset()
    assert open_window(trained).panel("train").state is None


def test_train_again_continues_the_same_curve(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.train()
    wait_for_steps(qtbot, panel, 6)
    panel.pause()
    first = panel.state
    panel.train()
    wait_for_steps(qtbot, panel, first.step + 6)
    panel.pause()
    assert panel.state.losses[: len(first.losses)] == first.losses
    assert model.undo_stack.count() == 2


def test_step_once_does_exactly_one_step(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.set_target_kind("self")
    qtbot.mouseClick(panel.step_button, LEFT)
    target = training.target_self(default)
    expected = training.train_step(
        training.start(default, target), target, training.DEFAULT_LEARNING_RATE["adam"]
    )
    assert panel.state.step == 1 and len(panel.state.losses) == 2
    np.testing.assert_allclose(model.session.w_q, expected.session.w_q, rtol=1e-12)
    np.testing.assert_allclose(model.session.w_k, expected.session.w_k, rtol=1e-12)
    np.testing.assert_array_equal(model.session.w_v, default.w_v)
    np.testing.assert_allclose(curve_losses(panel), expected.losses, rtol=1e-12)
    assert model.undo_stack.count() == 1
    qtbot.mouseClick(panel.step_button, LEFT)
    assert panel.state.step == 2 and model.undo_stack.count() == 2
    assert not panel.running


def test_reset_restores_the_session_before_training(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.train()
    wait_for_steps(qtbot, panel, 6)
    panel.pause()
    qtbot.mouseClick(panel.reset_button, LEFT)
    assert model.session == default
    assert panel.state is None
    y = panel.loss_curve.getOriginalDataset()[1]
    assert y is None or len(y) == 0
    assert model.undo_stack.count() == 2  # the run, then the reset: both undoable
    assert not panel.reset_button.isEnabled()


def test_reset_while_running_leaves_no_undo_step(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.train()
    wait_for_steps(qtbot, panel, 6)
    panel.reset()
    assert not panel.running
    assert model.session == default
    assert model.undo_stack.count() == 0


def test_cosine_score_shows_the_error_and_does_not_crash(open_window, qtbot, default):
    session = edits.set_score_kind(default, "cosine")
    win = open_window(session)
    panel, model = win.panel("train"), win.model
    qtbot.mouseClick(panel.train_button, LEFT)
    assert not panel.running and not panel.train_button.isChecked()
    assert "cosine" in panel.message_label.text()
    assert "cosine" in win.statusBar().currentMessage()
    qtbot.mouseClick(panel.step_button, LEFT)
    assert model.session == session and model.undo_stack.count() == 0
    # Switching to a trainable score clears the message and trains.
    model.apply(edits.set_score_kind(session, "dot"), "dot")
    assert panel.message_label.text() == ""
    assert panel.train()
    panel.pause()


def test_painted_weights_become_the_target(open_window, qtbot, default):
    hand = np.full((default.n, default.n), 0.0)
    hand[:, 2] = 1.0  # everybody attends to "sat"
    session = default.replace(weights_override=hand)
    win = open_window(session)
    panel, model = win.panel("train"), win.model
    panel.set_target_kind("painted")
    np.testing.assert_array_equal(panel.target_image.image, hand)
    panel.steps_per_tick = 20
    assert panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=TIMEOUT_MS)
    assert panel.state.loss < LOSS_GOAL
    assert model.session.weights_override is None  # the softmax weights learned it
    np.testing.assert_allclose(model.result.weights, hand, atol=0.01)
    model.undo_stack.undo()
    assert model.session == session


def test_painted_without_hand_set_weights_says_how(open_window, qtbot, default):
    win = open_window(default)
    panel = win.panel("train")
    panel.set_target_kind("painted")
    tip = panel.target_combo.itemData(
        panel.target_combo.findData("painted"), Qt.ItemDataRole.ToolTipRole
    )
    assert "Set weights by hand" in tip and "Set weights by hand" in panel.target_combo.toolTip()
    assert not panel.train()
    assert "Set weights by hand" in panel.message_label.text()
    assert win.model.undo_stack.count() == 0


def test_stops_after_the_maximum_number_of_steps(open_window, qtbot, monkeypatch):
    monkeypatch.setattr(train_panel, "MAX_STEPS", 7)
    movies = load_preset("movies_svd")  # identical users: "previous" cannot be learned exactly
    win = open_window(movies)
    panel = win.panel("train")
    panel.set_target_kind("previous")
    panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=TIMEOUT_MS)
    assert panel.state.step == 7
    assert "7 steps" in panel.message_label.text()
    assert win.model.undo_stack.count() == 1


def test_click_elsewhere_pauses_before_the_edit(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.train()
    wait_for_steps(qtbot, panel, 3)
    # Clicking a result heatmap only selects: training goes on.
    scores = win.heatmaps["scores"]
    QApplication.sendEvent(
        scores.viewport(),
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(scores.viewport().rect().center()),
            QPointF(scores.viewport().mapToGlobal(scores.viewport().rect().center())),
            LEFT,
            LEFT,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert panel.running
    # Pressing on a matrix editor (which would start a drag) pauses first.
    table = win.editors["inputs"].table
    pos = table.visualRect(win.editors["inputs"].table_model.index(0, 0)).center()
    QApplication.sendEvent(
        table.viewport(),
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(pos),
            QPointF(table.viewport().mapToGlobal(pos)),
            LEFT,
            LEFT,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    QApplication.sendEvent(
        table.viewport(),
        QMouseEvent(
            QEvent.Type.MouseButtonRelease,
            QPointF(pos + QPoint(0, 0)),
            QPointF(table.viewport().mapToGlobal(pos)),
            LEFT,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert not panel.running
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Train W_Q, W_K"


def test_space_toggles_training(open_window, qtbot, default):
    win = open_window(default)
    panel = win.panel("train")
    with qtbot.waitActive(win):
        win.activateWindow()
    # A window-wide shortcut while the panel shows.
    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert panel.running
    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert not panel.running
    assert win.model.undo_stack.count() <= 1


def test_loading_another_session_stops_training(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.train()
    wait_for_steps(qtbot, panel, 3)
    model.load(load_preset("five_to_two"))
    assert not panel.running and not panel.timer.isActive()
    assert model.session == load_preset("five_to_two")
    assert "paused" in panel.message_label.text()


def test_target_preview_follows_the_picker_and_the_session(open_window, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    for kind in ("self", "previous", "same_topic"):
        panel.set_target_kind(kind)
        target = training.target_pattern(default, kind)
        np.testing.assert_allclose(panel.target_image.image, target, rtol=1e-6)
        assert panel.loss_label.text() == f"loss {fmt(training.loss(default, target))}"
    causal = default.replace(causal=True)
    model.apply(causal, "causal")
    np.testing.assert_allclose(
        panel.target_image.image, training.target_pattern(causal, "same_topic"), rtol=1e-6
    )


def test_learning_rate_steps_are_logarithmic(open_window, default):
    panel = open_window(default).panel("train")
    spin = panel.rate_spin
    assert spin.value() == pytest.approx(0.05)
    spin.stepBy(1)
    assert spin.value() == pytest.approx(0.1)
    spin.stepBy(-2)
    assert spin.value() == pytest.approx(0.02)
    spin.setValue(0.03)
    spin.stepBy(1)
    assert spin.value() == pytest.approx(0.05)
    assert spin.textFromValue(0.0005) == "0.0005"
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("sgd"))
    assert spin.value() == pytest.approx(training.DEFAULT_LEARNING_RATE["sgd"])


def test_trained_session_computes_like_any_other(open_window, qtbot, default):
    win = open_window(default)
    panel, model = win.panel("train"), win.model
    panel.train()
    wait_for_steps(qtbot, panel, 9)
    panel.pause()
    expected = compute(model.session)
    for name in ("queries", "keys", "weights", "context"):
        np.testing.assert_allclose(
            win.heatmaps[name].displayed_matrix(), expected.matrix(name), rtol=1e-5, atol=1e-5
        )
    assert math.isfinite(panel.state.loss)


# -- W_V, the matrices to learn, and the lesson "From SVD to learned matrices" -------


def test_ticking_w_v_trains_it_to_reconstruct_the_inputs(open_window, qtbot, default):
    session = default.replace(w_v=np.eye(default.d))
    win = open_window(session)
    panel, model = win.panel("train"), win.model
    assert panel.matrices == ("w_q", "w_k")
    qtbot.mouseClick(panel.matrix_checks["w_q"], LEFT)
    qtbot.mouseClick(panel.matrix_checks["w_k"], LEFT)
    qtbot.mouseClick(panel.matrix_checks["w_v"], LEFT)
    assert panel.matrices == ("w_v",)
    panel.set_target_kind("self")
    # The shown loss counts the context term before training starts.
    context = training.target_reconstruct(session)
    start = training.loss(session, training.target_self(session), context, 1.0)
    assert panel.loss_label.text() == f"loss {fmt(start)}"
    assert panel.step_once()
    assert not panel.matrix_checks["w_v"].isEnabled() or not panel.running
    trained = model.session
    assert np.array_equal(trained.w_q, session.w_q) and np.array_equal(trained.w_k, session.w_k)
    assert not np.array_equal(trained.w_v, session.w_v)
    assert panel.state.loss < start
    assert panel.train()
    assert not panel.matrix_checks["w_q"].isEnabled()  # not while training
    wait_for_steps(qtbot, panel, 10)
    panel.pause()
    assert model.undo_stack.undoText() == "Train W_V"


def test_no_matrix_ticked_says_so(open_window, qtbot, default):
    win = open_window(default)
    panel = win.panel("train")
    for name in ("w_q", "w_k"):
        panel.matrix_checks[name].setChecked(False)
    assert not panel.train()
    assert "at least one of W_Q, W_K and W_V" in panel.message_label.text()
    assert win.model.session is not None and not panel.running


def test_the_lesson_picks_the_same_topic_and_shows_the_angles_to_v2(qtbot, make_window):
    from qkv_gui.core.lessons import lesson

    win = make_window("default")
    assert win.panel("lessons").open_lesson("svd_to_learned")
    panel = win.panel("train")
    qtbot.waitUntil(lambda: panel.isVisible() and not panel.topic_box.isHidden(), timeout=5000)
    assert panel.target_kind == "same_topic" and panel.matrices == ("w_q", "w_k")
    bars = panel.angle_bars
    assert [text.toPlainText() for text in bars.texts if text.isVisible()] == ["57.5°", "18.0°"]
    assert bars.limit_line.value() == pytest.approx(10.0)
    assert "vs V_2: W_Q 85.8°, W_K 70.5°" in panel.topic_box.label.text()
    assert panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=TIMEOUT_MS)
    assert panel.run.stopped == "goal"
    widths = bars.bars.opts["width"]
    assert max(widths) < 6.0  # measured 4.8°: the learned plane is the SVD's, nearly
    assert lesson("svd_to_learned").is_done(win.model.session, win.model.result)
    # Another target hides the comparison: it is about topics.
    panel.set_target_kind("previous")
    assert panel.topic_box.isHidden()


def test_a_step_past_a_cells_limit_stops_training_naming_the_cell(open_window, qtbot, default):
    """The panel and the status bar say which cell would pass ±1 000 000, and what helps."""
    near = default.replace(w_q=default.w_q * 999_999.5, w_k=default.w_k * 1e-6)
    win = open_window(near)
    panel, model = win.panel("train"), win.model
    panel.set_target_kind("previous")
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("sgd"))
    panel.rate_spin.setValue(1.0)
    panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=TIMEOUT_MS)
    sentence = panel.message_label.text()
    assert sentence.startswith("Training stopped: its next step would set W_Q[")
    assert sentence.endswith("a lower learning rate takes smaller steps.")
    assert sentence == str(panel.run.beyond)[:1].upper() + str(panel.run.beyond)[1:] + "."
    assert win.statusBar().currentMessage() == sentence
    assert model.session == panel.state.session  # the last step its cells can hold
    steps = panel.state.step
    assert not panel.step_once()  # Step once says the same, and takes no step
    assert panel.message_label.text() == sentence and panel.state.step == steps
