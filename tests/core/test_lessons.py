"""The guided lessons: each opens in its stated state, and its check can be met."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core import edits
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
    "learned", "svd_to_learned", "many_heads", "order_positions",
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
    assert lesson("svd_topics").preset == "movies_new_users"
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
    # The scores the text quotes, and a mixture: every state gets a share.
    np.testing.assert_allclose(result.scores[0], [0.6, 2.4, 0.6, 1.4], atol=1e-12)
    np.testing.assert_allclose(result.weights[0], [0.0973, 0.5888, 0.0973, 0.2166], atol=5e-5)
    assert not item.is_done(session, result)
    tried = session.with_matrix("decoder", [[0, 0.5, 0]])  # the hint
    assert item.is_done(tried, compute(tried))
    longer = session.with_matrix("decoder", [[0, 5, 0]])  # ten times longer: still done
    assert item.is_done(longer, compute(longer))
    # Hand-set weights are not the softmax of the scores: the done text would not hold.
    forced = tried.replace(weights_override=[[1.0, 0, 0, 0]])
    assert not item.is_done(forced, compute(forced))


def test_last_state_lesson_needs_the_learner():
    item = lesson("last_state")
    session = apply_lesson(item)
    assert session.weights_override is None
    result = compute(session)
    assert not item.is_done(session, result)
    pressed = edits.only_last_input(session)  # the "Only the last input" action
    assert pressed.weights_override.tolist() == [[0.0, 0.0, 0.0, 1.0]]
    result = compute(pressed)
    assert np.array_equal(result.context[0], session.inputs[-1])
    assert item.is_done(pressed, result)
    by_hand = session.replace(weights_override=[[0.0, 0.0, 0.0, 1.0]])
    assert item.is_done(by_hand, compute(by_hand))
    dragged = session.replace(weights_override=[[0.0, 0.0, 0.1, 0.9]])
    assert not item.is_done(dragged, compute(dragged))


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


def test_svd_topics_lesson_connects_the_strangers():
    item = lesson("svd_topics")
    session = apply_lesson(item)
    assert session.mode == "seq2seq" and session.n == 7 and session.d == 5
    assert not session.projection and session.score_kind == "cosine"
    assert not item.is_done(session, compute(session))
    tried = apply_topic_projection(session, 2)
    after = compute(tried)
    assert item.is_done(tried, after)
    # The point: the scores DO change (s1's score for the sci-fi fans 0.58 → 1.00).
    before = compute(session)
    np.testing.assert_allclose(before.scores[0, :4], 1 / np.sqrt(3), atol=1e-12)
    assert np.all(after.scores[0, :4] > 0.99)
    for m, done in ((1, True), (3, False), (5, False)):
        other = apply_topic_projection(session, m)
        assert item.is_done(other, compute(other)) is (done and m >= 2), m


def test_five_to_two_lesson():
    item = lesson("five_to_two")
    session = apply_lesson(item)
    result = compute(session)
    assert session.d == 5 and result.queries.shape[1] == 2 and result.keys.shape[1] == 2
    assert not item.is_done(session, result)
    tried = session.with_cell("w_k", 4, 0, 1).with_cell("w_k", 4, 1, 1)  # the hint
    assert item.is_done(tried, compute(tried))
    # The old hint, row 5 = [1, 0], makes robot win by length at 45°: not what the text says.
    at_45 = session.with_cell("w_k", 4, 0, 1).with_cell("w_k", 4, 1, 0)
    assert int(np.argmax(compute(at_45).weights[0])) == 1
    assert not item.is_done(at_45, compute(at_45))


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
