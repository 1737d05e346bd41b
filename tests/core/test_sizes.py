"""The largest sizes (core/sizes.py): files, edits and compute refuse beyond them
with one sentence, and the largest session itself works."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core import edits, head_edits
from qkv_gui.core.compute import ComputeError, check_shapes, compute
from qkv_gui.core.session import MAX_DIM, MAX_TOKENS, Session
from qkv_gui.core.session_io import SessionError, dumps_session, loads_session, session_to_dict
from qkv_gui.core.sizes import SizeError, check_session_sizes, check_size, limits


def session_of(n: int, d: int, d_k: int | None = None, heads: int = 1, **changes) -> Session:
    rng = np.random.default_rng(0)
    inputs = np.round(rng.normal(size=(n, d)), 2)
    if d_k is None:
        return Session(inputs=inputs, **changes)
    w = np.round(rng.normal(size=(d, heads * d_k)), 2)
    return Session(inputs=inputs, projection=True, w_q=w, w_k=w, w_v=w, heads=heads, **changes)


def test_the_stated_limits_are_at_least_512_tokens_and_1024_dimensions():
    assert MAX_TOKENS >= 512 and MAX_DIM >= 1024
    assert limits("inputs") == (MAX_TOKENS, MAX_DIM)
    assert limits("positional") == limits("positional_table") == (MAX_TOKENS, MAX_DIM)
    assert limits("w_q") == (MAX_DIM, MAX_DIM)
    assert limits("weights_override") == (MAX_TOKENS, MAX_TOKENS)


def test_check_size_names_the_matrix_and_the_limit():
    check_size(MAX_TOKENS, MAX_DIM, "inputs")  # the largest is fine
    with pytest.raises(SizeError) as rows:
        check_size(MAX_TOKENS + 1, 4, "inputs")
    assert str(rows.value) == (
        "inputs has 513 rows, but at most 512 tokens or queries fit: "
        "the views would be too slow to follow a drag"
    )
    with pytest.raises(SizeError) as cols:
        check_size(4, MAX_DIM + 1, "w_k")
    assert str(cols.value).startswith("w_k has 1025 columns, but at most 1024 fit")
    with pytest.raises(SizeError, match="w_o has 1025 rows, but no dimension may exceed 1024"):
        check_size(MAX_DIM + 1, 4, "w_o")


def test_the_largest_session_computes():
    session = session_of(MAX_TOKENS, 64, d_k=MAX_DIM // 8, heads=8)
    check_shapes(session)
    result = compute(session)
    assert result.weights.shape == (MAX_TOKENS, MAX_TOKENS)
    np.testing.assert_allclose(result.weights.sum(axis=1), 1.0)


def test_compute_refuses_too_many_tokens_with_the_size_sentence():
    with pytest.raises(ComputeError) as error:
        check_shapes(session_of(MAX_TOKENS + 1, 2))
    assert error.value.msg_id == "too_big"
    assert str(error.value).startswith("inputs has 513 rows, but at most 512 tokens")
    assert isinstance(error.value.__cause__, SizeError)


def test_compute_refuses_a_projection_wider_than_the_limit():
    session = session_of(3, 2, d_k=MAX_DIM // 2 + 1, heads=2)
    with pytest.raises(ComputeError, match="w_q has 1026 columns, but at most 1024 fit"):
        check_shapes(session)


def test_the_additive_score_caps_its_m_by_n_by_hidden_array():
    session = edits.set_score_kind(session_of(MAX_TOKENS, 40, d_k=40), "additive")
    with pytest.raises(SizeError, match=r"512 × 512 × 40 = 10485760 numbers"):
        check_session_sizes(session)


def test_a_session_file_beyond_the_limits_is_refused_with_its_sentence():
    data = session_to_dict(session_of(4, 3))
    data["inputs"] = [[0.5] * 3 for _ in range(MAX_TOKENS + 1)]
    data["labels"] = [f"t{i}" for i in range(MAX_TOKENS + 1)]
    import json

    with pytest.raises(SessionError) as error:
        loads_session(json.dumps(data))
    assert error.value.msg_id == "too_big"
    assert str(error.value).startswith("inputs has 513 rows, but at most 512 tokens")
    assert isinstance(error.value.__cause__, SizeError)


def test_a_session_file_of_the_largest_size_loads():
    session = session_of(MAX_TOKENS, 8)
    assert loads_session(dumps_session(session)) == session


def test_adding_a_token_beyond_the_limit_is_refused():
    full = session_of(MAX_TOKENS, 2)
    with pytest.raises(edits.EditError) as error:
        edits.add_input(full)
    assert str(error.value) == "there can be at most 512 tokens"
    assert edits.add_input(session_of(MAX_TOKENS - 1, 2)).n == MAX_TOKENS


def test_adding_a_decoder_state_beyond_the_limit_is_refused():
    session = Session(inputs=np.ones((2, 2)), mode="seq2seq", decoder=np.ones((MAX_TOKENS, 2)))
    with pytest.raises(edits.EditError, match="there can be at most 512 decoder states"):
        edits.add_query(session)


def test_growing_a_dimension_beyond_the_limit_is_refused():
    with pytest.raises(edits.EditError, match="^d can be at most 1024$"):
        edits.set_d(session_of(2, MAX_DIM), MAX_DIM + 1)
    assert edits.set_d(session_of(2, MAX_DIM - 1), MAX_DIM).d == MAX_DIM
    with pytest.raises(edits.EditError, match="^d_k can be at most 1024$"):
        edits.set_d_k(session_of(2, 2, d_k=4), MAX_DIM + 1)
    four_heads = session_of(2, 2, d_k=4, heads=4)
    with pytest.raises(edits.EditError) as error:
        edits.set_d_v(four_heads, MAX_DIM // 4 + 1)
    assert str(error.value) == (
        "d_v can be at most 256 with 4 heads: the heads side by side have at most 1024 columns"
    )
    assert edits.set_d_v(four_heads, MAX_DIM // 4).w_v.shape == (2, MAX_DIM)


def test_more_heads_than_the_columns_allow_are_refused():
    session = session_of(2, 2, d_k=MAX_DIM // 2, heads=2)
    with pytest.raises(edits.EditError, match="3 heads of 512 columns each would need 1536 columns"):
        head_edits.set_heads(session, 3)


def test_decimals_of_a_large_matrix_are_those_of_the_full_rule():
    from qkv_gui.core import format as format_mod

    rng = np.random.default_rng(2)
    two_places = np.round(rng.normal(size=(512, 64)), 2)
    assert format_mod.decimals_for(two_places) == 2
    one_odd = two_places.copy()
    one_odd[511, 63] = 0.125  # the sample may miss it: the full check does not
    assert format_mod.decimals_for(one_odd) == 3
    assert format_mod.decimals_for(rng.normal(size=(512, 512))) == 3
