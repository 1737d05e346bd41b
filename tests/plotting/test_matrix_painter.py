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


def test_numbers_have_the_panels_decimals_and_no_exponent(qapp):
    values = np.array([[1.0, 2.6e-24], [6.95e-11, np.nan]])  # seq2seq-like weights
    panel = Panel("weights", "Weights", values, ("a", "b"), ("1", "2"), (0.0, 1.0))
    texts, px = PanelBox(panel, 60.0, Style(12.0), Fonts()).value_texts()
    assert texts == [["1.000", "0.000"], ["0.000", "–"]]
    assert px is not None and px >= 7.0
    # Narrow cells: fewer decimals rather than tiny numbers, still one size for all.
    texts, px = PanelBox(panel, 22.0, Style(12.0), Fonts()).value_texts()
    assert texts[0] in (["1.00", "0.00"], ["1.0", "0.0"])
    # Whole numbers keep none.
    whole = Panel("scores", "Scores", np.array([[15.0, -60.0]]), ("s1",), ("a", "b"), (-100.0, 100.0))
    assert PanelBox(whole, 60.0, Style(12.0), Fonts()).value_texts()[0] == [["15", "\u221260"]]
