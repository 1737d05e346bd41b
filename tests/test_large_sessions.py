"""A session of the largest size (512 tokens) opens, stays live and readable:
no per-cell numbers on its plots, hover still explains a cell, thinned axis
labels, a geometry view that names only the arrows that matter. (Its speed is
measured by `make bench`, never asserted here.)"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from qkv_gui.core.format import exact
from qkv_gui.core.session import MAX_TOKENS, Session
from qkv_gui.plotting.arrows import BOLD_PX, CROWDED_ARROWS
from qkv_gui.plotting.cell_text import MAX_REQUESTED_CELLS
from qkv_gui.widgets.geometry import MAX_ARROW_LABELS, NAMED_KEYS
from tests.helpers import wait_until_idle


def largest_session(d: int = 16, d_k: int = 8) -> Session:
    rng = np.random.default_rng(5)
    n = MAX_TOKENS
    return Session(
        inputs=np.round(rng.normal(size=(n, d)), 2),
        labels=tuple(f"w{i}" for i in range(n)),
        projection=True,
        w_q=np.round(rng.normal(size=(d, d_k)) / np.sqrt(d), 2),
        w_k=np.round(rng.normal(size=(d, d_k)) / np.sqrt(d), 2),
        w_v=np.round(rng.normal(size=(d, d_k)) / np.sqrt(d), 2),
    )


@pytest.fixture
def big_window(make_window, qtbot):
    window = make_window(largest_session(), size=(1366, 768))
    wait_until_idle(qtbot, window)
    return window


def test_a_512_token_session_opens_and_shows_512_by_512_weights(big_window):
    weights = big_window.heatmaps["weights"]
    assert weights.shape == (MAX_TOKENS, MAX_TOKENS)
    np.testing.assert_allclose(weights.displayed_matrix(), big_window.model.result.weights, rtol=1e-6)


def test_a_drag_repaints_the_plots_without_their_numbers(big_window, qtbot):
    model = big_window.model
    model.preview(model.session.with_cell("inputs", 0, 0, 3.5))
    wait_until_idle(qtbot, big_window)
    for name, heatmap in big_window.heatmaps.items():
        assert not heatmap.annotations_visible(), name
        assert heatmap.text_item.drawn_sizes() == set(), name  # not one number drawn
        np.testing.assert_allclose(heatmap.displayed_matrix(), model.result.matrix(name), rtol=1e-6, atol=1e-12)
    model.end_gesture("drag")
    # Numbers asked for: none on cells a pixel high, and beyond MAX_REQUESTED_CELLS
    # cells none at any size (never even formatted).
    for name in ("queries", "weights"):
        big_window.heatmaps[name].set_annotations(True)
    wait_until_idle(qtbot, big_window)
    assert big_window.heatmaps["queries"].text_item.drawn_sizes() == set()
    assert MAX_TOKENS * MAX_TOKENS > MAX_REQUESTED_CELLS
    assert not big_window.heatmaps["weights"].text_item.may_draw(MAX_TOKENS * MAX_TOKENS)


def test_hovering_a_cell_of_a_large_heatmap_explains_its_number(big_window, qtbot):
    heatmap = big_window.heatmaps["weights"]
    view_box = heatmap.view_box
    scene = view_box.mapViewToScene(QPointF(300.0, 200.0))  # column 300, row 200
    QTest.mouseMove(heatmap.viewport(), heatmap.mapFromScene(scene))
    qtbot.waitUntil(lambda: big_window.model.hover is not None)
    name, row, col = big_window.model.hover
    assert name == "weights" and abs(row - 200) <= 1 and abs(col - 300) <= 1
    panel = big_window.explain_panel
    value = big_window.model.result.weights[row, col]
    qtbot.waitUntil(lambda: panel.cell == ("weights", row, col))
    assert panel.body.toolTip() == exact(value)
    # The softmax over 512 keys is written with its middle left out, not 512 terms.
    assert "…" in panel.text() and panel.text().count("e^(") < 20


def test_the_axis_labels_of_a_large_heatmap_are_thinned(big_window):
    heatmap = big_window.heatmaps["scores"]
    for side in ("left", "top"):
        ticks = heatmap.plot_item.getAxis(side)._tickLevels[0]
        assert 1 < len(ticks) < MAX_TOKENS // 4, side
        positions = [position for position, _label in ticks]
        assert positions[0] == 0 and len(set(np.diff(positions))) == 1  # every k-th token


def test_the_geometry_names_only_the_arrows_that_matter(big_window, qtbot):
    geometry = big_window.geometry
    model = big_window.model
    model.select_query(7)
    wait_until_idle(qtbot, big_window)
    assert len(geometry.key_arrows.ends) == MAX_TOKENS  # every arrow is drawn
    named_keys = [j for j, label in enumerate(geometry._key_labels) if label.wanted]
    heaviest = np.argsort(-model.result.weights[7], kind="stable")[:NAMED_KEYS]
    assert sorted(named_keys) == sorted(heaviest.tolist())
    named_queries = [i for i, label in enumerate(geometry._query_labels) if label.wanted]
    assert named_queries == [7]
    # A hovered key is named too.
    other = int(np.argmin(model.result.weights[7]))
    model.set_hover(("weights", 7, other))
    wait_until_idle(qtbot, big_window)
    assert geometry._key_labels[other].wanted


def test_crowded_arrows_keep_their_heads_only_when_bold(big_window):
    arrows = big_window.geometry.key_arrows
    assert len(arrows.ends) > CROWDED_ARROWS > MAX_ARROW_LABELS
    runs = arrows._runs()
    # One run per pen, however the pens alternate: a few runs for hundreds of arrows.
    assert len(runs) <= 2 and sorted(k for _pen, ks in runs for k in ks) == list(range(MAX_TOKENS))
    assert all(pen.widthF() < BOLD_PX for pen, _ks in runs)  # no key hovered: no heads


def test_the_window_refuses_an_edit_beyond_the_largest_size(big_window, qtbot):
    editor = big_window.editors["inputs"]
    messages = []
    big_window.model.message.connect(messages.append)
    editor._on_add_row_triggered()
    assert messages == ["there can be at most 512 tokens"]
    assert big_window.model.session.n == MAX_TOKENS
    QTest.keyClick(big_window, Qt.Key.Key_Escape)


def test_crowded_geometry_lists_the_keys_scored_highest(big_window, qtbot):
    geometry = big_window.geometry
    big_window.model.select_query(3)
    wait_until_idle(qtbot, big_window)
    rows = geometry._table_content[1]
    scores = big_window.model.result.scores[3]
    best = np.argsort(-scores, kind="stable")[: len(rows)]
    assert [row[1] for row in rows] == [f"k_w{j}" for j in best]
    # Labels keep clear of drawn heads only: the named keys' labels find room.
    assert sum(label.visible for label in geometry._key_labels if label.wanted) >= 2
