"""Getting pictures and numbers out of the window: File → Export…, and every plot's menu.

The window's `Exporter` adds to the File menu: Export screenshot… (the whole window
at 1×, 2× or 3×, rendered at that scale rather than upscaled), Export figure…
(the clean pipeline figure of `figure.py`), Export data (a CSV folder, or the
result JSON of `--export-data`) and Export lesson… (session + open lesson and
panel, see `core/lesson_file.py`). Every plot registered with the workbench
(`Workbench.register_export_target`) gets a small export button in its
corner and the same entries in its context menu: Save as PNG… (choose the
pixel size), Save as SVG…, Copy image, and on heatmaps Copy as TSV / LaTeX /
Markdown.

Heatmaps are exported through `figure.py`, so their SVG has one <rect> per
cell; other plots (geometry, weights bar, the panels' plots) are rendered
from their pyqtgraph scene. Every file is written
atomically; the file dialogs ask before replacing a file, and so do we when we
add an extension the user did not type.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from . import figure
from . import settings as app_settings
from .core.atomic import atomic_write_bytes
from .core.export_data import (
    csv_files,
    matrix_as_latex,
    matrix_as_markdown,
    matrix_as_tsv,
    write_csv_folder,
)
from .core.lesson_file import save_lesson_file
from .core.result_json import dumps_result
from .core.session_io import SessionError
from .export_dialogs import (  # module functions here, so tests can replace them
    SizeDialog,  # noqa: F401 (part of this module's interface)
    ask_folder,
    ask_save_path,
    ask_scale,
    ask_size,
    confirm_replace,
    screenshot_scales,  # noqa: F401
)
from .workbench import ExportTarget as PlotTarget

SCREENSHOT_SHORTCUT = "Ctrl+Shift+S"
# Save As owns Ctrl+Shift+S on Linux and macOS; a shared shortcut would fire neither.
SCREENSHOT_FALLBACK_SHORTCUT = "Ctrl+Alt+S"
DEFAULT_FIGURE_SIZE = (1600, 1000)
# File dialog filters (translatable; a translation keeps the "(*.ext)" part).
PNG_FILTER = QT_TRANSLATE_NOOP("Export", "PNG image (*.png)")
SVG_FILTER = QT_TRANSLATE_NOOP("Export", "SVG drawing (*.svg)")
JSON_FILTER = QT_TRANSLATE_NOOP("Export", "JSON (*.json)")
LESSON_FILTER = QT_TRANSLATE_NOOP("Export", "qkv_gui lessons (*.json)")
STATUS_MS = 8000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


# -- rendering (no dialogs) ------------------------------------------------------


def render_window(window: QWidget, scale: float = 1.0) -> QImage:
    """The whole window drawn at `scale` device pixels per pixel (2 → twice the pixels).

    Widgets paint themselves into a high-resolution image, so text and plots
    are sharp; the plots' export buttons are left out of the picture.
    """
    size = window.size()
    image = QImage(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(window.palette().window().color())
    buttons = [b for b in window.findChildren(PlotExportButton) if b.isVisible()]
    for button in buttons:
        button.hide()
    try:
        window.render(image)
    finally:
        for button in buttons:
            button.show()
    return image


def plot_rect(plot_item) -> QRectF:
    """The scene rectangle of a pyqtgraph PlotItem (title, axes and legend included)."""
    return plot_item.sceneBoundingRect()


def render_plot_image(plot_item, width: int | None = None) -> QImage:
    """A pyqtgraph plot as an image `width` pixels wide (height keeps the aspect),
    drawn at that resolution like a high-DPI screen would."""
    source = plot_rect(plot_item)
    width = width or round(source.width())
    scale = width / max(source.width(), 1.0)
    return figure.render_image(
        lambda painter, w, h: plot_item.scene().render(painter, QRectF(0, 0, w, h), source),
        source.width(),
        source.height(),
        scale,
    )


def render_plot_svg(plot_item, size: tuple[int, int] | None = None) -> bytes:
    """A pyqtgraph plot as SVG: lines and arrows as paths, labels as <text>.

    Drawn at the plot's on-screen size (its viewBox); `size` sets the width and
    height the document asks for. pyqtgraph's own SVGExporter is not used: with
    Qt 6 it fails on any closed path (pyqtgraph issue #3485), e.g. arrow heads.
    """
    source = plot_rect(plot_item)
    w, h = source.width(), source.height()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(w), round(h)))
    generator.setViewBox(QRectF(0, 0, w, h))
    generator.setResolution(96)
    generator.setTitle("qkv_gui")
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, w, h), QColor(255, 255, 255))
        plot_item.scene().render(painter, QRectF(0, 0, w, h), source)
    finally:
        painter.end()
        buffer.close()
    width, height = size or (round(w), round(h))
    return figure.fix_svg(bytes(data.data()), width, height)


# -- the plot button ---------------------------------------------------------------


def _export_icon() -> QIcon:
    """A small tray with an arrow out of it, drawn (no icon theme offscreen)."""
    pixmap = QPixmap(36, 36)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(90, 90, 90), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(3.5, 11), QPointF(3.5, 15), QPointF(14.5, 15), QPointF(14.5, 11)])
    painter.drawLine(QPointF(9, 11.5), QPointF(9, 3))
    painter.drawPolyline([QPointF(5.8, 6), QPointF(9, 2.8), QPointF(12.2, 6)])
    painter.end()
    return QIcon(pixmap)


class PlotExportButton(QToolButton):
    """The small export button in a plot's top-right corner; opens the plot's menu."""

    MARGIN = 3  # with its 22 px, inside plotting.titles.CORNER_ROOM: titles keep clear of it

    def __init__(self, plot: QWidget, menu: QMenu):
        super().__init__(plot)
        self.setObjectName("plotExportButton")
        self.setIcon(_export_icon())
        self.setIconSize(QSize(18, 18))
        self.setFixedSize(22, 22)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.retranslate()
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        plot.installEventFilter(self)
        self._place()
        self.show()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Export this plot: PNG, SVG, copy"))

    def _place(self) -> None:
        plot = self.parentWidget()
        self.move(plot.width() - self.width() - self.MARGIN, self.MARGIN)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False


# -- the exporter ------------------------------------------------------------------


class Exporter(QObject):
    """The export actions of one window (the window creates it).

    It knows the plots only as the targets registered with the window's
    workbench; a panel built later registers its plots when it is built.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.targets: dict[str, PlotTarget] = {}
        self.plot_menus: dict[str, QMenu] = {}
        self.plot_actions: dict[str, dict[str, QAction]] = {}
        self.buttons: dict[str, PlotExportButton] = {}
        self._build_actions()
        self._build_menu()
        self.retranslate()
        self.attach_plots()
        window.workbench.exportTargetAdded.connect(lambda _name: self.attach_plots())

    # -- File menu -----------------------------------------------------------
    def _action(self, slot) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.screenshot_action = self._action(self.export_screenshot_dialog)
        self.screenshot_action.setShortcut(QKeySequence(self._screenshot_shortcut()))
        self.figure_action = self._action(self.export_figure_dialog)
        self.csv_action = self._action(self.export_csv_dialog)
        self.json_action = self._action(self.export_json_dialog)
        self.lesson_action = self._action(self.export_lesson_dialog)
        self.window.addAction(self.screenshot_action)

    def retranslate(self) -> None:
        """Every text of the File menu's export entries and of the plots' export menus
        and buttons, in the language now set (at build and on a language change)."""
        for action, text, tip in (
            (self.screenshot_action, self.tr("Export &screenshot…"),
             self.tr("Save a picture of the whole window (PNG), at screen or print resolution")),
            (self.figure_action, self.tr("Export &figure…"),
             self.tr("Save the pipeline as one clean figure (PNG or SVG) for slides and papers")),
            (self.csv_action, self.tr("Matrices as &CSV files…"),
             self.tr("Write every matrix to its own CSV file in a folder")),
            (self.json_action, self.tr("Result as &JSON…"),
             self.tr("Write every matrix of the result to one JSON file (as --export-data does)")),
            (self.lesson_action, self.tr("Export &lesson…"),
             self.tr("Save the session with the open lesson and panel, to hand out")),
        ):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.data_menu.setTitle(self.tr("Export &data"))
        texts = {
            "png": self.tr("Save as PNG…"),
            "svg": self.tr("Save as SVG…"),
            "copy_image": self.tr("Copy image"),
            "tsv": self.tr("Copy as TSV (spreadsheet)"),
            "latex": self.tr("Copy as LaTeX bmatrix"),
            "markdown": self.tr("Copy as Markdown table"),
        }
        for name, menu in self.plot_menus.items():
            menu.setTitle(self.tr("Export"))
            for key, action in self.plot_actions[name].items():
                action.setText(texts[key])
            self.buttons[name].retranslate()

    def _screenshot_shortcut(self) -> str:
        wanted = QKeySequence(SCREENSHOT_SHORTCUT)
        for action in self.window.findChildren(QAction):
            if any(
                key.matches(wanted) == QKeySequence.SequenceMatch.ExactMatch
                for key in action.shortcuts()
            ):
                return SCREENSHOT_FALLBACK_SHORTCUT
        return SCREENSHOT_SHORTCUT

    def _build_menu(self) -> None:
        file_menu = self.window.menu("file")
        self.data_menu = QMenu(self.window)
        self.data_menu.setObjectName("menu_export_data")
        self.data_menu.addAction(self.csv_action)
        self.data_menu.addAction(self.json_action)
        before = getattr(self.window, "quit_action", None)
        if before not in file_menu.actions():
            before = None
        entries = [
            self.screenshot_action,
            self.figure_action,
            self.data_menu.menuAction(),
            self.lesson_action,
        ]
        if before is None:
            file_menu.addSeparator()
            file_menu.addActions(entries)
        else:
            file_menu.insertActions(before, entries)
            file_menu.insertSeparator(before)

    # -- plots ---------------------------------------------------------------
    def attach_plots(self) -> list[str]:
        """Give every plot not yet handled its menu and button; returns the new names."""
        added = []
        for name, target in self.window.workbench.export_targets().items():
            if name in self.targets:
                continue
            self.targets[name] = target
            menu = self._plot_menu(target)
            self.plot_menus[name] = menu
            self.buttons[name] = PlotExportButton(target.widget, menu)
            view_box = getattr(target.plot_item, "vb", None)
            if view_box is not None and target.plot_item.menuEnabled():
                # The plot has pyqtgraph's own context menu: add ours to it.
                view_box.menu.addSeparator()
                view_box.menu.addMenu(menu)
            else:
                target.widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                target.widget.customContextMenuRequested.connect(
                    lambda _pos, m=menu: m.popup(QCursor.pos())
                )
            added.append(name)
        if added:
            self.retranslate()  # their menus' texts
        return added

    def _plot_menu(self, target: PlotTarget) -> QMenu:
        """The plot's export menu (its texts: `retranslate`)."""
        name = target.name
        menu = QMenu(target.widget)
        menu.setObjectName(f"export_menu_{name}")
        actions = {key: menu.addAction("") for key in ("png", "svg", "copy_image")}
        actions["png"].triggered.connect(lambda _c=False: self.save_plot_png_dialog(name))
        actions["svg"].triggered.connect(lambda _c=False: self.save_plot_svg_dialog(name))
        actions["copy_image"].triggered.connect(lambda _c=False: self.copy_plot_image(name))
        if target.is_heatmap:
            menu.addSeparator()
            for key in ("tsv", "latex", "markdown"):
                action = menu.addAction("")
                action.triggered.connect(lambda _c=False, k=key: self.copy_matrix(name, k))
                actions[key] = action
        self.plot_actions[name] = actions
        return menu

    def plot_size(self, name: str) -> QSize:
        """The on-screen size of plot `name` (what SVG and 1× PNG use)."""
        target = self.targets[name]
        if target.is_heatmap:
            return target.widget.size()
        return plot_rect(target.plot_item).size().toSize()

    def plot_png(self, name: str, size: tuple[int, int]) -> QImage:
        """Plot `name` as an image; a heatmap fills `size`, other plots keep their aspect
        and take the width."""
        target = self.targets[name]
        if target.is_heatmap:
            model = self.window.model
            return figure.render_image(
                lambda p, w, h: figure.paint_matrix(p, model.session, model.result, name, w, h, model.selected_head),
                size[0],
                size[1],
            )
        return render_plot_image(target.plot_item, size[0])

    def plot_svg(self, name: str) -> bytes:
        target = self.targets[name]
        size = self.plot_size(name)
        if target.is_heatmap:
            model = self.window.model
            return figure.matrix_figure(
                model.session, model.result, name, "svg", (size.width(), size.height())
            )
        return render_plot_svg(target.plot_item)

    def save_plot_png_dialog(self, name: str) -> bool:
        target = self.targets[name]
        on_screen = self.plot_size(name)
        size = ask_size(
            self.window,
            self.tr("Save {name} as PNG").format(name=name),
            (on_screen.width() * 2, on_screen.height() * 2),
            free_aspect=target.is_heatmap,
        )
        if size is None:
            return False
        path = ask_save_path(
            self.window,
            self.tr("Save {name} as PNG").format(name=name),
            self._suggest(f"{name}.png"),
            [_tr(PNG_FILTER)],
        )
        if not path:
            return False
        return self.save_plot_png(name, path, size)

    def save_plot_png(self, name: str, path: str, size: tuple[int, int]) -> bool:
        return self._write(path, lambda: figure.png_bytes(self.plot_png(name, size)))

    def save_plot_svg_dialog(self, name: str) -> bool:
        path = ask_save_path(
            self.window,
            self.tr("Save {name} as SVG").format(name=name),
            self._suggest(f"{name}.svg"),
            [_tr(SVG_FILTER)],
        )
        return bool(path) and self.save_plot_svg(name, path)

    def save_plot_svg(self, name: str, path: str) -> bool:
        return self._write(path, lambda: self.plot_svg(name))

    def copy_plot_image(self, name: str) -> QImage:
        """Put plot `name` on the clipboard at twice its on-screen resolution."""
        size = self.plot_size(name)
        image = self.plot_png(name, (size.width() * 2, size.height() * 2))
        QGuiApplication.clipboard().setImage(image)
        self._status(self.tr("Copied the {name} plot as an image").format(name=name))
        return image

    def matrix_text(self, name: str, kind: str) -> str:
        """Heatmap `name`'s matrix as "tsv", "latex" or "markdown" text."""
        model = self.window.model
        panel = figure.matrix_panel(model.session, model.result, name, model.selected_head)
        if kind == "tsv":
            return matrix_as_tsv(panel.values)
        if kind == "latex":
            return matrix_as_latex(panel.values)
        return matrix_as_markdown(panel.values, panel.row_labels, panel.col_labels)

    def copy_matrix(self, name: str, kind: str) -> str:
        text = self.matrix_text(name, kind)
        QGuiApplication.clipboard().setText(text)
        what = {"tsv": "TSV", "latex": "LaTeX", "markdown": "Markdown"}[kind]
        self._status(self.tr("Copied {name} as {format}").format(name=name, format=what))
        return text

    # -- window, figure, data, lesson ---------------------------------------------
    def export_screenshot_dialog(self) -> bool:
        store = app_settings.settings()
        scale = ask_scale(self.window, self.window.size(), float(store.value("export/scale", 1.0)))
        if scale is None:
            return False
        path = ask_save_path(
            self.window,
            self.tr("Export screenshot"),
            self._suggest("qkv_gui.png"),
            [_tr(PNG_FILTER)],
        )
        if not path:
            return False
        store.setValue("export/scale", scale)
        return self.export_screenshot(path, scale)

    def export_screenshot(self, path: str, scale: float = 1.0) -> bool:
        return self._write(path, lambda: figure.png_bytes(render_window(self.window, scale)))

    def export_figure_dialog(self) -> bool:
        path = ask_save_path(
            self.window,
            self.tr("Export figure"),
            self._suggest("attention.png"),
            [_tr(PNG_FILTER), _tr(SVG_FILTER)],
        )
        if not path:
            return False
        store = app_settings.settings()
        last = store.value("export/figure_size", list(DEFAULT_FIGURE_SIZE))
        try:
            start = (int(last[0]), int(last[1]))
        except (TypeError, ValueError, IndexError):
            start = DEFAULT_FIGURE_SIZE
        size = ask_size(self.window, self.tr("Figure size"), start)
        if size is None:
            return False
        store.setValue("export/figure_size", list(size))
        return self.export_figure(path, size)

    def export_figure(self, path: str, size: tuple[int, int] = DEFAULT_FIGURE_SIZE) -> bool:
        model = self.window.model
        kind = "svg" if Path(path).suffix.lower() == ".svg" else "png"
        return self._write(
            path, lambda: figure.pipeline_figure(model.session, model.result, kind, size)
        )

    def export_csv_dialog(self) -> bool:
        folder = ask_folder(
            self.window, self.tr("Export the matrices as CSV files into…"), self._suggest("")
        )
        if not folder:
            return False
        model = self.window.model
        existing = [
            str(Path(folder) / name)
            for name in csv_files(model.session, model.result)
            if (Path(folder) / name).exists()
        ]
        if existing and not confirm_replace(self.window, existing):
            return False
        return self.export_csv(folder)

    def export_csv(self, folder: str) -> bool:
        model = self.window.model
        try:
            written = write_csv_folder(model.session, model.result, folder)
        except OSError as error:
            return self._failed(folder, error)
        app_settings.settings().setValue("export/last_folder", str(Path(folder)))
        self._status(
            self.tr("Saved {count} CSV files to {folder}").format(count=len(written), folder=folder)
        )
        return True

    def export_json_dialog(self) -> bool:
        path = ask_save_path(
            self.window,
            self.tr("Export the result as JSON"),
            self._suggest("result.json"),
            [_tr(JSON_FILTER)],
        )
        return bool(path) and self.export_json(path)

    def export_json(self, path: str) -> bool:
        model = self.window.model
        result, session = model.result, model.session
        return self._write(path, lambda: dumps_result(result, session).encode("utf-8"))

    def export_lesson_dialog(self) -> bool:
        lesson = self.window.model.lesson
        path = ask_save_path(
            self.window,
            self.tr("Export lesson"),
            self._suggest(f"{lesson or 'session'}.lesson.json"),
            [_tr(LESSON_FILTER)],
        )
        return bool(path) and self.export_lesson(path)

    def export_lesson(self, path: str) -> bool:
        model = self.window.model
        try:
            save_lesson_file(path, model.session, model.lesson, self.window.current_panel())
        except SessionError as error:
            QMessageBox.warning(self.window, self.tr("Cannot export the lesson"), str(error))
            self._status(self.tr("Not saved: {reason}").format(reason=str(error)))
            return False
        self._saved(path)
        return True

    # -- writing -------------------------------------------------------------
    def _write(self, path: str, make_bytes) -> bool:
        """Render, then replace `path` atomically; on failure the old file stays."""
        try:
            data = make_bytes()
            atomic_write_bytes(path, data)
        except OSError as error:
            return self._failed(path, error)
        self._saved(path)
        return True

    def _failed(self, path: str, error: OSError) -> bool:
        reason = error.strerror or str(error)
        QMessageBox.warning(
            self.window,
            self.tr("Cannot export"),
            self.tr("{path} was not written: {reason}").format(path=path, reason=reason),
        )
        self._status(self.tr("Not saved: {reason}").format(reason=reason))
        return False

    def _saved(self, path: str) -> None:
        self._remember(path)
        self._status(self.tr("Saved {path}").format(path=path))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    @staticmethod
    def _remember(path) -> None:
        app_settings.settings().setValue("export/last_folder", str(Path(path).parent))

    def _suggest(self, file_name: str) -> str:
        """`file_name` in the last export folder (else the session's, else home)."""
        folder = str(app_settings.settings().value("export/last_folder", "") or "")
        if not folder or not Path(folder).is_dir():
            path = self.window.model.path
            folder = str(Path(path).parent) if path else str(Path.home())
        return str(Path(folder) / file_name) if file_name else folder
