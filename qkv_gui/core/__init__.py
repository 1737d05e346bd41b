"""The Qt-free core: sessions, attention, explanations, files, presets, training.

Nothing in this package may import Qt or pyqtgraph (tests/core/test_no_qt.py).
"""

from .compute import (
    RESULT_MATRICES,
    ComputeError,
    Result,
    compute,
    last_input_override,
    set_override_weight,
    softmax,
)
from .session import MODES, SCORE_KINDS, Session

__all__ = [
    "MODES",
    "RESULT_MATRICES",
    "SCORE_KINDS",
    "ComputeError",
    "Result",
    "Session",
    "compute",
    "last_input_override",
    "set_override_weight",
    "softmax",
]
