"""What an unexpected error (a bug) does: the learner's work is kept and the app goes on.

Qt calls Python slots and event handlers from its event loop; an exception
raised there reaches `sys.excepthook` (PySide prints it through it) and the
loop goes on. `install_error_hook` replaces the hook: in the window it first
writes the recovery file, then appends the traceback (with the time and the
version) to the error log (`settings.error_log_path`), then shows a dialog
with a short sentence, the details and a Copy button. Headless runs
(`headless_errors`) print one `error:` line and exit with status 2 instead.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from . import __version__

MAX_LOG_BYTES = 1_000_000  # then the log starts afresh, the old one kept as errors.log.1
EXIT_ERROR = 2


translate = QCoreApplication.translate  # lupdate reads translate("ErrorDialog", "…")


class ErrorDialog(QDialog):
    """The sentence, the details (the traceback) and Copy / Close; more errors while it
    is open are added to its details instead of opening more dialogs."""

    def __init__(self, sentence: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(translate("ErrorDialog", "Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sentence = QLabel(sentence)
        self.sentence.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(translate("ErrorDialog", "Copy"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(
            translate("ErrorDialog", "Copy the details, to paste them into a bug report"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ErrorHook:
    """sys.excepthook for the window: keep the work, log, tell, go on.

    `save_work()` writes the recovery file and says whether the unsaved session is in
    it; `log_path` is the error log. An error raised while an error is being
    handled (say, by the dialog itself) is only logged and printed.
    """

    def __init__(self, parent: QWidget | None, save_work: Callable[[], bool], log_path: Path):
        self._parent = parent
        self._save_work = save_work
        self.log_path = Path(log_path)
        self._handling = False
        self.dialog: ErrorDialog | None = None

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)
            return
        details = describe(kind, error, tb)
        if self._handling:
            self._log(details)
            print(details, file=sys.stderr)
            return
        self._handling = True
        try:
            saved = _quietly(self._save_work, False)
            logged = _quietly(lambda: self._log(details), False)
            self._show(details, saved, logged)
        except Exception:  # the handler itself failed: the traceback still goes somewhere
            print(details, file=sys.stderr)
            traceback.print_exc()
        finally:
            self._handling = False

    def _log(self, details: str) -> bool:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if self.log_path.stat().st_size > MAX_LOG_BYTES:
                os.replace(self.log_path, self.log_path.with_name(self.log_path.name + ".1"))
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(details + "\n")
        return True

    def _show(self, details: str, saved: bool, logged: bool) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        parts = [translate("ErrorDialog",
                           "Something went wrong inside qkv_gui (a bug). The app goes on running.")]
        if saved:
            parts.append(translate("ErrorDialog", "Your unsaved session was kept: if the app closes "
                                   "now, the next start offers it back."))
        if logged:
            parts.append(translate("ErrorDialog", "The details were written to {file}.").format(file=self.log_path))
        self.dialog = ErrorDialog(" ".join(parts), details, self._parent)
        self.dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog.show()  # not exec(): no event loop inside the hook
        self.dialog.raise_()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None


def describe(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The traceback with when, which version and on what it happened."""
    when = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
    versions = f"qkv-gui {__version__}, Python {platform.python_version()}, {platform.platform()}"
    try:
        import PySide6

        versions += f", PySide6 {PySide6.__version__}"
    except ImportError:
        pass
    text = "".join(traceback.format_exception(kind, error, tb)).rstrip()
    return f"--- {when} · {versions}\n{text}\n"


def _quietly(action: Callable[[], bool], failed: bool) -> bool:
    try:
        return action()
    except Exception:
        return failed


def headless_hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """For screenshots and exports: one `error:` line and status 2, never a dialog."""
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(kind, error, tb)
        return
    print(f"error: unexpected {kind.__name__}: {' '.join(str(error).split())}", file=sys.stderr)
    sys.stderr.flush()
    sys.stdout.flush()
    os._exit(EXIT_ERROR)  # from inside Qt's event loop a SystemExit would only be printed


@contextlib.contextmanager
def headless_errors() -> Iterator[None]:
    """While a screenshot or an export renders: `headless_hook`, then the hook there was."""
    previous, sys.excepthook = sys.excepthook, headless_hook
    try:
        yield
    finally:
        sys.excepthook = previous


def install_error_hook(parent: QWidget | None, save_work: Callable[[], bool],
                       log_path: Path | None = None) -> ErrorHook:
    """Make unexpected errors in the window go to its `ErrorHook`; returns it."""
    from . import settings as app_settings

    hook = ErrorHook(parent, save_work, log_path or app_settings.error_log_path())
    sys.excepthook = hook
    return hook
