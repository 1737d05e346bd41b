"""The Train panel with several heads: a target per head, one curve per head in its colour."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core import training
from qkv_gui.core.compute import compute
from qkv_gui.core.head_edits import set_heads, set_padding, set_positional
from qkv_gui.core.presets import load_preset
from qkv_gui.plotting.colors import head_color


@pytest.fixture
def two_heads():
    return set_heads(load_preset("default"), 2)


def open_panel(qtbot, make_window, session):
    win = make_window(session, show=False)
    win.dock("train").raise_()
    win.show()
    qtbot.waitExposed(win)
    return win, win.panel("train")


def test_one_target_box_per_head_replaces_the_one_target_row(qtbot, make_window, two_heads):
    win, panel = open_panel(qtbot, make_window, two_heads)
    assert len(panel.head_choices.boxes) == 2 and panel.head_choices.isVisible()
    assert not panel.target_combo.isVisible()
    assert panel.target_kinds == ("previous", "same_topic")
    # The label of each head is drawn in the head's colour.
    assert head_color(1).name() in panel.head_choices.labels[1].styleSheet()
    # A third head gets a third box; back to one head, the one row again.
    win.model.apply(set_heads(win.model.session, 3), "heads")
    assert panel.target_kinds == ("previous", "same_topic", "self")
    win.model.apply(set_heads(win.model.session, 1), "heads")
    assert panel.target_combo.isVisible() and not panel.head_choices.isVisible()
    assert panel.target_kinds == panel.target_combo.currentData()


def test_a_step_trains_each_head_towards_its_own_target(qtbot, make_window, two_heads):
    win, panel = open_panel(qtbot, make_window, two_heads)
    panel.set_target_kinds(("self", "previous"))
    targets = [training.target_self(two_heads), training.target_previous(two_heads)]
    before = training.head_losses_and_grads(two_heads, targets)[0]
    assert panel.step_once()
    curves = panel.state.head_curves()
    np.testing.assert_allclose(curves[:, 0], before, rtol=1e-12)
    assert np.all(curves[:, 1] < curves[:, 0])
    # One curve per head, in its colour, holding that head's losses; the total as well.
    assert len(panel.curves.head_curves) == 2
    for head, curve in enumerate(panel.curves.head_curves):
        _x, y = curve.getOriginalDataset()
        np.testing.assert_allclose(y, curves[head], rtol=1e-12)
        assert curve.opts["pen"].color().name() == head_color(head).name()
    _x, total = panel.loss_curve.getOriginalDataset()
    np.testing.assert_allclose(total, curves.sum(axis=0), rtol=1e-12)
    assert compute(win.model.session).heads[0].weights.shape == (5, 5)


def test_the_target_shown_is_the_selected_heads(qtbot, make_window, two_heads):
    win, panel = open_panel(qtbot, make_window, two_heads)
    panel.set_target_kinds(("self", "previous"))
    win.model.select_head(1)
    qtbot.waitUntil(lambda: panel.target_kind == "previous")
    shown = panel.target_view.text_item.values
    np.testing.assert_array_equal(shown, training.target_previous(two_heads))
    win.model.select_head(0)
    qtbot.waitUntil(lambda: np.array_equal(panel.target_view.text_item.values, np.eye(5)))


def test_positions_and_padding_train(qtbot, make_window, two_heads):
    session = set_padding(set_positional(two_heads, "sinusoidal"), 4, True)
    win, panel = open_panel(qtbot, make_window, session)
    assert panel.step_once(), panel.message_label.text()
    target = panel.run.target
    assert not np.any(target[:, :, 4])  # no weight on the padded key
    assert win.model.session.positional == "sinusoidal" and win.model.session.padding[4]
