"""The causal mask and hand-set weights on screen: one rule, said in the status bar."""

from __future__ import annotations

import numpy as np
import pytest

from tests.widgets.test_matrix_editor import drag


@pytest.fixture
def masked(window):
    window.controls.causal.setChecked(True)
    assert window.model.session.causal
    return window


def test_only_the_last_input_under_the_mask_says_so_and_hatches(masked):
    window = masked
    window.controls.last_only.click()
    session, result = window.model.session, window.model.result
    # Each query's last visible input is itself: "the" keeps weight 1 on "the", not on "mat".
    np.testing.assert_array_equal(session.weights_override, np.eye(session.n))
    message = window.statusBar().currentMessage()
    assert "Causal mask on" in message and "last input it may see" in message
    # The weights heatmap hatches the hidden keys, like the scores heatmap.
    for name in ("scores", "weights"):
        shown = window.heatmaps[name].displayed_matrix()
        assert np.isnan(shown[~result.mask]).all(), name
        assert np.isfinite(shown[result.mask]).all(), name


def test_typing_or_dragging_a_hidden_weight_is_refused_with_a_message(masked):
    window = masked
    window.controls.override.setChecked(True)
    editor = window.editors["weights_override"]
    before = window.model.session
    assert not editor.table_model.setData(editor.table_model.index(0, 4), "0.5")
    assert window.model.session == before
    assert "causal mask hides input 5 from query 1" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    drag(editor, 0, 4, 0, -40)
    assert window.model.session.weights_override[0, 4] == 0
    assert "causal mask hides input 5" in window.statusBar().currentMessage()


def test_turning_the_mask_on_moves_hand_set_weights_and_says_so(window):
    window.controls.last_only.click()  # no mask yet: every query on "mat"
    window.controls.causal.setChecked(True)
    session = window.model.session
    assert session.causal
    np.testing.assert_array_equal(session.weights_override, np.eye(session.n))
    assert "hand-set weights on later inputs moved" in window.statusBar().currentMessage()
