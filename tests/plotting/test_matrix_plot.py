"""The one matrix plot, on its own: arrays, labels and levels in, pixels and items out."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from qkv_gui.plotting import colors
from qkv_gui.plotting.axes import AxisStrip, label_stride
from qkv_gui.plotting.matrix_plot import MatrixPlot
from qkv_gui.plotting.trace import SOURCE_COLOR
from tests.helpers import plot_texts


def make_plot(qtbot, sequential=False, size=(360, 300), **options) -> MatrixPlot:
    plot = MatrixPlot(sequential, **options)
    qtbot.addWidget(plot)
    plot.resize(*size)
    plot.show()
    qtbot.waitExposed(plot)
    QApplication.processEvents()
    return plot


def pixel(plot: MatrixPlot, image, row: int, col: int, dx: float = -0.3, dy: float = 0.3):
    scene = plot.view_box.mapViewToScene(QPointF(col + dx, row + dy))
    pos = plot.mapFromScene(scene)
    ratio = plot.devicePixelRatioF()
    return image.pixelColor(int(pos.x() * ratio), int(pos.y() * ratio))


def tick_labels(plot: MatrixPlot, side: str) -> list[str]:
    return [label for _pos, label in plot.plot_item.getAxis(side)._tickLevels[0]]


VALUES = np.array([[2.0, 4.0, -4.0], [4.0, 16.0, 12.0], [-4.0, 12.0, 10.0]])


def test_cells_numbers_labels_and_title(qtbot):
    plot = make_plot(qtbot, title_size="10pt", color_bar=True)
    plot.set_matrix(VALUES, (-20.0, 20.0))
    plot.set_labels(("a", "b", "c"), ("1", "2", "3"))
    plot.set_title("Scores <raw>")
    QApplication.processEvents()
    np.testing.assert_array_equal(plot.displayed_matrix(), VALUES)
    assert plot.annotation_texts() == plot_texts(VALUES)
    assert plot.levels() == (-20.0, 20.0) and plot.color_bar.levels() == (-20.0, 20.0)
    assert tick_labels(plot, "left") == ["a", "b", "c"]
    assert tick_labels(plot, "top") == ["1", "2", "3"]
    assert plot.title() == "Scores <raw>" and "&lt;raw&gt;" in plot.title_label.text
    assert plot.view_box.viewRange()[0] == pytest.approx([-0.5, 2.5])
    image = plot.grab().toImage()
    for (row, col), value in np.ndenumerate(VALUES):
        assert pixel(plot, image, row, col) == colors.cell_color(value, "scores", 20.0)


def test_masked_cells_show_the_hatched_background(qtbot):
    plot = make_plot(qtbot)
    values = VALUES.copy()
    values[0, 2] = np.nan
    plot.set_matrix(values, (-20.0, 20.0))
    QApplication.processEvents()
    assert plot.background.isVisible()
    colour = pixel(plot, plot.grab().toImage(), 0, 2, 0.3, -0.3)
    assert colour.red() == colour.green() == colour.blue() and 170 <= colour.red() <= 240
    plot.set_matrix(VALUES, (-20.0, 20.0))
    assert not plot.background.isVisible()


def test_a_changed_number_repaints_only_its_block_and_no_change_nothing(qtbot, monkeypatch):
    plot = make_plot(qtbot)
    plot.set_matrix(VALUES, (-20.0, 20.0))
    calls = []
    original = plot.image_item.set_matrix
    monkeypatch.setattr(
        plot.image_item, "set_matrix", lambda data, levels, dirty=None, masked=None: (
            calls.append(dirty), original(data, levels, dirty=dirty, masked=masked))
    )
    plot.set_matrix(VALUES.copy(), (-20.0, 20.0))
    assert calls == []  # the same numbers: nothing to do
    edited = VALUES.copy()
    edited[1, 2] = 11.0
    plot.set_matrix(edited, (-20.0, 20.0))
    assert calls == [QRectF(2, 1, 1, 1)]
    assert plot.annotation_texts()[5] == "11"
    plot.set_matrix(edited, (-40.0, 40.0))  # new levels: every colour changes
    assert calls[-1] is None


def test_labels_thin_out_when_they_would_overlap(qtbot):
    plot = make_plot(qtbot, size=(300, 260))
    labels = tuple(f"token{i}" for i in range(60))
    plot.set_matrix(np.zeros((60, 60)), (-1.0, 1.0))
    plot.set_labels(labels, labels)
    QApplication.processEvents()
    left = tick_labels(plot, "left")
    assert left[0] == "token0" and 2 <= len(left) < 60
    stride = int(left[1].removeprefix("token"))
    assert left == [labels[i] for i in range(0, 60, stride)]
    assert not plot.annotations_visible()  # 3600 cells: colour only
    assert label_stride(10, 0.0, 20.0) == 1 and label_stride(10, 100.0, 25.0) == 3


def test_empty_separator_outlines_and_trace(qtbot):
    plot = make_plot(qtbot, sides=(), title_size=None)
    plot.set_matrix(VALUES, (-20.0, 20.0))
    plot.set_separator(0)
    outline = plot.add_outline(colors.SELECTION_COLOR, 3.0, 21)
    plot.show_outline(outline, plot.row_rect(1))
    assert outline.isVisible() and outline.rect() == QRectF(-0.5, 0.5, 3, 1)
    assert plot.row_rect(3) is None and plot.col_rect(2) == QRectF(1.5, -0.5, 1, 3)
    plot.set_trace((0, 0), [(2, 1)])
    assert plot.trace_item.cells() == ((0, 0), [(2, 1)])
    QApplication.processEvents()
    source = pixel(plot, plot.grab().toImage(), 2, 1, 0.0, 0.0)
    assert source.red() > source.green() + 60  # tinted magenta
    assert abs(source.blue() - SOURCE_COLOR.blue()) < 80
    plot.set_empty()
    assert plot.displayed_matrix() is None and not plot.text_item.isVisible()
    plot.set_matrix(VALUES, (-20.0, 20.0))
    assert plot.displayed_matrix() is not None and plot.text_item.isVisible()


def test_cell_at_maps_scene_positions_to_cells(qtbot):
    plot = make_plot(qtbot)
    plot.set_matrix(VALUES, (-20.0, 20.0))
    QApplication.processEvents()
    inside = plot.view_box.mapViewToScene(QPointF(2.3, 0.9))
    assert plot.cell_at(inside) == (1, 2)
    assert plot.cell_at(QPointF(-50.0, -50.0)) is None


def test_axis_strip_labels(qtbot):
    strip = AxisStrip("left", "scores")
    qtbot.addWidget(strip)
    strip.set_labels(("x1", "x2"))
    assert strip.labels() == ("x1", "x2")
    assert [label for _pos, label in strip.axis._tickLevels[0]] == ["x1", "x2"]


def test_a_matrix_with_more_cells_than_pixels_renders_every_kth_cell(qtbot):
    """512 × 512 in a small view: the image holds one pixel per device pixel's worth of
    cells, each the colour of the cell it stands for; a larger view renders them all."""
    rng = np.random.default_rng(0)
    values = rng.normal(size=(512, 512))
    plot = make_plot(qtbot, size=(300, 260))
    plot.set_matrix(values, (-3.0, 3.0))
    plot.grab()  # paints
    item = plot.image_item
    row_step, col_step = item._rendered_stride
    assert row_step >= 2 and col_step >= 2
    image = item.qimage
    assert (image.height(), image.width()) == (-(-512 // row_step), -(-512 // col_step))
    lut = colors.DIVERGING_LUT
    for r, c in ((0, 0), (3, 7), (image.height() - 1, image.width() - 1)):
        expected = lut[colors.color_index(values[r * row_step, c * col_step], False, 3.0)]
        got = image.pixelColor(c, r)
        assert (got.red(), got.green(), got.blue()) == tuple(int(v) for v in expected[:3])
    # Where the screen shows every cell, every cell is rendered.
    plot.resize(1400, 1400)
    QApplication.processEvents()
    plot.grab()
    assert item._rendered_stride == (1, 1) and item.qimage.width() == 512
