"""The Turkish interface: presets in Turkish (tokens too), explain formulas and notes,
the Edit menu's undo texts, the glossary, and Turkish letters through every file."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qkv_gui.core.compute import compute
from qkv_gui.core.glossary import GLOSSARY
from qkv_gui.core.presets import labels_message, load_preset, localized, messages
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import load_session, save_session

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "qkv_gui_tr.ts"
TURKISH_LETTERS = ("çiçek", "ağaç", "ılık", "İzmir", "öykü", "şeker", "üzüm")


# -- presets ---------------------------------------------------------------------


def test_every_preset_text_is_a_message_and_symbols_are_not():
    table = messages()
    assert table["default.title"] == "The cat sat on the mat"
    assert table["default.labels"] == "the cat sat on mat"
    assert "seq2seq.labels" not in table  # h1 … h4 are symbols
    assert labels_message(("x1", "x2")) is None and labels_message(("a b", "c")) is None


def test_localized_translates_title_description_and_the_labels_as_one_sentence():
    words = {"The cat sat on the mat": "Küçük kedi", "the cat sat on mat": "küçük kedi paspasın üstüne oturdu"}
    session = localized(load_preset("default"), lambda text: words.get(text, text))
    assert session.title == "Küçük kedi"
    assert session.labels == ("küçük", "kedi", "paspasın", "üstüne", "oturdu")
    # A translation with another number of words, or a word twice, keeps the English tokens.
    for wrong in ("kedi oturdu", "bir kedi bir paspas oturdu"):
        assert localized(load_preset("default"), lambda text, w=wrong: w).labels == load_preset("default").labels


@pytest.mark.usefixtures("turkish")
def test_a_preset_opens_in_turkish_and_a_saved_file_keeps_its_tokens(make_window, tmp_path):
    window = make_window("self_attention", show=False)
    titles = [a.text() for a in window.menu("presets").actions()]
    assert "Küçük kedi paspasın üstüne oturdu" in titles and "5 boyuttan 2 boyuta" in titles
    assert window.open_preset("default")
    assert window.model.session.labels == ("küçük", "kedi", "paspasın", "üstüne", "oturdu")
    assert window.windowTitle() == "Küçük kedi paspasın üstüne oturdu[*] — qkv_gui"
    assert window.statusBar().currentMessage() == "Hazır örnek açıldı: “Küçük kedi paspasın üstüne oturdu”"
    # A file saved in English keeps its English tokens; its preset title is shown in Turkish.
    path = tmp_path / "english.json"
    save_session(load_preset("default"), path)
    assert window.open_file(str(path), ask=False)
    assert window.model.session.labels == ("the", "cat", "sat", "on", "mat")
    window.model.mark_saved("")
    window._on_file_changed()
    assert window.windowTitle().startswith("Küçük kedi paspasın üstüne oturdu")


@pytest.mark.usefixtures("turkish")
def test_a_lesson_and_the_command_line_preset_are_turkish(qtbot):
    from qkv_gui.gui import create_window

    model, window = create_window(load_preset("five_to_two"), None, "five_to_two")
    try:
        assert model.session.labels == ("bu", "robot", "eski", "filmleri", "seviyor")
        assert window.panel("lessons").open_lesson("learned")
        assert model.session.labels[0] == "küçük"
    finally:
        window.model.undo_stack.setClean()
        window.close()
        window.deleteLater()


# -- explain ----------------------------------------------------------------------


@pytest.mark.usefixtures("turkish")
def test_explain_names_matrices_and_roles_in_turkish(make_window, seq2seq_session):
    window = make_window(seq2seq_session, show=False)
    panel = window.explain_panel
    window.model.set_hover(("keys", 1, 0))
    assert "Dönüşüm kapalı: anahtarlar kodlayıcının ham gizli durumlarıdır, K = H." in panel.text()
    window.model.set_hover(("weights", 0, 1))
    assert "<b>ağırlık[s1, h2]</b> = exp(puan[s1, h2]) / Σ_j exp(puan[s1, j])" in panel.text()
    window.model.set_hover(("context", 0, 0))
    assert "<b>bağlam[s1, 1]</b> = Σ_j ağırlık[s1, j] × V[j, 1]" in panel.text()


@pytest.mark.usefixtures("turkish")
def test_a_masked_score_reads_in_turkish(make_window, self_session):
    window = make_window(self_session.replace(causal=True), show=False)
    window.model.set_hover(("scores", 0, 2))
    text = window.explain_panel.text()
    assert "<b>puan[x1, x3]</b> = <span" in text and ">maskeli</span>" in text
    assert "1. sorgu yalnızca 1..1 arasındaki girdilere bakabilir" in text


def test_explain_keeps_english_words_without_a_translation(make_window, self_session):
    window = make_window(self_session.replace(causal=True), show=False)
    window.model.set_hover(("scores", 0, 2))
    text = window.explain_panel.text()
    assert "<b>score[x1, x3]</b> = <span" in text and ">masked</span>" in text


# -- undo and redo ------------------------------------------------------------------------


def test_undo_and_redo_name_the_step_and_have_no_dangling_colon(make_window, self_session):
    window = make_window(self_session, show=False)
    assert (window.undo_action.text(), window.redo_action.text()) == ("&Undo", "&Redo")
    assert not window.undo_action.isEnabled()
    assert window.model.apply(self_session.replace(temperature=2.0), "Change temperature")
    assert window.undo_action.text() == "&Undo: Change temperature" and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.model.session.temperature == 1.0
    assert (window.undo_action.text(), window.redo_action.text()) == ("&Undo", "&Redo: Change temperature")


@pytest.mark.usefixtures("turkish")
def test_turkish_undo_has_no_dangling_colon(make_window, self_session):
    window = make_window(self_session, show=False)
    assert (window.undo_action.text(), window.redo_action.text()) == ("&Geri al", "&Yinele")
    assert window.model.apply(self_session.replace(temperature=2.0), "Sıcaklığı değiştir")
    assert window.undo_action.text() == "&Geri al: Sıcaklığı değiştir"


# -- glossary -----------------------------------------------------------------------


def test_the_glossary_dialog_shows_the_one_table(make_window):
    from PySide6.QtCore import Qt

    from qkv_gui.glossary_dialog import GlossaryDialog

    window = make_window("default", show=False)
    help_texts = [a.text() for a in window.menu("help").actions()]
    assert "&Glossary" in help_texts
    dialog = GlossaryDialog(window)
    try:
        table = dialog.table
        assert (table.rowCount(), table.columnCount()) == (len(GLOSSARY), 2)
        rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
        assert ("score", "puan") in rows and ("dot product", "iç çarpım") in rows
        assert table.item(0, 1).flags() & Qt.ItemFlag.ItemIsSelectable
        assert not table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    finally:
        dialog.close()


def test_the_terms_are_documented_once_in_code():
    doc = (ROOT / "docs" / "TRANSLATING.md").read_text(encoding="utf-8")
    assert "qkv_gui/core/glossary.py" in doc
    assert "| dot product |" not in doc  # the table lives in the code, not copied here


def test_the_translation_uses_the_glossary_words():
    """Outside the lessons (rewritten elsewhere), no word the glossary says to avoid."""
    avoided = [word for term in GLOSSARY for word in term.avoid]
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "lessons":
            continue
        for message in context.iter("message"):
            text = (message.find("translation").text or "").replace("İ", "i").replace("I", "ı").lower()
            found += [(word, text) for word in avoided if word in text]
    assert found == []


# -- Turkish letters in and out --------------------------------------------------------


@pytest.fixture
def turkish_session() -> Session:
    inputs = [[float(i), float(i % 3) - 1.0] for i in range(len(TURKISH_LETTERS))]
    return Session(inputs=inputs, labels=TURKISH_LETTERS, score_kind="dot")


def test_turkish_letters_survive_a_session_file(turkish_session, tmp_path):
    path = tmp_path / "oturum.json"
    save_session(turkish_session, path)
    assert "İzmir" in path.read_text(encoding="utf-8")  # readable, not \u escapes
    assert load_session(path).labels == TURKISH_LETTERS


def test_turkish_letters_survive_csv_and_svg_export(make_window, turkish_session, tmp_path):
    from qkv_gui import figure

    window = make_window(turkish_session, show=False)
    # A token renamed in the editor, with a dotted capital I and a soft g.
    assert window.editors["inputs"].rename_token(0, "İğne")
    labels = ("İğne", *TURKISH_LETTERS[1:])
    assert window.model.session.labels == labels
    assert window.exporter.export_csv(str(tmp_path))
    with open(tmp_path / "labels.csv", encoding="utf-8", newline="") as handle:
        assert [row["label"] for row in csv.DictReader(handle) if row["role"] == "input"] == list(labels)
    session = window.model.session
    svg = figure.pipeline_figure(session, compute(session), "svg").decode("utf-8")
    for label in labels:
        assert f">{label}<" in svg or label in svg
    path = tmp_path / "scores.svg"
    assert window.exporter.save_plot_svg("scores", str(path))
    assert all(label in path.read_text(encoding="utf-8") for label in labels)
