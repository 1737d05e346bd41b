"""Test set-up: Qt renders offscreen unless a test says otherwise.

The platform must be chosen before any Qt module is imported, so it is set
here, at the top of the first file pytest loads.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests from reading or writing the user's real settings and last session
# (a default for the whole run; each test then gets a folder of its own below).
os.environ["QKV_GUI_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="qkv-gui-test-settings-")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

from qkv_gui.core.presets import load_preset  # noqa: E402
from qkv_gui.core.session import Session  # noqa: E402
from qkv_gui.main_window import MainWindow  # noqa: E402
from qkv_gui.model import AttentionModel  # noqa: E402
from qkv_gui.window_layout import wants_compact  # noqa: E402
from tests.helpers import close_window  # noqa: E402

# No time limit per example: on a busy machine a slow example (a garbage
# collection, another process) would fail the test as "flaky" with no bug.
hypothesis_settings.register_profile("qkv_gui", deadline=None)
hypothesis_settings.load_profile("qkv_gui")


@pytest.fixture(scope="session", autouse=True)
def plot_options():
    """pyqtgraph's options as the application sets them where it starts (gui.make_application)."""
    from qkv_gui.gui import configure_plots

    configure_plots()


@pytest.fixture(autouse=True)
def point_decimals():
    """Every test starts and ends with English numbers (0.5), whatever language a test installed."""
    from qkv_gui.core.format import set_decimal_separator

    set_decimal_separator(".")
    yield
    set_decimal_separator(".")


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path_factory):
    """Each test starts with no saved settings, layout or last session, whatever ran before."""
    monkeypatch.setenv("QKV_GUI_SETTINGS_DIR", str(tmp_path_factory.mktemp("settings")))


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, keeping every widget given to `addWidget` alive until it
    has been closed and deleted after the test.

    pytest-qt holds them by weak reference only. A widget held by nothing but a
    test's local variable and a reference cycle outlives the test until a garbage
    collection; pytest-qt repaints it after the test, and a collection that runs
    during that repaint (in any Python paint code) deleted the window under its own
    painter: a segfault in QPainter::restore, at a place that moved with every
    change of how much the tests allocate.
    """
    kept = []
    register = qtbot.addWidget

    def add_widget(widget, *, before_close_func=None):
        kept.append(widget)
        register(widget, before_close_func=before_close_func)

    qtbot.addWidget = qtbot.add_widget = add_widget
    yield qtbot
    kept.clear()  # fixture teardown: after pytest-qt closed the widgets (its teardown hook)


@pytest.fixture
def make_window(qtbot):
    """Factory of main windows: `make_window(session_or_preset="default", preset=None, show=True,
    size=(1600, 1000))`.

    A preset name loads that preset (and names the window after it); a Session
    is shown as it is, named `preset` if given. The window has `size` and the
    layout the app picks for it (compact below `window_layout.COMPACT_BELOW`)
    and, unless `show=False`, is shown and exposed. After the test every window
    made is closed without asking about unsaved changes, and deleted.
    """
    windows = []

    def make(session_or_preset: Session | str = "default", preset: str | None = None,
             show: bool = True, size: tuple[int, int] = (1600, 1000)) -> MainWindow:
        if isinstance(session_or_preset, str):
            session, preset = load_preset(session_or_preset), session_or_preset
        else:
            session = session_or_preset
        window = MainWindow(AttentionModel(session), preset=preset, compact=wants_compact(*size))
        windows.append(window)
        window.resize(*size)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        close_window(window)


@pytest.fixture
def window(make_window):
    """The main window with the default preset, shown at 1600 × 1000."""
    return make_window("default")


@pytest.fixture
def turkish(qtbot):
    """The interface in Turkish as the app sets it (`i18n.set_language`), English again
    afterwards (translators out, the English locale and decimal point back), so the
    other tests keep seeing English."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from qkv_gui.i18n import set_language

    app = QApplication.instance()
    assert set_language("tr") == "tr"
    yield app
    set_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert not app.findChildren(QTranslator)


@pytest.fixture
def self_session() -> Session:
    """The worked self-attention example (3 inputs of dimension 4, d_k = 3)."""
    return Session(
        inputs=[[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]],
        labels=("x1", "x2", "x3"),
        projection=True,
        w_q=[[1, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 1]],
        w_k=[[0, 0, 1], [1, 1, 0], [0, 1, 0], [1, 1, 0]],
        w_v=[[0, 2, 0], [0, 3, 0], [1, 0, 3], [1, 1, 0]],
        score_kind="dot",
    )


@pytest.fixture
def seq2seq_session() -> Session:
    """The worked seq2seq example: 4 encoder states, one decoder state."""
    return Session(
        inputs=[[0, 1, 1], [5, 0, 1], [1, 1, 0], [0, 5, 1]],
        labels=("h1", "h2", "h3", "h4"),
        mode="seq2seq",
        decoder=[[10, 5, 10]],
        score_kind="dot",
    )


@pytest.fixture
def two_d_session() -> Session:
    """Self-attention with d = d_k = d_v = 2, so the geometry plot is exact."""
    return Session(
        inputs=[[1.0, 0.5], [0.2, 1.0], [-0.8, 0.4], [0.5, -1.0]],
        labels=("the", "cat", "sat", "down"),
        projection=True,
        w_q=[[1.0, 0.2], [0.0, 1.0]],
        w_k=[[0.8, 0.0], [0.3, 1.0]],
        w_v=[[1.0, 0.0], [0.0, 1.0]],
        score_kind="scaled_dot",
    )
