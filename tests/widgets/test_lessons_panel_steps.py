"""Ten lessons in a narrow panel: the numbered steps wrap instead of running off the edge,
and the full list keeps the window's minimum height."""

from __future__ import annotations

from qkv_gui.core.lessons import LESSONS
from qkv_gui.widgets.lessons_panel import LIST_MIN_ROWS


def test_every_step_is_in_view_in_a_narrow_window(make_window, qtbot):
    window = make_window("default", size=(1366, 768))
    panel = window.panel("lessons")
    assert panel.open_lesson("many_heads")
    steps = panel.list
    qtbot.waitUntil(lambda: steps.flow() == steps.flow().LeftToRight)
    area = steps.viewport().rect()
    for index in range(len(LESSONS)):
        rect = steps.visualItemRect(steps.item(index))
        assert area.contains(rect), (index + 1, rect, area)


def test_the_full_list_asks_for_at_most_list_min_rows_as_its_minimum(make_window):
    window = make_window("default", size=(1366, 768))
    steps = window.panel("lessons").list
    rows = [steps.sizeHintForRow(i) for i in range(steps.count())]
    assert len(rows) > LIST_MIN_ROWS
    assert steps.minimumHeight() < sum(rows) <= steps.maximumHeight()
