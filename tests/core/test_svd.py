"""The SVD topic space: numpy's SVD, the movies preset's two topics, 5 → 2."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core.compute import compute
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import dumps_session, loads_session
from qkv_gui.core.svd import (
    apply_topic_projection,
    compatibility,
    explained_energy,
    svd,
    topic_coordinates,
    topic_projection,
    topics_from_svd,
    uses_topic_space,
)

SCI_FI, ROMANCE = [0, 1, 2], [3, 4]  # The Matrix, Alien, Star Wars | Casablanca, Titanic
SCI_FI_FANS, ROMANCE_FANS = [0, 1, 2, 3], [4, 5, 6]


@pytest.mark.parametrize("shape", [(7, 5), (3, 6), (4, 4), (1, 3), (5, 1)])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_svd_reproduces_the_matrix(shape, seed):
    inputs = np.random.default_rng(seed).normal(size=shape) * 3
    u, s, vt = svd(inputs)
    r = min(shape)
    assert u.shape == (shape[0], r) and s.shape == (r,) and vt.shape == (r, shape[1])
    np.testing.assert_allclose(u @ np.diag(s) @ vt, inputs, rtol=0, atol=1e-12)
    assert np.all(np.diff(s) <= 0)
    np.testing.assert_allclose(s, np.linalg.svd(inputs, compute_uv=False), rtol=0, atol=1e-12)
    np.testing.assert_allclose(u.T @ u, np.eye(r), atol=1e-12)
    np.testing.assert_allclose(vt @ vt.T, np.eye(r), atol=1e-12)
    # Signs are normalised: each right singular vector's largest entry is positive.
    for row in vt:
        assert row[np.argmax(np.abs(row))] > 0


def test_topic_projection_is_the_top_right_singular_vectors():
    inputs = np.random.default_rng(5).normal(size=(6, 4))
    _, _, vt = svd(inputs)
    for m in range(1, 5):
        v_m = topic_projection(inputs, m)
        assert v_m.shape == (4, m)
        np.testing.assert_allclose(v_m.T @ v_m, np.eye(m), atol=1e-12)
        np.testing.assert_allclose(v_m, vt[:m].T, atol=1e-12)
        assert np.array_equal(v_m, topic_projection(inputs, m))  # deterministic
    np.testing.assert_allclose(topic_coordinates(inputs, 2), inputs @ vt[:2].T, atol=1e-12)
    with pytest.raises(ValueError, match="between 1 and 4"):
        topic_projection(inputs, 5)
    with pytest.raises(ValueError, match="between 1 and 4"):
        topic_projection(inputs, 0)


def test_topic_projection_can_go_past_the_rank():
    inputs = np.array([[1.0, 0, 0], [2.0, 0, 0]])  # rank 1, d = 3
    v_3 = topic_projection(inputs, 3)
    np.testing.assert_allclose(v_3.T @ v_3, np.eye(3), atol=1e-12)
    np.testing.assert_allclose(v_3[:, 0], [1, 0, 0], atol=1e-12)


def test_movies_preset_two_topics_are_the_top_directions():
    session = load_preset("movies_svd")
    assert session.mode == "self" and session.score_kind == "dot" and session.projection
    assert session.n == 7 and session.d == 5
    assert len(set(session.labels)) == 7
    description = dict(session.meta)["description"]
    for movie in ("Matrix", "Alien", "Star Wars", "Casablanca", "Titanic"):
        assert movie in description
    u, s, vt = svd(session.inputs)
    assert s[0] > s[1] > 1.0
    assert np.all(s[2:] < 1e-12)  # only two topics
    sci_fi, romance = vt[0], vt[1]
    np.testing.assert_allclose(sci_fi[ROMANCE], 0, atol=1e-12)
    np.testing.assert_allclose(sci_fi[SCI_FI], 1 / np.sqrt(3), atol=1e-12)
    np.testing.assert_allclose(romance[SCI_FI], 0, atol=1e-12)
    np.testing.assert_allclose(romance[ROMANCE], 1 / np.sqrt(2), atol=1e-12)
    assert explained_energy(s, 2) == pytest.approx(1.0)
    assert explained_energy(s, 1) == pytest.approx(153 / (153 + 90))  # sci-fi vs romance energy
    assert topics_from_svd(session) == (0, 0, 0, 0, 1, 1, 1)


def test_movies_preset_uses_v2_for_queries_and_keys():
    session = load_preset("movies_svd")
    v_2 = topic_projection(session.inputs, 2)
    np.testing.assert_allclose(session.w_q, v_2, atol=1e-15)
    np.testing.assert_allclose(session.w_k, v_2, atol=1e-15)
    assert np.array_equal(session.w_v, np.eye(5))
    np.testing.assert_allclose(apply_topic_projection(session, 2).w_q, session.w_q, atol=1e-15)
    result = compute(session)
    assert result.queries.shape == (7, 2)
    # Across topics the users never attend to each other.
    assert np.all(result.weights[np.ix_(SCI_FI_FANS, ROMANCE_FANS)] < 1e-6)
    assert np.all(result.weights[np.ix_(ROMANCE_FANS, SCI_FI_FANS)] < 1e-6)


def test_after_projection_same_topic_lines_up():
    session = load_preset("movies_svd")
    before = session.inputs
    after = before @ topic_projection(before, 2)
    cos = compatibility(after, "cosine")
    np.testing.assert_allclose(cos[np.ix_(SCI_FI_FANS, SCI_FI_FANS)], 1, atol=1e-12)
    np.testing.assert_allclose(cos[np.ix_(ROMANCE_FANS, ROMANCE_FANS)], 1, atol=1e-12)
    np.testing.assert_allclose(cos[np.ix_(SCI_FI_FANS, ROMANCE_FANS)], 0, atol=1e-12)
    # Each fan group lies on one topic axis of the 2-D topic space.
    np.testing.assert_allclose(after[SCI_FI_FANS, 1], 0, atol=1e-12)
    np.testing.assert_allclose(after[ROMANCE_FANS, 0], 0, atol=1e-12)
    # Two topics hold all the ratings: the dot compatibilities survive exactly.
    np.testing.assert_allclose(
        compatibility(after, "dot"), compatibility(before, "dot"), atol=1e-10
    )


def test_compatibility_kinds():
    vectors = np.array([[3.0, 4.0], [0.0, 0.0], [6.0, 8.0], [-4.0, 3.0]])
    dots = compatibility(vectors, "dot")
    np.testing.assert_allclose(dots, vectors @ vectors.T)
    cos = compatibility(vectors, "cosine")
    assert cos[0, 2] == pytest.approx(1.0) and cos[0, 3] == pytest.approx(0.0)
    assert np.all(cos[1] == 0) and np.all(cos[:, 1] == 0)  # zero vector: defined as 0
    with pytest.raises(ValueError, match="dot, cosine"):
        compatibility(vectors, "euclid")


def test_explained_energy_edges():
    assert explained_energy([3.0, 4.0], 0) == 0.0
    assert explained_energy([3.0, 4.0], 1) == pytest.approx(9 / 25)
    assert explained_energy([3.0, 4.0], 5) == 1.0
    assert explained_energy([0.0, 0.0], 1) == 1.0


def test_apply_topic_projection():
    session = load_preset("movies_svd").replace(projection=False, w_q=None, w_k=None, w_v=None)
    projected = apply_topic_projection(session, 2)
    assert projected.projection and projected.d_k == 2 and projected.d_v == 5
    np.testing.assert_allclose(projected.w_q, topic_projection(session.inputs, 2))
    assert np.array_equal(projected.w_q, projected.w_k)
    assert loads_session(dumps_session(projected)) == projected
    both = apply_topic_projection(session, 3, project_values=True)
    assert both.d_k == 3 and both.d_v == 3 and np.array_equal(both.w_v, both.w_q)
    assert compute(both).context.shape == (7, 3)
    # A general score gets an m × m W_a.
    general = apply_topic_projection(session.replace(score_kind="general"), 2)
    assert general.w_a.shape == (2, 2)
    compute(general)


def test_apply_topic_projection_in_seq2seq(seq2seq_session):
    projected = apply_topic_projection(seq2seq_session, 2)
    assert compute(projected).queries.shape == (1, 2)
    odd = Session(
        inputs=[[1, 0, 0]],
        mode="seq2seq",
        decoder=[[1, 0]],
        projection=True,
        w_q=[[1, 0, 0], [0, 1, 0]],
        w_k=np.eye(3),
        w_v=np.eye(3),
    )
    with pytest.raises(ValueError, match="same dimension"):
        apply_topic_projection(odd, 2)


def test_five_to_two_preset_computes_2d_queries_and_keys():
    session = load_preset("five_to_two")
    assert session.mode == "self" and session.projection
    assert session.d == 5 and session.d_k == 2 and session.d_v == 2
    assert 4 <= session.n <= 5
    result = compute(session)
    assert result.queries.shape == (session.n, 2)
    assert result.keys.shape == (session.n, 2)
    assert result.values.shape == (session.n, 2)
    np.testing.assert_array_equal(result.queries, session.inputs @ session.w_q)
    # Distinct, non-zero points, and weights that are neither uniform nor one-hot.
    assert len({tuple(q) for q in result.queries.tolist()}) == session.n
    assert len({tuple(k) for k in result.keys.tolist()}) == session.n
    assert np.all(result.weights.max(axis=1) < 0.7)
    assert np.all(result.weights.max(axis=1) - result.weights.min(axis=1) > 0.2)


@pytest.mark.parametrize("name", ["movies_svd", "five_to_two"])
def test_new_presets_round_trip_and_are_canonical(name):
    from qkv_gui.core.presets import resources_dir

    session = load_preset(name)
    meta = dict(session.meta)
    assert meta.get("title") and meta.get("description")
    text = (resources_dir() / "presets" / f"{name}.json").read_text(encoding="utf-8")
    assert dumps_session(session) == text
    assert loads_session(text) == session


def test_uses_topic_space_for_any_m_up_to_d():
    movies = load_preset("movies_svd")
    assert uses_topic_space(movies.replace(projection=False)) is None
    for m in range(1, movies.d + 1):
        assert uses_topic_space(apply_topic_projection(movies, m)) == m


def test_uses_topic_space_at_m_equal_d_agrees_with_the_lesson():
    """The SVD panel and the lesson share one rule for "in use", at every m up to d; at
    m = d nothing is dropped, so the new users are strangers again and the lesson is not done."""
    from qkv_gui.core.lessons import apply_lesson, lesson

    session = apply_lesson("svd_topics")
    full = apply_topic_projection(session, session.d)
    assert full.w_q.shape == (session.d, session.d)
    assert uses_topic_space(full) == session.d
    result = compute(full)
    assert abs(float(result.queries[0] @ result.queries[1])) < 1e-12  # V is orthogonal
    assert not lesson("svd_topics").is_done(full, result)
    two = apply_topic_projection(session, 2)
    assert uses_topic_space(two) == 2 and lesson("svd_topics").is_done(two, compute(two))


def test_uses_topic_space_needs_both_matrices_close():
    movies = load_preset("movies_svd")
    session = apply_topic_projection(movies, 2)
    nudged = session.w_k.copy()
    nudged[0, 0] += 1e-6
    assert uses_topic_space(session.replace(w_k=nudged)) is None
    nudged[0, 0] = session.w_k[0, 0] + 1e-12  # rounding, not an edit
    assert uses_topic_space(session.replace(w_k=nudged)) == 2
    # Stale: the inputs changed, so V_2 changed too.
    assert uses_topic_space(session.replace(inputs=session.inputs * [1, 1, 1, 2, 1])) is None


def test_one_decomposition_serves_every_question_about_the_same_inputs():
    from qkv_gui.core.svd import topic_space

    session = load_preset("movies_svd")
    space = topic_space(session.inputs)
    assert topic_space(session.inputs) is space  # the session's frozen array: reused
    # An edited session has a new inputs array: decomposed again, and right.
    edited = session.with_cell("inputs", 0, 0, 4.0)
    again = topic_space(edited.inputs)
    assert again is not space
    np.testing.assert_allclose(again.u * again.s @ again.vt[: len(again.s)], edited.inputs, atol=1e-12)
    np.testing.assert_allclose(again.s, np.linalg.svd(edited.inputs, compute_uv=False), rtol=1e-12)
    # V_m's columns are orthonormal, also beyond the rank.
    v = again.projection(edited.d)
    np.testing.assert_allclose(v.T @ v, np.eye(edited.d), atol=1e-12)
    # A plain list is decomposed each time, never mistaken for a cached array.
    assert topic_space(edited.inputs.tolist()) is not again


def test_wider_inputs_get_a_complete_orthonormal_basis():
    from qkv_gui.core.svd import topic_space

    inputs = np.array([[1.0, 2.0, 0.0, 1.0], [0.0, 1.0, 3.0, 0.0]])  # n = 2 < d = 4
    space = topic_space(inputs)
    assert space.u.shape == (2, 2) and space.s.shape == (2,) and space.vt.shape == (4, 4)
    np.testing.assert_allclose(space.vt @ space.vt.T, np.eye(4), atol=1e-12)
    np.testing.assert_allclose(space.u * space.s @ space.vt[:2], inputs, atol=1e-12)
    # Beyond the rank the directions see nothing of the inputs.
    np.testing.assert_allclose(inputs @ space.projection(4)[:, 2:], 0.0, atol=1e-12)


def test_compared_vectors_put_the_new_decoder_states_first():
    from qkv_gui.core.svd import compared_vectors

    session = load_preset("movies_new_users")
    compared = compared_vectors(session)
    assert compared.labels == ("s1", "s2", "Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus")
    assert compared.new == compared.rows == 2
    np.testing.assert_array_equal(compared.vectors, np.vstack([session.decoder, session.inputs]))
    movies = load_preset("movies_svd")
    plain = compared_vectors(movies)
    assert plain.new == 0 and plain.rows == 7 and plain.labels == movies.labels


def test_new_pair_is_the_lectures_query_before_and_after():
    from qkv_gui.core.svd import cosine, new_pair

    session = load_preset("movies_new_users")
    _, _, vt = np.linalg.svd(session.inputs)
    for m in range(1, 6):
        pair = new_pair(session, m)
        assert (pair.first, pair.second) == ("s1", "s2")
        assert pair.raw_dot == 0.0 and pair.raw_cosine == 0.0
        a, b = session.decoder @ vt[:m].T
        expected = float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))
        assert pair.topic_cosine == pytest.approx(expected, abs=1e-12)
    assert new_pair(session, 2).topic_cosine > 0.95
    assert new_pair(load_preset("movies_svd"), 2) is None
    assert cosine([1, 0], [0, 0]) == 0.0 and cosine([1, 1], [2, 2]) == pytest.approx(1.0)


def test_score_cost_counts_the_multiplications_of_the_score_table():
    from qkv_gui.core.svd import score_cost

    five = load_preset("five_to_two")
    assert score_cost(five, 2) == (5 * 5 * 2, 5 * 5 * 5)
    strangers = load_preset("movies_new_users")  # 2 queries × 7 keys
    assert score_cost(strangers, 2) == (2 * 7 * 2, 2 * 7 * 5)
