"""The guided lessons: each opens in its stated state, and its check can be met."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core import training as tr
from qkv_gui.core.compute import compute
from qkv_gui.core.lessons import (
    LESSONS,
    MESSAGES,
    VIEWS,
    Lesson,
    apply_lesson,
    lesson,
    lesson_ids,
)
from qkv_gui.core.presets import list_presets
from qkv_gui.core.svd import apply_topic_projection

ORDER = (
    "seq2seq", "last_state", "self_attention", "raw_vs_projected", "svd_topics", "five_to_two",
    "learned", "svd_to_learned",
)  # fmt: skip

# Steps of training (default optimizer) after which the "learned" lesson's check holds.
LEARNED_STEPS = 150


def test_one_lesson_per_step_in_order():
    assert lesson_ids() == ORDER
    assert tuple(lesson.id for lesson in LESSONS) == ORDER
    assert len(set(lesson_ids())) == len(LESSONS)


@pytest.mark.parametrize("item", LESSONS, ids=lambda item: item.id)
def test_lesson_is_well_formed(item: Lesson):
    assert item.preset in list_presets()
    assert item.highlight and set(item.highlight) <= set(VIEWS)
    assert len(set(item.highlight)) == len(item.highlight)
    for part in ("title", "text", "try_this"):
        text = getattr(item, part)
        assert text and text == text.strip()
        assert MESSAGES[item.msg_id(part)] == text
        assert item.msg_id(part) == f"lesson.{item.id}.{part}"
    assert 2 <= item.text.count(". ") + 1 <= 6  # a few sentences
    assert "=" in item.text  # with the formula


@pytest.mark.parametrize("item", LESSONS, ids=lambda item: item.id)
def test_lesson_preset_loads_and_computes(item: Lesson):
    session = apply_lesson(item)
    assert apply_lesson(item.id) == session
    result = compute(session)
    assert np.allclose(result.weights.sum(axis=1), 1.0)
    assert isinstance(item.is_done(session, result), bool)


def test_lesson_lookup():
    assert lesson("svd_topics").preset == "movies_svd"
    with pytest.raises(KeyError, match="unknown lesson 'nope'; the lessons are: seq2seq, "):
        lesson("nope")
    with pytest.raises(KeyError):
        LESSONS[0].msg_id("body")


def test_seq2seq_lesson():
    item = lesson("seq2seq")
    session = apply_lesson(item)
    assert session.mode == "seq2seq" and not session.projection
    result = compute(session)
    # query = decoder state, keys = values = encoder states
    assert np.array_equal(result.queries, session.decoder)
    assert np.array_equal(result.keys, session.inputs) and np.array_equal(
        result.values, session.inputs
    )
    assert not item.is_done(session, result)
    tried = session.with_matrix("decoder", [[0, 10, 0]])  # the hint
    assert item.is_done(tried, compute(tried))


def test_last_state_lesson_gives_the_last_encoder_state_exactly():
    item = lesson("last_state")
    session = apply_lesson(item)
    assert session.weights_override.tolist() == [[0.0, 0.0, 0.0, 1.0]]
    result = compute(session)
    assert np.array_equal(result.context[0], session.inputs[-1])
    assert item.is_done(session, result)
    released = session.replace(weights_override=None)
    assert not item.is_done(released, compute(released))


def test_self_attention_lesson():
    item = lesson("self_attention")
    session = apply_lesson(item)
    assert session.mode == "self" and session.projection
    result = compute(session)
    np.testing.assert_array_equal(result.queries, session.inputs @ session.w_q)
    np.testing.assert_array_equal(result.keys, session.inputs @ session.w_k)
    np.testing.assert_array_equal(result.values, session.inputs @ session.w_v)
    assert not item.is_done(session, result)
    tried = session.with_cell("w_q", 0, 0, -2).with_cell("w_q", 0, 2, 1)  # the hint
    assert item.is_done(tried, compute(tried))


def test_raw_vs_projected_lesson():
    item = lesson("raw_vs_projected")
    session = apply_lesson(item)
    assert session.projection
    raw = session.replace(projection=False)
    projected_scores, raw_scores = compute(session).scores, compute(raw).scores
    assert not np.allclose(projected_scores, raw_scores)
    np.testing.assert_allclose(raw_scores, raw_scores.T)  # raw scores are symmetric
    # Raw: most words attend most to themselves (the text says so).
    raw_weights = compute(raw).weights
    assert sum(raw_weights[i].argmax() == i for i in range(session.n)) >= 3
    assert not item.is_done(session, compute(session))
    assert item.is_done(raw, compute(raw))


def test_svd_topics_lesson():
    item = lesson("svd_topics")
    session = apply_lesson(item)
    assert session.n == 7 and session.d == 5 and not session.projection
    assert not item.is_done(session, compute(session))
    tried = apply_topic_projection(session, 2)
    assert item.is_done(tried, compute(tried))
    # Nothing is lost by keeping two topics: the scores stay the same.
    np.testing.assert_allclose(compute(tried).scores, compute(session).scores, atol=1e-9)
    # Switching the projection back on restores the preset's W_Q = W_K = V_2 too.
    again = session.replace(projection=True)
    assert item.is_done(again, compute(again))


def test_five_to_two_lesson():
    item = lesson("five_to_two")
    session = apply_lesson(item)
    result = compute(session)
    assert session.d == 5 and result.queries.shape[1] == 2 and result.keys.shape[1] == 2
    assert not item.is_done(session, result)
    tried = session.with_cell("w_k", 4, 0, 1).with_cell("w_k", 4, 1, 0)  # the hint
    assert item.is_done(tried, compute(tried))


def test_learned_lesson_is_met_by_training():
    item = lesson("learned")
    session = apply_lesson(item)
    assert "train" in item.highlight
    assert not item.is_done(session, compute(session))
    state = tr.train(session, tr.target_previous(session), LEARNED_STEPS)
    assert item.is_done(state.session, compute(state.session))


def test_a_check_that_no_longer_applies_is_just_false():
    item = lesson("learned")
    session = apply_lesson("seq2seq")
    assert item.is_done(session, compute(session)) is False
    assert (
        lesson("five_to_two").is_done(
            session.replace(inputs=[[1, 0, 0]]), compute(session.replace(inputs=[[1, 0, 0]]))
        )
        is False
    )
