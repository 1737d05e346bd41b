"""Built-in presets: all load, compute, round-trip, and the default looks interesting."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core.compute import compute
from qkv_gui.core.presets import DEFAULT_PRESET, list_presets, load_preset, resources_dir
from qkv_gui.core.session_io import SessionError, dumps_session, loads_session

EXPECTED = ["default", "self_attention", "seq2seq", "seq2seq_last_state"]


def test_resources_dir_holds_the_presets() -> None:
    assert (resources_dir() / "presets" / "default.json").is_file()


def test_list_presets_default_first_then_sorted() -> None:
    names = list_presets()
    assert names[0] == DEFAULT_PRESET == "default"
    assert names[1:] == sorted(names[1:])
    assert set(EXPECTED) <= set(names)


@pytest.mark.parametrize("name", EXPECTED)
def test_preset_loads_computes_and_round_trips(name: str) -> None:
    session = load_preset(name)
    meta = dict(session.meta)
    assert meta.get("title") and meta.get("description")
    result = compute(session)
    assert np.allclose(result.weights.sum(axis=1), 1.0)
    assert loads_session(dumps_session(session)) == session


def test_unknown_preset_lists_the_names() -> None:
    with pytest.raises(SessionError) as info:
        load_preset("nope")
    assert info.value.msg_id == "unknown_preset"
    assert str(info.value) == (
        'unknown preset "nope"; the presets are: ' + ", ".join(list_presets())
    )


def test_preset_names_cannot_escape_the_folder() -> None:
    with pytest.raises(SessionError) as info:
        load_preset("../presets/default")
    assert info.value.msg_id == "unknown_preset"


def test_default_preset_shape() -> None:
    session = load_preset(DEFAULT_PRESET)
    assert session.mode == "self"
    assert session.n == 5 and session.d == 4
    assert session.projection and session.d_k == 2 and session.d_v == 2
    assert session.score_kind == "scaled_dot"
    assert all(session.labels)


def test_default_preset_weights_are_neither_uniform_nor_one_hot() -> None:
    weights = compute(load_preset(DEFAULT_PRESET)).weights
    assert np.all(weights.max(axis=1) < 0.7)  # no row is (nearly) one-hot
    assert np.all(weights.max(axis=1) - weights.min(axis=1) > 0.2)  # no row is (nearly) uniform
    assert len(set(weights.argmax(axis=1).tolist())) >= 3  # queries look at different tokens
    assert len({tuple(row) for row in weights.round(6).tolist()}) == 5


def test_self_attention_preset_matches_the_worked_example() -> None:
    session = load_preset("self_attention")
    assert session.labels == ("x1", "x2", "x3")
    assert session.score_kind == "dot" and session.projection
    result = compute(session)
    assert result.keys.tolist() == [[0, 1, 1], [4, 4, 0], [2, 3, 1]]
    assert result.queries.tolist() == [[1, 0, 2], [2, 2, 2], [2, 1, 3]]
    assert result.values.tolist() == [[1, 2, 3], [2, 8, 0], [2, 6, 3]]


def test_last_state_preset_overrides_the_weights() -> None:
    plain, last = load_preset("seq2seq"), load_preset("seq2seq_last_state")
    assert last.replace(weights_override=None, meta=()) == plain.replace(meta=())
    assert compute(last).context.tolist() == [[0.0, 5.0, 1.0]]
