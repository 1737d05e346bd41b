"""The cached-bounds items (arrows, segments, grips, labels), the bars and the axes."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from qkv_gui.plotting.arrow_labels import ArrowLabel, LabelsItem
from qkv_gui.plotting.arrows import (
    HEAD_PX,
    ArrowsItem,
    CachedBoundsItem,
    SegmentsItem,
    cosmetic_pen,
)
from qkv_gui.plotting.axes import CachedAxisItem, labels_only
from qkv_gui.plotting.bars import BarsItem
from qkv_gui.plotting.plot_widget import PlainPlotWidget


def make_widget(qtbot) -> PlainPlotWidget:
    widget = PlainPlotWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.plot_item.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    QApplication.processEvents()
    return widget


def test_bounds_are_worked_out_once_per_data_and_zoom(qtbot, monkeypatch):
    widget = make_widget(qtbot)
    arrows = ArrowsItem(cosmetic_pen(QColor(0, 0, 0), 2.0))
    widget.plot_item.addItem(arrows)
    arrows.setData(np.zeros((2, 2)), np.array([[1.0, 0.0], [0.0, 1.0]]), [arrows.opts["pen"]] * 2)
    counted = []
    original = ArrowsItem._bounds_now
    monkeypatch.setattr(ArrowsItem, "_bounds_now", lambda self: (counted.append(1), original(self))[1])
    first = arrows.boundingRect()
    for _ in range(5):
        assert arrows.boundingRect() == first
    assert counted == [1]
    # Padded by the head size in pixels: the bounds cover the heads at any zoom.
    per_px = widget.plot_item.vb.viewPixelSize()[0]
    assert first.right() >= 1.0 + HEAD_PX * per_px
    widget.plot_item.setRange(xRange=(-4, 4), yRange=(-4, 4), padding=0)
    QApplication.processEvents()
    arrows.boundingRect()
    assert len(counted) >= 2  # a new zoom: worked out again
    arrows.setData(np.zeros((1, 2)), np.array([[3.0, 0.0]]), [arrows.opts["pen"]])
    assert arrows.boundingRect().right() > 3.0


def test_geometry_items_share_the_cached_bounds_base():
    for item in (ArrowsItem, SegmentsItem, LabelsItem):
        assert issubclass(item, CachedBoundsItem)
    assert CachedBoundsItem().boundingRect() == QRectF()


def test_labels_item_draws_shown_labels_only(qtbot):
    widget = make_widget(qtbot)
    arrows = ArrowsItem(cosmetic_pen(QColor(0, 0, 0), 2.0))
    widget.plot_item.addItem(arrows)
    layer = LabelsItem(arrows)
    label = layer.new_label()
    assert isinstance(label, ArrowLabel) and layer.boundingRect() == QRectF()
    label.tip, label.wanted = (1.0, 1.0), True
    label.set_html("<b>k</b>")
    layer.changed()
    assert layer.boundingRect().contains(1.0, 1.0)
    label.visible = False
    layer.changed()
    assert layer.boundingRect() == QRectF()


def test_bars_item():
    bars = BarsItem(0.6, grid_levels=(0.5, 1.0))
    brush = pg.mkBrush("b")
    bars.setData([0.2, 0.7, 0.1], [brush] * 3)
    np.testing.assert_allclose(bars.opts["height"], [0.2, 0.7, 0.1])
    np.testing.assert_allclose(bars.opts["x"], [0, 1, 2])
    assert bars.dataBounds(0) == [-0.3, 2.3]
    assert bars.dataBounds(1) == [0.0, 0.7]
    bars.set_x_range(-1.0, 3.0)
    bounds = bars.boundingRect()
    assert bounds.left() == -1.0 and bounds.right() == 3.0 and bounds.bottom() == 1.0


def test_labels_only_axis_leaves_the_plot_side_out_of_its_bounds(qtbot):
    widget = make_widget(qtbot)
    axis = widget.plot_item.getAxis("left")
    assert isinstance(axis, CachedAxisItem)
    before = axis.boundingRect()
    labels_only(axis)
    after = axis.boundingRect()
    assert axis.trim_view_side > 0 and after.right() <= before.right()
    assert axis.boundingRect() == after  # cached


def test_runs_by_object_groups_the_very_same_objects_in_first_seen_order():
    from qkv_gui.plotting.runs import runs_by_object

    a, b, c = object(), object(), object()
    items = [b, a, b, c, a, b]
    assert runs_by_object(items) == [(b, [0, 2, 5]), (a, [1, 4]), (c, [3])]
    equal_but_not_same = [[1], [1]]  # equal objects are not the same object: two runs
    assert [indices for _obj, indices in runs_by_object(equal_but_not_same)] == [[0], [1]]
    assert runs_by_object([]) == []


def test_crowded_arrows_from_the_origin_are_dots_at_their_tips(qtbot):
    """Hundreds of arrows from 0 (keys of a long sequence): each tip is a dot and the
    shafts are not drawn; without `tips_when_crowded` the shafts are."""
    angles = np.linspace(0, 2 * np.pi, 200, endpoint=False)
    tips = np.column_stack([np.cos(angles), np.sin(angles)])
    images = {}
    for as_tips in (True, False):
        widget = make_widget(qtbot)
        pen = cosmetic_pen(QColor(0, 0, 200), 2.0)
        arrows = ArrowsItem(pen, tips_when_crowded=as_tips)
        widget.plot_item.addItem(arrows)
        arrows.setData(np.zeros_like(tips), tips, [pen] * len(tips))
        QApplication.processEvents()
        assert arrows.drawn_as_tips() == as_tips
        images[as_tips] = (widget, widget.grab().toImage())

    def blue(as_tips, x, y):
        widget, image = images[as_tips]
        point = widget.plot_item.vb.mapViewToScene(pg.Point(x, y))
        ratio = widget.devicePixelRatioF()
        color = image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))
        return color.blue() - color.red() > 40

    tip, halfway = tips[10], 0.5 * (tips[10] + tips[11]) / 2  # beside two shafts' middles
    assert blue(True, *tip) and not blue(True, *(tips[10] * 0.5)) and not blue(True, *halfway)
    assert blue(False, *(tips[10] * 0.5))  # the shaft is drawn
