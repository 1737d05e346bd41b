"""The language's decimal separator: "0,5" on screen and in exports for reading in
Turkish, "0.5" in English; typing reads both; files for programs always "0.5"."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qkv_gui.core.compute import ComputeError, compute
from qkv_gui.core.explain import explain
from qkv_gui.core.export_data import (
    cells_from_text,
    csv_files,
    matrix_as_latex,
    matrix_as_markdown,
    matrix_as_tsv,
    split_table_text,
)
from qkv_gui.core.format import (
    decimal_separator,
    exact,
    fixed,
    fmt,
    list_separator,
    parse_number,
    set_decimal_separator,
)
from qkv_gui.core.presets import load_preset
from qkv_gui.core.result_json import dumps_result
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import dumps_session


@pytest.fixture
def comma():
    set_decimal_separator(",")
    yield
    set_decimal_separator(".")


def test_english_numbers_have_a_point():
    assert decimal_separator() == "."
    assert (fmt(0.5), fixed(0.5, 3), exact(0.5)) == ("0.5", "0.500", "0.5")
    assert list_separator() == ", "


def test_turkish_numbers_have_a_comma_and_keep_the_real_minus(comma):
    assert (fmt(0.5), fixed(0.5, 3), exact(0.5)) == ("0,5", "0,500", "0,5")
    assert (fixed(-1.25, 2), exact(-1.25)) == ("\u22121,25", "\u22121,25")
    assert exact(2.6e-24) == "2,6×10⁻²⁴"
    assert fmt(1e-7) == "1e-07" and fmt(123456.7) == "1,23e+05"
    # Integers have no separator to change.
    assert (fmt(3), fixed(3, 0), exact(-3)) == ("3", "3", "\u22123")
    # A list's numbers are kept apart by a semicolon, not by the decimal comma.
    assert list_separator() == "; "
    # A caller that needs a point says so.
    assert (fmt(0.5, decimal="."), fixed(0.5, 1, decimal="."), exact(0.5, decimal=".")) == (
        "0.5", "0.5", "0.5",
    )  # fmt: skip


def test_only_a_point_or_a_comma():
    with pytest.raises(ValueError):
        set_decimal_separator(" ")
    assert decimal_separator() == "."


@pytest.mark.parametrize("separator", [".", ","])
def test_typing_reads_both_separators_in_every_language(separator):
    set_decimal_separator(separator)
    try:
        assert parse_number("0,5") == parse_number("0.5") == 0.5
        assert parse_number("\u22121,25") == parse_number("-1.25") == -1.25
        assert parse_number("1,234.5") is None  # refused, not guessed
    finally:
        set_decimal_separator(".")


def test_pasted_commas_are_decimals_never_columns():
    assert split_table_text("0,5 1,5\n2 \u22120,25") == [["0,5", "1,5"], ["2", "\u22120,25"]]
    assert cells_from_text("0,5;1.5\n2;\u22120,25", 0, 0, (2, 2)) == (
        {(0, 0): 0.5, (0, 1): 1.5, (1, 0): 2.0, (1, 1): -0.25}, None,
    )  # fmt: skip
    assert cells_from_text("0,5\t1,5", 0, 0, (1, 2)) == ({(0, 0): 0.5, (0, 1): 1.5}, None)
    # A comma-separated row is not a table of numbers: refused as a whole.
    assert cells_from_text("1,2,3", 0, 0, (1, 3)) == ({}, "1,2,3")


def test_files_for_programs_keep_the_point_in_turkish():
    session = load_preset("default")
    result = compute(session)
    english = (csv_files(session, result), dumps_result(result, session), dumps_session(session),
               matrix_as_tsv(result.weights))
    set_decimal_separator(",")
    try:
        turkish = (csv_files(session, result), dumps_result(result, session), dumps_session(session),
                   matrix_as_tsv(result.weights))
    finally:
        set_decimal_separator(".")
    assert turkish == english
    csv_text, json_text = turkish[0]["weights.csv"], turkish[1]
    assert "0.098" in csv_text and "0,098" not in csv_text
    np.testing.assert_array_equal(np.array(json.loads(json_text)["weights"]), result.weights)


def test_latex_and_markdown_for_reading_use_the_comma(comma):
    latex = matrix_as_latex(np.array([[0.5, -1.0], [1e-5, 1234567.0]]))
    # "{,}": a comma in math mode without the space LaTeX puts after punctuation.
    assert latex == (
        "\\begin{bmatrix}\n0{,}5 & -1 \\\\\n1 \\times 10^{-5} & 1{,}23 \\times 10^{6}\n\\end{bmatrix}"
    )
    markdown = matrix_as_markdown(np.array([[1 / 3, 2.0]]), ["x1"], ["1", "2"])
    assert markdown.splitlines()[2] == "| x1 | 0,333 | 2 |"


def test_latex_in_english_keeps_the_point():
    assert "0.5 & -1" in matrix_as_latex(np.array([[0.5, -1.0]]))


def test_explain_and_core_errors_in_turkish_numbers(comma):
    session = Session(inputs=[[1, 2], [4, 0]], labels=("a", "b"), score_kind="dot",
                      weights_override=[[0.25, 0.75], [0.5, 0.5]])
    text = str(explain(session, compute(session), "context", 0, 0))
    assert "context[a, 1] = Σ_j weight[a, j] × V[j, 1] = (0,25×1 + 0,75×4) = 3,25" in text
    bad = session.replace(weights_override=np.array([[0.25, 0.65], [0.5, 0.5]]))
    with pytest.raises(ComputeError) as error:
        compute(bad)
    assert error.value.params["total"] == "0,9"
