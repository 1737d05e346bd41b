"""The window's menu bar and its own actions: File, Edit, Presets, View (with Language), Help.

`build(window)` makes the actions (as the window's attributes: `open_action`,
`undo_action`, …) and the menus; `retranslate(window)` gives them their texts, at
build time and again on every language change (the window calls it). Texts keep
the translation context "MainWindow", where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox

from . import i18n
from . import settings as app_settings
from .core.presets import preset_titles

if TYPE_CHECKING:
    from .main_window import MainWindow


translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "…")


def _action(window: MainWindow, slot, shortcut=None) -> QAction:
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _set_texts(action: QAction, text: str, tip: str = "") -> None:
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(tip)  # none: Qt shows the text


def build(window: MainWindow) -> None:
    """The actions and menus, texts included."""
    model = window.model
    window.open_action = _action(window, window.open_dialog, QKeySequence.StandardKey.Open)
    window.save_action = _action(window, window.save, QKeySequence.StandardKey.Save)
    window.save_as_action = _action(window, window.save_as_dialog, QKeySequence.StandardKey.SaveAs)
    window.import_action = _action(window, lambda: _import(window), "Ctrl+I")
    window.quit_action = _action(window, window.close, QKeySequence.StandardKey.Quit)
    window.undo_action = StepAction(model.undo_stack, redo=False, parent=window)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = StepAction(model.undo_stack, redo=True, parent=window)
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.next_query_action = _action(
        window, lambda: model.select_query(model.selected_query + 1), "Alt+Down")
    window.previous_query_action = _action(
        window, lambda: model.select_query(model.selected_query - 1), "Alt+Up")
    window.addActions([window.next_query_action, window.previous_query_action])
    window.about_action = _action(window, lambda: _about(window))
    window.shuffle_action = _action(window, lambda: _shuffle_tokens(window), "Ctrl+Shift+U")

    file_menu = _menu(window, "file")
    file_menu.addAction(window.open_action)
    window.recent_menu = file_menu.addMenu("")
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent_menu(window))
    file_menu.addAction(window.import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.save_action)
    file_menu.addAction(window.save_as_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = _menu(window, "edit")
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.workbench.actions.last_input_only)
    edit_menu.addAction(window.workbench.actions.projection)
    edit_menu.addAction(window.shuffle_action)
    edit_menu.addAction(window.next_query_action)
    edit_menu.addAction(window.previous_query_action)

    presets_menu = _menu(window, "presets")
    # Only the titles (translated in retranslate): loading every preset here slowed the start.
    for name, title in preset_titles().items():
        action = presets_menu.addAction(title)
        action.setData((name, title))
        action.triggered.connect(lambda _checked=False, n=name: window.open_preset(n))

    view_menu = _menu(window, "view")  # the docks add themselves (MainWindow.add_dock)
    window.language_menu = view_menu.addMenu("")
    window.language_menu.setObjectName("menu_language")
    group = QActionGroup(window.language_menu)
    for lang, name in i18n.LANGUAGE_NAMES.items():
        action = window.language_menu.addAction(name)  # each in its own language, never translated
        action.setCheckable(True)
        action.setData(lang)
        group.addAction(action)
    group.triggered.connect(lambda action: switch_language(action.data()))
    view_menu.addSeparator()

    help_menu = _menu(window, "help")
    window.glossary_action = _action(window, lambda: _show_glossary(window))
    help_menu.addAction(window.glossary_action)
    help_menu.addAction(window.about_action)
    retranslate(window)


def _menu(window: MainWindow, key: str) -> QMenu:
    menu = window.menuBar().addMenu("")
    menu.setObjectName(f"menu_{key}")
    return menu


def switch_language(lang: str) -> None:
    """View → Language: the interface in `lang` from now on, and at the next start."""
    i18n.save_language(lang)
    if lang != i18n.current_language():
        i18n.set_language(lang)


def retranslate(window: MainWindow) -> None:
    """Every text of the menus and of the window's own actions, in the language now set."""
    titles = {"file": translate("MainWindow", "&File"), "edit": translate("MainWindow", "&Edit"),
              "presets": translate("MainWindow", "&Presets"), "view": translate("MainWindow", "&View"),
              "help": translate("MainWindow", "&Help")}
    for key, title in titles.items():
        window.menu(key).setTitle(title)
    _set_texts(window.open_action, translate("MainWindow", "&Open…"),
               translate("MainWindow", "Open a session file"))
    _set_texts(window.save_action, translate("MainWindow", "&Save"), translate("MainWindow", "Save the session"))
    _set_texts(window.save_as_action, translate("MainWindow", "Save &As…"),
               translate("MainWindow", "Save the session to a new file"))
    _set_texts(window.quit_action, translate("MainWindow", "&Quit"))
    _set_texts(window.import_action, translate("MainWindow", "&Import…"),
               translate("MainWindow", "Import inputs or weights from a CSV, NumPy or safetensors file"))
    _set_texts(window.next_query_action, translate("MainWindow", "Next query"))
    _set_texts(window.previous_query_action, translate("MainWindow", "Previous query"))
    _set_texts(window.shuffle_action, translate("MainWindow", "&Shuffle the tokens"),
               translate("MainWindow", "Put the tokens in a new order and compare each one's output "
                                       "before and after (in the Positions panel)"))
    _set_texts(window.about_action, translate("MainWindow", "&About qkv_gui"))
    _set_texts(window.glossary_action, translate("MainWindow", "&Glossary"),
               translate("MainWindow", "The terms of attention in English and Turkish"))
    window.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
    for action in window.menu("presets").actions():
        title = i18n.preset_text(action.data()[1])
        action.setText(title)
        action.setStatusTip(translate("MainWindow", "Open the preset “{name}”").format(name=title))
    window.language_menu.setTitle(translate("MainWindow", "&Language"))
    current = i18n.current_language()
    for action in window.language_menu.actions():
        action.setChecked(action.data() == current)
    for action in (window.undo_action, window.redo_action):
        action.retranslate()


class StepAction(QAction):
    """Edit → Undo or Redo, named after the step ("Undo Drag inputs[1,2]"), the word in
    the language now set (QUndoStack's own actions keep the word they were made with)."""

    def __init__(self, stack: QUndoStack, redo: bool, parent: MainWindow):
        super().__init__(parent)
        self._stack = stack
        self._redo = redo
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self._show_step)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self._step = stack.redoText() if redo else stack.undoText()
        self.retranslate()

    def _show_step(self, step: str) -> None:
        self._step = step
        self.retranslate()

    def retranslate(self) -> None:
        """"Undo: Change temperature"; just "Undo", no dangling colon, when there is nothing to undo."""
        if self._redo:
            plain, named = translate("MainWindow", "&Redo"), translate("MainWindow", "&Redo: {step}")
        else:
            plain, named = translate("MainWindow", "&Undo"), translate("MainWindow", "&Undo: {step}")
        self.setText(named.format(step=self._step) if self._step else plain)


def _fill_recent_menu(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    files = app_settings.recent_files()
    if not files:
        menu.addAction(translate("MainWindow", "(no recent files)")).setEnabled(False)
        return
    for path in files:
        action = menu.addAction(Path(path).name)
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_file(p))


def _shuffle_tokens(window: MainWindow) -> None:
    """Edit → Shuffle the tokens: done by the Positions panel, brought to the front to show it."""
    window.bring_to_front("positions")
    window.panel("positions").shuffle()


def _import(window: MainWindow) -> None:
    from .import_dialog import open_import_dialog

    open_import_dialog(window)


def _show_glossary(window: MainWindow) -> None:
    from .glossary_dialog import GlossaryDialog

    GlossaryDialog(window).show()


def _about(window: MainWindow) -> None:
    QMessageBox.about(window, translate("MainWindow", "About qkv_gui"), translate(
        "MainWindow",
        "<b>qkv_gui</b> shows how attention works: queries, keys and values, "
        "scores, softmax weights and context vectors, live.<br><br>"
        "Drag any number with the mouse (Shift: fine, Ctrl: coarse) and watch every step follow."))

