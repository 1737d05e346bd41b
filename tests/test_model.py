"""AttentionModel: one recompute path, undo steps, gestures, selection and hover."""

import numpy as np

from qkv_gui.core.compute import compute
from qkv_gui.model import AttentionModel


def test_apply_recomputes_and_undo_restores_exactly(qtbot, self_session):
    model = AttentionModel(self_session)
    edited = self_session.with_cell("inputs", 0, 0, 2.5)
    with qtbot.waitSignal(model.changed):
        assert model.apply(edited, "edit")
    assert model.session == edited
    np.testing.assert_array_equal(model.result.queries, compute(edited).queries)
    assert model.dirty
    model.undo_stack.undo()
    assert model.session == self_session and not model.dirty
    model.undo_stack.redo()
    assert model.session == edited


def test_invalid_session_is_refused_with_message(qtbot, self_session):
    model = AttentionModel(self_session)
    bad = self_session.replace(w_k=np.ones((3, 3)))
    with qtbot.waitSignal(model.message) as blocker:
        assert not model.apply(bad, "bad")
    assert "w_k has 3 rows but the inputs have 4 columns" in blocker.args[0]
    assert model.session == self_session and model.undo_stack.count() == 0


def test_gesture_is_one_undo_step(qtbot, self_session):
    model = AttentionModel(self_session)
    model.begin_gesture()
    for step in range(1, 20):
        assert model.preview(self_session.with_cell("w_q", 0, 0, 1 + step / 10))
    model.end_gesture("drag")
    assert model.undo_stack.count() == 1
    assert model.session.w_q[0, 0] == 2.9
    model.undo_stack.undo()
    assert model.session == self_session


def test_cancelled_gesture_restores(qtbot, self_session):
    model = AttentionModel(self_session)
    model.begin_gesture()
    model.preview(self_session.with_cell("inputs", 1, 1, 9.0))
    model.cancel_gesture()
    assert model.session == self_session and model.undo_stack.count() == 0


def test_selection_and_hover(qtbot, self_session):
    model = AttentionModel(self_session)
    with qtbot.waitSignal(model.selectionChanged):
        model.select_query(2)
    assert model.selected_query == 2
    model.select_query(99)  # clamped to the last query
    assert model.selected_query == 2
    with qtbot.waitSignal(model.hoverChanged):
        model.set_hover(("scores", 0, 1))
    assert model.hovered_key == 1
    model.set_hover(("values", 2, 0))
    assert model.hovered_key == 2
    model.set_hover(("context", 0, 0))
    assert model.hovered_key is None


def test_selection_clamped_when_queries_shrink(qtbot, self_session):
    from qkv_gui.core.edits import remove_input

    model = AttentionModel(self_session)
    model.select_query(2)
    model.set_hover(("weights", 2, 2))
    model.apply(remove_input(self_session, 2), "remove")
    assert model.selected_query == 1 and model.hover is None


def test_load_gives_fresh_clean_history(qtbot, self_session, seq2seq_session):
    model = AttentionModel(self_session)
    model.apply(self_session.with_cell("inputs", 0, 0, 3.0), "edit")
    with qtbot.waitSignal(model.fileChanged):
        model.load(seq2seq_session, path="/tmp/x.json")
    assert model.session == seq2seq_session and not model.dirty
    assert model.undo_stack.count() == 0 and model.path == "/tmp/x.json"


def test_clamped_selection_is_announced_after_changed(qtbot, self_session):
    from qkv_gui.core.edits import remove_input

    model = AttentionModel(self_session)
    model.select_query(2)
    model.set_hover(("scores", 2, 2))
    order = []
    model.changed.connect(lambda: order.append(("changed", model.session.n)))
    model.selectionChanged.connect(lambda: order.append(("selection", model.selected_query)))
    model.hoverChanged.connect(lambda: order.append(("hover", model.hover)))
    model.apply(remove_input(self_session, 2), "remove")
    assert order == [("changed", 2), ("selection", 1), ("hover", None)]


def test_change_names_the_edited_field_and_the_matrices_it_moved(qtbot, self_session):
    model = AttentionModel(self_session.replace(projection=True))
    with qtbot.waitSignal(model.changed) as blocker:
        model.apply(model.session.with_cell("w_v", 0, 0, 7.0), "edit W_V")
    change = blocker.args[0]
    assert change is model.last_change
    assert change.fields == {"w_v"}
    # W_V feeds the values and the context only: scores and weights stay.
    assert change.matrices == {"values", "context"}
    assert not change.shapes and not change.loaded and not change.layout
    assert change.touches("w_v") and change.touches("context") and not change.touches("scores")


def test_change_on_undo_and_shape_and_setting_edits(qtbot, self_session):
    model = AttentionModel(self_session)
    model.apply(self_session.replace(causal=True), "mask")
    assert model.last_change.fields == {"causal"} and model.last_change.layout
    with qtbot.waitSignal(model.changed) as blocker:
        model.undo_stack.undo()
    assert blocker.args[0].fields == {"causal"}
    wider = self_session.replace(inputs=np.hstack([self_session.inputs, np.ones((self_session.n, 1))]),
                                 projection=False, w_q=None, w_k=None, w_v=None)
    assert model.apply(wider, "d+1")
    assert model.last_change.shapes and "inputs" in model.last_change.fields


def test_load_is_a_change_of_everything_that_differs(qtbot, self_session):
    model = AttentionModel(self_session)
    with qtbot.waitSignal(model.changed) as blocker:
        model.load(self_session)
    change = blocker.args[0]
    assert change.loaded and change.layout and change.fields == frozenset()


def test_try_compute_reuses_the_current_result_and_explains_a_refusal(qtbot, self_session):
    model = AttentionModel(self_session)
    result, problem = model.try_compute(self_session.replace())  # equal, not the same object
    assert result is model.result and problem is None
    other, problem = model.try_compute(self_session.replace(projection=False))
    assert problem is None and other is not model.result
    np.testing.assert_array_equal(other.queries, self_session.inputs)
    bad, problem = model.try_compute(self_session.replace(w_k=np.ones((3, 3))))
    assert bad is None and "w_k has 3 rows but the inputs have 4 columns" in problem
