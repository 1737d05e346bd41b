"""compute(session, before): the rows of Q, K and V an earlier result already has are
reused, and the result is bit for bit what computing from scratch gives."""

import dataclasses

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qkv_gui.core.compute import ROW_BLOCK, blocked_product, compute, unchanged_row_blocks
from qkv_gui.core.head_edits import set_heads
from qkv_gui.core.session import Session


def big_session(n: int, d: int = 8, d_k: int = 4, mode: str = "self", seed: int = 0) -> Session:
    rng = np.random.default_rng(seed)
    return Session(
        mode=mode,
        inputs=rng.normal(size=(n, d)),
        decoder=rng.normal(size=(3, d)) if mode == "seq2seq" else None,
        projection=True,
        w_q=rng.normal(size=(d, d_k)),
        w_k=rng.normal(size=(d, d_k)),
        w_v=rng.normal(size=(d, d_k)),
        score_kind="scaled_dot",
    )


def assert_same_bits(a, b):
    for name in ("queries", "keys", "values", "scores", "weights", "context", "output"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.shape == y.shape and np.array_equal(x, y, equal_nan=True), name
    for head_a, head_b in zip(a.heads, b.heads, strict=True):
        assert np.array_equal(head_a.queries, head_b.queries)
        assert np.array_equal(head_a.values, head_b.values)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 3 * ROW_BLOCK + 5),
    edits=st.lists(st.tuples(st.sampled_from(["inputs", "w_q", "w_k", "w_v"]), st.integers(0, 10**6),
                             st.integers(0, 7), st.floats(-5, 5)), max_size=3),
    heads=st.integers(1, 2),
    mode=st.sampled_from(["self", "seq2seq"]),
    positional=st.sampled_from(["none", "sinusoidal"]),
    kind=st.sampled_from(["scaled_dot", "dot", "cosine"]),
    causal=st.sampled_from([(False, False), (False, True), (True, True), (True, False)]),
)
def test_a_result_from_an_earlier_one_is_bit_for_bit_a_fresh_one(n, edits, heads, mode, positional,
                                                                   kind, causal):
    session = big_session(n, mode=mode).replace(score_kind=kind, causal=causal[0] and mode == "self")
    if heads > 1:
        session = set_heads(session, heads)
    if positional != "none" and mode == "self":
        session = session.replace(positional=positional)
    before = compute(session)
    edited = session.replace(causal=causal[1] and mode == "self")
    for name, row, col, value in edits:
        shape = edited.matrix(name).shape
        edited = edited.with_cell(name, row % shape[0], col % shape[1], value)
    assert_same_bits(compute(edited, (session, before)), compute(edited))


def test_only_the_block_of_the_edited_row_is_multiplied_again(monkeypatch):
    session = big_session(4 * ROW_BLOCK)
    before = compute(session)
    edited = session.with_cell("inputs", ROW_BLOCK + 3, 0, 9.0)
    products = []
    original = np.matmul
    monkeypatch.setattr(np, "matmul", lambda *a, **k: (products.append(a[0].shape), original(*a, **k))[1])
    compute(edited, (session, before))
    # Q, K and V: one block of ROW_BLOCK rows each, not four.
    assert products == [(ROW_BLOCK, 8)] * 3


def test_only_the_row_and_column_of_tiles_of_the_edited_token_are_scored_again():
    session = big_session(4 * ROW_BLOCK)
    before = compute(session)
    # Earlier scores all 7: a tile that is copied rather than scored again shows it.
    marked = dataclasses.replace(before.heads[0], scores=np.full_like(before.scores, 7.0))
    edited = session.with_cell("inputs", ROW_BLOCK + 3, 0, 9.0)
    result = compute(edited, (session, dataclasses.replace(before, heads=(marked,))))
    fresh = compute(edited).scores
    # The queries' and the keys' second blocks changed: 7 of 16 tiles are scored again.
    for i in range(4):
        for j in range(4):
            tile = np.s_[i * ROW_BLOCK:(i + 1) * ROW_BLOCK, j * ROW_BLOCK:(j + 1) * ROW_BLOCK]
            copied = i != 1 and j != 1
            assert np.all(result.heads[0].scores[tile] == 7.0) == copied
            assert np.array_equal(result.heads[0].scores[tile], fresh[tile]) != copied


def test_new_weights_are_not_reused():
    session = big_session(2 * ROW_BLOCK)
    before = compute(session)
    edited = session.with_cell("w_k", 0, 0, 7.0)
    result = compute(edited, (session, before))
    np.testing.assert_allclose(result.keys, edited.inputs @ edited.w_k, rtol=1e-13, atol=1e-13)
    assert not np.array_equal(result.keys, before.keys)
    assert_same_bits(result, compute(edited))


def test_blocked_product_is_the_product():
    rng = np.random.default_rng(3)
    x, w = rng.normal(size=(2 * ROW_BLOCK + 7, 5)), rng.normal(size=(5, 3))
    np.testing.assert_allclose(blocked_product(x, w), x @ w, rtol=1e-13, atol=1e-13)
    stale = ((True, True, True), np.zeros((3, 3)))  # another shape: nothing reused
    np.testing.assert_allclose(blocked_product(x, w, stale), x @ w, rtol=1e-13, atol=1e-13)
    assert unchanged_row_blocks(np.zeros((3, 5)), x) is None
    y = x.copy()
    y[ROW_BLOCK + 1, 2] += 1.0
    assert unchanged_row_blocks(x, y) == (True, False, True)
