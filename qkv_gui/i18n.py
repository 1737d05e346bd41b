"""Translations: Qt's .qm files in resources/translations (qkv_gui_<lang>.qm)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from .core.presets import resources_dir

LANGUAGES = ("en", "tr")


def install_translator(app, lang: str | None = None) -> str:
    """Install the translation for `lang` (default: the system language); returns the language used."""
    if lang is None:
        lang = QLocale.system().name().split("_")[0]
    if lang not in LANGUAGES:
        lang = "en"
    if lang == "en":
        return lang
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "translations" / f"qkv_gui_{lang}.qm")):
        app.installTranslator(translator)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    return lang


def translated_error(error: Exception) -> str:
    """A core error (SessionError, TrainingError) in the user's language.

    Core errors carry a message id and parameters; the English template is the
    translation source, so an untranslated message falls back to English.
    """
    from PySide6.QtCore import QCoreApplication

    from .core_messages_source import message_tables

    msg_id = getattr(error, "msg_id", None)
    params = getattr(error, "params", None)
    if msg_id is None or params is None:
        return str(error)
    for context, table in message_tables():
        if context in ("session", "lesson_file", "training") and msg_id in table:
            try:
                return QCoreApplication.translate(context, table[msg_id]).format(**params)
            except (KeyError, IndexError, ValueError):
                return str(error)
    return str(error)
