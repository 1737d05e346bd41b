"""The challenges: each starts unsolved, each is solvable by edits its scope allows,
and the scope refuses everything else."""

from __future__ import annotations

import re

import numpy as np
import pytest

from qkv_gui.core import challenges, edits, svd
from qkv_gui.core.challenges import CHALLENGES, Editable, Scope, challenge
from qkv_gui.core.compute import compute
from qkv_gui.core.edits import with_values
from qkv_gui.core.format import set_decimal_separator
from qkv_gui.core.session import Session


def cells(name: str, values: dict[tuple[int, int], float]):
    """An edit of some cells of matrix `name` (1-based row and column, as the learner sees them)."""
    return lambda s: with_values(s, name, {(r - 1, c - 1): v for (r, c), v in values.items()})


def setting(**changes):
    return lambda s: s.replace(**changes)


def d_k_minus(s: Session) -> Session:
    return edits.set_dimension(s, "d_k", edits.dimension(s, "d_k") - 1)


# A known solution per challenge: a few edits, each one the learner can make in the app.
SOLUTIONS = {
    "classic_context": [cells("decoder", {(1, 2): 20})],
    "split_h1_h3": [cells("decoder", {(1, 1): -3}), cells("decoder", {(1, 2): -5}),
                    cells("decoder", {(1, 3): -3})],
    "sat_cat": [cells("w_k", {(4, 2): 2})],
    "fair_cosine": [lambda s: edits.set_score_kind(s, "cosine")],
    "temperature_band": [setting(temperature=0.5)],
    "causal_equal": [cells("w_q", {(4, 1): 1}), cells("w_q", {(4, 2): 0})],
    "five_to_two": [d_k_minus, d_k_minus, d_k_minus,
                    cells("w_q", {(4, 2): 1}), cells("w_k", {(4, 2): 1})],
    "topic_strangers": [lambda s: svd.apply_topic_projection(s, 2)],
}


# The Turkish token sentences (as in the .ts, context "presets"): the words stand at the
# same positions with other meanings ("sat" is "paspasın"), as in a translated preset.
TURKISH_LABELS = {
    "the cat sat on mat": "küçük kedi paspasın üstüne oturdu",
    "Ann Bob Cat Dan Eve Fay Gus": "Ayşe Barış Cem Deniz Elif Filiz Gül",
    "cat dog wolf bank loan": "kedi köpek kurt banka kredi",
}


def turkish_labels(english: str) -> str:
    return TURKISH_LABELS.get(english, english)


def test_there_are_at_least_eight_challenges_each_with_a_solution():
    assert len(CHALLENGES) >= 8
    assert set(SOLUTIONS) == set(challenges.challenge_ids())


@pytest.mark.parametrize("item", CHALLENGES, ids=lambda c: c.id)
def test_the_goal_is_not_met_at_the_start(item):
    session = item.starting_session()
    assert not item.is_met(session, compute(session))


@pytest.mark.parametrize("translate", [None, turkish_labels], ids=["english", "turkish"])
@pytest.mark.parametrize("item", CHALLENGES, ids=lambda c: c.id)
def test_a_known_solution_within_the_scope_meets_the_goal(item, translate):
    session = item.starting_session(translate)
    assert not item.is_met(session, compute(session))
    steps = SOLUTIONS[item.id]
    assert 1 <= len(steps) <= 5
    for step in steps:
        after = step(session)
        assert item.scope.allows(session, after), f"{item.id}: a step of the solution is outside the scope"
        compute(after)  # every step is a session the app can show
        session = after
    assert item.is_met(session, compute(session))


@pytest.mark.parametrize("item", CHALLENGES, ids=lambda c: c.id)
def test_the_scope_refuses_edits_outside_it(item):
    start = item.starting_session()
    names = item.scope.names()
    if "inputs" not in names:
        assert not item.scope.allows(start, cells("inputs", {(1, 1): 7})(start))
    if "temperature" not in names:
        assert not item.scope.allows(start, start.replace(temperature=2.0))
    if "score_kind" not in names:
        assert not item.scope.allows(start, edits.set_score_kind(start, "dot" if start.score_kind != "dot" else "cosine"))
    if "weights_override" not in names:
        assert not item.scope.allows(start, edits.only_last_input(start))
    assert not item.scope.allows(start, start.replace(labels=("z",) * start.n))
    assert item.scope.allows(start, start)


def test_the_challenges_label_sentences_are_the_ones_translated():
    assert set(challenges.LABEL_MESSAGES.values()) == set(TURKISH_LABELS)


def test_a_turkish_session_has_turkish_tokens_and_the_texts_name_them():
    item = challenge("sat_cat")
    session = item.starting_session(turkish_labels)
    assert session.labels == ("küçük", "kedi", "paspasın", "üstüne", "oturdu")
    assert item.text("title", session) == "Make “paspasın” look at “kedi”"
    assert session.title == "Make “paspasın” look at “kedi”"
    strangers = challenge("topic_strangers").starting_session(turkish_labels)
    assert strangers.labels[0] == "Ayşe" and strangers.labels[7:] == ("Neo", "Ray")
    fair = challenge("fair_cosine")
    assert fair.text("task", fair.starting_session(turkish_labels)).startswith("With the dot product Ayşe puts")
    five = challenge("five_to_two")
    assert "“banka” and “kredi”" in five.text("task", five.starting_session(turkish_labels))


def test_a_translation_that_does_not_fit_keeps_the_english_tokens():
    session = challenge("sat_cat").starting_session(lambda english: "iki sözcük")
    assert session.labels == ("the", "cat", "sat", "on", "mat")


def test_the_texts_write_numbers_with_the_languages_decimal_separator():
    item = challenge("temperature_band")
    session = item.starting_session()
    assert "between 0.70 and 0.80 of its weight" in item.text("task", session)
    set_decimal_separator(",")
    assert "between 0,70 and 0,80 of its weight" in item.text("task", session)
    causal = challenge("causal_equal")
    assert "0,25\u00a0±\u00a00,02" in causal.text("task", causal.starting_session())
    assert "[0; 5; 1]" in challenge("classic_context").text("hint", session)
    assert "[−1; 2]" in challenge("sat_cat").text("hint", session)


def test_a_translated_template_is_filled_and_a_broken_one_falls_back_to_english():
    item = challenge("sat_cat")
    session = item.starting_session(turkish_labels)
    assert item.text("title", session, lambda t: "“{query}” → “{key}”") == "“paspasın” → “kedi”"
    assert item.text("title", session, lambda t: "{nope}") == "Make “paspasın” look at “kedi”"


def test_no_text_names_a_token_or_a_decimal_number_literally():
    for item in CHALLENGES:
        labels = set(item.starting_session().labels) - {"h1", "h2", "h3", "h4", "s1"}
        for part in item.PARTS:
            text = getattr(item, part)
            assert not re.search(r"\d[.,]\d", text), (item.id, part, text)
            quoted = set(re.findall(r"“([^”]*)”", text))
            assert not quoted & labels, (item.id, part, text)
            prose = re.sub(r"\{\w+\}", "", text)  # the placeholders' names aside
            assert not set(re.findall(r"[A-Za-z]+", prose)) & (labels - {"on", "the"}), (item.id, part, text)


def test_the_numbers_the_texts_state():
    sat_cat = challenge("sat_cat").starting_session()
    queries = compute(sat_cat).queries
    assert np.allclose(queries[2], challenge("sat_cat").vectors["query_vector"])  # "the query of sat is [-1, 2]"
    seq2seq = challenge("split_h1_h3")
    start = seq2seq.starting_session()
    for name, row in (("h1", 0), ("h3", 2)):
        assert np.allclose(start.inputs[row], seq2seq.vectors[name])
    assert np.allclose(start.inputs[3], challenge("classic_context").vectors["h4"])
    strangers = challenge("topic_strangers").starting_session()
    scores = compute(strangers).scores
    assert scores[7, 8] == 0.0  # raw, Neo and Ray share nothing
    ratings = challenge("fair_cosine").starting_session()
    assert int(np.argmax(compute(ratings).weights[0])) == 3  # Ann looks at Dan with the dot product
    five = challenge("five_to_two").starting_session()
    assert five.d_k == 5 and np.all(five.inputs[:, 1] == 1)  # feature 2 is the one every word has


def test_shrinking_without_thought_does_not_solve_five_to_two():
    item = challenge("five_to_two")
    session = item.starting_session()
    for _ in range(3):
        session = d_k_minus(session)
    assert session.d_k == 2 and not item.is_met(session, compute(session))


def test_a_one_dimensional_topic_space_is_not_enough_for_the_strangers():
    item = challenge("topic_strangers")
    session = svd.apply_topic_projection(item.starting_session(), 1)
    assert not item.is_met(session, compute(session))  # everyone alike: Neo and Fay too


def test_hand_set_weights_do_not_count_as_the_classic_context():
    item = challenge("classic_context")
    session = edits.only_last_input(item.starting_session())
    assert compute(session).weights[0, -1] == 1.0
    assert not item.is_met(session, compute(session))


def test_a_row_scope_allows_only_its_rows():
    scope = Scope((Editable("w_k", rows=(1,)),))
    start = challenge("sat_cat").starting_session()
    assert scope.allows(start, cells("w_k", {(2, 1): 5})(start))
    assert not scope.allows(start, cells("w_k", {(1, 1): 5})(start))
    assert not scope.allows(start, d_k_minus(start))  # no reshape


def test_reshape_is_allowed_only_when_asked():
    start = challenge("five_to_two").starting_session()
    shrunk = d_k_minus(start)
    assert Scope((Editable("w_q", reshape=True), Editable("w_k", reshape=True))).allows(start, shrunk)
    assert not Scope((Editable("w_q"), Editable("w_k"))).allows(start, shrunk)


def test_unknown_fields_are_refused_at_definition():
    with pytest.raises(ValueError):
        Editable("weights")


def test_solved_text_round_trips_and_drops_unknown_entries():
    solved = {"sat_cat": 1, "five_to_two": 5}
    assert challenges.parse_solved(challenges.format_solved(solved)) == solved
    assert challenges.parse_solved("sat_cat:2 gone:3 fair_cosine:x") == {"sat_cat": 2}


def test_every_text_has_a_message_id():
    for item in CHALLENGES:
        for part in item.PARTS:
            assert challenges.MESSAGES[item.msg_id(part)] == getattr(item, part)
    with pytest.raises(KeyError):
        challenge("nope")


def test_only_the_cosine_treats_the_sci_fi_fans_alike():
    item = challenge("fair_cosine")
    start = item.starting_session()
    for kind in ("dot", "scaled_dot", "cosine", "general", "additive"):
        session = edits.set_score_kind(start, kind)
        assert item.is_met(session, compute(session)) == (kind == "cosine"), kind
