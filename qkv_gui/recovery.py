"""Autosave and crash recovery: the learner's unsaved session survives a crash or a kill.

`Autosave` writes the learner's own session (the one a lesson puts aside, else
the one on screen) to the recovery file (`settings.recovery_path`) at most
WRITE_DELAY_MS after a change while it has unsaved changes, and removes the file
once nothing is unsaved (saved, undone back, discarded) and on a normal quit.
`offer_recovery` runs at the next start: a recovery file there means the last
run did not quit normally. Only the interactive window uses either; headless
runs (screenshots, exports) never read nor write the file.

Several windows of the app at once each keep their own file: a run claims
recovery.json, or recovery-2.json … while other runs hold those, with a lock file
beside it (`claim_recovery_file`); a killed run's lock is stale, so its file is
offered, and a running window's file never is.
"""

from __future__ import annotations

import contextlib
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .core.recovery_file import Recovery, load_recovery, write_recovery
from .core.session_io import SessionError, load_session
from .i18n import translated_error
from .model import AttentionModel, Document

# Within 2 s of a change: the first change of a burst starts the timer and later ones
# do not restart it, so a long drag is still written every second (a debounce
# would wait for its end).
WRITE_DELAY_MS = 1000
MAX_RUNS = 32  # windows of the app at once, each with its own recovery file


translate = QCoreApplication.translate  # lupdate reads translate("Recovery", "…")


class Autosave(QObject):
    """Keeps the recovery file in step with the learner's unsaved session.

    The file is written in a background thread (the encoding, the disk and its fsync
    take their time away from the window), one write at a time.
    """

    written = Signal()  # a write finished (successfully or not)
    failed = Signal(str)  # a write failed: the translated reason

    def __init__(self, model: AttentionModel, path: Path, parent: QObject | None = None,
                 lock: QLockFile | None = None):
        super().__init__(parent)
        self._model = model
        self.path = Path(path)
        self._lock = lock  # held while the window runs: other runs leave this file alone
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._worker: threading.Thread | None = None
        self._again = False  # a change came while the worker was writing
        self._last: tuple[object, str | None] | None = None  # (session, path) last written
        self._failing = False  # said once per run of failed writes, not after every change
        self._stopped = False
        self._finished.connect(self._on_worker_finished)
        model.changed.connect(self._on_model_changed)
        model.fileChanged.connect(self._on_model_changed)
        model.undo_stack.indexChanged.connect(self._on_model_changed)

    _finished = Signal(object)  # from the worker thread: None or the SessionError

    def _document(self) -> Document:
        """The learner's own session; unsaved also in the middle of a first drag (the undo
        stack sees a drag only when it ends)."""
        model = self._model
        if model.aside is not None:
            return model.aside
        document = model.document()
        if model.in_gesture and model.session is not model.saved_session:
            return Document(document.session, document.saved_session, document.path, True)
        return document

    def _on_model_changed(self, *_args) -> None:
        if not self._stopped and not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._worker is not None:
            self._again = True
            return
        document = self._document()
        if not document.dirty:
            self._remove_file()  # nothing unsaved, nothing to recover
            return
        if self._last is not None and self._last[0] is document.session and self._last[1] == document.path:
            return
        self._last = (document.session, document.path)
        recovery = Recovery(document.session, document.path, True, datetime.now(UTC))
        self._worker = threading.Thread(target=self._write_in_thread, args=(recovery,),
                                        name="qkv-gui autosave", daemon=True)
        self._worker.start()

    def _write_in_thread(self, recovery: Recovery) -> None:
        try:
            write_recovery(self.path, recovery)
            error = None
        except SessionError as exc:
            error = exc
        self._finished.emit(error)  # queued to the window's thread

    def _on_worker_finished(self, error: SessionError | None) -> None:
        self._join()
        if error is not None:
            self._last = None  # try again after the next change
            if not self._failing:
                reason = translated_error(error)
                self.failed.emit(translate("Recovery", "Autosave failed: {reason}").format(reason=reason))
        self._failing = error is not None
        self.written.emit()
        if self._again and not self._stopped:
            self._again = False
            self._timer.start()

    def _join(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()

    def _remove_file(self) -> None:
        self._last = None
        with contextlib.suppress(OSError):  # gone already, or a folder that became read-only
            self.path.unlink()

    def write_now(self) -> bool:
        """Write the recovery file at once (an error is being handled); True when the
        learner's unsaved session is in it."""
        self._timer.stop()
        self._join()
        document = self._document()
        if not document.dirty:
            return False
        try:
            write_recovery(self.path, Recovery(document.session, document.path, True, datetime.now(UTC)))
        except SessionError:
            return False
        self._last = (document.session, document.path)
        return True

    def stop_and_remove(self) -> None:
        """A normal quit: the unsaved changes were saved or discarded, nothing to recover."""
        self._stopped = True
        self._timer.stop()
        self._join()
        self._remove_file()
        if self._lock is not None:
            self._lock.unlock()


def claim_recovery_file(first: Path) -> tuple[Path, QLockFile]:
    """This run's recovery file, `first` or the next one no running window holds, and
    its lock (keep it for as long as the window runs)."""
    for number in range(1, MAX_RUNS + 1):
        path = _numbered(first, number)
        lock = _lock(path)
        if lock.tryLock(0):
            return path, lock
    return _numbered(first, MAX_RUNS + 1), _lock(first)  # unlikely: shared, unlocked


def _numbered(first: Path, number: int) -> Path:
    return first if number == 1 else first.with_name(f"{first.stem}-{number}{first.suffix}")


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    return lock


def offer_recoveries(parent: QWidget, model: AttentionModel, own: Path, first: Path) -> bool:
    """At start-up: this run's file (its last owner is gone), then those of other runs that
    are gone too, until one is restored; True when one was."""
    if offer_recovery(parent, model, own):
        return True
    for number in range(1, MAX_RUNS + 1):
        path = _numbered(first, number)
        if path == own or not path.exists():
            continue
        lock = _lock(path)
        if not lock.tryLock(0):
            continue  # another window runs and keeps it
        try:
            if offer_recovery(parent, model, path):
                with contextlib.suppress(OSError):
                    path.unlink()  # the session is now this run's, kept in `own`
                return True
        finally:
            lock.unlock()
    return False


def offer_recovery(parent: QWidget, model: AttentionModel, path: Path) -> bool:
    """At start-up: offer the session a crashed run left in `path`; True when restored.

    Restored, it is the learner's session with its file (if any) and unsaved. A
    recovery file that cannot be read is moved aside and said so, never a crash.
    """
    if not path.exists():
        return False
    try:
        recovery = load_recovery(path)
    except SessionError as error:
        moved = _move_aside(path)
        QMessageBox.warning(
            parent, translate("Recovery", "Cannot restore the session"),
            translate("Recovery", "The session kept from the last run cannot be read: {reason}. "
                      "The file was moved to {path}.").format(reason=translated_error(error), path=moved))
        return False
    if not _ask(parent, recovery):
        with contextlib.suppress(OSError):
            path.unlink()
        return False
    restore(model, recovery)
    return True


def _ask(parent: QWidget, recovery: Recovery) -> bool:
    written = QDateTime.fromSecsSinceEpoch(int(recovery.written.timestamp())).toLocalTime()
    when = QLocale().toString(written, QLocale.FormatType.ShortFormat)
    box = QMessageBox(QMessageBox.Icon.Question, translate("Recovery", "Restore the session?"),
                      translate("Recovery", "Restore the session from {time}?").format(time=when),
                      parent=parent)
    if recovery.path:
        box.setInformativeText(translate(
            "Recovery", "qkv_gui did not quit normally, and {file} had unsaved changes then. "
            "They were kept.").format(file=Path(recovery.path).name))
    else:
        box.setInformativeText(translate(
            "Recovery", "qkv_gui did not quit normally, and the session had unsaved changes then. "
            "They were kept."))
    box.setObjectName("RecoveryQuestion")
    restore_button = box.addButton(translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore_button)
    box.setEscapeButton(discard)
    box.exec()
    return box.clickedButton() is restore_button


def restore(model: AttentionModel, recovery: Recovery) -> None:
    """Make the recovered session the learner's, with its file and unsaved.

    "Discard" at the next quit then goes back to what its file holds (else to
    the session the window started with).
    """
    saved = model.aside.saved_session if model.aside is not None else model.saved_session
    if recovery.path:
        with contextlib.suppress(SessionError):
            saved = load_session(recovery.path)
    model.set_lesson(None)  # a lesson reopened at start gives way to the learner's own work
    model.set_highlighted_views(())
    model.drop_aside()
    # The learner's document put aside and given back: loaded with its path, unsaved.
    model.put_aside(Document(recovery.session, saved, recovery.path, True))
    model.give_back()


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-unreadable-{stamp}{path.suffix}")
    try:
        os.replace(path, target)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
    return target
