"""Keep freed memory for the next edit (glibc's malloc; elsewhere nothing changes).

At n = 512 every edit makes a dozen arrays of 2 MB (scores, weights, their images)
and frees the last edit's. By default glibc hands such blocks back to the system
and takes fresh ones, zeroed page by page: about a hundred page faults and half a
millisecond of system time per edit. Raising the thresholds keeps them in the heap.
"""

from __future__ import annotations

import ctypes

# mallopt's parameters (malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024  # larger blocks (rare: additive scores near the limits) still map
TRIM_THRESHOLD = 128 * 1024 * 1024  # free memory kept at the heap's top before it is returned


def keep_freed_memory() -> bool:
    """Ask malloc to reuse freed blocks up to these sizes; whether it took the advice
    (False where there is no glibc)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # Windows, macOS, musl: their allocators as they are
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
