"""Start the window: application set-up, translations, screenshot and export modes."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

from .core.session import Session

# Set (to anything) by the benchmark: the window closes itself after its first paint.
CLOSE_AFTER_PAINT = "QKV_GUI_CLOSE_AFTER_PAINT"


def _set_platform_for_screenshot() -> None:
    """A screenshot needs no display: render offscreen unless told otherwise."""
    if (
        not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_application(lang: str | None = None, remembered: bool = True):
    """The QApplication with names (for QSettings), icon, translations and plot defaults.

    The language: `lang` (--lang), else the one the learner picked last (unless
    not `remembered`: a headless export, which leaves the settings aside), else
    the system's."""
    from PySide6.QtWidgets import QApplication

    from . import settings as app_settings
    from .display import end_watch, fail_instead_of_abort
    from .i18n import set_language, start_language

    app = QApplication.instance()
    if app is None:
        fail_instead_of_abort()  # one `error:` line, not Qt's abort, if no platform starts
        app = QApplication(sys.argv[:1])
        end_watch()
    app.setOrganizationName(app_settings.ORGANIZATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationDisplayName("qkv_gui")
    app.setDesktopFileName("qkv-gui")
    set_language(start_language(lang, remembered))
    from .main_window import app_icon

    app.setWindowIcon(app_icon())
    configure_plots()
    return app


def configure_plots() -> None:
    """pyqtgraph's global options, once, before any plot is made: row-major images
    (cell (r, c) is image[r, c]), white background, black text, antialiasing."""
    import pyqtgraph as pg

    from .plotting.pyqtgraph_menus import install_export_tree_translation

    pg.setConfigOptions(imageAxisOrder="row-major", background="w", foreground="k", antialias=True)
    install_export_tree_translation()  # pyqtgraph leaves its export dialog's item names English


def create_window(session: Session | None, path: Path | None, preset: str | None, compact: bool = False):
    """Model + window for the given session, or the last session / default preset;
    `compact`: the small screens' layout (`window_layout`).

    A lesson file (`core.lesson_file`) also opens its lesson and panel; it is a
    hand-out, so the window does not claim it as the file to save to.
    """
    from .core.lesson_file import is_lesson_file, load_lesson_file
    from .core.session_io import SessionError, load_session
    from .i18n import translated_preset
    from .main_window import MainWindow
    from .model import AttentionModel
    from .startup import load_start_session

    file_path = str(path) if path else None
    restored = session is None
    lesson_state = None
    if file_path and is_lesson_file(file_path):
        try:
            lesson_state = load_lesson_file(file_path)[1:]
        except SessionError:
            lesson_state = None  # the command line already read it; keep the session only
        file_path = None
    if session is None:
        session, file_path, preset = load_start_session(preset)
        # Only claim the file when the restored session is what the file holds.
        if file_path:
            try:
                if load_session(file_path) != session:
                    file_path = None
            except SessionError:
                file_path = None
    if not restored and file_path is None and lesson_state is None and preset is not None:
        session = translated_preset(session)  # --preset NAME: in the user's language
    model = AttentionModel(session)
    model.load(session, path=file_path)
    if lesson_state is not None:
        model.set_lesson(lesson_state[0])  # before the panels are built, so they open it
    window = MainWindow(model, preset=preset, compact=compact)
    if lesson_state is not None:
        window.restore_lesson_state(*lesson_state)
    elif restored:
        window.reopen_lesson()
    # The window's tens of thousands of Qt wrappers and plot items live as long
    # as it does: out of the collector's sight, the collections that run during
    # a drag (every step allocates arrays and texts) no longer walk them all.
    gc.freeze()
    return model, window


def shutdown(app, window) -> None:
    """Close and delete the window before exit: pyqtgraph items otherwise may
    crash the interpreter at exit on Python 3.11."""
    window.hide()
    window.deleteLater()
    app.processEvents()


def run_gui(
    session: Session | None,
    path: Path | None,
    preset: str | None,
    screenshot: Path | None,
    size: tuple[int, int],
    lang: str | None,
    scale: float = 1.0,
    lesson: str | None = None,
) -> int:
    """The window (`lesson`: opened at that lesson), or its `screenshot` at `size`."""
    if screenshot is not None:
        _set_platform_for_screenshot()
    else:
        from .display import display_problem

        problem = display_problem()  # before Qt, which would abort
        if problem is not None:
            print(f"error: {problem}", file=sys.stderr)
            return 2
    app = make_application(lang, remembered=screenshot is None)
    from .window_layout import start_size, wants_compact

    if screenshot is not None:
        from .error_hook import headless_errors

        with headless_errors():
            # The layout the app would pick on a screen of that size.
            model, window = create_window(session, path, preset, compact=wants_compact(*size))
            return _screenshot(app, window, screenshot, size, scale, lesson)
    screen = app.primaryScreen()
    width, height = start_size(size, screen.availableGeometry().size() if screen else None)
    model, window = create_window(session, path, preset, compact=wants_compact(width, height))
    window.resize(width, height)
    if not window.restore_layout() and (width, height) != tuple(size):
        window.showMaximized()  # a small screen: all of it
    else:
        window.show()
    autosave = start_recovery(window)
    if lesson is not None:
        window.panel("lessons").open_lesson(lesson)  # after the learner's layout is restored
    if os.environ.get(CLOSE_AFTER_PAINT):
        _close_after_first_paint(window)
    status = app.exec()
    if not window.isVisible():  # closed, so its unsaved changes were saved or discarded
        autosave.stop_and_remove()
    _exit_without_teardown(status)


def start_recovery(window):
    """Autosave, the error hook that keeps the work, and the offer of a crashed run's
    session (`recovery`, `error_hook`); returns the Autosave."""
    from . import settings as app_settings
    from .error_hook import install_error_hook
    from .recovery import Autosave, claim_recovery_file, offer_recoveries

    first = app_settings.recovery_path()
    path, lock = claim_recovery_file(first)
    autosave = Autosave(window.model, path, window, lock)
    autosave.failed.connect(lambda text: window.statusBar().showMessage(text, 8000))
    install_error_hook(window, autosave.write_now)
    offer_recoveries(window, window.model, path, first)
    return autosave


def _exit_without_teardown(status: int) -> NoReturn:
    """End the process as soon as the window has closed.

    closeEvent has written the layout, the settings (each QSettings syncs when
    it goes) and the last session (atomically); nothing else is open. What is
    left is the interpreter's teardown: garbage collections over, and the
    deletion one by one of, the window's tens of thousands of Qt objects and
    Python wrappers, which made Quit take seconds on a slow laptop (and can
    crash pyqtgraph at exit on Python 3.11). Nothing of it is needed.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _close_after_first_paint(window) -> None:
    """For `make bench`: once the window has painted, print the time and close it the way
    Ctrl+Q does, so the benchmark can time the quit (see bench.bench_quit)."""
    import json
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    def close() -> None:
        print(json.dumps({"closing_at": time.time()}), flush=True)
        window.close()

    class FirstPaint(QObject):
        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                window.heatmaps["scores"].viewport().removeEventFilter(self)
                QTimer.singleShot(0, close)
            return False

    window.heatmaps["scores"].viewport().installEventFilter(FirstPaint(window))


def show_for_screenshot(app, window, size: tuple[int, int], lesson: str | None = None) -> None:
    """Show `window` at `size`, opened at `lesson` (an id) if given, laid out and painted."""
    from .startup import settle

    window.resize(*size)
    window.show()
    settle(app, rounds=5)
    if lesson is not None:
        # Once the window has its size: a lesson sizes its docks to the window.
        window.panel("lessons").open_lesson(lesson)
        settle(app, rounds=5)


def _screenshot(
    app, window, out: Path, size: tuple[int, int], scale: float = 1.0, lesson: str | None = None
) -> int:
    """The window at `size` (at `lesson`), rendered with `scale` device pixels per pixel, as PNG."""
    from .export import render_window
    from .figure import png_bytes

    quiet_offscreen_warnings()
    show_for_screenshot(app, window, size, lesson)
    got = window.size()
    data = None
    if (got.width(), got.height()) == tuple(size):
        try:
            data = png_bytes(render_window(window, scale))
        except OSError:
            data = None
    window.model.undo_stack.setClean()  # nothing to ask about on close
    shutdown(app, window)
    if (got.width(), got.height()) != tuple(size):
        # The window cannot be that small: say so rather than save another size.
        print(
            f"error: the window needs at least {got.width()}x{got.height()} pixels; "
            f"ask for a larger --size than {size[0]}x{size[1]}",
            file=sys.stderr,
        )
        return 2
    if data is None:
        print(f"error: could not render the window to {out}", file=sys.stderr)
        return 2
    return _write(out, data)


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's notice about size hints: a headless run
    should print nothing but its one `error:` line, if any."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_export(
    session: Session,
    figure: str | None,
    plot: tuple[str, str] | None,
    size: tuple[int, int] | None,
    scale: float,
    lang: str | None,
    preset: str | None = None,
    head: int | None = None,
) -> int:
    """--export-figure OUT or --export-plot NAME OUT, without a window on screen.

    `preset`: the session is that preset, shown in the user's language. `head`
    (0-based, --head): the plot of that head."""
    _set_platform_for_screenshot()
    app = make_application(lang, remembered=False)
    from .error_hook import headless_errors

    with headless_errors():
        return _export_picture(app, session, figure, plot, size, scale, preset, head)


def _export_picture(app, session: Session, figure: str | None, plot: tuple[str, str] | None,
                    size: tuple[int, int] | None, scale: float, preset: str | None,
                    head: int | None) -> int:
    from . import figure as figures
    from .core.compute import compute
    from .i18n import translated_preset

    if preset is not None:
        session = translated_preset(session)

    result = compute(session)
    if figure is not None:
        out = figure
        data = figures.pipeline_figure(session, result, _format(out), size or (1600, 1000), scale)
    else:
        name, out = plot
        size = size or (800, 600)
        if name in figures.MATRIX_NAMES:
            data = figures.matrix_figure(session, result, name, _format(out), size, scale, head)
        else:
            data = _plot_view_bytes(app, session, name, _format(out), size, scale, head or 0)
    return _write(Path(out), data)


def _format(out: str) -> str:
    return "svg" if out.lower().endswith(".svg") else "png"


def _plot_view_bytes(
    app, session: Session, name: str, fmt: str, size: tuple[int, int], scale: float, head: int = 0
) -> bytes:
    """The geometry plot or the weights bar chart, laid out at `size`, as PNG or SVG."""
    from .export import render_plot_image, render_plot_svg
    from .figure import png_bytes
    from .model import AttentionModel
    from .startup import settle
    from .widgets.geometry import GeometryView
    from .widgets.weights_bar import WeightsBarView

    quiet_offscreen_warnings()
    model = AttentionModel(session)
    model.select_head(head)
    view = GeometryView(model) if name == "geometry" else WeightsBarView(model)
    try:
        view.resize(*size)
        view.show()
        settle(app, rounds=5)
        if fmt == "svg":
            return render_plot_svg(view.plot_item, size)
        return png_bytes(render_plot_image(view.plot_item, round(size[0] * scale)))
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()


def _write(out: Path, data: bytes) -> int:
    from .core.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(out, data)
    except OSError as error:
        print(f"error: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0
