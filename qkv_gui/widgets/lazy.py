"""Build and redraw a costly panel only when it can be seen.

Panels that live in a tab behind another dock (SVD, Train, Compare) would
otherwise redo their whole drawing on every drag step of every other view.
`SeenRefresh` runs the panel's refresh at once while it is seen; otherwise it
only remembers that the panel is stale, and runs the refresh once when the
panel is shown again (its tab brought to the front, its dock reopened).
`LazyPanel` goes further back: it builds the panel itself only when first needed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

PANEL_MIN_WIDTH = 300  # pixels: the narrowest a side panel (SVD, Train, …) stays readable


class SeenRefresh(QObject):
    """Calls `refresh` now when `widget` is seen, else once it is seen again
    (its next Show event, or its dock's tab coming to the front)."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._stale = False
        # A dock behind another tab still counts as visible to Qt: only its
        # visibilityChanged signal tells (see `follow_dock`).
        self._active = True
        widget.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return self._stale

    def seen(self) -> bool:
        return self._active and self._widget.isVisible()

    def request(self) -> None:
        """The data changed: refresh now if seen, else when next shown."""
        if self.seen():
            self.run()
        else:
            self._stale = True

    def run(self) -> None:
        """Refresh now, seen or not (e.g. before an export reads the panel)."""
        self._stale = False
        self._refresh()

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
