"""The figures' matrix painter: cells in the one value→colour rule, numbers, bar."""

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from qkv_gui.plotting import colors
from qkv_gui.plotting.matrix_painter import Fonts, Panel, PanelBox, Style, largest_fit


def test_cells_are_painted_in_their_value_colour(qapp):
    values = np.array([[2.0, 10.0], [-7.5, np.nan]])
    panel = Panel("scores", "Scores", values, ("a", "b"), ("1", "2"), (-20.0, 20.0))
    fonts, style = Fonts(), Style(12.0)
    box = PanelBox(panel, 60.0, style, fonts)
    box.place(10.0, 10.0)
    image = QImage(int(box.width) + 40, int(box.height) + 40, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    box.paint(painter)
    painter.end()
    for (row, col), value in np.ndenumerate(values):
        # Near the cell's top-left corner: away from its number and the masked stroke.
        point = box.cells.topLeft() + QPointF(col * 60.0 + 6, row * 60.0 + 6)
        colour = image.pixelColor(int(point.x()), int(point.y()))
        assert colour == colors.cell_color(value, "scores", 20.0)


def test_largest_fit_bisects():
    assert abs(largest_fit(lambda c: c <= 37.5) - 37.5) < 1e-6
    assert largest_fit(lambda c: True) == 600.0
    assert largest_fit(lambda c: False) == 2.0
