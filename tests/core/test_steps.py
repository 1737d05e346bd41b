"""The step-through walk: the order of the cells and what feeds each of them."""

import pytest

from qkv_gui.core.compute import compute, last_input_override
from qkv_gui.core.steps import STAGES, Step, first_of, hover_blocks, same_place, sources, walk


def test_walk_order_for_one_query(self_session):
    s, r = self_session, compute(self_session)
    steps = walk(s, r, 1)
    d_k, d_v, n = 3, 3, 3
    assert len(steps) == d_k + n * (d_k + d_v) + 2 * n + d_v == 30
    assert steps[:3] == [("queries", 1, 0), ("queries", 1, 1), ("queries", 1, 2)]
    # Key j then value j, for every key.
    assert steps[3:9] == [("keys", 0, c) for c in range(3)] + [("values", 0, c) for c in range(3)]
    assert steps[15:21] == [("keys", 2, c) for c in range(3)] + [("values", 2, c) for c in range(3)]
    assert steps[21:24] == [("scores", 1, j) for j in range(3)]
    assert steps[24:27] == [("weights", 1, j) for j in range(3)]
    assert steps[27:] == [("context", 1, c) for c in range(3)]
    # Stages appear in order, each one contiguous after the keys/values block.
    kinds = [step.matrix for step in steps]
    assert [k for i, k in enumerate(kinds) if k not in kinds[:i]] == list(STAGES)
    assert all(isinstance(step, Step) for step in steps)


def test_walk_length_follows_the_shapes(self_session, seq2seq_session):
    # d_v differs from d_k: W_V with 2 columns.
    s = self_session.replace(w_v=[[0, 2], [0, 3], [1, 0], [1, 1]])
    assert len(walk(s, compute(s), 0)) == 3 + 3 * (3 + 2) + 2 * 3 + 2
    # Seq2seq, no projection: d = 3, n = 4, one query.
    r = compute(seq2seq_session)
    assert len(walk(seq2seq_session, r, 0)) == 3 + 4 * (3 + 3) + 2 * 4 + 3
    with pytest.raises(IndexError):
        walk(seq2seq_session, r, 1)


def test_sources_of_each_stage(self_session):
    s, r = self_session, compute(self_session)
    # Q[0, 2] = x1 · W_Q[:, 2]: input row 0 and W_Q column 2.
    assert set(sources(s, r, ("queries", 0, 2))) == (
        {("inputs", 0, k) for k in range(4)} | {("w_q", k, 2) for k in range(4)}
    )
    assert set(sources(s, r, ("keys", 1, 0))) == (
        {("inputs", 1, k) for k in range(4)} | {("w_k", k, 0) for k in range(4)}
    )
    assert set(sources(s, r, ("values", 2, 1))) == (
        {("inputs", 2, k) for k in range(4)} | {("w_v", k, 1) for k in range(4)}
    )
    # scores[0, 1] = q1 · k2: Q row 0 and K row 1.
    assert set(sources(s, r, ("scores", 0, 1))) == (
        {("queries", 0, c) for c in range(3)} | {("keys", 1, c) for c in range(3)}
    )
    # weights[0, 2]: softmax over the whole score row 0.
    assert set(sources(s, r, ("weights", 0, 2))) == {("scores", 0, j) for j in range(3)}
    # context[0, c] = Σ_j weights[0, j] × V[j, c].
    for c in range(3):
        assert set(sources(s, r, ("context", 0, c))) == (
            {("weights", 0, j) for j in range(3)} | {("values", j, c) for j in range(3)}
        )


def test_sources_without_projection_mask_and_override(self_session, seq2seq_session):
    raw = self_session.replace(projection=False)
    assert sources(raw, compute(raw), ("keys", 2, 3)) == (("inputs", 2, 3),)
    # Seq2seq queries come from the decoder states.
    r = compute(seq2seq_session)
    assert sources(seq2seq_session, r, ("queries", 0, 1)) == (("decoder", 0, 1),)
    # A causal mask: query 0 sees key 0 only; masked cells have no sources.
    causal = self_session.replace(causal=True)
    rc = compute(causal)
    assert sources(causal, rc, ("scores", 0, 2)) == ()
    assert sources(causal, rc, ("weights", 0, 0)) == (("scores", 0, 0),)
    # Hand-set weights come from the override matrix, not from the scores.
    o = seq2seq_session.replace(weights_override=last_input_override(seq2seq_session))
    assert sources(o, compute(o), ("weights", 0, 3)) == (("weights_override", 0, 3),)


def test_every_step_has_an_explanation(self_session, seq2seq_session):
    for s in (
        self_session,
        seq2seq_session,
        self_session.replace(score_kind="scaled_dot", causal=True),
    ):
        r = compute(s)
        for query in range(s.m):
            for step in walk(s, r, query):
                for matrix, row, col in sources(s, r, step):
                    shape = (r.matrix(matrix) if matrix in STAGES else s.matrix(matrix)).shape
                    assert 0 <= row < shape[0] and 0 <= col < shape[1]


def test_places_after_a_change(self_session):
    r = compute(self_session)
    old = walk(self_session, r, 0)
    assert first_of(old, "scores") == 21 and first_of(old, "nope") is None
    # Same shapes: the same cell.
    assert same_place(old, 22, walk(self_session, r, 0)) == 22
    # Another query: the same place in the same stage.
    new = walk(self_session, r, 2)
    assert new[same_place(old, 22, new)] == ("scores", 2, 1)
    # Fewer keys: clamped to the stage.
    short = self_session.replace(inputs=[[1, 0, 1, 0], [0, 2, 0, 2]])
    new = walk(short, compute(short), 0)
    assert new[same_place(old, 23, new)] == ("scores", 0, 1)


# -- what a hover outlines: the cells the formula uses ---------------------------------


def test_hovering_a_score_outlines_its_query_row_and_key_row(self_session):
    s, r = self_session, compute(self_session)
    # score[2, 1] = q_2 · k_1: Q row 2 and K row 1, nothing of V or the weights.
    assert hover_blocks(s, r, ("scores", 2, 1)) == {"queries": (2, 0, 2, 2), "keys": (1, 0, 1, 2)}


def test_hovering_a_weight_outlines_its_score_row(self_session):
    s, r = self_session, compute(self_session)
    assert hover_blocks(s, r, ("weights", 1, 0)) == {"scores": (1, 0, 1, 2)}
    # With the causal mask, only the keys the query sees.
    causal = self_session.replace(causal=True)
    assert hover_blocks(causal, compute(causal), ("weights", 1, 0)) == {"scores": (1, 0, 1, 1)}


def test_hovering_a_context_cell_outlines_its_weights_row_and_value_column(self_session):
    s, r = self_session, compute(self_session)
    assert hover_blocks(s, r, ("context", 0, 2)) == {"weights": (0, 0, 0, 2), "values": (0, 2, 2, 2)}


def test_hovering_a_key_outlines_where_it_is_used(self_session, seq2seq_session):
    s, r = self_session, compute(self_session)
    expected = {"keys": (2, 0, 2, 2), "values": (2, 0, 2, 2), "scores": (0, 2, 2, 2), "weights": (0, 2, 2, 2)}
    assert hover_blocks(s, r, ("keys", 2, 0)) == expected
    assert hover_blocks(s, r, ("values", 2, 1)) == expected
    assert hover_blocks(s, r, ("inputs", 2, 3)) == expected
    # Seq2seq: one query row, four keys.
    r2 = compute(seq2seq_session)
    assert hover_blocks(seq2seq_session, r2, ("keys", 3, 0))["scores"] == (0, 3, 0, 3)


def test_hovering_what_has_no_outlined_sources_outlines_nothing(self_session, seq2seq_session):
    s, r = self_session, compute(self_session)
    assert hover_blocks(s, r, ("queries", 0, 0)) == {}  # made of the inputs and W_Q
    assert hover_blocks(s, r, ("w_q", 0, 0)) == {}
    causal = self_session.replace(causal=True)
    assert hover_blocks(causal, compute(causal), ("scores", 0, 2)) == {}  # masked
    hand = seq2seq_session.replace(weights_override=last_input_override(seq2seq_session))
    assert hover_blocks(hand, compute(hand), ("weights", 0, 1)) == {}  # set by hand
    assert hover_blocks(s, r, ("scores", 5, 0)) == {}  # outside
