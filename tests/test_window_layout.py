"""The window on small screens: the compact layout, the toolbar, saved layouts."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QTabWidget, QToolButton

from qkv_gui import settings as app_settings
from qkv_gui.core.presets import list_presets
from qkv_gui.plotting.cell_text import TEXT_PADDING
from qkv_gui.window_layout import saved_layout_fits, start_size, wants_compact
from tests.helpers import wait_until_idle

SMALL_SCREENS = [(1366, 768), (1280, 720)]
ROOT = Path(__file__).resolve().parents[1]


def drawn_text_px(view) -> int | None:
    """The pixel size the smallest number on `view`'s cells is drawn in (None: no numbers)."""
    px_w, px_h = view.view_box.viewPixelSize()
    cell_w, cell_h = 1.0 / px_w, 1.0 / px_h
    px = view.text_item.text_pixel_size(cell_w, cell_h)
    if px is None:
        return None
    font = QFont()
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    widest = max(metrics.horizontalAdvance(text) / 100 for text in view.annotation_texts())
    return min(px, math.floor((cell_w - TEXT_PADDING) / widest))


def shown_labels(view, side: str) -> list[str]:
    return [label for _pos, label in view.plot_item.getAxis(side)._tickLevels[0]]


def overflows(bar) -> bool:
    """Whether a toolbar or menu bar shows its » button (something did not fit)."""
    button = bar.findChild(QToolButton, "qt_toolbar_ext_button") or bar.findChild(
        QToolButton, "qt_menubar_ext_button")
    return button is not None and button.isVisible()


def test_small_windows_get_the_compact_layout():
    assert wants_compact(1366, 768) and wants_compact(1280, 720) and wants_compact(1920, 700)
    assert not wants_compact(1600, 1000) and not wants_compact(1920, 1080)
    assert start_size((1600, 1000), QSize(1366, 740)) == (1366, 740)
    assert start_size((1600, 1000), None) == (1600, 1000)


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_every_number_and_token_is_readable_on_a_small_screen(make_window, qtbot, size):
    window = make_window("default", size=size)
    assert window.compact
    wait_until_idle(qtbot, window)
    assert window.size().toTuple() == size  # the window may be that small
    for name, view in window.heatmaps.items():
        if name == "weights":
            window.findChild(QTabWidget, "weightsTabs").setCurrentWidget(view)
            wait_until_idle(qtbot, window)
        assert view.annotations_visible(), name
        assert drawn_text_px(view) >= 9, name
        rows, cols = view.row_labels(), view.col_labels()
        assert shown_labels(view, "left") == list(rows), name
        assert shown_labels(view, "top") == list(cols), name


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_nothing_overflows_or_is_cut_on_a_small_screen(make_window, qtbot, size):
    window = make_window("default", size=size)
    wait_until_idle(qtbot, window)
    assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]
    for bar in (window.controls, window.step_through, window.menuBar()):
        assert not overflows(bar), bar.objectName()
    window.workbench.actions.last_input_only.trigger()
    wait_until_idle(qtbot, window)
    assert not overflows(window.controls) and window.controls.last_only.isVisible()

    window.bring_to_front("train")
    panel = window.panel("train")
    wait_until_idle(qtbot, window)
    for button in (panel.train_button, panel.step_button, panel.reset_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        # Whole, not cut by the edge of the panel's scroll area.
        assert button.visibleRegion().boundingRect().size() == button.size(), button.text()


def test_the_full_layout_keeps_its_three_columns(window):
    assert not window.compact
    assert window.step_through.parentWidget() is window
    assert window.weights_bar.parentWidget() is window.centralWidget()


def test_a_lesson_pointing_at_the_weights_bar_brings_its_tab_forward(make_window, qtbot):
    window = make_window("default", size=(1280, 720))
    tabs = window.findChild(QTabWidget, "weightsTabs")
    assert tabs.currentWidget() is window.heatmaps["weights"]
    window.model.set_highlighted_views(("weights_bar",))
    assert tabs.currentWidget() is window.weights_bar


def test_only_the_last_input_keeps_its_buttons_in_the_toolbar(window, qtbot):
    """The status beside the buttons used to widen their group: the group went
    into the » menu, hidden, and stayed there after the status was gone."""
    controls = window.controls
    wait_until_idle(qtbot, window)
    assert not overflows(controls)
    window.workbench.actions.last_input_only.trigger()
    wait_until_idle(qtbot, window)
    assert controls.override.isVisible() and controls.last_only.isVisible()
    assert not overflows(controls)
    assert "✓" in controls.last_status.shown_text()[0]
    assert controls.last_status.toolTip() == controls.last_status.text()
    window.model.undo_stack.undo()
    wait_until_idle(qtbot, window)
    assert controls.last_status.text() == ""
    assert controls.override.isVisible() and controls.last_only.isVisible()
    assert not overflows(controls)


def dock_widths(window) -> tuple[int, int]:
    return window.dock("matrices").width(), window.dock("geometry").width()



def reopened(make_window, qtbot):
    """A new window that restores the saved layout, shown at the default size."""
    again = make_window("default", show=False)
    again.restore_layout()
    again.resize(1600, 1000)  # the offscreen screen is smaller than the restored window
    again.show()
    wait_until_idle(qtbot, again)
    return again

def test_docks_saved_in_a_smaller_window_take_the_default_proportions(make_window, qtbot):
    first = make_window("default")
    wait_until_idle(qtbot, first)
    default = dock_widths(first)
    first.resize(1500, 820)  # a smaller screen, still the full layout
    first.resizeDocks([first.dock("matrices"), first.dock("geometry")], [250, 300], Qt.Orientation.Horizontal)
    wait_until_idle(qtbot, first)
    shrunk = dock_widths(first)
    assert shrunk[0] < default[0] - 30 and shrunk[1] < default[1] - 60
    first.save_layout()

    again = reopened(make_window, qtbot)
    assert all(abs(got - want) <= 12 for got, want in zip(dock_widths(again), default, strict=True))


def test_docks_saved_in_a_window_of_the_same_size_are_restored(make_window, qtbot):
    first = make_window("default")
    first.resizeDocks([first.dock("matrices"), first.dock("geometry")], [230, 330], Qt.Orientation.Horizontal)
    wait_until_idle(qtbot, first)
    saved = dock_widths(first)
    first.save_layout()
    again = reopened(make_window, qtbot)
    assert all(abs(got - want) <= 12 for got, want in zip(dock_widths(again), saved, strict=True))
    assert app_settings.settings().value("window/size") == QSize(1600, 1000)


def test_a_saved_layout_fits_only_a_window_of_about_its_size():
    assert saved_layout_fits(QSize(1600, 1000), QSize(1620, 990))
    assert not saved_layout_fits(QSize(1280, 720), QSize(1600, 1000))
    assert not saved_layout_fits(QSize(1920, 1200), QSize(1366, 768))
    assert not saved_layout_fits(None, QSize(1600, 1000))


@pytest.mark.slow
@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_screenshot_of_every_preset_on_a_small_screen(tmp_path, size):
    for preset in list_presets():
        out = tmp_path / f"{preset}.png"
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--preset", preset, "--screenshot", str(out),
             "--size", f"{size[0]}x{size[1]}"],
            capture_output=True, text=True, timeout=120, cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        assert QImage(str(out)).size() == QSize(*size), preset


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)])
def test_the_side_dock_shows_every_tab_title_whole(make_window, size):
    """Five panels share the geometry's dock (… Compare, Positions): their tab titles
    are not cut to "Geome…", "Positi…" in the full layout either."""
    from qkv_gui.window_layout import side_dock_width

    window = make_window("default", size=size)
    dock = window.dock("geometry")
    assert side_dock_width(window, dock.width()) <= dock.width()
