"""pyqtgraph's own menus and export dialog in the language now set.

pyqtgraph translates its texts (contexts "ViewBox", "PlotItem", "GraphicsScene",
"Form", "Exporter"; marked for lupdate in `qkv_gui/pyqtgraph_messages.py`) once,
when it builds a menu: with a plot. After a language change they are set again
here, the way pyqtgraph set them.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItemIterator, QWidget

translate = QCoreApplication.translate
# The export dialog's item tree: pyqtgraph writes these names without translating them.
EXPORT_TREE_NAMES = (
    QT_TRANSLATE_NOOP("ExportDialog", "Entire Scene"),
    QT_TRANSLATE_NOOP("ExportDialog", "Plot"),
    QT_TRANSLATE_NOOP("ExportDialog", "ViewBox"),
)
# PlotItem's "Plot Options" submenus, in the order it makes them.
PLOT_OPTION_MENUS = ("Transforms", "Downsample", "Average", "Alpha", "Grid", "Points")


def retranslate_plot_menus(root: QWidget) -> None:
    """The context menus (and an export dialog once opened) of every plot inside `root`."""
    for view in root.findChildren(pg.GraphicsView):
        scene = view.scene()
        if scene is None:
            continue
        for action in getattr(scene, "contextMenu", []):
            action.setText(translate("GraphicsScene", "Export..."))
        dialog = getattr(scene, "exportDialog", None)
        if dialog is not None:
            retranslate_export_dialog(dialog)
        for item in scene.items():
            if isinstance(item, pg.ViewBox) and getattr(item, "menu", None) is not None:
                retranslate_view_box_menu(item.menu)
            elif isinstance(item, pg.PlotItem):
                retranslate_plot_options(item)


def retranslate_view_box_menu(menu) -> None:
    """A ViewBoxMenu: View All, X axis, Y axis (and their controls), Mouse Mode."""
    menu.setTitle(translate("ViewBox", "ViewBox options"))
    menu.viewAll.setText(translate("ViewBox", "View All"))
    submenus = [action.menu() for action in menu.actions() if action.menu() is not None]
    x_menu, y_menu, mouse_menu = submenus[:3]  # then any the app added (its Export menu)
    for axis, submenu, ui in zip("XY", (x_menu, y_menu), menu.ctrl, strict=True):
        submenu.setTitle(f"{axis} {translate('ViewBox', 'axis')}")
        ui.retranslateUi(submenu.actions()[0].defaultWidget())
    mouse_menu.setTitle(translate("ViewBox", "Mouse Mode"))
    pan, zoom = menu.mouseModes
    pan.setText(translate("ViewBox", "3 button"))
    zoom.setText(translate("ViewBox", "1 button"))
    menu.updateState()  # retranslateUi wrote "0" into the range fields


def retranslate_plot_options(plot: pg.PlotItem) -> None:
    """A PlotItem's "Plot Options" menu and its controls."""
    plot.ctrlMenu.setTitle(translate("PlotItem", "Plot Options"))
    for action, name in zip(plot.ctrlMenu.actions(), PLOT_OPTION_MENUS, strict=False):
        if action.menu() is not None:
            action.menu().setTitle(translate("PlotItem", name))
    plot.ctrl.retranslateUi(QWidget())  # it titles the form it built, long gone into the menu


def retranslate_export_dialog(dialog) -> None:
    """pyqtgraph's Export dialog: its labels and buttons, and the formats and their options."""
    formats = dialog.ui.formatList
    row = formats.currentRow()
    dialog.ui.retranslateUi(dialog)
    dialog.updateFormatList()  # the format names, and the chosen one's options
    if row > 0:
        formats.setCurrentRow(row)
    translate_export_tree(dialog)


def translate_export_tree(dialog) -> None:
    """The names in the export dialog's item tree ("Entire Scene", "Plot", "ViewBox")."""
    items = QTreeWidgetItemIterator(dialog.ui.itemTree)
    while items.value() is not None:
        item = items.value()
        source = item.data(0, 0x0100) or item.text(0)  # Qt.UserRole keeps the English name
        if source in EXPORT_TREE_NAMES:
            item.setData(0, 0x0100, source)
            item.setText(0, translate("ExportDialog", source))
        items += 1


def install_export_tree_translation() -> None:
    """pyqtgraph fills the export dialog's tree each time it shows the dialog: translate
    the names after it (once per process; called by `gui.configure_plots`). Wraps the
    scene's `showExportDialog`, so the dialog's module is still imported only when used."""
    from pyqtgraph.GraphicsScene import GraphicsScene

    original = GraphicsScene.showExportDialog
    if getattr(original, "translated", False):
        return

    def show_export_dialog(self):
        original(self)
        translate_export_tree(self.exportDialog)

    show_export_dialog.translated = True
    GraphicsScene.showExportDialog = show_export_dialog
