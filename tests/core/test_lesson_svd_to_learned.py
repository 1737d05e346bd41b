"""The lesson "From SVD to learned matrices": training the same-topic target on the movie
ratings finds (nearly) the SVD's topic plane."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qkv_gui.core import lessons
from qkv_gui.core.compute import compute
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.core.subspace import compare_with_topic_space
from qkv_gui.core.svd import apply_topic_projection, topics_from_svd
from qkv_gui.core.training_run import TrainingRun

LESSON = lessons.lesson("svd_to_learned")
# Measured: Adam (rate 0.05) reaches the loss goal 1e-3 after 239 steps; the largest
# principal angle between I·W and I·V_2 is then 4.76° (W_Q) and 4.68° (W_K).
STEPS_BOUND = 300
LARGEST_ANGLE_BOUND = 6.0


@pytest.fixture(scope="module")
def trained() -> Session:
    run = TrainingRun()
    run.prepare(lessons.apply_lesson(LESSON), "same_topic")
    run.begin()
    run.step(STEPS_BOUND)
    assert run.stopped == "goal" and run.state.step <= STEPS_BOUND and run.loss < 1e-3
    return run.session


def test_it_is_the_last_one_head_lesson_and_brings_the_train_panel():
    assert lessons.LESSONS[lessons.LESSONS.index(LESSON) + 1].id == "many_heads"
    assert LESSON.panels[0] == "train" and "train" in LESSON.highlight
    assert "W_V" in LESSON.text and "learned" in LESSON.text  # all three matrices are learned


def test_its_start_is_the_movie_ratings_with_small_5_by_2_matrices():
    session = lessons.apply_lesson(LESSON)
    assert np.array_equal(session.inputs, np.array(lessons.MOVIE_RATINGS, dtype=float))
    assert session.w_q.shape == session.w_k.shape == (5, 2) and session.projection
    assert topics_from_svd(session) == (0, 0, 0, 0, 1, 1, 1)  # sci-fi fans, romance fans
    # The users' start coordinates are far from the topic plane, and the check is False.
    assert compare_with_topic_space(session).largest() == pytest.approx(57.52, abs=0.01)
    assert not LESSON.is_done(session, compute(session))


def test_setup_builds_the_ratings_whatever_the_preset_holds():
    other = Session(inputs=np.ones((3, 2)), labels=("a", "b", "c"))
    session = lessons.learned_matrices_start(other)
    assert session.n == 7 and session.labels == lessons.MOVIE_FANS
    assert lessons.learned_matrices_start(load_preset("movies_svd")).n == 7


def test_training_finds_the_topic_plane(trained):
    comparison = compare_with_topic_space(trained)
    largest = comparison.largest()
    assert largest < LARGEST_ANGLE_BOUND, f"largest principal angle {largest:.2f}°"
    # The first angle is 0: I·W and I·V_2 share a direction. W's own columns, though, are
    # further from V_2's: they differ along directions the ratings hardly vary in.
    for item in comparison.matrices:
        assert item.coordinates[0] == pytest.approx(0.0, abs=1e-3)
        assert item.columns[-1] > item.coordinates[-1]
    result = compute(trained)
    assert np.all(lessons.same_topic_share(trained, result) > 0.99)
    assert LESSON.is_done(trained, result)
    assert LESSON.prediction.outcome(trained, result) == 0


def test_the_prediction_tells_v2_itself_and_far_planes_apart():
    start = lessons.apply_lesson(LESSON)
    assert LESSON.prediction.outcome(start, compute(start)) == 1
    by_hand = apply_topic_projection(start, 2)
    assert LESSON.prediction.outcome(by_hand, compute(by_hand)) == 2
    assert len(LESSON.prediction.choices) == 3


def test_hand_set_weights_do_not_count(trained):
    painted = trained.replace(weights_override=compute(trained).weights)
    assert not LESSON.is_done(painted, compute(painted))


@settings(max_examples=60, deadline=None)
@given(
    noise=st.lists(st.floats(-1.0, 1.0), min_size=20, max_size=20),
    size=st.sampled_from([0.0, 0.01, 0.1, 0.5, 2.0]),
    temperature=st.sampled_from([0.5, 1.0, 3.0]),
)
def test_done_text_holds_for_every_state_that_passes_the_check(trained, noise, size, temperature):
    # Edits around the trained state: whenever the check passes, each claim of the
    # done text holds: > 90% of the weight on the own topic, both planes within 10°.
    delta = size * np.array(noise).reshape(2, 5, 2)
    session = trained.replace(w_q=trained.w_q + delta[0], w_k=trained.w_k + delta[1], temperature=temperature)
    result = compute(session)
    if not LESSON.is_done(session, result):
        return
    assert "90%" in LESSON.done_text and "10°" in LESSON.done_text
    assert np.all(lessons.same_topic_share(session, result) > 0.9)
    comparison = compare_with_topic_space(session)
    assert all(item.largest < 10.0 for item in comparison.matrices)
