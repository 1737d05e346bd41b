"""The training run the Train panel drives, without Qt: start, steps, pause, reset."""

import numpy as np
import pytest

from qkv_gui.core import training
from qkv_gui.core.cell_values import MAX_ABS_VALUE
from qkv_gui.core.compute import compute
from qkv_gui.core.format import grouped
from qkv_gui.core.presets import load_preset
from qkv_gui.core.training import TrainingError
from qkv_gui.core.training_run import LOSS_GOAL, TrainingRun, run_target


@pytest.fixture
def default():
    return load_preset("default")


def test_previous_target_reaches_the_goal_on_the_default_preset(default):
    run = TrainingRun()
    assert run.prepare(default, "previous")
    start_loss = run.loss
    run.begin()
    for _ in range(200):  # about 110 stretches of 3 steps are enough
        run.step(3, "adam", training.DEFAULT_LEARNING_RATE["adam"])
        if run.stopped:
            break
    assert run.stopped == "goal"
    assert run.loss < LOSS_GOAL < start_loss
    assert len(run.losses) == run.state.step + 1
    assert run.stretch_steps == run.state.step
    # Every token now attends to the one before it (the first to itself).
    assert list(np.argmax(compute(run.session).weights, axis=1)) == [0, 0, 1, 2, 3]


def test_step_stops_at_the_goal_within_a_stretch(default):
    run = TrainingRun(loss_goal=0.5)
    run.prepare(default, "self")
    run.begin()
    state = run.step(10_000)
    assert run.stopped == "goal"
    assert state.loss < 0.5 <= state.losses[-2]


def test_a_stretch_stops_after_max_steps(default):
    run = TrainingRun(max_steps=4)
    run.prepare(default, "previous")
    run.begin()
    run.step(3)
    assert run.stopped is None and run.stretch_steps == 3
    run.step(3)
    assert run.stopped == "limit" and run.stretch_steps == 4
    run.pause()
    run.begin()  # a new stretch may take max_steps again
    run.step(3)
    assert run.stopped is None and run.state.step == 7


def test_pause_and_resume_continue_the_same_run(default):
    run = TrainingRun()
    run.prepare(default, "previous")
    run.begin()
    run.step(5)
    assert run.pause() and not run.running
    assert not run.pause()  # already paused
    losses = run.losses
    # Going on with the session the run left continues it: no new start, same curve.
    assert not run.prepare(run.session, "previous")
    run.begin()
    run.step(2)
    assert run.losses[: len(losses)] == losses and run.state.step == 7
    # An edited session or another target starts a new run.
    edited = run.session.replace(temperature=2.0)
    assert run.prepare(edited, "previous")
    assert run.state.step == 0 and run.start_session is edited


def test_reset_gives_back_the_start_session(default):
    run = TrainingRun()
    run.prepare(default, "previous")
    run.begin()
    run.step(3)
    assert run.session is not default
    assert run.reset() is default
    assert run.state is None and run.start_session is None and not run.running
    assert run.reset() is None


def test_forget_starts_a_fresh_curve_only_when_paused(default):
    run = TrainingRun()
    run.prepare(default, "previous")
    run.begin()
    run.forget()
    assert run.state is not None  # running: the target cannot change
    run.pause()
    run.forget()
    assert run.state is None and run.start_session is default


def test_painted_target_needs_hand_set_weights(default):
    with pytest.raises(TrainingError) as info:
        run_target(default, "painted")
    assert info.value.msg_id == "no_painted_target"
    run = TrainingRun()
    with pytest.raises(TrainingError):
        run.prepare(default, "painted")
    assert run.state is None
    painted = default.replace(weights_override=np.eye(default.n))
    np.testing.assert_array_equal(run_target(painted, "painted"), np.eye(default.n))
    assert run.prepare(painted, "painted")
    assert run.session.weights_override is None  # training shapes the softmax weights


def near_the_limit(session):
    """W_Q a step away from ±1 000 000 (W_K small, so the scores stay as they were)."""
    return session.replace(w_q=session.w_q * 999_999.5, w_k=session.w_k * 1e-6)


def test_a_step_past_a_cells_limit_stops_before_it_and_names_the_cell(default):
    run = TrainingRun()
    run.prepare(near_the_limit(default), "previous")
    run.begin()
    run.step(50, "sgd", 1.0)
    assert run.stopped == "beyond" and run.state.step < 50
    assert all(np.abs(m).max() <= MAX_ABS_VALUE for m in (run.session.w_q, run.session.w_k))
    # The step it did not take: the first number of W_Q (row by row) past the limit.
    refused = training.train_step(run.state, run.target, 1.0, optimizer="sgd").session.w_q
    row, col = np.argwhere(np.abs(refused) > MAX_ABS_VALUE)[0]
    assert str(run.beyond) == (
        f"training stopped: its next step would set W_Q[{row + 1}, {col + 1}] to "
        f"{grouped(refused[row, col])}, but a cell holds numbers between {grouped(-MAX_ABS_VALUE)} and "
        f"{grouped(MAX_ABS_VALUE)}; a lower learning rate takes smaller steps")
    state = run.state
    run.step(1, "sgd", 1.0)  # again: the same refusal, the run stays where it was
    assert run.stopped == "beyond" and run.state is state
    run.step(1, "sgd", 1e-9)  # a rate low enough goes on
    assert run.stopped is None and run.state.step == state.step + 1 and run.beyond is None


def test_an_error_keeps_the_last_good_state(default):
    run = TrainingRun()
    run.prepare(default, "previous")
    run.begin()
    run.step(2)
    good = run.state
    with pytest.raises(TrainingError):
        run.step(1, "adam", -1.0)
    assert run.state is good


def test_a_paused_run_resumes_from_its_json_exactly(default):
    import json

    run = TrainingRun()
    run.prepare(default, "previous")
    run.begin()
    run.step(5, "adam", 0.05)
    run.pause()
    data = json.loads(json.dumps(run.to_dict()))  # as kept in the settings
    again = TrainingRun()
    assert not again.resume(data, default)  # not the session the run reached
    assert not again.resume({"session": "nonsense"}, run.session)
    assert again.resume(data, run.session)
    assert again.state.losses == run.state.losses and again.state.step == 5
    assert again.start_session == default and again.kind == "previous"
    # The next steps are those the first run would take (Adam's moments came along).
    assert not again.prepare(run.session, "previous")
    for each in (run, again):
        each.begin()
        each.step(3, "adam", 0.05)
    assert again.state.losses == run.state.losses


def test_a_run_that_trains_w_v_reconstructs_the_inputs_and_keeps_its_matrices_across_restarts(default):
    from qkv_gui.core.session_io import session_to_dict
    from qkv_gui.core.training_run import CONTEXT_WEIGHT, run_loss

    session = default.replace(w_v=np.eye(default.d))
    run = TrainingRun()
    assert run.prepare(session, "self", ("w_v", "w_q"))
    assert run.matrices == ("w_q", "w_v")  # the order of training.MATRICES
    assert np.array_equal(run.context, session.inputs)
    # The starting loss counts the context term: more than the attention loss alone.
    assert run.loss == pytest.approx(run_loss(session, "self", ("w_q", "w_v")))
    assert run.loss > run_loss(session, "self") and CONTEXT_WEIGHT > 0
    run.begin()
    run.step(40)
    assert np.array_equal(run.session.w_k, session.w_k)  # not picked: unchanged
    assert run.loss < run.losses[0]
    # Another choice of matrices is another run; the same one continues.
    assert not run.prepare(run.session, "self", ("w_q", "w_v"))
    data = run.to_dict()
    assert data["matrices"] == ["w_q", "w_v"]
    again = TrainingRun()
    assert again.resume(data, run.session)
    assert again.matrices == ("w_q", "w_v") and np.array_equal(again.context, session.inputs)
    # A run kept before W_V could train has no "matrices": W_Q and W_K.
    old = {key: value for key, value in data.items() if key != "matrices"}
    assert again.resume(old, run.session) and again.matrices == ("w_q", "w_k")
    assert session_to_dict(again.start_session) == session_to_dict(session)
    assert run.prepare(run.session, "self", ("w_q",))
    with pytest.raises(TrainingError, match="at least one"):
        run.prepare(session, "self", ())
