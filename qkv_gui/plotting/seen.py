"""Redraw a costly panel only when it can be seen.

Panels that live in a tab behind another dock (SVD, Train, Compare) would
otherwise redo their whole drawing on every drag step of every other view.
`SeenRefresh` runs the panel's refresh at once while it is seen; otherwise it
only remembers that the panel is stale, and runs the refresh once when the
panel is shown again (its tab brought to the front, its dock reopened).
(`workbench.LazyPanel` goes further back: it builds the panel only when first needed.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QWidget


class SeenRefresh(QObject):
    """Calls `refresh` now when `widget` is seen, else once it is seen again
    (its next Show event, or its dock's tab coming to the front)."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._stale = False
        # What the model said changed since the last refresh (see `changed`).
        self._changed: set[str] = set()
        self._everything = True
        # A dock behind another tab still counts as visible to Qt: only its
        # visibilityChanged signal tells (see `follow_dock`).
        self._active = True
        widget.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return self._stale

    def seen(self) -> bool:
        return self._active and self._widget.isVisible()

    def request(self, change=None) -> None:
        """The data changed: refresh now if seen, else when next shown.

        `change` (the model's Change, or None for a selection or hover) is
        remembered until the refresh, which asks `changed(...)` what to redo.
        """
        if change is not None:
            if change.loaded or change.shapes:
                self._everything = True
            else:
                self._changed |= change.fields | change.matrices | change.stages
        if self.seen():
            self.run()
        else:
            self._stale = True

    def changed(self, *names: str) -> bool:
        """During a refresh: whether any of `names` (session fields or result
        matrices) changed since the last refresh (all did, before the first)."""
        return self._everything or not self._changed.isdisjoint(names)

    def run(self) -> None:
        """Refresh now, seen or not (e.g. before an export reads the panel)."""
        self._stale = False
        try:
            self._refresh()
        finally:
            self._changed = set()
            self._everything = False

    def run_everything(self) -> None:
        """Redo everything now, seen or not: after a language switch, a panel behind
        another tab must not keep texts in the old language."""
        self._everything = True
        self.run()

    def follow_dock(self, dock: QDockWidget) -> None:
        """Seen only while `dock`'s tab is in front and the dock is open."""
        # A tab behind another is moved out of view: it has no visible region.
        self._active = dock.isVisible() and not dock.visibleRegion().isEmpty()
        dock.visibilityChanged.connect(self.set_active)

    def set_active(self, active: bool) -> None:
        self._active = active
        if active and self._stale and self._widget.isVisible():
            self.run()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self._widget and event.type() == QEvent.Type.Show and self._stale and self._active:
            self.run()
        return False
