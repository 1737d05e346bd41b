"""The explain panel: how the hovered (or last hovered) number was computed.

When a formula wraps, the panel says how tall it wants to be to show all of
its text (`heightWanted`, up to a share of the screen) and its dock grows if
the window has room; else the text scrolls. The panel's own minimum stays
small, so a long formula never makes the window larger than the screen.
"""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6.QtCore import QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from ..core.explain import Explanation, explain
from ..core.format import exact
from ..core.matrices import EXPLAINED_NAMES, RESULT_NAMES
from ..i18n import formula_words, is_language_change, translated_text
from ..model import AttentionModel, Change

# Session fields no explanation shows: a change of only these leaves it as it is.
_UNSHOWN_FIELDS = frozenset({"meta"})
# The text view asks for the height of its text up to this (pixels, and a
# sixth of the screen, so a small screen keeps room for the plots), then scrolls.
MIN_BODY_HEIGHT = 48
MAX_BODY_HEIGHT = 180
MAX_SCREEN_SHARE = 1 / 6


def translated_note(msg_id: str, params: dict) -> str:
    """A core note in the user's language (the English template is the source text)."""
    return translated_text("explain", msg_id, **params)


def explanation_html(explanation: Explanation) -> str:
    """Equation steps one per line, left side bold, the value highlighted; notes below."""
    lines = []
    for step in explanation.steps:
        parts = [html.escape(p) for p in step if p]
        if len(parts) > 1:
            parts[0] = f"<b>{parts[0]}</b>"
            parts[-1] = f"<span style='color:#b15900; font-weight:600'>{parts[-1]}</span>"
        lines.append(" = ".join(parts))
    equation = "<br>".join(lines)
    notes = "".join(
        f"<li>{html.escape(translated_note(n.msg_id, dict(n.params)))}</li>" for n in explanation.notes
    )
    return (
        f"<div style='font-family: DejaVu Sans Mono, monospace; font-size: 12pt'>{equation}</div>"
        f"<ul style='margin-top:4px; margin-left:-20px; color:#444'>{notes}</ul>"
    )


class ExplainPanel(QWidget):
    """Shows `core.explain()` for the cell under the mouse, live while dragging.

    When the mouse leaves every plot the last explained cell stays, so the
    learner can read it; before any hover it explains the selected query's
    largest weight.

    Signals:
        heightWanted(int): the height that shows all of the text changed.
    """

    heightWanted = Signal(int)

    def __init__(self, model: AttentionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._cell: tuple[str, int, int] | None = None
        self.title = QLabel()
        self.title.setStyleSheet("color: #555;")
        # A read-only text view, not a QLabel: a label with a new rich text asks
        # the window to lay out every dock again and lays its text out twice,
        # on every drag step. The view lays it out once, keeps its size, can be
        # selected and copied, and scrolls when the panel is short.
        self.body = QTextEdit()
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body.setMinimumHeight(MIN_BODY_HEIGHT)
        self.body.document().setDocumentMargin(0)
        # Only when the text's height changes (a line more or less), not per drag step.
        self.body.document().documentLayout().documentSizeChanged.connect(
            self._on_document_size_changed
        )
        palette = self.body.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.body.setPalette(palette)
        self._html = ""
        self._body_height = MIN_BODY_HEIGHT  # what the text needs (capped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        model.changed.connect(self._on_model_changed)
        model.hoverChanged.connect(self._on_model_hover_changed)
        model.selectionChanged.connect(self._on_model_selection_changed)
        self._refresh()

    @property
    def cell(self) -> tuple[str, int, int] | None:
        """The result cell currently explained (matrix, row, col), 0-based."""
        return self._cell

    def text(self) -> str:
        """The explanation shown, as the HTML given to the view."""
        return self._html

    def wanted_height(self) -> int:
        """The panel's height that shows all of its text (at most a share of the screen)."""
        margins = self.layout().contentsMargins()
        return (margins.top() + self.title.sizeHint().height() + self.layout().spacing()
                + self._body_height + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.wanted_height())

    def _on_document_size_changed(self, size: QSizeF) -> None:
        # Once per new line count or width, not per drag step: the height is the same.
        screen = self.screen()
        cap = MAX_BODY_HEIGHT
        if screen is not None:
            cap = min(cap, max(MIN_BODY_HEIGHT, int(screen.availableGeometry().height() * MAX_SCREEN_SHARE)))
        height = min(max(math.ceil(size.height()) + 2 * self.body.frameWidth(), MIN_BODY_HEIGHT), cap)
        if height != self._body_height:
            self._body_height = height
            self.updateGeometry()
            self.heightWanted.emit(self.wanted_height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event):
            self._refresh()
        super().changeEvent(event)

    def _on_model_hover_changed(self) -> None:
        hover = self._model.hover
        if hover is not None and hover[0] in EXPLAINED_NAMES:
            self._cell = hover
            self._refresh()

    def _on_model_selection_changed(self) -> None:
        if self._cell is None or self._cell[0] not in EXPLAINED_NAMES:
            self._refresh()

    def _on_model_changed(self, change: Change) -> None:
        if change.matrices or change.shapes or change.fields - _UNSHOWN_FIELDS:
            self._refresh()

    def _default_cell(self) -> tuple[str, int, int]:
        row = self._model.selected_query
        return ("weights", row, int(np.argmax(self._model.result.weights[row])))

    def _refresh(self) -> None:
        result = self._model.result
        cell = self._cell
        if cell is not None:
            shape = result.matrix(cell[0]).shape
            if cell[1] >= shape[0] or cell[2] >= shape[1]:
                cell = self._cell = None
        if cell is None:
            cell = self._default_cell()
            title = self.tr("Hover any number in a plot to see how it was computed.")
        else:
            title = self.tr("How this number was computed:")
        if title != self.title.text():
            self.title.setText(title)
        if cell[0] in RESULT_NAMES:  # the selected head's
            explanation = explain(self._model.head_session, result, *cell, words=formula_words())
        else:  # the concat and the output: every head, and W_O
            explanation = explain(self._model.session, self._model.full_result, *cell, words=formula_words())
        text = explanation_html(explanation)
        if text != self._html:
            self._html = text
            self.body.setHtml(text)
        tip = exact(explanation.value)
        if tip != self.body.toolTip():
            self.body.setToolTip(tip)
