"""ControlsPanel: the toolbar shows the session's settings, whoever changed them."""

from __future__ import annotations

import numpy as np

from qkv_gui.core import edits
from qkv_gui.core.compute import compute
from qkv_gui.model import AttentionModel
from qkv_gui.widgets.controls import ControlsPanel, temperature_to_slider
from qkv_gui.workbench import SharedActions


def make_controls(qtbot, model) -> ControlsPanel:
    controls = ControlsPanel(model, SharedActions(model))
    qtbot.addWidget(controls)
    return controls


def test_settings_follow_the_model_and_undo(qtbot, self_session):
    model = AttentionModel(self_session)
    controls = make_controls(qtbot, model)
    assert controls.mode.currentData() == "self"
    model.apply(self_session.replace(temperature=2.5, causal=True), "settings")
    assert controls.temperature.value() == 2.5
    assert controls.temperature_slider.value() == temperature_to_slider(2.5)
    assert controls.causal.isChecked()
    model.apply(edits.set_score_kind(model.session, "dot"), "score")
    assert controls.score_kind.currentData() == "dot"
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert controls.score_kind.currentData() == self_session.score_kind
    assert controls.temperature.value() == 1.0 and not controls.causal.isChecked()


def test_a_number_edit_leaves_the_settings_alone_but_rechecks_the_last_state(
    qtbot, self_session
):
    model = AttentionModel(self_session)
    controls = make_controls(qtbot, model)
    controls.last_only.click()
    result = compute(model.session)
    np.testing.assert_array_equal(result.context, np.repeat(result.values[-1:], 3, axis=0))
    assert "✓" in controls.last_status.text()
    assert controls.override.isChecked() and not controls.temperature.isEnabled()
    # Editing the last input changes its value vector: still the same as the context.
    model.apply(model.session.with_cell("inputs", 2, 0, 7.0), "edit")
    assert "✓" in controls.last_status.text()
    # Leaving the override: the context is a mix again.
    model.apply(model.session.replace(weights_override=None), "softmax")
    assert controls.last_status.text() == "" and controls.temperature.isEnabled()


def test_the_score_menu_writes_each_function_as_the_titles_do(qtbot):
    from qkv_gui.core import matrices
    from qkv_gui.core.presets import load_preset
    from qkv_gui.widgets.geometry import GeometryView

    model = AttentionModel(load_preset("default"))
    controls = ControlsPanel(model, SharedActions(model))
    qtbot.addWidget(controls)
    geometry = GeometryView(model)
    qtbot.addWidget(geometry)
    combo = controls.score_kind
    for kind in matrices.SCORE_KINDS:
        combo.setCurrentIndex(combo.findData(kind))
        assert model.session.score_kind == kind
        pair = matrices.pair_score(kind)
        assert combo.currentText().endswith(pair)
        # The geometry's table: the same formula with the selected query's name.
        header = geometry.dot_table.toPlainText().splitlines()[0]
        assert header == matrices.pair_score(kind, "q_the", "k_·")
