"""The explain panel: all of its text is readable, however the formula wraps."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from qkv_gui.core.format import exact
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.widgets.explain_panel import ExplainPanel
from tests.helpers import wait_until_idle


def make_panel(qtbot, model, width):
    """The panel under plots that take every pixel they can, as in the main
    window; it gets the height it asks for when the window has room."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plots = QWidget()
    plots.setMinimumHeight(300)
    layout.addWidget(plots, 1)
    panel = ExplainPanel(model)
    layout.addWidget(panel)
    window.resize(width, 300)  # grows to the layout's minimum

    def make_room(height):
        window.resize(window.width(), 300 + height + 2 * layout.contentsMargins().top() + layout.spacing())

    panel.heightWanted.connect(make_room)
    window.show()
    qtbot.waitExposed(window)
    return window, panel


def text_fits_or_scrolls(panel) -> bool:
    body = panel.body
    fits = body.document().size().height() <= body.viewport().height() + 0.5
    return fits or body.verticalScrollBar().isVisible()


def test_a_wrapped_formula_asks_for_the_height_it_needs(qtbot, model):
    window, panel = make_panel(qtbot, model, 320)
    with qtbot.waitSignal(panel.heightWanted):
        model.set_hover(("weights", 1, 2))  # exp(…) / Σ exp(…) = … wraps in 320 px
    wait_until_idle(qtbot, window)
    body = panel.body
    line = body.fontMetrics().height()
    assert body.document().size().height() > 2 * line  # it does wrap
    assert panel.sizeHint().height() == panel.wanted_height()
    # Given that height, the whole text is shown: nothing cut, no scroll bar.
    assert body.document().size().height() <= body.viewport().height() + 0.5
    assert not body.verticalScrollBar().isVisible()
    # Its minimum stays small: a long formula never makes the window bigger than the screen.
    assert panel.minimumSizeHint().height() < 100


def test_the_explain_dock_grows_for_a_wrapped_formula(make_window, qtbot):
    window = make_window("default")
    window.resize(1366, 900)
    panel = window.explain_panel
    window.model.set_hover(("context", 4, 1))  # one line and a note
    dock = panel.parentWidget()
    window.resizeDocks([dock], [10], Qt.Orientation.Vertical)  # as small as it goes
    wait_until_idle(qtbot, window)
    short = panel.height()
    window.model.set_hover(("weights", 4, 1))  # exp(…) / Σ exp(…) over five keys: wraps
    qtbot.waitUntil(lambda: panel.height() > short)
    wait_until_idle(qtbot, window)
    body = panel.body
    assert body.document().size().height() > 2 * body.fontMetrics().height()
    assert body.document().size().height() <= body.viewport().height() + 0.5


def test_a_very_long_formula_scrolls_instead_of_taking_the_window(qtbot):
    rng = np.random.default_rng(3)
    many = Session(inputs=rng.normal(size=(40, 4)), score_kind="dot")
    model = AttentionModel(many)
    window, panel = make_panel(qtbot, model, 260)
    model.set_hover(("weights", 0, 1))
    wait_until_idle(qtbot, window)
    assert panel.wanted_height() <= 180 + panel.title.sizeHint().height() + 20
    assert text_fits_or_scrolls(panel)
    assert panel.body.verticalScrollBar().isVisible()


@pytest.mark.parametrize("width", [260, 420, 900])
def test_nothing_is_cut_at_any_width(qtbot, model, width):
    window, panel = make_panel(qtbot, model, width)
    for cell in (("context", 2, 1), ("scores", 0, 2), ("weights", 2, 0)):
        model.set_hover(cell)
        wait_until_idle(qtbot, window)
        assert text_fits_or_scrolls(panel), (width, cell)


def test_tooltip_and_text_give_the_exact_value(qtbot, seq2seq_session):
    model = AttentionModel(seq2seq_session)
    window, panel = make_panel(qtbot, model, 900)
    model.set_hover(("weights", 0, 0))
    tiny = model.result.weights[0, 0]
    assert panel.body.toolTip() == exact(tiny)
    assert "2.863×10⁻²⁰" in panel.text() and "e-" not in panel.text()
    assert "weight[s1, h1]" in panel.text()


def test_a_renamed_token_is_renamed_in_the_formula(qtbot, model):
    window, panel = make_panel(qtbot, model, 900)
    model.set_hover(("scores", 0, 1))
    assert "score[x1, x2]" in panel.text()
    model.apply(model.session.replace(labels=("the", "cat", "sat")), "rename")
    assert "<b>score[the, cat]</b> = q_the·k_cat" in panel.text()


def test_a_context_cell_shows_its_row_as_the_sum_of_its_parts(qtbot):
    # v_a = [1, 2], v_b = [4, 0], weights set by hand: context_a = [0.25, 0.5] + [3, 0].
    model = AttentionModel(Session(inputs=[[1, 2], [4, 0]], labels=("a", "b"), score_kind="dot",
                                   weights_override=[[0.25, 0.75], [0.5, 0.5]]))
    panel = ExplainPanel(model)
    qtbot.addWidget(panel)
    model.set_hover(("context", 0, 1))
    assert "context_a = 0.25·v_a + 0.75·v_b = [0.25, 0.5] + [3, 0] = [3.25, 0.5]" in panel.text()
    model.set_hover(("context", 1, 0))
    assert "context_b = 0.5·v_a + 0.5·v_b = [0.5, 1] + [2, 0] = [2.5, 1]" in panel.text()
