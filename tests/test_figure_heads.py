"""The figures of the stages after the heads: the concat, W_O, the output and the
positions alone, and the pipeline figure's band of every head's weights and
concat → W_O → output. Numbers read back from the SVG, compared with compute()."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from qkv_gui import figure
from qkv_gui.core.compute import compute
from qkv_gui.core.head_edits import set_heads, set_positional, set_w_o
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session

SVG = "{http://www.w3.org/2000/svg}"


def texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def two_heads() -> Session:
    """As in tests/core/test_output_stage.py: concat = [[0.5, 1.5]] × 2 rows, W_O
    [[2, −1], [1, 4]], so output = [[2.5, 5.5]] × 2 rows."""
    return Session(inputs=[[1, 0], [0, 3]], labels=("a", "b"), projection=True, heads=2,
                   w_q=[[0, 0], [0, 0]], w_k=[[1, 0], [0, 1]], w_v=[[1, 0], [0, 1]],
                   score_kind="dot", w_o=[[2, -1], [1, 4]])


def numbers(found: list[str]) -> list[float]:
    out = []
    for text in found:
        try:
            out.append(float(text.replace("\u2212", "-")))
        except ValueError:
            pass
    return out


@pytest.mark.parametrize(("name", "expected"), [
    ("concat", [[0.5, 1.5], [0.5, 1.5]]),
    ("w_o", [[2, -1], [1, 4]]),
    ("output", [[2.5, 5.5], [2.5, 5.5]]),
])
def test_stage_matrix_alone_shows_its_numbers(qapp, name, expected):
    s = two_heads()
    result = compute(s)
    np.testing.assert_allclose(figure.matrix_panel(s, result, name).values, expected)
    found = texts(figure.matrix_figure(s, result, name, "svg", (640, 480)))
    panel = figure.matrix_panel(s, result, name)
    assert panel.title in found
    cells = numbers(found)
    for value in np.ravel(expected):
        assert value in cells, (value, found)
    if name == "concat":
        assert "1:1" in found and "2:1" in found  # head:column


def test_positional_is_the_table_used(qapp):
    s = set_positional(load_preset("default"), "sinusoidal")
    result = compute(s)
    panel = figure.matrix_panel(s, result, "positional")
    np.testing.assert_array_equal(panel.values, result.positional)
    assert panel.values.shape == (s.n, s.d) and panel.title == "Positions P (sinusoidal)"
    assert panel.row_labels == s.labels
    # PE[1, 0] = sin(1): the figure writes it.
    assert any(t.startswith("0.84") for t in texts(figure.matrix_figure(s, result, "positional", "svg")))


def test_w_o_of_a_session_without_it_is_refused(qapp):
    s = two_heads().replace(w_o=None)
    with pytest.raises(KeyError):
        figure.matrix_figure(s, compute(s), "w_o", "svg")


def test_pipeline_figure_draws_every_head_and_the_w_o_stage(qapp):
    s = set_w_o(set_heads(load_preset("default"), 3), True)
    result = compute(s)
    found = texts(figure.pipeline_figure(s, result, "svg", (1600, 1000)))
    for k in (1, 2, 3):
        assert f"Head {k}: weights" in found
    for name in ("concat", "w_o", "output"):
        assert figure.matrix_panel(s, result, name).title in found
    assert "3:2" in found  # the concat's and W_O's head:column labels
    # Head 2's weights are drawn: its first row's numbers, to the decimals the figure writes.
    cells = numbers(found)
    for w in result.heads[1].weights[0]:
        assert any(abs(w - c) <= 0.005 for c in cells), (w, found)


def test_pipeline_figure_of_one_head_without_w_o_is_unchanged(qapp):
    s = load_preset("default")
    assert not figure.shows_head_stage(s)
    found = texts(figure.pipeline_figure(s, compute(s), "svg", (1600, 1000)))
    assert not any(t.startswith("Head ") for t in found)
    assert figure.matrix_panel(s, compute(s), "concat").title not in found
    # One head with W_O: the stage, without small multiples of other heads.
    one = set_w_o(s, True)
    found = texts(figure.pipeline_figure(one, compute(one), "svg", (1600, 1000)))
    assert "Head 1: weights" in found and "Head 2: weights" not in found
    assert "Output = concat · W_O" in found


def test_eight_heads_still_fit(qapp):
    s = set_w_o(set_heads(load_preset("default"), 8), True)
    found = texts(figure.pipeline_figure(s, compute(s), "svg", (1600, 1000)))
    assert all(f"Head {k}" in found for k in range(1, 9))


def test_the_learned_position_table_is_a_figure_of_its_own(qapp):
    s = set_positional(load_preset("default"), "learned")
    panel = figure.matrix_panel(s, compute(s), "positional_table")
    np.testing.assert_array_equal(panel.values, s.positional_table)
    with pytest.raises(KeyError):  # a session without a learned table has none to draw
        figure.matrix_panel(load_preset("default"), compute(load_preset("default")), "positional_table")
