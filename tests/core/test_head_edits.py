"""The transformer's stage edits (core/head_edits.py): heads, W_O, positions,
padding and shuffling keep a session that computes, and keep what they should."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qkv_gui.core import edits, head_edits
from qkv_gui.core.compute import compute
from qkv_gui.core.heads import head_session
from qkv_gui.core.positional import sinusoidal_table
from qkv_gui.core.session import MAX_HEADS, Session


def base(n: int = 4, d: int = 3, **changes) -> Session:
    rng = np.random.default_rng(5)
    s = Session(inputs=rng.normal(size=(n, d)), projection=True, w_q=rng.normal(size=(d, 2)),
                w_k=rng.normal(size=(d, 2)), w_v=rng.normal(size=(d, 2)), score_kind="scaled_dot")
    return s.replace(**changes)


def test_more_heads_keep_head_one_and_add_blocks_that_differ():
    s = base()
    two = head_edits.set_heads(s, 2)
    assert two.heads == 2 and two.w_q.shape == (3, 4) and two.w_v.shape == (3, 4)
    np.testing.assert_array_equal(two.w_q[:, :2], s.w_q)
    np.testing.assert_array_equal(two.w_v[:, :2], s.w_v)
    assert not np.array_equal(two.w_q[:, 2:], two.w_k[:, 2:])  # a new head is no copy
    # Head 1 computes exactly what the one-head session did.
    np.testing.assert_allclose(compute(two).heads[0].context, compute(s).context, atol=1e-15)
    # Fewer heads again: the first heads' blocks are those kept.
    back = head_edits.set_heads(two, 1)
    np.testing.assert_array_equal(back.w_q, s.w_q)


def test_a_second_head_turns_the_projection_on_and_takes_a_score_several_heads_can_share():
    s = base(projection=False, score_kind="additive", w_a=None, v_a=None)
    s = edits.set_score_kind(s, "additive")
    two = head_edits.set_heads(s, 2)
    assert two.projection and two.score_kind == "scaled_dot"
    compute(two)


def test_heads_out_of_range_are_refused():
    with pytest.raises(edits.EditError) as caught:
        head_edits.set_heads(base(), MAX_HEADS + 1)
    assert str(caught.value) == f"heads must be from 1 to {MAX_HEADS}"


def test_w_o_starts_as_the_identity_so_the_output_is_the_concat():
    s = head_edits.set_w_o(head_edits.set_heads(base(), 3), True)
    assert s.w_o.shape == (6, 6)
    r = compute(s)
    np.testing.assert_allclose(r.output, r.concat, atol=1e-15)
    more = head_edits.set_heads(s, 4)
    assert more.w_o.shape == (8, 6)  # one row per column of the concat
    compute(more)
    assert head_edits.set_w_o(s, False).w_o is None


def test_learned_positions_start_from_the_sinusoids_and_follow_the_tokens_count():
    s = head_edits.set_positional(base(), "learned")
    np.testing.assert_allclose(s.positional_table, sinusoidal_table(4, 3))
    grown = edits.add_input(s)
    assert grown.positional_table.shape == (5, 3)
    np.testing.assert_array_equal(grown.positional_table[:4], s.positional_table)
    shrunk = edits.remove_input(s, 0)  # a removed token takes the last position away
    np.testing.assert_array_equal(shrunk.positional_table, s.positional_table[:3])
    wider = edits.set_d(s, 4)
    assert wider.positional_table.shape == (4, 4)
    for session in (grown, shrunk, wider):
        compute(session)


def test_sinusoidal_positions_are_for_self_attention_only():
    s = edits.set_mode(base(), "seq2seq")
    with pytest.raises(edits.EditError):
        head_edits.set_positional(s, "sinusoidal")
    # Switching mode drops sinusoidal positions rather than breaking the session.
    back = head_edits.set_positional(base(), "sinusoidal")
    assert edits.set_mode(back, "seq2seq").positional == "none"


def test_padding_hides_the_key_and_the_hand_set_weights_obey_it():
    s = edits.set_override(head_edits.set_heads(base(), 2), True, head=1)
    padded = head_edits.set_padding(s, 2, True)
    assert padded.padding == (False, False, True, False)
    r = compute(padded)
    for head in r.heads:
        np.testing.assert_array_equal(head.weights[:, 2], 0.0)
        np.testing.assert_allclose(head.weights.sum(axis=1), 1.0)
    assert head_edits.set_padding(padded, 2, False).padding is None
    # A padding flag goes with its token.
    assert edits.remove_input(padded, 0).padding == (False, True, False)
    assert edits.add_input(padded).padding == (False, False, True, False, False)


def test_shuffle_moves_every_token_with_its_label_and_keeps_the_positions():
    s = head_edits.set_positional(base().replace(labels=("a", "b", "c", "d")), "learned")
    order = head_edits.next_shuffle(4, 0)
    assert all(order[i] != i for i in range(4))
    shuffled = head_edits.shuffle_tokens(s, order)
    assert shuffled.labels == tuple("abcd"[i] for i in order)
    np.testing.assert_array_equal(shuffled.inputs, s.inputs[order])
    np.testing.assert_array_equal(shuffled.positional_table, s.positional_table)
    with pytest.raises(edits.EditError):
        head_edits.shuffle_tokens(s, [0, 0, 1, 2])


@settings(max_examples=40, deadline=None)
@given(heads=st.integers(1, 4), seed=st.integers(0, 10**6), shift=st.integers(0, 5),
       w_o=st.booleans())
def test_without_positions_a_shuffle_shuffles_the_output_rows_and_with_them_it_does_not(
        heads, seed, shift, w_o):
    rng = np.random.default_rng(seed)
    n, d = 5, 4
    s = Session(inputs=rng.normal(size=(n, d)), projection=True, heads=heads,
                w_q=rng.normal(size=(d, 2 * heads)), w_k=rng.normal(size=(d, 2 * heads)),
                w_v=rng.normal(size=(d, 2 * heads)),
                w_o=rng.normal(size=(2 * heads, 3)) if w_o else None)
    order = head_edits.next_shuffle(n, shift)
    out = compute(s).output
    np.testing.assert_allclose(compute(head_edits.shuffle_tokens(s, order)).output, out[order],
                               atol=1e-12)
    placed = head_edits.set_positional(s, "sinusoidal")
    moved = compute(head_edits.shuffle_tokens(placed, order)).output
    assert not np.allclose(moved, compute(placed).output[order], atol=1e-6)


@pytest.mark.parametrize("kind", ["dot", "scaled_dot", "cosine"])
def test_a_head_alone_computes_what_it_computes_among_the_others(kind):
    s = head_edits.set_heads(base(score_kind=kind), 3)
    s = edits.with_values(edits.set_override(s, True, head=2), "weights_override", {(0, 1): 0.7}, head=2)
    r = compute(s)
    for head in range(3):
        alone = compute(head_session(s, head))
        for name in ("queries", "keys", "values", "scores", "weights", "context"):
            np.testing.assert_allclose(alone.matrix(name), r.head_matrix(head, name), atol=1e-15)
        viewed = r.for_head(head)
        np.testing.assert_array_equal(viewed.weights, r.heads[head].weights)
    assert r.heads[2].overridden and r.heads[2].weights[0, 1] == pytest.approx(0.7)
    assert not r.heads[0].overridden
