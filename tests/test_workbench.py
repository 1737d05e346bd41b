"""The app wiring: the table of panels, the Workbench a panel gets, the shared actions."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from qkv_gui.core.panels import dock_object_name
from qkv_gui.core.presets import load_preset
from qkv_gui.main_window import MainWindow
from qkv_gui.model import AttentionModel
from qkv_gui.workbench import PANEL_IDS, PANELS, LazyPanel, SharedActions, Workbench


@pytest.fixture
def window(qtbot):
    model = AttentionModel(load_preset("seq2seq"))
    win = MainWindow(model)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    yield win
    model.undo_stack.setClean()
    win.close()
    win.deleteLater()


# -- shared actions (no window) -------------------------------------------------------------


def test_only_the_last_input_is_one_undo_step_with_a_message(qtbot, self_session):
    model = AttentionModel(self_session)
    actions = SharedActions(model)
    with qtbot.waitSignal(model.message) as said:
        actions.last_input_only.trigger()
    assert "last input's value vector" in said.args[0]
    assert model.undo_stack.count() == 1 and model.undo_stack.undoText() == "Only the last input"
    np.testing.assert_array_equal(model.result.context, np.repeat(model.result.values[-1:], 3, axis=0))
    assert actions.last_input_only.shortcut().toString() == "Ctrl+L"


def test_projection_action_follows_the_session_and_switches_it(self_session):
    model = AttentionModel(self_session)
    actions = SharedActions(model)
    assert actions.projection.isCheckable() and actions.projection.isChecked() == self_session.projection
    actions.projection.trigger()
    assert model.session.projection is not self_session.projection
    assert actions.projection.isChecked() == model.session.projection
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()  # the session changes from elsewhere: the check follows
    assert actions.projection.isChecked() == self_session.projection


def test_a_workbench_without_a_window_keeps_its_targets(qtbot, self_session):
    import pyqtgraph as pg

    model = AttentionModel(self_session)
    bench = Workbench(model)
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    with qtbot.waitSignal(bench.exportTargetAdded) as added:
        bench.register_export_target("loss", plot)
    assert added.args == ["loss"]
    bench.register_export_target("loss", plot)  # once only
    assert list(bench.export_targets()) == ["loss"]
    assert bench.export_targets()["loss"].plot_item is plot.getPlotItem()
    bench.bring_to_front("compare")  # no window: nothing to do, no error


# -- the table of panels in the window --------------------------------------------------------


def test_every_panel_of_the_table_has_its_dock(window):
    assert sorted(spec.id for spec in PANELS) == sorted(PANEL_IDS)
    for spec in PANELS:
        dock = window.dock(spec.id)
        assert isinstance(dock, QDockWidget) and dock.objectName() == spec.dock_name
        assert dock.windowTitle() == spec.translated_title()
        assert window.dockWidgetArea(dock) == spec.area
        assert isinstance(dock.widget(), LazyPanel) == spec.lazy
        if spec.tab_with is not None:
            if spec.hidden:
                assert dock.isHidden()
                window.bring_to_front(spec.id)  # shown, it takes its place in the tab group
            assert window.dock(spec.tab_with) in window.tabifiedDockWidgets(dock)
        assert dock.toggleViewAction() in window.menu("view").actions()


def test_panel_builds_on_demand_and_only_once(window):
    holder = window.lazy_panels()["svd"]
    assert not holder.is_built()
    panel = window.panel("svd")
    assert holder.is_built() and window.panel("svd") is panel
    assert "svd.bars_plot" in window.exporter.targets  # registered when it was built


def test_bring_to_front_shows_and_raises_a_panel(window, qtbot):
    window.dock("train").hide()
    window.bring_to_front("train")
    qtbot.waitUntil(lambda: window.current_panel() == "train")
    assert window.lazy_panels()["train"].is_built()


def test_panel_docks_keep_the_object_names_lesson_files_and_layouts_know():
    # The table's docks keep the object names files and saved layouts know them by.
    for spec in PANELS:
        assert spec.dock_name == dock_object_name(spec.id)


def test_toolbar_menu_and_compare_share_one_projection_action(window, qtbot):
    model, action = window.model, window.workbench.actions.projection
    edit_menu = window.menu("edit")
    assert action in edit_menu.actions() and window.workbench.actions.last_input_only in edit_menu.actions()
    before = model.session.projection
    window.controls.projection.click()
    assert model.session.projection is not before and action.isChecked() is not before
    window.bring_to_front("compare")
    compare = window.panel("compare")
    compare.set_comparison("projections")
    compare.toggle_button.click()
    assert model.session.projection is before
    assert window.controls.projection.isChecked() is before
    assert [model.undo_stack.text(i) for i in range(2)] == [
        "Turn projections off" if before else "Turn projections on",
        "Turn projections on" if before else "Turn projections off",
    ]


def test_ctrl_l_is_the_shared_action(window, qtbot):
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.model.undo_stack.undoText() == "Only the last input"
