"""Helpers for Qt tests: show a widget; wait until it has finished painting; close a window for good."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

QUIET_TURNS = 3  # turns of the event loop in a row without a paint


class _PaintCounter(QObject):
    """Counts the paint events of a widget and of everything inside it."""

    def __init__(self, widget: QWidget):
        super().__init__()
        self.widget = widget
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and (
            watched is self.widget or self.widget.isAncestorOf(watched)
        ):
            self.count += 1
        return False


def wait_until_idle(qtbot, widget: QWidget, repaint: bool = False, timeout: int = 5000) -> None:
    """Wait until `widget` has painted what is pending: QUIET_TURNS turns of
    the event loop in a row paint nothing more in it.

    A condition, not a time: a paint can start a chain (paint → layout or range
    change → queued update → paint) that takes a few turns of the loop, however
    busy the machine. `repaint=True` asks for a full repaint first and waits
    for it too.
    """
    counter = _PaintCounter(widget)
    QApplication.instance().installEventFilter(counter)
    seen, quiet = -1, 0

    def idle() -> bool:
        nonlocal seen, quiet
        QApplication.processEvents()
        if counter.count == seen:
            quiet += 1
        else:
            seen, quiet = counter.count, 0
        return quiet >= QUIET_TURNS and (counter.count > 0 or not repaint)

    try:
        if repaint:
            widget.update()
            for child in widget.findChildren(QWidget):
                child.update()
        qtbot.waitUntil(idle, timeout=timeout)
    finally:
        QApplication.instance().removeEventFilter(counter)


def shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    """`widget` given to qtbot (closed after the test), `width` × `height`, shown and exposed."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def close_window(window) -> None:
    """Close `window` without the unsaved-changes box, stop what it runs, and delete it now."""
    if not shiboken6.isValid(window):  # the test deleted it already
        return
    # A training run or a playing step-through must not tick on into the next test.
    for timer in window.findChildren(QTimer):
        timer.stop()
    window.model.undo_stack.setClean()
    window.model.drop_aside()  # nor about the learner's session a lesson put aside
    window.close()
    window.deleteLater()
    # Deleted here, not at some later event loop: a window left alive keeps its
    # application-wide event filters and settings writes running in later tests.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def plot_texts(values) -> list[str]:
    """The cell texts of a plot of `values`: each with the plot's one number of decimals."""
    import numpy as np

    from qkv_gui.core.format import decimals_for, fixed

    values = np.asarray(values, dtype=np.float64)
    decimals = decimals_for(values)
    return [fixed(v, decimals) for v in values.ravel().tolist()]
