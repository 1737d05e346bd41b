"""explain() shows the real arithmetic: its numbers must reproduce the cell."""

import re

import numpy as np
import pytest

from qkv_gui.core.compute import compute, last_input_override
from qkv_gui.core.explain import explain
from qkv_gui.core.format import exact, fmt
from qkv_gui.core.session import Session

NAMES = ("queries", "keys", "values", "scores", "weights", "context")


M = "\u2212"  # the real minus


@pytest.fixture
def words() -> Session:
    """Three tokens with names, a W_Q with a negative number."""
    return Session(
        inputs=[[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]],
        labels=("the", "cat", "sat"),
        projection=True,
        w_q=[[1, 0, -1], [1, 0, 0], [0, 0, 1], [0, 1, 1]],
        w_k=[[0, 0, 1], [1, 1, 0], [0, 1, 0], [1, 1, 0]],
        w_v=[[0, 2, 0], [0, 3, 0], [1, 0, 3], [1, 1, 0]],
        score_kind="dot",
    )


def test_scaled_score_reads_like_the_issue():
    s = Session(inputs=[[0, 0, 0], [0, 1, 1]], labels=("h1", "h2"), mode="seq2seq", decoder=[[1, 0, 2]],
                score_kind="scaled_dot")
    r = compute(s)
    text = explain(s, r, "scores", 0, 1).equation
    # Seq2seq: the query is named as its row is, s1; the key as its column, h2.
    assert text == "score[s1, h2] = q_s1·k_h2 / √3 = (1×0 + 0×1 + 2×1) / 1.732 = 1.155"


def test_projection_formula(self_session):
    r = compute(self_session)
    e = explain(self_session, r, "queries", 1, 2)
    # q2[3] = x2 · W_Q[:,3] = 0×1 + 2×0 + 0×1 + 2×1 = 2
    assert e.equation == "Q[x2, 3] = x2·W_Q[:,3] = (0×1 + 2×0 + 0×1 + 2×1) = 2"
    assert ("inputs", 1, 3) in e.inputs and ("w_q", 3, 2) in e.inputs


def test_tokens_are_named_as_the_plots_name_them_and_negative_factors_bracketed(words):
    r = compute(words)
    assert explain(words, r, "queries", 0, 2).equation == (
        f"Q[the, 3] = x_the·W_Q[:,3] = (1×({M}1) + 0×0 + 1×1 + 0×1) = 0"
    )
    assert explain(words, r, "scores", 0, 1).equation == "score[the, cat] = q_the·k_cat = (1×4 + 0×4 + 0×0) = 4"
    assert explain(words, r, "weights", 0, 1).equation == (
        "weight[the, cat] = exp(score[the, cat]) / Σ_j exp(score[the, j])"
        " = e^(4) / (e^(0) + e^(4) + e^(2)) = 54.6 / 62.99 = 0.8668"
    )
    # A tiny weight in a product: in brackets, with its power of ten, never "6.03e-06".
    assert explain(words, r, "context", 1, 0).equation == (
        "context[cat, 1] = Σ_j weight[cat, j] × V[j, 1] = ((6.034×10⁻⁶)×1 + 0.982×2 + 0.01799×2) = 2"
    )


def test_a_negative_score_and_product_use_a_real_minus():
    s = Session(inputs=[[1.5, -2.0], [-1.0, 0.5]], labels=("a", "b"), score_kind="dot")
    e = explain(s, compute(s), "scores", 0, 1)
    assert e.equation == f"score[a, b] = q_a·k_b = (1.5×({M}1) + ({M}2)×0.5) = {M}2.5"
    assert "-" not in e.equation


def test_temperature_shows_in_the_formula_and_its_numbers(words):
    s = words.replace(temperature=2.0)
    e = explain(s, compute(s), "weights", 0, 1)
    assert e.equation == (
        "weight[the, cat] = exp(score[the, cat]/T) / Σ_j exp(score[the, j]/T)"
        " = e^(4/2) / (e^(0/2) + e^(4/2) + e^(2/2)) = 7.389 / 11.11 = 0.6652"
    )
    assert [n.msg_id for n in e.notes] == ["softmax", "temperature"]
    assert "T = 2" in str(e)


def test_large_scores_are_shifted_and_tiny_results_keep_their_power_of_ten(seq2seq_session):
    r = compute(seq2seq_session)
    e = explain(seq2seq_session, r, "weights", 0, 0)
    assert e.equation == (
        "weight[s1, h1] = exp(score[s1, h1]) / Σ_j exp(score[s1, j])"
        f" = e^(15 {M} 60) / (e^(15 {M} 60) + e^(60 {M} 60) + e^(15 {M} 60) + e^(35 {M} 60))"
        " = 2.863×10⁻²⁰ / 1 = 2.863×10⁻²⁰"
    )
    assert "the scores of query “s1”" in str(e)


def _number(text: str) -> float:
    """A number as explain writes it: maybe in brackets, a real minus, maybe a power of ten."""
    text = text.strip("()").replace(M, "-")
    if "×10" in text:
        mantissa, power = text.split("×10")
        exponent = power.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-"))
        return float(mantissa) * 10.0 ** int(exponent)
    return float(text)


def _products_sum(text: str) -> float:
    """Evaluate the first '(a×b + c×d ...)' group of an equation."""
    group = text.split(" = ")[2].strip()[1:-1] if " + " in text else text.split(" = ")[2]
    total = 0.0
    for term in group.split(" + "):
        a, b = re.fullmatch(r"(\(.*?\)|[^×(]+)×(\(.*\)|[^×(]+)", term).groups()
        total += _number(a) * _number(b)
    return total


@pytest.mark.parametrize("name", ["queries", "keys", "values", "scores", "context"])
def test_every_cell_explains_its_value(self_session, name):
    r = compute(self_session)
    matrix = r.matrix(name)
    for row in range(matrix.shape[0]):
        for col in range(matrix.shape[1]):
            e = explain(self_session, r, name, row, col)
            assert e.value == matrix[row, col]
            assert e.equation.endswith(f"= {exact(matrix[row, col], 4)}")
            # The products shown add up to the value (4 significant digits are shown).
            assert _products_sum(e.equation) == pytest.approx(matrix[row, col], abs=0.01)


def test_weight_explanation_shows_softmax(self_session):
    r = compute(self_session)
    e = explain(self_session, r, "weights", 0, 0)
    assert e.equation.startswith("weight[x1, x1] = exp(score[x1, x1]) / Σ_j exp(score[x1, j]) = e^(2) / (e^(2) + e^(4) + e^(4))")
    assert e.equation.endswith(f"= {exact(r.weights[0, 0], 4)}")
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
        assert e.equation.split(" = ")[-1] == exact(r.matrix(name)[1, 1], 4)


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
