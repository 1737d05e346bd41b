"""The one rule for how big a number may be (core/cell_values.py): session files,
importers and the cells all stop at the same ±1 000 000, and a cell says so naming
the cell as its editor shows it."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from qkv_gui.core import cell_values, importing, session_io
from qkv_gui.core.cell_values import (
    MAX_ABS_VALUE,
    CellValueError,
    allowed,
    cell_error,
    check_cells,
    first_not_allowed,
)
from qkv_gui.core.format import grouped, parse_float, parse_number, set_decimal_separator
from qkv_gui.core.importing import ImportFileError, read_array
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import SessionError, loads_session

G = "\u202f"  # the narrow space between groups of digits
RANGE = f"a cell holds numbers between −1{G}000{G}000 and 1{G}000{G}000"
JUST_BEYOND = math.nextafter(MAX_ABS_VALUE, math.inf)


@pytest.fixture
def comma():
    set_decimal_separator(",")
    yield
    set_decimal_separator(".")


def projected(heads: int = 1) -> Session:
    return Session(
        inputs=[[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]], labels=("the", "cat", "sat"),
        projection=True, heads=heads, score_kind="dot",
        w_q=np.eye(4), w_k=np.eye(4), w_v=np.eye(4),
        w_o=np.eye(4) if heads > 1 else None,
    )  # fmt: skip


# -- one limit -----------------------------------------------------------------


def test_there_is_one_limit():
    assert MAX_ABS_VALUE == 1e6
    assert not hasattr(importing, "MAX_VALUE")
    assert importing.MAX_ABS_VALUE is cell_values.MAX_ABS_VALUE
    assert session_io.MAX_ABS_VALUE is cell_values.MAX_ABS_VALUE


@pytest.mark.parametrize("value, ok", [
    (MAX_ABS_VALUE, True), (-MAX_ABS_VALUE, True), (0.0, True),
    (JUST_BEYOND, False), (-JUST_BEYOND, False),
    (math.inf, False), (-math.inf, False), (math.nan, False),
])  # fmt: skip
def test_files_imports_and_cells_agree_at_the_limit(tmp_path, value, ok):
    assert allowed(value) is ok
    assert (first_not_allowed(np.array([[0.0, value]])) is None) is ok
    # A session file with that number (JSON has no NaN or infinity literal but Python's).
    text = json.dumps({"format": "qkv-gui-session", "version": 1, "inputs": [[0.0, value]]})
    if ok:
        assert loads_session(text).inputs[0, 1] == value
    else:
        with pytest.raises(SessionError):
            loads_session(text)
    path = tmp_path / "m.npy"
    np.save(path, np.array([[0.0, value]]))
    if ok:
        assert read_array(path).values[0, 1] == value
    else:
        with pytest.raises(ImportFileError):
            read_array(path)
    # The model's edit check.
    session = Session(inputs=[[0.0, value]])
    if ok:
        check_cells(session)
    else:
        with pytest.raises(CellValueError):
            check_cells(session)


def test_first_not_allowed_finds_the_first_in_row_order():
    values = np.zeros((3, 4))
    values[2, 0] = np.nan
    values[1, 3] = -2e6
    assert first_not_allowed(values) == (1, 3)
    assert first_not_allowed(np.array([0.0, 5.0, np.inf])) == (2,)
    assert first_not_allowed(values[:1]) is None


# -- the sentence ----------------------------------------------------------------


@pytest.mark.parametrize("name, row, col, value, sentence", [
    ("inputs", 0, 1, 1e7, f"I[the, 2] cannot be 10{G}000{G}000: {RANGE}"),
    ("inputs", 2, 3, -1e7, f"I[sat, 4] cannot be −10{G}000{G}000: {RANGE}"),
    # Just beyond the limit: the decimals say it is beyond.
    ("inputs", 1, 0, 1000000.4, f"I[cat, 1] cannot be 1{G}000{G}000.4: {RANGE}"),
    ("inputs", 1, 0, -1e300, f"I[cat, 1] cannot be −1×10³⁰⁰: {RANGE}"),
    ("w_q", 3, 0, 1234567.0, f"W_Q[4, 1] cannot be 1{G}234{G}567: {RANGE}"),
    ("w_v", 0, 2, math.inf, f"W_V[1, 3] cannot be “inf”: {RANGE}"),
])  # fmt: skip
def test_the_cell_is_named_as_its_editor_shows_it(name, row, col, value, sentence):
    error = cell_error(projected(), name, row, col, value)
    assert str(error) == sentence
    assert error.msg_context == "cell_values" and error.msg_id in cell_values.MESSAGES


def test_what_was_typed_is_quoted_when_it_is_no_finite_number():
    session = projected()
    for text in ("nan", "inf", "-inf", "1e400"):
        value = parse_float(text)
        assert parse_number(text) is None and not allowed(value)
        assert str(cell_error(session, "inputs", 0, 0, value, text)) == f"I[the, 1] cannot be “{text}”: {RANGE}"


def test_the_encoder_states_decoder_and_stage_matrices_by_their_symbols():
    seq2seq = Session(inputs=[[1, 0], [0, 1]], labels=("h1", "h2"), mode="seq2seq",
                      decoder=[[1, 1]], score_kind="dot")
    assert str(cell_error(seq2seq, "inputs", 1, 0, 2e6)).startswith(f"H[h2, 1] cannot be 2{G}000{G}000")
    assert str(cell_error(seq2seq, "decoder", 0, 1, 2e6)).startswith("S[s1, 2] cannot be")
    two = projected(heads=2)
    assert str(cell_error(two, "w_o", 2, 1, 2e6)).startswith("W_O[2:1, 2] cannot be")  # head 2's first column
    learned = projected().replace(positional="learned", positional_table=np.zeros((3, 4)))
    assert str(cell_error(learned, "positional_table", 2, 3, 2e6)).startswith("P[3, 4] cannot be")


def test_the_hand_set_weights_are_named_in_the_readers_words():
    one = projected().replace(weights_override=np.full((3, 3), 1 / 3))
    assert str(cell_error(one, "weights_override", 0, 2, np.nan)) == f"weight[the, sat] cannot be “nan”: {RANGE}"
    words = {"weight": "ağırlık", "head": "kafa"}
    two = projected(heads=2)
    assert str(cell_error(two, "weights_override", 1, 0, 2e6, head=1, words=words)).startswith(
        f"ağırlık (kafa 2)[cat, the] cannot be 2{G}000{G}000")


def test_a_turkish_number_has_a_decimal_comma(comma):
    assert str(cell_error(projected(), "inputs", 0, 0, -1000000.5)) == (
        f"I[the, 1] cannot be −1{G}000{G}000,5: a cell holds numbers between −1{G}000{G}000 and 1{G}000{G}000")
    assert parse_float("1e400") == math.inf and parse_float("2,5e6") == 2.5e6


@pytest.mark.parametrize("value, text", [
    (0.5, "0.5"), (1234, "1234"), (12345, f"12{G}345"), (-1e6, f"−1{G}000{G}000"),
    (-12345.678, f"−12{G}345.7"), (1e300, "1×10³⁰⁰"),
])  # fmt: skip
def test_grouped(value, text):
    assert grouped(value) == text


# -- the check of a whole edit ---------------------------------------------------------


def test_check_cells_names_the_first_bad_cell_of_an_edited_matrix():
    session = projected()
    w_k = np.array(session.w_k)
    w_k[2, 1] = 3e6
    edited = session.with_matrix("w_k", w_k)
    with pytest.raises(CellValueError) as caught:
        check_cells(edited, session)
    assert str(caught.value) == f"W_K[3, 2] cannot be 3{G}000{G}000: {RANGE}"
    check_cells(session, session)  # nothing changed: nothing to say


def test_check_cells_looks_only_at_the_arrays_an_edit_changed():
    # A matrix beyond the limit that an edit did not touch is not looked at again
    # (the model checked it when it came in): a drag stays cheap at n = 512.
    session = projected()
    bad = session.replace(inputs=np.full((3, 4), 5e6))
    check_cells(bad.with_matrix("w_q", np.eye(4) * 2), bad)
    with pytest.raises(CellValueError):
        check_cells(bad)


def test_check_cells_finds_v_a_and_every_heads_weights():
    additive = Session(inputs=[[1, 0], [0, 1]], score_kind="additive", w_a=np.ones((4, 3)), v_a=[1, 1, 1])
    with pytest.raises(CellValueError) as caught:
        check_cells(additive.replace(v_a=[1, 1, -7e6]), additive)
    assert str(caught.value) == f"v_a[1, 3] cannot be −7{G}000{G}000: {RANGE}"
    two = projected(heads=2)
    weights = np.full((3, 3), 1 / 3)
    weights[0, 1] = np.nan
    with pytest.raises(CellValueError) as caught:
        check_cells(two.with_head_override(1, weights), two)
    assert str(caught.value) == f"weight (head 2)[the, cat] cannot be “nan”: {RANGE}"
