"""Lessons 9 and 10: two heads trained to two patterns; the shuffle without and with positions."""

from __future__ import annotations

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qkv_gui.core import training as tr
from qkv_gui.core.compute import compute
from qkv_gui.core.head_edits import next_shuffle, set_positional, shuffle_tokens
from qkv_gui.core.lessons import apply_lesson, lesson

ANIMALS, FOOD = (0, 2, 4), (1, 3, 5)  # cat, dog, bird; bread, milk, rice


@settings(max_examples=8, deadline=None)
@given(st.integers(5, 120))
def test_lesson_9_done_text(steps):
    item = lesson("many_heads")
    start = apply_lesson(item)
    targets = [tr.target_previous(start), tr.target_same_topic(start)]
    session = tr.train(start, targets, steps).session
    result = compute(session)
    assume(item.is_done(session, result))
    first, second = result.heads[0].weights, result.heads[1].weights
    # "Head 1 gives every word after the first more than half of its weight on the word before it"
    assert all(first[i, i - 1] > 0.5 for i in range(1, 6))
    # "head 2 gives every word more than 80% of its weight on the words of its own topic"
    for i in range(6):
        topic = ANIMALS if i in ANIMALS else FOOD
        assert second[i, list(topic)].sum() > 0.8
    assert item.prediction.outcome(session, result) == 0


def test_lesson_9_needs_each_head_trained_to_its_own_pattern():
    item = lesson("many_heads")
    start = apply_lesson(item)
    previous, topic = tr.target_previous(start), tr.target_same_topic(start)
    for targets in ([previous, previous], [topic, topic], [topic, previous]):
        session = tr.train(start, targets, 150).session
        assert not item.is_done(session, compute(session))
    session = tr.train(start, [previous, topic], 150).session
    assert item.is_done(session, compute(session))


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 5), st.sampled_from(["none", "sinusoidal", "learned"]))
def test_lesson_10_done_text_and_the_shuffle_without_positions(step, positional):
    item = lesson("order_positions")
    start = set_positional(apply_lesson(item), positional)
    order = next_shuffle(start.n, step)
    shuffled = shuffle_tokens(start, order)
    before, after = compute(start).output, compute(shuffled).output
    same_rows = np.allclose(after, before[order], atol=1e-12)
    done = item.is_done(shuffled, compute(shuffled))
    if positional == "none":
        # Without positions: the same rows in the new order, and the lesson not done.
        assert same_rows and not done
    else:
        # "the shuffled tokens give outputs that are no longer the same rows reordered"
        assert done and not same_rows
        assert item.prediction.outcome(shuffled, compute(shuffled)) == 1


def test_lesson_10_is_not_done_by_positions_alone_or_edited_tokens():
    item = lesson("order_positions")
    start = apply_lesson(item)
    on = set_positional(start, "sinusoidal")
    assert not item.is_done(on, compute(on))  # not shuffled
    edited = shuffle_tokens(on, [2, 0, 1]).with_cell("inputs", 0, 0, 5.0)
    assert not item.is_done(edited, compute(edited))  # not the lesson's tokens any more
