"""Titles clear of the export buttons, one-row heatmaps with cells not bars, key names
shown wherever they fit (issue 10, item 9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF

from qkv_gui.core import edits
from qkv_gui.plotting.titles import TitleLabel
from tests.helpers import wait_until_idle


def title_labels(widget) -> list[TitleLabel]:
    return [
        item for item in widget.scene().items()
        if isinstance(item, TitleLabel) and item.isVisible() and item.text
    ]


def widget_rect(view, scene_rect: QRectF) -> QRect:
    """A scene rect in the pixels of the plot widget (where its export button is)."""
    polygon = view.mapFromScene(scene_rect)
    return polygon.boundingRect().translated(view.viewport().pos())


def titles_under_buttons(window) -> list[str]:
    covered = []
    for name, button in window.exporter.buttons.items():
        view = button.parentWidget()
        if not view.isVisible():
            continue
        for title in title_labels(view):
            if widget_rect(view, title.text_rect()).intersects(button.geometry()):
                covered.append(f"{name}: {title.text}")
    return covered


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)])
def test_titles_keep_clear_of_the_export_buttons(make_window, qtbot, size):
    window = make_window("seq2seq")
    window.model.apply(edits.set_projection(window.model.session, True), "projections")
    window.resize(*size)
    window.bring_to_front("svd")
    wait_until_idle(qtbot, window)
    svd = window.panel("svd")
    assert "Singular values" in " ".join(t.text for t in title_labels(svd.bars_plot))
    assert "Queries Q = S·W_Q" in window.heatmaps["queries"].title()
    assert titles_under_buttons(window) == []


def test_one_row_heatmaps_have_cells_not_tall_bars(make_window, qtbot):
    window = make_window("seq2seq")  # one decoder state: m = 1
    wait_until_idle(qtbot, window)
    for name in ("queries", "scores", "weights", "context"):
        plot = window.heatmaps[name]
        assert plot.shape[0] == 1
        width = plot.view_box.width() / plot.shape[1]
        height = plot.view_box.height()
        assert height <= 1.5 * width, name  # was 4.5 × as tall as wide
        assert height >= 0.8 * width, name  # and not flattened either


def test_every_key_name_shows_where_it_fits(make_window, qtbot):
    window = make_window("movies_svd")
    wait_until_idle(qtbot, window)
    names = tuple(window.model.session.labels)
    assert len(names) == 7
    for name in ("scores", "weights"):
        ticks = window.heatmaps[name].plot_item.getAxis("top")._tickLevels[0]
        assert tuple(label for _position, label in ticks) == names, name
