"""explain() shows the real arithmetic: its numbers must reproduce the cell."""

import re

import numpy as np
import pytest

from qkv_gui.core.compute import compute, last_input_override
from qkv_gui.core.explain import explain
from qkv_gui.core.format import fmt

NAMES = ("queries", "keys", "values", "scores", "weights", "context")


def test_scaled_score_reads_like_the_issue():
    from qkv_gui.core.session import Session

    s = Session(inputs=[[0, 0, 0], [0, 1, 1]], mode="seq2seq", decoder=[[1, 0, 2]], score_kind="scaled_dot")
    r = compute(s)
    text = explain(s, r, "scores", 0, 1).equation
    assert text == "score[1,2] = q1·k2 / √3 = (1×0 + 0×1 + 2×1) / 1.732 = 1.155"


def test_projection_formula(self_session):
    r = compute(self_session)
    e = explain(self_session, r, "queries", 1, 2)
    # q2[3] = x2 · W_Q[:,3] = 0×1 + 2×0 + 0×1 + 2×1 = 2
    assert e.equation == "Q[2,3] = x2·W_Q[:,3] = (0×1 + 2×0 + 0×1 + 2×1) = 2"
    assert ("inputs", 1, 3) in e.inputs and ("w_q", 3, 2) in e.inputs


def _products_sum(text: str) -> float:
    """Evaluate the first '(a×b + c×d ...)' group of an equation."""
    group = re.search(r"\(([-\d.e]+×[-\d.e]+(?: \+ [-\d.e]+×[-\d.e]+)*)\)", text).group(1)
    return sum(float(a) * float(b) for a, b in (t.split("×") for t in group.split(" + ")))


@pytest.mark.parametrize("name", ["queries", "keys", "values", "scores", "context"])
def test_every_cell_explains_its_value(self_session, name):
    r = compute(self_session)
    matrix = r.matrix(name)
    for row in range(matrix.shape[0]):
        for col in range(matrix.shape[1]):
            e = explain(self_session, r, name, row, col)
            assert e.value == matrix[row, col]
            assert e.equation.endswith(f"= {fmt(matrix[row, col])}")
            # The products shown add up to the value (3 decimals are shown).
            assert _products_sum(e.equation) == pytest.approx(matrix[row, col], abs=0.01)


def test_weight_explanation_shows_softmax(self_session):
    r = compute(self_session)
    e = explain(self_session, r, "weights", 0, 0)
    assert e.equation.startswith("weight[1,1] = exp(score[1,1]) / Σ_j exp(score[1,j]) = e^(2) / (e^(2) + e^(4) + e^(4))")
    assert e.equation.endswith(f"= {fmt(r.weights[0, 0])}")
    assert {n.msg_id for n in e.notes} == {"softmax"}


def test_override_and_mask_notes(seq2seq_session, self_session):
    s = seq2seq_session.replace(weights_override=last_input_override(seq2seq_session))
    r = compute(s)
    assert [n.msg_id for n in explain(s, r, "weights", 0, 3).notes] == ["override"]
    assert "last_state" in [n.msg_id for n in explain(s, r, "context", 0, 1).notes]
    causal = self_session.replace(causal=True)
    e = explain(causal, compute(causal), "scores", 0, 2)
    assert np.isnan(e.value) and e.notes[0].msg_id == "masked"
    assert "query 1 may only look at inputs 1..1" in str(e)


@pytest.mark.parametrize("kind", ["dot", "scaled_dot", "cosine", "general", "additive"])
def test_all_kinds_and_matrices_explain(self_session, kind):
    from qkv_gui.core.edits import set_score_kind

    s = set_score_kind(self_session.replace(temperature=2.0), kind)
    r = compute(s)
    for name in NAMES:
        e = explain(s, r, name, 1, 1)
        assert str(e)  # renders in English without missing template fields
        assert e.equation.split(" = ")[-1] == fmt(r.matrix(name)[1, 1])


def test_out_of_range_cell(self_session):
    with pytest.raises(IndexError):
        explain(self_session, compute(self_session), "scores", 3, 0)


@pytest.mark.parametrize(
    ("x", "text"),
    [(1.0, "1"), (-2.0, "-2"), (1.7320508, "1.732"), (0.5, "0.5"), (1e-7, "1e-07"),
     (-0.0001, "-0.0001"), (123456.7, "1.23e+05"), (float("nan"), "–"), (-0.0004, "-0.0004")],
)
def test_fmt(x, text):
    assert fmt(x) == text


def test_fmt_without_decimals():
    assert fmt(90.3, 0) == "90" and fmt(-12.7, 0) == "-13"
