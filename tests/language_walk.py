"""Walk every text a learner can read in the window, and find words of the wrong language.

`window_texts(window)` collects (where, text) for every visible widget text,
tooltip and status tip, menu and action, dock title, tab, table header, combo
box item, plot title, axis label and text item. `foreign_words(text, words)`
names the words of a list found in a text (whole words, case-insensitive).
pyqtgraph's own context menus are left out (another change translates them).
"""

from __future__ import annotations

import html
import re

import pyqtgraph as pg
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

# English words of the interface: none may show in Turkish (symbols such as Q, K,
# V, W_Q, softmax, T, d_k, SVD are not words of this list).
ENGLISH_WORDS = frozenset("""
the of and to is are with for from by not or as at it its this that these then when
weight weights score scores query queries key keys value values input inputs context
masked mask causal projection projected projections encoder decoder state states hidden
lesson lessons file edit view help open save export undo redo reset restart train
training loss step steps play pause next back previous compare geometry explain preset
presets temperature hover drag click only last set hand dimension dimensions topic
topics space singular learning rate target pattern attend attends self same use done
try show hide copy paste add remove row rows column columns token tokens sentence cat
sat mat loves old films matrix matrices heatmap plot figure screenshot data
session untitled recent quit about glossary language dot scaled cosine general
additive bilinear mode none energy sum vector vectors transform transforms raw
""".split())

# Turkish words (besides any word with ç ğ ı İ ö ş ü): none may show in English.
TURKISH_WORDS = frozenset("""
ve bir bu ile puan puanlar sorgu sorgular anahtar anahtarlar girdi girdiler bağlam
ders dersler dosya kaydet yardım görünüm boyut kafa sıfırla yinele geri hazır örnek
oturum grafik şekil ağırlık ağırlıklar
""".split())
TURKISH_LETTERS = re.compile("[çğıİöşüÇĞÖŞÜ]")

_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]*>")
_OPTION = re.compile(r"--[A-Za-z][A-Za-z-]*")  # a command-line option, --export-data


def words(text: str) -> list[str]:
    """The words of `text` (tags and command-line options stripped, entities decoded,
    & mnemonics dropped)."""
    plain = html.unescape(_OPTION.sub(" ", _TAG.sub(" ", text))).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return _WORD.findall(plain)


def english_words(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [w for w in words(text) if w.lower() in ENGLISH_WORDS and w.lower() not in allowed]


def turkish_words(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [
        w for w in words(text)
        if w.lower() not in allowed and (TURKISH_LETTERS.search(w) or w.lower() in TURKISH_WORDS)
    ]


def _pyqtgraph_menu(menu: QMenu) -> bool:
    """pyqtgraph's own context menus (view box, plot item): another change translates them."""
    module = type(menu).__module__
    return module.startswith("pyqtgraph") or menu.objectName().startswith("pyqtgraph")


def _action_texts(action: QAction, where: str) -> list[tuple[str, str]]:
    if action.isSeparator() or not action.isVisible():
        return []
    out = [(where, action.text()), (where + " tip", action.statusTip())]
    if action.toolTip() != action.text().replace("&", "") and action.toolTip():
        out.append((where + " tooltip", action.toolTip()))
    menu = action.menu()
    if isinstance(menu, QMenu) and not _pyqtgraph_menu(menu):
        out += menu_texts(menu, where + " > " + menu.title())
    return out


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    """A menu's title and every visible action of it and of its submenus (shown first,
    so menus filled on show are filled)."""
    menu.aboutToShow.emit()
    out = [(where, menu.title())]
    for action in menu.actions():
        out += _action_texts(action, where)
    return out


def _item_view_texts(view: QAbstractItemView, where: str) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    out = []
    rows = model.rowCount(QModelIndex())
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, rows)):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    out.append((where + " header", value))
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            value = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str):
                out.append((where + " cell tip", value))
            if isinstance(view, QListWidget):
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    out.append((where + " item", value))
    return out


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """What one widget shows by itself (not its children)."""
    where = type(widget).__name__ + ":" + widget.objectName()
    out = [(where + " tooltip", widget.toolTip()), (where + " status tip", widget.statusTip()),
           (where + " what's this", widget.whatsThis())]
    if isinstance(widget, QLabel):
        out.append((where, widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append((where, widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append((where, widget.title()))
    elif isinstance(widget, QLineEdit):
        out += [(where, widget.placeholderText())]
    elif isinstance(widget, QTextEdit):
        out.append((where, widget.toPlainText() if widget.isReadOnly() else widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        out += [(where + " item", widget.itemText(i)) for i in range(widget.count())]
        out += [(where + " item tip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
                for i in range(widget.count())]
    elif isinstance(widget, QAbstractSpinBox):
        out += [(where, getattr(widget, "prefix", lambda: "")()), (where, getattr(widget, "suffix", lambda: "")()),
                (where, widget.specialValueText())]
    elif isinstance(widget, QTabBar):
        out += [(where + " tab", widget.tabText(i)) for i in range(widget.count())]
        out += [(where + " tab tip", widget.tabToolTip(i)) for i in range(widget.count())]
    elif isinstance(widget, QDockWidget):
        out.append((where + " title", widget.windowTitle()))
    elif isinstance(widget, QAbstractItemView):
        out += _item_view_texts(widget, where)
    if isinstance(widget, pg.GraphicsView):
        out += scene_texts(widget)
    for action in widget.actions():
        out += _action_texts(action, where + " action")
    return out


def scene_texts(view: pg.GraphicsView) -> list[tuple[str, str]]:
    """Plot titles, axis labels and text items of a pyqtgraph view."""
    out = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        where = type(item).__name__
        if isinstance(item, pg.AxisItem):
            if item.label.isVisible():
                out.append((where + " label", item.labelText + " " + item.labelUnits))
        elif isinstance(item, pg.LabelItem):
            out.append((where, item.text))
        elif isinstance(item, pg.TextItem):
            out.append((where, item.textItem.toPlainText()))
        if hasattr(item, "toolTip") and item.toolTip():
            out.append((where + " tooltip", item.toolTip()))
    return out


def window_texts(window) -> list[tuple[str, str]]:
    """Every text the learner can read in the window now (visible widgets, the window's menus)."""
    out = [("window title", window.windowTitle().replace("[*]", ""))]
    for action in window.menuBar().actions():
        out += _action_texts(action, "menu")
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QMenu):
            continue  # menus are walked from the menu bar and the actions
        if isinstance(widget, QDockWidget) or widget.isVisibleTo(window):
            out += widget_texts(widget)
    out.append(("status bar", window.statusBar().currentMessage()))
    return [(where, text) for where, text in out if isinstance(text, str) and text.strip()]
