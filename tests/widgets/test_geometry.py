"""GeometryView: queries/keys/context as arrows; dragging input tips edits the inputs."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qkv_gui.core.compute import compute
from qkv_gui.core.format import fmt
from qkv_gui.core.pca import plane_basis, project_2d
from qkv_gui.core.session import Session
from qkv_gui.model import AttentionModel
from qkv_gui.plotting.colors import HOVER_COLOR, SELECTION_COLOR
from qkv_gui.widgets.geometry import GeometryView
from tests.helpers import shown, wait_until_idle


def shown_view(qtbot, model, width: int, height: int = 300) -> GeometryView:
    """A geometry view of `width` × `height` pixels, shown and done painting."""
    view = shown(qtbot, GeometryView(model), width, height)
    wait_until_idle(qtbot, view)
    return view


@pytest.fixture(autouse=True)
def every_mouse_move_delivered(monkeypatch):
    """pyqtgraph's scene drops mouse moves closer than 1/mouseRateLimit s (10 ms) apart;
    a test sends them faster than that. No limit: every move arrives, however fast."""
    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", 0)


@pytest.fixture
def view_2d(qtbot, model_2d):
    return shown_view(qtbot, model_2d, 600, 500)


def to_widget(view: GeometryView, x: float, y: float) -> QPoint:
    """Widget (viewport) pixel of the data point (x, y)."""
    return view.mapFromScene(view.plot_item.vb.mapViewToScene(QPointF(x, y)))


def to_data(view: GeometryView, point: QPoint) -> np.ndarray:
    p = view.plot_item.vb.mapSceneToView(view.mapToScene(point))
    return np.array([p.x(), p.y()])


def send_mouse(
    view, kind, point: QPoint, button=Qt.MouseButton.LeftButton, buttons=Qt.MouseButton.LeftButton
):
    local = QPointF(point)
    event = QMouseEvent(
        kind,
        local,
        QPointF(view.viewport().mapToGlobal(point)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPoint, end: QPoint, steps: int = 6) -> None:
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    for k in range(1, steps + 1):
        send_mouse(
            view,
            QEvent.Type.MouseMove,
            start + (end - start) * (k / steps),
            button=Qt.MouseButton.NoButton,
        )
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def pixel_in_data(view) -> float:
    w, h = view.plot_item.vb.viewPixelSize()
    return max(w, h)


# -- model → view -------------------------------------------------------------


def test_tips_are_the_exact_vectors_when_d_k_is_2(qtbot, model_2d):
    view = GeometryView(model_2d)
    qtbot.addWidget(view)
    result = model_2d.result
    np.testing.assert_array_equal(view.query_arrows.ends, result.queries)
    np.testing.assert_array_equal(view.key_arrows.ends, result.keys)
    np.testing.assert_array_equal(view.query_arrows.starts, np.zeros_like(result.queries))
    assert view.plot_item.getAxis("bottom").labelText == "dimension 1"
    assert view.plot_item.getAxis("left").labelText == "dimension 2"
    # d = 2: one grip per input, exactly at the input.
    np.testing.assert_array_equal(view.input_handles.points, model_2d.session.inputs)


def test_context_chain_ends_at_the_context_vector(qtbot, model_2d):
    view = GeometryView(model_2d)
    qtbot.addWidget(view)
    for i in range(model_2d.session.m):
        model_2d.select_query(i)
        result = model_2d.result
        chain_starts, chain_ends = view.context_parts.starts, view.context_parts.ends
        n = model_2d.session.n
        assert len(chain_ends) == n
        # Head to tail: each w_ij·v_j starts where the previous one ended.
        np.testing.assert_allclose(chain_starts[0], [0, 0])
        np.testing.assert_allclose(chain_starts[1:n], chain_ends[: n - 1])
        np.testing.assert_allclose(
            chain_ends - chain_starts, result.weights[i][:, None] * result.values
        )
        np.testing.assert_allclose(chain_ends[n - 1], result.context[i], atol=1e-12)
        # The context itself, from the origin.
        np.testing.assert_array_equal(view.context_arrows.ends, [result.context[i]])
        np.testing.assert_array_equal(view.context_arrows.starts, [[0, 0]])


def test_select_query_moves_the_bold_arrow_and_the_scores(qtbot, model_2d):
    view = GeometryView(model_2d)
    qtbot.addWidget(view)
    for i in (2, 0, 3):
        model_2d.select_query(i)
        widths = [pen.widthF() for pen in view.query_arrows.pens]
        assert int(np.argmax(widths)) == i
        assert widths.count(max(widths)) == 1
        assert view.query_arrows.pens[i].color() == SELECTION_COLOR
        result = model_2d.result
        # The session's scaled dot product, under its name.
        expected = result.queries[i] @ result.keys.T / np.sqrt(2)
        np.testing.assert_allclose(view.scores, expected)
        lines = view.dot_table.textItem.toPlainText().splitlines()
        label = model_2d.session.query_labels[i]
        assert lines[0] == f"q_{label}·k_· / √d_k"
        for j, key in enumerate(model_2d.session.labels):
            assert lines[1 + j] == f"k_{key} {fmt(expected[j])}"
        # The perpendicular foot of every key lies on the query's line.
        pairs = view.projection_lines.getData()
        feet = np.column_stack(pairs)[1::2]
        q = result.queries[i]
        np.testing.assert_allclose(feet[:, 0] * q[1] - feet[:, 1] * q[0], 0, atol=1e-5)


def test_hovered_key_is_drawn_in_hover_colour(qtbot, model_2d):
    view = GeometryView(model_2d)
    qtbot.addWidget(view)
    model_2d.set_hover(("weights", 0, 2))
    colors = [pen.color() for pen in view.key_arrows.pens]
    assert colors[2] == HOVER_COLOR
    assert all(c != HOVER_COLOR for k, c in enumerate(colors) if k != 2)
    model_2d.set_hover(None)
    assert all(pen.color() != HOVER_COLOR for pen in view.key_arrows.pens)


def test_higher_d_k_is_projected_on_the_principal_plane(qtbot, model):
    view = GeometryView(model)
    qtbot.addWidget(view)
    result = model.result
    assert result.keys.shape[1] == 3
    assert "principal axis 1" in view.plot_item.getAxis("bottom").labelText
    assert "principal axis 2" in view.plot_item.getAxis("left").labelText
    basis, fraction = plane_basis(np.vstack([result.queries, result.keys]))
    assert f"{round(100 * fraction)} %" in view.plot_item.getAxis("bottom").labelText
    np.testing.assert_allclose(view.query_arrows.ends, project_2d(result.queries, basis))
    np.testing.assert_allclose(view.key_arrows.ends, project_2d(result.keys, basis))
    # The scores shown are the true ones in d_k = 3, not the picture's.
    np.testing.assert_allclose(view.scores, result.scores[0])
    # d = 4: nothing to drag, and the tooltip says when dragging works.
    assert len(view.input_handles.points) == 0
    assert "when d = 2 (here d = 4)" in view.viewport().toolTip()


def test_pools_grow_and_items_are_reused(qtbot, model_2d, two_d_session):
    view = GeometryView(model_2d)
    qtbot.addWidget(view)
    arrows = view.key_arrows
    bigger = two_d_session.replace(
        inputs=np.vstack([two_d_session.inputs, [[0.3, 0.3]]]), labels=(*two_d_session.labels, "on")
    )
    model_2d.apply(bigger, "add")
    assert view.key_arrows is arrows
    assert len(view.key_arrows.ends) == 5
    assert sum(label.wanted for label in view._key_labels) == 5
    model_2d.undo_stack.undo()
    assert len(view.key_arrows.ends) == 4
    assert sum(label.wanted for label in view._key_labels) == 4


def test_range_grows_only_when_needed(view_2d, model_2d):
    vb = view_2d.plot_item.vb
    before = vb.viewRange()
    inputs = np.array(model_2d.session.inputs)
    inputs[0] += 0.01  # a small nudge: the view must not jump
    model_2d.apply(model_2d.session.with_matrix("inputs", inputs), "nudge")
    assert vb.viewRange() == before
    inputs[0] = [6.0, 5.0]  # far outside: the view grows to show it
    model_2d.apply(model_2d.session.with_matrix("inputs", inputs), "far")
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x1 > 6.0 and y1 > 5.0
    model_2d.undo_stack.undo()  # everything small again: the view shrinks back
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x1 - x0 < 6.0


# -- view → model -------------------------------------------------------------


def test_drag_input_tip_moves_the_input_in_one_undo_step(view_2d, model_2d):
    original = model_2d.session
    j = 1
    tip = np.array(original.inputs[j])
    start = to_widget(view_2d, *tip)
    end = to_widget(view_2d, tip[0] + 0.5, tip[1] - 0.4)
    dropped = to_data(view_2d, end)
    tolerance = 1.5 * pixel_in_data(view_2d)
    drag(view_2d, start, end)

    np.testing.assert_allclose(model_2d.session.inputs[j], dropped, atol=tolerance)
    # Only input j moved; queries, keys and the view follow the new inputs.
    others = [k for k in range(original.n) if k != j]
    np.testing.assert_array_equal(model_2d.session.inputs[others], original.inputs[others])
    expected = compute(model_2d.session)
    np.testing.assert_array_equal(model_2d.result.keys, expected.keys)
    np.testing.assert_array_equal(view_2d.key_arrows.ends, expected.keys)
    np.testing.assert_array_equal(view_2d.query_arrows.ends, expected.queries)
    np.testing.assert_array_equal(view_2d.input_handles.points[j], model_2d.session.inputs[j])

    assert model_2d.undo_stack.count() == 1
    assert model_2d.undo_stack.undoText() == "Drag input cat"
    assert not model_2d.in_gesture
    model_2d.undo_stack.undo()
    assert model_2d.session == original


def test_drag_on_empty_space_pans_and_edits_nothing(view_2d, model_2d):
    original = model_2d.session
    before = view_2d.plot_item.vb.viewRange()
    start = to_widget(view_2d, -1.2, -1.0)
    drag(view_2d, start, start + QPoint(60, 30))
    assert model_2d.session == original
    assert model_2d.undo_stack.count() == 0
    assert view_2d.plot_item.vb.viewRange() != before


def test_drag_decoder_state_in_seq2seq(qtbot):
    session = Session(
        inputs=[[1.0, 0.0], [0.0, 1.0], [-1.0, 0.5]],
        labels=("a", "b", "c"),
        mode="seq2seq",
        decoder=[[0.5, 0.5], [1.0, -0.5]],
        score_kind="dot",
    )
    model = AttentionModel(session)
    view = shown_view(qtbot, model, 600, 500)
    assert len(view.input_handles.points) == 5  # 3 encoder states + 2 decoder states
    tip = np.array(session.decoder[1])
    start, end = to_widget(view, *tip), to_widget(view, 0.2, -0.3)
    dropped, tolerance = to_data(view, end), 1.5 * pixel_in_data(view)
    drag(view, start, end)
    np.testing.assert_allclose(model.session.decoder[1], dropped, atol=tolerance)
    np.testing.assert_array_equal(model.session.inputs, session.inputs)
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Drag decoder state s2"
    np.testing.assert_array_equal(view.query_arrows.ends[1], model.session.decoder[1])


def test_hovering_a_key_tip_hovers_the_key(view_2d, model_2d):
    key = model_2d.result.keys[3]
    send_mouse(
        view_2d,
        QEvent.Type.MouseMove,
        to_widget(view_2d, *key),
        button=Qt.MouseButton.NoButton,
        buttons=Qt.MouseButton.NoButton,
    )
    assert model_2d.hover == ("keys", 3, 0)
    assert model_2d.hovered_key == 3
    send_mouse(
        view_2d,
        QEvent.Type.MouseMove,
        to_widget(view_2d, -1.3, 1.3),
        button=Qt.MouseButton.NoButton,
        buttons=Qt.MouseButton.NoButton,
    )
    assert model_2d.hover is None


def test_clicking_a_query_tip_selects_it(view_2d, model_2d):
    assert model_2d.selected_query == 0
    point = to_widget(view_2d, *model_2d.result.queries[2])
    send_mouse(view_2d, QEvent.Type.MouseButtonPress, point)
    send_mouse(view_2d, QEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
    assert model_2d.selected_query == 2
    assert model_2d.undo_stack.count() == 0


def test_narrow_view_drops_the_legend_and_never_overflows(view_2d, qtbot):
    assert view_2d.legend.isVisible()
    view_2d.resize(260, 240)
    qtbot.waitUntil(lambda: not view_2d.legend.isVisible())
    # The plot (axes included) still fits inside the widget.
    assert view_2d.plot_item.geometry().width() <= view_2d.viewport().width() + 1
    view_2d.resize(600, 500)
    qtbot.waitUntil(view_2d.legend.isVisible)


def test_closed_view_ignores_the_model(qtbot, model_2d):
    view = GeometryView(model_2d)
    keys = view.key_arrows.ends.copy()
    view.close()
    inputs = np.array(model_2d.session.inputs) + 0.5
    model_2d.apply(model_2d.session.with_matrix("inputs", inputs), "edit")
    model_2d.select_query(2)
    model_2d.set_hover(("keys", 1, 0))
    view.close()  # twice is harmless
    # Not redrawn: it stopped listening to the model when it closed.
    assert view.closed
    assert not np.allclose(model_2d.result.keys, keys)
    np.testing.assert_array_equal(view.key_arrows.ends, keys)


def test_zero_axes_and_the_selected_querys_line(qtbot, model_2d, two_d_session):
    view = GeometryView(model_2d)
    qtbot.addWidget(view)
    for i in (0, 2):
        model_2d.select_query(i)
        angles = [angle for angle, _pen in view.origin_lines.lines]
        q = model_2d.result.queries[i]
        assert angles[:2] == [0.0, 90.0]
        assert angles[2] == pytest.approx(np.degrees(np.arctan2(q[1], q[0])))
    # A zero query has no direction: only the zero axes remain.
    zero = two_d_session.with_matrix("w_q", np.zeros((2, 2)))
    model_2d.apply(zero, "zero W_Q")
    assert [angle for angle, _pen in view.origin_lines.lines] == [0.0, 90.0]


def test_labels_are_laid_out_again_only_when_something_moved_a_pixel(
    view_2d, model_2d, monkeypatch
):
    from qkv_gui.plotting import arrow_plot

    calls = []
    original = arrow_plot.place_labels
    monkeypatch.setattr(
        arrow_plot, "place_labels", lambda *args: (calls.append(1), original(*args))[1]
    )
    session = model_2d.session
    per_pixel = view_2d.plot_item.vb.viewPixelSize()[0]
    # A tenth of a pixel: the same layout.
    model_2d.preview(session.with_cell("inputs", 0, 0, session.inputs[0, 0] + 0.1 * per_pixel))
    assert calls == []
    # Many pixels: laid out again.
    model_2d.preview(session.with_cell("inputs", 0, 0, session.inputs[0, 0] + 40 * per_pixel))
    assert calls == [1]
    model_2d.end_gesture("drag")


def test_the_dot_table_sits_in_a_corner_that_hides_no_arrow_head(qtbot):
    # Two long arrows up and to the left: the range puts their heads in the
    # top-left corner, where the table starts.
    session = Session(inputs=[[-2.0, 2.0], [-1.8, 1.9], [1.0, -0.2], [0.5, -0.5]])
    model = AttentionModel(session)
    view = shown_view(qtbot, model, 420, 380)
    table = view.dot_table.sceneBoundingRect()
    vb = view.plot_item.vb
    heads = [
        vb.mapViewToScene(QPointF(float(x), float(y)))
        for arrows in (view.key_arrows, view.query_arrows, view.context_arrows)
        for x, y in arrows.ends
    ]
    assert heads and not any(table.contains(head) for head in heads)
    # The top-left corner would have hidden a head: the table moved.
    top_left = table.translated(vb.sceneBoundingRect().topLeft() + QPointF(6, 6) - table.topLeft())
    assert any(top_left.contains(head) for head in heads)
    # How to drag is told by the tooltip, not by a line in the table.
    assert view.viewport().toolTip() == view.hint
    assert view.hint not in view.dot_table.toPlainText()


def test_crowded_labels_never_cover_each_other(qtbot):
    """movies_svd: the context, Dan and Cat tips lie on one line within 45 px.
    The context label shows; a key label that would cover another label
    wherever it goes is left out rather than drawn over it."""
    from qkv_gui.core.presets import load_preset

    model = AttentionModel(load_preset("movies_svd"))
    view = shown_view(qtbot, model, 405, 370)
    vb = view.plot_item.vb
    assert view.context_label.wanted and view.context_label.visible
    boxes = []
    for label in view._all_labels():
        if label.wanted and label.visible:
            tip = vb.mapViewToScene(QPointF(*label.tip))
            (ax, ay), (w, h) = label.anchor, label.size
            left, top = tip.x() - ax * w, tip.y() - ay * h
            # The boxes' 3 px margins may touch; their text may not.
            boxes.append((left + 3, top + 3, left + w - 3, top + h - 3))
    assert len(boxes) >= 8
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1])


def overlaps(a, b, room=0.0) -> bool:
    return a[0] < b[2] + room and a[2] > b[0] - room and a[1] < b[3] + room and a[3] > b[1] - room


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)])
def test_default_labels_cover_no_label_and_no_arrow_head(make_window, qtbot, size):
    """The layout's own boxes: none on another, none on another arrow's head
    (at 1366 × 768 the key "the" sat on q_mat's head and "on" on two heads)."""
    from qkv_gui.core.geometry_layout import HEAD_ROOM

    window = make_window("default")
    window.resize(*size)
    view = window.geometry
    for query in range(window.model.session.m):
        window.model.select_query(query)
        wait_until_idle(qtbot, view)
        labels, boxes = view.label_boxes()
        assert len(labels) >= 6  # the keys, the selected query and the context at least
        heads = view.head_points()
        tips = view._to_scene()(np.array([label.tip for label in labels]))
        for a, (box, tip) in enumerate(zip(boxes, tips, strict=True)):
            for other in boxes[a + 1:]:
                assert not overlaps(box, other), (query, labels[a].html)
            for head in heads:
                if np.abs(head - tip).sum() > 1.0:  # its own arrow's head is where it belongs
                    assert not overlaps(box, (*head, *head), HEAD_ROOM), (query, labels[a].html)


@pytest.mark.parametrize("kind", ["dot", "scaled_dot", "cosine", "general", "additive"])
def test_the_table_lists_the_scores_of_the_score_function_in_use(qtbot, kind):
    from qkv_gui.core import edits, matrices
    from qkv_gui.core.presets import load_preset

    session = edits.set_score_kind(load_preset("default").replace(causal=True), kind)
    model = AttentionModel(session)
    view = GeometryView(model)
    qtbot.addWidget(view)
    view.resize(600, 500)
    model.select_query(2)  # "sat": keys 4 and 5 masked
    scores = model.result.scores[2]
    np.testing.assert_array_equal(view.scores, scores)
    lines = view.dot_table.toPlainText().splitlines()
    # Under the score function's name, as the toolbar and the titles write it.
    assert lines[0] == matrices.pair_score(kind, "q_sat", "k_·")
    for j, key in enumerate(session.labels):
        value = "(masked)" if np.isnan(scores[j]) else fmt(scores[j])
        assert lines[1 + j] == f"k_{key} {value}"
    assert np.isnan(scores[3:]).all() and lines[4].endswith("(masked)")
    # The name on one line, even the additive score's (it has a space to wrap at).
    from PySide6.QtGui import QFont, QFontMetricsF

    header = view.dot_table._lines[0][0]
    assert header.size().height() < 1.6 * QFontMetricsF(QFont()).height()


def axis_titles_fit(view) -> bool:
    for side in ("bottom", "left"):
        axis = view.plot_item.getAxis(side)
        room = axis.width() if side == "bottom" else axis.height()
        if axis.label.isVisible() and axis.label.boundingRect().width() > room:
            return False
    return True


@pytest.mark.parametrize("width", [260, 330, 420, 700])
def test_axis_titles_fit_their_axes(qtbot, model, width):
    """d_k = 3: "principal axis 1 (… % of the energy)", shorter where that would be cut."""
    view = shown_view(qtbot, model, width)
    bottom = view.plot_item.getAxis("bottom").labelText
    assert "1 (" in bottom and "%" in bottom
    assert axis_titles_fit(view)
    if width >= 420:
        assert "of the energy" in bottom


def test_axis_titles_fit_in_turkish(qtbot, model):
    from qkv_gui.i18n import set_language

    set_language("tr")
    try:
        for width in (260, 330, 420):
            view = shown_view(qtbot, model, width)
            assert "eksen 1" in view.plot_item.getAxis("bottom").labelText
            assert axis_titles_fit(view), width
    finally:
        set_language("en")


def test_the_lesson_frame_leaves_the_axis_titles_clear(make_window, qtbot):
    from qkv_gui.plotting.highlight import HIGHLIGHT_ROOM

    window = make_window("five_to_two")
    window.restore_lesson_state("five_to_two", None)  # frames the geometry
    view = window.geometry
    wait_until_idle(qtbot, view)
    for side in ("left", "bottom"):
        label = view.plot_item.getAxis(side).label
        rect = label.mapRectToScene(label.boundingRect())
        assert rect.left() >= HIGHLIGHT_ROOM and rect.top() >= HIGHLIGHT_ROOM, side
        assert rect.bottom() <= view.height() - HIGHLIGHT_ROOM, side


# -- the context as the sum of its parts ---------------------------------------


def hand_model() -> AttentionModel:
    """v_a = [1, 2], v_b = [4, 0] (projection off: V = the inputs), weights set by hand:
    context_a = 0.25·v_a + 0.75·v_b = [0.25, 0.5] + [3, 0] = [3.25, 0.5]."""
    return AttentionModel(Session(inputs=[[1, 2], [4, 0]], labels=("a", "b"), score_kind="dot",
                                  weights_override=[[0.25, 0.75], [0.5, 0.5]]))


def test_the_parts_end_at_the_context_tip_hand_computed(qtbot):
    model = hand_model()
    view = GeometryView(model)
    qtbot.addWidget(view)
    np.testing.assert_allclose(view.context_parts.starts, [[0, 0], [0.25, 0.5]])
    np.testing.assert_allclose(view.context_parts.ends, [[0.25, 0.5], [3.25, 0.5]])
    np.testing.assert_allclose(view.context_arrows.ends, [[3.25, 0.5]])
    model.select_query(1)  # context_b = [0.5, 1] + [2, 0] = [2.5, 1]
    np.testing.assert_allclose(view.context_parts.ends, [[0.5, 1.0], [2.5, 1.0]])
    np.testing.assert_allclose(view.context_arrows.ends, [[2.5, 1.0]])
    # Each part in its value's colour, fainter than the context.
    colors = [pen.color() for pen in view.context_parts.pens]
    assert colors[0].rgb() != colors[1].rgb()
    assert all(c.alpha() < view.context_arrows.pens[0].color().alpha() for c in colors)


def test_a_hovered_key_names_its_part_with_its_weight(qtbot):
    model = hand_model()
    view = GeometryView(model)
    qtbot.addWidget(view)
    assert not view.part_label.wanted
    model.set_hover(("weights", 0, 1))
    assert view.context_parts.pens[1].color() == HOVER_COLOR
    assert view.part_label.wanted and "0.75·v<sub>b</sub>" in view.part_label.html
    np.testing.assert_allclose(view.part_label.tip, [3.25, 0.5])
    model.set_hover(None)
    assert not view.part_label.wanted


def test_the_legend_entry_hides_the_parts(qtbot, view_2d):
    sample = next(item for item, label in view_2d.legend.items if label.text == "parts w·v")
    sample.mouseClickEvent(_LeftClick())
    assert not view_2d.context_parts.isVisible() and view_2d.context_arrows.isVisible()


class _LeftClick:
    def button(self):
        return Qt.MouseButton.LeftButton

    def accept(self):
        pass


def test_hovering_the_context_tip_explains_the_context(qtbot):
    model = hand_model()
    view = shown_view(qtbot, model, 500, 400)
    tip = to_widget(view, 3.25, 0.5)
    send_mouse(view, QEvent.Type.MouseMove, tip, button=Qt.MouseButton.NoButton,
               buttons=Qt.MouseButton.NoButton)
    assert model.hover == ("context", 0, 0)


def test_dragging_a_tip_beyond_the_limit_stops_it_and_says_why(qtbot):
    """A number of a session stays within ±1 000 000 (`core.cell_values`), dragged too."""
    session = Session(inputs=[[9e5, 0.0], [-9e5, 0.0], [0.0, 9e5]], labels=("a", "b", "c"), score_kind="dot")
    model = AttentionModel(session)
    view = shown_view(qtbot, model, 600, 500)
    (x_low, x_high), _ = view.plot_item.vb.viewRange()
    assert x_high > 1.05e6  # room to drag past the limit
    messages = []
    model.message.connect(messages.append)
    drag(view, to_widget(view, 9e5, 0.0), to_widget(view, 1.05e6, 0.0))
    assert abs(model.session.inputs[0, 0]) <= 1e6
    assert messages and messages[-1].startswith("I[a, 1] cannot be 1\u202f0")
    assert messages[-1].endswith("a cell holds numbers between −1\u202f000\u202f000 and 1\u202f000\u202f000")
    assert model.undo_stack.count() == 1 and not model.in_gesture  # the drag up to the limit


def test_a_drag_keeps_the_plane_and_its_end_fits_it_anew(qtbot):
    """In d_k = 3 the picture is a plane fitted to Q and K: a drag (a gesture of previews)
    keeps it, so the arrows do not turn under the mouse; the drag's end fits it again."""
    rng = np.random.default_rng(4)
    session = Session(inputs=rng.normal(size=(5, 3)), projection=True, w_q=np.eye(3),
                      w_k=np.eye(3), w_v=np.eye(3), score_kind="dot")
    model = AttentionModel(session)
    view = shown_view(qtbot, model, 500, 400)
    before = view._picture.basis
    model.begin_gesture()
    edited = session.with_cell("inputs", 0, 2, 25.0)  # far along z: a fresh fit turns to it
    model.preview(edited)
    assert view._picture.basis is before
    np.testing.assert_allclose(view._picture.keys, model.result.keys @ before)
    model.end_gesture("drag")
    fresh = plane_basis(np.vstack([model.result.queries, model.result.keys]))[0]
    np.testing.assert_allclose(view._picture.basis, fresh)
    assert not np.allclose(fresh, before)
