"""The layout the side panels share: a short intro above a scrolling body, and the
narrow text buttons and wrapping labels they are made of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

PANEL_MIN_WIDTH = 300  # pixels: the narrowest a side panel (SVD, Train, …) stays readable


def text_button(text: str, tip: str = "") -> QToolButton:
    """A text button only as wide as its text, so the dock can stay narrow."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def wrapping_label(rich: bool = False, color: str | None = None) -> QLabel:
    """A word-wrapped, selectable label (rich text or plain), in `color` if given."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if color:
        label.setStyleSheet(f"color: {color};")
    return label


def intro_and_scroll(panel: QWidget, intro: str | None) -> tuple[QVBoxLayout, QScrollArea]:
    """Give `panel` a word-wrapped `intro` line above a body that scrolls vertically.

    Returns the body's column layout (add the panel's widgets to it) and the
    scroll area. The intro sits outside the scroll area: a word-wrapped label
    inside it would make the area size its contents by their preferred, not
    their minimum, heights.
    """
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    if intro is not None:  # None: the panel places its words itself
        label = QLabel(intro)
        label.setObjectName("intro")  # the panel may set its words again (another language)
        label.setWordWrap(True)
        label.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(label)

    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(6, 6, 6, 6)
    column.setSpacing(6)
    scroll = QScrollArea()
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer.addWidget(scroll, 1)
    return column, scroll


def height_down_to(last: QWidget, width: int) -> int:
    """The height a panel made by `intro_and_scroll` needs at `width` to show its column
    whole from the top down to `last` (a widget in that column, at its smallest height;
    the items above at theirs): what a lesson needs of the panel in view."""
    column = last.parentWidget().layout()
    scroll = last.parentWidget().parentWidget().parentWidget()  # body → viewport → scroll area
    outer = scroll.parentWidget().layout()
    margins = column.contentsMargins()
    # The rest of the column below makes the body scroll: its bar takes from the width.
    inner = width - scroll.verticalScrollBar().sizeHint().width() - margins.left() - margins.right()
    heights = []
    for index in range(column.count()):
        item = column.itemAt(index)
        if item.isEmpty():  # hidden widgets and stretches
            continue
        heights.append(item.heightForWidth(inner) if item.hasHeightForWidth() else item.minimumSize().height())
        if item.widget() is last:
            break
    intro = outer.itemAt(0)
    above = intro.heightForWidth(width) if intro.widget() is not scroll else 0
    return above + margins.top() + margins.bottom() + sum(heights) + column.spacing() * (len(heights) - 1)
