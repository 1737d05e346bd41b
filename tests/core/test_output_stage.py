"""The concat and W_O stage in the core: the matrix table's entries and Explain for
every concat and output cell, against numbers worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core import matrices
from qkv_gui.core.compute import compute
from qkv_gui.core.explain import NOTES, explain
from qkv_gui.core.head_edits import set_w_o
from qkv_gui.core.session import Session

M = "\u2212"


def two_heads() -> Session:
    """Two heads, d = 2, d_k = d_v = 1. W_V's columns pick x[0] (head 1) and x[1] (head 2).
    Scores are all zero (W_Q = 0), so each head's weights are uniform (½, ½) and each
    context row is the mean of its values: head 1 → (1 + 0)/2 = 0.5, head 2 → (0 + 1)/2 = 0.5
    for both queries; with x_b = (0, 3): head 2's context is (0 + 3)/2 = 1.5."""
    return Session(inputs=[[1, 0], [0, 3]], labels=("a", "b"), projection=True, heads=2,
                   w_q=[[0, 0], [0, 0]], w_k=[[1, 0], [0, 1]], w_v=[[1, 0], [0, 1]],
                   score_kind="dot", w_o=[[2, -1], [1, 4]])


def test_table_names_the_stage_matrices():
    s = two_heads()
    assert matrices.info("w_o").editable and matrices.symbol("w_o") == "W_O"
    assert matrices.title("output", s) == "Output = concat · W_O"
    assert matrices.title("output", s.replace(w_o=None)) == "Output = concat (no W_O)"
    assert matrices.title("positional", s) == "Positions P (none: zeros)"
    assert matrices.english(matrices.editor_title_id("w_o", s)) == "W_O (h·d_v × d_o)"
    # W_O's rows are the concat's columns: head:column when there are several heads.
    assert matrices.col_labels("concat", s, 2) == ("1:1", "2:1")
    assert matrices.row_labels("w_o", s, 2) == ("1:1", "2:1")
    assert matrices.col_labels("output", s, 2) == ("1", "2")
    assert matrices.in_use("w_o", s) and not matrices.in_use("w_o", s.replace(w_o=None))
    assert matrices.concat_labels(1, 3) == ("1", "2", "3")


def test_output_cell_is_the_concat_row_times_a_column_of_w_o():
    s = two_heads()
    r = compute(s)
    np.testing.assert_allclose(r.concat, [[0.5, 1.5], [0.5, 1.5]])
    # output[a, 1] = 0.5×2 + 1.5×1 = 2.5; output[a, 2] = 0.5×(−1) + 1.5×4 = 5.5
    e = explain(s, r, "output", 0, 0)
    assert e.value == pytest.approx(2.5)
    assert e.equation == "output[a, 1] = Σ_j concat[a, j]·W_O[j, 1] = (0.5×2 + 1.5×1) = 2.5"
    e2 = explain(s, r, "output", 0, 1)
    assert e2.equation.endswith(f"(0.5×({M}1) + 1.5×4) = 5.5")
    assert [n.msg_id for n in e2.notes] == ["output_w_o", "output_head_parts"]
    # Head by head: head 1 gives 0.5×(−1) = −0.5, head 2 gives 1.5×4 = 6.
    assert dict(e2.notes[1].params)["parts"] == f"head 1: {M}0.5, head 2: 6"
    assert set(e2.inputs) == {("concat", 0, 0), ("concat", 0, 1), ("w_o", 0, 1), ("w_o", 1, 1)}


def test_concat_cell_names_its_head_and_column():
    s = two_heads()
    r = compute(s)
    e = explain(s, r, "concat", 1, 1)
    assert e.value == pytest.approx(1.5)
    assert e.equation == "concat[b, 2:1] = context (head 2)[b, 1] = 1.5"
    assert str(e).splitlines()[1] == NOTES["concat"].format(d_v=1, col="2:1", dim=1, head=2)


def test_without_w_o_the_output_is_the_concat():
    s = two_heads().replace(w_o=None)
    r = compute(s)
    e = explain(s, r, "output", 1, 1)
    assert e.equation == "output[b, 2] = concat[b, 2:1] = 1.5"
    assert [n.msg_id for n in e.notes] == ["output_no_w_o"]


def test_one_head_concat_is_the_context_and_identity_w_o_keeps_it():
    s = Session(inputs=[[1, 2], [3, 4]], labels=("a", "b"), projection=True,
                w_q=np.eye(2), w_k=np.eye(2), w_v=np.eye(2), score_kind="dot")
    s = set_w_o(s, True)
    r = compute(s)
    e = explain(s, r, "concat", 0, 1)
    assert e.equation == f"concat[a, 2] = context[a, 2] = {r.context[0, 1]:.4g}"
    assert [n.msg_id for n in e.notes] == ["concat_one_head"]
    out = explain(s, r, "output", 0, 1)
    assert out.value == pytest.approx(r.context[0, 1])
    assert [n.msg_id for n in out.notes] == ["output_w_o"]  # one head: no head-by-head note
