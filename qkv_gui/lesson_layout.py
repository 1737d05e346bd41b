"""Each lesson's layout: its panels in front, the docks sized so that what it is about is
in view; the learner's own layout back when the lessons end.

Entering the lessons (from no lesson) keeps the window's `saveState()`; leaving them,
or closing the Lessons dock (which leaves the lesson), restores it. Opening a lesson
first puts every tab group back on its home tab (the geometry plot), so nothing of the
previous lesson stays in front; the panels and the highlighted views then come forward
as the lesson says, and once that has settled (the next turn of the event loop) the
lesson's own panels come to the front, the most important last, and the docks get the
lesson's sizes: the Lessons dock as tall as its text needs, within a share of its
column that leaves room for the lesson's tool panel above it. During the lessons the
right column reaches down to the status bar, and on small screens it is a little wider.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QTabBar

from . import window_layout
from .core.lessons import Lesson
from .core.lessons import lesson as lesson_by_id
from .workbench import GEOMETRY, LESSONS, PANELS

if TYPE_CHECKING:
    from .main_window import MainWindow

# The narrowest the right column gets during a lesson (its text wraps in it). Not wider:
# the heatmaps in the middle would lose their numbers.
LESSON_COLUMN_MIN = {False: 400, True: 380}  # by compact
# The Lessons dock's share of its column: at most this much, at least this many pixels.
# Wider only for a tool panel whose tables need it (long Turkish tokens), up to this.
LESSON_COLUMN_MAX = 440
# The geometry dock's share of the right column in the lessons about the geometry
# (its arrows and their labels readable beside the dot table).
GEOMETRY_LESSONS = frozenset({"five_to_two"})
GEOMETRY_SHARE_LEAST = 0.5
# ... and the column's share of the window's width in them (the plot wider, the text shorter).
GEOMETRY_COLUMN_SHARE = 0.3
GEOMETRY_SHARE = 0.55
LESSONS_SHARE_WITH_TOOL = 0.5
LESSONS_SHARE = 0.7
LESSONS_MIN_HEIGHT = 180
TOOL_KINDS = ("tool",)


def _tool_panels() -> set[str]:
    return {spec.id for spec in PANELS if spec.kind in TOOL_KINDS}


class LessonLayout(QObject):
    """The window's layout during a lesson (see the module's docstring).

    Public: `learner_state()` (the layout to save at quit while a lesson is open),
    `lesson_panels(lesson)`, `on_lesson_changed()` (the window calls it first),
    `learner_layout_restored()` (the window restored a saved layout), `apply()`.
    """

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._learner_state: QByteArray | None = None
        self._learner_corner = window.corner(Qt.Corner.BottomRightCorner)
        self._pending = False
        # The learner closing the dock (its close button, or View → Lessons), not a
        # program hiding it: a lesson file may open a lesson with the dock hidden.
        lessons = window.dock(LESSONS)
        lessons.installEventFilter(self)
        lessons.toggleViewAction().triggered.connect(self._on_lessons_view_action_triggered)

    def learner_state(self) -> QByteArray | None:
        """The learner's layout kept aside while a lesson is open (None: no lesson)."""
        return self._learner_state

    def lesson_panels(self, item: Lesson) -> tuple[str, ...]:
        """The panels the lesson brings to front: its own, else those holding its highlighted views."""
        docks = self._window.docks
        if item.panels:
            return tuple(panel for panel in item.panels if panel in docks)
        found: list[str] = []
        for name in item.highlight:
            view = self._window.views.get(name)
            for panel, dock in docks.items():
                if view is not None and dock.isAncestorOf(view) and panel not in found:
                    found.append(panel)
        return tuple(found)

    # -- the window's calls -------------------------------------------------------
    def on_lesson_changed(self) -> None:
        """Before the panels hear of the new lesson: keep or give back the learner's layout,
        and put the tab groups on their home tabs."""
        window = self._window
        corner = Qt.Corner.BottomRightCorner
        if window.model.lesson is None:
            state, self._learner_state = self._learner_state, None
            if state is not None:
                window.setCorner(corner, self._learner_corner)
                window.restoreState(state)
            return
        if self._learner_state is None:
            self._learner_state = window.saveState()
            # The right column reaches down to the status bar: the lesson's text and its
            # tool panel share it, and the explanations need the width more than the height.
            self._learner_corner = window.corner(corner)
            window.setCorner(corner, Qt.DockWidgetArea.RightDockWidgetArea)
        for spec in PANELS:
            if spec.tab_with is not None:
                window.dock(spec.tab_with).raise_()
        self._schedule()

    def learner_layout_restored(self) -> None:
        """A saved layout was restored (at start) while a lesson is open: that is the
        learner's, and the lesson's layout goes on top of it."""
        if self._window.model.lesson is not None:
            self._learner_state = self._window.saveState()
            self._schedule()

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._on_timer)

    def _on_timer(self) -> None:
        self._pending = False
        self.apply()

    def apply(self) -> None:
        """The open lesson's panels in front and its dock sizes (nothing without a lesson)."""
        window = self._window
        try:
            item = lesson_by_id(window.model.lesson or "")
        except KeyError:
            return
        panels = self.lesson_panels(item)
        for name in reversed(item.highlight):
            view = window.views.get(name)
            if view is not None:
                window_layout.bring_forward(view)
        for panel in reversed(panels):
            window.bring_to_front(panel)
        if window.isVisible():
            self._size_docks(panels)

    # -- sizes ------------------------------------------------------------------------
    def _size_docks(self, panels: tuple[str, ...]) -> None:
        window = self._window
        lessons = window.dock(LESSONS)
        if lessons.isHidden() or lessons.isFloating():
            return
        area = window.dockWidgetArea(lessons)
        tool = next((p for p in panels if p in _tool_panels()), None)
        tool_beside = tool is not None and self._stacked_with(window.dock(tool), lessons, area)
        width = max(window_layout.dock_sizes(window.compact)[GEOMETRY],
                    LESSON_COLUMN_MIN[window.compact],
                    self._tool_width(tool) if tool_beside else 0,
                    round(window.width() * GEOMETRY_COLUMN_SHARE) if window.model.lesson in GEOMETRY_LESSONS else 0)
        if lessons.width() != width:
            window.resizeDocks([lessons], [width], Qt.Orientation.Horizontal)
        above = [dock for dock in self._column(lessons, area) if dock is not lessons]
        if len(above) != 1:
            return  # the learner stacked the docks otherwise: leave their heights alone
        column = above[0].height() + lessons.height()
        share = LESSONS_SHARE_WITH_TOOL if tool_beside else LESSONS_SHARE
        title = lessons.height() - lessons.widget().height()
        # At the new width: the dock's own width is laid out only later.
        inner = width - (lessons.width() - lessons.widget().width())
        # A line to spare: the texts wrap again once the dock has its new width.
        spare = lessons.fontMetrics().lineSpacing()
        wanted = window.panel(LESSONS).wanted_height(inner) + title + spare
        # A tool panel that says what its lesson part needs gets that, the Lessons dock
        # the rest (its text scrolls if it must); else the Lessons dock takes its share.
        tool_height = self._tool_height(tool, width) if tool_beside and above[0] is window.dock(tool) else 0
        if not tool_height and above[0] is window.dock(GEOMETRY) and panels[:1] == (GEOMETRY,):
            tool_height = self._geometry_height(column, wanted)
        most = column - tool_height if tool_height else round(column * share)
        height = max(min(wanted, most), min(LESSONS_MIN_HEIGHT, column))
        if lessons.height() != height:
            # The sizes are of the layout's items: a tab group's includes its tab bar.
            sizes = [column - height + self._tab_bar_height(above[0]), height + self._tab_bar_height(lessons)]
            window.resizeDocks([above[0], lessons], sizes, Qt.Orientation.Vertical)

    def _geometry_height(self, column: int, wanted: int) -> int:
        """In a lesson about the geometry: the lesson's text whole if that leaves the plot
        half the column, else the plot its larger share and the text scrolls (0: another lesson)."""
        if self._window.model.lesson not in GEOMETRY_LESSONS:
            return 0
        if column - wanted >= GEOMETRY_SHARE_LEAST * column:
            return column - wanted
        return round(column * GEOMETRY_SHARE)

    def _tool_width(self, tool: str) -> int:
        """The width the tool's dock needs for its lesson part (0: the panel does not say)."""
        dock = self._window.dock(tool)
        lesson_width = getattr(self._window.panel(tool), "lesson_width", None)
        width = lesson_width() if lesson_width is not None else 0
        return min(width + dock.width() - dock.widget().width(), LESSON_COLUMN_MAX) if width else 0

    def _tool_height(self, tool: str, width: int) -> int:
        """The height the tool's dock needs to show its lesson part whole at `width`
        (0: the panel does not say, or has no such part now)."""
        dock = self._window.dock(tool)
        lesson_height = getattr(self._window.panel(tool), "lesson_height", None)
        if lesson_height is None:
            return 0
        inner = width - (dock.width() - dock.widget().width())
        height = lesson_height(inner)
        return height + dock.height() - dock.widget().height() if height else 0

    def _tab_bar_height(self, dock: QDockWidget) -> int:
        """The height of the tab bar under `dock` when it is tabbed with others (else 0)."""
        box = dock.geometry()
        for bar in self._window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            rect = bar.geometry()
            if (bar.isVisible() and abs(rect.top() - box.bottom() - 1) <= 2
                    and abs(rect.left() - box.left()) <= 2):
                return rect.height()
        return 0

    def _shown_docks(self, area: Qt.DockWidgetArea) -> list[QDockWidget]:
        """The docks of `area` in view (a tab behind another is moved out of view)."""
        window = self._window
        return [dock for dock in window.docks.values()
                if window.dockWidgetArea(dock) == area and not dock.isFloating()
                and dock.isVisible() and not dock.visibleRegion().isEmpty()]

    def _stacked_with(self, dock: QDockWidget, lessons: QDockWidget, area: Qt.DockWidgetArea) -> bool:
        """Whether `dock` shares the Lessons dock's column (same area, in view, not floating)."""
        return dock is not lessons and dock in self._shown_docks(area)

    def _column(self, lessons: QDockWidget, area: Qt.DockWidgetArea) -> list[QDockWidget]:
        """The docks in view stacked with the Lessons dock (sharing its column)."""
        return [dock for dock in self._shown_docks(area)
                if dock.geometry().left() < lessons.geometry().right()
                and dock.geometry().right() > lessons.geometry().left()]

    # -- the learner closes the Lessons dock ---------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._on_lessons_dock_closed)  # once it is hidden
        return False

    def _on_lessons_view_action_triggered(self, shown: bool) -> None:
        if not shown:
            self._on_lessons_dock_closed()

    def _on_lessons_dock_closed(self) -> None:
        window = self._window
        if not shiboken6.isValid(window) or window.model.lesson is None or not window.isVisible():
            return
        lessons = window.dock(LESSONS)
        if lessons.isHidden():
            window.panel(LESSONS).leave_lesson()
            lessons.hide()  # the learner's layout may have had it open
