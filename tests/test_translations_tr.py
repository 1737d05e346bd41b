"""The Turkish translation is complete, keeps every placeholder, is built, and is used.

Every test that installs the Turkish translator removes it again, so the other
tests keep seeing English.
"""

from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from qkv_gui.core.compute import ComputeError, compute
from qkv_gui.core.edits import EditError
from qkv_gui.core.explain import NOTES
from qkv_gui.core.lesson_file import LessonFileError
from qkv_gui.core.session_io import SessionError, dumps_session, loads_session
from qkv_gui.core.training import TrainingError
from qkv_gui.i18n import set_language, translated_error

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "qkv_gui_tr.ts"
QM = TS.with_suffix(".qm")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d+")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the .ts."""
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translation_text(element: ET.Element) -> str:
    forms = element.findall("numerusform")
    return "".join(f.text or "" for f in forms) if forms else (element.text or "")


def mnemonic(text: str) -> str | None:
    """The letter after a single & (&& is a literal ampersand), lower-cased."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.fixture
def app(qtbot):
    return QApplication.instance()


@pytest.fixture
def turkish(app):
    """The Turkish translators installed as the app does it, removed afterwards."""
    assert set_language("tr") == "tr"
    yield app
    set_language("en")  # the translators out, the English locale back
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert not app.findChildren(QTranslator)


# -- the .ts file ----------------------------------------------------------------


def test_ts_has_messages_and_is_turkish():
    assert ET.parse(TS).getroot().get("language") == "tr_TR"
    assert len(messages()) > 400


def test_every_message_is_finished_and_not_empty():
    problems = [
        (context, source)
        for context, source, translation in messages()
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not translation_text(translation).strip()
    ]
    assert problems == []


def test_placeholders_are_kept():
    problems = []
    for context, source, translation in messages():
        text = translation_text(translation)
        if collections.Counter(PLACEHOLDER.findall(source)) != collections.Counter(PLACEHOLDER.findall(text)):
            problems.append((context, source, text))
    assert problems == []


def test_html_tags_and_mnemonics_are_kept():
    problems = []
    for context, source, translation in messages():
        text = translation_text(translation)
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(("tags", context, source, text))
        if (mnemonic(source) is None) != (mnemonic(text) is None):
            problems.append(("mnemonic", context, source, text))
        if source.count("\n") != text.count("\n"):
            problems.append(("lines", context, source, text))
    assert problems == []


def test_translations_are_valid_format_templates():
    """str.format must accept the Turkish text with the source's parameters."""
    for _context, source, translation in messages():
        names = {p[1:-1] for p in PLACEHOLDER.findall(source) if p.startswith("{")}
        if names:
            values = {name: f"<{name}>" for name in names}
            assert translation_text(translation).format(**values).count("<") >= len(names)


# -- the .qm file ----------------------------------------------------------------


def test_qm_translates_every_message_of_the_ts(app):
    translator = QTranslator()
    assert translator.load(str(QM)), "build it: .venv/bin/python tools/update_translations.py"
    stale = [
        (context, source)
        for context, source, translation in messages()
        if translator.translate(context, source) != translation_text(translation)
    ]
    assert stale == [], "the .qm is older than the .ts: run tools/update_translations.py"


def test_qm_is_what_lrelease_builds_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "fresh.qm"
    subprocess.run([tool, "-silent", str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"


# -- the translation in use -----------------------------------------------------------


def test_english_without_the_translator(app):
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_menu_title_is_turkish(turkish):
    assert QCoreApplication.translate("MainWindow", "&File") == "&Dosya"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Yardım"


def test_explain_note_is_turkish(turkish):
    from qkv_gui.widgets.explain_panel import translated_note

    # The query is named as the plots name it (a quoted token), as Explain passes it.
    assert translated_note("softmax", {"row": "“the”"}) == (
        "Softmax, “the” sorgusunun skorlarını toplamı 1 olan ağırlıklara dönüştürür."
    )
    assert QCoreApplication.translate("explain", NOTES["context"]) == (
        "Bağlam vektörü, değerlerin ağırlıklı toplamıdır."
    )


def test_core_errors_are_turkish(turkish):
    assert translated_error(SessionError("empty", key="inputs")) == "inputs boş"
    assert translated_error(SessionError("override_sum", row=2, total="0.9")) == (
        "weights_override içinde 2. satırın toplamı 1 değil, 0.9"
    )
    assert translated_error(TrainingError("steps", got=-1)) == (
        "adım sayısı 0 ya da daha büyük olmalı; verilen değer: -1"
    )
    assert translated_error(LessonFileError("lesson_missing_key", key="version")) == (
        "ders dosyasında version eksik"
    )


def test_compute_and_edit_errors_are_turkish(turkish, self_session):
    import numpy as np

    with pytest.raises(ComputeError) as info:
        compute(self_session.replace(w_k=np.ones((3, 3))))
    assert translated_error(info.value) == "w_k içinde 3 satır var, ama girdilerde 4 sütun var"
    assert translated_error(EditError("last_input")) == "son girdi silinemez"
    assert translated_error(EditError("dimension", name="d_k")) == "d_k en az 1 olmalı"
    # A compute error inside a session-file error is translated too.
    data = json.loads(dumps_session(self_session))
    data["projection"]["w_k"] = data["projection"]["w_k"][:3]
    with pytest.raises(SessionError) as info:
        loads_session(json.dumps(data))
    assert str(info.value) == "w_k has 3 rows but the inputs have 4 columns"
    assert translated_error(info.value) == "w_k içinde 3 satır var, ama girdilerde 4 sütun var"


def test_a_refused_edit_says_why_in_turkish_in_the_status_bar(turkish, qtbot, self_session):
    """A session compute refuses: the model's message, shown in the status bar, is Turkish."""
    import numpy as np

    from qkv_gui.main_window import MainWindow
    from qkv_gui.model import AttentionModel

    model = AttentionModel(self_session)
    window = MainWindow(model)
    try:
        with qtbot.waitSignal(model.message) as signal:
            assert not model.apply(self_session.replace(temperature=-1.0), "T")
        assert signal.args == ["sıcaklık pozitif bir sayı olmalı; verilen değer: -1.0"]
        assert window.statusBar().currentMessage() == signal.args[0]
        assert model.validate(self_session.replace(w_v=np.ones((2, 3)))) == (
            "w_v içinde 2 satır var, ama girdilerde 4 sütun var"
        )
    finally:
        model.undo_stack.setClean()
        window.close()
        window.deleteLater()


def test_core_errors_stay_english_without_the_translator(app):
    assert translated_error(SessionError("empty", key="inputs")) == "inputs is empty"
    assert translated_error(EditError("last_input")) == "the last input cannot be removed"


def test_window_menus_are_turkish_without_mnemonic_clashes(turkish, make_window, self_session):
    window = make_window(self_session, preset="self_attention", show=False)
    titles = [action.text() for action in window.menuBar().actions()]
    for title in ("&Dosya", "Düz&en", "&Hazır örnekler", "&Görünüm", "De&rsler", "&Yardım"):
        assert title in titles
    assert window.menu("file").title() == "&Dosya"
    menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions() if a.menu()]
    menus += [a.menu() for m in menus[1:] for a in m.actions() if a.menu()]
    for menu in menus:
        letters = [mnemonic(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        letters = [letter for letter in letters if letter is not None]
        assert len(letters) == len(set(letters)), (menu.title() if hasattr(menu, "title") else "bar", letters)
    assert window.undo_action.text().startswith("&Geri al")
    assert window.panel("lessons").open_lesson("last_state")
    assert window.panel("lessons").title_label.text() == "Yalnızca son girdi: klasik seq2seq bağlamı"
