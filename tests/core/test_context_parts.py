"""The context vector as the sum of its parts w_j·v_j (Explain's note)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from qkv_gui.core.compute import compute
from qkv_gui.core.explain import context_parts, context_terms, explain
from qkv_gui.core.format import set_decimal_separator
from qkv_gui.core.session import Session

# A hand-computed 2 × 2 case: values v_a = [1, 2], v_b = [4, 0] (projection off, so
# V = the inputs) and weights set by hand.
#   context_a = 0.25·[1, 2] + 0.75·[4, 0] = [0.25, 0.5] + [3, 0] = [3.25, 0.5]
#   context_b = 0.5·[1, 2] + 0.5·[4, 0] = [0.5, 1] + [2, 0] = [2.5, 1]
HAND = Session(inputs=[[1, 2], [4, 0]], labels=("a", "b"), score_kind="dot",
               weights_override=[[0.25, 0.75], [0.5, 0.5]])


def test_the_parts_of_the_hand_computed_case():
    result = compute(HAND)
    np.testing.assert_array_equal(context_terms(result, 0), [[0.25, 0.5], [3.0, 0.0]])
    np.testing.assert_array_equal(context_terms(result, 1), [[0.5, 1.0], [2.0, 0.0]])
    assert context_parts(HAND, result, 0) == (
        "context_a = 0.25·v_a + 0.75·v_b = [0.25, 0.5] + [3, 0] = [3.25, 0.5]"
    )
    assert context_parts(HAND, result, 1) == (
        "context_b = 0.5·v_a + 0.5·v_b = [0.5, 1] + [2, 0] = [2.5, 1]"
    )


def test_every_context_cell_explains_its_row_as_the_sum_of_its_parts():
    result = compute(HAND)
    for col in (0, 1):
        notes = {n.msg_id: dict(n.params) for n in explain(HAND, result, "context", 0, col).notes}
        assert notes["context_parts"]["parts"] == context_parts(HAND, result, 0)
        assert "[0.25, 0.5] + [3, 0] = [3.25, 0.5]" in str(explain(HAND, result, "context", 0, col))


def test_the_parts_in_turkish_numbers():
    set_decimal_separator(",")
    try:
        text = context_parts(HAND, compute(HAND), 0)
    finally:
        set_decimal_separator(".")
    assert text == "context_a = 0,25·v_a + 0,75·v_b = [0,25; 0,5] + [3; 0] = [3,25; 0,5]"


def test_masked_values_are_left_out_and_negative_weights_bracketed():
    session = Session(inputs=[[1, 0], [0, 1], [1, 1]], labels=("a", "b", "c"), causal=True,
                      score_kind="dot")
    result = compute(session)
    text = context_parts(session, result, 1)
    assert "v_c" not in text and text.count("·v_") == 2
    assert context_parts(session, result, 0) == "context_a = 1·v_a = [1, 0] = [1, 0]"


def test_a_long_row_is_elided_in_the_middle():
    n = 12
    session = Session(inputs=np.eye(n)[:, :3] + 1, score_kind="dot")
    text = context_parts(session, compute(session), 0)
    sums = text.split(" = ")
    assert sums[1].count("·v_") == 8 and "… +" in sums[1] and sums[2].count("[") == 8


@settings(max_examples=60, deadline=None)
@given(
    arrays(np.float64, st.tuples(st.integers(1, 6), st.integers(1, 4)),
           elements=st.floats(-5, 5, allow_nan=False)),
    st.booleans(),
)
def test_the_parts_sum_to_the_context(inputs, causal):
    session = Session(inputs=inputs, score_kind="scaled_dot", causal=causal)
    result = compute(session)
    for row in range(session.n):
        terms = context_terms(result, row)
        assert terms.shape == (session.n, result.values.shape[1])
        np.testing.assert_allclose(terms.sum(axis=0), result.context[row], rtol=1e-12, atol=1e-12)
