"""The figures of figure.py: real sizes, real pixels, real vector SVG, all stage titles."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from qkv_gui import figure
from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.presets import list_presets, load_preset
from qkv_gui.core.session import EDITABLE, Session

SVG = "{http://www.w3.org/2000/svg}"


def decode_png(data: bytes) -> QImage:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def distinct_colours(image: QImage, step: int = 5) -> int:
    return len(
        {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


def svg_root(data: bytes) -> ET.Element:
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    return root


def svg_texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def rasterise(data: bytes) -> QImage:
    renderer = QSvgRenderer(data)
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


STAGE_TITLES = ("Inputs", "Queries", "Keys", "Values", "Scores", "Weights", "Context")


def test_pipeline_png_has_the_requested_size_and_real_content(qapp, self_session):
    data = figure.pipeline_figure(self_session, compute(self_session), "png", (1400, 900))
    image = decode_png(data)
    assert (image.width(), image.height()) == (1400, 900)
    assert distinct_colours(image) > 100
    assert image.pixelColor(2, 2).name() == "#ffffff"  # white background


def test_scale_two_really_has_twice_the_pixels(qapp, self_session):
    result = compute(self_session)
    one = decode_png(figure.pipeline_figure(self_session, result, "png", (800, 500)))
    two = decode_png(figure.pipeline_figure(self_session, result, "png", (800, 500), scale=2))
    assert (two.width(), two.height()) == (1600, 1000)
    assert not_upscaled(two)
    assert not not_upscaled(one.scaled(1600, 1000))  # what plain upscaling would give


def not_upscaled(image: QImage) -> bool:
    """Whether edges fall inside the 2×2 blocks an upscaled 1× image is made of."""
    split = 0
    for y in range(0, image.height() - 1, 2):
        for x in range(0, image.width() - 1, 6):
            block = {
                image.pixel(x, y),
                image.pixel(x + 1, y),
                image.pixel(x, y + 1),
                image.pixel(x + 1, y + 1),
            }
            split += len(block) > 1
    return split > 500


def test_pipeline_svg_is_vector_with_size_titles_labels_and_cells(qapp, two_d_session):
    result = compute(two_d_session)
    data = figure.pipeline_figure(two_d_session, result, "svg", (1500, 950))
    root = svg_root(data)
    assert (root.get("width"), root.get("height")) == ("1500", "950")
    assert root.get("viewBox") == "0 0 1500 950"
    texts = svg_texts(root)
    joined = " | ".join(texts)
    for title in STAGE_TITLES:
        assert title in joined, title
    for label in two_d_session.labels:
        assert texts.count(label) >= 5  # rows of I, K, V and the columns of scores, weights
    assert "Context = softmax(Q·Kᵀ / √d_k) · V   (d_k = 2)" in texts
    # One rectangle per cell of every matrix (plus colour bars and outlines).
    cells = sum(
        m.size for m in (two_d_session.inputs, *(result.matrix(n) for n in RESULT_MATRICES))
    )
    assert len(list(root.iter(f"{SVG}rect"))) > cells
    assert b"<image" not in data  # no embedded bitmap
    assert "sans-serif" in data.decode()
    assert distinct_colours(rasterise(data)) > 50


def test_seq2seq_titles(qapp, seq2seq_session):
    root = svg_root(figure.pipeline_figure(seq2seq_session, compute(seq2seq_session), "svg"))
    texts = svg_texts(root)
    for title in (
        "Decoder states S",
        "Encoder states H",
        "Queries Q = S",
        "Keys K = H",
        "Values V = H",
        "Scores = Q·Kᵀ",
        "Weights = softmax(scores)",
        "Context = weights · V",
    ):
        assert title in texts, title


@pytest.mark.parametrize(
    ("changes", "formula"),
    [
        ({"score_kind": "dot"}, "Context = softmax(Q·Kᵀ) · V"),
        ({"temperature": 0.5, "score_kind": "scaled_dot"}, "Context = softmax((Q·Kᵀ / √d_k) / T) · V   (d_k = 3, T = 0.5)"),
        ({"causal": True, "score_kind": "cosine"},
         "Context = softmax(cos(Q, K)) · V   (causal mask: query i sees keys 1…i)"),
        ({"weights_override": np.full((3, 3), 1 / 3)},
         "Context = W · V, with the weights W set by hand"),
    ],
)  # fmt: skip
def test_formula_line(qapp, self_session, changes, formula):
    session = self_session.replace(**changes)
    assert figure.formula_text(session, compute(session)) == formula


@pytest.mark.parametrize("preset", list_presets())
def test_every_preset_draws(qapp, preset):
    session = load_preset(preset)
    result = compute(session)
    image = decode_png(figure.pipeline_figure(session, result, "png", (1200, 750)))
    assert distinct_colours(image) > 60
    svg_root(figure.pipeline_figure(session, result, "svg", (1200, 750)))


def test_masked_cells_are_drawn_grey_with_a_dash(qapp):
    session = Session(inputs=[[1.0, 0.0], [0.5, 2.0], [1.0, 1.0]], causal=True)
    root = svg_root(figure.matrix_figure(session, compute(session), "scores", "svg"))
    assert svg_texts(root).count("–") == 3
    assert "#e6e6e6" in ET.tostring(root).decode()  # the masked grey


@pytest.mark.parametrize(
    "name",
    # W_O and the positions: tests/test_figure_heads.py (this session has neither).
    [n for n in figure.MATRIX_NAMES if n not in ("decoder", "w_a", "v_a", "weights_override", "w_o", "positional", "positional_table")],
)
def test_each_matrix_alone(qapp, self_session, name):
    result = compute(self_session)
    image = decode_png(figure.matrix_figure(self_session, result, name, "png", (640, 480)))
    assert (image.width(), image.height()) == (640, 480)
    assert distinct_colours(image) > 20
    root = svg_root(figure.matrix_figure(self_session, result, name, "svg", (640, 480)))
    assert (root.get("width"), root.get("height")) == ("640", "480")
    panel = figure.matrix_panel(self_session, result, name)
    texts = svg_texts(root)
    assert panel.title in texts
    for label in panel.row_labels + panel.col_labels:
        assert label in texts
    assert len(list(root.iter(f"{SVG}rect"))) >= panel.values.size


def test_panel_labels_and_levels(qapp, seq2seq_session):
    result = compute(seq2seq_session)
    scores = figure.matrix_panel(seq2seq_session, result, "scores")
    assert scores.row_labels == ("s1",) and scores.col_labels == ("h1", "h2", "h3", "h4")
    assert scores.levels == (-100.0, 100.0)  # 60 → nice 100 with headroom, as the heatmap
    assert figure.matrix_panel(seq2seq_session, result, "weights").levels == (0.0, 1.0)
    keys = figure.matrix_panel(seq2seq_session, result, "keys")
    assert keys.row_labels == seq2seq_session.labels and keys.col_labels == ("1", "2", "3")
    np.testing.assert_array_equal(keys.values, result.keys)


def test_a_matrix_the_session_lacks_is_refused(qapp, seq2seq_session):
    with pytest.raises(KeyError):
        figure.matrix_figure(seq2seq_session, compute(seq2seq_session), "w_q", "png")
    with pytest.raises(KeyError):
        figure.matrix_panel(seq2seq_session, compute(seq2seq_session), "nonsense")
    with pytest.raises(ValueError, match="unsupported format"):
        figure.pipeline_figure(seq2seq_session, compute(seq2seq_session), "gif")
    assert set(figure.MATRIX_NAMES) == set(EDITABLE) | set(RESULT_MATRICES) | {"w_o", "concat", "output", "positional", "positional_table"}


def test_many_tokens_still_fit(qapp):
    rng = np.random.default_rng(3)
    labels = tuple(f"token{i}" for i in range(40))
    session = Session(inputs=rng.normal(size=(40, 6)), labels=labels)
    result = compute(session)
    image = decode_png(figure.pipeline_figure(session, result, "png", (1600, 1000)))
    assert (image.width(), image.height()) == (1600, 1000)
    texts = svg_texts(svg_root(figure.pipeline_figure(session, result, "svg", (1600, 1000))))
    # Labels are thinned out rather than drawn on top of each other.
    assert 0 < texts.count("token0") and texts.count("token1") < texts.count("token0")


def test_tiny_canvas_does_not_fail(qapp, self_session):
    image = decode_png(figure.pipeline_figure(self_session, compute(self_session), "png", (60, 40)))
    assert (image.width(), image.height()) == (60, 40)


def test_fix_svg_sets_pixels_and_font_fallbacks():
    raw = (
        b'<?xml version="1.0"?>\n<svg width="105.8mm" height="79.4mm"\n viewBox="0 0 400 300" '
        b'xmlns="http://www.w3.org/2000/svg"><text font-family="DejaVu Sans">a</text>'
        b'<text font-family="Arial, sans-serif">b</text></svg>'
    )
    fixed = figure.fix_svg(raw, 400, 300)
    root = svg_root(fixed)
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == (
        "400",
        "300",
        "0 0 400 300",
    )
    families = [t.get("font-family") for t in root.iter(f"{SVG}text")]
    assert families == ["'DejaVu Sans', sans-serif", "Arial, sans-serif"]
    assert re.search(rb"mm", fixed) is None
