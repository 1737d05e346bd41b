"""The transformer's lessons: several heads that look for different things, and
positions that give the order (data, checks and predictions, as in `lessons`)."""

from __future__ import annotations

from functools import cache

import numpy as np

from .compute import Result, compute
from .head_edits import shuffle_tokens
from .lesson_types import Lesson, Prediction
from .presets import load_preset
from .session import Session
from .svd import topics_from_svd

# Each word's weight on the word before it, in the head that follows the previous token.
PREVIOUS_SHARE = 0.5
# Each word's total weight on the words of its own topic, in the head that follows the topic.
TOPIC_SHARE = 0.8
# Two heads "look alike" when no weight of one differs from the other's by this much.
ALIKE_WEIGHT = 0.3
# Outputs count as "the same rows" within this (they are sums of a few products).
SAME_ROWS_TOLERANCE = 1e-9
ORDER_PRESET = "order_positions"


def head_follows_previous(session: Session, result: Result, head: int = 0) -> bool:
    """Every word after the first gives more than PREVIOUS_SHARE of its weight to the word
    before it in head `head` (softmax weights, not set by hand)."""
    one = result.heads[head]
    if session.mode != "self" or session.n < 2 or one.overridden:
        return False
    return all(one.weights[i, i - 1] > PREVIOUS_SHARE for i in range(1, session.n))


def topic_share(session: Session, result: Result, head: int) -> np.ndarray:
    """Each word's total weight on the words of its own topic (`svd.topics_from_svd`) in head `head`."""
    topics = np.array(topics_from_svd(session))
    return np.sum(result.heads[head].weights * (topics[:, None] == topics[None, :]), axis=1)


def head_follows_topic(session: Session, result: Result, head: int = 1) -> bool:
    """Every word gives more than TOPIC_SHARE of its weight to its own topic in head `head`."""
    if session.mode != "self" or result.heads[head].overridden:
        return False
    return bool(np.all(topic_share(session, result, head) > TOPIC_SHARE))


def _two_patterns(session: Session, result: Result) -> bool:
    """Head 1 follows the word before, head 2 the same topic."""
    return (session.heads >= 2 and head_follows_previous(session, result, 0)
            and head_follows_topic(session, result, 1))


def _heads_alike(session: Session, result: Result) -> int:
    """0: the two heads' weights differ somewhere by ALIKE_WEIGHT or more; 1: they look alike."""
    first, second = result.heads[0].weights, result.heads[1].weights
    return 0 if float(np.max(np.abs(first - second))) >= ALIKE_WEIGHT else 1


@cache
def _order_start() -> Session:
    return load_preset(ORDER_PRESET)


def order_from_start(session: Session) -> list[int] | None:
    """Where each token of `session` stood in the lesson's start: order[i] is the start
    place of the token now at place i, found by its vector (None when the tokens are
    not the start's, e.g. after an edit of the inputs)."""
    start = _order_start().inputs
    if session.mode != "self" or session.inputs.shape != start.shape:
        return None
    order = []
    for row in session.inputs:
        places = [j for j in range(len(start)) if np.array_equal(row, start[j])]
        if len(places) != 1:
            return None
        order.append(places[0])
    return order if sorted(order) == list(range(len(start))) else None


def shuffled_rows_kept(session: Session, result: Result) -> bool | None:
    """Whether the outputs are the start order's outputs, the same rows shuffled (None
    when the tokens are not a shuffle of the start's). The start order is the session
    with its tokens put back; the matrices and positions are the session's own."""
    order = order_from_start(session)
    if order is None:
        return None
    back = [order.index(place) for place in range(len(order))]
    in_order = compute(shuffle_tokens(session, back)).output
    return bool(np.allclose(result.output, in_order[order], rtol=0, atol=SAME_ROWS_TOLERANCE))


def _positions_break_the_shuffle(session: Session, result: Result) -> bool:
    """The tokens shuffled, positions on, and the outputs no longer the same rows shuffled."""
    order = order_from_start(session)
    if order is None or order == sorted(order) or session.positional == "none":
        return False
    return shuffled_rows_kept(session, result) is False


def _rows_kept_outcome(session: Session, result: Result) -> int:
    """0: the outputs are the same rows in a new order; 1: rows changed."""
    return 0 if shuffled_rows_kept(session, result) else 1


HEAD_LESSONS: tuple[Lesson, ...] = (
    Lesson(
        id="many_heads",
        title="Many heads look for different things",
        preset="many_heads",
        setup=None,
        highlight=("train", "w_q", "w_k", "weights", "context"),
        text=(
            "A transformer runs several heads side by side on the same tokens. Each head i has "
            "its own block of W_Q, W_K and W_V, so its own weights and its own context: "
            "head_i = softmax(Q_i K_iᵀ / √d_k) V_i. One head can look at the word before, "
            "another at the words of the same topic. The heads' contexts are put side by side "
            "and W_O mixes them: output = [head_1 | head_2]·W_O. The words here alternate "
            "between animals and food, so the word before is always of the other topic: one "
            "head cannot follow both patterns."
        ),
        try_this=(
            "In the Train panel give head 1 “attend to the previous token” and head 2 “attend "
            "to the same topic”, and press Train: each head's loss curve falls on its own. "
            "Then compare the weights of the two heads."
        ),
        check=_two_patterns,
        done_text=(
            "Head 1 gives every word after the first more than half of its weight on the "
            "word before it, and head 2 gives every word more than 80% of its weight on the "
            "words of its own topic: the same words, two different patterns, side by side "
            "in the concat."
        ),
        prediction=Prediction(
            question="Both heads see the same six words. After training, will their weights look alike?",
            choices=(
                "No: each head follows its own target",
                "Yes: both end up with the same pattern",
            ),
            outcome=_heads_alike,
            why=(
                "Each head's loss moves only its own block of W_Q and W_K, so nothing pulls "
                "the heads together: head 1 learns the word before, head 2 the topic. That is "
                "why a transformer has several heads: each can look for something else."
            ),
        ),
        panels=("train", "heads", "matrices"),
    ),
    Lesson(
        id="order_positions",
        title="Order needs positions",
        preset=ORDER_PRESET,
        setup=None,
        highlight=("inputs", "weights", "context"),
        text=(
            "Self-attention compares every query with every key, whatever their places: "
            "shuffle the tokens and each one finds the same keys, the same weights and the "
            "same values, only in another order. So “dog bites man” and “man dog bites” give "
            "the same output rows, shuffled: without positions a transformer cannot tell the "
            "order. Positional encodings fix it: the heads see x_i + PE_i, and the sinusoidal "
            "PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)) "
            "is different at every place."
        ),
        try_this=(
            "Shuffle the tokens without positions and compare the outputs with those before: "
            "the same rows, reordered. Then switch the positions to sinusoidal and shuffle "
            "again."
        ),
        check=_positions_break_the_shuffle,
        done_text=(
            "With positions the shuffled tokens give outputs that are no longer the same rows "
            "reordered: each token's output now depends on its place as well as on its vector."
        ),
        prediction=Prediction(
            question=(
                "With sinusoidal positions added, will shuffling the tokens still give the "
                "same output rows in a new order?"
            ),
            choices=("Yes: the same rows, only reordered", "No: the rows themselves change"),
            outcome=_rows_kept_outcome,
            why=(
                "A token that moves to another place gets another PE row added, so its query, "
                "key and value change, and with them the scores and the weighted sums: the "
                "rows differ, not only their order."
            ),
        ),
        panels=("matrices", "explain"),
    ),
)
