"""WeightsBarView: the selected query's weights as bars; clicking a bar hovers it."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qkv_gui.core.compute import last_input_override
from qkv_gui.core.format import fmt
from qkv_gui.plotting.colors import HOVER_COLOR
from qkv_gui.widgets.weights_bar import WeightsBarView
from tests.helpers import wait_until_idle


@pytest.fixture
def bar(qtbot, model_2d):
    view = WeightsBarView(model_2d)
    qtbot.addWidget(view)
    view.resize(480, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def heights(view) -> np.ndarray:
    return np.asarray(view.bars.opts["height"], dtype=np.float64)


def brush_colors(view):
    return [brush.color() for brush in view.bars.opts["brushes"]]


def click(view, x: float, y: float) -> None:
    point = view.mapFromScene(view.plot_item.vb.mapViewToScene(QPointF(x, y)))
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            QPointF(point),
            QPointF(view.viewport().mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view.viewport(), event)


def test_heights_are_the_selected_querys_weights(bar, model_2d):
    weights = model_2d.result.weights
    np.testing.assert_allclose(heights(bar), weights[0], rtol=1e-6)
    assert heights(bar).sum() == pytest.approx(1.0, abs=1e-6)
    model_2d.select_query(3)
    np.testing.assert_allclose(heights(bar), weights[3], rtol=1e-6)
    assert not np.allclose(weights[0], weights[3])
    assert "Weights of query “down” (sum = 1)" in bar.plot_item.titleLabel.text
    # The largest bar carries its value.
    peak = int(np.argmax(weights[3]))
    assert bar.peak_label.textItem.toPlainText() == fmt(weights[3][peak])
    assert bar.peak_label.pos().x() == peak


def test_bars_follow_edits(bar, model_2d):
    inputs = np.array(model_2d.session.inputs)
    inputs[2] = [3.0, 3.0]
    model_2d.apply(model_2d.session.with_matrix("inputs", inputs), "edit")
    np.testing.assert_allclose(heights(bar), model_2d.result.weights[0], rtol=1e-6)


def test_y_range_is_fixed_to_the_unit_interval(bar, model_2d):
    assert bar.plot_item.vb.viewRange()[1] == pytest.approx([0.0, 1.0])
    model_2d.select_query(2)
    assert bar.plot_item.vb.viewRange()[1] == pytest.approx([0.0, 1.0])
    ticks = bar.plot_item.getAxis("bottom")._tickLevels[0]
    assert [label for _, label in ticks] == list(model_2d.session.labels)


def test_hovered_key_colours_its_bar(bar, model_2d):
    model_2d.set_hover(("keys", 1, 0))
    colors = brush_colors(bar)
    assert colors[1] == HOVER_COLOR
    assert sum(color == HOVER_COLOR for color in colors) == 1
    model_2d.set_hover(None)
    assert HOVER_COLOR not in brush_colors(bar)


def test_overridden_weights_say_set_by_hand(bar, model_2d):
    session = model_2d.session
    model_2d.apply(session.replace(weights_override=last_input_override(session)), "override")
    assert "(set by hand)" in bar.plot_item.titleLabel.text
    np.testing.assert_array_equal(heights(bar), [0, 0, 0, 1])
    model_2d.undo_stack.undo()
    assert "(set by hand)" not in bar.plot_item.titleLabel.text


def test_clicking_a_bar_hovers_that_weight(bar, model_2d):
    model_2d.select_query(2)
    click(bar, 1.0, 0.1)
    assert model_2d.hover == ("weights", 2, 1)
    assert model_2d.hovered_key == 1
    assert brush_colors(bar)[1] == HOVER_COLOR
    click(bar, 3.1, 0.5)  # above a short bar still picks its column
    assert model_2d.hover == ("weights", 2, 3)


def test_narrow_view_shortens_the_title(bar, qtbot, model_2d):
    bar.resize(210, 200)
    qtbot.waitUntil(lambda: bar.plot_item.titleLabel.text == "Weights of “the”")
    # The plot (axes included) still fits inside the widget.
    assert bar.plot_item.geometry().width() <= bar.viewport().width() + 1
    bar.resize(480, 300)
    qtbot.waitUntil(lambda: bar.plot_item.titleLabel.text == "Weights of query “the” (sum = 1)")


def test_closed_view_ignores_the_model(qtbot, model_2d):
    view = WeightsBarView(model_2d)
    heights = np.array(view.bars.opts["height"])
    np.testing.assert_allclose(heights, model_2d.result.weights[0])
    view.close()
    model_2d.select_query(2)
    model_2d.set_hover(("keys", 1, 0))
    inputs = np.array(model_2d.session.inputs) + 0.5
    model_2d.apply(model_2d.session.with_matrix("inputs", inputs), "edit")
    view.close()  # twice is harmless
    # Not redrawn: it stopped listening to the model when it closed.
    assert view.closed
    assert not np.allclose(model_2d.result.weights[2], heights)
    np.testing.assert_array_equal(view.bars.opts["height"], heights)


def test_bars_and_grid_are_drawn_where_the_weights_say(bar, model_2d, qtbot):
    from qkv_gui.plotting.bars import GRID_COLOR
    from qkv_gui.widgets.weights_bar import BAR_COLOR

    wait_until_idle(qtbot, bar)
    image = bar.grab().toImage()

    def pixel(x: float, y: float):
        point = bar.mapFromScene(bar.plot_item.vb.mapViewToScene(QPointF(x, y)))
        return image.pixelColor(point)

    weights = model_2d.result.weights[model_2d.selected_query]
    for j, w in enumerate(weights):
        assert pixel(j, w / 2) == BAR_COLOR  # inside the bar
        assert pixel(j, min(w + 0.05, 0.98)) != BAR_COLOR  # above it
    # Between two bars, on a grid level: the grid line (one pixel, so look ±1).
    point = bar.mapFromScene(bar.plot_item.vb.mapViewToScene(QPointF(0.5, 0.5)))
    near = {image.pixelColor(point.x(), point.y() + dy).rgb() for dy in (-1, 0, 1)}
    assert GRID_COLOR.rgb() in near


def test_token_labels_under_the_bars_never_touch(bar, qtbot, model_2d):
    """Long tokens in a narrow view: every k-th label, none overlapping; all when wide."""
    session = model_2d.session
    long_labels = tuple(f"token{i}longname" for i in range(session.n))
    model_2d.apply(session.replace(labels=long_labels), "rename")
    axis = bar.plot_item.getAxis("bottom")

    def shown() -> list[str]:
        return [label for _position, label in axis._tickLevels[0]]

    bar.resize(220, 200)
    qtbot.waitUntil(lambda: len(shown()) < session.n)
    width = bar.plot_item.vb.width() / session.n  # pixels per bar
    positions = [position for position, _label in axis._tickLevels[0]]
    stride = positions[1] - positions[0]
    longest = max(bar.fontMetrics().horizontalAdvance(label) for label in long_labels)
    assert stride * width >= longest  # neighbours shown are a label's width apart
    bar.resize(1400, 300)
    qtbot.waitUntil(lambda: shown() == list(long_labels))
