"""Structural edits keep values and keep the session computable."""

import numpy as np
import pytest

from qkv_gui.core import edits
from qkv_gui.core.compute import compute
from qkv_gui.core.session import Session


def test_add_and_remove_input_keep_values(self_session):
    s = edits.add_input(self_session)
    assert s.n == 4 and s.labels[-1] == "x4"
    assert np.array_equal(s.inputs[:3], self_session.inputs) and not s.inputs[3].any()
    back = edits.remove_input(s, 3)
    assert back == self_session
    with pytest.raises(ValueError):
        edits.remove_input(edits.remove_input(edits.remove_input(self_session, 0), 0), 0)


def test_set_d_resizes_inputs_and_projection_rows(self_session):
    s = edits.set_d(self_session, 5)
    assert s.inputs.shape == (3, 5) and s.w_q.shape == (5, 3) and s.w_v.shape == (5, 3)
    assert np.array_equal(s.inputs[:, :4], self_session.inputs)
    assert np.array_equal(s.w_k[:4], self_session.w_k)
    compute(s)
    assert edits.set_d(s, 4) == self_session


def test_set_d_k_keeps_values(self_session):
    s = edits.set_d_k(self_session, 2)
    assert s.w_q.shape == s.w_k.shape == (4, 2) and compute(s).queries.shape == (3, 2)
    assert np.array_equal(s.w_q, self_session.w_q[:, :2])
    grown = edits.set_d_k(s, 3)
    assert np.array_equal(grown.w_k[:, :2], self_session.w_k[:, :2]) and not grown.w_k[:, 2].any()


def test_score_kind_switch_gives_fitting_w_a(self_session):
    s = edits.set_score_kind(self_session, "general")
    assert s.w_a.shape == (3, 3)
    s = edits.set_d_k(s, 2)
    assert s.w_a.shape == (2, 2)
    s = edits.set_score_kind(s, "additive")
    assert s.w_a.shape[0] == 4 and s.v_a.shape == (s.w_a.shape[1],)
    compute(s)


def test_mode_switch_round_trip(self_session, seq2seq_session):
    s = edits.set_mode(self_session.replace(causal=True), "seq2seq")
    assert s.mode == "seq2seq" and s.decoder.shape == (1, 4) and not s.causal
    compute(s)
    back = edits.set_mode(seq2seq_session, "self")
    assert back.m == back.n == 4
    compute(back)


def test_projection_on_creates_identity(seq2seq_session):
    s = edits.set_projection(seq2seq_session, True)
    assert np.array_equal(s.w_q, np.eye(3))
    assert np.array_equal(compute(s).scores, compute(seq2seq_session).scores)


def test_override_follows_shape_changes(seq2seq_session):
    s = edits.set_override(seq2seq_session, True)
    np.testing.assert_allclose(s.weights_override, compute(seq2seq_session).weights)
    grown = edits.add_input(s)
    assert grown.weights_override.shape == (1, 5)
    compute(grown)
    assert edits.set_override(s, False).weights_override is None


def test_override_survives_remove_in_self_mode(self_session):
    s = edits.set_override(self_session, True)
    smaller = edits.remove_input(s, 0)
    assert smaller.weights_override.shape == (2, 2)
    np.testing.assert_allclose(smaller.weights_override.sum(axis=1), 1.0)
    compute(smaller)


def test_errors_carry_a_message_id_and_english(self_session):
    one = self_session.replace(inputs=self_session.inputs[:1], labels=self_session.labels[:1])
    with pytest.raises(edits.EditError) as info:
        edits.remove_input(one, 0)
    assert (info.value.msg_id, info.value.params) == ("last_input", {})
    assert str(info.value) == "the last input cannot be removed"
    with pytest.raises(edits.EditError, match="d_k must be at least 1") as info:
        edits.set_d_k(self_session, 0)
    assert info.value.params == {"name": "d_k"}
    assert isinstance(info.value, ValueError)


def test_only_last_input_puts_every_weight_on_the_last_input(seq2seq_session):
    session = edits.only_last_input(seq2seq_session)
    expected = np.zeros((session.m, session.n))
    expected[:, -1] = 1.0
    np.testing.assert_array_equal(session.weights_override, expected)
    result = compute(session)
    np.testing.assert_array_equal(result.context, np.repeat(result.values[-1:], session.m, axis=0))


def test_projection_off_keeps_the_matrices(self_session):
    on = edits.set_projection(self_session, True)
    off = edits.set_projection(on, False)
    assert not off.projection and off.w_q is on.w_q and off.w_k is on.w_k
    assert edits.set_projection(off, True) == on


def test_with_values_sets_cells_of_any_matrix(self_session):
    out = edits.with_values(self_session, "inputs", {(0, 0): 9.0, (1, 2): -1.5})
    assert out.inputs[0, 0] == 9.0 and out.inputs[1, 2] == -1.5
    changed = np.zeros(self_session.inputs.shape, dtype=bool)
    changed[0, 0] = changed[1, 2] = True
    np.testing.assert_array_equal(out.inputs[~changed], self_session.inputs[~changed])
    assert out.w_q is self_session.w_q  # the other matrices are shared


def test_with_values_rescales_weight_rows():
    s = Session(inputs=[[1.0], [2.0], [3.0]], weights_override=[[0.2, 0.3, 0.5]] * 3)
    out = edits.with_values(s, "weights_override", {(0, 0): 0.6, (0, 1): 0.2})
    np.testing.assert_allclose(out.weights_override[0], [0.6, 0.2, 0.2])
    np.testing.assert_allclose(out.weights_override[1:], s.weights_override[1:])


def test_set_override_cells_keeps_rows_summing_to_one():
    weights = np.array([[0.2, 0.3, 0.5], [0.0, 0.0, 1.0]])
    # One cell: the others keep their proportions.
    out = edits.set_override_cells(weights, {(0, 2): 0.0})
    np.testing.assert_allclose(out[0], [0.4, 0.6, 0.0])
    # Others all 0: they share what is left equally.
    out = edits.set_override_cells(weights, {(1, 2): 0.4})
    np.testing.assert_allclose(out[1], [0.3, 0.3, 0.4])
    # Set cells are clipped to [0, 1]; untouched rows stay.
    out = edits.set_override_cells(weights, {(0, 0): 1.5, (0, 1): -1.0})
    np.testing.assert_allclose(out[0], [1.0, 0.0, 0.0])
    np.testing.assert_array_equal(out[1], weights[1])
    # More than 1 in the set cells: the row is left so, and computing it says why.
    out = edits.set_override_cells(weights, {(0, 0): 0.8, (0, 1): 0.8})
    assert out[0].sum() > 1


def test_dimension_and_set_dimension(self_session):
    assert [edits.dimension(self_session, n) for n in ("d", "d_k", "d_v")] == [4, 3, 3]
    off = self_session.replace(projection=False)
    assert edits.dimension(off, "d_k") == 3  # the matrices keep it while the projection is off
    assert edits.set_dimension(self_session, "d_k", 2) == edits.set_d_k(self_session, 2)
    assert edits.set_dimension(self_session, "d", 5).d == 5
    assert edits.set_dimension(self_session, "d_v", 1).w_v.shape == (4, 1)
    bare = self_session.replace(projection=False, w_q=None, w_k=None, w_v=None)
    assert edits.dimension(bare, "d_k") == edits.dimension(bare, "d_v") == 4
