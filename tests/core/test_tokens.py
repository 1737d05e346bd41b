"""The shuffle comparison (core/tokens.py): without positions self-attention gives every
token its own output row back in its new place; with positions it does not."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qkv_gui.core import head_edits, tokens
from qkv_gui.core.compute import compute
from qkv_gui.core.session import Session


def session(n: int, d: int = 3, seed: int = 0, heads: int = 1, **changes) -> Session:
    rng = np.random.default_rng(seed)
    s = Session(inputs=rng.normal(size=(n, d)), labels=tuple(f"t{i}" for i in range(n)), projection=True,
                w_q=rng.normal(size=(d, 2 * heads)), w_k=rng.normal(size=(d, 2 * heads)),
                w_v=rng.normal(size=(d, 2 * heads)), score_kind="scaled_dot", heads=heads)
    return s.replace(**changes)


def shuffled(s: Session, order):
    after = head_edits.shuffle_tokens(s, order)
    return after, tokens.compare_shuffle(s, after, compute(s), compute(after), order)


def test_same_rows_compares_each_row_with_the_row_it_came_from():
    before = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    after = np.array([[3.0, 4.0], [5.0, 6.0 + 1e-10], [1.0, 2.5]])
    # After row 0 came from row 1, row 1 from row 2 (within 1e-9), row 2 from row 0 (changed).
    assert tokens.same_rows(before, after, [1, 2, 0]) == (True, True, False)
    assert tokens.same_rows(before, after, [1, 2, 0], tolerance=1e-12) == (True, False, False)


def test_queries_move_with_the_tokens_in_self_attention_only():
    assert tokens.query_sources([2, 0, 1], "self", 3) == [2, 0, 1]
    assert tokens.query_sources([2, 0, 1], "seq2seq", 2) == [0, 1]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(2, 6), seed=st.integers(0, 10_000), heads=st.integers(1, 3),
       order_seed=st.integers(0, 10_000), w_o=st.booleans())
def test_without_positions_every_token_gets_its_own_output_row_back(n, seed, heads, order_seed, w_o):
    s = session(n, seed=seed, heads=heads)
    if w_o:
        s = head_edits.set_w_o(s, True).replace(w_o=np.random.default_rng(seed).normal(size=(2 * heads, 3)))
    order = list(np.random.default_rng(order_seed).permutation(n))
    after, comparison = shuffled(s, order)
    assert comparison.same == (True,) * n and comparison.all_same
    assert comparison.verdict == "verdict.moved"
    assert comparison.labels == tuple(f"t{i}" for i in order)


@settings(max_examples=30, deadline=None)
@given(n=st.integers(2, 6), seed=st.integers(0, 10_000), step=st.integers(0, 20))
def test_with_sinusoidal_positions_some_token_gets_another_output(n, seed, step):
    s = head_edits.set_positional(session(n, seed=seed), "sinusoidal")
    after, comparison = shuffled(s, head_edits.next_shuffle(n, step))
    assert not comparison.all_same
    assert comparison.verdict == "verdict.positions"


def test_the_causal_mask_alone_already_sees_the_order():
    s = session(4, causal=True)
    _, comparison = shuffled(s, [1, 2, 3, 0])
    assert not comparison.all_same and comparison.verdict == "verdict.causal"


def test_positions_whose_rows_are_all_equal_tell_no_place_apart():
    s = head_edits.set_positional(session(3), "learned")
    s = s.replace(positional_table=np.tile([0.5, -1.0, 2.0], (3, 1)))
    _, comparison = shuffled(s, [2, 0, 1])
    assert comparison.all_same and comparison.verdict == "verdict.positions_same"


def test_in_seq2seq_the_decoder_states_keep_their_outputs_without_positions():
    rng = np.random.default_rng(3)
    s = session(4, mode="seq2seq", decoder=rng.normal(size=(2, 3)))
    _, comparison = shuffled(s, [3, 2, 1, 0])
    assert comparison.same == (True, True) and comparison.verdict == "verdict.kept"
    learned = head_edits.set_positional(s, "learned")
    assert not shuffled(learned, [3, 2, 1, 0])[1].all_same


def test_toggling_padding_and_the_sentence_for_a_query_left_with_no_key():
    s = session(3, causal=True)
    padded = tokens.toggle_padding(s, 0)
    assert padded.padding == (True, False, False)
    assert tokens.padding_message_ids(padded, 0) == ("undo.pad", "pad.on")
    # Under the causal mask, query "t0" could only see "t0": now it sees nothing.
    message = tokens.empty_queries_message(padded, compute(padded))
    assert message == ("pad.empty", {"queries": "“t0”"})
    assert tokens.MESSAGES[message[0]].format(**message[1]).startswith("The masks leave query “t0” no key")
    back = tokens.toggle_padding(padded, 0)
    assert back.padding is None and tokens.padding_message_ids(back, 0) == ("undo.unpad", "pad.off")
    assert tokens.empty_queries_message(back, compute(back)) is None
