"""Change.between compares large results a block at a time: a difference anywhere,
the last number included, is still found."""

from __future__ import annotations

import numpy as np

from qkv_gui.model import _COMPARE_BLOCK, _same_value


def test_a_difference_in_the_last_block_of_a_large_array_is_found():
    a = np.zeros((512, 512))
    assert a.size > 4 * _COMPARE_BLOCK
    b = a.copy()
    assert _same_value(a, b)
    b[-1, -1] = 1e-12
    assert not _same_value(a, b)


def test_masked_numbers_compare_equal_in_large_arrays():
    a = np.full((512, 512), np.nan)
    a[0, 0] = 1.0
    assert _same_value(a, a.copy())
    assert not _same_value(a, np.zeros((512, 512)))
    assert not _same_value(a, np.zeros((4, 4)))
