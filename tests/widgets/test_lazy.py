"""SeenRefresh: a costly panel redraws only while seen, and catches up once when shown."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from qkv_gui.core.presets import load_preset
from qkv_gui.model import Change
from qkv_gui.plotting.seen import SeenRefresh


def test_hidden_widget_refreshes_once_when_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    lazy = SeenRefresh(widget, lambda: calls.append(1))
    for _ in range(5):
        lazy.request()
    assert calls == [] and lazy.stale
    widget.show()
    qtbot.waitExposed(widget)
    assert calls == [1] and not lazy.stale
    lazy.request()  # seen: at once
    assert calls == [1, 1]
    widget.hide()
    widget.show()  # nothing missed: no redraw
    assert calls == [1, 1]


def test_a_late_refresh_knows_everything_that_changed_while_hidden(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    asked = []
    lazy = SeenRefresh(widget, lambda: asked.append(
        (lazy.changed("inputs"), lazy.changed("w_q"), lazy.changed("scores"))))
    lazy.run()
    assert asked == [(True, True, True)]  # before the first refresh, all of it
    lazy.request(Change(frozenset({"w_q"}), frozenset({"queries", "scores"})))
    lazy.request()  # a hover: nothing of the session
    lazy.request(Change(frozenset({"temperature"}), frozenset({"weights"})))
    widget.show()
    qtbot.waitExposed(widget)
    assert asked[1:] == [(False, True, True)]  # the two edits, merged, not the inputs
    lazy.request(Change(frozenset(), frozenset(), loaded=True))
    assert asked[2:] == [(True, True, True)]  # a new session: redo everything
    lazy.request()
    assert asked[3:] == [(False, False, False)]


def test_inactive_widget_waits_until_active(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    calls = []
    lazy = SeenRefresh(widget, lambda: calls.append(1))
    lazy.set_active(False)
    lazy.request()
    assert calls == []
    lazy.set_active(True)
    assert calls == [1]
    lazy.set_active(True)
    assert calls == [1]


def test_svd_panel_behind_its_tab_catches_up_when_raised(qtbot, make_window):
    win = make_window(load_preset("movies_svd"))
    model = win.model
    win.dock("geometry").raise_()
    qtbot.waitUntil(lambda: not win.panel("svd").when_seen.seen())
    before = win.panel("svd").singular_values().copy()
    model.apply(model.session.with_cell("inputs", 0, 0, 9.0), "edit")
    np.testing.assert_array_equal(win.panel("svd").singular_values(), before)  # not redrawn
    win.dock("svd").raise_()
    qtbot.waitUntil(win.panel("svd").when_seen.seen)
    expected = np.linalg.svd(model.session.inputs, compute_uv=False)
    np.testing.assert_allclose(win.panel("svd").singular_values(), expected, rtol=1e-12)


def test_tabbed_panels_are_built_on_first_use(qtbot, make_window):
    win = make_window(load_preset("default"))
    holders = win.lazy_panels()
    assert {"svd", "train", "compare", "output", "positions"} <= set(holders)
    # Behind the geometry tab: nothing built at start.
    assert not any(holder.is_built() for holder in holders.values())
    assert not any(name.startswith(("svd", "train")) for name in win.exporter.targets)

    win.dock("train").raise_()
    qtbot.waitUntil(holders["train"].is_built)
    assert not holders["svd"].is_built()
    assert win.dock("train").widget().panel() is win.panel("train")
    # Its plots get their export menus as soon as it exists.
    assert "train.loss_plot" in win.exporter.targets

    # Asking for the panel builds it too (and only once).
    svd_panel = win.panel("svd")
    assert holders["svd"].is_built() and win.panel("svd") is svd_panel
    with pytest.raises(KeyError):
        win.panel("no_such_panel")
    assert not hasattr(win, "svd_panel")  # no attribute that builds a panel when read


def test_a_lesson_about_the_compare_panel_builds_and_raises_it(qtbot, make_window):
    win = make_window(load_preset("default"))
    assert not win.lazy_panels()["compare"].is_built()
    win.panel("lessons").open_lesson("last_state")
    assert win.lazy_panels()["compare"].is_built()
    qtbot.waitUntil(win.panel("compare").when_seen.seen)
    assert win.panel("compare").comparison() == "last_input"
    # Built once, though building it brings its own dock to the front.
    from qkv_gui.widgets.compare_panel import ComparePanel

    assert len(win.dock("compare").findChildren(ComparePanel)) == 1
