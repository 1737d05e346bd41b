"""The Compare panel: raw vs. projected scores and weights, and attention vs. the last state."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qkv_gui.core import edits
from qkv_gui.core.compute import compute, set_override_weight
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.widgets.compare_panel import ComparePanel
from qkv_gui.workbench import Workbench
from tests.helpers import wait_until_idle


def make_panel(qtbot, model) -> ComparePanel:
    panel = ComparePanel(model, Workbench(model))
    qtbot.addWidget(panel)
    panel.resize(440, 620)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, model):
    return make_panel(qtbot, model)


@pytest.fixture
def seq2seq_model(qtbot, seq2seq_session):
    return AttentionModel(seq2seq_session)


@pytest.fixture
def seq2seq_panel(qtbot, seq2seq_model):
    view = make_panel(qtbot, seq2seq_model)
    view.set_comparison("last_input")
    return view


def shown(plot) -> np.ndarray:
    return np.asarray(plot.displayed_matrix(), dtype=np.float64)


def assert_matches_compute(panel, session):
    off = compute(edits.set_projection(session, False))
    on = compute(edits.set_projection(session, True))
    np.testing.assert_allclose(shown(panel.scores_off), off.scores, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(shown(panel.scores_on), on.scores, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(shown(panel.weights_off), off.weights, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(shown(panel.weights_on), on.weights, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(
        shown(panel.difference), on.weights - off.weights, rtol=1e-6, atol=1e-7
    )
    # Every plot frames exactly its m × n cells.
    m, n = on.weights.shape
    for plot in (panel.scores_off, panel.scores_on, panel.weights_off, panel.weights_on):
        (x0, x1), (y0, y1) = plot.view_box.viewRange()
        assert (x0, x1, y0, y1) == pytest.approx((-0.5, n - 0.5, -0.5, m - 0.5), abs=1e-6)
    return off, on


# -- raw vs. projected -------------------------------------------------------------


def test_raw_and_projected_equal_compute_with_projection_off_and_on(panel, model):
    assert panel.comparison() == "projections"
    off, on = assert_matches_compute(panel, model.session)
    # The projected side is what the window shows (projection on in this session).
    np.testing.assert_array_equal(on.scores, model.result.scores)
    assert not np.allclose(off.scores, on.scores)
    # Raw self-attention scores are symmetric.
    np.testing.assert_allclose(shown(panel.scores_off), shown(panel.scores_off).T)
    # Both score plots share one colour range, so equal colours mean equal scores.
    assert panel.scores_off.levels() == panel.scores_on.levels()
    assert panel.scores_on.levels()[1] >= np.nanmax(np.abs(on.scores))
    assert panel.weights_on.levels() == (0.0, 1.0)
    assert panel.key_axes[0].labels() == model.session.labels
    assert panel.query_axes[0].labels() == model.session.query_labels


def test_plots_follow_model_edits(panel, model):
    model.apply(model.session.with_cell("inputs", 1, 1, -3.0), "edit")
    assert_matches_compute(panel, model.session)
    model.undo_stack.undo()
    assert_matches_compute(panel, model.session)


def test_summary_names_the_biggest_weight_change(panel, model):
    off, on = assert_matches_compute(panel, model.session)
    diff = on.weights - off.weights
    i, j = np.unravel_index(np.argmax(np.abs(diff)), diff.shape)
    text = panel.summary_label.text()
    query, key = model.session.query_labels[i], model.session.labels[j]
    assert f"for {query}, on {key}:" in text
    from qkv_gui.core.format import fmt

    assert f"{fmt(off.weights[i, j])}&nbsp;→&nbsp;{fmt(on.weights[i, j])}" in text
    raw_self = sum(int(np.argmax(off.weights[r])) == r for r in range(3))
    on_self = sum(int(np.argmax(on.weights[r])) == r for r in range(3))
    assert f"{raw_self} of 3 raw, {on_self} of 3 projected" in panel.self_label.text()


def test_session_without_matrices_is_projected_by_the_identity(qtbot, seq2seq_model):
    view = make_panel(qtbot, seq2seq_model)
    assert seq2seq_model.session.w_q is None
    assert_matches_compute(view, seq2seq_model.session)
    np.testing.assert_array_equal(shown(view.scores_on), shown(view.scores_off))
    assert "does not change the weights" in view.summary_label.text()


def test_toggle_switches_the_real_projection_in_one_undo_step(panel, model):
    before = model.session
    assert before.projection
    assert panel.toggle_button.text() == "Show raw"
    assert "●" in panel.on_header.text() and "●" not in panel.off_header.text()
    panel.toggle_button.click()
    assert not model.session.projection
    assert model.undo_stack.count() == 1
    # W_Q, W_K, W_V are kept: switching back restores them.
    np.testing.assert_array_equal(model.session.w_q, before.w_q)
    assert panel.toggle_button.text() == "Show projected"
    assert "●" in panel.off_header.text() and "●" not in panel.on_header.text()
    # The comparison itself does not change: it always shows both sides.
    assert_matches_compute(panel, model.session)
    np.testing.assert_array_equal(
        model.result.scores, compute(before.replace(projection=False)).scores
    )
    model.undo_stack.undo()
    assert model.session == before
    assert panel.toggle_button.text() == "Show raw"
    panel.toggle_button.click()
    panel.toggle_button.click()
    assert model.session == before and model.undo_stack.count() == 2


def test_a_side_that_cannot_be_computed_is_said_not_drawn(qtbot):
    # Decoder states of dimension 2 against 3-D encoder states: fine only projected.
    session = Session(
        inputs=np.eye(3),
        mode="seq2seq",
        decoder=[[1.0, 2.0]],
        projection=True,
        w_q=np.ones((2, 2)),
        w_k=np.ones((3, 2)),
        w_v=np.eye(3),
    )
    model = AttentionModel(session)
    view = make_panel(qtbot, model)
    assert view.scores_off.displayed_matrix() is None
    assert view.difference.displayed_matrix() is None
    np.testing.assert_allclose(shown(view.scores_on), model.result.scores, rtol=1e-6)
    assert "Cannot compute the attention without the projection" in view.summary_label.text()


def test_weights_set_by_hand_are_named_in_the_summary(panel, model):
    model.apply(edits.set_override(model.session, True), "by hand")
    assert_matches_compute(panel, model.session)
    assert "set by hand" in panel.summary_label.text()


# -- seq2seq: attention vs. the last state ----------------------------------------


def test_context_plot_shows_the_attention_context_and_the_last_state(seq2seq_panel, seq2seq_model):
    result = seq2seq_model.result
    rows = shown(seq2seq_panel.context_plot)
    assert rows.shape == (2, 3)
    np.testing.assert_allclose(rows[0], result.context[0], rtol=1e-6)
    np.testing.assert_array_equal(rows[1], result.values[-1])
    assert seq2seq_panel.context_plot.row_labels() == ("c(s1)", "h4 (last)")
    np.testing.assert_allclose(shown(seq2seq_panel.weights_plot), result.weights, rtol=1e-6)
    assert seq2seq_panel.weights_plot.title() == "Weights of s1"


def test_sentence_says_equal_exactly_when_the_contexts_are_equal(seq2seq_panel, seq2seq_model):
    model, view = seq2seq_model, seq2seq_panel
    assert not np.array_equal(model.result.context[0], model.session.inputs[-1])
    assert not view.is_equal()
    assert "Different: attention mixes the encoder states" in view.sentence_label.text()

    view.last_only_button.click()
    assert model.session.weights_override.tolist() == [[0.0, 0.0, 0.0, 1.0]]
    assert np.array_equal(model.result.context[0], model.session.inputs[-1])
    assert view.is_equal()
    text = view.sentence_label.text()
    assert "Equal: with weights [0, 0, 0, 1] attention gives the classic context vector" in text
    assert not view.last_only_button.isEnabled() and view.softmax_button.isEnabled()

    # A little weight on h3: the contexts differ, and the sentence says so.
    model.apply(
        model.session.replace(
            weights_override=set_override_weight(model.session.weights_override, 0, 3, 0.9)
        ),
        "drag",
    )
    assert not np.array_equal(model.result.context[0], model.session.inputs[-1])
    assert not view.is_equal()
    assert "Different" in view.sentence_label.text()
    assert "[0.033, 0.033, 0.033, 0.9]" in view.sentence_label.text()
    # Back to the softmax weights: one undo step.
    steps = model.undo_stack.count()
    view.softmax_button.click()
    assert model.session.weights_override is None
    assert model.undo_stack.count() == steps + 1


def test_equal_and_different_for_many_queries(qtbot):
    # Three decoder states over three encoder states (keys = values = H).
    model = AttentionModel(Session(
        inputs=[[1, 0], [0, 1], [2, 3]], labels=("h1", "h2", "h3"), mode="seq2seq",
        decoder=[[1, 1], [0, 1], [1, 0]], score_kind="dot",
    ))  # fmt: skip
    view = make_panel(qtbot, model)
    view.set_comparison("last_input")
    assert view.comparison() == "last_input"
    for weights, equal in (
        ([[0, 0, 1], [0, 0, 1], [0, 0, 1]], True),
        ([[0, 0, 1], [0, 1, 0], [0, 0, 1]], False),
        ([[1 / 3] * 3] * 3, False),
    ):
        model.apply(model.session.replace(weights_override=weights), "weights")
        contexts_equal = np.array_equal(
            model.result.context, np.repeat(model.result.values[-1:], 3, axis=0)
        )
        assert contexts_equal == equal
        assert view.is_equal() == equal
        assert view.sentence_label.text().count("Equal:") == int(equal)
    # The differing query is named (s2 here, the first whose context differs), and its
    # weights are the ones plotted.
    model.apply(model.session.replace(weights_override=[[0, 0, 1], [0, 1, 0], [0, 0, 1]]), "w")
    assert "(query s2)" in view.sentence_label.text()
    assert "mixes the encoder states" in view.sentence_label.text()
    np.testing.assert_array_equal(shown(view.weights_plot), [[0, 1, 0]])
    assert view.weights_plot.row_labels() == ("s2",)
    # The selected query is preferred when its context differs too.
    model.apply(model.session.replace(weights_override=[[0, 0, 1], [0, 1, 0], [1, 0, 0]]), "w")
    model.select_query(2)
    assert "(query s3)" in view.sentence_label.text()
    np.testing.assert_array_equal(shown(view.weights_plot), [[1, 0, 0]])
    # The context plot: that query's context above the last state.
    rows = shown(view.context_plot)
    np.testing.assert_allclose(rows[0], model.result.context[2], rtol=1e-6)
    np.testing.assert_allclose(rows[1], model.result.values[-1], rtol=1e-6)
    assert view.context_plot.row_labels() == ("c(s3)", "h3 (last)")


def test_self_attention_is_not_compared_with_a_last_state(qtbot, seq2seq_model):
    """In self-attention no decoder saw only a last encoder state: the page is not offered."""
    view = make_panel(qtbot, seq2seq_model)
    view.set_comparison("last_input")
    assert view.last_input_page_button.isEnabled() and not view.mode_note.isVisible()
    seq2seq_model.apply(edits.set_mode(seq2seq_model.session, "self"), "self-attention")
    assert seq2seq_model.session.mode == "self"
    assert view.comparison() == "projections" and view.projections_page_button.isChecked()
    assert not view.last_input_page_button.isEnabled()
    assert view.mode_note.isVisible() and "seq2seq" in view.mode_note.text()
    assert "seq2seq" in view.last_input_page_button.toolTip()
    view.set_comparison("last_input")  # asked for anyway: raw vs. projected it stays
    assert view.comparison() == "projections"
    assert not view.mode_note.isVisible()  # said once; the disabled button's tip keeps saying it
    seq2seq_model.undo_stack.undo()  # seq2seq again: offered again
    assert view.last_input_page_button.isEnabled() and not view.mode_note.isVisible()
    view.set_comparison("last_input")
    assert view.comparison() == "last_input"


def test_mode_toggle_and_lessons_choose_the_mode(qtbot, seq2seq_model):
    panel, model = make_panel(qtbot, seq2seq_model), seq2seq_model
    QTest.mouseClick(panel.last_input_page_button, Qt.MouseButton.LeftButton)
    assert panel.comparison() == "last_input" and panel.pages.currentIndex() == 1
    QTest.mouseClick(panel.projections_page_button, Qt.MouseButton.LeftButton)
    assert panel.comparison() == "projections"
    model.set_lesson("last_state")
    assert panel.comparison() == "last_input" and panel.last_input_page_button.isChecked()
    model.set_lesson("raw_vs_projected")
    assert panel.comparison() == "projections" and panel.projections_page_button.isChecked()
    model.set_lesson("five_to_two")  # not about this panel: the mode stays
    assert panel.comparison() == "projections"


def test_an_unseen_panel_catches_up_when_seen(panel, model):
    panel.set_active(False)
    model.apply(model.session.with_cell("inputs", 0, 0, 5.0), "edit")
    stale = compute(edits.set_projection(model.session, False)).scores
    assert not np.allclose(shown(panel.scores_off), stale, atol=1e-6)
    panel.set_active(True)
    assert_matches_compute(panel, model.session)


# -- in the window ---------------------------------------------------------------


@pytest.fixture
def window(make_window):
    return make_window(load_preset("seq2seq"))


def test_its_dock_is_tabbed_with_the_geometry_dock(window):
    dock = window.dock("compare")
    assert dock.objectName() == "CompareDock" and dock.widget().panel() is window.panel("compare")
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dock("geometry") in window.tabifiedDockWidgets(dock)
    assert window.views["compare"].panel() is window.panel("compare")  # a LazyPanel holds it
    assert dock.toggleViewAction() in window.menu("view").actions()


def test_last_input_button_uses_the_windows_action(window, qtbot):
    panel = window.panel("compare")
    window.dock("compare").raise_()
    panel.set_comparison("last_input")
    panel.last_only_button.click()
    model = window.model
    assert model.session.weights_override.tolist() == [[0.0, 0.0, 0.0, 1.0]]
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Only the last input"
    assert "last input's value vector" in window.statusBar().currentMessage()
    assert panel.is_equal()
    np.testing.assert_array_equal(model.result.context[0], model.session.inputs[-1])


def test_the_lessons_about_it_bring_it_to_the_front(window, qtbot):
    def in_front(dock):
        return window.rect().intersects(dock.geometry())

    wait_until_idle(qtbot, window)
    assert in_front(window.dock("geometry")) and not in_front(window.dock("compare"))
    window.model.set_lesson("last_state")
    qtbot.waitUntil(lambda: in_front(window.dock("compare")), timeout=2000)
    assert window.panel("compare").comparison() == "last_input"
    # Seen again, it shows the current session.
    window.model.apply(
        window.model.session.replace(weights_override=[[0.0, 0.0, 0.0, 1.0]]), "last only"
    )
    assert window.panel("compare").is_equal()
