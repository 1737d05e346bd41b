"""The workbench window: the whole attention pipeline, left to right.

Left dock: the editable matrices (inputs, decoder, W_Q, W_K, W_V, W_a, v_a,
hand-set weights). Centre: heatmaps of Q, K, V → scores → weights → context.
Right dock: the geometry plot and the selected query's weights. Bottom dock:
the explain panel. Every view is wired to the one `AttentionModel` only. The
docks come from the table of panels (`workbench.PANELS`); panels get the
model and the window's `Workbench`, never the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from . import settings as app_settings
from . import window_layout, window_menus
from .core.compute import RESULT_MATRICES
from .core.importing import SUFFIXES as IMPORT_SUFFIXES
from .core.lesson_file import is_lesson_file, load_lesson_file
from .core.lessons import lesson as lesson_by_id
from .core.panels import panel_id
from .core.presets import resources_dir
from .core.session import EDITABLE, Session
from .core.session_io import SessionError, load_session, save_session
from .export import Exporter
from .i18n import is_language_change, load_translated_preset, preset_text, translated_error
from .lesson_layout import LessonLayout
from .model import AttentionModel, Change
from .plotting.highlight import HighlightFrame
from .plotting.pyqtgraph_menus import retranslate_plot_menus
from .widgets.controls import ControlsPanel
from .widgets.explain_panel import ExplainPanel
from .widgets.geometry import GeometryView
from .widgets.heatmap import HeatmapView
from .widgets.matrix_editor import MatrixEditor
from .widgets.step_through import StepToolBar
from .widgets.weights_bar import WeightsBarView
from .workbench import (
    EXPLAIN,
    GEOMETRY,
    LESSONS,
    MATRICES,
    PANELS,
    LazyPanel,
    PanelSpec,
    Workbench,
)

EDITOR_NAMES = EDITABLE
DROPPED_SUFFIXES = (".json", *IMPORT_SUFFIXES)
HEATMAP_NAMES = RESULT_MATRICES


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 32, 48, 64, 128, 256):
        png = folder / f"qkv_gui_{size}.png"
        if png.exists():
            icon.addFile(str(png))
    svg = folder / "qkv_gui.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


class MainWindow(QMainWindow):
    """The workbench. `model` is the single source of truth for every view.

    `compact`: the layout for small screens (`window_layout`), chosen at start.
    """

    def __init__(self, model: AttentionModel, preset: str | None = None, compact: bool = False):
        super().__init__()
        self.model = model
        self._preset = preset
        self.compact = compact
        self._restored_layout_size: QSize | None = None  # of a restored layout, until shown
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.workbench = Workbench(model, self)
        self.heatmaps = {name: HeatmapView(model, name) for name in HEATMAP_NAMES}
        self.editors = {name: MatrixEditor(model, name) for name in EDITOR_NAMES}
        self.geometry = GeometryView(model)
        self.weights_bar = WeightsBarView(model)
        self.explain_panel = ExplainPanel(model)
        self.controls = ControlsPanel(model, self.workbench.actions, compact=compact)
        self.step_through = StepToolBar(model, self)
        # Clicking these only selects or hovers (a running training goes on).
        for view in (*self.heatmaps.values(), self.weights_bar, self.explain_panel):
            self.workbench.add_passive_view(view)
        # Every view by name, so lessons can point at any of them (see register_view).
        self.views: dict[str, QWidget] = {}
        self._frames: dict[str, HighlightFrame] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._lazy_panels: dict[str, LazyPanel] = {}
        self.lesson_layout: LessonLayout | None = None

        self._build_central()
        window_menus.build(self)
        self._add_step_through()
        model.lessonChanged.connect(self._on_lesson_changed)
        for spec in PANELS:
            self._add_panel(spec)
        self._arrange_docks()
        self.lesson_layout = LessonLayout(self)
        self._link_axes()
        for name, view in {**self.heatmaps, **self.editors, "geometry": self.geometry,
                           "weights_bar": self.weights_bar, "explain": self.explain_panel}.items():
            self.register_view(name, view)
        for name, view in self.heatmaps.items():
            self.workbench.register_export_target(name, view, heatmap=True)
        self.workbench.register_export_target("geometry", self.geometry)
        self.workbench.register_export_target("weights_bar", self.weights_bar)
        self.exporter = Exporter(self)

        self.heads_status = QLabel()  # "Head 2 of 3 shown in detail", while there are several
        self.statusBar().addPermanentWidget(self.heads_status)
        model.changed.connect(self._on_session_changed)
        model.fileChanged.connect(self._on_file_changed)
        model.message.connect(self._on_message)
        model.highlightChanged.connect(self._on_highlight_changed)
        self._on_session_changed(Change.everything())
        self._on_file_changed()
        self.statusBar().showMessage(self._hint())

    def _hint(self) -> str:
        return self.tr("Drag any number up or down to change it; hover a result to see how it was computed.")

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The texts the window sets itself, in the language just set (View → Language);
        each panel and view retranslates its own on the same event."""
        window_menus.retranslate(self)
        self.workbench.actions.retranslate()
        self.exporter.retranslate()
        for spec in PANELS:
            self.docks[spec.id].setWindowTitle(spec.translated_title())
        if self.compact:
            window_layout.retranslate_compact(self)
        # Once the dock tabs have their new titles.
        QTimer.singleShot(0, self, lambda: window_layout.fit_side_tabs(self))
        retranslate_plot_menus(self)
        self._on_file_changed()
        self._show_heads_status()
        self.statusBar().showMessage(self._hint())

    def _show_heads_status(self) -> None:
        note = self.heads_note()
        if note != self.heads_status.text():
            self.heads_status.setText(note)
            self.heads_status.setVisible(bool(note))

    # -- layout ------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget()
        grid = QGridLayout(central)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(4)
        h = self.heatmaps
        if self.compact:
            window_layout.fill_compact_central(self, grid)
        else:
            # Column 0: Q, K, V stacked; column 1: scores above weights; column 2: context.
            grid.addWidget(h["queries"], 0, 0, 2, 1)
            grid.addWidget(h["keys"], 2, 0, 2, 1)
            grid.addWidget(h["values"], 4, 0, 2, 1)
            grid.addWidget(h["scores"], 0, 1, 3, 1)
            grid.addWidget(h["weights"], 3, 1, 3, 1)
            grid.addWidget(h["context"], 0, 2, 3, 1)
            grid.addWidget(self.weights_bar, 3, 2, 3, 1)
            for row in range(6):
                grid.setRowStretch(row, 1)
        self._grid = grid
        self.setCentralWidget(central)

        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.controls)

    def _add_step_through(self) -> None:
        """The step-through toolbar, on its own row below the controls (compact: beside the menus)."""
        if self.compact:
            window_layout.step_bar_in_menu_bar(self)
        else:
            self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.step_through)
        # On the window too, so F5/F6 work wherever the focus is.
        bar = self.step_through
        self.addActions([bar.back_action, bar.play_action, bar.next_action])

    def _add_panel(self, spec: PanelSpec) -> None:
        """One entry of the table of panels: its dock, with the panel built now or on first use."""
        title = spec.translated_title()
        dock = QDockWidget(title, self)  # first: a builder may use it (its toggle action)
        if spec.lazy:
            holder = LazyPanel(lambda: spec.build(self, self.workbench, dock), spec.minimum_width)
            self.add_dock(title, spec.dock_name, holder, spec.area, dock)
            holder.build_when_shown(dock)
            self._lazy_panels[spec.id] = holder
            self.register_view(spec.id, holder)  # lesson highlights frame the placeholder
        else:
            self.add_dock(title, spec.dock_name, spec.build(self, self.workbench, dock), spec.area, dock)
        self.docks[spec.id] = dock
        if spec.tab_with is not None:
            front = self.docks[spec.tab_with]
            self.tabifyDockWidget(front, dock)
            front.raise_()
        if spec.hidden:
            dock.hide()

    def _arrange_docks(self) -> None:
        """First sizes of the docks (a saved layout replaces them), and the toolbars'
        entries in View, after the window's own docks."""
        docks = self.docks
        if self.compact:
            window_layout.compact_side_views(self)
        self._size_docks()
        first_tool = next(docks[spec.id] for spec in PANELS if spec.kind != "window")
        self.menu("view").insertActions(first_tool.toggleViewAction(), [
            self.controls.toggleViewAction(), self.step_through.toggleViewAction()])

    def _size_docks(self) -> None:
        """The docks' sizes of this layout (`window_layout.dock_sizes`); floating docks keep theirs."""
        docks, sizes = self.docks, window_layout.dock_sizes(self.compact)
        # Wide enough for every tab's whole title (five tabs share the geometry's dock); in the
        # full layout the matrices give that room, which they have to spare, not the heatmaps.
        side_width = window_layout.side_dock_width(self, sizes["geometry"])
        matrices_width = sizes["matrices"] - (0 if self.compact else side_width - sizes["geometry"])

        def resize(ids, values, orientation) -> None:
            if not any(docks[i].isFloating() for i in ids):
                self.resizeDocks([docks[i] for i in ids], values, orientation)

        resize([MATRICES, GEOMETRY], [matrices_width, side_width], Qt.Orientation.Horizontal)
        resize([EXPLAIN], [sizes["explain"]], Qt.Orientation.Vertical)
        resize([GEOMETRY, LESSONS], [460, 440], Qt.Orientation.Vertical)

    def add_dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea,
                 dock: QDockWidget | None = None) -> QDockWidget:
        """A movable, closable dock (object name `name`, so its place is saved), listed in View."""
        dock = dock if dock is not None else QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        view_menu = self.menu("view")
        if view_menu is not None:  # docks added after the menus were built
            view_menu.addAction(dock.toggleViewAction())
        return dock

    def add_menu(self, key: str, title: str) -> QMenu:
        """A new top-level menu `menu_<key>`, placed before Help."""
        menu = QMenu(title, self.menuBar())
        menu.setObjectName(f"menu_{key}")
        self.menuBar().insertMenu(self.menu("help").menuAction(), menu)
        return menu

    def _link_axes(self) -> None:
        """Plots that share an axis scroll and zoom together (same tokens)."""
        h = self.heatmaps
        h["weights"].view_box.setXLink(h["scores"].view_box)
        h["weights"].view_box.setYLink(h["scores"].view_box)
        h["context"].view_box.setYLink(h["scores"].view_box)
        h["values"].view_box.setYLink(h["keys"].view_box)

    # -- panels --------------------------------------------------------------
    def panel(self, panel_id: str) -> QWidget:
        """The panel `panel_id` (see workbench.PANELS), built now if it is built on first use."""
        lazy = self._lazy_panels.get(panel_id)
        return lazy.panel() if lazy is not None else self.docks[panel_id].widget()

    def dock(self, panel_id: str) -> QDockWidget:
        return self.docks[panel_id]

    def lazy_panels(self) -> dict[str, LazyPanel]:
        """The placeholders of the panels built on first use, by panel id."""
        return dict(self._lazy_panels)

    def bring_to_front(self, panel_id: str) -> None:
        """Show the panel's dock and raise its tab (a lazy panel is then built)."""
        dock = self.docks[panel_id]
        # A tab behind another stays "visible" (moved out of view), so raise
        # unconditionally; on a dock that is already in front it changes nothing.
        if dock.isHidden():
            dock.show()
        dock.raise_()

    def current_panel(self) -> str | None:
        """The id of the panel open in front (not one of the window's own docks), for lesson files.

        A tool panel (SVD, training, …) wins over the lessons, whose state the lesson id keeps.
        """
        shown = [spec for spec in PANELS if spec.kind != "window"
                 and self.docks[spec.id].isVisible() and not self.docks[spec.id].visibleRegion().isEmpty()]
        tools = [spec.id for spec in shown if spec.kind == "tool"]
        return (tools or [spec.id for spec in shown] or [None])[0]

    def restore_lesson_state(self, lesson: str | None, panel: str | None) -> None:
        """Open `lesson` (and its highlights) and bring `panel` to the front: a panel
        id, or the dock object name that files written before panel ids hold."""
        self.model.set_lesson(lesson)
        self.model.set_highlighted_views(lesson_by_id(lesson).highlight if lesson else ())
        panel = panel_id(panel) if panel else None
        if panel in self.docks:
            self.bring_to_front(panel)

    def register_view(self, name: str, widget: QWidget) -> None:
        """Make `widget` known by `name` (for lesson highlights and exports)."""
        self.views[name] = widget
        self._frames[name] = HighlightFrame(widget)

    def menu(self, key: str):
        """The menu with object name `menu_<key>` (file, edit, presets, view, help, …)."""
        return self.menuBar().findChild(QMenu, f"menu_{key}")

    # -- model → view ------------------------------------------------------
    def _on_highlight_changed(self) -> None:
        wanted = set(self.model.highlighted_views)
        for name, frame in self._frames.items():
            frame.set_on(name in wanted)
        self._raise_highlighted_docks()

    def _raise_highlighted_docks(self) -> None:
        """Bring the docks holding highlighted views to the front (a tab behind another
        tab would hide what the lesson points at). The most important view goes last,
        so it wins when two highlighted views share a tab group."""
        for name in reversed(self.model.highlighted_views):
            widget = self.views.get(name)
            if widget is not None:
                window_layout.bring_forward(widget)

    def _on_lesson_changed(self) -> None:
        if self.lesson_layout is not None:  # first: the panels then bring theirs forward
            self.lesson_layout.on_lesson_changed()
        # A lesson about a panel built on first use builds it (it then follows the lesson).
        for spec in PANELS:
            if self.model.lesson in spec.opens_with_lessons:
                self.panel(spec.id)

    def _on_session_changed(self, change: Change) -> None:
        # Which editors show and how wide the columns are follow the settings
        # and shapes (override on/off is a shape), not the numbers a drag changes.
        if not (change.shapes or change.loaded or change.head
                or change.touches("mode", "projection", "score_kind", "head_overrides")):
            return
        session = self.model.session
        self._show_heads_status()
        for editor in self.editors.values():
            relevant = editor.is_relevant(session)
            if editor.isVisibleTo(editor.parentWidget()) != relevant:
                editor.setVisible(relevant)
        # Give each column room in proportion to how many cells wide its matrices are
        # (+3 for the axis and colour bar), so scores over many keys don't get squeezed.
        widths = window_layout.column_cells(self.compact, session.d_k, session.d_v, session.n)
        for column, cells in enumerate(widths):
            stretch = min(cells, 12) + 3
            # Setting even an equal stretch re-lays out the whole window.
            if self._grid.columnStretch(column) != stretch:
                self._grid.setColumnStretch(column, stretch)

    def _on_file_changed(self) -> None:
        if self.model.path:
            name = Path(self.model.path).name
        else:
            # A preset's title in the user's language, even when it was opened in another.
            title = self.model.session.title
            name = preset_text(title) if title else (self._preset or self.tr("Untitled"))
        self.setWindowTitle(self.tr("{name}[*] — qkv_gui").format(name=name))
        self.setWindowModified(self.model.dirty)

    def _on_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- files -------------------------------------------------------------
    def _start_folder(self) -> str:
        if self.model.path:
            return str(Path(self.model.path).parent)
        return str(app_settings.settings().value("last_folder", str(Path.home())))

    def maybe_save(self) -> bool:
        """True when it is fine to drop the learner's session (saved, discarded, or clean).

        A lesson's session is an exercise, never asked about; the learner's own
        session, put aside while a lesson is open, is.
        """
        aside = self.model.aside
        if not (aside.dirty if aside is not None else self.model.dirty):
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The session has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save() if aside is None else self._save_aside()
        return answer == QMessageBox.StandardButton.Discard

    def _save_aside(self) -> bool:
        """Save the learner's session a lesson put aside (not the exercise on screen)."""
        aside = self.model.aside
        path = aside.path or self._ask_save_path()
        if not path or not self._write_session(aside.session, path):
            return False
        self.model.mark_aside_saved(path)
        app_settings.add_recent_file(path)
        return True

    def _session_filter(self) -> str:
        return self.tr("qkv_gui sessions (*.json);;All files (*)")

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), self._start_folder(),
                                              self._session_filter())
        if path:
            self.open_file(path, ask=False)

    def open_file(self, path: str, ask: bool = True) -> bool:
        """Open a session file; a bad file leaves the current session untouched."""
        if ask and not self.maybe_save():
            return False
        lesson_state = None
        try:
            if is_lesson_file(path):
                session, *lesson_state = load_lesson_file(path)
            else:
                session = load_session(path)
        except SessionError as error:
            QMessageBox.warning(self, self.tr("Cannot open the session"),
                                self.tr("{file} was not opened: {reason}").format(
                                    file=Path(path).name, reason=translated_error(error)))
            self.statusBar().showMessage(
                self.tr("Not opened: {reason}").format(reason=translated_error(error)), 8000)
            return False
        self._preset = None
        self._leave_lesson()
        if lesson_state is not None:
            # A hand-out from a teacher: Save must not overwrite it as a plain session file.
            self.model.load(session)
            self.restore_lesson_state(*lesson_state)
        else:
            self.model.load(session, path=str(path))
        app_settings.add_recent_file(path)
        app_settings.settings().setValue("last_folder", str(Path(path).parent))
        opened = self.tr("Opened {path}").format(path=path)
        note = self.heads_note()
        self.statusBar().showMessage(f"{opened} — {note}" if note else opened, 15000 if note else 5000)
        return True

    def heads_note(self) -> str:
        """Which head the one-head views show ("" for one head); also the status bar's corner."""
        heads = self.model.session.heads
        if heads == 1:
            return ""
        return self.tr("Head {head} of {heads} shown in detail").format(
            head=self.model.selected_head + 1, heads=heads)

    def open_preset(self, name: str) -> bool:
        if not self.maybe_save():
            return False
        try:
            session = load_translated_preset(name)
        except SessionError as error:
            self._on_message(translated_error(error))
            return False
        self._preset = name
        self._leave_lesson()
        self.model.load(session)
        self.statusBar().showMessage(
            self.tr("Opened the preset “{name}”").format(name=session.title or name), 5000)
        return True

    def _leave_lesson(self) -> None:
        """Opening something else ends the lesson: no stale frames or lesson state."""
        self.model.set_lesson(None)
        self.model.set_highlighted_views(())
        self.model.drop_aside()

    def save(self) -> bool:
        if not self.model.path:
            return self.save_as_dialog()
        return self.save_to(self.model.path)

    def save_as_dialog(self) -> bool:
        path = self._ask_save_path()
        return bool(path) and self.save_to(path)

    def _ask_save_path(self) -> str | None:
        suggested = self.model.path or str(Path(self._start_folder()) / f"{self._preset or 'session'}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"), suggested, self._session_filter())
        if not path:
            return None
        return path if Path(path).suffix else path + ".json"

    def save_to(self, path: str) -> bool:
        """Write atomically; on failure the old file and the window's session survive."""
        if not self._write_session(self.model.session, path):
            return False
        self.model.mark_saved(str(path))
        app_settings.add_recent_file(path)
        app_settings.settings().setValue("last_folder", str(Path(path).parent))
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def _write_session(self, session: Session, path: str) -> bool:
        try:
            save_session(session, path)
        except (SessionError, OSError) as error:
            reason = translated_error(error) if isinstance(error, SessionError) else (error.strerror or str(error))
            QMessageBox.warning(self, self.tr("Cannot save the session"),
                                self.tr("The session was not saved: {reason}").format(reason=reason))
            self.statusBar().showMessage(self.tr("Not saved: {reason}").format(reason=reason), 8000)
            return False
        return True

    # -- drag and drop a session file (opened) or a matrix (imported) onto the window --
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(DROPPED_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = event.mimeData().urls()[0].toLocalFile()
        if path.lower().endswith(".json"):
            self.open_file(path)
        else:
            from .import_dialog import open_import_dialog

            open_import_dialog(self, path)

    # -- persistence -------------------------------------------------------
    def _layout_key(self) -> str:
        """Each layout keeps its own docks: a compact layout restored into the full one would crowd it."""
        return "window/compact_" if self.compact else "window/"

    def restore_layout(self) -> bool:
        """The saved window place and docks; docks saved in a window of another size
        take this layout's proportions instead. True when a window place was restored."""
        store = app_settings.settings()
        geometry = store.value("window/geometry")
        state = store.value(self._layout_key() + "state")
        restored = isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)
        if isinstance(state, QByteArray | bytes) and self.restoreState(state):
            saved = store.value(self._layout_key() + "size")
            # Checked when shown: only then is the window's size on this screen known.
            self._restored_layout_size = saved if isinstance(saved, QSize) else QSize()
            self.lesson_layout.learner_layout_restored()
        return restored

    def showEvent(self, event) -> None:
        super().showEvent(event)
        saved, self._restored_layout_size = self._restored_layout_size, None
        if saved is not None:
            size = self.size()
            if self.isMaximized() and self.screen() is not None:
                size = self.screen().availableGeometry().size()
            if not window_layout.saved_layout_fits(saved, size):
                self._size_docks()

    def save_layout(self) -> None:
        store = app_settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        # During a lesson: the learner's own layout, not the lesson's.
        store.setValue(self._layout_key() + "state", self.lesson_layout.learner_state() or self.saveState())
        store.setValue(self._layout_key() + "size", self.size())

    def remember_session(self) -> None:
        """Keep for the next launch (written atomically) the learner's session as last opened
        or saved: its unsaved changes were saved or discarded by now. With a lesson open,
        also the exercise as it is, so the lesson reopens with the learner's session aside."""
        model = self.model
        own = model.aside or model.document()
        exercise = model.lesson if model.aside is not None else None
        try:
            save_session(own.saved_session, app_settings.last_session_path())
            if exercise:
                save_session(model.session, app_settings.exercise_path())
            store = app_settings.settings()
            store.setValue("last/path", own.path or "")
            store.setValue("last/preset", self._preset or "")
            store.setValue("last/lesson", exercise or "")
        except (SessionError, OSError):
            pass  # Not worth bothering the learner on quit; the next launch uses the default.

    def reopen_lesson(self) -> None:
        """The lesson open at the last quit, its exercise as it was, the learner's session aside."""
        lesson = str(app_settings.settings().value("last/lesson", "") or "")
        if not lesson:
            return
        try:
            lesson_by_id(lesson)
            exercise = load_session(app_settings.exercise_path())
        except (SessionError, KeyError):
            return  # a lesson of another version, or no exercise: the learner's session only
        self.model.put_aside()
        self.model.load(exercise)
        self.restore_lesson_state(lesson, None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.remember_session()
        event.accept()

