"""View → Language switches the interface while the app runs, and the choice is kept.

Every test here that changes the language sets English again afterwards (the
`english_after` fixture), so no other test sees the Turkish translator.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu

from qkv_gui import app as cli
from qkv_gui import gui, i18n, window_menus
from qkv_gui.core import matrices
from qkv_gui.core.lessons import LESSONS
from qkv_gui.widgets import lessons_panel

TURKISH = QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
ENGLISH_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def english_after(qapp):
    """Whatever a test switches to, English (translators and locale) afterwards."""
    yield
    i18n.set_language("en")
    assert tr("MainWindow", "&File") == "&File"
    assert QLocale().language() == QLocale.Language.English


def choose(window, lang: str, qtbot) -> None:
    """View → Language → `lang`, as the learner picks it; waits for the window to follow."""
    action = next(a for a in window.language_menu.actions() if a.data() == lang)
    action.trigger()
    wanted = tr("MainWindow", "&File")
    qtbot.waitUntil(lambda: window.menu("file").title() == wanted)


def samples(window) -> dict[str, str]:
    """One text of each kind the learner reads."""
    geometry = window.geometry
    compare = window.panel("compare")
    lessons = window.panel("lessons")
    editor = window.editors["inputs"]
    return {
        "menu": window.menu("file").title(),
        "action": window.save_as_action.text(),
        "lessons menu": lessons.lessons_menu.menu.title(),
        "dock title": window.dock("explain").windowTitle(),
        "toolbar": window.controls.causal.text(),
        "plot title": window.heatmaps["scores"].title(),
        "axis label": window.heatmaps["scores"].plot_item.getAxis("left").labelText,
        "geometry axis": geometry.plot_item.getAxis("bottom").labelText,
        "table header": compare.query_axes[0].axis.labelText,
        "header tooltip": editor.table_model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole),
        "explain": window.explain_panel.title.text(),
        "explain note": window.explain_panel.text(),
        "lesson": lessons.title_label.text(),
        "try this": lessons.try_label.text(),
        "train": window.panel("train").step_button.text(),
        "svd": window.panel("svd").bars_plot.getPlotItem().titleLabel.text,
        "step-through": window.step_through.first_action.text(),
    }


def test_switching_retranslates_every_kind_of_text_and_back(make_window, qtbot, english_after):
    window = make_window("default")
    for panel in ("compare", "train", "svd"):
        window.panel(panel)
    window.panel("lessons").open_lesson(LESSONS[0].id)
    window.model.set_hover(("context", 0, 0))
    english = samples(window)
    assert english["menu"] == "&File" and english["dock title"] == "Explain"
    assert english["plot title"] == matrices.MESSAGES[matrices.title_id("scores", window.model.session, False)]

    choose(window, "tr", qtbot)
    turkish = samples(window)
    assert window.menu("file").title() == tr("MainWindow", "&File") != "&File"
    assert turkish["lesson"] == lessons_panel.translated(LESSONS[0].title) != LESSONS[0].title
    assert turkish["plot title"] == i18n.translated_text(
        "matrices", matrices.title_id("scores", window.model.session, False))
    assert turkish["axis label"] == tr("HeatmapView", "query")
    unchanged = [kind for kind in english if turkish[kind] == english[kind]]
    assert unchanged == []

    choose(window, "en", qtbot)
    assert samples(window) == english


def test_the_language_menu_says_which_language_is_on(make_window, qtbot, english_after, self_session):
    window = make_window(self_session, show=False)
    assert window.windowTitle() == "Untitled[*] — qkv_gui"
    checked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
    assert checked == ["en"]
    assert [a.text() for a in window.language_menu.actions()] == ["English", "Türkçe"]
    choose(window, "tr", qtbot)
    assert window.windowTitle() == tr("MainWindow", "{name}[*] — qkv_gui").format(name=tr("MainWindow", "Untitled"))
    assert "Untitled" not in window.windowTitle()
    assert [a.data() for a in window.language_menu.actions() if a.isChecked()] == ["tr"]
    # The names stay each in its own language, so a learner finds theirs.
    assert [a.text() for a in window.language_menu.actions()] == ["English", "Türkçe"]


def test_numbers_follow_the_language(make_window, qtbot, english_after, monkeypatch):
    """Spin boxes take the locale's decimal separator, and the plots and tables format
    every number again (with whatever the number format of the language is)."""
    from qkv_gui.plotting import cell_text, matrix_table

    def with_locale_separator(value, decimals):
        return f"{value:.{decimals}f}".replace(".", QLocale().decimalPoint())

    monkeypatch.setattr(cell_text, "fixed", with_locale_separator)
    monkeypatch.setattr(matrix_table, "fixed", with_locale_separator)
    window = make_window("default")
    heatmap, editor = window.heatmaps["weights"], window.editors["inputs"]
    assert any("." in text for text in heatmap.text_item.texts)
    assert window.controls.temperature.text() == "1.00"

    choose(window, "tr", qtbot)
    assert window.controls.temperature.text() == "1,00"
    assert QLocale().decimalPoint() == ","
    assert any("," in text for text in heatmap.text_item.texts)
    assert not any("." in text for text in heatmap.text_item.texts)
    table = editor.table_model
    assert "," in table.data(table.index(0, 0), Qt.ItemDataRole.DisplayRole) or table.matrix[0, 0].is_integer()


def test_the_plot_context_menu_is_turkish(make_window, qtbot, english_after):
    """Right-click the geometry plot: pyqtgraph's own menu (made with the plot, in English)
    follows the switch, as does its Export dialog."""
    window = make_window("default")
    choose(window, "tr", qtbot)
    view = window.geometry
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=view.viewport().rect().center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    try:
        texts = [a.text() for a in menu.actions()]
        titles = [a.menu().title() for a in menu.actions() if a.menu() is not None]
    finally:
        menu.close()
    assert tr("ViewBox", "View All") in texts and "View All" not in texts
    assert f"X {tr('ViewBox', 'axis')}" in titles and "X axis" not in titles
    assert tr("ViewBox", "Mouse Mode") in titles
    assert tr("PlotItem", "Plot Options") in titles
    assert tr("GraphicsScene", "Export...") in texts
    assert tr("Exporter", "Export") in titles  # the app's own Export menu, added to it

    scene = view.scene()
    scene.showExportDialog()
    dialog = scene.exportDialog
    try:
        assert dialog.ui.exportBtn.text() == tr("Form", "Export") != "Export"
        formats = [dialog.ui.formatList.item(i).text() for i in range(dialog.ui.formatList.count())]
        assert tr("Exporter", "Scalable Vector Graphics (SVG)") in formats
        tree = dialog.ui.itemTree
        assert tree.topLevelItem(0).text(0) == tr("ExportDialog", "Entire Scene") != "Entire Scene"
        choose(window, "en", qtbot)
        assert tree.topLevelItem(0).text(0) == "Entire Scene"
        assert dialog.ui.exportBtn.text() == "Export"
        assert "Scalable Vector Graphics (SVG)" in [
            dialog.ui.formatList.item(i).text() for i in range(dialog.ui.formatList.count())]
        assert view.plot_item.vb.menu.viewAll.text() == "View All"
    finally:
        dialog.close()


# -- remembered, and the first start ---------------------------------------------------------


def test_the_choice_is_kept_for_the_next_start(make_window, qtbot, english_after):
    window = make_window("default", show=False)
    choose(window, "tr", qtbot)
    assert i18n.saved_language() == "tr"
    window.close()
    i18n.set_language("en")  # as a new process starts
    gui.make_application()  # the start-up path: no --lang
    assert i18n.current_language() == "tr"
    reopened = make_window("default", show=False)
    assert reopened.menu("file").title() == tr("MainWindow", "&File") != "&File"
    assert [a.data() for a in reopened.language_menu.actions() if a.isChecked()] == ["tr"]


def test_the_first_start_follows_the_system_language(monkeypatch, english_after):
    assert i18n.saved_language() is None
    monkeypatch.setattr(i18n, "system_locale", lambda: TURKISH)
    assert i18n.start_language(None) == "tr"
    monkeypatch.setattr(i18n, "system_locale", lambda: ENGLISH_US)
    assert i18n.start_language(None) == "en"
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(QLocale.Language.German))
    assert i18n.start_language(None) == "en"  # a language the app does not have


def test_the_lang_option_wins_over_the_choice_and_the_system(monkeypatch, english_after):
    monkeypatch.setattr(i18n, "system_locale", lambda: TURKISH)
    window_menus.switch_language("tr")
    assert i18n.start_language("en") == "en"
    assert i18n.start_language(None) == "tr"
    # Headless exports leave the remembered choice aside, like the remembered session.
    i18n.save_language("en")
    assert i18n.start_language(None, remembered=False) == "tr"


# -- --lang and the headless exports ------------------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path) -> str:
    return " ".join("".join(t.itertext()) for t in ET.parse(path).getroot().iter(f"{SVG}text"))


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_lang_applies_to_the_figure_export(tmp_path, lang, monkeypatch, english_after):
    monkeypatch.setattr(i18n, "system_locale", lambda: ENGLISH_US if lang == "tr" else TURKISH)
    out = tmp_path / "figure.svg"
    assert cli.main(["--preset", "default", "--export-figure", str(out), "--lang", lang]) == 0
    text = svg_texts(out)
    assert i18n.current_language() == lang
    keys = i18n.translated_text("matrices", "title.keys.self.projected")  # in the language --lang set
    assert keys.split(" ")[0] in text
    assert (keys == matrices.MESSAGES["title.keys.self.projected"]) == (lang == "en")


def test_lang_applies_to_the_plot_export(tmp_path, english_after):
    out = tmp_path / "geometry.svg"
    assert cli.main(["--preset", "default", "--export-plot", "geometry", str(out), "--lang", "tr"]) == 0
    text = svg_texts(out)
    assert tr("GeometryView", "keys") in text and tr("GeometryView", "keys") != "keys"


def test_lang_applies_to_the_screenshot(tmp_path, monkeypatch, english_after):
    """--screenshot --lang tr: the window is drawn with its Turkish texts."""
    seen = {}
    real = gui._screenshot

    def screenshot(app, window, out, *args, **kwargs):
        seen["menu"] = window.menu("file").title()
        seen["dock"] = window.dock("explain").windowTitle()
        return real(app, window, out, *args, **kwargs)

    monkeypatch.setattr(gui, "_screenshot", screenshot)
    monkeypatch.setattr(gui, "quiet_offscreen_warnings", lambda: None)  # keep pytest-qt's handler
    out = tmp_path / "window.png"
    assert cli.main(["--preset", "default", "--screenshot", str(out), "--size", "1366x768", "--lang", "tr"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert seen == {"menu": tr("MainWindow", "&File"), "dock": tr("MainWindow", "Explain")}
    assert seen["menu"] != "&File"


def test_the_side_tabs_stay_whole_after_a_switch_on_a_small_screen(make_window, qtbot, english_after):
    """Compact layout: the side docks were sized for the English tab titles; the longer
    Turkish ones (e.g. "Karşılaştırma") get the room they need, as at a Turkish start."""
    from qkv_gui.window_layout import side_dock_width

    window = make_window("default", size=(1366, 768))
    assert window.compact
    dock = window.dock("geometry")
    choose(window, "tr", qtbot)
    qtbot.waitUntil(lambda: side_dock_width(window, dock.width()) <= dock.width())


def test_the_per_head_tips_of_d_k_and_d_v_follow_the_language(make_window, qtbot, english_after):
    window = make_window("many_heads")  # 2 heads: d_k ± and d_v ± change each head's block
    w_q, w_v = window.editors["w_q"], window.editors["w_v"]
    assert w_q.dim_plus_action.toolTip() == (
        "Add a column of zeros to each head's W_Q and W_K (each head's d_k + 1)")
    choose(window, "tr", qtbot)
    assert w_q.dim_plus_action.toolTip() == (
        "Her kafanın W_Q ve W_K bloğuna sıfırlardan oluşan bir sütun ekle (her kafanın d_k değeri + 1)")
    assert w_v.dim_minus_action.toolTip() == (
        "Her kafanın W_V bloğundan son sütunu kaldır (her kafanın d_v değeri − 1)")
