"""Central finite differences: the check of every analytic gradient of the training loss,
shared by the tests of one head (test_training.py) and of several (test_training_heads.py)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from qkv_gui.core import training

STEP = 1e-5  # h of (f(x + h) − f(x − h)) / 2h
# Analytic and numeric gradients must agree to this relative error, ‖g − g_fd‖ / ‖g_fd‖.
GRAD_TOLERANCE = 1e-6


def central_differences(f: Callable[[np.ndarray], float], matrix: np.ndarray,
                        step: float = STEP) -> np.ndarray:
    """∂f/∂matrix, cell by cell: (f(M + h·E_ij) − f(M − h·E_ij)) / 2h."""
    matrix = np.asarray(matrix, dtype=np.float64)
    grad = np.zeros_like(matrix)
    for index in np.ndindex(matrix.shape):
        plus, minus = matrix.copy(), matrix.copy()
        plus[index] += step
        minus[index] -= step
        grad[index] = (f(plus) - f(minus)) / (2 * step)
    return grad


def loss_gradient(session, name: str, target, context=None, context_weight: float = 0.0) -> np.ndarray:
    """The gradient of `training.loss` with respect to matrix `name` of `session`, numerically."""
    return central_differences(
        lambda matrix: training.loss(session.with_matrix(name, matrix), target, context, context_weight),
        getattr(session, name))


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    return float(np.linalg.norm(analytic - numeric) / np.linalg.norm(numeric))
