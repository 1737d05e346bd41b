"""Structural edits keep values and keep the session computable."""

import numpy as np
import pytest

from qkv_gui.core import edits
from qkv_gui.core.compute import compute


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
