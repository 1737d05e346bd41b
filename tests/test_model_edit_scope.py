"""The model's edit scope: while set, every way of changing the session obeys it."""

from __future__ import annotations

from qkv_gui.core.challenges import Editable, Scope
from qkv_gui.core.edits import with_values
from qkv_gui.model import AttentionModel

ONLY_W_K = "only W_K may change"


def only_w_k(before, after):
    return None if Scope((Editable("w_k"),)).allows(before, after) else ONLY_W_K


def test_apply_outside_the_scope_is_refused_with_the_reason(qtbot, self_session):
    model = AttentionModel(self_session)
    model.set_edit_scope(only_w_k)
    with qtbot.waitSignal(model.message) as said, qtbot.waitSignal(model.editRefused):
        assert not model.apply(with_values(self_session, "w_q", {(0, 0): 9.0}), "edit")
    assert said.args == [ONLY_W_K]
    assert model.session is self_session and model.undo_stack.count() == 0
    assert model.validate(with_values(self_session, "w_q", {(0, 0): 9.0})) == ONLY_W_K


def test_apply_and_preview_inside_the_scope_go_through(qtbot, self_session):
    model = AttentionModel(self_session)
    model.set_edit_scope(only_w_k)
    assert model.apply(with_values(self_session, "w_k", {(0, 0): 4.0}), "edit")
    assert model.session.w_k[0, 0] == 4.0
    model.begin_gesture()
    assert model.preview(with_values(model.session, "w_k", {(1, 1): 3.0}))
    assert not model.preview(with_values(model.session, "inputs", {(1, 1): 3.0}))
    model.end_gesture("drag")
    assert model.session.w_k[1, 1] == 3.0 and model.session.inputs[1, 1] == self_session.inputs[1, 1]
    assert model.undo_stack.count() == 2


def test_undo_of_an_edit_made_before_the_scope_is_refused(qtbot, self_session):
    model = AttentionModel(self_session)
    model.apply(with_values(self_session, "inputs", {(0, 0): 5.0}), "edit inputs")
    model.set_edit_scope(only_w_k)
    with qtbot.waitSignal(model.message) as said:
        model.undo_stack.undo()
    assert said.args == [ONLY_W_K]
    assert model.session.inputs[0, 0] == 5.0
    # The forbidden step is gone from the history: nothing is left to undo or redo.
    assert model.undo_stack.count() == 0
    model.undo_stack.redo()
    assert model.session.inputs[0, 0] == 5.0


def test_lifting_the_scope_or_loading_a_session_frees_every_edit(qtbot, self_session):
    model = AttentionModel(self_session)
    with qtbot.waitSignal(model.editScopeChanged):
        model.set_edit_scope(only_w_k)
    model.set_edit_scope(None)
    assert model.apply(with_values(self_session, "w_q", {(0, 0): 9.0}), "edit")
    model.set_edit_scope(only_w_k)
    with qtbot.waitSignal(model.editScopeChanged):
        model.load(self_session)
    assert model.edit_scope is None
    assert model.apply(with_values(self_session, "inputs", {(0, 0): 9.0}), "edit")
