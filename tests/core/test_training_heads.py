"""Training several heads: a target per head, each head's block of the gradients,
positions and padding seen as `compute` sees them, one loss curve per head."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core import training as tr
from qkv_gui.core.compute import compute
from qkv_gui.core.head_edits import set_heads
from qkv_gui.core.heads import head_columns, head_session
from qkv_gui.core.positional import sinusoidal_table
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.core.training_run import TrainingRun, run_targets
from tests.core.finite_differences import GRAD_TOLERANCE, loss_gradient, relative_error


def multi_session(seed: int, heads: int, kind: str, causal: bool, positional: str,
                  padding: tuple[bool, ...] | None, mode: str = "self") -> Session:
    rng = np.random.default_rng(seed)
    n, d, d_k, d_v = 5, 4, 2, 3
    extra = {}
    if mode == "seq2seq":
        extra["decoder"] = rng.normal(size=(3, d))
    if positional == "learned":
        extra["positional_table"] = rng.normal(size=(n, d))
    return Session(
        inputs=rng.normal(size=(n, d)), mode=mode, projection=True, heads=heads,
        w_q=rng.normal(size=(d, heads * d_k)), w_k=rng.normal(size=(d, heads * d_k)),
        w_v=rng.normal(size=(d, heads * d_v)), score_kind=kind, temperature=0.8,
        causal=causal, positional=positional, padding=padding, **extra,
    )  # fmt: skip


def random_targets(session: Session, seed: int) -> np.ndarray:
    """One random target per head that puts weight only where the masks let it."""
    visible = compute(session).mask
    raw = np.random.default_rng(seed + 100).random((session.heads, session.m, session.n)) * visible
    sums = raw.sum(axis=2, keepdims=True)
    return np.divide(raw, sums, out=np.zeros_like(raw), where=sums > 0)


CASES = [
    # heads, score, causal, positions, padding, mode
    (2, "dot", False, "none", None, "self"),
    (3, "scaled_dot", True, "none", None, "self"),
    (2, "scaled_dot", False, "sinusoidal", None, "self"),
    (2, "dot", True, "learned", (False, True, False, False, True), "self"),
    (4, "scaled_dot", False, "sinusoidal", (True, False, False, False, False), "self"),
    (2, "scaled_dot", True, "none", (True, False, False, True, False), "self"),  # query 1 sees no key
    (3, "dot", False, "learned", (False, False, True, False, False), "seq2seq"),
]


@pytest.mark.parametrize(("heads", "kind", "causal", "positional", "padding", "mode"), CASES)
@pytest.mark.parametrize("with_context", [False, True])
def test_every_heads_block_of_the_gradients_matches_finite_differences(
        heads, kind, causal, positional, padding, mode, with_context):
    session = multi_session(heads + len(CASES), heads, kind, causal, positional, padding, mode)
    targets = random_targets(session, heads)
    context, weight = None, 0.0
    if with_context:
        context, weight = np.random.default_rng(3).normal(size=(session.m, session.d_v)), 0.7
    losses, grads = tr.head_losses_and_grads(session, targets, context, weight)
    assert len(losses) == heads and all(np.isfinite(x) and x >= 0 for x in losses)
    for name in ("w_q", "w_k", "w_v") if with_context else ("w_q", "w_k"):
        numeric = loss_gradient(session, name, targets, context, weight)
        error = relative_error(grads[name], numeric)
        assert error < GRAD_TOLERANCE, f"{name}: relative error {error:.2e}"


def test_each_heads_loss_is_the_kl_divergence_of_its_own_computed_weights():
    """Independent of the training code: KL(T_i ‖ weights of head i) from `compute`, where the
    heads see inputs + sinusoidal positions and padded keys are hidden."""
    session = multi_session(5, 3, "scaled_dot", True, "sinusoidal", (False, False, True, False, False))
    targets = random_targets(session, 1)
    losses, _ = tr.head_losses_and_grads(session, targets)
    result = compute(session)
    for head, (loss, t) in enumerate(zip(losses, targets, strict=True)):
        w = result.heads[head].softmax_weights
        expected = sum(t[i, j] * np.log(t[i, j] / w[i, j])
                       for i in range(session.m) for j in range(session.n) if t[i, j] > 0) / session.m
        assert loss == pytest.approx(expected, rel=1e-12, abs=1e-15)
    assert tr.loss(session, targets) == pytest.approx(sum(losses), rel=1e-12)


def test_a_heads_gradient_is_that_of_the_head_alone():
    session = multi_session(2, 3, "dot", False, "none", None)
    targets = random_targets(session, 4)
    _, grads = tr.head_losses_and_grads(session, targets)
    for head in range(3):
        alone = head_session(session, head)
        loss_alone, grads_alone = tr.loss_and_grads(alone, targets[head])
        cols = head_columns(session.d_k, head)
        np.testing.assert_allclose(grads["w_q"][:, cols], grads_alone["w_q"], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(grads["w_k"][:, cols], grads_alone["w_k"], rtol=1e-12, atol=1e-15)


def test_positions_change_the_loss_as_the_heads_see_them():
    """Training reads inputs + P: a sinusoidal session's loss is that of a plain session
    whose inputs are already inputs + PE."""
    session = multi_session(7, 2, "scaled_dot", False, "sinusoidal", None)
    plain = session.replace(positional="none", inputs=session.inputs + sinusoidal_table(5, 4))
    targets = random_targets(session, 2)
    assert tr.loss(session, targets) == pytest.approx(tr.loss(plain, targets), rel=1e-12)
    assert tr.loss(session, targets) != pytest.approx(tr.loss(session.replace(positional="none"), targets))


def test_targets_keep_off_padded_keys():
    session = multi_session(1, 2, "dot", True, "none", (True, False, False, True, False))
    previous = tr.target_previous(session)
    # Query 1 sees only the padded token 1: a row of zeros; the others sum to 1.
    assert previous[0].tolist() == [0, 0, 0, 0, 0]
    assert previous[1].tolist() == [0, 1, 0, 0, 0]  # wants token 1, padded: itself
    assert previous[4].tolist() == [0, 0, 1, 0, 0]  # wants token 4, padded: token 3
    same = tr.target_same_topic(session, topics=[0, 0, 1, 1, 1])
    assert same[0].sum() == 0 and np.allclose(same[1:].sum(axis=1), 1)
    assert not np.any(same[:, [0, 3]])
    with pytest.raises(tr.TrainingError) as caught:
        tr.validate_target(session, np.eye(5))
    assert caught.value.msg_id == "target_hidden_row"


def test_one_target_for_all_heads_or_one_per_head():
    session = multi_session(3, 2, "dot", False, "none", None)
    one = tr.target_self(session)
    assert tr.loss(session, one) == pytest.approx(tr.loss(session, [one, one]), rel=1e-12)
    with pytest.raises(tr.TrainingError) as caught:
        tr.loss(session, [one, one, one])
    assert caught.value.msg_id == "target_heads" and "3 targets but 2 heads" in str(caught.value)


def test_two_heads_learn_two_patterns_with_a_curve_each():
    session = set_heads(load_preset("default"), 2)
    topics = (0, 0, 1, 1, 1)
    targets = [tr.target_previous(session), tr.target_same_topic(session, topics)]
    state = tr.train(session, targets, 300)
    curves = state.head_curves()
    assert curves.shape == (2, 301)
    np.testing.assert_allclose(curves.sum(axis=0), state.losses, rtol=1e-12)
    assert curves[0, -1] < 0.05 and curves[1, -1] < 0.05
    assert curves[0, -1] < curves[0, 0] / 10 and curves[1, -1] < curves[1, 0] / 10
    weights = [h.weights for h in compute(state.session).heads]
    assert list(np.argmax(weights[0][1:], axis=1)) == [0, 1, 2, 3]


def test_a_run_trains_one_kind_per_head_and_resumes_with_its_curves():
    session = set_heads(load_preset("default"), 2)
    run = TrainingRun()
    assert run.prepare(session, ("previous", "self"))
    assert run.kinds == ("previous", "self") and run.target.shape == (2, 5, 5)
    np.testing.assert_array_equal(run.target, run_targets(session, ("previous", "self")))
    run.begin()
    run.step(5)
    run.pause()
    again = TrainingRun()
    assert again.resume(run.to_dict(), run.session)
    assert again.kinds == ("previous", "self")
    np.testing.assert_allclose(again.state.head_curves(), run.state.head_curves())
    assert again.state.head_curves().shape == (2, 6)
    # Another kind for one head is a new run.
    assert run.prepare(run.session, ("previous", "same_topic"))
