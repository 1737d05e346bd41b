"""Colour levels: nice numbers and lazy tracking of the largest |value|."""

import math

from hypothesis import given
from hypothesis import strategies as st

from qkv_gui.core.levels import bar_ticks, nice_ceil, track_limit


def test_nice_ceil():
    assert [nice_ceil(x) for x in (0.9, 1.0, 1.1, 2.2, 3.0, 17.6, 0.176)] == [
        1.0,
        1.0,
        2.0,
        2.5,
        5.0,
        20.0,
        0.2,
    ]
    assert nice_ceil(3.2) == 5.0
    assert nice_ceil(2.5) == 2.5
    assert nice_ceil(6.0) == 10.0
    assert nice_ceil(1234.0) == 2000.0


def test_nice_ceil_of_nothing_is_one():
    for x in (0.0, -3.0, math.nan, math.inf):
        assert nice_ceil(x) == 1.0


@given(st.floats(1e-9, 1e12))
def test_nice_ceil_is_the_next_nice_number(x):
    nice = nice_ceil(x)
    assert nice >= x * (1 - 1e-12)
    mantissa = nice / 10.0 ** math.floor(math.log10(nice) + 1e-12)
    assert min(abs(mantissa - m) for m in (1.0, 2.0, 2.5, 5.0)) < 1e-9
    # At most twice too big: nice numbers are never more than 2 apart.
    assert nice <= 2 * x * (1 + 1e-9)


@given(
    current=st.one_of(st.none(), st.floats(1e-6, 1e6)),
    largest=st.floats(0.0, 1e6),
)
def test_track_limit_never_clips(current, largest):
    limit = track_limit(current, largest)
    assert limit >= largest
    # Lazy: a value within (L/2, L] keeps L.
    if current is not None and current / 2 <= largest <= current:
        assert limit == current


def test_track_limit_grows_at_once_and_shrinks_lazily():
    assert track_limit(None, 16.0) == 20.0  # 16 × 1.1 = 17.6 → 20
    assert track_limit(20.0, 16.5) == 20.0  # still inside: no jump
    assert track_limit(20.0, 21.0) == 25.0  # outside: grows at once (23.1 → 25)
    assert track_limit(20.0, 10.5) == 20.0  # more than half used: stays
    assert track_limit(20.0, 4.0) == 5.0  # less than half: shrinks (4.4 → 5)
    assert track_limit(None, 0.0) == nice_ceil(1.1e-9)


def test_track_limit_holds_during_a_drag():
    # Dragging a number down: the range does not shrink under the mouse...
    assert track_limit(20.0, 4.0, hold=True) == 20.0
    assert track_limit(20.0, 0.5, hold=True) == 20.0
    # ...but still grows at once (nothing clipped), to a nice number.
    assert track_limit(20.0, 21.0, hold=True) == 50.0  # with room for the drag to go on
    # After the drag it may settle.
    assert track_limit(20.0, 4.0, hold=False) == 5.0


def test_a_drag_moves_the_range_only_a_few_times_on_nice_numbers():
    limit, limits = track_limit(None, 1.8), []
    for step in range(0, 301):  # a Q value dragged from 0 to 30 in steps of 0.1
        limit = track_limit(limit, 1.8 + step * 0.1, hold=True)
        limits.append(limit)
    # Three moves for a value fifteen times as big.
    assert sorted(set(limits)) == [2.0, 5.0, 20.0, 50.0]
    # Monotone: never back and forth.
    assert limits == sorted(limits)


@given(current=st.floats(1e-6, 1e6), largest=st.floats(0.0, 1e6))
def test_held_limit_never_shrinks_and_never_clips(current, largest):
    limit = track_limit(current, largest, hold=True)
    assert limit >= current and limit >= largest


def test_bar_ticks_label_the_ends_and_zero():
    assert bar_ticks(-2.5, 2.5) == (-2.5, 0.0, 2.5)
    assert bar_ticks(0.0, 1.0) == (0.0, 0.5, 1.0)
