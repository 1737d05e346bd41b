"""The model's selected head: what the one-head views read when a session has several."""

from __future__ import annotations

import numpy as np

from qkv_gui.core import edits, head_edits
from qkv_gui.core.compute import compute
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel


def three_heads() -> Session:
    rng = np.random.default_rng(4)
    s = Session(inputs=rng.normal(size=(4, 3)), projection=True, w_q=rng.normal(size=(3, 2)),
                w_k=rng.normal(size=(3, 2)), w_v=rng.normal(size=(3, 2)))
    return head_edits.set_heads(s, 3)


def test_selecting_a_head_puts_its_matrices_on_top_and_says_so(qtbot):
    model = AttentionModel(three_heads())
    full = compute(model.session)
    assert model.selected_head == 0
    with qtbot.waitSignal(model.headChanged), qtbot.waitSignal(model.changed) as changed:
        model.select_head(2)
    change = changed.args[0]
    assert model.selected_head == 2 and change.head and change.layout
    assert not change.fields  # nothing of the session changed
    assert "weights" in change.matrices and "scores" in change.matrices
    np.testing.assert_array_equal(model.result.weights, full.heads[2].weights)
    np.testing.assert_array_equal(model.result.context, full.heads[2].context)
    np.testing.assert_array_equal(model.full_result.weights, full.heads[0].weights)
    np.testing.assert_array_equal(model.result.output, full.output)  # the stages are everyone's
    # The head alone as a session: its block of W_Q, what explanations read.
    np.testing.assert_array_equal(model.head_session.w_q, model.session.w_q[:, 4:6])
    assert model.head_session.heads == 1


def test_an_edit_that_moves_only_the_selected_head_is_a_change_of_its_matrices(qtbot):
    model = AttentionModel(three_heads())
    model.select_head(1)
    w_q = np.array(model.session.w_q)
    w_q[:, 2:4] *= 2.0  # head 2's queries only
    with qtbot.waitSignal(model.changed) as changed:
        model.apply(model.session.replace(w_q=w_q), "scale head 2")
    assert "queries" in changed.args[0].matrices and "scores" in changed.args[0].matrices
    np.testing.assert_allclose(model.result.queries, model.full_result.heads[1].queries)


def test_fewer_heads_clamp_the_selected_head_and_a_load_shows_head_one(qtbot):
    model = AttentionModel(three_heads())
    model.select_head(2)
    with qtbot.waitSignal(model.headChanged):
        model.apply(head_edits.set_heads(model.session, 2), "two heads")
    assert model.selected_head == 1
    np.testing.assert_array_equal(model.result.weights, model.full_result.heads[1].weights)
    model.load(three_heads())
    assert model.selected_head == 0
    model.select_head(7)  # clamped
    assert model.selected_head == 2


def test_try_compute_shows_the_selected_head_of_another_session(qtbot):
    model = AttentionModel(three_heads())
    model.select_head(1)
    other = edits.set_causal(model.session, True)
    result, problem = model.try_compute(other)
    assert problem is None
    np.testing.assert_array_equal(result.weights, compute(other).heads[1].weights)
