"""Numbers as the learner types and scrubs them: parsing and rounding."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qkv_gui.core.format import (
    decimals_after_edit,
    decimals_for,
    exact,
    fewer_decimals,
    fixed,
    fmt,
    largest_magnitude,
    parse_number,
    step_decimals,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [(" 1,5 ", 1.5), ("−2", -2.0), ("1e-3", 0.001), ("0.25", 0.25), ("-0", 0.0), ("7", 7.0)],
)
def test_parse_number_reads_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "", "  ", "inf", "-inf", "nan", "1,5.2", "1 2"])
def test_parse_number_refuses_what_is_not_a_finite_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("step", "decimals"),
    [(1.0, 0), (0.1, 1), (0.01, 2), (0.005, 3), (0.001, 3), (0.0005, 4), (0.05, 2), (10.0, 0)],
)
def test_step_decimals(step, decimals):
    assert step_decimals(step) == decimals


def test_fmt_and_parse_number_agree():
    for value in (0.5, -1.25, 3.0, 0.001):
        assert parse_number(fmt(value)) == pytest.approx(value)


# -- one rule for the numbers of a plot: fixed decimals per plot ------------------------

M = "\u2212"  # the real minus


@pytest.mark.parametrize(
    ("values", "decimals"),
    [
        ([15.0, 60.0, 15.0, 35.0], 0),  # whole numbers need no decimals
        ([0.5, 1.0, -2.0], 1),  # the fewest that show every value exactly
        ([0.25, 0.5], 2),
        ([0.1 + 0.2, 1.0], 1),  # float noise does not count
        ([1.0, 2.6e-24], 3),  # a tiny value is not exact at any: the most decimals
        ([6.95e-11, 0.25, 0.75], 3),
        ([1.7320508], 3),
        ([12.3456, 1.0], 2),  # about four significant digits for the largest
        ([123.456, 1.0], 1),
        ([1234.56], 0),
        ([float("nan"), 1.5, float("inf")], 1),  # masked and infinite cells do not count
        ([float("nan")], 0),
        ([], 0),
    ],
)
def test_decimals_for_a_plot(values, decimals):
    assert decimals_for(np.array(values)) == decimals


def test_decimals_for_a_matrix_and_a_smaller_cap():
    assert decimals_for(np.array([[0.123456, 1.0], [2.0, 3.0]]), max_decimals=2) == 2


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (1.0, 3, "1.000"),
        (2.6e-24, 3, "0.000"),  # tiny: zeros, never 2.6e-24
        (-1.34e-79, 3, "0.000"),  # and never a minus on a zero
        (-0.0, 0, "0"),
        (-0.0004, 3, "0.000"),
        (-1.5, 1, f"{M}1.5"),
        (-0.004, 2, "0.00"),
        (-0.006, 2, f"{M}0.01"),
        (60.0, 0, "60"),
        (123.456, 1, "123.5"),
        (float("nan"), 3, "–"),
        (float("-inf"), 2, f"{M}∞"),
    ],
)
def test_fixed(value, decimals, text):
    assert fixed(value, decimals) == text


def test_fixed_texts_of_a_plot_have_no_exponent_and_one_length():
    values = np.array([1.0, 6.95e-11, 2.6e-24, 1.34e-79, 0.5])
    decimals = decimals_for(values)
    texts = [fixed(v, decimals) for v in values]
    assert texts == ["1.000", "0.000", "0.000", "0.000", "0.500"]
    assert all("e" not in t for t in texts)


@pytest.mark.parametrize(
    ("value", "digits", "text"),
    [
        (2.6e-24, 6, "2.6×10⁻²⁴"),
        (-1.34e-79, 6, f"{M}1.34×10⁻⁷⁹"),
        (1 / 3, 6, "0.333333"),
        (1 / 3, 4, "0.3333"),
        (-1.5, 6, f"{M}1.5"),
        (60.0, 6, "60"),
        (0.0, 6, "0"),
        (123456.7, 4, "123457"),  # a big number keeps its whole digits
        (0.00012345678, 4, "0.0001235"),
        (1e20, 6, "1×10²⁰"),
        (float("nan"), 6, "–"),
    ],
)
def test_exact(value, digits, text):
    assert exact(value, digits) == text


def test_fewer_decimals_stops_at_one():
    assert list(fewer_decimals(3)) == [3, 2, 1]
    assert list(fewer_decimals(1)) == [1]
    assert list(fewer_decimals(0)) == [0]


def test_parse_number_reads_what_fixed_and_exact_write():
    for value in (-1.5, 0.25, -12.0):
        assert parse_number(fixed(value, 2)) == pytest.approx(value)
        assert parse_number(exact(value)) == pytest.approx(value)


# -- decimals after an edit: only the changed cells are looked at -----------------

def test_largest_magnitude_is_the_largest_absolute_value_or_nan():
    assert largest_magnitude(np.array([[-3.0, 2.0], [0.5, 1.0]])) == 3.0
    assert largest_magnitude(np.array([-1.0, 4.0])) == 4.0
    assert np.isnan(largest_magnitude(np.array([1.0, np.nan, -5.0])))
    assert largest_magnitude(np.array([1.0, -np.inf])) == np.inf


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=30))
def test_largest_magnitude_agrees_with_abs_max(values):
    assert largest_magnitude(np.array(values)) == float(np.max(np.abs(values)))


@given(
    st.lists(st.lists(st.integers(-3000, 3000), min_size=12, max_size=12), min_size=12, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.integers(-300000, 300000),
                       st.sampled_from([1, 10, 100, 1000, 10000])), min_size=1, max_size=3),
    st.sampled_from([1, 10, 100, 1000]),
)
def test_decimals_after_an_edit_are_the_decimals_of_the_edited_matrix(cells, edits, scale):
    previous = np.array(cells, dtype=np.float64) / scale
    edited = previous.copy()
    for row, col, number, divisor in edits:
        edited[row, col] = number / divisor
    assert decimals_after_edit(previous, decimals_for(previous), edited) == decimals_for(edited)


def test_decimals_after_an_edit_drop_when_the_cell_that_needed_them_changes():
    previous = np.full((20, 20), 0.5)
    previous[3, 4] = 0.125  # the one number that needs three decimals
    edited = previous.copy()
    edited[3, 4] = 0.25
    assert decimals_after_edit(previous, 3, edited) == 2
    edited[3, 4] = 12.5  # and a larger magnitude: still 2 (cap 2 for 12.5)
    assert decimals_after_edit(previous, 3, edited) == decimals_for(edited) == 1
    assert decimals_after_edit(previous, 3, previous) == 3  # nothing changed


def test_decimals_after_an_edit_of_another_shape_or_with_nan_start_afresh():
    previous = np.full((4, 4), 0.5)
    assert decimals_after_edit(previous, 1, np.full((4, 5), 0.25)) == 2
    edited = previous.copy()
    edited[0, 0] = np.nan
    assert decimals_after_edit(previous, 1, edited) == decimals_for(edited)
