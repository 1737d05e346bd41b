"""A figure panel's title is drawn whole: the pixel font can come out a hair wider
than the measured width its box is centred on, and must not be clipped to it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from qkv_gui.figure import render_image
from qkv_gui.plotting.matrix_painter import TEXT, Fonts, Panel, PanelBox, Style


def ink_span(image, top: float, bottom: float) -> tuple[int, int]:
    xs = [x for x in range(image.width()) for y in range(int(top), int(bottom))
          if QColor(image.pixel(x, y)).lightness() < 128]
    return min(xs), max(xs)


def test_a_centred_title_is_not_clipped(qapp):
    title = "Context = weights · V"
    clipped = []
    for c in np.linspace(20.0, 60.0, 41):
        panel = Panel("context", title, np.zeros((2, 2)), ("a", "b"), ("1", "2"), (-1.0, 1.0))
        box = PanelBox(panel, float(c), Style(1600 / 95.0), Fonts())
        box.place(40.0, 10.0)

        def drawn(p, w, h, box=box):
            box.paint(p)

        def whole(p, w, h, box=box):  # the same text in a rectangle far too big to clip
            p.setFont(box.fonts.font(box.style.title, bold=True))
            p.setPen(TEXT)
            centre = box.cells.center().x()
            p.drawText(QRectF(centre - 400, box.title_y, 800, box.title_h), Qt.AlignmentFlag.AlignCenter, title)

        size = (int(box.x + box.width + 80), int(box.title_y + box.title_h + 2))
        bottom = box.title_y + box.title_h
        a = ink_span(render_image(drawn, *size), box.title_y, bottom)
        b = ink_span(render_image(whole, *size), box.title_y, bottom)
        # As wide as the whole text (placed as the box places it; a pixel of rounding aside).
        if abs((a[1] - a[0]) - (b[1] - b[0])) > 1:
            clipped.append((float(c), a, b))
    assert clipped == []
