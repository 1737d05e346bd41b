"""Attention on the worked examples, by hand, plus invariants over random sessions."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from qkv_gui.core.compute import (
    ComputeError,
    compute,
    last_input_override,
    set_override_weight,
    softmax,
)
from qkv_gui.core.session import Session, default_v_a, default_w_a


def softmax_by_hand(row):
    exps = [math.exp(x - max(row)) for x in row]
    return [e / sum(exps) for e in exps]


def test_self_attention_worked_example(self_session):
    r = compute(self_session)
    # Q = I·W_Q, K = I·W_K, V = I·W_V, multiplied out by hand.
    assert r.queries.tolist() == [[1, 0, 2], [2, 2, 2], [2, 1, 3]]
    assert r.keys.tolist() == [[0, 1, 1], [4, 4, 0], [2, 3, 1]]
    assert r.values.tolist() == [[1, 2, 3], [2, 8, 0], [2, 6, 3]]
    # score[i,j] = q_i · k_j (plain dot product)
    assert r.scores.tolist() == [[2, 4, 4], [4, 16, 12], [4, 12, 10]]
    expected_weights = [softmax_by_hand(row) for row in ([2, 4, 4], [4, 16, 12], [4, 12, 10])]
    np.testing.assert_allclose(r.weights, expected_weights, rtol=1e-12)
    # Row 1 by hand: e^2 : e^4 : e^4 -> 0.0634, 0.4683, 0.4683
    np.testing.assert_allclose(r.weights[0], [0.06337894, 0.46831053, 0.46831053], atol=1e-8)
    context_row_1 = [sum(w * v[c] for w, v in zip(r.weights[0], r.values.tolist(), strict=True)) for c in range(3)]
    np.testing.assert_allclose(r.context[0], context_row_1, rtol=1e-12)
    np.testing.assert_allclose(r.context[0], [1.93662106, 6.68310527, 1.59506841], atol=1e-8)


def test_seq2seq_worked_example(seq2seq_session):
    r = compute(seq2seq_session)
    # keys = values = encoder states; query = decoder state [10, 5, 10]
    assert r.keys.tolist() == r.values.tolist() == seq2seq_session.inputs.tolist()
    assert r.queries.tolist() == [[10, 5, 10]]
    assert r.scores.tolist() == [[15, 60, 15, 35]]
    np.testing.assert_allclose(r.weights[0], softmax_by_hand([15, 60, 15, 35]), rtol=1e-12)
    # e^60 dominates: weight of h2 is 1 - e^-25 - 2e^-45
    assert r.weights[0, 1] == pytest.approx(1 - math.exp(-25), abs=1e-15)
    np.testing.assert_allclose(r.context[0], [5, 0, 1], atol=1e-9)


def test_last_state_override_gives_last_encoder_state_exactly(seq2seq_session):
    session = seq2seq_session.replace(weights_override=last_input_override(seq2seq_session))
    r = compute(session)
    assert r.overridden
    assert r.weights.tolist() == [[0, 0, 0, 1]]
    assert r.context.tolist() == [[0, 5, 1]]  # exactly h4, no rounding


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("dot", [[2.0, 4.0]]),
        ("scaled_dot", [[2 / math.sqrt(2), 4 / math.sqrt(2)]]),
        # |q| = √5, |k1| = 1, |k2| = √5
        ("cosine", [[2 / math.sqrt(5), 4 / 5]]),
    ],
)
def test_score_kinds_by_hand(kind, expected):
    # q = (1, 2), k1 = (0, 1), k2 = (2, 1): q·k1 = 2, q·k2 = 4, d_k = 2.
    s = Session(inputs=[[0, 1], [2, 1]], mode="seq2seq", decoder=[[1, 2]], score_kind=kind)
    np.testing.assert_allclose(compute(s).scores, expected, rtol=1e-12)


def test_general_score_is_bilinear():
    w_a = np.array([[0.0, 1.0], [2.0, 0.0]])
    s = Session(inputs=[[1, 0], [0, 1]], mode="seq2seq", decoder=[[1, 1]], score_kind="general", w_a=w_a)
    # q^T W_a k: k1 = e1 -> column 1 of W_a summed = 0 + 2 = 2; k2 = e2 -> 1 + 0 = 1
    assert compute(s).scores.tolist() == [[2.0, 1.0]]


def test_additive_score_by_hand():
    w_a = np.array([[1.0], [0.0], [0.0], [1.0]])  # [q, k]·W_a = q1 + k2
    s = Session(inputs=[[0, 1], [0, -1]], mode="seq2seq", decoder=[[0.5, 9]],
                score_kind="additive", w_a=w_a, v_a=[2.0])
    expected = [[2 * math.tanh(0.5 + 1), 2 * math.tanh(0.5 - 1)]]
    np.testing.assert_allclose(compute(s).scores, expected, rtol=1e-12)


def test_cosine_with_zero_vector_is_zero():
    s = Session(inputs=[[0, 0], [1, 0]], score_kind="cosine")
    r = compute(s)
    assert r.scores[0].tolist() == [0.0, 0.0]
    assert not np.any(np.isnan(r.weights))


def test_causal_mask_hides_future_keys(self_session):
    r = compute(self_session.replace(causal=True))
    assert np.isnan(r.scores[0, 1]) and np.isnan(r.scores[0, 2]) and np.isnan(r.scores[1, 2])
    assert r.weights[0].tolist() == [1.0, 0.0, 0.0]
    np.testing.assert_allclose(r.weights[1, :2], softmax_by_hand([4, 16]))
    assert r.weights[1, 2] == 0.0


def test_projection_changes_dimension_5_to_2():
    rng = np.random.default_rng(0)
    s = Session(inputs=rng.normal(size=(4, 5)), projection=True,
                w_q=rng.normal(size=(5, 2)), w_k=rng.normal(size=(5, 2)), w_v=rng.normal(size=(5, 2)))
    r = compute(s)
    assert r.queries.shape == r.keys.shape == r.values.shape == r.context.shape == (4, 2)


def test_huge_scores_give_exact_one_hot():
    w = softmax(np.array([[1e6, -1e6, 0.0], [-1e6, -1e6, 1e6]]))
    assert w.tolist() == [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"w_k": np.ones((3, 3))}, "w_k has 3 rows but the inputs have 4 columns"),
        ({"w_q": np.ones((4, 2))}, "w_q has 2 columns but w_k has 3"),
        ({"temperature": 0.0}, "temperature must be a positive number"),
        ({"score_kind": "general", "w_a": np.ones((2, 2))}, "w_a must be 3 × 3"),
        ({"weights_override": np.ones((3, 3))}, "weights_override row 1 sums to 3, not 1"),
    ],
)
def test_bad_shapes_are_named(self_session, changes, message):
    with pytest.raises(ComputeError, match=message.replace("(", r"\(")):
        compute(self_session.replace(**changes))


def test_set_override_weight_keeps_row_sum():
    w = np.array([[0.2, 0.3, 0.5]])
    out = set_override_weight(w, 0, 2, 0.9)
    assert out[0, 2] == 0.9
    np.testing.assert_allclose(out[0, :2], [0.04, 0.06])
    assert out.sum() == pytest.approx(1.0, abs=1e-15)
    assert set_override_weight(np.array([[0.0, 1.0]]), 0, 1, 0.0).tolist() == [[1.0, 0.0]]


# -- properties over random sessions ---------------------------------------

finite = st.floats(-10, 10, allow_nan=False, allow_infinity=False)


@st.composite
def sessions(draw):
    n = draw(st.integers(1, 6))
    d = draw(st.integers(1, 5))
    mode = draw(st.sampled_from(["self", "seq2seq"]))
    inputs = draw(arrays(np.float64, (n, d), elements=finite))
    decoder = draw(arrays(np.float64, (draw(st.integers(1, 3)), d), elements=finite)) if mode == "seq2seq" else None
    projection = draw(st.booleans())
    d_k = draw(st.integers(1, 4)) if projection else d
    d_v = draw(st.integers(1, 4))
    w = {}
    if projection:
        w = {
            "w_q": draw(arrays(np.float64, (d, d_k), elements=finite)),
            "w_k": draw(arrays(np.float64, (d, d_k), elements=finite)),
            "w_v": draw(arrays(np.float64, (d, d_v), elements=finite)),
        }
    kind = draw(st.sampled_from(["dot", "scaled_dot", "cosine", "general", "additive"]))
    hidden = draw(st.integers(1, 3))
    w_a = default_w_a(kind, d_k, hidden)
    if w_a is not None:
        w_a = draw(arrays(np.float64, w_a.shape, elements=finite))
    v_a = default_v_a(kind, hidden)
    causal = mode == "self" and draw(st.booleans())
    temperature = draw(st.floats(0.05, 10))
    return Session(inputs=inputs, mode=mode, decoder=decoder, projection=projection, score_kind=kind,
                   w_a=w_a, v_a=v_a, causal=causal, temperature=temperature, **w)


@settings(max_examples=150, deadline=None)
@given(sessions())
def test_weights_are_a_distribution_and_context_in_hull(session):
    r = compute(session)
    assert np.all(r.weights >= 0) and np.all(r.weights <= 1)
    np.testing.assert_allclose(r.weights.sum(axis=1), 1.0, atol=1e-12)
    low, high = r.values.min(axis=0), r.values.max(axis=0)
    scale = 1e-9 * (1 + np.abs(r.values).max())
    assert np.all(r.context >= low - scale) and np.all(r.context <= high + scale)


@settings(max_examples=100, deadline=None)
@given(arrays(np.float64, (3, 5), elements=finite), st.floats(-1e3, 1e3))
def test_softmax_invariant_to_row_shift(scores, shift):
    np.testing.assert_allclose(softmax(scores + shift), softmax(scores), atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(arrays(np.float64, (2, 4), elements=st.floats(-1e300, 1e300)))
def test_softmax_never_nan(scores):
    w = softmax(scores)
    assert not np.any(np.isnan(w))
    np.testing.assert_allclose(w.sum(axis=1), 1.0)


def test_errors_carry_a_message_id_and_parameters(self_session):
    from qkv_gui.core.compute import MESSAGES

    with pytest.raises(ComputeError) as info:
        compute(self_session.replace(w_k=np.ones((3, 3))))
    error = info.value
    assert error.msg_id == "rows_vs_inputs"
    assert error.params == {"name": "w_k", "rows": 3, "cols": 4}
    assert str(error) == MESSAGES[error.msg_id].format(**error.params)
    assert error.msg_context == "compute"


@pytest.mark.parametrize(
    ("changes", "msg_id"),
    [
        ({"inputs": np.zeros((0, 3))}, "empty_inputs"),
        ({"mode": "seq2seq"}, "decoder_required"),
        ({"w_v": None}, "projection_required"),
        ({"score_kind": "general", "w_a": None}, "general_w_a_missing"),
        ({"score_kind": "additive", "w_a": np.ones((2, 2))}, "additive_w_a"),
        ({"score_kind": "additive", "w_a": np.ones((6, 2)), "v_a": None}, "additive_v_a_missing"),
        ({"score_kind": "additive", "w_a": np.ones((6, 2)), "v_a": np.ones(3)}, "additive_v_a"),
        ({"score_kind": "nope"}, "score_kind"),
        ({"weights_override": np.full((3, 3), np.nan)}, "override_not_finite"),
        ({"weights_override": np.array([[2.0, -1, 0]] * 3)}, "override_negative"),
    ],
)
def test_every_error_has_its_id(self_session, changes, msg_id):
    with pytest.raises(ComputeError) as info:
        compute(self_session.replace(**changes))
    assert info.value.msg_id == msg_id
