"""Positions: the table P added to the inputs, what the heads then see, and the shuffle
that shows why P is needed; padding is marked here too.

A choice of positions (none, sinusoidal, learned: `head_edits.set_positional`), a
heatmap of P (for learned positions the editor of `positional_table`, which the
window hands in, so P can be dragged), a heatmap of inputs + P (`result.positioned_inputs`),
the "Shuffle the tokens" command with, token by token, whether its output row stayed
the same (`core.tokens.compare_shuffle`), and which tokens are padding. The panel
only formats and draws: every number and every rule comes from the core.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QWidget

from ..core import head_edits, matrices, tokens
from ..core.compute import Result
from ..core.edits import EditError
from ..core.session import POSITIONAL_KINDS, Session
from ..i18n import is_language_change, translated_error, translated_text
from ..model import AttentionModel
from ..plotting import colors
from ..plotting.matrix_plot import MatrixPlot
from ..plotting.panel_layout import PANEL_MIN_WIDTH, intro_and_scroll, text_button, wrapping_label
from ..plotting.seen import SeenRefresh

if TYPE_CHECKING:
    from ..workbench import Workbench

SAME_COLOR, CHANGED_COLOR = "#1b7f3b", "#b2182b"
NOTE_COLOR = "#505050"
PLOT_MIN_HEIGHT = 120  # pixels: a heatmap of P or of I + P with its title and labels


def _plot() -> MatrixPlot:
    plot = MatrixPlot(False, sides=("left", "top"), title_size="9pt", title_height=22, size_hint=(300, 170))
    plot.setMinimumHeight(PLOT_MIN_HEIGHT)
    plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return plot


class PositionsPanel(QWidget):
    """Choose the positions, see P and inputs + P, shuffle the tokens, see the padding.

    Public: `kind_buttons` (kind → radio button), `table_plot` (P, for none and
    sinusoidal), `table_editor` (learned: the editor handed in, or None),
    `seen_plot` (inputs + P), `shuffle_button`, `verdict_label`, `comparison_label`,
    `padding_label`; `shuffle()`, `comparison()` (the last shuffle's, while its
    session is on show, else None). Its two heatmaps are export targets.
    """

    def __init__(self, model: AttentionModel, bench: Workbench, table_editor: QWidget | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._shuffles = 0  # each shuffle a different rotation (`head_edits.next_shuffle`)
        # The last shuffle's comparison and the session it made (shown while that is on show).
        self._comparison: tuple[tokens.ShuffleComparison, Session] | None = None
        column, self.scroll_area = intro_and_scroll(self, None)
        self.about_label = wrapping_label()

        self.kind_label = QLabel()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kind_row = QHBoxLayout()
        kind_row.setSpacing(8)
        kind_row.addWidget(self.kind_label)
        for kind in POSITIONAL_KINDS:
            button = self.kind_buttons[kind] = QRadioButton()
            self.kind_group.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)

        self.table_plot = _plot()
        self.table_editor = table_editor
        self.seen_plot = _plot()

        self.shuffle_button = text_button("")
        self.shuffle_button.clicked.connect(self.shuffle)
        self.shuffle_note = wrapping_label(color=NOTE_COLOR)
        self.verdict_label = wrapping_label()
        self.comparison_label = wrapping_label(rich=True)
        self.padding_title = QLabel()
        font = self.padding_title.font()
        font.setBold(True)
        self.padding_title.setFont(font)
        self.padding_label = wrapping_label(rich=True)

        # The shuffle and what it showed come first: the dock is often short.
        column.addWidget(self.about_label)
        column.addLayout(kind_row)
        shuffle_row = QHBoxLayout()
        shuffle_row.addWidget(self.shuffle_button, 0, Qt.AlignmentFlag.AlignTop)
        shuffle_row.addWidget(self.shuffle_note, 1)
        column.addLayout(shuffle_row)
        column.addWidget(self.comparison_label)
        column.addWidget(self.verdict_label)
        column.addWidget(self.table_plot)
        if table_editor is not None:
            column.addWidget(table_editor)
        column.addWidget(self.seen_plot)
        column.addWidget(self.padding_title)
        column.addWidget(self.padding_label)
        column.addStretch(1)
        self.setMinimumWidth(PANEL_MIN_WIDTH)

        bench.register_export_target("positions.table_plot", self.table_plot)
        bench.register_export_target("positions.seen_plot", self.seen_plot)
        self.kind_group.buttonClicked.connect(self._on_kind_group_button_clicked)
        model.editRefused.connect(self._show_kind)
        self._retranslate()
        # A tab behind the geometry most of the time: redraw only while seen.
        self.when_seen = SeenRefresh(self, self._refresh)
        model.changed.connect(self.when_seen.request)
        self.when_seen.run()

    # -- words ----------------------------------------------------------------
    def _retranslate(self) -> None:
        self.about_label.setText(self.tr(
            "Attention compares tokens by what they are, never by where they stand: shuffle them and, "
            "with no positions, each token gets the very same output, only in its new place. Adding a "
            "different vector P to each place lets the heads tell first from last."))
        self.kind_label.setText(self.tr("Positions:"))
        for kind, text in zip(POSITIONAL_KINDS, (self.tr("none"), self.tr("sinusoidal"), self.tr("learned")),
                              strict=True):
            self.kind_buttons[kind].setText(text)
        self.kind_buttons["none"].setToolTip(self.tr("No positions: the heads see the inputs themselves (P = 0)."))
        self.kind_buttons["learned"].setToolTip(self.tr(
            "A table of numbers of its own, one row per place, that you can drag (it starts from the sinusoids)."))
        self.shuffle_button.setText(self.tr("Shuffle the tokens"))
        self.shuffle_button.setToolTip(self.tr(
            "Put the tokens in a new order (one undo step) and compare each token's output before and after."))
        self.shuffle_note.setText(self.tr(
            "Each token keeps its vector; the places, and so the rows of P, stay where they are."))
        self.padding_title.setText(self.tr("Padding"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "when_seen"):
            self._retranslate()
            self.when_seen.run_everything()  # its texts now, even behind another tab
        super().changeEvent(event)

    # -- model → view -----------------------------------------------------------
    def _refresh(self) -> None:
        seen = self.when_seen
        model, session, result = self._model, self._model.session, self._model.full_result
        if seen.changed("mode", "labels", "inputs", "positional", "positional_table", "positioned_inputs"):
            self._show_kind()
            self._show_tables(session, result)
        if self._comparison is not None and self._comparison[1] is not model.session:
            self._comparison = None  # an edit or an undo since: that comparison is gone
        self._show_comparison()
        self._show_padding(session, result)

    def _show_kind(self) -> None:
        session = self._model.session
        button = self.kind_buttons[session.positional]
        if not button.isChecked():
            with QSignalBlocker(self.kind_group):
                button.setChecked(True)
        sinusoidal = self.kind_buttons["sinusoidal"]
        sinusoidal.setEnabled(session.mode == "self")
        sinusoidal.setToolTip(self.tr(
            "PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)).")
            if session.mode == "self" else self.tr(
            "Only in self-attention: here the queries are decoder states, which get no positions, "
            "so only the encoder states would be moved. Use learned positions instead."))

    def _show_tables(self, session: Session, result: Result) -> None:
        learned = session.positional == "learned" and self.table_editor is not None
        self.table_plot.setVisible(not learned)
        if self.table_editor is not None:
            self.table_editor.setVisible(learned)
        for plot, name, values in ((self.table_plot, "positional_table", result.positional),
                                   (self.seen_plot, "positioned_inputs", result.positioned_inputs)):
            if plot is self.table_plot and learned:
                continue
            limit = colors.symmetric_limit(values)
            plot.set_matrix(values, (-limit, limit))
            rows = matrices.row_labels("positional_table" if plot is self.table_plot else "inputs",
                                       session, values.shape[0])
            plot.set_labels(rows, tuple(str(i + 1) for i in range(values.shape[1])))
            plot.set_title(translated_text("matrices", matrices.title_id(name, session)))

    def _show_comparison(self) -> None:
        comparison = self.comparison()
        self.shuffle_button.setEnabled(self._model.session.n > 1)
        self.verdict_label.setVisible(comparison is not None)
        self.comparison_label.setVisible(comparison is not None)
        if comparison is None:
            return
        self.verdict_label.setText(translated_text("tokens", comparison.verdict))
        # One strip of tokens, each with its mark: short for 3 tokens, wrapping for 30.
        marks = " &nbsp; ".join(
            f"<span style='white-space:nowrap'>“{html.escape(label)}”&nbsp;"
            f"<b style='color:{SAME_COLOR if kept else CHANGED_COLOR}'>{'✓' if kept else '✗'}</b></span>"
            for label, kept in zip(comparison.labels, comparison.same, strict=True))
        legend = html.escape(self.tr("✓ same output row as before, ✗ output changed"))
        self.comparison_label.setText(f"{marks}<br><span style='color:{NOTE_COLOR}'>{legend}</span>")

    def _show_padding(self, session: Session, result: Result) -> None:
        padded = [label for label, flag in zip(session.labels, session.padding or (), strict=False) if flag]
        parts = [html.escape(self.tr(
            "Ctrl+click a token's name (the row names of the inputs), or click a key's name above the "
            "scores or the weights, to mark it as padding: no query looks at it any more."))]
        if padded:
            names = ", ".join(f"“{label}”" for label in padded)
            parts.append(html.escape(self.tr("Padding now: {names}.").format(names=names)))
        empty = tokens.empty_queries_message(session, result)
        if empty is not None:
            sentence = html.escape(translated_text("tokens", empty[0], **empty[1]))
            parts.append(f"<span style='color:{CHANGED_COLOR}'>{sentence}</span>")
        self.padding_label.setText("<br>".join(parts))

    # -- view → model -----------------------------------------------------------
    def _on_kind_group_button_clicked(self, button: QRadioButton) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b is button)
        model = self._model
        try:
            session = head_edits.set_positional(model.session, kind)
        except EditError as error:
            model.message.emit(translated_error(error))
            self._show_kind()
            return
        if not model.apply(session, self.tr("Positions: {kind}").format(kind=button.text())):
            self._show_kind()

    def shuffle(self) -> bool:
        """The tokens in a new order as one undo step, then each token's output before
        and after, side by side, and the verdict in the status bar."""
        model = self._model
        before, before_result = model.session, model.full_result
        if before.n < 2:
            return False
        order = head_edits.next_shuffle(before.n, self._shuffles)
        after = head_edits.shuffle_tokens(before, order)
        if not model.apply(after, self.tr("Shuffle the tokens")):
            return False
        self._shuffles += 1
        comparison = tokens.compare_shuffle(before, model.session, before_result, model.full_result, order)
        self._comparison = (comparison, model.session)
        self.when_seen.run()
        self.scroll_area.ensureWidgetVisible(self.verdict_label)
        model.message.emit(translated_text("tokens", comparison.verdict))
        return True

    def comparison(self) -> tokens.ShuffleComparison | None:
        """The last shuffle's comparison while the session it made is on show, else None."""
        if self._comparison is None or self._comparison[1] is not self._model.session:
            return None
        return self._comparison[0]
