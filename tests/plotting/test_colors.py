"""The one value→colour rule: per cell (`color_index`) and per array (`color_indices`) agree."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from qkv_gui.plotting import colors


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64), max_size=40),
       st.floats(1e-3, 1e3))
def test_color_indices_is_color_index_for_every_value(values, limit):
    values = np.array(values, dtype=np.float64)
    expected = [colors.color_index(v, False, limit) for v in values.tolist()]
    assert colors.color_indices(values, (-limit, limit)).tolist() == expected
    expected = [colors.color_index(v, True, 1.0) for v in values.tolist()]
    assert colors.color_indices(values, (0.0, 1.0)).tolist() == expected


def test_known_indices():
    assert colors.color_index(0.0, False, 2.0) == 128  # the middle of a diverging map
    assert colors.color_index(2.0, False, 2.0) == 255
    assert colors.color_index(-5.0, False, 2.0) == 0  # clipped, never wrapped
    assert colors.color_index(0.5, True, 1.0) == 128
    assert colors.color_index(math.nan, True, 1.0) == colors.MASKED_INDEX
    # Rounded, not truncated: 10 of ±20 is 0.75 of the way, 191.25 → 191.
    assert colors.color_index(10.0, False, 20.0) == 191
    np.testing.assert_array_equal(
        colors.color_indices(np.array([[0.0, np.nan], [20.0, 10.0]]), (-20.0, 20.0)),
        [[128, colors.MASKED_INDEX], [255, 191]],
    )


def test_cell_color_is_the_lookup_table_entry():
    r, g, b = colors.DIVERGING_LUT[191]
    assert colors.cell_color(10.0, "scores", 20.0).getRgb()[:3] == (r, g, b)
    assert colors.cell_color(math.nan, "weights", 1.0) == colors.MASKED_COLOR
