"""App wiring: the table of panels, the narrow interface a panel gets, the shared commands.

`PANELS` declares every dock of the window once: its id, title, dock area,
builder, whether it is built on first use, and which dock it is tabbed with.
`MainWindow` walks the table; adding a panel is one builder and one entry.

A panel never gets the window: it gets the model and a `Workbench`, which can
bring a panel to the front, register an export target, pause something on the
learner's next edit, and hands out the `SharedActions` (commands used in
several places, one QAction each). No panel holds another panel or reaches
into its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from . import settings as app_settings
from .core import edits
from .core.panels import PANEL_IDS
from .i18n import translated_error
from .model import AttentionModel, Change
from .plotting.panel_layout import PANEL_MIN_WIDTH
from .widgets.challenges_panel import ChallengesPanel
from .widgets.compare_panel import LESSON_COMPARISONS, ComparePanel
from .widgets.heads_panel import HeadsPanel
from .widgets.lessons_panel import LessonsPanel
from .widgets.matrix_editor import MatrixEditor
from .widgets.output_panel import OutputPanel
from .widgets.positions_panel import PositionsPanel
from .widgets.svd_panel import SvdPanel
from .widgets.train_panel import TrainPanel

if TYPE_CHECKING:
    from .main_window import MainWindow

# The ids lesson files store (core/panels.py).
MATRICES, GEOMETRY, EXPLAIN, LESSONS, COMPARE, SVD, TRAIN, CHALLENGES = PANEL_IDS[:8]
HEADS = "heads"
OUTPUT = "output"
POSITIONS = "positions"


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- shared commands -----------------------------------------------------------------


class SharedActions(QObject):
    """The commands used in several places, one QAction each.

    `last_input_only` (Ctrl+L): weights [0, …, 0, 1] for every query, one undo
    step. `projection` (checkable, follows the session): projections W_Q, W_K,
    W_V on or off, one undo step. Toolbar, Edit menu, Compare panel and
    lessons all trigger these, so each command has one undo text and message.
    """

    def __init__(self, model: AttentionModel, parent: QObject | None = None):
        super().__init__(parent if parent is not None else model)
        self._model = model
        self.last_input_only = QAction(self)
        self.last_input_only.setShortcut(QKeySequence("Ctrl+L"))
        self.last_input_only.triggered.connect(self._on_last_input_only_triggered)
        self.projection = QAction(self)
        self.projection.setCheckable(True)
        self.projection.triggered.connect(self._on_projection_triggered)
        model.changed.connect(self._on_session_changed)
        self._show_projection()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the language now set (the window calls it on a language change)."""
        # Translation contexts of the texts where they were first written.
        self.last_input_only.setText(QCoreApplication.translate("MainWindow", "Only the &last input"))
        tip = QCoreApplication.translate("MainWindow", "Weights [0, …, 0, 1]: the classic seq2seq context vector")
        self.last_input_only.setStatusTip(tip)
        self.last_input_only.setToolTip(tip)
        self.projection.setText(QCoreApplication.translate("ControlsPanel", "Projections W_Q, W_K, W_V"))
        tip = QCoreApplication.translate("ControlsPanel",
                  "On: Q = I·W_Q, K = I·W_K, V = I·W_V. Off: queries, keys and values are the raw vectors.")
        self.projection.setStatusTip(tip)
        self.projection.setToolTip(tip)

    def _on_last_input_only_triggered(self) -> None:
        model = self._model
        if model.apply(edits.only_last_input(model.session, head=model.selected_head), QCoreApplication.translate("ControlsPanel", "Only the last input")):
            if model.session.causal:  # the mask holds for hand-set weights too
                model.message.emit(QCoreApplication.translate("ControlsPanel",
                    "Causal mask on: each query's weight 1 goes to the last input it may see (itself)."))
            else:
                model.message.emit(QCoreApplication.translate("ControlsPanel",
                    "Weights set to [0, …, 0, 1]: the context vector is now the last input's value vector."))

    def _on_projection_triggered(self, checked: bool) -> None:
        model = self._model
        try:
            switched = edits.switch_projection(model.session, checked)
        except edits.EditError as error:  # several heads keep their projections
            model.message.emit(translated_error(error))
            switched = model.session
        model.apply(switched,
                    QCoreApplication.translate("ControlsPanel", "Turn projections on") if checked
                    else QCoreApplication.translate("ControlsPanel", "Turn projections off"))
        self._show_projection()  # a refused edit leaves the session (and the check) as it was

    def _on_session_changed(self, change: Change) -> None:
        if change.touches("projection") or change.loaded:
            self._show_projection()

    def _show_projection(self) -> None:
        if self.projection.isChecked() != self._model.session.projection:
            self.projection.setChecked(self._model.session.projection)


# -- pausing on the learner's next edit ------------------------------------------------


class EditInputWatch(QObject):
    """While started, calls `on_edit()` before a click or key press that may edit the session.

    Such input is anything outside `panel` except on the views that only select
    or hover (`Workbench.add_passive_view`), tab bars, dock title bars and
    scroll bars; a bare Space and modifier keys do not count. One application-wide
    event filter, installed only while started.
    """

    def __init__(self, panel: QWidget, on_edit: Callable[[], None], passive: list[QWidget]):
        super().__init__(panel)
        self._panel = panel
        self._on_edit = on_edit
        self._passive = passive  # the workbench's list: views added later count too
        self._started = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._started:
            app.installEventFilter(self)
            self._started = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._started:
            app.removeEventFilter(self)
        self._started = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if self._may_edit(watched):
                self._on_edit()
        elif kind == QEvent.Type.ShortcutOverride:
            key = event.key()
            bare_space = key == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier
            modifier_only = key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
            if not bare_space and not modifier_only and self._may_edit(watched):
                self._on_edit()
        return False

    def _may_edit(self, widget: QWidget) -> bool:
        panel = self._panel
        if widget.window() is not panel.window() or widget is panel or panel.isAncestorOf(widget):
            return False
        # Moving docks, switching tabs and scrolling do not edit anything.
        if isinstance(widget, QTabBar | QDockWidget | QMainWindow | QScrollBar):
            return False
        # A press the passive views ignore travels up to their containers: not an edit either.
        return not any(
            w is widget or w.isAncestorOf(widget) or widget.isAncestorOf(w)
            for w in [*self._passive, panel]
        )


# -- the interface a panel gets ---------------------------------------------------------


@dataclass
class ExportTarget:
    """One exportable plot: a heatmap of result matrix `name` (drawn by figure.py)
    or any pyqtgraph plot (a PlotWidget, or a widget with a `plot_item`)."""

    name: str
    widget: QWidget
    is_heatmap: bool

    @property
    def plot_item(self):
        item = getattr(self.widget, "plot_item", None)
        return item if item is not None else self.widget.getPlotItem()


class Workbench(QObject):
    """What a panel may ask of the window it lives in (and nothing more).

    model: the one model. actions: the `SharedActions`.
    bring_to_front(panel_id): show that panel's dock and raise its tab.
    register_export_target(name, widget, heatmap=False): give a plot the
        export button and menu (File → Export, PNG/SVG/copy).
    watch_edit_input(panel, on_edit): an `EditInputWatch` to pause a long
        run (training) on the learner's next edit.
    kept(key) / keep(key, text): a text kept across restarts (the settings).
    Without a window (a panel on its own, in tests) the window-side requests
    do nothing but the shared actions work.

    Signals: exportTargetAdded(str): a target was registered.
    """

    exportTargetAdded = Signal(str)

    def __init__(self, model: AttentionModel, window: MainWindow | None = None):
        super().__init__(window if window is not None else model)
        self.model = model
        self.actions = SharedActions(model, self)
        self._window = window
        self._export_targets: dict[str, ExportTarget] = {}
        self._passive: list[QWidget] = []

    def bring_to_front(self, panel_id: str) -> None:
        if self._window is not None:
            self._window.bring_to_front(panel_id)

    def register_export_target(self, name: str, widget: QWidget, heatmap: bool = False) -> None:
        """`widget`: a pyqtgraph PlotWidget or a widget with a `plot_item`; with
        `heatmap`, the view of result matrix `name`, exported through figure.py."""
        if name in self._export_targets:
            return
        self._export_targets[name] = ExportTarget(name, widget, heatmap)
        self.exportTargetAdded.emit(name)

    def export_targets(self) -> dict[str, ExportTarget]:
        return dict(self._export_targets)

    def add_passive_view(self, widget: QWidget) -> None:
        """A view where clicks only select or hover: input there is not an edit."""
        self._passive.append(widget)

    def watch_edit_input(self, panel: QWidget, on_edit: Callable[[], None]) -> EditInputWatch:
        return EditInputWatch(panel, on_edit, self._passive)

    def kept(self, key: str) -> str:
        return app_settings.kept(key)

    def keep(self, key: str, text: str) -> None:
        app_settings.keep(key, text)


# -- panels built on first use -------------------------------------------------------------


class LazyPanel(QWidget):
    """A dock's placeholder that builds the real panel the first time it is needed.

    Panels in tabs behind the geometry dock (SVD, Train, Compare) make a dozen
    plots between them; building them at start-up delayed the first window by
    a quarter of a second for views most sessions never open. The panel is
    built when its dock's tab first comes to the front, or on `panel()`.
    """

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], minimum_width: int = 0, parent=None):
        super().__init__(parent)
        self._factory = factory
        self._panel: QWidget | None = None
        self._building = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The dock area keeps the width it will need once the panel is in.
        self.setMinimumWidth(minimum_width)

    def is_built(self) -> bool:
        return self._panel is not None

    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            if self._building:
                # Asked again while being built (e.g. the new panel raises its
                # dock, whose tab then comes to the front): one panel only.
                raise RuntimeError("LazyPanel.panel() called while the panel is being built")
            self._building = True
            try:
                panel = self._factory()
            finally:
                self._building = False
            self._panel = panel
            self._layout.addWidget(self._panel)
            # Now, not on the layout's queued show: the panel is seen (and
            # redraws) from the first change on.
            self._panel.setVisible(True)
            self.built.emit(self._panel)
        return self._panel

    def build_when_shown(self, dock: QDockWidget) -> None:
        dock.visibilityChanged.connect(self._on_visibility_changed)

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and not self._building:
            self.panel()


# -- the table of panels -----------------------------------------------------------------

Builder = Callable[["MainWindow", Workbench, QDockWidget], QWidget]


@dataclass(frozen=True)
class PanelSpec:
    """One dock of the window.

    title: (translation context, English title, marked for lupdate). dock_name: the dock's Qt object
    name (saved window layouts and old lesson files use it: keep it). kind:
    "window" (the window's own views), "tool" (a panel a lesson file may
    remember) or "lessons". lazy: built on first use (its tab first comes to the
    front, `window.panel(id)`, or one of `opens_with_lessons` opens). tab_with:
    the id of the dock it becomes a tab behind (that one stays in front).
    """

    id: str
    title: tuple[str, str]
    dock_name: str
    area: Qt.DockWidgetArea
    build: Builder
    kind: str = "tool"
    lazy: bool = False
    tab_with: str | None = None
    minimum_width: int = 0
    opens_with_lessons: frozenset[str] = frozenset()
    hidden: bool = False  # starts hidden, shown when asked for (bring_to_front)

    def translated_title(self) -> str:
        return _tr(*self.title)


def _build_matrices(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    editors = QWidget()
    column = QVBoxLayout(editors)
    column.setContentsMargins(4, 4, 4, 4)
    column.setSpacing(6)
    for editor in window.editors.values():
        column.addWidget(editor)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(editors)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setMinimumWidth(250)
    return scroll


def _build_geometry(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(window.geometry)
    return holder


def _build_explain(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = window.explain_panel

    def grow(height: int) -> None:
        # A formula that wraps: the dock grows as far as the window has room (else it scrolls).
        if dock.isVisible() and not dock.isFloating() and panel.height() < height:
            window.resizeDocks([dock], [dock.height() + height - panel.height()], Qt.Orientation.Vertical)

    panel.heightWanted.connect(grow)
    return panel


def _build_svd(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = SvdPanel(bench.model, bench)
    # Tabs behind another are moved out of view, not hidden: the dock says when it is in front.
    panel.when_seen.follow_dock(dock)
    return panel


def _build_train(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = TrainPanel(bench.model, bench)
    panel.when_seen.follow_dock(dock)
    return panel


def _build_compare(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = ComparePanel(bench.model, bench)
    panel.when_seen.follow_dock(dock)
    panel.follow_lesson()  # built for a lesson: take its mode, come to the front
    return panel


def _build_output(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    # The W_O editor is the app's matrix editor; the panel places it between its heatmaps.
    panel = OutputPanel(bench.model, bench, MatrixEditor(bench.model, "w_o"))
    panel.follow_dock(dock)
    return panel


def _build_positions(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    # The learned table's editor is the matrices' own kind of editor, handed in.
    panel = PositionsPanel(bench.model, bench, MatrixEditor(bench.model, "positional_table"))
    panel.when_seen.follow_dock(dock)
    return panel


def _build_lessons(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = LessonsPanel(bench.model, bench)
    menu = panel.fill_menu(window.add_menu("lessons", QCoreApplication.translate("LessonsMenu", "&Lessons")))
    menu.menu.addSeparator()
    menu.menu.addAction(dock.toggleViewAction())
    # Window-wide, so Ctrl+1 works while a table has the focus.
    window.addActions(list(menu.lesson_actions.values()))
    return panel


def _build_challenges(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = ChallengesPanel(bench.model, bench)
    menu = panel.fill_menu(window.add_menu("challenges", QCoreApplication.translate("ChallengesMenu", "&Challenges")))
    menu.menu.addSeparator()
    menu.menu.addAction(dock.toggleViewAction())
    window.addActions([menu.show_action])  # Ctrl+G wherever the focus is
    geometry, kept_heights = window.dock(GEOMETRY), []

    def give_room() -> None:
        # A challenge's task, hint and goal need more of the column than the lessons' share
        # (the geometry above keeps 40 %); leaving gives the heights back.
        if not kept_heights and not dock.isFloating():
            kept_heights.extend([geometry.height(), dock.height()])
        total = geometry.height() + dock.height()
        if dock.height() < total * 0.55:
            window.resizeDocks([geometry, dock], [total * 2 // 5, total - total * 2 // 5], Qt.Orientation.Vertical)

    def give_back_room() -> None:
        # Shown only while a challenge is open or asked for: its tab would take the lessons' room.
        dock.hide()
        if kept_heights:
            window.resizeDocks([geometry, window.dock(LESSONS)], kept_heights, Qt.Orientation.Vertical)
            kept_heights.clear()

    panel.opened.connect(give_room)
    panel.finished.connect(give_back_room)
    return panel


def _build_heads(window: MainWindow, bench: Workbench, dock: QDockWidget) -> QWidget:
    panel = HeadsPanel(bench.model)
    panel.when_seen.follow_dock(dock)
    window.addActions(panel.head_actions)  # Ctrl+Alt+1 … 8 wherever the focus is
    bench.add_passive_view(panel)  # picking a head is no edit
    return panel


_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea

PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(MATRICES, ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Matrices")), "MatricesDock", _LEFT, _build_matrices, "window"),
    PanelSpec(GEOMETRY, ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Geometry")), "GeometryDock", _RIGHT, _build_geometry, "window"),
    PanelSpec(EXPLAIN, ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Explain")), "ExplainDock", _BOTTOM, _build_explain, "window"),
    PanelSpec(SVD, ("SvdPanel", QT_TRANSLATE_NOOP("SvdPanel", "SVD topic space")), "SvdDock", _RIGHT, _build_svd, lazy=True,
              tab_with=GEOMETRY, minimum_width=PANEL_MIN_WIDTH),
    PanelSpec(TRAIN, ("TrainPanel", QT_TRANSLATE_NOOP("TrainPanel", "Train")), "TrainDock", _RIGHT, _build_train, lazy=True,
              tab_with=GEOMETRY, minimum_width=PANEL_MIN_WIDTH),
    PanelSpec(COMPARE, ("ComparePanel", QT_TRANSLATE_NOOP("ComparePanel", "Compare")), "CompareDock", _RIGHT, _build_compare, lazy=True,
              tab_with=GEOMETRY, opens_with_lessons=frozenset(LESSON_COMPARISONS)),
    PanelSpec(LESSONS, ("LessonsPanel", QT_TRANSLATE_NOOP("LessonsPanel", "Lessons")), "LessonsDock", _RIGHT, _build_lessons, "lessons"),
    PanelSpec(CHALLENGES, ("ChallengesPanel", QT_TRANSLATE_NOOP("ChallengesPanel", "Challenges")), "ChallengesDock", _RIGHT,
              _build_challenges, "lessons", tab_with=LESSONS, hidden=True),
    PanelSpec(HEADS, ("HeadsPanel", QT_TRANSLATE_NOOP("HeadsPanel", "Heads")), "HeadsDock", _RIGHT, _build_heads, tab_with=GEOMETRY),
    PanelSpec(OUTPUT, ("OutputPanel", QT_TRANSLATE_NOOP("OutputPanel", "Heads → output")), "OutputDock", _RIGHT, _build_output, lazy=True,
              tab_with=LESSONS, minimum_width=PANEL_MIN_WIDTH),
    PanelSpec(POSITIONS, ("PositionsPanel", QT_TRANSLATE_NOOP("PositionsPanel", "Positions")), "PositionsDock", _RIGHT,
              _build_positions, lazy=True, tab_with=LESSONS, minimum_width=PANEL_MIN_WIDTH),
)


