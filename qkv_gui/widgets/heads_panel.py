"""All heads at a glance: every head's scores and weights as small multiples.

One card per head, "Head k" in the head's colour, its scores above its weights
(bare heatmaps of the app's one matrix plot: the same colours, masked cells
hatched as in the big heatmaps). The cards wrap into as many columns as the
dock is wide. Clicking a card, Ctrl+Alt+1 … 8 anywhere, or ← → here, makes that
head the one Q, K, V, scores, weights, context, geometry and Explain show in
detail (`model.select_head`); its card is framed in its colour.

Cheap on a drag: the numbers are redrawn only while the panel is seen, only when
a session field that moves scores or weights changed (not W_V or W_O), and each
small plot repaints only the cells that changed; picking a head moves the frame.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..core.levels import track_limit
from ..core.session import MAX_HEADS
from ..i18n import is_language_change
from ..model import SESSION_FIELDS, AttentionModel, Change
from ..plotting import colors
from ..plotting.matrix_plot import MatrixPlot
from ..plotting.panel_layout import intro_and_scroll
from ..plotting.seen import SeenRefresh

SHOWN = ("scores", "weights")
# The session fields whose change may move some head's scores or weights (not W_V, W_O).
SCORE_FIELDS = tuple(f for f in SESSION_FIELDS if f not in {"w_v", "w_o", "meta", "labels"})
MIN_PLOT = 40  # pixels: a small multiple never narrower (the panel scrolls instead)
MAX_PLOT = 200
PLOT_GAP = 8  # between a head's scores and its weights: two plots, not one
CARD_MARGIN = 4
FRAME_WIDTH = 3


class HeadCard(QFrame):
    """One head: its title and its small scores and weights heatmaps.

    Signals:
        clicked(head): the card was clicked (0-based head).
    """

    clicked = Signal(int)

    def __init__(self, head: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.head = head
        self.selected = False
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        color = colors.head_color(head).name()
        self.title.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.plots: dict[str, MatrixPlot] = {}
        layout = QVBoxLayout(self)
        margin = CARD_MARGIN + FRAME_WIDTH
        layout.setContentsMargins(margin, 2, margin, margin)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        # Scores above weights, or side by side when the panel is wide and short.
        self.plot_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.plot_box.setSpacing(PLOT_GAP)
        layout.addLayout(self.plot_box)
        for name in SHOWN:
            plot = MatrixPlot(colors.is_sequential(name), sides=(), title_size=None,
                              size_hint=(MIN_PLOT, MIN_PLOT))
            plot.viewport().installEventFilter(self)
            self.plots[name] = plot
            self.plot_box.addWidget(plot, 0, Qt.AlignmentFlag.AlignCenter)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def set_side_by_side(self, side_by_side: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.plot_box.direction() != direction:
            self.plot_box.setDirection(direction)

    def set_plot_size(self, width: int, height: int) -> None:
        for plot in self.plots.values():
            if plot.minimumSize() != QSize(width, height) or plot.maximumSize() != QSize(width, height):
                plot.setFixedSize(width, height)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.head)
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The plots take the clicks on their cells: a click there picks the head too.
        if event.type() == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.head)
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.selected:
            painter = QPainter(self)
            pen = QPen(colors.head_color(self.head), FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FRAME_WIDTH / 2
            painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class HeadsPanel(QWidget):
    """Every head's scores and weights side by side; click one to see it in detail.

    `head_actions`: Ctrl+Alt+1 … 8, select head 1 … 8 (the window adds them, so
    they work wherever the focus is). Public for tests: `cards`, `note`.
    """

    def __init__(self, model: AttentionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self.setObjectName("HeadsPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cards: list[HeadCard] = []
        self._limit: float | None = None  # one colour range for every head's scores
        # Per head, what its plots show: (scores, weights, weights shown, largest |score|),
        # and the mask they were drawn with (masked cells hatched).
        self._drawn: list[tuple | None] = []
        self._mask: np.ndarray | None = None
        self._placed: tuple | None = None  # what the cards were laid out for
        self._columns = 0
        column, self._scroll = intro_and_scroll(self, None)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setContentsMargins(6, 6, 6, 0)
        self.layout().insertWidget(0, self.note)
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        column.addWidget(self._grid_holder)
        self._scroll.viewport().installEventFilter(self)
        column.addStretch(1)

        self.head_actions: list[QAction] = []
        for head in range(MAX_HEADS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{head + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, h=head: self._select(h))
            self.head_actions.append(action)

        self.when_seen = SeenRefresh(self, self._refresh)
        model.changed.connect(self._on_model_changed)
        self._retranslate()
        self.when_seen.run()

    # -- model → view --------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        if change.head and not (change.fields or change.loaded):
            self._show_selected()  # another head picked: the numbers are the same
            return
        self.when_seen.request(change)

    def _refresh(self) -> None:
        session = self._model.session
        rebuilt = len(self.cards) != (session.heads if session.heads > 1 else 0)
        if rebuilt:
            self._build_cards(session.heads)
        if self.cards and (rebuilt or self.when_seen.changed(*SCORE_FIELDS, "scores", "weights")):
            self._place_cards()  # the plots' heights follow the shape
            self._show_numbers()
        self._show_selected()
        self._retranslate_note()

    def _build_cards(self, heads: int) -> None:
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if heads > 1:
            for head in range(heads):
                card = HeadCard(head, self._grid_holder)
                card.clicked.connect(self._on_card_clicked)
                self.cards.append(card)
        self._columns, self._placed = 0, None
        self._drawn = []  # new plots: draw every head
        self._retranslate()
        self._place_cards()

    def _show_numbers(self) -> None:
        """Each head's scores and weights; a head whose numbers are the ones drawn (a drag
        of another head's block) costs two array comparisons and nothing else."""
        result = self._model.full_result
        heads = result.heads
        if len(self._drawn) != len(heads):
            self._drawn = [None] * len(heads)
        if self._mask is None or not _same(self._mask, result.mask):
            self._mask, self._drawn = result.mask, [None] * len(heads)  # the hatching moved
        changed = []
        for index, head in enumerate(heads):
            drawn = self._drawn[index]
            if drawn is None or not (_same(drawn[0], head.scores) and _same(drawn[1], head.weights)):
                changed.append(index)
                masked = result.mask.all()
                weights = head.weights if masked else np.where(result.mask, head.weights, np.nan)
                finite = head.scores[np.isfinite(head.scores)]
                largest = float(np.max(np.abs(finite))) if finite.size else 0.0
                self._drawn[index] = (head.scores, head.weights, weights, largest)
        # One colour range for every head's scores, so their colours compare.
        largest = max((drawn[3] for drawn in self._drawn), default=0.0)
        limit = track_limit(self._limit, max(largest, 1e-9), hold=self._model.in_gesture)
        if limit != self._limit:
            self._limit, changed = limit, range(len(heads))
        for index in changed:
            card, (scores, _, weights, _) = self.cards[index], self._drawn[index]
            card.plots["scores"].set_matrix(scores, (-limit, limit))
            card.plots["weights"].set_matrix(weights, (0.0, 1.0))

    def _show_selected(self) -> None:
        for card in self.cards:
            card.set_selected(card.head == self._model.selected_head)

    # -- layout --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The room for the cards: the dock's size less the note's (which wraps).
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._place_cards()
        return False

    def _place_cards(self) -> None:
        """The cards in the number of columns (and each card's two plots above each other
        or side by side) that give the biggest cells while the whole grid fits the panel
        (8 heads: one row in a wide dock, 2 × 4 in a narrow one); below MIN_PLOT a
        scroll bar rather than smaller cells."""
        if not self.cards:
            self._grid_holder.setVisible(False)
            return
        viewport = self._scroll.viewport()
        width, height = viewport.width() - 12, viewport.height() - 12
        m, n = self._model.full_result.weights.shape
        if self._placed == (width, height, m, n, len(self.cards)):
            return  # a drag of a number: the same layout
        self._placed = (width, height, m, n, len(self.cards))
        self._grid_holder.setVisible(True)
        aspect = m / max(n, 1)  # plot height per pixel of width, for square cells
        count, spacing = len(self.cards), self._grid.spacing()
        chrome_w = 2 * (CARD_MARGIN + FRAME_WIDTH)
        title_w = max(card.title.sizeHint().width() for card in self.cards)
        chrome_h = self.cards[0].title.sizeHint().height() + 2 * PLOT_GAP + CARD_MARGIN + FRAME_WIDTH + 6

        def plot_width(columns: int, side_by_side: bool) -> int:
            rows = -(-count // columns)
            card_w = (width - (columns - 1) * spacing) // columns
            if card_w < title_w + chrome_w and columns > 1:
                return 0  # "Head 8" would be cut: fewer columns
            plots = 2 if side_by_side else 1  # across
            by_width = (card_w - chrome_w - (plots - 1) * PLOT_GAP) / plots
            by_height = ((height - (rows - 1) * spacing) / rows - chrome_h) / ((3 - plots) * aspect)
            return int(min(by_width, by_height, MAX_PLOT))

        # The biggest cells; on a tie fewer columns, and scores above weights.
        layouts = [(c, side) for c in range(1, count + 1) for side in (False, True)]
        columns, side_by_side = max(layouts, key=lambda cs: (plot_width(*cs), -cs[0], not cs[1]))
        rows = -(-count // columns)
        columns = -(-count // rows)  # rows as full as may be: 8 heads as 4 + 4, not 5 + 3
        side = max(plot_width(columns, side_by_side), MIN_PLOT)
        if columns != self._columns:
            self._columns = columns
            for index, card in enumerate(self.cards):
                self._grid.removeWidget(card)
                self._grid.addWidget(card, index // columns, index % columns)
        for card in self.cards:
            card.set_side_by_side(side_by_side)
            card.set_plot_size(side, max(round(side * aspect), MIN_PLOT // 2))

    # -- view → model --------------------------------------------------------
    def _on_card_clicked(self, head: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # ← → go on from here
        self._select(head)

    def _select(self, head: int) -> None:
        if head < self._model.session.heads:
            self._model.select_head(head)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(
            event.key())
        if step is not None and self.cards:
            self._select((self._model.selected_head + step) % len(self.cards))
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(320, 300)

    # -- texts -----------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "when_seen"):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Heads"))
        for head, action in enumerate(self.head_actions):
            action.setText(self.tr("Show head {head} in detail").format(head=head + 1))
        tip = self.tr("Click to show this head in detail (Ctrl+Alt+1 … 8, or ← → here).\n"
                      "First its scores, then its weights.")
        for card in self.cards:
            card.title.setText(self.tr("Head {head}").format(head=card.head + 1))
            card.setToolTip(tip)
        self._retranslate_note()

    def _retranslate_note(self) -> None:
        heads = self._model.session.heads
        if heads == 1:
            text = self.tr("This attention has one head. Set the heads in the toolbar (“Heads”, or h) to 2 "
                           "or more: each head's scores and weights then appear here side by side.")
        else:
            text = self.tr("Each head's scores, then its weights. Click one to show it in detail.")
        if text != self.note.text():
            self.note.setText(text)
            self.note.setToolTip(self.tr("Ctrl+Alt+1 … 8 shows head 1 … 8 in detail; ← → here, the next one."))


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal numbers (masked scores are NaN on both sides)."""
    return a is b or (a.shape == b.shape and np.array_equal(a, b, equal_nan=True))
