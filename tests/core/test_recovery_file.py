"""The recovery file (core/recovery_file.py): written and read back exactly, large
matrices packed, and every damaged file one SessionError."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qkv_gui.core.presets import load_preset
from qkv_gui.core.recovery_file import (
    PACKED_ABOVE,
    Recovery,
    load_recovery,
    recovery_text,
    write_recovery,
)
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import SessionError

WRITTEN = datetime(2026, 12, 3, 21, 30, 5, tzinfo=UTC)


def _large() -> Session:
    rng = np.random.default_rng(7)
    inputs = rng.normal(size=(40, 64))
    inputs[0, 0] = -0.0  # packed bit for bit, the sign of zero too
    inputs[0, 1] = 5e-324
    return Session(inputs=inputs, labels=tuple(f"t{i}" for i in range(40)), projection=True,
                   w_q=rng.normal(size=(64, 8)), w_k=rng.normal(size=(64, 8)), w_v=rng.normal(size=(64, 8)),
                   positional="learned", positional_table=rng.normal(size=(40, 64)),
                   weights_override=np.full((40, 40), 1 / 40))


def test_a_small_session_reads_back_and_stays_readable(tmp_path: Path) -> None:
    recovery = Recovery(load_preset("default"), "/home/me/walk.json", True, WRITTEN)
    path = tmp_path / "recovery.json"
    write_recovery(path, recovery)
    assert load_recovery(path) == recovery
    data = json.loads(path.read_text())
    assert data["written"] == "2026-12-03T21:30:05Z" and data["path"] == "/home/me/walk.json"
    assert data["session"]["inputs"][1] == [0, 2, 0, 1]  # plain numbers, not packed


def test_large_matrices_are_packed_and_exact(tmp_path: Path) -> None:
    session = _large()
    path = tmp_path / "recovery.json"
    write_recovery(path, Recovery(session, None, True, WRITTEN))
    data = json.loads(path.read_text())
    assert set(data["session"]["inputs"]) == {"float64", "shape"}
    assert data["session"]["inputs"]["shape"] == [40, 64]
    assert isinstance(data["session"]["projection"]["w_q"], list)  # 512 numbers: readable
    back = load_recovery(path).session
    assert back == session
    assert back.inputs.tobytes() == session.inputs.tobytes()
    assert back.weights_override.tobytes() == session.weights_override.tobytes()


def test_packing_starts_above_the_limit() -> None:
    rng = np.random.default_rng(1)
    at = Session(inputs=rng.normal(size=(1, PACKED_ABOVE)))
    above = Session(inputs=rng.normal(size=(1, PACKED_ABOVE + 1)))
    assert isinstance(json.loads(recovery_text(Recovery(at, None, True, WRITTEN)))["session"]["inputs"], list)
    assert isinstance(json.loads(recovery_text(Recovery(above, None, True, WRITTEN)))["session"]["inputs"], dict)


def _packed_file(tmp_path: Path, packed: dict) -> Path:
    data = json.loads(recovery_text(Recovery(_large(), None, True, WRITTEN)))
    data["session"]["inputs"] = packed
    path = tmp_path / "recovery.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("packed, sentence", [
    ({"float64": "AAAA", "shape": [40, 64]},
     "session.inputs must be a packed matrix of its shape, not [40, 64]"),
    ({"float64": "not base64!", "shape": [1, 1]},
     "session.inputs must be a packed matrix of its shape, not [1, 1]"),
    ({"float64": base64.b64encode(b"\0" * 8).decode(), "shape": [1, True]},
     "session.inputs must be a packed matrix of its shape, not [1, true]"),
    ({"float64": base64.b64encode(np.array([np.nan]).tobytes()).decode(), "shape": [1, 1]},
     "inputs[1][1] is not a finite number"),
    ({"float64": base64.b64encode(np.array([2e6]).tobytes()).decode(), "shape": [1, 1]},
     "inputs[1][1] is 2000000, beyond the ±1000000 a number in a session may have"),
])  # fmt: skip
def test_a_damaged_packed_matrix_is_one_sentence(tmp_path: Path, packed: dict, sentence: str) -> None:
    with pytest.raises(SessionError) as info:
        load_recovery(_packed_file(tmp_path, packed))
    assert str(info.value) == sentence


@pytest.mark.parametrize("change, sentence", [
    ({"format": "qkv-gui-session"},
     'the file is not a qkv-gui session: it must hold a JSON object with "format": "qkv-gui-recovery"'),
    ({"version": 2},
     "the file was written by a newer qkv-gui (session version 2); this program reads versions 1 and 2"),
    ({"written": "yesterday"},
     'written must be a time like 2026-12-03T21:30:05Z, not "yesterday"'),
    ({"dirty": "yes"}, 'dirty must be true or false, not "yes"'),
    ({"path": 3}, "path must be a string, not 3"),
    ({"extra": 1}, 'unknown key "extra" in the recovery file'),
])  # fmt: skip
def test_a_damaged_recovery_file_is_one_sentence(tmp_path: Path, change: dict, sentence: str) -> None:
    data = json.loads(recovery_text(Recovery(load_preset("default"), None, True, WRITTEN)))
    path = tmp_path / "recovery.json"
    path.write_text(json.dumps({**data, **change}))
    with pytest.raises(SessionError) as info:
        load_recovery(path)
    assert str(info.value) == sentence


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(shape=st.lists(st.integers(-2, 70) | st.booleans() | st.none(), max_size=3) | st.integers(),
       data=st.binary(max_size=600).map(lambda b: base64.b64encode(b).decode()) | st.text(max_size=20))
def test_fuzzed_packed_matrices(tmp_path_factory, shape, data) -> None:
    path = _packed_file(tmp_path_factory.mktemp("packed"), {"float64": data, "shape": shape})
    try:
        session = load_recovery(path).session
    except SessionError:
        return
    assert isinstance(session, Session)
