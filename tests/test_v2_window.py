"""A version-2 session (several heads, positions, padding) in the one-head window:
the status bar says head 1 is shown, what it cannot change is refused with a
sentence, and every view follows the new file."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from qkv_gui.core.compute import compute, shown_values
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import save_session
from qkv_gui.main_window import HEATMAP_NAMES
from qkv_gui.model import AttentionModel
from qkv_gui.workbench import SharedActions


def three_heads(positional: str = "none") -> Session:
    rng = np.random.default_rng(1)
    return Session(inputs=rng.normal(size=(3, 4)), labels=("a", "b", "c"), projection=True,
                   heads=3, w_q=rng.normal(size=(4, 6)), w_k=rng.normal(size=(4, 6)),
                   w_v=rng.normal(size=(4, 6)), w_o=rng.normal(size=(6, 4)),
                   score_kind="scaled_dot", positional=positional, padding=(False, False, True))


def assert_views_show(window, session):
    expected = compute(session)
    for name in HEATMAP_NAMES:
        np.testing.assert_allclose(window.heatmaps[name].displayed_matrix(), shown_values(expected, name),
                                   rtol=1e-6, atol=1e-6, err_msg=name)


def test_opening_a_v2_file_after_a_v1_one_refreshes_the_views_and_names_head_1(
        make_window, self_session, tmp_path):
    window = make_window(self_session)
    v1, v2 = tmp_path / "one.json", tmp_path / "three.json"
    save_session(self_session, v1)
    session = three_heads("sinusoidal")
    save_session(session, v2)
    assert window.open_file(str(v1), ask=False)
    assert window.open_file(str(v2), ask=False)
    assert window.model.session == session
    # The queries are (x + p)·W_Q of head 1, not x·W_Q.
    assert_views_show(window, session)
    seen = session.inputs + compute(session).positional
    np.testing.assert_allclose(window.heatmaps["queries"].displayed_matrix(), seen @ session.w_q[:, :2])
    message = window.statusBar().currentMessage()
    assert "Head 1 of 3 shown in detail" in message
    assert window.heads_status.text() == "Head 1 of 3 shown in detail"
    window.model.select_head(2)
    assert window.heads_status.text() == "Head 3 of 3 shown in detail"
    # Back to one head: no such sentence.
    assert window.open_file(str(v1), ask=False)
    assert "heads" not in window.statusBar().currentMessage()
    assert window.heads_status.isHidden()
    assert_views_show(window, self_session)


@pytest.mark.parametrize("editor, delta", [("w_k", 1), ("w_k", -1), ("w_v", 1)])
def test_d_k_and_d_v_buttons_act_on_every_head(make_window, editor, delta):
    session = three_heads()
    window = make_window(session)
    action = window.editors[editor].dim_plus_action if delta > 0 else window.editors[editor].dim_minus_action
    action.trigger()
    name = "d_k" if editor == "w_k" else "d_v"
    after = window.model.session
    assert getattr(after, name) == getattr(session, name) + delta and after.heads == 3
    assert window.model.undo_stack.count() == 1
    assert_views_show(window, after)


def test_projection_toggle_refuses_with_several_heads_and_the_check_stays(qtbot):
    model = AttentionModel(three_heads())
    actions = SharedActions(model)
    messages = []
    model.message.connect(messages.append)
    actions.projection.trigger()
    assert model.session.projection and actions.projection.isChecked()
    assert model.undo_stack.count() == 0
    assert messages == [QCoreApplication.translate(
        "edits", "This session has {heads} heads, and several heads need the projections: "
        "they stay on").format(heads=3)]


def test_the_refusals_are_translated(qtbot, turkish):
    model = AttentionModel(three_heads())
    actions = SharedActions(model)
    messages = []
    model.message.connect(messages.append)
    actions.projection.trigger()
    assert messages and "3" in messages[0] and "heads" not in messages[0]


def test_a_change_names_positions_padding_w_o_and_heads(qtbot):
    session = three_heads()
    model = AttentionModel(session)
    model.apply(session.replace(padding=(True, False, False)), "padding")
    change = model.last_change
    assert "padding" in change.fields and change.layout and "weights" in change.matrices
    model.apply(model.session.replace(positional="sinusoidal"), "positions")
    change = model.last_change
    assert change.layout and change.touches("positional", "positioned_inputs")
    assert {"positional", "positioned_inputs", "concat", "output"} <= change.stages
    model.apply(model.session.replace(w_o=np.ones((6, 2))), "W_O")
    change = model.last_change
    assert change.shapes and change.stages == {"output"} and change.touches("w_o")
    model.apply(model.session.replace(heads=2, w_o=None, w_q=model.session.w_q[:, :4],
                                      w_k=model.session.w_k[:, :4], w_v=model.session.w_v[:, :4]),
                "heads")
    assert model.last_change.shapes and model.last_change.layout
