"""HeatmapView: model → view (data, labels, levels, outlines) and view → model (hover, click)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qkv_gui.core import edits
from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.format import exact
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.plotting import colors
from qkv_gui.plotting.cell_text import DARK_TEXT, LIGHT_TEXT, MASKED_TEXT, text_shades
from qkv_gui.plotting.trace import SOURCE_COLOR, TARGET_COLOR
from qkv_gui.widgets.heatmap import HeatmapView
from tests.helpers import plot_texts, wait_until_idle

QUERY_ROWS = ("queries", "scores", "weights", "context")


def make_view(qtbot, model, name, size=(420, 320)) -> HeatmapView:
    view = HeatmapView(model, name)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    wait_until_idle(qtbot, view)
    return view


def make_views(qtbot, model, size=(420, 320)) -> dict[str, HeatmapView]:
    return {name: make_view(qtbot, model, name, size) for name in RESULT_MATRICES}


def cell_pos(view: HeatmapView, row: int, col: int, dx: float = 0.0, dy: float = 0.0):
    """Viewport position of a point in cell (row, col) (offset in cell units from its centre)."""
    scene = view.view_box.mapViewToScene(QPointF(col + dx, row + dy))
    return view.mapFromScene(scene)


def send_mouse(view: HeatmapView, kind, pos, button=Qt.MouseButton.NoButton, buttons=None) -> None:
    viewport = view.viewport()
    buttons = Qt.MouseButton.NoButton if buttons is None else buttons
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def click(view: HeatmapView, row: int, col: int) -> None:
    pos = cell_pos(view, row, col)
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, pos, left, left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)


def tick_labels(view: HeatmapView, side: str) -> list[str]:
    # The labels really handed to the axis (major level), not our own bookkeeping.
    return [label for _pos, label in view.plot_item.getAxis(side)._tickLevels[0]]


@pytest.fixture
def big_session() -> Session:
    rng = np.random.default_rng(0)
    return Session(inputs=rng.normal(size=(64, 4)))


# -- model → view -------------------------------------------------------------


def test_each_view_shows_its_result_matrix_and_token_labels(qtbot, model, self_session):
    views = make_views(qtbot, model)
    expected = compute(self_session)
    for name, view in views.items():
        shown = view.displayed_matrix()
        assert shown.dtype == np.float64 and shown.flags.c_contiguous
        np.testing.assert_array_equal(shown, expected.matrix(name))  # exactly the numbers
        assert view.annotation_texts() == plot_texts(expected.matrix(name))
    for name in ("queries", "scores", "weights", "context"):
        assert tick_labels(views[name], "left") == ["x1", "x2", "x3"]
    for name in ("keys", "values"):
        assert tick_labels(views[name], "left") == ["x1", "x2", "x3"]
    for name in ("scores", "weights"):
        assert tick_labels(views[name], "top") == ["x1", "x2", "x3"]
    for name in ("queries", "keys", "values", "context"):
        assert tick_labels(views[name], "top") == ["1", "2", "3"]  # d_k = d_v = 3
    assert not views["scores"].plot_item.getAxis("bottom").isVisible()
    assert views["weights"].title() == "Weights = softmax(scores)"
    # T appears in the title exactly when it is not 1, though T is no layout setting.
    model.apply(self_session.replace(temperature=2.0), "T")
    assert views["weights"].title() == "Weights = softmax(scores / T)"
    model.undo_stack.undo()
    assert views["weights"].title() == "Weights = softmax(scores)"


def test_views_follow_an_edited_session_with_the_same_items(qtbot, model, self_session):
    views = make_views(qtbot, model)
    images = {name: view.image_item for name, view in views.items()}
    item_counts = {name: len(view.view_box.addedItems) for name, view in views.items()}

    edited = self_session.with_cell("inputs", 0, 0, 3.5).with_cell("w_v", 2, 1, -2.0)
    assert model.apply(edited, "edit")
    expected = compute(edited)
    for name, view in views.items():
        np.testing.assert_allclose(view.displayed_matrix(), expected.matrix(name), rtol=1e-6)
        assert view.image_item is images[name]
        assert len(view.view_box.addedItems) == item_counts[name]

    grown = edits.add_input(edited, row=np.array([1.0, -1.0, 0.5, 2.0]), label="new")
    assert model.apply(grown, "add input")
    expected = compute(grown)
    for name, view in views.items():
        np.testing.assert_allclose(view.displayed_matrix(), expected.matrix(name), rtol=1e-6)
        assert view.image_item is images[name]
    assert tick_labels(views["weights"], "top") == ["x1", "x2", "x3", "new"]
    assert tick_labels(views["keys"], "left") == ["x1", "x2", "x3", "new"]
    assert views["scores"].view_box.viewRange()[1] == pytest.approx([-0.5, 3.5])


def test_seq2seq_labels_and_titles(qtbot, seq2seq_session):
    model = AttentionModel(seq2seq_session)
    views = make_views(qtbot, model)
    assert tick_labels(views["scores"], "left") == ["s1"]
    assert tick_labels(views["scores"], "top") == ["h1", "h2", "h3", "h4"]
    assert tick_labels(views["keys"], "left") == ["h1", "h2", "h3", "h4"]
    assert views["keys"].title() == "Keys K = H"
    assert views["queries"].title() == "Queries Q = S"
    np.testing.assert_allclose(
        views["context"].displayed_matrix(), compute(seq2seq_session).context, rtol=1e-6
    )


def test_title_is_set_only_when_its_text_changes(qtbot, model, self_session):
    view = make_view(qtbot, model, "scores")
    calls = []
    original = view.title_label.setText
    view.title_label.setText = lambda text, **kw: (calls.append(text), original(text, **kw))
    model.apply(self_session.with_cell("inputs", 0, 0, 2.0), "edit")
    assert calls == []
    model.apply(edits.set_score_kind(model.session, "scaled_dot"), "kind")
    assert calls == ["Scores = Q·Kᵀ / √d_k"]


def test_annotation_text_colour_matches_the_cell_colour(qtbot, model):
    for name in ("scores", "weights", "values"):
        view = make_view(qtbot, model, name)
        values = model.result.matrix(name)
        low, high = view.levels()
        shades = text_shades(values, colors.is_sequential(name), (low, high))
        for (row, col), shade in np.ndenumerate(shades):
            background = colors.cell_color(values[row, col], name, high)
            wanted = colors.text_color_on(background)
            assert (shade == DARK_TEXT) == (wanted.lightness() < 128)
    # 16 is the deepest red of the scores: light text on it.
    assert text_shades(model.result.scores, False, (-20.0, 20.0))[1, 1] == LIGHT_TEXT


# -- levels --------------------------------------------------------------------


def test_weights_levels_are_fixed(qtbot, model, self_session):
    view = make_view(qtbot, model, "weights")
    assert view.levels() == (0.0, 1.0)
    model.apply(self_session.replace(temperature=20.0), "temperature")
    assert view.levels() == (0.0, 1.0)
    assert view.image_item.levels.tolist() == [0.0, 1.0]


def test_diverging_levels_are_symmetric_and_track_the_data(qtbot, model, self_session):
    view = make_view(qtbot, model, "scores")
    low, high = view.levels()
    assert low == -high and high >= np.nanmax(np.abs(model.result.scores))
    assert high == 20.0  # max 16, with headroom, on a nice number
    assert view.image_item.levels.tolist() == [low, high]
    assert view.color_bar.levels() == (low, high)

    # A small change keeps the colours where they are.
    model.apply(self_session.with_cell("inputs", 1, 1, 2.1), "nudge")
    assert view.levels() == (-20.0, 20.0)

    # A bigger value grows the range at once: nothing is ever clipped.
    model.apply(self_session.replace(inputs=self_session.inputs * 2), "double")
    largest = np.nanmax(np.abs(model.result.scores))
    assert largest == 64.0
    low, high = view.levels()
    assert low == -high and high >= largest
    assert view.image_item.levels.tolist() == [low, high]
    assert view.color_bar.levels() == (low, high)

    # Much smaller data: the range shrinks lazily, to a nice number.
    model.apply(self_session.replace(inputs=self_session.inputs * 0.1), "shrink")
    assert view.levels() == (-0.2, 0.2)  # max 0.16


# -- linked highlighting ---------------------------------------------------------


def test_selected_query_outlines_its_row_in_query_views(qtbot, model):
    views = make_views(qtbot, model)
    model.select_query(1)
    for name in QUERY_ROWS:
        assert views[name].highlighted_rows().get("selection") == 1
    for name in ("keys", "values"):
        assert "selection" not in views[name].highlighted_rows()
    model.select_query(2)
    assert views["weights"].highlighted_rows()["selection"] == 2


def test_hovered_key_outlines_its_column_and_row(qtbot, model):
    views = make_views(qtbot, model)
    model.set_hover(("keys", 2, 0))
    for name in ("scores", "weights"):
        assert views[name].highlighted_cols() == {"hover": 2}
    for name in ("keys", "values"):
        assert views[name].highlighted_rows()["hover"] == 2
    for name in ("queries", "context"):
        assert views[name].highlighted_cols() == {}
        assert "hover" not in views[name].highlighted_rows()
    assert views["keys"].highlighted_cell() == (2, 0)
    assert views["values"].highlighted_cell() is None

    model.set_hover(None)
    for view in views.values():
        assert view.highlighted_cols() == {} and "hover" not in view.highlighted_rows()
        assert view.highlighted_cell() is None


def test_hovering_a_score_outlines_its_query_row_and_key_row(qtbot, model):
    views = make_views(qtbot, model)
    model.set_hover(("scores", 2, 1))
    assert views["queries"].highlighted_block() == (2, 0, 2, 2)
    assert views["queries"].highlighted_rows()["hover"] == 2
    assert views["keys"].highlighted_block() == (1, 0, 1, 2)
    # Not the values nor the weights: the score does not use them.
    for name in ("values", "weights", "context"):
        assert views[name].highlighted_block() is None, name
    assert views["scores"].highlighted_cell() == (2, 1)


def test_hovering_a_weight_outlines_its_score_row(qtbot, model):
    views = make_views(qtbot, model)
    model.set_hover(("weights", 1, 2))
    assert views["scores"].highlighted_block() == (1, 0, 1, 2)
    for name in ("queries", "keys", "values", "weights", "context"):
        assert views[name].highlighted_block() is None, name


def test_hovering_a_context_cell_outlines_its_weights_row_and_value_column(qtbot, model):
    views = make_views(qtbot, model)
    model.set_hover(("context", 0, 2))
    assert views["weights"].highlighted_rows()["hover"] == 0
    assert views["values"].highlighted_cols() == {"hover": 2}
    assert views["values"].highlighted_block() == (0, 2, 2, 2)
    for name in ("queries", "keys", "scores"):
        assert views[name].highlighted_block() is None, name


def test_a_cell_tooltip_gives_the_exact_value(qtbot, seq2seq_session):
    model = AttentionModel(seq2seq_session)
    view = make_view(qtbot, model, "weights")
    tiny = model.result.weights[0, 0]
    assert 0 < tiny < 1e-15
    send_mouse(view, QEvent.Type.MouseMove, cell_pos(view, 0, 0))
    assert view.annotation_texts()[0] == "0.000"
    assert view.text_item.toolTip() == f"s1, h1: {exact(tiny)}"
    assert "×10⁻" in view.text_item.toolTip()
    send_mouse(view, QEvent.Type.MouseMove, cell_pos(view, 0, 1))
    assert view.text_item.toolTip().startswith("s1, h2: 1")


def test_numbers_and_colours_hold_during_a_drag(qtbot, model, self_session):
    view = make_view(qtbot, model, "queries")
    assert view.annotation_texts()[:3] == ["1", "0", "2"]  # whole numbers: no decimals
    start_limit = view.levels()[1]
    model.begin_gesture()
    model.preview(self_session.with_cell("inputs", 0, 0, 1.25))
    held = view.text_item.decimals
    assert held == 2
    # A step back onto whole numbers keeps the decimals (no flicker between 2 and 2.00)...
    model.preview(self_session.with_cell("inputs", 0, 0, 2.0))
    assert view.text_item.decimals == held
    # ...and a much smaller maximum keeps the colour range.
    model.preview(self_session.replace(inputs=self_session.inputs * 0.1))
    assert view.levels()[1] == start_limit
    model.end_gesture("drag")
    # After the drag the next change settles both.
    model.apply(self_session.replace(inputs=self_session.inputs * 0.3), "smaller")
    assert view.levels()[1] < start_limit
    assert view.text_item.decimals == 1


def test_colour_bar_is_labelled_at_its_nice_ends(qtbot, model):
    view = make_view(qtbot, model, "scores")
    low, high = view.levels()
    labels = [label for _pos, label in view.color_bar.axis._tickLevels[0]]
    assert labels == [exact(low, 4), "0", exact(high, 4)]


def test_linked_views_keep_their_rows_on_a_shape_change(qtbot, model, self_session):
    scores = make_view(qtbot, model, "scores")
    weights = make_view(qtbot, model, "weights")
    weights.view_box.setYLink(scores.view_box)
    model.apply(edits.add_input(self_session), "add")
    wait_until_idle(qtbot, weights)
    for view in (scores, weights):
        assert view.view_box.viewRange()[1] == pytest.approx([-0.5, 3.5])
        assert view.view_box.viewRange()[0] == pytest.approx([-0.5, 3.5])
    np.testing.assert_allclose(weights.displayed_matrix(), model.result.weights, rtol=1e-6)


# -- view → model ------------------------------------------------------------------


def test_click_on_a_weights_row_selects_that_query(qtbot, model):
    view = make_view(qtbot, model, "weights")
    assert model.selected_query == 0
    click(view, 2, 1)
    assert model.selected_query == 2
    assert view.highlighted_rows()["selection"] == 2


def test_click_on_keys_sets_the_hovered_key_only(qtbot, model):
    view = make_view(qtbot, model, "keys")
    click(view, 1, 2)
    assert model.selected_query == 0
    assert model.hover == ("keys", 1, 2)
    assert model.hovered_key == 1


def test_mouse_move_hovers_a_scores_cell_and_leaving_clears_it(qtbot, model):
    view = make_view(qtbot, model, "scores")
    send_mouse(view, QEvent.Type.MouseMove, cell_pos(view, 1, 2, dx=0.3, dy=-0.3))
    assert model.hover == ("scores", 1, 2)
    assert model.hovered_key == 2
    assert view.highlighted_cell() == (1, 2)
    send_mouse(view, QEvent.Type.MouseMove, cell_pos(view, 0, 0))
    assert model.hover == ("scores", 0, 0)
    QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))
    assert model.hover is None


def test_leaving_does_not_clear_another_views_hover(qtbot, model):
    view = make_view(qtbot, model, "scores")
    model.set_hover(("keys", 1, 0))
    QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))
    assert model.hover == ("keys", 1, 0)


# -- annotations and masking ---------------------------------------------------------


def test_annotations_visible_for_a_small_matrix(qtbot, model):
    view = make_view(qtbot, model, "weights")
    assert view.annotations_visible()
    view.set_annotations(False)
    assert not view.annotations_visible()
    view.set_annotations(None)
    assert view.annotations_visible()


def test_annotations_hidden_automatically_for_64_by_64(qtbot, big_session):
    model = AttentionModel(big_session)
    scores = make_view(qtbot, model, "scores", size=(600, 500))
    weights = make_view(qtbot, model, "weights", size=(600, 500))
    assert scores.displayed_matrix().shape == (64, 64)
    assert not scores.annotations_visible()
    assert not weights.annotations_visible()
    # 64 token labels don't fit: every k-th one is shown, starting at the first.
    left = tick_labels(scores, "left")
    assert left[0] == "x1" and 4 <= len(left) < 64
    stride = int(left[1][1:]) - 1
    assert left == [f"x{i + 1}" for i in range(0, 64, stride)]
    assert scores.row_labels() == big_session.labels
    # Still painted without error, and the data are all there.
    assert not scores.grab().isNull()
    np.testing.assert_allclose(scores.displayed_matrix(), model.result.scores, rtol=1e-5)


def test_masked_scores_are_shown_as_masked(qtbot, self_session):
    causal = self_session.replace(causal=True)
    model = AttentionModel(causal)
    view = make_view(qtbot, model, "scores")
    shown = view.displayed_matrix()
    assert np.isnan(shown[0, 1]) and np.isnan(shown[0, 2]) and np.isnan(shown[1, 2])
    assert not np.isnan(shown[np.tril_indices(3)]).any()
    texts = view.annotation_texts()
    assert texts[1] == "–" and texts[2] == "–" and texts[5] == "–"
    assert text_shades(model.result.scores, False, view.levels())[0, 1] == MASKED_TEXT
    low, high = view.levels()
    assert np.isfinite([low, high]).all() and high >= 12

    # What is painted in a masked cell is neutral light grey (hatched), not a data colour.
    image = view.grab().toImage()
    ratio = view.devicePixelRatioF()
    greys = []
    for dx, dy in ((-0.3, -0.3), (0.3, 0.3), (-0.3, 0.3), (0.3, -0.3)):
        pos = cell_pos(view, 0, 2, dx, dy)
        color = image.pixelColor(int(pos.x() * ratio), int(pos.y() * ratio))
        greys.append((color.red(), color.green(), color.blue()))
    for r, g, b in greys:
        assert r == g == b and 170 <= r <= 240

    # Switching the mask off brings the numbers back.
    model.apply(causal.replace(causal=False), "no mask")
    assert not np.isnan(view.displayed_matrix()).any()
    assert "–" not in view.annotation_texts()


def test_an_edit_repaints_the_numbers_but_not_the_axes(qtbot, model, self_session, monkeypatch):
    """The axes draw nothing beside the image, so an edit inside it leaves them alone."""
    view = make_view(qtbot, model, "queries")
    wait_until_idle(qtbot, view, repaint=True)  # nothing from the first paints still to come
    painted = []
    for side in ("left", "top"):
        axis = view.plot_item.getAxis(side)
        monkeypatch.setattr(axis, "paint", lambda *a, s=side: painted.append(s))
    text_paint = view.text_item.paint
    monkeypatch.setattr(view.text_item, "paint", lambda *a: (painted.append("text"), text_paint(*a)))
    model.apply(self_session.with_cell("inputs", 0, 0, self_session.inputs[0, 0] + 0.5), "edit")
    qtbot.waitUntil(lambda: "text" in painted)
    wait_until_idle(qtbot, view)
    assert painted.count("left") == 0 and painted.count("top") == 0
    queries = compute(model.session).queries
    assert view.text_item.texts[: queries.shape[1]] == plot_texts(queries)[: queries.shape[1]]


@pytest.mark.parametrize("name", ["scores", "weights"])
def test_each_cell_is_painted_in_its_value_colour(qtbot, model, name):
    """The one value→colour rule (`colors.cell_color`, as in the tables and figures)."""
    view = make_view(qtbot, model, name)
    values = model.result.matrix(name)
    _low, high = view.levels()
    image = view.grab().toImage()
    ratio = view.devicePixelRatioF()
    for row in range(values.shape[0]):
        for col in range(values.shape[1]):
            # Near the cell's corner: away from its number and from any outline.
            pos = cell_pos(view, row, col, -0.3, 0.3)
            color = image.pixelColor(int(pos.x() * ratio), int(pos.y() * ratio))
            assert color == colors.cell_color(values[row, col], name, high)


def test_the_model_trace_is_drawn_on_its_cells(qtbot, model):
    """The step-through trace: the target cell framed dark, the sources tinted magenta."""
    view = make_view(qtbot, model, "scores")
    model.set_trace(("scores", 0, 1), [("scores", 2, 0), ("queries", 0, 0)])
    assert view.trace_item.cells() == ((0, 1), [(2, 0)])
    qtbot.waitUntil(lambda: view.trace_item.isVisible())
    image = view.grab().toImage()
    ratio = view.devicePixelRatioF()

    def pixels(row, col):
        rect = view.mapFromScene(view.view_box.mapViewToScene(view.cell_rect(row, col)))
        box = rect.boundingRect()
        return [
            image.pixelColor(int(x * ratio), int(y * ratio))
            for x in range(box.left() + 1, box.right())
            for y in range(box.top() + 1, box.bottom())
        ]

    def magenta(color) -> bool:
        return (
            abs(color.red() - SOURCE_COLOR.red()) < 40
            and color.green() < 60
            and abs(color.blue() - SOURCE_COLOR.blue()) < 50
        )

    assert sum(magenta(c) for c in pixels(2, 0)) > 0.05 * len(pixels(2, 0))
    assert not any(magenta(c) for c in pixels(1, 0))
    assert any(c == TARGET_COLOR for c in pixels(0, 1))
    assert not any(c == TARGET_COLOR for c in pixels(1, 1))
    # Cleared: nothing drawn on the matrix any more.
    model.set_trace(None)
    assert not view.trace_item.isVisible()
