"""Explain, step-through, edits and training on version-2 sessions (positions,
padding, several heads): the one-head window says what it shows, with the right numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from qkv_gui.core import edits, training
from qkv_gui.core.compute import compute
from qkv_gui.core.explain import NOTES, explain
from qkv_gui.core.session import Session
from qkv_gui.core.steps import sources

M = "\u2212"


def sinusoidal_pair() -> Session:
    """n = 2, d = 2: PE[0] = (sin 0, cos 0) = (0, 1), PE[1] = (sin 1, cos 1)."""
    return Session(inputs=[[1, 0], [0, 1]], labels=("a", "b"), projection=True,
                   w_q=[[1, 2], [3, 4]], w_k=[[1, 0], [0, 1]], w_v=[[2, 0], [0, 1]],
                   score_kind="dot", positional="sinusoidal")


def test_query_with_sinusoidal_positions_is_x_plus_p_times_w_q():
    s = sinusoidal_pair()
    r = compute(s)
    sin1, cos1 = math.sin(1.0), math.cos(1.0)  # 0.8415, 0.5403
    # q_b = (x_b + p_b)·W_Q = (0 + sin 1, 1 + cos 1)·[[1, 2], [3, 4]]; column 1: sin1·1 + (1 + cos1)·3
    expected = sin1 * 1 + (1 + cos1) * 3
    e = explain(s, r, "queries", 1, 0)
    assert e.value == pytest.approx(expected)
    assert e.equation == (
        "x_b + p_b = [0, 1] + [0.8415, 0.5403] = [0.8415, 1.54]\n"
        f"Q[b, 1] = (x_b + p_b)·W_Q[:,1] = (0.8415×1 + 1.54×3) = {expected:.4g}"
    )
    assert [n.msg_id for n in e.notes] == ["projected.inputs", "positions.sinusoidal"]
    assert "sinusoidal positional encoding" in str(e)
    assert "Q = (x + p) · W_Q: row 2 of the inputs times column 1 of W_Q." in str(e)


def test_value_with_learned_positions_and_projection_off():
    s = Session(inputs=[[1, 0], [0, 1]], labels=("a", "b"), projection=False,
                positional="learned", positional_table=[[0.5, -1], [2, 0]])
    r = compute(s)
    e = explain(s, r, "values", 0, 1)
    # (x_a + p_a)[2] = 0 + (−1) = −1
    assert e.value == -1.0
    assert e.equation.splitlines()[-1] == f"V[a, 2] = (x_a + p_a)[2] = {M}1"
    assert [n.msg_id for n in e.notes] == ["raw.values.self", "positions.learned"]


def test_without_positions_the_formula_is_unchanged():
    s = sinusoidal_pair().replace(positional="none")
    e = explain(s, compute(s), "queries", 1, 0)
    assert e.equation == "Q[b, 1] = x_b·W_Q[:,1] = (0×1 + 1×3) = 3"
    assert not any(n.msg_id.startswith("positions.") for n in e.notes)


def padded() -> Session:
    # Causal and input 1 padding: query 1 sees only input 1, which is padding: no key left.
    return Session(inputs=[[1, 0], [0, 1], [1, 1]], labels=("pad", "cat", "sat"),
                   causal=True, padding=(True, False, False))


def test_padding_mask_names_padding_not_the_causal_mask():
    s = padded()
    r = compute(s)
    score = explain(s, r, "scores", 2, 0)
    assert [n.msg_id for n in score.notes] == ["masked_padding"]
    assert "input “pad” is padding" in str(score)
    weight = explain(s, r, "weights", 1, 0)
    assert [n.msg_id for n in weight.notes] == ["masked_padding"]
    # The causal mask still says it is the causal mask.
    causal = explain(s, r, "weights", 1, 2)
    assert [n.msg_id for n in causal.notes] == ["masked"]


def test_query_with_no_key_says_why_its_weights_are_zero():
    s = padded()
    r = compute(s)
    assert r.empty_queries == (0,)
    weight = explain(s, r, "weights", 0, 0)
    assert weight.value == 0.0
    assert [n.msg_id for n in weight.notes] == ["masked_padding", "empty_query"]
    context = explain(s, r, "context", 0, 1)
    assert context.value == 0.0
    assert "empty_query" in [n.msg_id for n in context.notes]
    assert "context_pad = [0, 0]" in str(context)
    # A query that still has keys gets no such sentence.
    assert "empty_query" not in [n.msg_id for n in explain(s, r, "context", 1, 0).notes]


def test_step_through_sources_of_a_positioned_query_are_its_inputs_and_w_q():
    s = sinusoidal_pair()
    assert sources(s, compute(s), ("queries", 1, 0)) == (
        ("inputs", 1, 0), ("inputs", 1, 1), ("w_q", 0, 0), ("w_q", 1, 0))


def test_every_new_note_has_a_template():
    for msg_id in ("masked_padding", "empty_query", "positions.sinusoidal", "positions.learned"):
        assert msg_id in NOTES


def three_heads() -> Session:
    rng = np.random.default_rng(0)
    return Session(inputs=rng.normal(size=(3, 4)), projection=True, heads=3,
                   w_q=rng.normal(size=(4, 6)), w_k=rng.normal(size=(4, 6)),
                   w_v=rng.normal(size=(4, 3)), score_kind="scaled_dot")


def test_explain_of_head_one_uses_head_ones_columns():
    s = three_heads()
    r = compute(s)
    e = explain(s, r, "scores", 0, 1)
    q, k = s.inputs[0] @ s.w_q[:, :2], s.inputs[1] @ s.w_k[:, :2]
    assert e.value == pytest.approx(q @ k / math.sqrt(2))
    assert "√2" in e.equation


@pytest.mark.parametrize("name", ["d_k", "d_v"])
@pytest.mark.parametrize("delta", [-1, 1])
def test_dimension_change_with_several_heads_acts_on_every_head(name, delta):
    s = three_heads().replace(w_v=np.random.default_rng(1).normal(size=(4, 6)),
                              w_o=np.random.default_rng(2).normal(size=(6, 4)))
    size = edits.dimension(s, name)
    new = edits.set_dimension(s, name, size + delta)
    assert edits.dimension(new, name) == size + delta
    packed = new.w_k if name == "d_k" else new.w_v
    old = s.w_k if name == "d_k" else s.w_v
    kept = min(size, size + delta)
    for head in range(3):  # each head keeps its own first columns, in its own block
        np.testing.assert_array_equal(packed[:, head * (size + delta):head * (size + delta) + kept],
                                      old[:, head * size:head * size + kept])
    result = compute(new)
    assert len(result.heads) == 3 and result.concat.shape[1] == 3 * new.d_v
    assert new.w_o.shape == (3 * new.d_v, 4)  # W_O keeps one row per column of the concat


def test_projection_cannot_be_turned_off_with_several_heads():
    s = three_heads()
    with pytest.raises(edits.EditError) as caught:
        edits.switch_projection(s, False)
    assert caught.value.msg_id == "heads_projection"
    assert edits.switch_projection(s, True) == edits.set_projection(s, True)
    one = s.replace(heads=1, w_v=s.w_v[:, :1])
    assert edits.switch_projection(one, False).projection is False


@pytest.mark.parametrize("changes", [
    {"heads": 3},
    {"positional": "sinusoidal"},
    {"padding": (False, True, False)},
])
def test_training_follows_heads_positions_and_padding(changes):
    """Several heads, positions and padding: training runs on them (its gradients follow
    them: tests/core/test_training_heads.py)."""
    base = three_heads().replace(heads=1, w_q=three_heads().w_q[:, :2],
                                 w_k=three_heads().w_k[:, :2], w_v=three_heads().w_v[:, :1])
    s = three_heads() if changes.get("heads") else base.replace(**changes)
    state = training.start(s, training.target_self(s))
    assert len(state.head_losses[0]) == s.heads and state.session is not None
