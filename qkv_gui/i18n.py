"""Translations: Qt's .qm files in resources/translations (qkv_gui_<lang>.qm)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from .core.format import set_decimal_separator
from .core.presets import resources_dir

LANGUAGES = ("en", "tr")
# Each language's decimal separator: numbers on screen and in exports for reading.
DECIMAL_SEPARATORS = {"en": ".", "tr": ","}


def install_translator(app, lang: str | None = None) -> str:
    """Install the translation for `lang` (default: the system language) and its
    decimal separator; returns the language used."""
    if lang is None:
        lang = QLocale.system().name().split("_")[0]
    if lang not in LANGUAGES:
        lang = "en"
    set_decimal_separator(DECIMAL_SEPARATORS[lang])
    if lang == "en":
        return lang
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "translations" / f"qkv_gui_{lang}.qm")):
        app.installTranslator(translator)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    return lang


def preset_text(english: str) -> str:
    """A preset's title, description or labels (context "presets") in the user's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("presets", english)


def load_translated_preset(name: str):
    """The preset `name` in the user's language: title, description and tokens."""
    from .core.presets import load_preset

    return load_preset(name, translate=preset_text)


def translated_preset(session):
    """`session`, loaded from a preset in English, in the user's language."""
    from .core.presets import localized

    return localized(session, preset_text)


def formula_words() -> dict[str, str]:
    """The words of the explain formulas (score, weight, context, masked) in the user's language."""
    from PySide6.QtCore import QCoreApplication

    from .core.explain import FORMULA_WORDS

    return {key: QCoreApplication.translate("formula", english) for key, english in FORMULA_WORDS.items()}


def translated_text(context: str, msg_id: str, **params) -> str:
    """A core message (`context`: a table of core_messages_source, e.g. "matrices") in the
    user's language; the English template when it has no translation."""
    from PySide6.QtCore import QCoreApplication

    from .core_messages_source import message_tables

    table = dict(message_tables())[context]
    english = table[msg_id]
    try:
        return QCoreApplication.translate(context, english).format(**params)
    except (KeyError, IndexError, ValueError):
        return english.format(**params)


def translated_error(error: Exception) -> str:
    """A core error (SessionError, ComputeError, EditError, TrainingError, …) in the user's
    language.

    Core errors carry a message id and parameters (and `msg_context`, the table
    they come from); the English template is the translation source, so an
    untranslated message falls back to English. A "{detail}" that holds the
    sentence of the error it came from (e.g. a ComputeError inside a
    SessionError) is translated too.
    """
    from PySide6.QtCore import QCoreApplication

    from .core_messages_source import message_tables

    msg_id = getattr(error, "msg_id", None)
    params = getattr(error, "params", None)
    if msg_id is None or params is None:
        return str(error)
    cause = error.__cause__
    if "detail" in params and getattr(cause, "msg_id", None) is not None:
        params = {**params, "detail": translated_error(cause)}
    wanted = getattr(error, "msg_context", None)
    for context, table in message_tables():
        if context == wanted and msg_id in table:
            try:
                return QCoreApplication.translate(context, table[msg_id]).format(**params)
            except (KeyError, IndexError, ValueError):
                return str(error)
    return str(error)
