"""The SVD topic-space panel, in the real window: model → view and view → model."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from qkv_gui.core import edits, svd
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.main_window import MainWindow
from qkv_gui.widgets.svd_panel import SvdPanel

# Users 0-3 like science fiction, users 4-6 romance (resources/presets/movies_svd.json).
SCI_FI, ROMANCE = (0, 1, 2, 3), (4, 5, 6)


@pytest.fixture
def open_window(qtbot, make_window):
    def build(session: Session) -> MainWindow:
        win = make_window(session, show=False)
        win.dock("svd").raise_()
        win.show()
        qtbot.waitExposed(win)
        return win

    return build


@pytest.fixture
def movies():
    return load_preset("movies_svd")


def test_its_dock_is_tabbed_and_registered_as_a_view(open_window, movies):
    win = open_window(movies)
    assert isinstance(win.panel("svd"), SvdPanel)
    assert win.views["svd"].panel() is win.panel("svd")  # a LazyPanel holds it
    assert win.dock("svd").widget().panel() is win.panel("svd")
    assert win.dock("svd") in win.tabifiedDockWidgets(win.dock("geometry"))
    assert win.dock("svd").toggleViewAction() in win.menu("view").actions()


@pytest.mark.parametrize("preset", ["movies_svd", "default", "five_to_two", "seq2seq"])
def test_singular_values_are_numpys(open_window, preset):
    session = load_preset(preset)
    panel = open_window(session).panel("svd")
    expected = np.linalg.svd(session.inputs, compute_uv=False)
    np.testing.assert_allclose(panel.singular_values(), expected, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(
        panel.energy_percent(), 100 * expected**2 / np.sum(expected**2), rtol=1e-5, atol=1e-5
    )
    assert panel.m_spin.minimum() == 1 and panel.m_spin.maximum() == session.d
    assert panel.m == 2


def test_movies_have_two_topics_and_the_default_keeps_all_the_energy(open_window, movies):
    panel = open_window(movies).panel("svd")
    energy = panel.energy_percent()
    assert energy[:2].sum() == pytest.approx(100, abs=1e-4)
    np.testing.assert_allclose(energy[2:], 0, atol=1e-6)
    assert "100 %" in panel.kept_label.text()
    panel.set_m(1)
    assert f"{energy[0]:.1f}".rstrip("0").rstrip(".") in panel.kept_label.text()
    assert panel.use_button.text().endswith("V_1")


def test_use_button_sets_v_m_as_one_undo_step(open_window, qtbot, movies):
    start = edits.set_projection(movies, False)
    win = open_window(start)
    panel, model = win.panel("svd"), win.model
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    expected = svd.topic_projection(start.inputs, 2)
    s = model.session
    assert s.projection
    np.testing.assert_array_equal(s.w_q, expected)
    np.testing.assert_array_equal(s.w_k, expected)
    np.testing.assert_array_equal(s.w_v, np.eye(start.d))
    assert model.undo_stack.count() == 1
    assert "V_2" in model.undo_stack.undoText()
    assert "V_2" in panel.in_use_label.text()
    model.undo_stack.undo()
    assert model.session == start
    assert panel.in_use_label.text() == ""


def test_use_button_with_m_from_the_spin_box(open_window, qtbot):
    session = load_preset("five_to_two")
    win = open_window(session)
    panel, model = win.panel("svd"), win.model
    panel.m_spin.setValue(3)
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    expected = svd.topic_projection(session.inputs, 3)
    np.testing.assert_array_equal(model.session.w_q, expected)
    np.testing.assert_array_equal(model.session.w_k, expected)
    assert model.result.queries.shape == (session.n, 3)
    assert model.undo_stack.count() == 1


def test_scatter_points_are_the_topic_coordinates(open_window, movies):
    panel = open_window(movies).panel("svd")
    np.testing.assert_allclose(
        panel.scatter_points(), svd.topic_coordinates(movies.inputs, 2), rtol=1e-6, atol=1e-6
    )
    # Sci-fi fans on the first topic axis, romance fans on the second.
    points = panel.scatter_points()
    assert np.all(points[list(SCI_FI), 0] > 1) and np.allclose(
        points[list(SCI_FI), 1], 0, atol=1e-6
    )
    assert np.all(points[list(ROMANCE), 1] > 1) and np.allclose(
        points[list(ROMANCE), 0], 0, atol=1e-6
    )
    assert panel.point_names() == list(movies.labels)
    assert len(panel.bar_labels()) == movies.d


def test_many_inputs_show_points_and_bars_without_names(open_window, qtbot, movies):
    rng = np.random.default_rng(1)
    many = Session(inputs=rng.normal(size=(50, 20)))
    win = open_window(many)
    panel = win.panel("svd")
    # Every point and every bar is drawn; their names would only cover each other.
    assert panel.scatter_points().shape == (50, 2) and len(panel.singular_values()) == 20
    assert panel.point_names() == [] and panel.bar_labels() == []
    np.testing.assert_allclose(panel.singular_values(), np.linalg.svd(many.inputs, compute_uv=False))
    # Back to a few: the names return.
    win.model.load(movies)
    qtbot.waitUntil(lambda: panel.point_names() == list(movies.labels))
    assert len(panel.bar_labels()) == movies.d


def test_compatibility_after_projection_groups_the_topics(open_window, movies):
    panel = open_window(movies).panel("svd")
    assert panel.kind_combo.currentData() == "cosine"
    after = panel.compatibility_after()
    for i in range(movies.n):
        for j in range(movies.n):
            same = (i in SCI_FI) == (j in SCI_FI)
            assert after[i, j] == pytest.approx(1.0 if same else 0.0, abs=1e-6), (i, j)
    np.testing.assert_allclose(
        panel.compatibility_before(), svd.compatibility(movies.inputs, "cosine"), atol=1e-6
    )
    # One direction: only the sci-fi fans keep a non-zero vector.
    panel.set_m(1)
    expected = svd.compatibility(svd.topic_coordinates(movies.inputs, 1), "cosine")
    np.testing.assert_allclose(panel.compatibility_after(), expected, atol=1e-6)
    assert panel.compatibility_after()[4, 5] == 0


def test_kind_toggle_shows_dot_products(open_window, movies):
    panel = open_window(movies).panel("svd")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("dot"))
    np.testing.assert_allclose(
        panel.compatibility_before(), svd.compatibility(movies.inputs, "dot"), rtol=1e-6
    )
    np.testing.assert_allclose(
        panel.compatibility_after(),
        svd.compatibility(svd.topic_coordinates(movies.inputs, 2), "dot"),
        rtol=1e-5,
        atol=1e-4,
    )
    low, high = panel.before_image.levels
    assert low == -high and high >= panel.compatibility_before().max()
    assert "dot" in panel.before_title.text


def test_model_edit_updates_the_view_with_the_same_items(open_window, movies):
    win = open_window(movies)
    panel, model = win.panel("svd"), win.model
    items = (panel.bars, panel.scatter, panel.before_image, panel.after_image)
    edited = movies.with_cell("inputs", 0, 3, 2.0)  # Ann likes Casablanca a bit too
    model.apply(edited, "edit")
    np.testing.assert_allclose(
        panel.singular_values(), np.linalg.svd(edited.inputs, compute_uv=False), atol=1e-12
    )
    np.testing.assert_allclose(
        panel.scatter_points(), svd.topic_coordinates(edited.inputs, 2), rtol=1e-6, atol=1e-6
    )
    assert (panel.bars, panel.scatter, panel.before_image, panel.after_image) == items
    model.undo_stack.undo()
    np.testing.assert_allclose(
        panel.scatter_points(), svd.topic_coordinates(movies.inputs, 2), rtol=1e-6, atol=1e-6
    )


def test_dimension_change_clamps_m(open_window):
    session = load_preset("five_to_two")
    win = open_window(session)
    panel, model = win.panel("svd"), win.model
    panel.set_m(5)
    smaller = Session(inputs=session.inputs[:, :1], labels=session.labels, score_kind="dot")
    model.apply(smaller, "one column")
    assert panel.m_spin.maximum() == 1 and panel.m == 1
    assert len(panel.singular_values()) == 1
    np.testing.assert_allclose(panel.scatter_points()[:, 1], 0)
    np.testing.assert_allclose(
        panel.scatter_points()[:, 0], svd.topic_coordinates(smaller.inputs, 1)[:, 0], rtol=1e-6
    )


def test_selected_query_and_hovered_key_are_ringed(open_window, movies):
    win = open_window(movies)
    panel, model = win.panel("svd"), win.model
    model.select_query(5)
    np.testing.assert_allclose(
        np.column_stack(panel.selection_ring.getData()), panel.scatter_points()[5:6], rtol=1e-6
    )
    model.set_hover(("weights", 5, 2))
    np.testing.assert_allclose(
        np.column_stack(panel.hover_ring.getData()), panel.scatter_points()[2:3], rtol=1e-6
    )
    model.set_hover(None)
    assert len(panel.hover_ring.getData()[0]) == 0


def test_decoder_of_another_dimension_says_why_and_changes_nothing(open_window, qtbot):
    session = Session(
        inputs=[[1, 0, 1], [0, 1, 0], [1, 1, 0]],
        mode="seq2seq",
        decoder=[[1.0, 2.0]],
        projection=True,
        w_q=[[1, 0], [0, 1]],
        w_k=[[1, 0], [0, 1], [0, 0]],
        w_v=np.eye(3),
        score_kind="dot",
    )
    win = open_window(session)
    panel, model = win.panel("svd"), win.model
    messages = []
    model.message.connect(messages.append)
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert model.session == session
    assert model.undo_stack.count() == 0
    assert messages and "decoder" in messages[-1]


# -- the two new users of lesson 5 -------------------------------------------------


def test_the_new_users_are_compared_before_and_after(open_window, qtbot):
    strangers = load_preset("movies_new_users")
    win = open_window(strangers)
    panel = win.panel("svd")
    panel.set_m(2)
    qtbot.waitUntil(lambda: "0.99" in panel.pair_text(), timeout=3000)
    # The lecture's query: no movie in common, the same taste in the 2-concept space.
    assert "raw dot product 0" in panel.pair_text() and "cos 0 " in panel.pair_text()
    before, after = panel.compatibility_before(), panel.compatibility_after()
    assert before.shape == after.shape == (2, 9)  # s1, s2 against s1, s2, Ann … Gus
    assert before[0, 1] == 0.0 and after[0, 1] > 0.95
    assert panel.before_plot.col_labels()[:3] == ("s1", "s2", "Ann")
    # Flat tables stack, each as wide as the panel; the lower one under the same column names.
    assert panel.after_plot.geometry().top() > panel.before_plot.geometry().bottom()
    assert not panel.after_plot.plot_item.getAxis("top").isVisible()
    # Their narrow cells keep both tables' two decimals (a smaller font): 0.99 reads as 0.99.
    qtbot.waitUntil(panel.after_plot.annotations_visible, timeout=3000)
    assert panel.after_plot.text_item.decimals == panel.before_plot.text_item.decimals == 2
    panel.set_m(3)  # the weak third concept pulls them apart again
    assert "0.66" in panel.pair_text()
    panel.set_m(5)
    np.testing.assert_allclose(panel.compatibility_after(), before, atol=1e-12)
    # The decoder states are drawn as stars next to the users.
    assert len(panel.scatter_points()) == 9
    assert [p.symbol() for p in panel.scatter.points()[:3]] == ["star", "star", "o"]
    # s2 and Bob share a spot (5.18, −0.52 and 5.15, −0.67): one label names both (once
    # the plot has its size: the names are placed in pixels).
    qtbot.waitUntil(lambda: panel.point_names()[:2] == ["s1", "s2, Bob"], timeout=3000)
    assert sorted(", ".join(panel.point_names()).split(", ")) == sorted(["s1", "s2", *"Ann Bob Cat Dan Eve Fay Gus".split()])
    # No name covers another, and each lies inside the plot.
    view = panel.scatter_plot.getPlotItem().getViewBox()
    # (Within their 1-pixel margins: two boxes may share those.)
    boxes = [label.mapRectToScene(label.boundingRect()).adjusted(1, 1, -1, -1)
             for label in panel.point_names_item.labels()]
    for index, box in enumerate(boxes):
        assert view.sceneBoundingRect().contains(box), panel.point_names()[index]
        assert not any(box.intersects(other) for other in boxes[index + 1:]), panel.point_names()[index]


def test_without_new_vectors_there_is_no_pair_and_the_tables_are_square(open_window, movies):
    panel = open_window(movies).panel("svd")
    assert panel.pair_text() == ""
    assert panel.compatibility_before().shape == (7, 7)
    assert panel.after_plot.geometry().left() > panel.before_plot.geometry().right()
    assert panel.after_plot.plot_item.getAxis("top").isVisible()


def test_the_cost_of_the_scores_follows_m(open_window):
    panel = open_window(load_preset("five_to_two")).panel("svd")
    panel.set_m(2)
    assert "5·5·2 = 50 multiplications instead of 5·5·5 = 125" in panel.cost_label.text()
    panel.set_m(3)
    assert "5·5·3 = 75" in panel.cost_label.text()


def test_the_comparison_comes_before_the_pictures(open_window, qtbot):
    """Narrow panel: the controls, the two users' numbers and the heatmaps come first, so
    they are in view without scrolling in a dock of about 480 pixels."""
    panel = open_window(load_preset("movies_new_users")).panel("svd")
    qtbot.waitUntil(lambda: panel.pair_text() != "", timeout=3000)
    assert panel.width() < 640
    tops = [w.mapTo(panel, w.rect().topLeft()).y() for w in
            (panel.controls, panel.pair_label, panel.compat_view, panel.details, panel.about_label,
             panel.pictures)]
    assert tops == sorted(tops)
    bottom = panel.compat_view.mapTo(panel, panel.compat_view.rect().bottomLeft()).y()
    assert bottom - panel.scroll_area.widget().mapTo(panel, panel.scroll_area.widget().rect().topLeft()).y() <= 300
    # The height the lesson layout gives the panel shows that much whole.
    assert panel.lesson_height(panel.width()) >= bottom + 6


def test_the_bars_are_labelled_with_the_singular_values(open_window):
    panel = open_window(load_preset("movies_new_users")).panel("svd")
    # The lecture's matrix: two strong concepts and a weak third (numpy: 12.48, 9.51, 1.35).
    assert panel.bar_labels() == ["12.48", "9.51", "1.35", "0", "0"]
