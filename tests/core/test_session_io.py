"""Session files: every malformed case names its problem; save → load is exact."""

from __future__ import annotations

import copy
import json
import math
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qkv_gui.core import atomic
from qkv_gui.core.cell_values import MAX_ABS_VALUE
from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.result_json import dumps_result, result_to_dict
from qkv_gui.core.session import MODES, SCORE_KINDS, Session
from qkv_gui.core.session_io import (
    MESSAGES,
    SessionError,
    dumps_json,
    dumps_session,
    format_number,
    load_session,
    loads_session,
    save_session,
    session_from_dict,
    session_to_dict,
)

# -- two valid files the malformed cases are made from --------------------------

SELF: dict[str, Any] = {
    "format": "qkv-gui-session",
    "version": 1,
    "mode": "self",
    "labels": ["x1", "x2", "x3"],
    "inputs": [[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]],
    "projection": {
        "enabled": True,
        "w_q": [[1, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 1]],
        "w_k": [[0, 0, 1], [1, 1, 0], [0, 1, 0], [1, 1, 0]],
        "w_v": [[0, 2, 0], [0, 3, 0], [1, 0, 3], [1, 1, 0]],
    },
    "score": {"kind": "dot", "temperature": 1.0},
}
SEQ2SEQ: dict[str, Any] = {
    "format": "qkv-gui-session",
    "version": 1,
    "mode": "seq2seq",
    "inputs": [[0, 1, 1], [5, 0, 1], [1, 1, 0], [0, 5, 1]],
    "decoder": [[10, 5, 10]],
    "score": {"kind": "dot"},
}


def edited(base: dict[str, Any], change: Callable[[dict[str, Any]], object]) -> bytes:
    data = copy.deepcopy(base)
    change(data)
    return json.dumps(data).encode()


def set_(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that sets data[a][b]... for path "a.b..." (ints index lists)."""
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]

    def change(data: dict[str, Any]) -> None:
        for key in parents:
            data = data[key]
        data[last] = value

    return change


def drop(path: str) -> Callable[[dict[str, Any]], None]:
    *parents, last = path.split(".")

    def change(data: dict[str, Any]) -> None:
        for key in parents:
            data = data[key]
        del data[last]

    return change


# (id, file bytes, msg_id, the sentence str(SessionError) must be)
MALFORMED: list[tuple[str, bytes, str, str]] = [
    ("unknown_top", edited(SELF, set_("foo", 1)), "unknown_key",
     'unknown key "foo" in the session file'),
    ("unknown_projection", edited(SELF, set_("projection.bias", [1])), "unknown_key",
     'unknown key "bias" in projection'),
    ("unknown_score", edited(SELF, set_("score.scale", 2)), "unknown_key",
     'unknown key "scale" in score'),
    ("w_k_rows", edited(SELF, set_("projection.w_k", [[0, 0, 1], [1, 1, 0], [0, 1, 0]])),
     "dimension_mismatch", "w_k has 3 rows but the inputs have 4 columns"),
    ("w_q_w_k_columns", edited(SELF, set_("projection.w_q", [[1, 0], [1, 0], [0, 0], [0, 1]])),
     "dimension_mismatch",
     "w_q has 2 columns but w_k has 3; queries and keys need the same dimension"),
    ("decoder_columns", edited(SEQ2SEQ, set_("decoder", [[1, 2]])), "dimension_mismatch",
     "decoder has 2 columns but the inputs have 3; "
     "without a projection queries and keys need the same dimension"),
    ("general_w_a", edited(SELF, set_("score", {"kind": "general", "w_a": [[1, 0], [0, 1]]})),
     "dimension_mismatch", "w_a must be 3 × 3 for the general score, got 2 × 2"),
    ("override_shape", edited(SEQ2SEQ, set_("weights_override", [[0.5, 0.5]])),
     "dimension_mismatch", "weights_override is 1 × 2 but must be 1 × 4 (queries × inputs)"),
    ("nan", edited(SELF, set_("inputs.1.2", math.nan)), "not_finite",
     "inputs[2][3] is not a finite number"),
    ("infinity", edited(SELF, set_("projection.w_q.0.0", -math.inf)), "not_finite",
     "projection.w_q[1][1] is not a finite number"),
    ("overflow", json.dumps(SELF).replace("[[1, 0, 1, 0]", "[[1e999, 0, 1, 0]").encode(),
     "not_finite", "inputs[1][1] is not a finite number"),
    ("huge_int", json.dumps(SELF).replace("[[1, 0, 1, 0]", "[[" + "9" * 400 + ", 0, 1, 0]").encode(),
     "not_finite", "inputs[1][1] is not a finite number"),
    ("ragged", edited(SELF, set_("inputs.1", [0, 2, 0])), "wrong_shape",
     "inputs row 2 has 3 numbers but row 1 has 4"),
    ("bool_in_matrix", edited(SELF, set_("inputs.0.0", True)), "not_number",
     "inputs[1][1] must be a number, not true"),
    ("string_in_matrix", edited(SELF, set_("projection.w_v.1.2", "x")), "not_number",
     'projection.w_v[2][3] must be a number, not "x"'),
    ("null_in_matrix", edited(SEQ2SEQ, set_("decoder.0.1", None)), "not_number",
     "decoder[1][2] must be a number, not null"),
    ("not_a_matrix", edited(SELF, set_("inputs", [1, 2, 3])), "not_matrix",
     "inputs must be a list of rows, each a list of numbers, not [1, 2, 3]"),
    ("v_a_nested", edited(SELF, set_("score", {"kind": "additive", "v_a": [[1]]})), "not_number",
     "score.v_a[1] must be a number, not [1]"),
    ("empty_inputs", edited(SELF, set_("inputs", [])), "empty", "inputs is empty"),
    ("empty_row", edited(SELF, set_("inputs", [[]])), "empty", "inputs is empty"),
    ("missing_inputs", edited(SELF, drop("inputs")), "missing_key",
     "inputs is missing from the session file"),
    ("missing_decoder", edited(SEQ2SEQ, drop("decoder")), "missing_key",
     "decoder is missing from the session file"),
    ("missing_version", edited(SELF, drop("version")), "missing_key",
     "version is missing from the session file"),
    ("projection_incomplete", edited(SELF, drop("projection.w_v")), "projection_incomplete",
     "projection.w_v is required when the projection is enabled"),
    ("temperature_zero", edited(SELF, set_("score.temperature", 0)), "temperature",
     "score.temperature must be greater than 0, got 0"),
    ("temperature_negative", edited(SELF, set_("score.temperature", -0.5)), "temperature",
     "score.temperature must be greater than 0, got -0.5"),
    ("temperature_string", edited(SELF, set_("score.temperature", "hot")), "not_number",
     'score.temperature must be a number, not "hot"'),
    ("override_negative", edited(SEQ2SEQ, set_("weights_override", [[-0.5, 0.5, 0.5, 0.5]])),
     "override_negative", "weights_override row 1 has a negative weight, -0.5"),
    ("override_sum", edited(SEQ2SEQ, set_("weights_override", [[0.1, 0.2, 0.3, 0.3]])),
     "override_sum", "weights_override row 1 sums to 0.9, not 1"),
    ("decoder_in_self", edited(SELF, set_("decoder", [[1, 2, 3, 4]])), "not_allowed",
     "decoder is only allowed in seq2seq mode"),
    ("causal_in_seq2seq", edited(SEQ2SEQ, set_("causal", True)), "not_allowed",
     "causal is only allowed in self mode"),
    ("causal_not_bool", edited(SELF, set_("causal", 1)), "bad_type",
     "causal must be true or false, not 1"),
    ("enabled_not_bool", edited(SELF, set_("projection.enabled", "yes")), "bad_type",
     'projection.enabled must be true or false, not "yes"'),
    ("title_not_string", edited(SELF, set_("title", 3)), "bad_type", "title must be a string, not 3"),
    ("score_not_object", edited(SELF, set_("score", "dot")), "bad_type",
     'score must be an object, not "dot"'),
    ("labels_not_strings", edited(SELF, set_("labels", [1, 2, 3])), "bad_type",
     "labels must be a list of strings, not [1, 2, 3]"),
    ("labels_count", edited(SELF, set_("labels", ["a", "b"])), "labels_count",
     "labels has 2 names but inputs has 3 rows"),
    ("bad_mode", edited(SELF, set_("mode", "cross")), "bad_mode",
     'mode must be one of self, seq2seq, not "cross"'),
    ("bad_kind", edited(SELF, set_("score.kind", "bilinear")), "bad_kind",
     'score.kind must be one of dot, scaled_dot, cosine, general, additive, not "bilinear"'),
    ("newer_version", edited(SELF, set_("version", 3)), "newer_version",
     "the file was written by a newer qkv-gui (session version 3); this program reads versions 1 and 2"),
    ("bad_version", edited(SELF, set_("version", 0)), "session_version",
     "version 0 is not supported; this program reads session files of version 1 or 2"),
    ("number_too_big", edited(SELF, set_("inputs", [[1, 0, 1, 2e6]] * 3)), "too_big_number",
     "inputs[1][4] is 2000000, beyond the ±1000000 a number in a session may have"),
    ("negative_too_big", edited(SELF, set_("score.temperature", -1.5e300)), "too_big_number",
     "score.temperature is -1.5e+300, beyond the ±1000000 a number in a session may have"),
    ("v2_key_in_v1", edited(SELF, set_("padding", [False, False, False])), "unknown_key",
     'unknown key "padding" in the session file'),
    ("v2_projection_key_in_v1", edited(SELF, set_("projection.heads", 1)), "unknown_key",
     'unknown key "heads" in projection'),
    ("wrong_format", edited(SELF, set_("format", "qkv-gui-result")), "bad_format",
     'the file is not a qkv-gui session: it must hold a JSON object with "format": "qkv-gui-session"'),
    ("top_level_list", b"[1, 2]", "bad_format",
     'the file is not a qkv-gui session: it must hold a JSON object with "format": "qkv-gui-session"'),
    ("bad_json", b'{"format": "qkv-gui-session",\n  "version": 1,,}', "bad_json",
     "the file is not valid JSON: Expecting property name enclosed in double quotes "
     "at line 2, column 16"),
    ("empty_file", b"", "empty_file", "the file is empty"),
    ("blank_file", b"\xef\xbb\xbf \n\t\n", "empty_file", "the file is empty"),
    ("duplicate_key", b'{"format": "qkv-gui-session", "version": 1, "version": 1}', "duplicate_key",
     'the key "version" appears twice in the same object'),
    ("not_utf8", b'{"format": "qkv-gui-session",\n "title": "caf\xe9"}', "not_utf8",
     "the file is not valid UTF-8 text: bad byte at line 2, column 15"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "msg_id", "sentence"),
    [pytest.param(*case[1:], id=case[0]) for case in MALFORMED],
)
def test_malformed_file_names_the_problem(
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


def test_session_error_is_a_value_error() -> None:
    assert issubclass(SessionError, ValueError)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert info.value.msg_id == "io"
    assert str(info.value) == f"cannot read {path}: No such file or directory"


# -- what a valid file means -------------------------------------------------------


def test_self_attention_file_loads_to_the_session() -> None:
    session = session_from_dict(copy.deepcopy(SELF))
    assert session.mode == "self"
    assert session.labels == ("x1", "x2", "x3")
    assert session.projection is True
    assert session.score_kind == "dot"
    assert session.w_k.tolist() == SELF["projection"]["w_k"]
    assert session.meta == ()


def test_defaults_for_missing_optional_keys() -> None:
    session = loads_session('{"format": "qkv-gui-session", "version": 1, "inputs": [[1, 2]]}')
    assert session.mode == "self"
    assert session.score_kind == "scaled_dot"
    assert session.temperature == 1.0
    assert session.projection is False
    assert session.causal is False
    assert session.labels == ("x1",)
    assert session.weights_override is None
    assert session.w_q is None and session.w_a is None


def test_null_means_absent() -> None:
    data = copy.deepcopy(SEQ2SEQ) | {"weights_override": None, "projection": None, "labels": None}
    assert session_from_dict(data) == session_from_dict(copy.deepcopy(SEQ2SEQ))


def test_title_and_description_become_meta() -> None:
    data = copy.deepcopy(SELF) | {"description": "Why.", "title": "Hello"}
    session = session_from_dict(data)
    assert session.meta == (("title", "Hello"), ("description", "Why."))
    assert session.title == "Hello"


def test_disabled_projection_keeps_its_matrices() -> None:
    data = copy.deepcopy(SELF)
    data["projection"]["enabled"] = False
    session = session_from_dict(data)
    assert session.projection is False
    assert session.w_q.tolist() == SELF["projection"]["w_q"]
    assert session.d_k == 4  # raw vectors are used while it is off
    assert loads_session(dumps_session(session)) == session


@pytest.mark.parametrize("kind", ["general", "additive"])
def test_missing_w_a_gets_the_default(kind: str) -> None:
    data = copy.deepcopy(SELF)
    data["score"] = {"kind": kind}
    session = session_from_dict(data)
    assert session.w_a is not None and session.w_a.shape[0] == (3 if kind == "general" else 6)
    if kind == "additive":
        assert session.v_a.tolist() == [1.0, 1.0, 1.0]
    compute(session)  # the defaults fit
    text = dumps_session(session)
    assert '"w_a"' in text
    assert loads_session(text) == session


def test_w_a_is_kept_for_kinds_that_do_not_use_it() -> None:
    data = copy.deepcopy(SELF)
    data["score"] = {"kind": "dot", "w_a": [[2]], "v_a": [3]}
    session = session_from_dict(data)
    assert session.w_a.tolist() == [[2.0]]
    assert session_to_dict(session)["score"] == {
        "kind": "dot",
        "temperature": 1.0,
        "w_a": [[2.0]],
        "v_a": [3.0],
    }


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SEQ2SEQ).encode())
    assert load_session(path).mode == "seq2seq"


def test_seq2seq_without_causal_key_and_with_false() -> None:
    assert session_from_dict(copy.deepcopy(SEQ2SEQ) | {"causal": False}).causal is False


# -- writing -------------------------------------------------------------------


def test_dumps_layout_one_row_per_line_and_no_trailing_zero() -> None:
    text = dumps_session(session_from_dict(copy.deepcopy(SELF)))
    assert '  "inputs": [\n    [1, 0, 1, 0],\n    [0, 2, 0, 2],\n    [1, 1, 1, 1]\n  ],' in text
    assert '"score": {"kind": "dot", "temperature": 1}' in text
    assert ".0" not in text
    assert text.endswith("}\n")
    json.loads(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [(2.0, "2"), (-3.0, "-3"), (0.0, "0"), (-0.0, "-0.0"), (0.1, "0.1"), (1e300, "1e+300"),
     (2.0**53, "9007199254740992.0"), (5e-324, "5e-324"), (1 / 3, "0.3333333333333333")],
)  # fmt: skip
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text
    parsed = float(json.loads(text))
    assert parsed == value and math.copysign(1, parsed) == math.copysign(1, value)


def test_dumps_refuses_a_session_that_would_not_load() -> None:
    session = session_from_dict(copy.deepcopy(SELF)).replace(labels=("a", "b"))
    with pytest.raises(SessionError) as info:
        dumps_session(session)
    assert info.value.msg_id == "labels_count"


def test_strings_stay_readable_and_valid() -> None:
    session = Session(inputs=[[1.0]], labels=('çay\n"x"',), meta=(("title", "\ud800"),))
    text = dumps_session(session)
    assert '"çay\\n\\"x\\""' in text
    text.encode("utf-8")  # the lone surrogate was escaped
    assert loads_session(text) == session


def test_result_to_dict_masks_are_null() -> None:
    session = Session(inputs=[[1, 0], [0, 1]], score_kind="dot", causal=True)
    data = result_to_dict(compute(session))
    assert data["format"] == "qkv-gui-result" and data["version"] == 2
    assert data["scores"] == [[1.0, None], [0.0, 1.0]]
    assert data["weights"][0] == [1.0, 0.0]
    # One head: the version-1 keys stay at the top level, and the one head repeats them.
    assert list(data) == ["format", "version", *RESULT_MATRICES, "heads", "concat", "output",
                          "positional"]
    assert data["heads"] == [{name: data[name] for name in RESULT_MATRICES}]
    assert data["concat"] == data["output"] == data["context"]
    assert data["positional"] == [[0.0, 0.0], [0.0, 0.0]]
    assert all(isinstance(x, float) for row in data["context"] for x in row)
    assert json.loads(dumps_json(data)) == data


# -- round trip ------------------------------------------------------------------

finite = st.floats(-MAX_ABS_VALUE, MAX_ABS_VALUE, allow_nan=False)  # what a session may hold


def matrices(rows: int, cols: int) -> st.SearchStrategy[list[list[float]]]:
    return st.lists(st.lists(finite, min_size=cols, max_size=cols), min_size=rows, max_size=rows)


@st.composite
def override_rows(draw: st.DrawFn, m: int, n: int, causal: bool = False) -> list[list[float]]:
    rows = []
    for i in range(m):
        parts = draw(st.lists(st.integers(0, 1000), min_size=n, max_size=n))
        if causal:  # no weight where the mask hides the key
            parts = [p if j <= i else 0 for j, p in enumerate(parts)]
        if sum(parts) == 0:
            parts[draw(st.integers(0, min(i, n - 1) if causal else n - 1))] = 1
        rows.append([p / sum(parts) for p in parts])
    return rows


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    """Any session the loader accepts, in both modes, with every optional part."""
    mode = draw(st.sampled_from(MODES))
    n, d = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    projection = draw(st.booleans())
    m, d_query = n, d
    decoder = None
    if mode == "seq2seq":
        m = draw(st.integers(1, 3))
        d_query = draw(st.integers(1, 4)) if projection else d
        decoder = draw(matrices(m, d_query))
    d_k, d_v = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    shapes = {"w_q": (d_query, d_k), "w_k": (d, d_k), "w_v": (d, d_v)}
    weights = {
        name: draw(matrices(*shape)) if projection or draw(st.booleans()) else None
        for name, shape in shapes.items()
    }
    kind = draw(st.sampled_from(SCORE_KINDS))
    used_d_k = d_k if projection else d
    w_a = v_a = None
    if kind == "general":
        w_a = draw(matrices(used_d_k, used_d_k))
    elif kind == "additive":
        hidden = draw(st.integers(1, 3))
        w_a = draw(matrices(2 * used_d_k, hidden))
        v_a = draw(st.lists(finite, min_size=hidden, max_size=hidden))
    elif draw(st.booleans()):  # kept from an earlier kind
        w_a = draw(matrices(2, 2))
    meta = tuple(
        (key, draw(st.text(max_size=20))) for key in ("title", "description") if draw(st.booleans())
    )
    causal = mode == "self" and draw(st.booleans())
    return Session(
        inputs=draw(matrices(n, d)),
        mode=mode,
        labels=tuple(draw(st.lists(st.text(max_size=6), min_size=n, max_size=n))),
        decoder=decoder,
        projection=projection,
        score_kind=kind,
        temperature=draw(st.floats(min_value=0, max_value=MAX_ABS_VALUE, exclude_min=True)),
        w_a=w_a,
        v_a=v_a,
        causal=causal,
        weights_override=draw(st.none() | override_rows(m, n, causal)),
        meta=meta,
        **weights,
    )


def _bits(session: Session) -> dict[str, Any]:
    """Every array as raw bytes, so -0.0 and 0.0 count as different."""
    return {
        name: value.tobytes()
        for name, value in vars(session).items()
        if isinstance(value, np.ndarray)
    }


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_dumps_loads_round_trip_is_exact(session: Session) -> None:
    text = dumps_session(session)
    back = loads_session(text)
    assert back == session
    assert _bits(back) == _bits(session)
    assert session_from_dict(session_to_dict(session)) == session
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in the file"))


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    session = session_from_dict(copy.deepcopy(SELF)).replace(temperature=0.1 + 0.2)
    path = tmp_path / "s.json"
    save_session(session, path)
    assert load_session(path) == session
    assert load_session(path).temperature == 0.1 + 0.2


# -- atomic writes ------------------------------------------------------------------


def _fail(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b"old contents")
    monkeypatch.setattr(os, where, _fail)
    with pytest.raises(SessionError) as info:
        save_session(session_from_dict(copy.deepcopy(SELF)), path)
    assert info.value.msg_id == "io"
    assert str(info.value) == f"cannot write {path}: No space left on device"
    assert path.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["s.json"]


def test_atomic_write_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old")
    path.chmod(0o640)
    atomic.atomic_write_text(path, "new ü")
    assert path.read_text(encoding="utf-8") == "new ü"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_write_new_file_follows_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic.atomic_write_bytes(tmp_path / "new.bin", b"\x00\x01")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.bin").stat().st_mode) == 0o644


def test_atomic_write_goes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    atomic.atomic_write_text(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"


def test_atomic_write_to_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        atomic.atomic_write_text(tmp_path / "no" / "such.txt", "x")


def test_result_with_its_session_carries_every_matrix_and_setting() -> None:
    session = Session(inputs=[[1, 0], [0, 2], [1, 1]], labels=("a", "b", "c"), projection=True,
                      w_q=[[1, 0], [0, 1]], w_k=[[2, 0], [0, 1]], w_v=[[0, 1], [1, 0]],
                      score_kind="general", temperature=2.0, causal=True,
                      w_a=[[1, 0], [0, 3]], weights_override=[[1, 0, 0], [0.5, 0.5, 0], [0, 0, 1]])
    result = compute(session)
    data = result_to_dict(result, session)
    # Every key the result alone has stays, with the same values.
    plain = result_to_dict(result)
    assert {k: data[k] for k in plain} == plain
    assert data["labels"] == ["a", "b", "c"] and data["query_labels"] == ["a", "b", "c"]
    assert data["inputs"] == [[1, 0], [0, 2], [1, 1]]
    assert data["w_k"] == [[2, 0], [0, 1]] and data["projection"] is True
    assert data["score"] == {"kind": "general", "temperature": 2.0, "w_a": [[1, 0], [0, 3]]}
    assert data["causal"] is True
    assert data["mask"] == [[True, False, False], [True, True, False], [True, True, True]]
    assert data["weights_override"][1] == [0.5, 0.5, 0]
    assert json.loads(dumps_result(result, session)) == data


def test_result_of_a_seq2seq_session_names_the_decoder_states() -> None:
    session = Session(inputs=[[1, 0], [0, 1]], mode="seq2seq", decoder=[[1, 1]], score_kind="dot")
    data = result_to_dict(compute(session), session)
    assert data["decoder"] == [[1, 1]] and data["query_labels"] == ["s1"]
    assert data["projection"] is False and "w_q" not in data
    assert data["causal"] is False and data["weights_override"] is None
