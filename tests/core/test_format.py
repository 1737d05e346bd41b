"""Numbers as the learner types and scrubs them: parsing and rounding."""

import pytest

from qkv_gui.core.format import fmt, parse_number, step_decimals


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
