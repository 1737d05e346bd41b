"""Fitting an imported matrix into a session (core/import_fit.py): block picking from a packed
in-projection, the transpose and resize offers, and the refusals that name both shapes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qkv_gui.core.compute import compute
from qkv_gui.core.edits import set_mode
from qkv_gui.core.head_edits import set_heads, set_padding, set_positional
from qkv_gui.core.import_fit import (
    TARGETS,
    Block,
    ImportFitError,
    block_shape,
    import_matrix,
    offers,
    pick_block,
    picked_labels,
    size_changes,
)
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session

# A packed 12 × 36 in-projection of 3 heads: Q, K, V each 12 columns, 4 per head.
# Cell (r, c) holds 100·r + c, so every picked cell says where it came from.
PACKED = 100.0 * np.arange(12)[:, None] + np.arange(36)[None, :]


def default() -> Session:
    return load_preset("default")  # self-attention, 5 tokens, d = 4, W_Q 4 × 2


def fixes(found) -> list[str]:
    return [offer.fix for offer in found]


def refusal(*args, **kwargs) -> str:
    with pytest.raises(ImportFitError) as caught:
        offers(*args, **kwargs)
    return str(caught.value)


# -- block picking -----------------------------------------------------------------


def test_block_of_k_head_2_of_a_packed_matrix():
    block = Block(part="k", heads=3, head=1)
    assert block_shape(PACKED.shape, block) == (12, 4)
    picked = pick_block(PACKED, block)
    # K is columns 12…23; its head 2 (0-based 1) is columns 16…19.
    assert picked.tolist() == [[100 * r + c for c in range(16, 20)] for r in range(12)]


def test_block_of_every_head_of_v_and_the_first_rows():
    block = Block(part="v", rows=5)
    assert block_shape(PACKED.shape, block) == (5, 12)
    assert np.array_equal(pick_block(PACKED, block), PACKED[:5, 24:36])


def test_block_of_a_transposed_pytorch_layout():
    in_proj_weight = PACKED.T  # PyTorch keeps 3E × E
    block = Block(transpose=True, part="q", heads=3, head=2)
    assert block_shape(in_proj_weight.shape, block) == (12, 4)
    assert np.array_equal(pick_block(in_proj_weight, block), PACKED[:, 8:12])


@pytest.mark.parametrize("block, sentence", [
    (Block(part="q"), "a matrix of 10 columns cannot be split into Q, K and V (thirds)"),
    (Block(heads=3, head=0), "10 columns cannot be split into 3 heads of equal width"),
    (Block(heads=2, head=2), "head 3 does not exist: there are 2 heads"),
    (Block(rows=13), "the first rows must be from 1 to 12"),
    (Block(heads=11, head=0), "the number of heads must be from 1 to 10"),
])
def test_blocks_that_do_not_exist(block, sentence):
    with pytest.raises(ImportFitError) as caught:
        block_shape((12, 10), block)
    assert str(caught.value) == sentence


def test_labels_follow_the_first_rows_and_not_a_transpose():
    labels = ("a", "b", "c")
    assert picked_labels(labels, Block(rows=2)) == ("a", "b")
    assert picked_labels(labels, Block(transpose=True)) is None


def test_packed_head_block_into_a_one_head_session():
    s = default()
    block = pick_block(PACKED, Block(part="k", heads=3, head=1))
    found = offers(s, "w_k", block)
    assert fixes(found) == ["resize"]
    new = found[0].session
    assert np.array_equal(new.w_k, block)
    assert size_changes(s, new) == [("d", 4, 12), ("d_k", 2, 4)]
    assert new.w_q.shape == (12, 4) and new.w_v.shape == (12, 2) and new.inputs.shape == (5, 12)
    compute(new)


def test_head_block_into_one_head_of_a_three_head_session():
    s = set_heads(default(), 3)  # W_Q 4 × 6: three heads of d_k = 2
    block = pick_block(PACKED, Block(part="q", heads=3, head=1, rows=4))[:, :2]
    new = import_matrix(s, "w_q", block, head=2)
    assert np.array_equal(new.w_q[:, 4:6], block)
    assert np.array_equal(new.w_q[:, :4], s.w_q[:, :4])  # the other heads as they were
    assert new.w_k is s.w_k and new.inputs is s.inputs


def test_a_whole_packed_third_into_a_three_head_session():
    s = set_heads(default(), 3)
    third = pick_block(PACKED, Block(part="v", rows=4))  # 4 × 12: three heads of 4
    new = import_matrix(s, "w_v", third)
    assert np.array_equal(new.w_v, third) and new.d_v == 4


# -- offers: as is, transpose, resize ----------------------------------------------


def test_exact_inputs_keep_everything_else():
    s = default()
    values = np.arange(20.0).reshape(5, 4)
    found = offers(s, "inputs", values)
    assert fixes(found) == ["as_is"]  # resizing is not needed, 4 × 5 does not fit
    new = found[0].session
    assert np.array_equal(new.inputs, values)
    assert new.labels == s.labels and new.w_q is s.w_q


def test_inputs_with_labels_take_them():
    new = import_matrix(default(), "inputs", np.ones((5, 4)), labels=tuple("abcde"))
    assert new.labels == tuple("abcde")


def test_new_inputs_of_another_d_resize_the_rows_of_the_projections():
    s = default()
    values = np.arange(18.0).reshape(3, 6)
    found = offers(s, "inputs", values, labels=("the", "big", "cat"))
    assert fixes(found) == ["resize"]
    new = found[0].session
    assert np.array_equal(new.inputs, values) and new.labels == ("the", "big", "cat")
    assert new.w_q.shape == (6, 2) and new.w_k.shape == (6, 2) and new.w_v.shape == (6, 2)
    assert np.array_equal(new.w_q[:4], s.w_q) and not new.w_q[4:].any()
    assert size_changes(s, new) == [("n", 5, 3), ("m", 5, 3), ("d", 4, 6)]


def test_new_inputs_rebuild_labels_padding_and_positions():
    s = set_positional(set_padding(default(), 1, True), "learned")
    new = import_matrix(s, "inputs", np.ones((7, 4)))
    assert new.labels == tuple(f"x{i}" for i in range(1, 8))
    assert new.padding == (False, True, False, False, False, False, False)
    assert new.positional_table.shape == (7, 4)
    assert np.array_equal(new.positional_table[:5], s.positional_table)
    compute(new)


def test_hand_set_weights_follow_new_inputs():
    from qkv_gui.core.edits import only_last_input

    s = only_last_input(default())
    new = import_matrix(s, "inputs", np.ones((3, 4)))
    assert new.weights_override.shape == (3, 3)
    assert np.allclose(new.weights_override.sum(axis=1), 1)


def test_transposed_weights_are_offered_first_for_a_weight():
    s = default()
    w = np.arange(8.0).reshape(2, 4)  # W_Q^T, as nn.Linear keeps it (out × in)
    found = offers(s, "w_q", w)
    assert fixes(found) == ["transpose", "resize"]
    assert np.array_equal(found[0].session.w_q, w.T)
    assert found[0].shape == (4, 2)
    assert size_changes(s, found[1].session) == [("d", 4, 2), ("d_k", 2, 4)]


def test_transpose_is_last_for_tokens_and_absent_with_labels():
    s = default()
    values = np.arange(20.0).reshape(4, 5)
    assert fixes(offers(s, "inputs", values)) == ["resize", "transpose"]
    assert fixes(offers(s, "inputs", values, labels=tuple("abcd"))) == ["resize"]


def test_importing_a_weight_turns_the_projection_on():
    s = default().replace(projection=False)
    new = import_matrix(s, "w_v", np.ones((4, 3)))
    assert new.projection and new.w_v.shape == (4, 3)
    compute(new)


def test_w_o_rows_must_be_the_concat():
    s = set_heads(default(), 2)  # concat: 2 heads × d_v 2 = 4 columns
    new = import_matrix(s, "w_o", np.ones((4, 3)))
    assert new.w_o.shape == (4, 3) and new.d_o == 3
    assert fixes(offers(s, "w_o", np.ones((6, 3)))) == ["resize"]  # d_v 2 → 3
    assert refusal(s, "w_o", np.ones((5, 3))) == (
        "a 5 × 3 matrix does not fit as W_O: the session needs 4 × d_o")


def test_positional_table_takes_its_first_n_rows():
    s = default()
    table = np.arange(40.0).reshape(10, 4)  # a model's table, longer than the sequence
    found = offers(s, "positional", table)
    assert fixes(found) == ["resize"]
    new = found[0].session
    assert new.positional == "learned" and np.array_equal(new.positional_table, table[:5])


def test_a_positional_table_too_short_is_refused_with_both_shapes():
    assert refusal(default(), "positional", np.ones((3, 4))) == (
        "a 3 × 4 matrix does not fit as P: the session needs 5 × 4")


def test_decoder_states_need_seq2seq():
    assert refusal(default(), "decoder", np.ones((2, 4))) == (
        "decoder states belong to seq2seq attention: switch the mode to seq2seq first "
        "(this session is self-attention)")
    s = set_mode(default(), "seq2seq")
    new = import_matrix(s, "decoder", np.ones((3, 4)))
    assert new.m == 3 and new.decoder.shape == (3, 4)


def test_too_many_tokens_and_too_wide():
    assert refusal(default(), "inputs", np.ones((513, 4))) == (
        "513 tokens are more than the 512 the app works with")
    assert refusal(default(), "w_k", np.ones((4, 1025))) == (
        "d_k would be 1025, more than the 1024 the app works with")


def test_the_session_given_is_never_changed():
    s = default()
    before = Session(**{f: getattr(s, f) for f in s.__dataclass_fields__})
    import_matrix(s, "inputs", np.ones((3, 7)))
    import_matrix(s, "w_q", np.ones((2, 4)))
    assert s == before


@settings(max_examples=120)
@given(target=st.sampled_from(TARGETS), rows=st.integers(1, 9), cols=st.integers(1, 9),
       heads=st.sampled_from([1, 2, 3]), mode=st.sampled_from(["self", "seq2seq"]))
def test_every_offer_computes_or_the_refusal_is_one_sentence(target, rows, cols, heads, mode):
    s = set_mode(set_heads(default(), heads), mode)
    values = np.arange(rows * cols, dtype=float).reshape(rows, cols) / 7
    try:
        found = offers(s, target, values)
    except ImportFitError as error:
        assert str(error) and "\n" not in str(error)
        return
    for offer in found:
        result = compute(offer.session)
        assert np.isfinite(result.context).all()
        placed = {"positional": "positional_table"}.get(target, target)
        matrix = offer.session.matrix(placed)
        expected = values.T if offer.fix == "transpose" else values
        assert np.array_equal(matrix, expected[: matrix.shape[0]])
