"""The window's two layouts: the full one, and the compact one it picks on small screens.

Full (a window of at least `COMPACT_BELOW`): heatmaps in three columns (Q, K, V |
scores, weights | context, weights bar), the matrices on the left, geometry and
lessons on the right, the controls in one toolbar row.

Compact (1366 × 768 laptops, 1920 × 1080 at 150 %): the same docks, narrower; the
heatmaps in two columns (Q, K, V | scores, weights, context) with the weights bar
as a tab beside the weights heatmap; the weights-by-hand controls on the
step-through's row; smaller minimum sizes. Each keeps its own saved dock layout,
and a saved layout made for another window size gives way to these proportions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QGridLayout, QTabBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

# A window narrower or lower than this gets the compact layout.
COMPACT_BELOW = QSize(1500, 800)
# Dock sizes (pixels): matrices and geometry widths, explain height.
FULL_DOCKS = {"matrices": 300, "geometry": 400, "explain": 110}
COMPACT_DOCKS = {"matrices": 270, "geometry": 320, "explain": 96}
# The smallest a view may get in the compact layout (the full one keeps the views' own).
COMPACT_HEATMAP_MIN = QSize(180, 130)
COMPACT_SIDE_VIEW_MIN = QSize(200, 120)
STEP_TEXT_WIDTH = 440  # pixels: the step-through's text in the compact menu bar
# A saved layout is kept when its window was within this fraction of today's size.
SIZE_TOLERANCE = 0.1


def wants_compact(width: int, height: int) -> bool:
    """Whether a window of `width` × `height` pixels should use the compact layout."""
    return width < COMPACT_BELOW.width() or height < COMPACT_BELOW.height()


def start_size(requested: tuple[int, int], available: QSize | None) -> tuple[int, int]:
    """The window's first size: `requested`, shrunk to the screen's free area if given."""
    if available is None or available.isEmpty():
        return requested
    return min(requested[0], available.width()), min(requested[1], available.height())


def dock_sizes(compact: bool) -> dict[str, int]:
    return COMPACT_DOCKS if compact else FULL_DOCKS


def saved_layout_fits(saved: QSize | None, current: QSize) -> bool:
    """Whether dock sizes saved in a window of size `saved` suit a window of `current`:
    restored in a larger window they would stay small, in a smaller one crowd it."""
    if saved is None or saved.isEmpty():
        return False
    return (abs(saved.width() - current.width()) <= SIZE_TOLERANCE * current.width()
            and abs(saved.height() - current.height()) <= SIZE_TOLERANCE * current.height())


def fill_compact_central(window: MainWindow, grid: QGridLayout) -> None:
    """Two columns: Q, K, V | scores, weights (its bar chart as a tab beside it), context."""
    h = window.heatmaps
    grid.addWidget(h["queries"], 0, 0)
    grid.addWidget(h["keys"], 1, 0)
    grid.addWidget(h["values"], 2, 0)
    grid.addWidget(h["scores"], 0, 1)
    weights = QTabWidget()
    weights.setObjectName("weightsTabs")
    # Tabs on the side: above the plot they would cost the rows their numbers need.
    weights.setTabPosition(QTabWidget.TabPosition.West)
    weights.setDocumentMode(True)
    weights.addTab(h["weights"], "")
    weights.addTab(window.weights_bar, "")
    retranslate_compact(window, weights)
    grid.addWidget(weights, 1, 1)
    grid.addWidget(h["context"], 2, 1)
    for row in range(3):
        grid.setRowStretch(row, 1)
    for view in h.values():
        view.setMinimumSize(COMPACT_HEATMAP_MIN)
        # The rows need the height more than the word above the labels ("dimension", "key").
        view.hide_axis_title("top")
    # Its tabs take the place of the word "query" (the scores above say it for the same rows).
    h["weights"].hide_axis_title("left")
    window.weights_bar.setMinimumSize(COMPACT_HEATMAP_MIN)


def retranslate_compact(window: MainWindow, weights: QTabWidget | None = None) -> None:
    """The compact layout's own texts: the tabs of the weights (the language changed)."""
    weights = weights or window.findChild(QTabWidget, "weightsTabs")
    weights.setTabText(0, QCoreApplication.translate("MainWindow", "Matrix"))
    weights.setTabText(1, QCoreApplication.translate("MainWindow", "Bars"))


def fit_side_tabs(window: MainWindow) -> None:
    """Widen the side docks if their tabs' titles (in a new language) no longer fit whole."""
    dock = window.dock("geometry")
    needed = side_dock_width(window, dock.width())
    if needed > dock.width() and not dock.isFloating():
        window.resizeDocks([dock], [needed], Qt.Orientation.Horizontal)


def _dock_tab_bars(window: MainWindow) -> list[QTabBar]:
    return [bar for bar in window.findChildren(QTabBar) if not isinstance(bar.parentWidget(), QTabWidget)]


def compact_side_views(window: MainWindow) -> None:
    """Smaller minimum sizes for the side views; the explain panel without a title
    bar (its first line says what it is); dock tabs with whole titles."""
    window.geometry.setMinimumSize(COMPACT_SIDE_VIEW_MIN)
    window.dock("explain").setTitleBarWidget(QWidget())
    for bar in _dock_tab_bars(window):
        bar.setElideMode(Qt.TextElideMode.ElideNone)  # not "Geom…", "T…"
        bar.setUsesScrollButtons(True)


def side_dock_width(window: MainWindow, width: int) -> int:
    """`width`, or wider if the side docks' tabs need it to show every title whole."""
    return max([width, *(bar.sizeHint().width() + 4 for bar in _dock_tab_bars(window))])


def step_bar_in_menu_bar(window: MainWindow) -> None:
    """The step-through toolbar in the menu bar's empty right part: a row of the
    window's height less for the heatmaps."""
    bar = window.step_through
    bar.setIconSize(QSize(16, 16))
    bar.speed_slider.setFixedWidth(70)
    # Fixed widths: the menu bar does not lay its corner out again when it grows.
    # The stage path goes (the step's text names the matrix); a long formula wraps.
    for action in bar.actions():
        if bar.widgetForAction(action) is bar.stage_path:
            action.setVisible(False)  # a toolbar shows and hides its widgets by their actions
    bar.stage_label.setWordWrap(True)
    bar.stage_label.setFixedWidth(STEP_TEXT_WIDTH)
    window.menuBar().setCornerWidget(bar, Qt.Corner.TopRightCorner)


def column_cells(compact: bool, d_k: int, d_v: int, n_keys: int) -> tuple[int, ...]:
    """How many cells wide each column of heatmaps is (for the columns' stretch)."""
    if compact:
        return max(d_k, d_v), max(n_keys, d_v)
    return max(d_k, d_v), n_keys, max(d_v, 3)


def bring_forward(widget: QWidget) -> None:
    """Show `widget`: raise the dock (tab) and select the tab it is in."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        if isinstance(parent, QDockWidget):
            if parent.isHidden():
                parent.show()
            parent.raise_()
            return
        parent = parent.parentWidget()
