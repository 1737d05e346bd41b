"""A boxed multiple-choice question: radio buttons with wrapping texts, and a hint line.

Knows nothing of lessons: it shows a question and choices it is given, says
which one the learner picked (`chosen`) and shows the answer it is told.
Keyboard: Tab reaches the choices, the arrow keys move between them.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLabel, QRadioButton, QVBoxLayout


class _ChoiceLabel(QLabel):
    """The wrapping text of a choice: clicking it picks the choice (a radio button's
    own text never wraps, so a narrow panel would cut it off)."""

    def __init__(self, button: QRadioButton):
        super().__init__()
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._button.isEnabled():
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class ChoiceBox(QFrame):
    """`title` in bold, a rich-text question, one radio button per choice, a hint.

    Public: `question_label`, `buttons`, `labels` (the choices shown first), `hint_label`;
    `set_question(html, choices)`, `set_answer(index or None)`, `set_locked(bool)`,
    `set_hint(text)`. Signal `chosen(int)`: the learner picked a choice.
    """

    chosen = Signal(int)

    def __init__(self, title: str, color: str, background: str, hint_color: str):
        super().__init__()
        self.setObjectName("choiceBox")
        self.setStyleSheet(
            f"#choiceBox {{ background: {background}; border: 2px solid {color};"
            " border-radius: 6px; }"
        )
        self.heading_label = heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.RichText)
        self.question_label.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.chosen)
        self.buttons: list[QRadioButton] = []
        self.labels: list[QLabel] = []
        self._count = 0
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {hint_color};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        layout.addWidget(heading)
        layout.addWidget(self.question_label)
        layout.addLayout(self._grid)
        layout.addWidget(self.hint_label)

    def set_title(self, title: str) -> None:
        self.heading_label.setText(title)

    def set_question(self, question_html: str, choices: list[str]) -> None:
        """Show the question and its choices (buttons are made once and reused)."""
        self.question_label.setText(question_html)
        while len(self.buttons) < len(choices):
            index = len(self.buttons)
            button = QRadioButton()
            label = _ChoiceLabel(button)
            self._group.addButton(button, index)
            self._grid.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, index, 1)
            self.buttons.append(button)
            self.labels.append(label)
        self._count = len(choices)
        for index, (button, label) in enumerate(zip(self.buttons, self.labels, strict=True)):
            shown = index < len(choices)
            button.setVisible(shown)
            label.setVisible(shown)
            if shown:
                label.setText(choices[index])
                button.setAccessibleName(choices[index])

    def set_answer(self, index: int | None) -> None:
        """Tick choice `index`, or none (without emitting `chosen`)."""
        with QSignalBlocker(self._group):
            self._group.setExclusive(False)  # an exclusive group cannot untick its last button
            for number, button in enumerate(self.buttons):
                button.setChecked(number == index)
            self._group.setExclusive(True)

    def set_locked(self, locked: bool) -> None:
        """Locked: the answer stays as it is (the choices are disabled)."""
        for button in self.buttons:
            button.setEnabled(not locked)

    def set_hint(self, text: str) -> None:
        self.hint_label.setText(text)
