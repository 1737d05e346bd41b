"""Session files of version 2 (heads, W_O, positions, padding, weights per head):
each malformed case refused with one sentence naming the key, save → load exact,
and version-1 files giving the numbers they gave before version 2 existed."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qkv_gui.core.compute import compute
from qkv_gui.core.presets import load_preset
from qkv_gui.core.result_json import result_to_dict
from qkv_gui.core.session_io import (
    MESSAGES,
    SessionError,
    dumps_session,
    load_session,
    loads_session,
    session_from_dict,
    session_to_dict,
)
from tests.core.test_heads import session_of, specs
from tests.core.test_session_io import drop, edited, set_

DATA = Path(__file__).parent / "data" / "version1"

V2: dict[str, Any] = {
    "format": "qkv-gui-session",
    "version": 2,
    "mode": "self",
    "labels": ["a", "b", "c"],
    "inputs": [[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]],
    "positional": {"kind": "none"},
    "projection": {
        "enabled": True,
        "heads": 2,
        "w_q": [[1, 0, 1, 0], [1, 0, 0, 1], [0, 0, 1, 1], [0, 1, 1, 0]],
        "w_k": [[0, 0, 1, 1], [1, 1, 0, 0], [0, 1, 0, 1], [1, 1, 0, 1]],
        "w_v": [[0, 2], [0, 3], [1, 0], [1, 1]],
        "w_o": [[1, 0, 2], [0, 1, -1]],
    },
    "score": {"kind": "scaled_dot", "temperature": 1},
    "causal": False,
    "padding": [False, False, False],
    "weights_override": None,
}
SEQ2SEQ_V2: dict[str, Any] = {
    "format": "qkv-gui-session",
    "version": 2,
    "mode": "seq2seq",
    "inputs": [[0, 1, 1], [5, 0, 1], [1, 1, 0], [0, 5, 1]],
    "decoder": [[10, 5, 10]],
    "score": {"kind": "dot"},
}
ROWS = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]

# (id, file bytes, msg_id, the sentence str(SessionError) must be): one case per rule.
MALFORMED: list[tuple[str, bytes, str, str]] = [
    ("w_q_not_heads_times_d_k",
     edited(V2, lambda d: d["projection"].update(heads=4, w_q=[[1] * 6] * 4, w_k=[[1] * 6] * 4)),
     "dimension_mismatch", "w_q has 6 columns, which is not heads × d_k for 4 heads"),
    ("w_v_not_heads_times_d_v", edited(V2, set_("projection.w_v", [[1, 2, 3]] * 4)),
     "dimension_mismatch", "w_v has 3 columns, which is not heads × d_v for 2 heads"),
    ("fewer_columns_than_heads",
     edited(V2, lambda d: d["projection"].update(heads=8)),
     "dimension_mismatch", "w_q has 4 columns, which is not heads × d_k for 8 heads"),
    ("w_o_rows", edited(V2, set_("projection.w_o", [[1, 0, 2]])), "dimension_mismatch",
     "w_o has 1 rows but the heads' contexts side by side have 2 columns (heads × d_v)"),
    ("w_o_not_a_matrix", edited(V2, set_("projection.w_o", 3)), "not_matrix",
     "projection.w_o must be a list of rows, each a list of numbers, not 3"),
    ("heads_too_many", edited(V2, set_("projection.heads", 9)), "bad_heads",
     "projection.heads must be a whole number from 1 to 8, not 9"),
    ("heads_zero", edited(V2, set_("projection.heads", 0)), "bad_heads",
     "projection.heads must be a whole number from 1 to 8, not 0"),
    ("heads_fraction", edited(V2, set_("projection.heads", 1.5)), "bad_heads",
     "projection.heads must be a whole number from 1 to 8, not 1.5"),
    ("heads_bool", edited(V2, set_("projection.heads", True)), "bad_heads",
     "projection.heads must be a whole number from 1 to 8, not true"),
    ("heads_without_projection", edited(V2, set_("projection.enabled", False)),
     "dimension_mismatch", "2 heads need the projection enabled; without it there is one head"),
    ("heads_with_general_score", edited(V2, set_("score", {"kind": "general", "w_a": [[1]]})),
     "dimension_mismatch",
     "the general score works with one head only; with 2 heads use dot, scaled_dot or cosine"),
    ("unknown_projection_key", edited(V2, set_("projection.bias", [1])), "unknown_key",
     'unknown key "bias" in projection'),
    ("positional_kind", edited(V2, set_("positional.kind", "rotary")), "bad_choice",
     'positional.kind must be one of none, sinusoidal, learned, not "rotary"'),
    ("positional_not_object", edited(V2, set_("positional", "sinusoidal")), "bad_type",
     'positional must be an object, not "sinusoidal"'),
    ("unknown_positional_key", edited(V2, set_("positional.base", 10000)), "unknown_key",
     'unknown key "base" in positional'),
    ("sinusoidal_in_seq2seq", edited(SEQ2SEQ_V2, set_("positional", {"kind": "sinusoidal"})),
     "dimension_mismatch", "sinusoidal positions are only available in self mode"),
    ("learned_without_table", edited(V2, set_("positional", {"kind": "learned"})),
     "dimension_mismatch", "positional.table must be 3 × 4 (one row per input), got missing"),
    ("learned_table_shape",
     edited(V2, set_("positional", {"kind": "learned", "table": [[0, 0, 0, 0]] * 2})),
     "dimension_mismatch", "positional.table must be 3 × 4 (one row per input), got 2 × 4"),
    ("table_not_numbers",
     edited(V2, set_("positional", {"kind": "learned", "table": [[0, "x", 0, 0]] * 3})),
     "not_number", 'positional.table[1][2] must be a number, not "x"'),
    ("padding_not_booleans", edited(V2, set_("padding", [0, 1, 0])), "bad_type",
     "padding must be a list of true or false, not [0, 1, 0]"),
    ("padding_count", edited(V2, set_("padding", [False, True])), "padding_count",
     "padding has 2 entries but inputs has 3 rows"),
    ("override_one_matrix_for_two_heads", edited(V2, set_("weights_override", ROWS)),
     "override_one_matrix",
     "weights_override is one matrix but there are 2 heads: "
     "give a list of 2 entries, each a matrix or null"),
    ("override_count", edited(V2, set_("weights_override", [ROWS, None, ROWS])), "override_count",
     "weights_override has 3 entries but there are 2 heads"),
    ("head_override_sum",
     edited(V2, set_("weights_override", [None, [[0.5, 0.4, 0], [0, 1, 0], [0, 0, 1]]])),
     "head_override_sum", "weights_override[2] row 1 sums to 0.9, not 1"),
    ("head_override_negative",
     edited(V2, set_("weights_override", [None, [[1.5, -0.5, 0], [0, 1, 0], [0, 0, 1]]])),
     "head_override_negative", "weights_override[2] row 1 has a negative weight, -0.5"),
    ("head_override_not_a_number",
     edited(V2, set_("weights_override", [[[1, 0, "x"], [0, 1, 0], [0, 0, 1]], None])),
     "not_number", 'weights_override[1][1][3] must be a number, not "x"'),
    ("head_override_shape", edited(V2, set_("weights_override", [None, [[1, 0, 0]]])),
     "dimension_mismatch",
     "weights_override of head 2 is 1 × 3 but must be 3 × 3 (queries × inputs)"),
    ("head_override_under_causal_mask",
     edited(V2, lambda d: d.update(causal=True, weights_override=[ROWS, [[0, 1, 0]] * 3])),
     "dimension_mismatch",
     "the causal mask hides input 2 from query 1: its weight in head 2 stays 0"),
    ("override_on_padding",
     edited(SEQ2SEQ_V2, lambda d: d.update(padding=[False, True, False, False],
                                           weights_override=[[0, 1, 0, 0]])),
     "dimension_mismatch",
     "input 2 is padding, hidden from every query: the weight of query 1 on it stays 0"),
    ("head_override_on_padding",
     edited(V2, lambda d: d.update(padding=[False, False, True],
                                   weights_override=[None, [[0, 0, 1]] * 3])),
     "dimension_mismatch",
     "input 3 is padding, hidden from every query: the weight of query 1 on it in head 2 stays 0"),
    ("version_3", edited(V2, set_("version", 3)), "newer_version",
     "the file was written by a newer qkv-gui (session version 3); this program reads versions 1 and 2"),
    ("missing_inputs", edited(V2, drop("inputs")), "missing_key",
     "inputs is missing from the session file"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "msg_id", "sentence"),
    [pytest.param(*case[1:], id=case[0]) for case in MALFORMED],
)
def test_malformed_version_2_file_names_the_problem(
    tmp_path: Path, content: bytes, msg_id: str, sentence: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert info.value.msg_id == msg_id
    assert str(info.value) == sentence
    assert MESSAGES[msg_id].format(**info.value.params) == sentence
    assert "\n" not in sentence


def test_the_base_files_are_valid() -> None:
    session = session_from_dict(copy.deepcopy(V2))
    assert session.heads == 2 and session.d_k == 2 and session.d_v == 1 and session.d_o == 3
    assert session.padding == (False, False, False) and session.positional == "none"
    assert compute(session).output.shape == (3, 3)
    assert session_from_dict(copy.deepcopy(SEQ2SEQ_V2)).heads == 1


def test_version_2_defaults() -> None:
    session = loads_session('{"format": "qkv-gui-session", "version": 2, "inputs": [[1, 2]]}')
    assert session.heads == 1 and session.w_o is None and session.positional == "none"
    assert session.padding is None and session.head_overrides == ()
    assert session == loads_session('{"format": "qkv-gui-session", "version": 1, "inputs": [[1, 2]]}')


def test_weights_per_head_and_a_query_left_no_key() -> None:
    data = copy.deepcopy(V2) | {"causal": True, "padding": [True, False, False],
                                "weights_override": [None, [[0, 0, 0], [0, 1, 0], [0, 0.5, 0.5]]]}
    session = session_from_dict(data)  # row 1 may be all 0: the masks leave query 1 no key
    result = compute(session)
    assert result.empty_queries == (0,)
    assert not result.heads[0].overridden and result.heads[1].overridden
    assert result.heads[1].weights[2].tolist() == [0, 0.5, 0.5]
    assert result.heads[0].weights[0].tolist() == [0, 0, 0]


# -- writing ---------------------------------------------------------------------------


def test_a_session_without_version_2_parts_is_written_as_version_1() -> None:
    session = load_preset("default")
    data = session_to_dict(session)
    assert data["version"] == 1
    assert not {"positional", "padding"} & set(data) and "heads" not in data["projection"]
    for change in ({"heads": 2, "w_q": np.tile(session.w_q, 2), "w_k": np.tile(session.w_k, 2),
                    "w_v": np.tile(session.w_v, 2)},
                   {"w_o": np.eye(session.d_v)}, {"positional": "sinusoidal"},
                   {"padding": (False,) * session.n}):  # fmt: skip
        assert session_to_dict(session.replace(**change))["version"] == 2


def test_version_2_layout() -> None:
    session = session_from_dict(copy.deepcopy(V2)).with_head_override(1, np.eye(3))
    text = dumps_session(session.replace(positional="learned", positional_table=np.zeros((3, 4))))
    data = json.loads(text)
    assert list(data) == ["format", "version", "mode", "labels", "inputs", "positional",
                          "projection", "score", "causal", "padding", "weights_override"]
    assert data["projection"]["heads"] == 2 and data["projection"]["w_o"][1] == [0, 1, -1]
    assert data["positional"] == {"kind": "learned", "table": [[0, 0, 0, 0]] * 3}
    assert data["weights_override"] == [None, ROWS]


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(specs(), st.booleans())
def test_version_2_round_trip_is_exact(spec: dict[str, Any], keep_table: bool) -> None:
    session = session_of(spec)
    if keep_table and spec["positional"] != "learned":  # a table kept while another kind is on
        session = session.replace(positional_table=np.ones((session.n, session.d)))
    back = loads_session(dumps_session(session))
    assert back == session
    for name in ("output", "concat", "positional"):
        np.testing.assert_array_equal(compute(back).matrix(name), compute(session).matrix(name))


# -- version 1 keeps its numbers ------------------------------------------------------


EXPECTED = json.loads((DATA / "results_by_version_1.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_version_1_files_give_the_numbers_they_gave_before(name: str) -> None:
    """Files written by the program before version 2 (commit 9d91113), and the presets of
    that commit (preset_*.json: the lessons have changed some presets since), against the
    result export that program made of them (tests/core/data/version1)."""
    if name.startswith("preset:"):
        session = load_session(DATA / f"preset_{name.removeprefix('preset:')}.json")
    else:
        session = load_session(DATA / f"{name}.json")
        assert json.loads((DATA / f"{name}.json").read_text())["version"] == 1
        assert dumps_session(session) == (DATA / f"{name}.json").read_text(encoding="utf-8")
    data = result_to_dict(compute(session), session)
    for key, value in EXPECTED[name].items():
        if key != "version":
            assert data[key] == value, key


# -- the result export, version 2 ------------------------------------------------------


def test_result_export_of_several_heads() -> None:
    session = session_from_dict(copy.deepcopy(V2) | {"padding": [False, True, False],
                                                     "positional": {"kind": "sinusoidal"}})
    result = compute(session)
    data = result_to_dict(result, session)
    assert data["version"] == 2
    assert "queries" not in data and "context" not in data  # the top-level keys are one head's
    assert [list(head) for head in data["heads"]] == [
        ["queries", "keys", "values", "scores", "weights", "context"]] * 2
    assert data["heads"][1]["weights"] == result.heads[1].weights.tolist()
    assert data["heads"][0]["scores"][0][1] is None  # padding: masked, as null
    assert data["concat"] == result.concat.tolist() and data["output"] == result.output.tolist()
    assert len(data["output"][0]) == 3
    assert data["positional"] == result.positional.tolist() and data["positional"][0] == [0, 1, 0, 1]
    assert data["w_o"] == [[1, 0, 2], [0, 1, -1]] and data["positional_kind"] == "sinusoidal"
    assert data["padding"] == [False, True, False]
    assert data["mask"] == [[True, False, True]] * 3
    assert data["weights_overrides"] == [None, None]
    json.dumps(data, allow_nan=False)


def test_result_export_of_one_head_keeps_the_version_1_keys() -> None:
    session = load_preset("default")
    data = result_to_dict(compute(session), session)
    assert data["heads"] == [{key: data[key] for key in
                              ("queries", "keys", "values", "scores", "weights", "context")}]
    assert data["concat"] == data["output"] == data["context"]
    assert data["w_o"] is None and data["positional_kind"] == "none"
    assert data["positional"] == [[0] * session.d] * session.n
    assert data["padding"] == [False] * session.n and "weights_overrides" not in data


def test_one_head_may_give_its_weights_as_a_list_of_one() -> None:
    data = copy.deepcopy(V2) | {"weights_override": [ROWS]}
    data["projection"] = {"heads": 1, "w_q": [[1, 0]] * 4, "w_k": [[0, 1]] * 4, "w_v": [[1]] * 4}
    session = session_from_dict(data)
    assert session.weights_override.tolist() == ROWS and session.head_overrides == ()
    assert session_to_dict(session)["weights_override"] == ROWS  # written as one matrix


def test_w_o_and_the_learned_table_are_edited_like_every_matrix() -> None:
    session = session_from_dict(copy.deepcopy(V2))
    edited = session.with_cell("w_o", 1, 2, 5.0).replace(
        positional="learned", positional_table=np.zeros((3, 4))).with_cell(
        "positional_table", 0, 0, 1.0)  # fmt: skip
    assert edited.matrix("w_o")[1, 2] == 5.0 and session.w_o[1, 2] == -1
    assert edited.inputs is session.inputs and not edited.w_o.flags.writeable
    result = compute(edited)
    assert result.positioned_inputs[0].tolist() == [2, 0, 1, 0]
    np.testing.assert_allclose(result.output, result.concat @ edited.w_o, rtol=1e-15)
