"""Each lesson's layout: its panels in front, the learner's layout back afterwards, and
every lesson's screenshot (the `--lesson N --screenshot` path) at both window sizes."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDockWidget, QTabWidget

from qkv_gui.core import lessons as core_lessons
from qkv_gui.core.lessons import LESSONS
from qkv_gui.core.presets import load_preset
from qkv_gui.lesson_layout import LESSONS_MIN_HEIGHT
from qkv_gui.window_layout import wants_compact
from tests.helpers import close_window, wait_until_idle

SIZES = ((1600, 1000), (1366, 768))


def in_view(widget) -> bool:
    """Shown, and partly inside every widget around it up to the window: not moved out
    of view behind a tab, not scrolled away, not zero-sized."""
    if not widget.isVisible() or min(widget.width(), widget.height()) <= 0:
        return False
    rect = QRect(QPoint(0, 0), widget.size())
    while widget.parentWidget() is not None:
        rect = rect.translated(widget.pos()).intersected(QRect(QPoint(0, 0), widget.parentWidget().size()))
        if rect.isEmpty():
            return False
        widget = widget.parentWidget()
    return True


def fully_in_view(widget) -> bool:
    """Shown whole: no part of it cut by a scroll area, a dock or the window."""
    if not widget.isVisible() or min(widget.width(), widget.height()) <= 0:
        return False
    rect = QRect(QPoint(0, 0), widget.size())
    while widget.parentWidget() is not None:
        moved = rect.translated(widget.pos())
        rect = moved.intersected(QRect(QPoint(0, 0), widget.parentWidget().size()))
        if rect != moved:
            return False
        widget = widget.parentWidget()
    return True


def settle(qtbot, window) -> None:
    wait_until_idle(qtbot, window)


def dock_sizes(window) -> dict[str, tuple[int, int, bool]]:
    return {panel: (dock.width(), dock.height(), in_view(dock)) for panel, dock in window.docks.items()}


def test_leaving_a_lesson_gives_the_learners_layout_back(window, qtbot):
    window.dock("train").raise_()  # the learner's layout: Train in front, a taller Lessons dock
    window.resizeDocks([window.dock("lessons")], [600], Qt.Orientation.Vertical)
    settle(qtbot, window)
    before = dock_sizes(window)
    corner = window.corner(Qt.Corner.BottomRightCorner)
    assert before["train"][2] and not before["geometry"][2]
    panel = window.panel("lessons")
    panel.open_lesson("self_attention")
    settle(qtbot, window)
    # The lesson's layout: the geometry tab group back on its home tab, the column down to the bottom.
    assert in_view(window.dock("geometry")) and not in_view(window.dock("train"))
    assert window.corner(Qt.Corner.BottomRightCorner) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock_sizes(window) != before
    panel.open_lesson("svd_topics")  # switching lessons keeps the learner's layout aside
    settle(qtbot, window)
    panel.leave_lesson()
    settle(qtbot, window)
    after = dock_sizes(window)
    assert window.corner(Qt.Corner.BottomRightCorner) == corner
    for name, (width, height, shown) in before.items():
        assert after[name][2] == shown, name
        if shown:
            assert after[name][:2] == pytest.approx((width, height), abs=2), name


def test_from_lesson_2_to_3_nothing_of_seq2seq_stays_in_front(window, qtbot):
    panel = window.panel("lessons")
    panel.open_lesson("last_state")
    settle(qtbot, window)
    compare = window.panel("compare")
    assert in_view(window.dock("compare")) and compare.comparison() == "last_input"
    panel.open_lesson("self_attention")
    settle(qtbot, window)
    assert in_view(window.dock("geometry")) and not in_view(window.dock("compare"))
    # Seen again in self-attention, it does not compare with a "last state".
    window.dock("compare").raise_()
    settle(qtbot, window)
    assert compare.comparison() == "projections" and not compare.last_input_page_button.isEnabled()
    assert "(last)" not in " ".join(compare.context_plot.row_labels()) or not in_view(compare.context_plot)


def test_a_lessons_own_panels_come_to_the_front(window, qtbot, monkeypatch):
    item = dataclasses.replace(core_lessons.lesson("self_attention"), panels=("train", "matrices"))
    monkeypatch.setitem(core_lessons._BY_ID, item.id, item)
    window.panel("lessons").open_lesson(item.id)
    settle(qtbot, window)
    assert in_view(window.dock("train")) and not in_view(window.dock("geometry"))
    assert window.lesson_layout.lesson_panels(item) == ("train", "matrices")


def test_without_panels_a_lesson_brings_those_of_its_highlighted_views(window, monkeypatch):
    item = dataclasses.replace(core_lessons.lesson("svd_topics"), panels=())
    assert item.highlight[:2] == ("svd", "decoder") and "geometry" not in item.highlight
    assert window.lesson_layout.lesson_panels(item) == ("svd", "matrices")


def test_closing_the_lessons_dock_leaves_the_lesson_and_gives_the_layout_back(window, qtbot):
    settle(qtbot, window)
    before = dock_sizes(window)
    window.panel("lessons").open_lesson("svd_topics")
    settle(qtbot, window)
    assert in_view(window.dock("svd"))
    window.dock("lessons").close()
    settle(qtbot, window)
    assert window.model.lesson is None
    assert window.dock("lessons").isHidden()
    assert in_view(window.dock("geometry")) and not in_view(window.dock("svd"))
    after = dock_sizes(window)
    assert after["matrices"][0] == pytest.approx(before["matrices"][0], abs=2)
    # The Explain dock below may have grown to show a longer text (it keeps that height):
    # together they take the height they had.
    together = [sizes["matrices"][1] + sizes["explain"][1] for sizes in (before, after)]
    assert together[1] == pytest.approx(together[0], abs=2)
    # View → Lessons closes it too; a program hiding it (a lesson file's layout) does not.
    window.bring_to_front("lessons")
    window.panel("lessons").open_lesson("svd_topics")
    settle(qtbot, window)
    window.dock("lessons").toggleViewAction().trigger()
    settle(qtbot, window)
    assert window.model.lesson is None and window.dock("lessons").isHidden()
    window.dock("lessons").show()
    window.panel("lessons").open_lesson("svd_topics")
    window.dock("lessons").hide()
    settle(qtbot, window)
    assert window.model.lesson == "svd_topics"


def test_quitting_in_a_lesson_keeps_the_learners_layout(make_window, qtbot):
    window = make_window("default")
    window.dock("train").raise_()
    settle(qtbot, window)
    window.panel("lessons").open_lesson("five_to_two")
    settle(qtbot, window)
    assert in_view(window.dock("geometry"))
    window.save_layout()
    again = make_window("default", show=False)
    again.restore_layout()
    again.show()
    settle(qtbot, again)
    assert in_view(again.dock("train")) and not in_view(again.dock("geometry"))


# -- every lesson, as `--lesson N --screenshot` shows it ---------------------------------


def _hidden_only_behind_the_lesson(window, view, item) -> bool:
    """A highlighted view out of view only because another of the lesson's views or
    panels is in front of it in the same tab group."""
    wanted = {window.views[name] for name in item.highlight if name in window.views}
    wanted |= {window.docks[panel] for panel in window.lesson_layout.lesson_panels(item)}
    parent = view.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            return parent.currentWidget() in wanted
        if isinstance(parent, QDockWidget):
            group = [parent, *window.tabifiedDockWidgets(parent)]
            front = [dock for dock in group if in_view(dock)]
            return any(dock in wanted or any(dock.isAncestorOf(w) for w in wanted) for dock in front)
        parent = parent.parentWidget()
    return False


# What a lesson is about, shown whole (and a heatmap with its numbers) at both sizes.
WHOLE = {
    "last_state": ("compare.context_plot",),
    "raw_vs_projected": ("compare.scores_off", "compare.scores_on", "compare.weights_off", "compare.weights_on",
                         "compare.difference", "compare.self_label"),
    "svd_topics": ("svd.m_spin", "svd.use_button", "svd.pair_label", "svd.before_plot", "svd.after_plot"),
    "learned": ("train.train_button", "train.loss_plot"),
    "svd_to_learned": ("train.train_button", "train.topic_box"),
}


# The lessons about the geometry: its dock at least this share of the right column.
GEOMETRY_LESSON_SHARE = {"five_to_two": 0.5}


@pytest.mark.slow
@pytest.mark.parametrize("language", ("en", "tr"))
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_lesson_shows_what_matters(size, language, qapp, request):
    from PySide6.QtGui import QImage

    from qkv_gui.export import render_window
    from qkv_gui.figure import png_bytes
    from qkv_gui.gui import create_window, show_for_screenshot

    app = qapp
    if language == "tr":  # longer token names and labels take room from the cells
        request.getfixturevalue("turkish")
    for item in LESSONS:
        model, window = create_window(load_preset("default"), None, "default", compact=wants_compact(*size))
        try:
            show_for_screenshot(app, window, size, item.id)
            assert (window.width(), window.height()) == size
            assert model.lesson == item.id
            panels = window.lesson_layout.lesson_panels(item)
            assert panels, item.id
            first = window.dock(panels[0])
            assert in_view(first), (item.id, panels[0])
            assert first.width() >= 250 and first.height() >= 150, (item.id, first.size())
            lessons = window.dock("lessons")
            assert in_view(lessons) and lessons.height() >= LESSONS_MIN_HEIGHT
            assert in_view(window.panel("lessons").title_label)
            for name in item.highlight:
                view = window.views.get(name)
                if view is None or (name in window.editors and not window.editors[name].is_relevant(model.session)):
                    continue
                assert in_view(view) or _hidden_only_behind_the_lesson(window, view, item), (item.id, name)
            for name in WHOLE.get(item.id, ()):
                panel, part = name.split(".")
                widget = getattr(window.panel(panel), part)
                assert fully_in_view(widget), (item.id, name, size)
                if hasattr(widget, "annotations_visible"):
                    assert widget.annotations_visible(), (item.id, name, size)
            if item.id in GEOMETRY_LESSON_SHARE:
                geometry = window.dock("geometry")
                column = geometry.height() + lessons.height()
                assert geometry.height() >= GEOMETRY_LESSON_SHARE[item.id] * column, (item.id, size)
            image = QImage.fromData(png_bytes(render_window(window, 1.0)))
            assert (image.width(), image.height()) == size
        finally:
            close_window(window)


@pytest.mark.parametrize("language", ("en", "tr"))
def test_matrix_editor_titles_fit_a_narrow_dock(language, make_window, qtbot, request):
    """At 1366 × 768 the Matrices dock is narrow: a title that does not fit drops its
    "(n × d)" (the full title in its tooltip) rather than being cut ("Encoder states H …")."""
    if language == "tr":
        request.getfixturevalue("turkish")
    window = make_window("seq2seq_mixture", size=(1366, 768))
    settle(qtbot, window)
    shown = [editor for editor in window.editors.values() if editor.isVisible()]
    assert shown
    for editor in shown:
        label = editor.title_label
        full = editor.display_name()
        assert "…" not in label.text(), (editor.name, label.text(), label.width())
        assert label.toolTip() == full
        assert label.text() in (full, full.rpartition(" (")[0]), label.text()
    encoder = window.editors["inputs"].title_label
    assert encoder.text() != encoder.toolTip()  # this one is shortened, at this size
