"""Side-by-side comparisons: raw vs. projected vectors, and attention vs. the last state.

`ComparePanel` shows one of two comparisons, chosen by a segmented toggle:

* Raw vs. projected: the scores and the weights of the current inputs with the
  projection off (raw vectors) and on (W_Q, W_K; the identity when the session
  has none), the difference of the weights, and one sentence saying where the
  projection moves the most weight. One button switches the real session's
  projection (one undo step).
* Seq2seq: the attention context vectors next to the classic seq2seq context,
  the last encoder state (the value of the last input), and a sentence saying
  whether they are equal; "Only the last input" makes them equal. Offered in
  seq2seq mode only: self-attention has no encoder whose last state a decoder
  would see, so there the panel shows raw vs. projected and says why.

All numbers come from `core.compute` on sessions made by `core.edits`; the
panel only draws them. Plot items are created once and fed new data.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import edits
from ..core.compute import Result
from ..core.format import fmt, list_separator
from ..core.lessons import context_is_last_state
from ..core.levels import track_limit
from ..core.session import Session
from ..i18n import is_language_change
from ..model import AttentionModel, Change
from ..plotting import colors
from ..plotting.axes import AxisStrip
from ..plotting.matrix_plot import MatrixPlot
from ..plotting.panel_layout import wrapping_label
from ..plotting.seen import SeenRefresh

if TYPE_CHECKING:
    from ..workbench import Workbench

COMPARISONS = ("projections", "last_input")
# Lessons whose point this panel shows: the panel switches to the matching comparison.
LESSON_COMPARISONS = {"seq2seq": "last_input", "last_state": "last_input", "raw_vs_projected": "projections"}
# Lessons during which the Compare dock comes to the front (nothing else of theirs
# lives in the geometry dock's tab group).
RAISE_FOR_LESSONS = ("last_state", "raw_vs_projected")
EQUAL_COLOR = "#1b7f3b"
DIFFERENT_COLOR = "#a34a00"
CURRENT_COLOR = "#1f5fa0"
# Below this a weight change is rounding, not the projection.
NO_CHANGE = 5e-4
# More weights than this are shown with "…" in the middle of the sentence.
MAX_LISTED_WEIGHTS = 8
# A table cell tall enough to show its number (a lesson's layout makes room for it).
LESSON_CELL_HEIGHT = 17
# ... and that wide (narrower, a signed score with one decimal no longer fits).
LESSON_CELL_WIDTH = 33
# The two rows a seq2seq lesson compares: numbers that read at a glance.
LESSON_CONTEXT_CELL_HEIGHT = 22


def _weights_text(weights: np.ndarray) -> str:
    """[w1, w2, …] with `fmt` ("[0,2; 0,8]" in Turkish); a long row keeps its first and last weights."""
    values = [fmt(w) for w in weights.tolist()]
    if len(values) > MAX_LISTED_WEIGHTS:
        half = MAX_LISTED_WEIGHTS // 2
        values = values[:half] + ["…"] + values[-half:]
    return "[" + list_separator().join(values) + "]"


def _matrix_plot(kind: str, titled: bool = True) -> MatrixPlot:
    """The app's matrix plot, small: a title and its labels, or bare cells in a grid."""
    plot = MatrixPlot(
        colors.is_sequential(kind),
        sides=("left", "top") if titled else (),
        title_size="9pt" if titled else None,
        title_height=20,
        font_size=(8.5, 0.9),
    )
    plot.setMinimumSize(90, 48)
    if titled:
        plot.ci.setContentsMargins(1, 1, 4, 1)
    return plot


class ComparePanel(QWidget):
    """Raw vs. projected scores and weights, or attention vs. the classic last-state context.

    Its "Only the last input" and projection buttons trigger the workbench's
    shared actions (the same commands, undo steps and messages as the toolbar's).

    Public: `comparison()`, `set_comparison(name)` (name in COMPARISONS), `refresh()`,
    `comparison()`; projections: `scores_off`, `scores_on`, `weights_off`,
    `weights_on`, `difference` (MatrixPlot), `summary_label`,
    `toggle_button`; last input: `weights_plot`, `context_plot`,
    `sentence_label`, `last_only_button`, `softmax_button`.
    """

    def __init__(self, model: AttentionModel, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._bench = bench
        self._score_limit: float | None = None
        self._diff_limit: float | None = None
        self._context_limit: float | None = None
        self._equal: bool | None = None
        self._build()
        # Unseen (hidden, or a tab behind another): no redraw on every drag step.
        self.when_seen = SeenRefresh(self, self._redraw)
        model.changed.connect(self.when_seen.request)
        model.changed.connect(self._on_model_changed)
        model.selectionChanged.connect(self._on_selection_changed)
        model.lessonChanged.connect(self._on_lesson_changed)
        self._offer_last_input()
        self.refresh()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.projections_page_button = QToolButton()
        self.last_input_page_button = QToolButton()
        self.page_group = QButtonGroup(self)
        self.page_group.setExclusive(True)
        segments = QHBoxLayout()
        segments.setSpacing(0)
        for index, button in enumerate((self.projections_page_button, self.last_input_page_button)):
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setObjectName("segmentLeft" if index == 0 else "segmentRight")
            self.page_group.addButton(button, index)
            segments.addWidget(button)
        self.projections_page_button.setChecked(True)
        self.setStyleSheet(
            "QToolButton#segmentLeft, QToolButton#segmentRight {"
            " border: 1px solid #8a8a8a; padding: 4px 6px; background: #f4f4f4; }"
            "QToolButton#segmentLeft { border-top-left-radius: 5px;"
            " border-bottom-left-radius: 5px; }"
            "QToolButton#segmentRight { border-left: none; border-top-right-radius: 5px;"
            " border-bottom-right-radius: 5px; }"
            "QToolButton#segmentLeft:checked, QToolButton#segmentRight:checked {"
            " background: #d6e6f7; font-weight: bold; }"
        )
        self.page_group.idClicked.connect(self._on_page_group_id_clicked)
        # In self-attention: why "Attention vs. last state" is not offered (shown when the
        # panel had to leave that page, e.g. from a seq2seq lesson to a self-attention one).
        self._why_not_last_input = self.tr(
            "Attention vs. last state is for seq2seq: self-attention has no last encoder state."
        )
        self._last_input_tip = self.last_input_page_button.toolTip()
        self.mode_note = QLabel(self._why_not_last_input)
        self.mode_note.setWordWrap(True)
        self.mode_note.setStyleSheet("color: #666;")

        self.pages = QStackedWidget()
        for page in (self._build_projection_page(), self._build_seq2seq_page()):
            # Scrolls instead of forcing the window larger when the dock is squeezed.
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pages.addWidget(scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(segments)
        layout.addWidget(self.mode_note)
        layout.addWidget(self.pages, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        """The panel's fixed words, in the language now set (the rest follows the session)."""
        self.projections_page_button.setText(self.tr("Raw vs. projected"))
        self.projections_page_button.setToolTip(
            self.tr("Scores and weights with the projection off and on, for the same inputs"))
        self.last_input_page_button.setText(self.tr("Attention vs. last state"))
        self.last_input_page_button.setToolTip(
            self.tr("The attention context next to the classic seq2seq context (the last state)"))
        for axis, title in zip(self.query_axes, (self.tr("scores"), self.tr("weights"), self.tr("on − off")),
                               strict=True):
            axis.set_title(title)
        self.toggle_button.setToolTip(self.tr("Switch the projection of the session in the window (one undo step)"))
        self.last_only_button.setText(self.tr("Only the last input"))
        self.last_only_button.setToolTip(self.tr(
            "Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq "
            "context vector, the last encoder state."))
        self.softmax_button.setText(self.tr("Softmax weights"))
        self.softmax_button.setToolTip(self.tr("Stop setting the weights by hand: softmax of the scores again"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "when_seen"):
            self._retranslate()
            self.when_seen.run_everything()  # its texts now, even behind another tab
        super().changeEvent(event)

    def _build_projection_page(self) -> QWidget:
        page = QWidget()
        self.off_header = wrapping_label(rich=True)
        self.on_header = wrapping_label(rich=True)
        for header in (self.off_header, self.on_header):
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Bare cells; the token labels live in AxisStrips around the grid, so every
        # plot gets the same cell size (and room for the numbers).
        self.scores_off = _matrix_plot("scores", titled=False)
        self.scores_on = _matrix_plot("scores", titled=False)
        self.weights_off = _matrix_plot("weights", titled=False)
        self.weights_on = _matrix_plot("weights", titled=False)
        # Diverging: weight gained with the projection (red) or lost (blue).
        self.difference = _matrix_plot("scores", titled=False)
        # Not linked: all show the same m × n cells and never pan, and pyqtgraph's
        # links line views up on screen, which offsets plots in other rows.
        self.key_axes = (AxisStrip("top"), AxisStrip("top"))
        self.key_axes[0].link(self.scores_off.view_box)
        self.key_axes[1].link(self.scores_on.view_box)
        self.query_axes = (AxisStrip("left", " "), AxisStrip("left", " "), AxisStrip("left", " "))
        for axis, plot in zip(
            self.query_axes, (self.scores_off, self.weights_off, self.difference), strict=True
        ):
            axis.link(plot.view_box)

        self.summary_label = wrapping_label(rich=True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.summary_label.setContentsMargins(4, 2, 2, 2)
        self.self_label = wrapping_label(rich=True, color="#444")
        self.self_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self._bench.actions.projection.trigger)
        # Next to the difference: what it means, and the button that switches the window.
        corner = QWidget()
        corner_column = QVBoxLayout(corner)
        corner_column.setContentsMargins(0, 0, 0, 0)
        corner_column.setSpacing(2)
        corner_column.addWidget(self.summary_label, 1)
        corner_column.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignRight)

        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.off_header, 0, 1)
        grid.addWidget(self.on_header, 0, 2)
        grid.addWidget(self.key_axes[0], 1, 1)
        grid.addWidget(self.key_axes[1], 1, 2)
        for row, (axis, left, right) in enumerate(
            (
                (self.query_axes[0], self.scores_off, self.scores_on),
                (self.query_axes[1], self.weights_off, self.weights_on),
                (self.query_axes[2], self.difference, corner),
            ),
            start=2,
        ):
            grid.addWidget(axis, row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(right, row, 2)
            grid.setRowStretch(row, 1)
        grid.addWidget(self.self_label, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return page

    def _build_seq2seq_page(self) -> QWidget:
        page = QWidget()
        self.seq2seq_intro = wrapping_label(rich=True, color="#444")
        self.weights_plot = _matrix_plot("weights")
        # One row (the query the sentence speaks of): title, key labels and a row of cells.
        self.weights_plot.setFixedHeight(78)
        self.context_plot = _matrix_plot("context")
        self.sentence_label = wrapping_label(rich=True)
        font = self.sentence_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.sentence_label.setFont(font)
        self.last_only_button = QPushButton()
        self.last_only_button.clicked.connect(self._bench.actions.last_input_only.trigger)
        self.softmax_button = QPushButton()
        self.softmax_button.clicked.connect(self._on_softmax_button_clicked)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.seq2seq_intro)
        column.addWidget(self.weights_plot)
        column.addWidget(self.context_plot, 1)
        column.addWidget(self.sentence_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.softmax_button)
        row.addWidget(self.last_only_button)
        column.addLayout(row)
        return page

    # -- public --------------------------------------------------------------
    def comparison(self) -> str:
        return COMPARISONS[self.pages.currentIndex()]

    def set_comparison(self, name: str) -> None:
        """Show comparison `name` (the last input only in seq2seq mode: else raw vs. projected)."""
        self.mode_note.hide()  # chosen, not forced by the mode
        if name == "last_input" and not self._last_input_applies():
            name = "projections"
        index = COMPARISONS.index(name)
        self.page_group.button(index).setChecked(True)
        if index != self.pages.currentIndex():
            self.pages.setCurrentIndex(index)
            self.refresh()

    def compared_sessions(self) -> tuple[Session, Session]:
        """The two sessions compared: (projection off, projection on) of the current one."""
        session = self._model.session
        return edits.set_projection(session, False), edits.set_projection(session, True)

    def _lesson_blocks(self) -> tuple[MatrixPlot, ...]:
        """The page's plots whose cells must be tall and wide enough for their numbers."""
        if self.comparison() == "projections":
            return (self.scores_off, self.weights_off, self.difference)
        return (self.context_plot,)

    def lesson_width(self) -> int:
        """The panel's width that gives the raw-vs-projected tables cells wide enough for
        their numbers (long token labels, as in Turkish, take room from them); 0 on the
        last-state page (one small table: any width will do)."""
        if self.comparison() != "projections":
            return 0
        if self.when_seen.stale:
            self.when_seen.run()
        plots = (self.scores_off, self.scores_on, self.weights_off, self.weights_on, self.difference)
        kept = [plot.minimumWidth() for plot in plots]
        page = self.pages.currentWidget().widget().layout()
        try:  # the page's width with cells that wide, asked of its layout
            for plot in plots:
                plot.setMinimumWidth(max(plot.minimumWidth(), plot.shape[1] * LESSON_CELL_WIDTH))
            page.invalidate()
            needed = page.minimumSize().width()
        finally:
            for plot, minimum in zip(plots, kept, strict=True):
                plot.setMinimumWidth(minimum)
            page.invalidate()
        margins = self.layout().contentsMargins()
        return needed + margins.left() + margins.right()

    def lesson_height(self, width: int) -> int:
        """The height at `width` that shows the page's tables whole with their numbers, and
        the sentence under them."""
        if self.when_seen.stale:  # the lesson's session may not be drawn yet
            self.when_seen.run()
        blocks = self._lesson_blocks()
        kept = [plot.minimumHeight() for plot in blocks]
        outer = self.layout()
        margins = outer.contentsMargins()
        inner = width - margins.left() - margins.right()
        page = self.pages.currentWidget().widget().layout()
        try:  # the page's height with cells that tall, asked of its layout
            for plot in blocks:
                # What a titled plot needs besides its cells (title, labels) stays as it is.
                chrome = max(plot.height() - round(plot.view_box.height()), 0) if plot.isVisible() else 0
                tall = LESSON_CELL_HEIGHT if plot is not self.context_plot else LESSON_CONTEXT_CELL_HEIGHT
                cells = plot.shape[0] * tall + chrome
                plot.setMinimumHeight(max(plot.minimumHeight(), cells))
            page.invalidate()
            heights = [page.totalHeightForWidth(inner)]
        finally:
            for plot, height in zip(blocks, kept, strict=True):
                plot.setMinimumHeight(height)
        for index in range(outer.count()):
            item = outer.itemAt(index)
            if not item.isEmpty() and item.widget() is not self.pages:
                heights.append(item.heightForWidth(inner) if item.hasHeightForWidth() else item.sizeHint().height())
        return sum(heights) + outer.spacing() * (len(heights) - 1) + margins.top() + margins.bottom()

    def refresh(self) -> None:
        """Redraw the shown mode from the model now."""
        self.when_seen.run()

    def _redraw(self) -> None:
        if self.comparison() == "projections":
            self._update_projection()
        else:
            self._update_seq2seq()

    def set_active(self, active: bool) -> None:
        """Whether the panel is seen (its dock's tab is in front). While not, model
        changes only mark it stale: it catches up once, when it is seen again."""
        self.when_seen.set_active(active)

    # -- model → view --------------------------------------------------------
    def _last_input_applies(self) -> bool:
        return self._model.session.mode == "seq2seq"

    def _on_model_changed(self, change: Change) -> None:
        if change.loaded or change.touches("mode"):
            self._offer_last_input()

    def _offer_last_input(self) -> None:
        """Offer "Attention vs. last state" in seq2seq mode only; in self-attention
        show raw vs. projected, with a line saying why."""
        applies = self._last_input_applies()
        self.last_input_page_button.setEnabled(applies)
        self.last_input_page_button.setToolTip(
            self._last_input_tip if applies else self._why_not_last_input
        )
        if applies:
            self.mode_note.hide()
        elif self.comparison() == "last_input":
            self.set_comparison("projections")
            self.mode_note.show()

    def _on_selection_changed(self) -> None:
        if self.comparison() == "last_input":
            self.when_seen.request()

    def follow_lesson(self) -> None:
        """Take the comparison of the open lesson, and come to the front for a lesson about it."""
        self._on_lesson_changed()

    def _on_lesson_changed(self) -> None:
        comparison = LESSON_COMPARISONS.get(self._model.lesson or "")
        if comparison is not None:
            self.set_comparison(comparison)
        if self._model.lesson in RAISE_FOR_LESSONS:
            self._bench.bring_to_front("compare")

    def _update_projection(self) -> None:
        session = self._model.session
        off_session, on_session = self.compared_sessions()
        off, off_error = self._model.try_compute(off_session)
        on, on_error = self._model.try_compute(on_session)
        queries, keys = session.query_labels, session.labels

        seq2seq = session.mode == "seq2seq"
        headers = (
            (self.off_header, self.tr("Raw vectors"), not session.projection),
            (self.on_header, self.tr("Projected vectors"), session.projection),
        )
        for label, text, current in headers:
            text = html.escape(text)
            if current:
                text = f"<b style='color:{CURRENT_COLOR}'>● {text}</b>"
            else:
                text = f"<span style='color:#555'>{text}</span>"
            label.setText(text)
            formulas = (
                self.tr("Q = S·W_Q, K = H·W_K") if seq2seq else self.tr("Q = I·W_Q, K = I·W_K")
            )
            where = (
                self.tr("The window shows this now.")
                if current
                else self.tr("The button below shows this in the window.")
            )
            label.setToolTip(f"{formulas}\n{where}" if label is self.on_header else where)

        scores = [r.scores for r in (off, on) if r is not None]
        if scores:
            largest = colors.symmetric_limit(np.concatenate([s.ravel() for s in scores]))
            self._score_limit = track_limit(self._score_limit, largest)
        score_levels = (-(self._score_limit or 1.0), self._score_limit or 1.0)
        for axis in self.key_axes:
            axis.set_labels(keys)
        for axis in self.query_axes:
            axis.set_labels(queries)
        for result, score_plot, weight_plot in (
            (off, self.scores_off, self.weights_off),
            (on, self.scores_on, self.weights_on),
        ):
            if result is None:
                score_plot.set_empty()
                weight_plot.set_empty()
                continue
            score_plot.set_matrix(result.scores, score_levels)
            weight_plot.set_matrix(result.weights, (0.0, 1.0))
            for plot in (score_plot, weight_plot):
                plot.set_labels(queries, keys)

        if off is None or on is None:
            self.difference.set_empty()
            problem = off_error if off is None else on_error
            template = (
                self.tr("Cannot compute the attention without the projection: {reason}")
                if off is None
                else self.tr("Cannot compute the attention with the projection: {reason}")
            )
            self.summary_label.setText(html.escape(template.format(reason=problem)))
            self.self_label.setText("")
        else:
            diff = on.weights - off.weights
            self._diff_limit = min(
                track_limit(self._diff_limit, colors.symmetric_limit(diff, minimum=0.05)), 1.0
            )
            self.difference.set_matrix(diff, (-self._diff_limit, self._diff_limit))
            self.difference.set_labels(queries, keys)
            summary, self_line = self._summary(session, off, on, diff)
            self.summary_label.setText(summary)
            self.self_label.setText(html.escape(self_line))

        self.toggle_button.setText(
            self.tr("Show raw") if session.projection else self.tr("Show projected")
        )

    def _summary(
        self, session: Session, off: Result, on: Result, diff: np.ndarray
    ) -> tuple[str, str]:
        """Rich text: where the projection moves the most weight; plain text: (self mode)
        how many tokens attend most to themselves, raw and projected."""
        if on.overridden:
            summary = html.escape(
                self.tr(
                    "The weights are set by hand, so the projection cannot change them; "
                    "turn “Set weights by hand” off to compare."
                )
            )
        elif float(np.max(np.abs(diff))) < NO_CHANGE:
            summary = html.escape(self.tr("The projection does not change the weights here."))
        else:
            i, j = np.unravel_index(int(np.argmax(np.abs(diff))), diff.shape)
            summary = (
                html.escape(
                    self.tr("The projection moves most weight for {query}, on {key}:").format(
                        query=session.query_labels[i], key=session.labels[j]
                    )
                )
                + f" <b>{fmt(off.weights[i, j])}&nbsp;→&nbsp;{fmt(on.weights[i, j])}</b>"
            )
        self_line = ""
        if session.mode == "self" and not on.overridden:
            raw = sum(int(np.argmax(off.weights[i])) == i for i in range(session.n))
            projected = sum(int(np.argmax(on.weights[i])) == i for i in range(session.n))
            self_line = self.tr(
                "Attend most to themselves: {raw} of {n} raw, {projected} of {n} projected."
            ).format(raw=raw, projected=projected, n=session.n)
        return summary, self_line

    def _update_seq2seq(self) -> None:
        session, result = self._model.session, self._model.result
        seq2seq = session.mode == "seq2seq"
        last = session.labels[-1]
        if seq2seq:
            intro = self.tr(
                "The classic seq2seq decoder sees only the last encoder state {last}; attention "
                "mixes all of them with its weights."
            )
        else:
            intro = self.tr(
                "Without attention only the last input {last} would be passed on; attention "
                "mixes the values of all inputs with its weights."
            )
        self.seq2seq_intro.setText(html.escape(intro.format(last=last)))

        classic = result.values[-1:]
        equal = context_is_last_state(session, result)
        self._equal = equal
        # The query the sentence speaks of: the selected one, unless its context is
        # the last state while another query's is not.
        row = min(self._model.selected_query, session.m - 1)
        if not equal:
            differs = ~np.all(result.context == classic, axis=1)
            if not differs[row]:
                row = int(np.flatnonzero(differs)[0])
        query = session.query_labels[row]

        self.weights_plot.set_title(
            self.tr("Weights of {query} (set by hand)").format(query=query)
            if result.overridden
            else self.tr("Weights of {query}").format(query=query)
        )
        self.weights_plot.set_matrix(result.weights[row : row + 1], (0.0, 1.0))
        self.weights_plot.set_labels((query,), session.labels)

        # Two rows, the same query's: its attention context above the classic one.
        stacked = np.vstack([result.context[row : row + 1], classic])
        self._context_limit = track_limit(self._context_limit, colors.symmetric_limit(stacked))
        rows = (
            self.tr("c({query})").format(query=query),
            self.tr("{last} (last)").format(last=last),
        )
        cols = [str(k + 1) for k in range(stacked.shape[1])]
        self.context_plot.set_title(self.tr("Attention context  vs.  last state"))
        self.context_plot.set_matrix(stacked, (-self._context_limit, self._context_limit))
        self.context_plot.set_labels(rows, cols)
        self.context_plot.set_separator(0)

        weights = _weights_text(result.weights[row])
        if equal:
            text = self.tr(
                "Equal: with weights {weights} attention gives the classic context vector, "
                "the last state {last}."
            ).format(weights=weights, last=last)
            color = EQUAL_COLOR
        else:
            template = (
                self.tr(
                    "Different: attention mixes the encoder states with weights {weights} "
                    "(query {query}), so its context is not the last state {last}."
                )
                if seq2seq
                else self.tr(
                    "Different: attention mixes the values of all inputs with weights {weights} "
                    "(query {query}), so its context is not the value of the last input {last}."
                )
            )
            text = template.format(weights=weights, query=query, last=last)
            color = DIFFERENT_COLOR
        mark = "✓ " if equal else "≠ "
        self.sentence_label.setText(
            f"<span style='color:{color}'><b>{mark}</b>{html.escape(text)}</span>"
        )
        self.softmax_button.setEnabled(result.overridden)
        self.last_only_button.setEnabled(not equal or not result.overridden)

    def is_equal(self) -> bool | None:
        """Whether the seq2seq mode last found context == last state (None before it ran)."""
        return self._equal

    # -- view → model --------------------------------------------------------
    def _on_page_group_id_clicked(self, index: int) -> None:
        self.set_comparison(COMPARISONS[index])

    def _on_softmax_button_clicked(self) -> None:
        self._model.apply(
            edits.set_override(self._model.session, False, head=self._model.selected_head),
            self.tr("Use softmax weights")
        )
