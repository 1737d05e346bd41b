"""The heads in the window: the Heads control, the Heads panel's small multiples,
head selection (the big heatmaps then show that head), hand-set weights per head,
each head's block in the W_Q, W_K, W_V editors."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from qkv_gui.core import edits, head_edits
from qkv_gui.core.compute import compute, shown_values
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.plotting.colors import head_color
from qkv_gui.widgets.heads_panel import HeadsPanel


def heads_session(heads: int = 3, padding=None) -> Session:
    rng = np.random.default_rng(7)
    return Session(inputs=rng.normal(size=(4, 3)), labels=("a", "b", "c", "d"), projection=True,
                   heads=heads, w_q=rng.normal(size=(3, 2 * heads)), w_k=rng.normal(size=(3, 2 * heads)),
                   w_v=rng.normal(size=(3, 2 * heads)), score_kind="scaled_dot", padding=padding)


def click(widget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


# -- the Heads control -------------------------------------------------------------------------


def test_heads_control_changes_the_session_and_undo_restores_it(make_window):
    window = make_window("default")
    model = window.model
    before = model.session
    assert window.controls.heads.value() == 1
    window.controls.heads.setValue(3)
    assert model.session.heads == 3
    assert model.session == head_edits.set_heads(before, 3)
    # Three heads, three blocks of W_Q's columns, each d_k wide.
    assert model.session.w_q.shape[1] == 3 * before.d_k
    model.undo_stack.undo()
    assert model.session == before
    assert window.controls.heads.value() == 1  # the control follows the session back


def test_heads_control_says_when_it_switched_the_projection_and_the_score_on(make_window):
    session = edits.set_score_kind(edits.switch_projection(heads_session(1), False), "additive")
    assert not session.projection
    window = make_window(session)
    messages = []
    window.model.message.connect(messages.append)
    window.controls.heads.setValue(2)
    s = window.model.session
    assert (s.heads, s.projection, s.score_kind) == (2, True, "scaled_dot")
    assert len(messages) == 1
    assert "projections W_Q, W_K, W_V are now on" in messages[0] and "scaled dot product" in messages[0]
    # Already projected with a dot score: nothing to say.
    messages.clear()
    window.controls.heads.setValue(3)
    assert window.model.session.heads == 3 and messages == []


def test_heads_control_works_in_seq2seq_mode(make_window):
    window = make_window("seq2seq")
    assert window.controls.heads.isEnabled()
    window.controls.heads.setValue(2)
    assert window.model.session.heads == 2 and window.model.session.mode == "seq2seq"


# -- the Heads panel ----------------------------------------------------------------------------


def test_one_head_the_panel_says_how_to_add_heads(qtbot):
    model = AttentionModel(heads_session(1))
    panel = HeadsPanel(model)
    qtbot.addWidget(panel)
    assert panel.cards == []
    assert "Heads" in panel.note.text() and "2 or more" in panel.note.text()


def test_small_multiples_show_every_heads_scores_and_weights(qtbot):
    session = heads_session(3, padding=(False, False, True, False))
    model = AttentionModel(session)
    panel = HeadsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(400, 400)
    panel.show()
    qtbot.waitExposed(panel)
    expected = compute(session)
    assert [card.title.text() for card in panel.cards] == ["Head 1", "Head 2", "Head 3"]
    for head, card in enumerate(panel.cards):
        for name in ("scores", "weights"):
            shown = card.plots[name].displayed_matrix()
            np.testing.assert_allclose(shown, shown_values(expected.for_head(head), name), equal_nan=True)
        # The padding key is masked (hatched) in every head.
        assert np.isnan(card.plots["weights"].displayed_matrix()[:, 2]).all()
        assert card.plots["weights"].background.isVisible()


def test_clicking_a_small_multiple_selects_the_head_and_the_big_heatmaps_follow(make_window):
    session = heads_session(3)
    window = make_window(session)
    window.bring_to_front("heads")
    panel = window.panel("heads")
    click(panel.cards[1].plots["weights"].viewport())
    assert window.model.selected_head == 1
    assert panel.cards[1].selected and not panel.cards[0].selected
    head = compute(session).heads[1]
    for name in ("queries", "keys", "values", "scores", "weights", "context"):
        np.testing.assert_allclose(window.heatmaps[name].displayed_matrix(),
                                   getattr(head, name), equal_nan=True)
    assert window.heatmaps["weights"].title().endswith("— head 2")
    assert window.heads_status.text() == "Head 2 of 3 shown in detail"
    # The keyboard: Ctrl+Alt+3 anywhere, arrow keys in the panel.
    assert window.focusWidget() is panel  # so ← → go on from the card clicked
    assert panel.head_actions[2] in window.actions()  # window-wide shortcuts
    panel.head_actions[2].trigger()
    assert window.model.selected_head == 2
    QTest.keyClick(panel, Qt.Key.Key_Left)
    assert window.model.selected_head == 1
    assert panel.head_actions[2].shortcut().toString() == "Ctrl+Alt+3"


def test_a_drag_of_w_v_does_not_redraw_the_small_multiples(qtbot):
    model = AttentionModel(heads_session(2))
    panel = HeadsPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    calls = []
    panel._show_numbers = lambda: calls.append(1)  # noqa: SLF001
    w_v = model.session.w_v.copy()
    w_v[0, 0] += 1.0
    model.apply(model.session.replace(w_v=w_v), "w_v")
    assert calls == []
    w_q = model.session.w_q.copy()
    w_q[0, 3] += 1.0  # head 2's block: head 1 (shown in detail) is unchanged
    model.apply(model.session.replace(w_q=w_q), "w_q")
    assert calls == [1]


def test_eight_heads_fit_a_small_panel_without_scrolling(qtbot):
    model = AttentionModel(heads_session(8))
    panel = HeadsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(400, 330)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel._scroll.verticalScrollBar().isVisible())  # noqa: SLF001
    sizes = {card.plots["scores"].width() for card in panel.cards}
    assert len(sizes) == 1 and sizes.pop() >= 40  # equal, and cells big enough to click


# -- per head: hand-set weights, editors ---------------------------------------------------------


def test_hand_set_weights_on_head_2_leave_head_1_untouched(make_window):
    session = heads_session(2)
    window = make_window(session)
    model = window.model
    model.select_head(1)
    window.controls.override.setChecked(True)
    assert model.session.weights_override is None
    assert model.session.head_override(1) is not None
    editor = window.editors["weights_override"]
    assert editor.is_relevant() and editor.isVisibleTo(editor.parentWidget())
    editor.table_model.setData(editor.table_model.index(0, 1), "0.7")
    assert model.session.head_override(1)[0, 1] == pytest.approx(0.7)
    assert model.session.weights_override is None
    np.testing.assert_allclose(model.full_result.heads[0].weights, compute(session).heads[0].weights)
    np.testing.assert_allclose(window.heatmaps["weights"].displayed_matrix()[0, 1], 0.7)
    # "Only the last input" on head 2 too.
    model.select_head(1)
    window.workbench.actions.last_input_only.trigger()
    np.testing.assert_allclose(model.session.head_override(1)[:, -1], 1.0)
    assert model.session.weights_override is None
    # Head 1 shown again: its editor is hidden (no hand-set weights), the check box off.
    model.select_head(0)
    assert not editor.is_relevant() and not window.controls.override.isChecked()


def test_the_w_q_editor_shows_each_heads_block(make_window):
    window = make_window(heads_session(3))
    editor = window.editors["w_q"]
    table = editor.table_model
    assert table.head_block(0) == (0, True, False, True)
    assert table.head_block(3) == (1, False, True, False)
    assert editor.head_band.isVisibleTo(editor)
    assert "d_k = 2 per head" in editor.shape_label.text()
    header = table.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole)
    assert header is not None and header.color() != QColor(255, 255, 255)
    # Clicking head 3's block in the band picks head 3.
    rect = editor.head_band.block_rect(2)
    click(editor.head_band, rect.center())
    assert window.model.selected_head == 2
    assert table.head_block(4)[3]
    # One head: no blocks, no band.
    window.controls.heads.setValue(1)
    assert table.head_block(0) is None and not editor.head_band.isVisibleTo(editor)


def test_head_colours_differ():
    colours = {head_color(i).name() for i in range(8)}
    assert len(colours) == 8


def test_a_card_is_clickable_on_its_title_too(qtbot):
    model = AttentionModel(heads_session(2))
    panel = HeadsPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    click(panel.cards[1].title)
    assert model.selected_head == 1


def test_the_picked_heads_block_scrolls_into_view_and_the_title_says_h(make_window):
    window = make_window(heads_session(8), size=(1366, 768))
    editor = window.editors["w_q"]
    assert editor.display_name() == "W_Q (d × h·d_k)"
    window.model.select_head(7)
    table = editor.table
    for col in (14, 15):  # head 8's block
        left = table.columnViewportPosition(col)
        assert 0 <= left and left + table.columnWidth(col) <= table.viewport().width()


def test_compare_panels_softmax_button_acts_on_the_head_shown(qtbot):
    from qkv_gui.widgets.compare_panel import ComparePanel
    from qkv_gui.workbench import Workbench

    session = edits.set_override(edits.set_override(heads_session(2), True, head=0), True, head=1)
    model = AttentionModel(session)
    panel = ComparePanel(model, Workbench(model))
    qtbot.addWidget(panel)
    model.select_head(1)
    panel.softmax_button.click()
    assert model.session.head_override(1) is None
    assert model.session.weights_override is not None  # head 1 keeps its hand-set weights


def test_the_geometry_frames_the_head_shown(make_window):
    session = heads_session(2)
    tiny = {name: np.hstack([getattr(session, name)[:, :2], 0.01 * getattr(session, name)[:, 2:]])
            for name in ("w_q", "w_k", "w_v")}
    window = make_window(session.replace(**tiny))
    view_box = window.geometry.plot_item.vb
    before = np.ptp(view_box.viewRange()[0])
    window.model.select_head(1)  # head 2's vectors are a hundred times shorter
    after = np.ptp(view_box.viewRange()[0])
    assert after < before / 10


def test_a_drag_in_one_heads_block_redraws_only_that_heads_plots(qtbot):
    model = AttentionModel(heads_session(3))
    panel = HeadsPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    drawn = []
    for card in panel.cards:
        for name, plot in card.plots.items():
            original = plot.set_matrix
            plot.set_matrix = lambda *a, _o=original, _h=card.head, _n=name, **k: (drawn.append((_h, _n)), _o(*a, **k))
    model.begin_gesture()
    w_k = model.session.w_k.copy()
    w_k[1, 2] += 0.01  # column 3: head 2's block
    model.preview(model.session.replace(w_k=w_k))
    model.end_gesture("drag")
    assert sorted(drawn) == [(1, "scores"), (1, "weights")]
    np.testing.assert_allclose(panel.cards[1].plots["scores"].displayed_matrix(),
                               compute(model.session).heads[1].scores)


def test_with_several_heads_what_they_cannot_have_is_greyed(make_window):
    window = make_window("default")
    controls = window.controls
    items = controls.score_kind.model()
    assert controls.projection.isEnabled() and items.item(3).isEnabled()  # general
    controls.heads.setValue(2)
    assert not controls.projection.isEnabled()
    enabled = {controls.score_kind.itemData(i): items.item(i).isEnabled() for i in range(items.rowCount())}
    assert enabled == {"dot": True, "scaled_dot": True, "cosine": True, "general": False, "additive": False}
    controls.heads.setValue(1)
    assert controls.projection.isEnabled() and items.item(4).isEnabled()
