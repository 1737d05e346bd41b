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
