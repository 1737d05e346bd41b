"""Several heads, W_O, positions and padding: compute() against a reference written
here with plain Python loops (no code shared with qkv_gui.core.compute), plus
the facts a learner is shown (sinusoids by hand, permutation equivariance)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qkv_gui.core.compute import ComputeError, compute, last_input_override
from qkv_gui.core.positional import sinusoidal_table
from qkv_gui.core.session import Session

# -- the reference: lists of floats, one loop per head, the formulas as written ----


def ref_positions(kind: str, n: int, d: int, table: list[list[float]] | None) -> list[list[float]]:
    if kind == "sinusoidal":
        rows = []
        for pos in range(n):
            row = []
            for col in range(d):
                i2 = col - col % 2  # the 2i of the pair this column belongs to
                angle = pos / 10000 ** (i2 / d)
                row.append(math.sin(angle) if col % 2 == 0 else math.cos(angle))
            rows.append(row)
        return rows
    if kind == "learned":
        return [list(row) for row in table]
    return [[0.0] * d for _ in range(n)]


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    return [[math.fsum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]  # fmt: skip


def columns(w: list[list[float]], start: int, stop: int) -> list[list[float]]:
    return [row[start:stop] for row in w]


def ref_score(kind: str, q: list[float], k: list[float]) -> float:
    dot = math.fsum(a * b for a, b in zip(q, k, strict=True))
    if kind == "dot":
        return dot
    if kind == "scaled_dot":
        return dot / math.sqrt(len(k))
    norm = math.sqrt(math.fsum(a * a for a in q)) * math.sqrt(math.fsum(b * b for b in k))
    return dot / norm if norm > 0 else 0.0


def reference(spec: dict[str, Any]) -> dict[str, Any]:
    """Every head's weights and context, the concat and the output, by the book."""
    n, d, h = len(spec["inputs"]), len(spec["inputs"][0]), spec["heads"]
    pe = ref_positions(spec["positional"], n, d, spec["table"])
    seen = [[spec["inputs"][i][c] + pe[i][c] for c in range(d)] for i in range(n)]
    query_rows = seen if spec["mode"] == "self" else spec["decoder"]
    m = len(query_rows)
    d_k = len(spec["w_q"][0]) // h
    d_v = len(spec["w_v"][0]) // h
    padding = spec["padding"] or [False] * n
    visible = [[(not spec["causal"] or j <= i) and not padding[j] for j in range(n)]
               for i in range(m)]  # fmt: skip
    heads = []
    for head in range(h):
        q = matmul(query_rows, columns(spec["w_q"], head * d_k, (head + 1) * d_k))
        k = matmul(seen, columns(spec["w_k"], head * d_k, (head + 1) * d_k))
        v = matmul(seen, columns(spec["w_v"], head * d_v, (head + 1) * d_v))
        weights = []
        for i in range(m):
            logits = [ref_score(spec["kind"], q[i], k[j]) / spec["temperature"] for j in range(n)]
            shown = [logits[j] for j in range(n) if visible[i][j]]
            top = max(shown) if shown else 0.0
            exps = [math.exp(logits[j] - top) if visible[i][j] else 0.0 for j in range(n)]
            total = math.fsum(exps)
            weights.append([e / total if total > 0 else 0.0 for e in exps])
        if spec["overrides"][head] is not None:
            weights = spec["overrides"][head]
        context = matmul(weights, v)
        heads.append({"queries": q, "keys": k, "values": v, "weights": weights, "context": context})
    concat = [[x for head in heads for x in head["context"][i]] for i in range(m)]
    output = matmul(concat, spec["w_o"]) if spec["w_o"] is not None else concat
    empty = [i for i in range(m) if not any(visible[i])]
    return {"heads": heads, "concat": concat, "output": output, "positional": pe, "empty": empty}


# -- random version-2 sessions ---------------------------------------------------------

number = st.integers(-300, 300).map(lambda x: x / 100)  # exact zeros (cosine of 0) included


def matrix(rows: int, cols: int) -> st.SearchStrategy[list[list[float]]]:
    return st.lists(st.lists(number, min_size=cols, max_size=cols), min_size=rows, max_size=rows)


@st.composite
def override(draw: st.DrawFn, visible: list[list[bool]]) -> list[list[float]]:
    rows = []
    for row_visible in visible:
        parts = [draw(st.integers(0, 9)) if seen else 0 for seen in row_visible]
        if any(row_visible) and sum(parts) == 0:
            parts[row_visible.index(True)] = 1
        total = sum(parts)
        rows.append([p / total if total else 0.0 for p in parts])
    return rows


@st.composite
def specs(draw: st.DrawFn, modes: tuple[str, ...] = ("self", "self", "seq2seq")) -> dict[str, Any]:
    mode = draw(st.sampled_from(modes))
    h = draw(st.integers(1, 8))
    n, d = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    d_k, d_v = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    decoder, m, d_query = None, n, d
    if mode == "seq2seq":
        m, d_query = draw(st.integers(1, 4)), draw(st.integers(1, 5))
        decoder = draw(matrix(m, d_query))
    causal = mode == "self" and draw(st.booleans())
    padding = draw(st.none() | st.lists(st.booleans(), min_size=n, max_size=n))
    kinds = ["none", "sinusoidal", "learned"] if mode == "self" else ["none", "learned"]
    positional = draw(st.sampled_from(kinds))
    table = draw(matrix(n, d)) if positional == "learned" else None
    w_o = draw(st.none() | matrix(h * d_v, draw(st.integers(1, 4))))
    pad = padding or [False] * n
    visible = [[(not causal or j <= i) and not pad[j] for j in range(n)] for i in range(m)]
    overrides = [draw(st.none() | override(visible)) for _ in range(h)]
    return {
        "mode": mode, "heads": h, "inputs": draw(matrix(n, d)), "decoder": decoder,
        "w_q": draw(matrix(d_query, h * d_k)), "w_k": draw(matrix(d, h * d_k)),
        "w_v": draw(matrix(d, h * d_v)), "w_o": w_o,
        "kind": draw(st.sampled_from(["dot", "scaled_dot", "cosine"])),
        "temperature": draw(st.sampled_from([0.5, 1.0, 2.5])),
        "causal": causal, "padding": padding, "positional": positional, "table": table,
        "overrides": overrides,
    }  # fmt: skip


def session_of(spec: dict[str, Any]) -> Session:
    return Session(
        inputs=spec["inputs"], mode=spec["mode"], decoder=spec["decoder"], projection=True,
        w_q=spec["w_q"], w_k=spec["w_k"], w_v=spec["w_v"], score_kind=spec["kind"],
        temperature=spec["temperature"], causal=spec["causal"], heads=spec["heads"],
        w_o=spec["w_o"], positional=spec["positional"], positional_table=spec["table"],
        padding=spec["padding"], weights_override=spec["overrides"][0],
        head_overrides=spec["overrides"][1:],
    )  # fmt: skip


def close(actual: np.ndarray, expected: list[list[float]]) -> None:
    np.testing.assert_allclose(actual, np.array(expected, dtype=float).reshape(actual.shape),
                               rtol=1e-12, atol=1e-12)  # fmt: skip


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(specs())
def test_every_head_concat_and_output_agree_with_the_reference(spec: dict[str, Any]) -> None:
    result = compute(session_of(spec))
    expected = reference(spec)
    assert len(result.heads) == spec["heads"]
    for head, want, hand_set in zip(result.heads, expected["heads"], spec["overrides"],
                                    strict=True):  # fmt: skip
        for name in ("queries", "keys", "values", "weights", "context"):
            close(head.matrix(name), want[name])
        assert head.overridden == (hand_set is not None)
    close(result.concat, expected["concat"])
    close(result.output, expected["output"])
    close(result.positional, expected["positional"])
    assert list(result.empty_queries) == (expected["empty"] if spec["padding"] else [])
    # The one-head fields are head 1's.
    for name in ("queries", "keys", "values", "scores", "weights", "context", "softmax_weights"):
        assert result.matrix(name) is result.heads[0].matrix(name)


# -- one head is today's attention ------------------------------------------------------


def test_each_head_is_a_one_head_session_on_its_block_of_columns() -> None:
    rng = np.random.default_rng(3)
    session = Session(inputs=rng.normal(size=(4, 5)), projection=True, heads=3,
                      w_q=rng.normal(size=(5, 6)), w_k=rng.normal(size=(5, 6)),
                      w_v=rng.normal(size=(5, 9)), score_kind="scaled_dot", causal=True)  # fmt: skip
    result = compute(session)
    for i, head in enumerate(result.heads):
        alone = compute(session.replace(heads=1, w_q=session.w_q[:, 2 * i:2 * i + 2],
                                        w_k=session.w_k[:, 2 * i:2 * i + 2],
                                        w_v=session.w_v[:, 3 * i:3 * i + 3]))  # fmt: skip
        for name in ("queries", "keys", "values", "scores", "weights", "context"):
            np.testing.assert_array_equal(head.matrix(name), alone.matrix(name))
    assert result.concat.shape == (4, 9)
    assert result.output is result.concat  # no W_O: the output is the concat


def test_one_head_result_keeps_its_fields_and_w_o_multiplies_the_context() -> None:
    session = Session(inputs=[[1, 0], [0, 2]], projection=True, w_q=[[1, 0], [0, 1]],
                      w_k=[[1, 0], [0, 1]], w_v=[[1, 2], [3, 4]], score_kind="dot")  # fmt: skip
    plain = compute(session)
    assert plain.heads[0].context is plain.context and plain.output is plain.context
    with_w_o = compute(session.replace(w_o=[[1, 0, 1], [0, 1, 1]]))
    c = with_w_o.context
    np.testing.assert_array_equal(with_w_o.output, np.column_stack([c[:, 0], c[:, 1], c.sum(1)]))
    np.testing.assert_array_equal(with_w_o.context, plain.context)
    # Like W_Q, W_O is kept but unused while the projection is off.
    off = compute(session.replace(w_o=[[1, 0, 1], [0, 1, 1]], projection=False))
    assert off.output is off.context


def test_results_are_read_only() -> None:
    session = Session(inputs=[[1, 0], [0, 2]], projection=True, heads=2, w_q=np.eye(2),
                      w_k=np.eye(2), w_v=np.eye(2), w_o=np.eye(2), positional="sinusoidal",
                      score_kind="dot")  # fmt: skip
    result = compute(session)
    arrays = [result.concat, result.output, result.positional, result.positioned_inputs,
              result.mask, *(head.matrix(name) for head in result.heads
                             for name in ("queries", "keys", "values", "scores",
                                          "softmax_weights", "weights", "context"))]  # fmt: skip
    assert not any(a.flags.writeable for a in arrays)


# -- positions ------------------------------------------------------------------------


def test_sinusoidal_table_by_hand() -> None:
    # d = 4: the pairs of columns have wavelengths 10000^(0/4) = 1 and 10000^(2/4) = 100.
    expected = [
        [0, 1, 0, 1],
        [math.sin(1), math.cos(1), math.sin(0.01), math.cos(0.01)],
        [math.sin(2), math.cos(2), math.sin(0.02), math.cos(0.02)],
    ]
    np.testing.assert_allclose(sinusoidal_table(3, 4), expected, rtol=0, atol=1e-15)
    # An odd d ends with a sine: column 2 of d = 3 uses 10000^(2/3).
    np.testing.assert_allclose(sinusoidal_table(2, 3)[1],
                               [math.sin(1), math.cos(1), math.sin(1 / 10000 ** (2 / 3))],
                               rtol=0, atol=1e-15)  # fmt: skip


def test_the_heads_see_inputs_plus_positions() -> None:
    inputs = [[1.0, 2.0], [3.0, 4.0], [0.0, 0.0]]
    table = [[0.5, 0], [0, 0.5], [1, 1]]
    session = Session(inputs=inputs, score_kind="dot", positional="learned", positional_table=table)
    result = compute(session)
    assert result.positioned_inputs.tolist() == [[1.5, 2.0], [3.0, 4.5], [1.0, 1.0]]
    assert result.keys.tolist() == result.positioned_inputs.tolist()  # projection off
    assert compute(session.replace(positional="none")).positional.tolist() == [[0, 0]] * 3
    sinusoidal = compute(session.replace(positional="sinusoidal"))
    np.testing.assert_array_equal(sinusoidal.positional, sinusoidal_table(3, 2))
    # Seq2seq: learned positions are added to the encoder states (keys and values) only.
    seq = compute(session.replace(mode="seq2seq", decoder=[[1.0, 1.0]]))
    assert seq.queries.tolist() == [[1.0, 1.0]]
    assert seq.values.tolist() == [[1.5, 2.0], [3.0, 4.5], [1.0, 1.0]]


def test_sinusoidal_positions_need_self_mode() -> None:
    session = Session(inputs=[[1.0]], mode="seq2seq", decoder=[[1.0]], positional="sinusoidal")
    with pytest.raises(ComputeError) as info:
        compute(session)
    assert str(info.value) == "sinusoidal positions are only available in self mode"


def shuffled(session: Session, order: list[int]) -> Session:
    padding = None if session.padding is None else [session.padding[i] for i in order]
    return session.replace(inputs=session.inputs[order], padding=padding,
                           labels=[session.labels[i] for i in order])  # fmt: skip


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(specs(modes=("self",)), st.randoms(use_true_random=False))
def test_without_positions_shuffling_the_inputs_shuffles_the_outputs(spec, random) -> None:
    spec = {**spec, "causal": False, "positional": "none", "table": None,
            "overrides": [None] * spec["heads"]}  # fmt: skip
    session = session_of(spec)
    order = list(range(session.n))
    random.shuffle(order)
    before, after = compute(session), compute(shuffled(session, order))
    np.testing.assert_allclose(after.output, before.output[order], rtol=1e-12, atol=1e-12)
    for head_before, head_after in zip(before.heads, after.heads, strict=True):
        np.testing.assert_allclose(head_after.weights, head_before.weights[np.ix_(order, order)],
                                   rtol=1e-12, atol=1e-12)  # fmt: skip


def test_with_sinusoidal_positions_a_shuffle_changes_more_than_the_order() -> None:
    session = Session(inputs=[[1, 0], [0, 1], [1, 1]], projection=True, heads=2,
                      w_q=[[1, 0], [0, 1]], w_k=[[1, 0], [0, 1]], w_v=[[1, 0], [0, 1]],
                      score_kind="dot")  # fmt: skip
    order = [2, 0, 1]
    plain = compute(session), compute(shuffled(session, order))
    np.testing.assert_allclose(plain[1].output, plain[0].output[order], atol=1e-15)
    positioned = session.replace(positional="sinusoidal")
    before, after = compute(positioned), compute(shuffled(positioned, order))
    assert np.abs(after.output - before.output[order]).max() > 0.1


# -- padding ----------------------------------------------------------------------------


def test_padding_hides_a_key_from_every_query_in_every_head() -> None:
    session = Session(inputs=[[1, 0], [0, 1], [1, 1]], projection=True, heads=2,
                      w_q=np.eye(2), w_k=np.eye(2), w_v=np.eye(2), score_kind="dot",
                      padding=(False, True, False))  # fmt: skip
    result = compute(session)
    assert result.mask.tolist() == [[True, False, True]] * 3
    for head in result.heads:
        assert head.weights[:, 1].tolist() == [0, 0, 0]
        assert np.isnan(head.scores[:, 1]).all()
        np.testing.assert_allclose(head.weights.sum(axis=1), 1, rtol=1e-15)
    assert result.empty_queries == ()


def test_a_query_left_no_key_gets_zero_weights_and_is_named() -> None:
    # Causal: query 1 sees only input 1, which is padding: nothing is left for it.
    session = Session(inputs=[[1, 0], [0, 1], [1, 1]], score_kind="dot", causal=True,
                      padding=(True, False, False))  # fmt: skip
    result = compute(session)
    assert result.empty_queries == (0,)
    assert result.weights[0].tolist() == [0, 0, 0] and result.context[0].tolist() == [0, 0]
    assert result.weights[1].tolist() == [0, 1, 0]
    # "Only the last input" leaves that query's row at 0, and the row is accepted as it is.
    weights = last_input_override(session)
    assert weights.tolist() == [[0, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert compute(session.replace(weights_override=weights)).weights[0].tolist() == [0, 0, 0]


def test_a_hand_set_weight_on_a_padding_key_is_refused() -> None:
    session = Session(inputs=[[1, 0], [0, 1]], score_kind="dot", padding=(False, True),
                      weights_override=[[0.5, 0.5], [1, 0]])  # fmt: skip
    with pytest.raises(ComputeError) as info:
        compute(session)
    assert info.value.msg_id == "override_padding"
    assert str(info.value) == (
        "input 2 is padding, hidden from every query: the weight of query 1 on it stays 0"
    )


# -- the session's head API ------------------------------------------------------------


def test_head_overrides_follow_the_number_of_heads() -> None:
    session = Session(inputs=[[1.0]], projection=True, heads=3, w_q=[[1, 1, 1]],
                      w_k=[[1, 1, 1]], w_v=[[1, 1, 1]], score_kind="dot")  # fmt: skip
    assert session.head_overrides == (None, None) and session.weights_overrides == (None,) * 3
    edited = session.with_head_override(2, [[1.0]])
    assert edited.head_override(2).tolist() == [[1.0]] and edited.head_override(1) is None
    assert edited != session and edited == session.with_head_override(2, np.ones((1, 1)))
    assert edited.replace(heads=2).head_overrides == (None,)  # the third head's weights go
    assert compute(edited).heads[2].overridden and not compute(edited).heads[1].overridden
    assert session.d_k == 1 and session.d_v == 1 and session.d_o == 3
    assert session.uses_version_2 and not Session(inputs=[[1.0]]).uses_version_2


def test_several_heads_need_the_projection_and_a_dot_product_score() -> None:
    base = Session(inputs=[[1.0, 0.0]], projection=True, heads=2, w_q=np.eye(2), w_k=np.eye(2),
                   w_v=np.eye(2), score_kind="dot")  # fmt: skip
    compute(base)
    with pytest.raises(ComputeError, match="^2 heads need the projection enabled"):
        compute(base.replace(projection=False))
    with pytest.raises(ComputeError, match="^the general score works with one head only"):
        compute(base.replace(score_kind="general", w_a=np.eye(1)))
