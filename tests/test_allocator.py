"""The allocator keeps freed blocks: an edit's 2 MB arrays come without fresh pages."""

import platform
import resource

import numpy as np
import pytest

from qkv_gui.allocator import keep_freed_memory


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="mallopt is glibc's")
def test_arrays_of_an_edit_reuse_freed_memory():
    assert keep_freed_memory()

    def edit():
        scores = np.ones((512, 512))  # 2 MB, as the scores are at n = 512
        weights = scores * 2.0
        return float(weights[0, 0])

    edit()  # the first edit may need new pages
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(50):
        edit()
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    # Fresh pages each time would be 50 × 2 × 512 faults; reused memory, next to none.
    assert faults < 512
