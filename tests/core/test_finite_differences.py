"""The finite-difference helper the gradient tests share, checked on gradients known by hand."""

import numpy as np

from qkv_gui.core import training
from qkv_gui.core.presets import load_preset
from tests.core.finite_differences import central_differences, loss_gradient, relative_error


def test_central_differences_are_exact_on_a_quadratic():
    """f(M) = Σ A∘M + ½ Σ B∘M∘M has ∂f/∂M = A + B∘M; central differences have no error
    on a quadratic, only rounding."""
    a = np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]])
    b = np.array([[2.0, 1.0, 4.0], [0.5, 3.0, 1.0]])
    m = np.array([[0.3, -1.2, 2.0], [1.0, 0.7, -0.4]])
    numeric = central_differences(lambda x: float(np.sum(a * x) + 0.5 * np.sum(b * x * x)), m)
    np.testing.assert_allclose(numeric, a + b * m, rtol=0, atol=1e-9)
    assert relative_error(a + b * m, numeric) < 1e-9


def test_the_loss_gradient_matches_trainings_own_on_the_default_preset():
    session = load_preset("default")
    target = training.target_previous(session)
    numeric = loss_gradient(session, "w_q", target)
    assert numeric.shape == session.w_q.shape
    _loss, grads = training.loss_and_grads(session, target)
    assert relative_error(grads["w_q"], numeric) < 1e-6
