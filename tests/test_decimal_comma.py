"""The window's numbers in the language's decimal separator: "0,404" in Turkish,
"0.404" in English, everywhere a learner reads them; typing takes both."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit

from qkv_gui import figure
from qkv_gui.core.format import decimal_separator
from qkv_gui.i18n import install_translator
from tests.helpers import wait_until_idle


@pytest.fixture
def language(qtbot):
    """`language(lang)` installs a language as the app does; translators removed afterwards."""
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))

    def install(lang: str) -> str:
        return install_translator(app, lang)

    yield install
    for translator in set(app.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def test_the_language_chooses_the_separator(language):
    assert language("tr") == "tr" and decimal_separator() == ","
    assert language("en") == "en" and decimal_separator() == "."


@pytest.mark.parametrize(("lang", "point"), [("tr", ","), ("en", ".")])
def test_numbers_on_screen(qtbot, language, make_window, lang, point):
    language(lang)
    window = make_window("default")
    wait_until_idle(qtbot, window, repaint=True)
    model = window.model
    # The default preset: weight[the, sat] = 0.404, score[the, sat] = 1.414.
    assert f"0{point}404" in window.heatmaps["weights"].annotation_texts()
    assert f"1{point}414" in window.heatmaps["scores"].annotation_texts()
    assert f"1{point}414" in window.geometry.dot_table.textItem.toPlainText()
    assert window.weights_bar.peak_label.toPlainText() == f"0{point}404"
    assert f"0{point}4045" in window.explain_panel.text()
    assert window.controls.temperature.text() == f"1{point}00"
    assert f"0{point}5" in window.geometry.plot_item.getAxis("left").tickStrings([0.5], 1, 0.5)
    # Exports for reading follow the language; the clipboard's TSV keeps the point.
    latex = "0{,}404" if point == "," else "0.404"
    assert latex in window.exporter.matrix_text("weights", "latex")
    assert f"0{point}404" in window.exporter.matrix_text("weights", "markdown")
    assert "0.404" in window.exporter.matrix_text("weights", "tsv")
    assert "0,404" not in window.exporter.matrix_text("weights", "tsv")
    # The figure's cells.
    panel = figure.matrix_figure(model.session, model.result, "weights", "svg", (640, 480))
    assert f"0{point}404".encode() in panel


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_typing_takes_both_separators(qtbot, language, make_window, lang):
    language(lang)
    window = make_window("default")
    model = window.model
    editor = window.editors["w_q"]
    table = editor.table_model
    for text, value in (("0,5", 0.5), ("0.25", 0.25), ("\u22121,5", -1.5)):
        assert table.setData(table.index(0, 0), text)
        assert model.session.w_q[0, 0] == value
    # The typed editor starts from every digit of the value, in the language's separator.
    view = editor.table
    view.setCurrentIndex(table.index(0, 0))
    view.edit(table.index(0, 0))
    line = view.findChild(QLineEdit)
    assert line is not None and line.text() == ("−1,5" if lang == "tr" else "−1.5").replace("−", "-")
    view.closePersistentEditor(table.index(0, 0))
    # The temperature box.
    box = window.controls.temperature
    for text, value in (("0,5", 0.5), ("2.5", 2.5)):
        box.lineEdit().setText(text)
        box.interpretText()
        assert model.session.temperature == value
    assert box.text() == ("2,50" if lang == "tr" else "2.50")


def test_the_editor_cells_and_tooltips_in_turkish(qtbot, language, make_window):
    language("tr")
    window = make_window("default")
    model = window.model
    model.apply(model.session.with_cell("w_q", 0, 0, 0.5), "edit")
    wait_until_idle(qtbot, window, repaint=True)
    table = window.editors["w_q"].table_model
    assert table.text(0, 0) in ("0,5", "0,50", "0,500")
    assert "0,5" in table.data(table.index(0, 0), 3)  # ToolTipRole
    np.testing.assert_array_equal(model.session.w_q[0, 0], 0.5)


def test_cells_follow_a_language_chosen_while_the_window_is_open(qtbot, language, make_window):
    window = make_window("default")
    wait_until_idle(qtbot, window, repaint=True)
    table = window.editors["w_q"].table_model
    window.model.apply(window.model.session.with_cell("w_q", 0, 0, 0.5), "edit")
    wait_until_idle(qtbot, window, repaint=True)
    english = window.heatmaps["weights"].annotation_texts()
    assert any("." in text for text in english)
    assert table.text(0, 0).startswith("0.5")
    language("tr")
    window.repaint()
    # The cached cell texts are made again in the new separator, not left as they were.
    assert window.heatmaps["weights"].annotation_texts() == [t.replace(".", ",") for t in english]
    assert table.text(0, 0).startswith("0,5")
