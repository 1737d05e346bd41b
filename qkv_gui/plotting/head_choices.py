"""One choice box per head, each labelled "head i" in the head's colour.

The Train panel picks a target per head with it; it knows nothing of training:
the choices are (data, text) pairs given by the caller.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from .colors import head_color

COMBO_MIN_WIDTH = 90  # pixels: a box may shrink to this in a narrow panel
# Up to this many heads get a row each (room for the whole target's name); more go two
# to a row, so 8 heads take 4 rows.
ONE_PER_ROW = 4


class HeadChoices(QWidget):
    """`boxes[i]`: head i's QComboBox; `changed` when the learner picks another entry.

    `single`: the widgets of the one choice a single head has (a box and its label),
    shown instead of these boxes with one head (`show_heads`).
    """

    changed = Signal()

    def __init__(self, single: tuple[QComboBox, QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single = single
        self.setVisible(False)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self.boxes: list[QComboBox] = []
        self.labels: list[QLabel] = []
        self._items: list[tuple[str, str]] = []
        self._label_text = "head {head}"

    def set_items(self, items: list[tuple[str, str]], label: str) -> None:
        """The entries (data, text) of every box, and the label with a {head} placeholder."""
        self._items, self._label_text = list(items), label
        for index, box in enumerate(self.boxes):
            for row, (_data, text) in enumerate(self._items):
                box.setItemText(row, text)
            self.labels[index].setText(label.format(head=index + 1))

    def set_count(self, count: int, defaults: list[str]) -> None:
        """`count` boxes; kept ones keep their choice, new ones start at `defaults[i]`."""
        while len(self.boxes) > count:
            for widget in (self.boxes.pop(), self.labels.pop()):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        while len(self.boxes) < count:
            index = len(self.boxes)
            label = QLabel(self._label_text.format(head=index + 1))
            label.setStyleSheet(f"color: {head_color(index).name()}; font-weight: bold;")
            box = QComboBox()
            box.setMinimumWidth(COMBO_MIN_WIDTH)
            for data, text in self._items:
                box.addItem(text, data)
            found = box.findData(defaults[index] if index < len(defaults) else None)
            box.setCurrentIndex(max(found, 0))
            box.currentIndexChanged.connect(self.changed)
            self.boxes.append(box)
            self.labels.append(label)
        columns = 1 if count <= ONE_PER_ROW else 2
        for index, (label, box) in enumerate(zip(self.labels, self.boxes, strict=True)):
            row, column = divmod(index, columns)
            self._grid.addWidget(label, row, 2 * column)  # (re)placed: the columns may change
            self._grid.addWidget(box, row, 2 * column + 1)
        for column in range(2):
            self._grid.setColumnStretch(2 * column + 1, 1 if column < columns else 0)

    def choices(self) -> tuple[str, ...]:
        return tuple(box.currentData() for box in self.boxes)

    def show_heads(self, count: int, defaults: list[str]) -> None:
        """A box per head when `count` > 1 (`set_count`), else the single choice."""
        if count > 1 and (count != len(self.boxes) or self.isHidden()):
            self.set_count(count, defaults)
        self.setVisible(count > 1)
        for widget in self.single:
            widget.setVisible(count == 1)

    def chosen(self, count: int) -> str | tuple[str, ...]:
        """The single choice with one head, else one per head."""
        if count > 1 and len(self.boxes) == count:
            return self.choices()
        return self.single[0].currentData()

    def set_choices(self, kinds) -> None:
        """Pick `kinds[i]` in box i (quietly: no `changed`)."""
        for box, kind in zip(self.boxes, kinds, strict=False):
            found = box.findData(kind)
            if found >= 0:
                box.blockSignals(True)
                box.setCurrentIndex(found)
                box.blockSignals(False)
