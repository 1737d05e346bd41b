"""Translations: Qt's .qm files in resources/translations (qkv_gui_<lang>.qm).

`set_language` is the one place the interface language changes: at start
(`gui.make_application`) and from View → Language while the app runs. It swaps
the translators and the default locale; Qt then sends every widget a
`QEvent.LanguageChange`, on which each sets its texts again (`retranslate_on`),
and a `QEvent.LocaleChange` with the new locale, on which number fields follow.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator

from .core.format import set_decimal_separator
from .core.presets import resources_dir

LANGUAGES = ("en", "tr")
# Each language's decimal separator: numbers on screen and in exports for reading.
DECIMAL_SEPARATORS = {"en": ".", "tr": ","}
# Each language named in itself (never translated: a learner must find their own).
LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe"}
LOCALES = {"en": QLocale.Language.English, "tr": QLocale.Language.Turkish}
SETTING = "language"  # QSettings key of the learner's choice
# The object name of the translators set_language installs (so it finds them again).
TRANSLATOR_NAME = "qkv_gui_translator"


def supported(lang: str | None) -> str:
    """`lang` if the app has it, else English."""
    return lang if lang in LANGUAGES else "en"


def system_locale() -> QLocale:
    return QLocale.system()


def system_language() -> str:
    """The system's language if the app has it (Turkish → "tr"), else "en"."""
    return supported(system_locale().name().split("_")[0])


def saved_language() -> str | None:
    """The language the learner picked last time (View → Language), or None."""
    from . import settings as app_settings

    value = app_settings.settings().value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    from . import settings as app_settings

    app_settings.settings().setValue(SETTING, supported(lang))


def start_language(requested: str | None, remembered: bool = True) -> str:
    """The language to start in: `requested` (--lang), else the learner's last choice
    (when `remembered`; headless exports leave it out, like the last session), else
    the system's."""
    if requested is not None:
        return supported(requested)
    return (saved_language() if remembered else None) or system_language()


def current_language() -> str:
    """The language set_language installed last ("en" when no translator is in)."""
    app = QCoreApplication.instance()
    installed = app.findChildren(QTranslator, TRANSLATOR_NAME) if app is not None else []
    return installed[0].property("language") if installed else "en"


def set_language(lang: str | None) -> str:
    """Switch the interface to `lang` ("en" or "tr"; anything else: English): the
    translators, Qt's own texts, the default locale (decimal separator, spin boxes).
    Returns the language set. Widgets retranslate on the LanguageChange Qt posts."""
    from PySide6.QtWidgets import QApplication

    lang = supported(lang)
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    if lang != "en":
        folder = str(resources_dir() / "translations")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, where in ((f"qkv_gui_{lang}", folder), (f"qtbase_{lang}", qt_folder)):
            translator = QTranslator(app)
            translator.setObjectName(TRANSLATOR_NAME)
            translator.setProperty("language", lang)
            if translator.load(name, where):
                QCoreApplication.installTranslator(translator)
            else:
                translator.setParent(None)
    set_decimal_separator(DECIMAL_SEPARATORS[lang])
    QLocale.setDefault(QLocale(LOCALES[lang]))
    if isinstance(app, QApplication):
        # Widgets keep the locale they were made with: give them the new default.
        for widget in app.topLevelWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                widget.unsetLocale()
    return lang


def install_translator(app, lang: str | None = None) -> str:
    """Set the interface language to `lang` (default: the system's); returns it."""
    return set_language(lang if lang is not None else system_language())


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


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


@functools.cache
def core_message_tables() -> tuple[tuple[str, dict[str, str]], ...]:
    """`core_messages_source.message_tables()`, built once: it reads every preset file,
    and views translate a core text on every edit (a matrix's name, an explain note)."""
    from .core_messages_source import message_tables

    return tuple(message_tables())


def translated_text(context: str, msg_id: str, **params) -> str:
    """A core message (`context`: a table of core_messages_source, e.g. "matrices") in the
    user's language; the English template when it has no translation."""
    from PySide6.QtCore import QCoreApplication

    table = dict(core_message_tables())[context]
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

    msg_id = getattr(error, "msg_id", None)
    params = getattr(error, "params", None)
    if msg_id is None or params is None:
        return str(error)
    cause = error.__cause__
    if "detail" in params and getattr(cause, "msg_id", None) is not None:
        params = {**params, "detail": translated_error(cause)}
    wanted = getattr(error, "msg_context", None)
    for context, table in core_message_tables():
        if context == wanted and msg_id in table:
            try:
                return QCoreApplication.translate(context, table[msg_id]).format(**params)
            except (KeyError, IndexError, ValueError):
                return str(error)
    return str(error)
