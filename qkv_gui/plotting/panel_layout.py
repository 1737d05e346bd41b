"""The layout the side panels share: a short intro above a scrolling body."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

PANEL_MIN_WIDTH = 300  # pixels: the narrowest a side panel (SVD, Train, …) stays readable


def intro_and_scroll(panel: QWidget, intro: str) -> tuple[QVBoxLayout, QScrollArea]:
    """Give `panel` a word-wrapped `intro` line above a body that scrolls vertically.

    Returns the body's column layout (add the panel's widgets to it) and the
    scroll area. The intro sits outside the scroll area: a word-wrapped label
    inside it would make the area size its contents by their preferred, not
    their minimum, heights.
    """
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    if intro:  # none: the panel places its words itself
        label = QLabel(intro)
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
