"""The export actions of the window, driven with pytest-qt and mocked dialogs."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMessageBox

from qkv_gui import app as cli
from qkv_gui import export
from qkv_gui import settings as app_settings
from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.export_data import matrix_as_latex, matrix_as_markdown, matrix_as_tsv
from qkv_gui.core.lesson_file import load_lesson_file, save_lesson_file
from qkv_gui.core.lessons import lesson as lesson_by_id
from qkv_gui.core.presets import load_preset
from qkv_gui.main_window import HEATMAP_NAMES
from tests.helpers import close_window

SVG = "{http://www.w3.org/2000/svg}"




@pytest.fixture
def save_to(monkeypatch):
    """Make the save dialog answer with the path given to the returned function."""
    answer: dict[str, str] = {}

    def get_save_file_name(parent, caption, suggested, filters, *args, **kwargs):
        answer["suggested"] = suggested
        answer["filters"] = filters
        return answer.get("path", ""), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)

    def choose(path) -> dict[str, str]:
        answer["path"] = str(path)
        return answer

    return choose


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def decode(path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable image"
    return image


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


def svg_root(path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return root


def svg_texts(root) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


# -- File menu ---------------------------------------------------------------------


def test_file_menu_entries(window):
    exporter = window.exporter
    texts = [a.text() for a in window.menu("file").actions()]
    start = texts.index("Export &screenshot…")
    assert texts[start : start + 4] == [
        "Export &screenshot…",
        "Export &figure…",
        "Export &data",
        "Export &lesson…",
    ]
    assert texts[-1] == "&Quit"
    assert [a.text() for a in exporter.data_menu.actions()] == [
        "Matrices as &CSV files…",
        "Result as &JSON…",
    ]


def test_screenshot_shortcut_does_not_steal_save_as(window):
    taken = any(
        key.matches(QKeySequence("Ctrl+Shift+S")) == QKeySequence.SequenceMatch.ExactMatch
        for key in window.save_as_action.shortcuts()
    )
    expected = export.SCREENSHOT_FALLBACK_SHORTCUT if taken else export.SCREENSHOT_SHORTCUT
    assert window.exporter.screenshot_action.shortcut() == QKeySequence(expected)


@pytest.mark.parametrize("scale", [1, 2, 3])
def test_screenshot_at_each_scale(window, tmp_path, save_to, monkeypatch, scale):
    monkeypatch.setattr(export, "ask_scale", lambda parent, size, current: float(scale))
    save_to(tmp_path / "shot")  # no extension typed: .png is added
    assert window.exporter.screenshot_action.isEnabled()
    window.exporter.screenshot_action.trigger()
    out = tmp_path / "shot.png"
    image = decode(out)
    assert (image.width(), image.height()) == (window.width() * scale, window.height() * scale)
    assert distinct_colours(image) > 100
    assert str(out) in window.statusBar().currentMessage()
    assert app_settings.settings().value("export/last_folder") == str(tmp_path)


def test_screenshot_renders_at_the_higher_scale(window):
    one = export.render_window(window, 1.0)
    two = export.render_window(window, 2.0)
    assert (two.width(), two.height()) == (2 * one.width(), 2 * one.height())
    assert two != one.scaled(two.size())  # rendered again, not blown up
    # Export buttons are not part of the picture, and come back afterwards.
    assert all(b.isVisible() for b in window.exporter.buttons.values())


def test_scale_dialog_offers_pixel_sizes(window, monkeypatch):
    seen = {}

    def get_item(parent, title, label, items, current, editable):
        seen["items"] = items
        return items[2], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    assert export.ask_scale(window, QSize(800, 500)) == 3.0
    assert "800 × 500" in seen["items"][0]
    assert "1600 × 1000" in seen["items"][1] and "2400 × 1500" in seen["items"][2]
    # On a high-DPI screen "as on screen" already has the screen's pixels.
    assert export.screenshot_scales(2.0) == [2.0, 3.0]
    assert export.screenshot_scales(1.25) == [1.25, 2.0, 3.0]


def test_cancelled_dialogs_write_nothing(window, tmp_path, save_to, monkeypatch):
    monkeypatch.setattr(export, "ask_scale", lambda *a: None)
    save_to(tmp_path / "x.png")
    assert window.exporter.export_screenshot_dialog() is False
    monkeypatch.setattr(export, "ask_size", lambda *a, **k: None)
    assert window.exporter.export_figure_dialog() is False
    assert window.exporter.save_plot_png_dialog("scores") is False
    save_to("")
    assert window.exporter.save_plot_svg_dialog("scores") is False
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_figure(window, tmp_path, save_to, monkeypatch, suffix):
    monkeypatch.setattr(export, "ask_size", lambda parent, title, size, **k: (1300, 820))
    save_to(tmp_path / f"figure{suffix}")
    window.exporter.figure_action.trigger()
    out = tmp_path / f"figure{suffix}"
    if suffix == ".png":
        image = decode(out)
        assert (image.width(), image.height()) == (1300, 820)
        assert distinct_colours(image) > 100
    else:
        root = svg_root(out)
        assert (root.get("width"), root.get("height")) == ("1300", "820")
        texts = " ".join(svg_texts(root))
        for title in ("Inputs", "Queries", "Keys", "Values", "Scores", "Weights", "Context"):
            assert title in texts
    assert app_settings.settings().value("export/figure_size") in ([1300, 820], ["1300", "820"])


# -- every plot ----------------------------------------------------------------------


def test_every_plot_has_a_button_and_a_menu(window):
    exporter = window.exporter
    assert set(exporter.targets) >= {*HEATMAP_NAMES, "geometry", "weights_bar"}
    for name, target in exporter.targets.items():
        button = exporter.buttons[name]
        assert button.parentWidget() is target.widget and button.isVisible()
        assert button.menu() is exporter.plot_menus[name]
        # Top-right corner of the plot.
        assert button.geometry().right() > target.widget.width() - 10
        assert button.geometry().top() < 10
        keys = set(exporter.plot_actions[name])
        assert {"png", "svg", "copy_image"} <= keys
        assert ({"tsv", "latex", "markdown"} <= keys) == (name in HEATMAP_NAMES)


def test_context_menus(window):
    exporter = window.exporter
    for name in HEATMAP_NAMES:
        assert window.heatmaps[name].contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    # The geometry plot has pyqtgraph's own menu: ours is a submenu of it.
    view_box_menu = window.geometry.plot_item.vb.menu
    assert exporter.plot_menus["geometry"].menuAction() in view_box_menu.actions()


def test_right_click_menu_copies(window, qtbot):
    heatmap = window.heatmaps["weights"]
    menu = window.exporter.plot_menus["weights"]
    heatmap.customContextMenuRequested.emit(heatmap.rect().center())
    qtbot.waitUntil(menu.isVisible)
    tsv = next(a for a in menu.actions() if a.text().startswith("Copy as TSV"))
    tsv.trigger()
    menu.close()
    assert QGuiApplication.clipboard().text() == matrix_as_tsv(window.model.result.weights)


@pytest.mark.parametrize("name", [*HEATMAP_NAMES, "geometry", "weights_bar"])
def test_save_plot_as_png(window, tmp_path, save_to, monkeypatch, name):
    exporter = window.exporter
    asked = {}

    def ask_size(parent, title, size, free_aspect=True):
        asked.update(size=size, free=free_aspect)
        return (900, 600)

    monkeypatch.setattr(export, "ask_size", ask_size)
    save_to(tmp_path / f"{name}.png")
    exporter.plot_actions[name]["png"].trigger()
    on_screen = exporter.plot_size(name)
    assert asked["size"] == (on_screen.width() * 2, on_screen.height() * 2)
    image = decode(tmp_path / f"{name}.png")
    if name in HEATMAP_NAMES:
        assert asked["free"] and (image.width(), image.height()) == (900, 600)
    else:  # a pyqtgraph plot keeps its proportions
        assert not asked["free"]
        assert image.width() == 900
        assert abs(image.height() - 900 * on_screen.height() / on_screen.width()) <= 1
    assert distinct_colours(image, 3) > 10
    assert str(tmp_path / f"{name}.png") in window.statusBar().currentMessage()


@pytest.mark.parametrize("name", [*HEATMAP_NAMES, "geometry", "weights_bar"])
def test_save_plot_as_svg(window, tmp_path, save_to, name):
    exporter = window.exporter
    save_to(tmp_path / f"{name}.svg")
    exporter.plot_actions[name]["svg"].trigger()
    root = svg_root(tmp_path / f"{name}.svg")
    size = exporter.plot_size(name)
    assert (root.get("width"), root.get("height")) == (str(size.width()), str(size.height()))
    texts = svg_texts(root)
    labels = window.model.session.labels
    assert all(label in texts for label in labels), (labels, texts)
    if name in HEATMAP_NAMES:
        cells = window.model.result.matrix(name).size
        assert len(list(root.iter(f"{SVG}rect"))) >= cells
        assert (tmp_path / f"{name}.svg").read_bytes().count(b"<image") == 0


@pytest.mark.parametrize("name", ["scores", "geometry"])
def test_copy_image(window, name):
    image = window.exporter.copy_plot_image(name)
    size = window.exporter.plot_size(name)
    assert image.width() == 2 * size.width()
    clip = QGuiApplication.clipboard().image()
    assert not clip.isNull() and clip.width() == image.width()
    assert "Copied" in window.statusBar().currentMessage()


@pytest.mark.parametrize("name", HEATMAP_NAMES)
def test_copy_matrix_text(window, name):
    exporter = window.exporter
    result = compute(window.model.session)
    values = result.matrix(name)
    exporter.plot_actions[name]["tsv"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text == matrix_as_tsv(values)
    back = np.array([[float(c) for c in line.split("\t")] for line in text.split("\n")])
    np.testing.assert_array_equal(back, values)
    exporter.plot_actions[name]["latex"].trigger()
    assert QGuiApplication.clipboard().text() == matrix_as_latex(values)
    exporter.plot_actions[name]["markdown"].trigger()
    heatmap = window.heatmaps[name]
    assert QGuiApplication.clipboard().text() == matrix_as_markdown(
        values, heatmap.row_labels(), heatmap.col_labels()
    )


def test_copy_follows_the_model(window):
    """Update the model → the copied numbers follow."""
    model = window.model
    session = model.session.with_cell("inputs", 0, 0, 3.5)
    assert model.apply(session, "edit")
    text = window.exporter.copy_matrix("queries", "tsv")
    assert text == matrix_as_tsv(compute(session).queries)


def test_a_view_registered_later_gets_its_menu(window, qtbot):
    plot = pg.PlotWidget()
    plot.plot_item = plot.getPlotItem()
    plot.plot_item.plot([0, 1, 2], [1, 3, 2])
    plot.plot_item.setTitle("Loss")
    plot.plot_item.setMenuEnabled(False)
    dock = window.add_dock("Loss", "LossDock", plot, Qt.DockWidgetArea.RightDockWidgetArea)
    window.workbench.register_export_target("loss", plot)
    assert "loss" in window.exporter.targets  # attached as it was registered
    assert window.exporter.attach_plots() == []  # once only
    assert window.exporter.buttons["loss"].parentWidget() is plot
    dock.show()
    qtbot.waitUntil(lambda: plot.isVisible())
    svg = window.exporter.plot_svg("loss")
    assert b"Loss" in svg


# -- data ------------------------------------------------------------------------------


def test_export_csv_folder(window, tmp_path, monkeypatch):
    folder = tmp_path / "matrices"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.exporter.csv_action.trigger()
    result = window.model.result
    for name in RESULT_MATRICES:
        reloaded = np.loadtxt(folder / f"{name}.csv", delimiter=",", ndmin=2)
        np.testing.assert_array_equal(reloaded, result.matrix(name))
        # …which is exactly what the heatmap shows.
        np.testing.assert_array_equal(
            reloaded, window.heatmaps[name].displayed_matrix()
        )
    np.testing.assert_array_equal(
        np.loadtxt(folder / "inputs.csv", delimiter=",", ndmin=2), window.model.session.inputs
    )
    assert str(folder) in window.statusBar().currentMessage()


def test_export_csv_asks_before_replacing(window, tmp_path, monkeypatch):
    (tmp_path / "scores.csv").write_text("mine\n")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    assert window.exporter.export_csv_dialog() is False
    assert asked and "scores.csv" in asked[0]
    assert (tmp_path / "scores.csv").read_text() == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.csv"]


def test_export_json_equals_the_command_line(window, tmp_path, save_to):
    save_to(tmp_path / "gui.json")
    window.exporter.json_action.trigger()
    assert cli.main(["--preset", "default", "--export-data", str(tmp_path / "cli.json")]) == 0
    assert (tmp_path / "gui.json").read_bytes() == (tmp_path / "cli.json").read_bytes()
    assert json.loads((tmp_path / "gui.json").read_text())["format"] == "qkv-gui-result"


def test_a_failing_write_keeps_the_old_file(window, tmp_path, save_to, warnings, monkeypatch):
    out = tmp_path / "scores.svg"
    out.write_bytes(b"old picture")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    save_to(out)
    assert window.exporter.save_plot_svg_dialog("scores") is False
    assert out.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.svg"]
    assert warnings and "No space left on device" in warnings[0]
    assert "Not saved" in window.statusBar().currentMessage()


def test_an_added_extension_is_asked_about(window, tmp_path, save_to, monkeypatch):
    (tmp_path / "fig.png").write_bytes(b"keep")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    save_to(tmp_path / "fig")  # the dialog confirmed "fig", not "fig.png"
    path = export.ask_save_path(window, "x", "", [export.PNG_FILTER])
    assert path == "" and asked and "fig.png" in asked[0]
    assert (tmp_path / "fig.png").read_bytes() == b"keep"


def test_dialogs_start_in_the_last_export_folder(window, tmp_path, save_to):
    app_settings.settings().setValue("export/last_folder", str(tmp_path))
    answer = save_to("")
    window.exporter.save_plot_svg_dialog("weights")
    assert answer["suggested"] == str(tmp_path / "weights.svg")
    assert answer["filters"] == "SVG drawing (*.svg)"


def test_size_dialog_keeps_proportions(window, qtbot):
    dialog = export.SizeDialog(window, "Size", (800, 400))
    qtbot.addWidget(dialog)
    dialog.width_box.setValue(1000)
    assert dialog.value() == (1000, 500)
    dialog.keep.setChecked(False)
    dialog.height_box.setValue(300)
    assert dialog.value() == (1000, 300)
    fixed = export.SizeDialog(window, "Size", (800, 400), free_aspect=False)
    qtbot.addWidget(fixed)
    assert not fixed.keep.isEnabled() and fixed.keep.isChecked()


# -- lessons -------------------------------------------------------------------------


def test_export_lesson_and_open_it_again(qtbot, make_window, tmp_path, save_to):
    win = make_window(load_preset("self_attention"))
    win.model.set_lesson("self_attention")
    for other_dock in win.findChildren(QDockWidget):
        other_dock.hide()  # only the panel of the test is open
    win.bring_to_front("train")
    qtbot.waitUntil(lambda: win.panel("train").isVisible())
    assert win.current_panel() == "train"
    save_to(tmp_path / "handout")
    win.exporter.lesson_action.trigger()
    out = tmp_path / "handout.json"
    session, lesson, panel_name = load_lesson_file(out)
    assert session == win.model.session
    assert (lesson, panel_name) == ("self_attention", "train")  # the panel id, not the dock's name

    other = make_window(load_preset("default"))
    hidden = other.dock("train")
    hidden.hide()
    other.restore_lesson_state(lesson, panel_name)
    assert other.model.lesson == "self_attention"
    assert other.model.highlighted_views == lesson_by_id("self_attention").highlight
    assert hidden.isVisible()


def test_a_lesson_file_naming_a_dock_still_brings_its_panel_to_the_front(window):
    """Files written before panel ids name the dock ("CompareDock")."""
    hidden = window.dock("compare")
    hidden.hide()
    window.restore_lesson_state("last_state", "CompareDock")
    assert window.model.lesson == "last_state"
    assert hidden.isVisible()


def test_no_panel_when_only_the_window_docks_are_open(window):
    for panel_id in ("svd", "train", "compare", "lessons"):
        window.dock(panel_id).hide()
    assert window.current_panel() is None


def test_a_tool_panel_wins_over_the_lessons_dock(window, qtbot):
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    window.bring_to_front("lessons")
    qtbot.waitUntil(window.dock("lessons").isVisible)
    assert window.current_panel() == "lessons"
    window.bring_to_front("svd")
    qtbot.waitUntil(window.dock("svd").isVisible)
    assert window.current_panel() == "svd"


def test_command_line_opens_a_lesson_file(qtbot, tmp_path):
    from qkv_gui.gui import create_window

    path = tmp_path / "handout.json"
    session = load_preset("seq2seq")
    save_lesson_file(path, session, "seq2seq", None)
    model, win = create_window(session, path, None)
    try:
        assert model.lesson == "seq2seq"
        assert model.path is None  # Save must not turn the hand-out into a session file
        assert model.session == session
        assert isinstance(win.findChild(QDockWidget, "MatricesDock"), QDockWidget)
    finally:
        close_window(win)


def test_the_window_keeps_its_exporter(window):
    assert isinstance(window.exporter, export.Exporter)
    assert Path(export.__file__).name == "export.py"
