"""W_O from a model: its (h·d_v) × d_o out-projection stacks the heads as blocks of rows. A head's
rows are picked by the same `Block` as the in-projection's columns (`head_axis`), a full W_O that
fits imports as it is, and one head's rows can replace that head's rows of the session's W_O."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core.compute import compute
from qkv_gui.core.head_edits import set_w_o
from qkv_gui.core.import_fit import (
    Block,
    ImportFitError,
    block_shape,
    head_axis,
    import_matrix,
    offers,
    pick_block,
    picked_labels,
)
from qkv_gui.core.presets import load_preset

# A 12 × 5 out-projection of 3 heads (d_v = 4, d_o = 5); cell (r, c) holds 100·r + c.
OUT_PROJ = 100.0 * np.arange(12)[:, None] + np.arange(5)[None, :]


def many_heads():
    return load_preset("many_heads")  # 2 heads, d_v = 2, W_O 4 × 4


def test_w_o_keeps_its_heads_as_rows_the_others_as_columns():
    assert head_axis("w_o") == "rows"
    assert {head_axis(name) for name in ("inputs", "w_q", "w_k", "w_v", "positional")} == {"columns"}


def test_head_2_of_an_out_projection_is_its_second_block_of_rows():
    block = Block(heads=3, head=1, heads_in="rows")
    assert block_shape(OUT_PROJ.shape, block) == (4, 5)
    assert np.array_equal(pick_block(OUT_PROJ, block), OUT_PROJ[4:8])
    assert pick_block(OUT_PROJ, block)[0].tolist() == [400, 401, 402, 403, 404]


def test_the_first_rows_of_a_head_are_within_the_head():
    block = Block(heads=3, head=2, rows=2, heads_in="rows")
    assert block_shape(OUT_PROJ.shape, block) == (2, 5)
    assert np.array_equal(pick_block(OUT_PROJ, block), OUT_PROJ[8:10])
    with pytest.raises(ImportFitError, match="the first rows must be from 1 to 4"):
        block_shape(OUT_PROJ.shape, Block(heads=3, head=0, rows=5, heads_in="rows"))


def test_pytorch_out_proj_is_transposed_first():
    weight = OUT_PROJ.T.copy()  # nn.Linear keeps d_o × (h·d_v)
    block = Block(transpose=True, heads=3, head=1, heads_in="rows")
    assert np.array_equal(pick_block(weight, block), OUT_PROJ[4:8])


@pytest.mark.parametrize(("block", "sentence"), [
    (Block(heads=5, head=0, heads_in="rows"), "12 rows cannot be split into 5 heads of equal height"),
    (Block(heads=13, head=0, heads_in="rows"), "the number of heads must be from 1 to 12"),
    (Block(heads=3, head=3, heads_in="rows"), "head 4 does not exist: there are 3 heads"),
    (Block(head=1, heads_in="rows"), "head 2 does not exist: the matrix is taken as one head"),
])
def test_row_heads_that_do_not_exist_are_refused(block, sentence):
    with pytest.raises(ImportFitError) as caught:
        block_shape(OUT_PROJ.shape, block)
    assert str(caught.value) == sentence


def test_labels_follow_the_rows_of_the_head():
    labels = tuple("abcdef")
    assert picked_labels(labels, Block(heads=3, head=1, heads_in="rows")) == ("c", "d")
    assert picked_labels(labels, Block(heads=3, head=1, rows=1, heads_in="rows")) == ("c",)


def test_a_full_out_projection_that_fits_imports_as_it_is():
    session = many_heads()
    w_o = np.arange(16.0).reshape(4, 4) / 10
    found = offers(session, "w_o", w_o)
    assert found[0].fix == "as_is" and found[0].shape == (4, 4)
    assert np.array_equal(found[0].session.w_o, w_o)
    assert found[0].session.d_v == session.d_v


def test_an_out_projection_of_other_rows_resizes_d_v_or_is_refused_naming_both_shapes():
    session = many_heads()  # needs 2·2 = 4 rows
    (resize,) = offers(session, "w_o", OUT_PROJ)  # 12 rows: two heads of 6
    assert resize.fix == "resize" and resize.session.d_v == 6
    assert np.array_equal(resize.session.w_o, OUT_PROJ)
    with pytest.raises(ImportFitError) as caught:
        offers(session, "w_o", OUT_PROJ[:9])  # 9 rows are no two heads
    assert str(caught.value) == "a 9 × 5 matrix does not fit as W_O: the session needs 4 × d_o"


def test_one_heads_rows_of_a_model_make_a_one_head_sessions_w_o():
    one_head = load_preset("default")  # 1 head, d_v = 2, no W_O yet
    rows = pick_block(OUT_PROJ, Block(heads=3, head=1, rows=2, heads_in="rows"))  # 2 × 5
    session = import_matrix(one_head, "w_o", rows)
    assert np.array_equal(session.w_o, OUT_PROJ[4:6])
    assert compute(session).output.shape == (one_head.n, 5)


def test_one_heads_rows_replace_that_head_of_the_sessions_w_o():
    session = many_heads()
    rows = np.array([[1.0, 2, 3, 4], [5, 6, 7, 8]])
    (found,) = offers(session, "w_o", rows, head=1)
    assert found.fix == "as_is"
    w_o = found.session.w_o
    assert np.array_equal(w_o[2:4], rows)
    assert np.array_equal(w_o[0:2], session.w_o[0:2])  # head 1's rows stay


def test_one_heads_rows_of_other_columns_do_not_fit_into_one_head():
    with pytest.raises(ImportFitError) as caught:
        offers(many_heads(), "w_o", np.ones((2, 5)), head=0)
    assert str(caught.value) == "a 2 × 5 matrix does not fit as W_O: the session needs 2 × 4"


def test_one_heads_rows_of_another_height_resize_d_v_for_every_head():
    session = many_heads()
    (found,) = offers(session, "w_o", np.ones((3, 4)), head=0)
    assert found.fix == "resize" and found.session.d_v == 3
    assert found.session.w_o.shape == (6, 4) and (found.session.w_o[:3] == 1).all()


def test_into_the_only_head_of_a_session_is_all_of_w_o():
    one_head = load_preset("default")  # no W_O yet
    (found,) = offers(one_head, "w_o", OUT_PROJ[:2], head=0)
    assert np.array_equal(found.session.w_o, OUT_PROJ[:2])


def test_one_heads_rows_into_a_session_of_heads_without_w_o_say_what_to_do():
    no_w_o = set_w_o(many_heads(), False)  # 2 heads, d_v = 2
    with pytest.raises(ImportFitError) as caught:
        offers(no_w_o, "w_o", np.ones((2, 4)), head=1)  # 4 = h·d_v columns: turning W_O on makes room
    assert str(caught.value) == ("this session has no W_O yet to put head 2's rows into: import the "
                                 "whole W_O first (the rows of all 2 heads), or turn W_O on")
    (found,) = offers(set_w_o(no_w_o, True), "w_o", np.ones((2, 4)), head=1)  # as it says
    assert found.session.w_o[2:4].tolist() == np.ones((2, 4)).tolist()
    assert found.session.w_o[0:2].tolist() == np.eye(4)[0:2].tolist()  # head 1's rows stay
    with pytest.raises(ImportFitError) as caught:  # 5 columns: only the whole W_O can bring them
        offers(no_w_o, "w_o", OUT_PROJ[:2], head=1)
    assert str(caught.value) == ("this session has no W_O yet to put head 2's rows into: import the "
                                 "whole W_O first (the rows of all 2 heads)")
