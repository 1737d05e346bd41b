"""The explain panel: all of its text is readable, however the formula wraps."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from qkv_gui.core.format import exact
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.widgets.explain_panel import ExplainPanel
from tests.helpers import wait_until_idle


def make_panel(qtbot, model, width):
    """The panel under plots that take every pixel they can, as in the main
    window: the panel gets no more than its minimum height."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plots = QWidget()
    plots.setMinimumHeight(300)
    layout.addWidget(plots, 1)
    panel = ExplainPanel(model)
    layout.addWidget(panel)
    window.resize(width, 300)  # grows to the layout's minimum
    window.show()
    qtbot.waitExposed(window)
    return window, panel


def text_fits_or_scrolls(panel) -> bool:
    body = panel.body
    fits = body.document().size().height() <= body.viewport().height() + 0.5
    return fits or body.verticalScrollBar().isVisible()


def test_a_wrapped_formula_gets_the_height_it_needs(qtbot, model):
    window, panel = make_panel(qtbot, model, 320)
    model.set_hover(("weights", 1, 2))  # exp(…) / Σ exp(…) = … wraps in 320 px
    window.resize(320, 300)  # the layout's new minimum
    wait_until_idle(qtbot, window)
    body = panel.body
    line = body.fontMetrics().height()
    assert body.document().size().height() > 2 * line  # it does wrap
    # The whole text is shown: the view is as tall as its text, nothing cut.
    assert body.document().size().height() <= body.viewport().height() + 0.5
    assert not body.verticalScrollBar().isVisible()


def test_a_very_long_formula_scrolls_instead_of_taking_the_window(qtbot):
    rng = np.random.default_rng(3)
    many = Session(inputs=rng.normal(size=(40, 4)), score_kind="dot")
    model = AttentionModel(many)
    window, panel = make_panel(qtbot, model, 260)
    model.set_hover(("weights", 0, 1))
    window.resize(260, 300)
    wait_until_idle(qtbot, window)
    assert panel.body.height() <= 180
    assert text_fits_or_scrolls(panel)
    assert panel.body.verticalScrollBar().isVisible()


@pytest.mark.parametrize("width", [260, 420, 900])
def test_nothing_is_cut_at_any_width(qtbot, model, width):
    window, panel = make_panel(qtbot, model, width)
    for cell in (("context", 2, 1), ("scores", 0, 2), ("weights", 2, 0)):
        model.set_hover(cell)
        window.resize(width, 300)
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
