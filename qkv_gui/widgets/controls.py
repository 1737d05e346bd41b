"""The controls: mode, heads, projection, score kind, temperature, causal mask, weights override."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolBar,
    QWidget,
)

from ..core import edits, head_edits, matrices
from ..core.session import MAX_HEADS, MULTI_HEAD_KINDS, same_value
from ..i18n import is_language_change
from ..model import AttentionModel, Change
from ..plotting.number_box import DecimalSpinBox

if TYPE_CHECKING:
    from ..workbench import SharedActions

SCORE_KINDS = ("dot", "scaled_dot", "cosine", "general", "additive")

# The temperature slider is logarithmic: position p ↦ T = 10^(p / 100), T in [0.05, 20].
_T_MIN, _T_MAX = 0.05, 20.0


def temperature_to_slider(t: float) -> int:
    return round(100 * math.log10(min(max(t, _T_MIN), _T_MAX)))


def slider_to_temperature(position: int) -> float:
    return round(10 ** (position / 100), 3)


def _same_weights(a, b) -> bool:
    """Whether two sessions have the same hand-set weights (or none), in every head."""
    return a.heads == b.heads and all(
        same_value(x, y) for x, y in zip(a.weights_overrides, b.weights_overrides, strict=True))


def _group(*widgets: QWidget) -> QWidget:
    """Widgets side by side, kept together when the toolbar wraps them into its overflow menu."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(4, 0, 4, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    # Keep each group at its natural width; the toolbar must not spread them apart.
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


class StatusLabel(QLabel):
    """A short status that never widens the toolbar: it takes the room left over
    (Expanding), wraps its text onto two lines or shows `short` instead when that
    room is too small, and keeps the whole text in its tooltip.

    Its size hint does not follow its text: a toolbar lays out again only when a
    shown item's hint changes, so a hint that grew with the text pushed the
    buttons beside it into the overflow menu, where (hidden) they stayed even
    after the text was gone.
    """

    def __init__(self, short: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._short = short
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance(self._short) + 8, super().sizeHint().height())

    def shown_text(self) -> tuple[str, int]:
        """What is drawn, and the drawText flags: the text on one line or wrapped
        when it fits, else the short form (if any), else the text elided."""
        metrics, rect = self.fontMetrics(), self.contentsRect()
        text, flags = self.text(), int(self.alignment())
        if metrics.horizontalAdvance(text) <= rect.width():
            return text, flags
        wrap = flags | Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(rect, wrap, text)
        if needed.width() <= rect.width() and needed.height() <= rect.height():
            return text, wrap
        if text and self._short and metrics.horizontalAdvance(self._short) <= rect.width():
            return self._short, flags
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()), flags

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text, flags = self.shown_text()
        painter.drawText(self.contentsRect(), flags, text)


class ControlsPanel(QToolBar):
    """The controls as a toolbar; each edit is one undo step (a slider drag included).

    Groups that don't fit the window's width move into the toolbar's overflow menu.
    `compact` (small screens): a shorter temperature slider, "T:" for "Temperature T:",
    "h = 2" for "Heads: 2" and no "Mode:" and "Score:" words (the combo boxes say what they are). The projection box and "Only the last input" trigger the workbench's shared
    `actions` (the same commands as the Edit menu and the Compare panel).
    """

    def __init__(self, model: AttentionModel, actions: SharedActions, parent: QWidget | None = None,
                 compact: bool = False):
        super().__init__(parent)
        self._model = model
        self._actions = actions
        self.setObjectName("ControlsToolBar")
        self.setMovable(False)

        self.mode = QComboBox()
        self.mode.addItem("", "self")
        self.mode.addItem("", "seq2seq")
        self.heads = QSpinBox()
        self.heads.setRange(1, MAX_HEADS)
        self.heads.setAccelerated(False)
        self.projection = QCheckBox()
        self.score_kind = QComboBox()
        for kind in SCORE_KINDS:
            self.score_kind.addItem("", kind)

        self.temperature_slider = QSlider(Qt.Orientation.Horizontal)
        self.temperature_slider.setRange(temperature_to_slider(_T_MIN), temperature_to_slider(_T_MAX))
        self.temperature_slider.setFixedWidth(70 if compact else 120)
        self.temperature = DecimalSpinBox()
        self.temperature.setRange(_T_MIN, _T_MAX)
        self.temperature.setDecimals(2)
        self.temperature.setSingleStep(0.1)
        self.temperature.setFixedWidth(72)
        self.causal = QCheckBox()
        self.override = QCheckBox()
        self.last_only = QPushButton()
        self.last_status = StatusLabel("✓")
        self.last_status.setStyleSheet("color: #1b7f3b;")

        self._mode_label, self._score_label, self._temperature_label = QLabel(), QLabel(), QLabel()
        self._heads_label = QLabel()
        self._heads_label.setBuddy(self.heads)
        self._mode_label.setVisible(not compact)
        self._score_label.setVisible(not compact)
        self._heads_label.setVisible(not compact)  # the box then says "h = 2" itself
        self._compact = compact
        groups = (
            _group(self._mode_label, self.mode),
            _group(self._heads_label, self.heads),
            _group(self.projection),
            _group(self._score_label, self.score_kind),
            _group(self._temperature_label, self.temperature_slider, self.temperature),
            _group(self.causal),
            _group(self.override, self.last_only),
        )
        for index, group in enumerate(groups):
            if index:
                self.addSeparator()
            self.addWidget(group)
        self.addWidget(self.last_status)

        self.mode.currentIndexChanged.connect(self._on_mode_index_changed)
        self.heads.valueChanged.connect(self._on_heads_value_changed)
        self.projection.toggled.connect(self._on_projection_toggled)
        self.score_kind.currentIndexChanged.connect(self._on_score_kind_index_changed)
        self.temperature_slider.sliderPressed.connect(model.begin_gesture)
        self.temperature_slider.valueChanged.connect(self._on_temperature_slider_value_changed)
        self.temperature_slider.sliderReleased.connect(
            lambda: model.end_gesture(self.tr("Change temperature")))
        self.temperature.valueChanged.connect(self._on_temperature_value_changed)
        self.causal.toggled.connect(self._on_causal_toggled)
        self.override.toggled.connect(self._on_override_toggled)
        self.last_only.clicked.connect(actions.last_input_only.trigger)
        model.changed.connect(self._on_session_changed)
        # A refused edit (a challenge's scope) leaves the session: show its settings again.
        model.editRefused.connect(self._on_edit_refused)
        self._retranslate()
        self._on_session_changed(Change.everything())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event):
            self._retranslate()
            self._on_session_changed(Change.everything())  # the ✓ line
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Controls"))
        self.mode.setItemText(0, self.tr("Self-attention"))
        self.mode.setItemText(1, self.tr("Seq2seq attention"))
        self.mode.setToolTip(self.tr(
            "Self-attention: queries, keys and values all come from the inputs.\n"
            "Seq2seq: the decoder state is the query; the encoder states are the keys and the values."))
        self._heads_label.setText(self.tr("Heads:"))
        # Compact: "h = 2", the letter of the formulas (the tooltip says what it is).
        self.heads.setPrefix(self.tr("h = ") if self._compact else "")
        self.heads.setToolTip(self.tr(
            "How many attention heads (1 to {max}). Each head has its own block of columns in "
            "W_Q, W_K and W_V and its own weights; their contexts are put side by side.\n"
            "More than one head needs the projections and a dot, scaled dot or cosine score.").format(
                max=MAX_HEADS))
        self.projection.setText(self.tr("Projections W_Q, W_K, W_V"))
        self.projection.setToolTip(self.tr(
            "On: Q = I·W_Q, K = I·W_K, V = I·W_V. Off: queries, keys and values are the raw vectors."))
        names = {"dot": self.tr("dot"), "scaled_dot": self.tr("scaled dot"), "cosine": self.tr("cosine"),
                 "general": self.tr("general"), "additive": self.tr("additive")}
        for index, kind in enumerate(SCORE_KINDS):
            # The formula is the one the titles, the geometry and Explain show.
            self.score_kind.setItemText(index, f"{names[kind]}  {matrices.pair_score(kind)}")
        self.score_kind.setToolTip(self.tr("The compatibility function that scores a query against a key."))
        self.temperature_slider.setToolTip(self.tr(
            "Softmax temperature T: weights = softmax(scores / T).\n"
            "Small T sharpens the weights towards one key, large T flattens them."))
        self.temperature.setToolTip(self.temperature_slider.toolTip())
        self.causal.setText(self.tr("Causal mask"))
        self.causal.setToolTip(self.tr("Self-attention only: query i may look at inputs 1..i, not at later ones."))
        self.override.setText(self.tr("Set weights by hand"))
        self.override.setToolTip(self.tr(
            "Replace the softmax weights by weights you edit yourself (each row still sums to 1).\n"
            "With several heads: the weights of the head shown in detail."))
        self.last_only.setText(self.tr("Only the last input"))
        self.last_only.setToolTip(self.tr(
            "Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq "
            "context vector, the last encoder state."))
        self._mode_label.setText(self.tr("Mode:"))
        self._score_label.setText(self.tr("Score:"))
        # Compact: just "T:" (its tooltip says), to leave room for the heads.
        self._temperature_label.setText(self.tr("T:") if self._compact else self.tr("Temperature T:"))
        self._temperature_label.setToolTip(self.temperature_slider.toolTip())

    # -- model → view ------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        # A drag of a number changes none of the settings (override on/off is a shape).
        if change.shapes or change.loaded or change.head or change.touches(
                "mode", "heads", "projection", "score_kind", "temperature", "causal",
                "weights_override", "head_overrides"):
            self._show_settings(self._model.session)
        if change.loaded or change.touches("context", "values"):
            text = self._last_state_text()
            if text != self.last_status.text():
                self.last_status.setText(text)

    def _on_edit_refused(self) -> None:
        self._show_settings(self._model.session)

    def _show_settings(self, s) -> None:
        blockers = [QSignalBlocker(w) for w in (
            self.mode, self.heads, self.projection, self.score_kind, self.temperature_slider,
            self.temperature, self.causal, self.override)]
        self.mode.setCurrentIndex(self.mode.findData(s.mode))
        if self.heads.value() != s.heads:
            self.heads.setValue(s.heads)
        self.projection.setChecked(s.projection)
        # Several heads need the projections and a dot-product score: the rest is greyed.
        self.projection.setEnabled(s.heads == 1 or not s.projection)
        for index, kind in enumerate(SCORE_KINDS):
            self.score_kind.model().item(index).setEnabled(s.heads == 1 or kind in MULTI_HEAD_KINDS)
        self.score_kind.setCurrentIndex(self.score_kind.findData(s.score_kind))
        self.temperature_slider.setValue(temperature_to_slider(s.temperature))
        # Only on a real change: the spin box repaints on every setValue, even an equal one.
        if self.temperature.value() != round(s.temperature, self.temperature.decimals()):
            self.temperature.setValue(s.temperature)
        self.causal.setChecked(s.causal)
        self.causal.setEnabled(s.mode == "self")
        # The hand-set weights of the head shown in detail.
        self.override.setChecked(s.head_override(min(self._model.selected_head, s.heads - 1)) is not None)
        # Softmax weights don't use the temperature while they are overridden (in every head).
        overridden = all(w is not None for w in s.weights_overrides)
        self.temperature_slider.setEnabled(not overridden)
        self.temperature.setEnabled(not overridden)
        del blockers

    def _last_state_text(self) -> str:
        """Say when the context equals the last input's value vector (the classic seq2seq case)."""
        result = self._model.result
        if result.context.shape[1] == result.values.shape[1] and bool(
            (result.context == result.values[-1]).all()
        ):
            return self.tr("context = value of the last input ✓")
        return ""

    # -- view → model ------------------------------------------------------
    def _on_mode_index_changed(self) -> None:
        mode = self.mode.currentData()
        self._model.apply(edits.set_mode(self._model.session, mode), self.tr("Switch mode"))

    def _on_heads_value_changed(self, heads: int) -> None:
        before = self._model.session
        after = head_edits.set_heads(before, heads)
        if not self._model.apply(after, self.tr("Set {heads} heads").format(heads=heads)):
            self._show_settings(self._model.session)
            return
        # More than one head needs the projections and a dot-product score: say what moved.
        projection = after.projection and not before.projection
        score = after.score_kind != before.score_kind
        if projection and score:
            text = self.tr("{heads} heads: the projections W_Q, W_K, W_V are now on and the score is "
                           "the scaled dot product, as several heads need.")
        elif projection:
            text = self.tr("{heads} heads: the projections W_Q, W_K, W_V are now on, as several heads need.")
        elif score:
            text = self.tr("{heads} heads: the score is now the scaled dot product (the general and "
                           "additive scores work with one head only).")
        else:
            return
        self._model.message.emit(text.format(heads=heads))

    def _on_projection_toggled(self, checked: bool) -> None:
        if self._actions.projection.isChecked() != checked:
            self._actions.projection.trigger()

    def _on_score_kind_index_changed(self) -> None:
        kind = self.score_kind.currentData()
        self._model.apply(edits.set_score_kind(self._model.session, kind), self.tr("Change score function"))

    def _on_temperature_slider_value_changed(self, position: int) -> None:
        session = self._model.session.replace(temperature=slider_to_temperature(position))
        if self.temperature_slider.isSliderDown():
            self._model.preview(session)
        else:  # keyboard or page steps: one undo step each
            self._model.apply(session, self.tr("Change temperature"))

    def _on_temperature_value_changed(self, value: float) -> None:
        self._model.apply(self._model.session.replace(temperature=float(value)), self.tr("Change temperature"))

    def _on_causal_toggled(self, checked: bool) -> None:
        before = self._model.session
        after = edits.set_causal(before, checked)
        text = self.tr("Turn causal mask on") if checked else self.tr("Turn causal mask off")
        if self._model.apply(after, text) and not _same_weights(before, after):
            # The mask holds for hand-set weights too: say where their weight went.
            self._model.message.emit(self.tr(
                "Causal mask on: the hand-set weights on later inputs moved to the inputs "
                "each query may see."))

    def _on_override_toggled(self, checked: bool) -> None:
        head = self._model.selected_head
        self._model.apply(edits.set_override(self._model.session, checked, head=head),
                          self.tr("Set weights by hand") if checked else self.tr("Use softmax weights"))
