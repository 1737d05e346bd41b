"""The numbers on the cells of a whole window: fixed decimals, no exponent, one readable size."""

from __future__ import annotations

import pytest

from qkv_gui.plotting.cell_text import MIN_TEXT_PX
from tests.helpers import wait_until_idle


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768)])
def test_seq2seq_cells_have_no_exponent_and_one_readable_size(qtbot, make_window, size):
    # The seq2seq preset's weights are 1 and e^(15 − 60) ≈ 2.9e-20: the values that
    # used to read "2.86e-20" and shrink the whole heatmap's font.
    window = make_window("seq2seq")
    window.resize(*size)
    wait_until_idle(qtbot, window, repaint=True)
    drawn = {}
    for name, view in window.heatmaps.items():
        texts = view.annotation_texts()
        assert not any("e" in text for text in texts), (name, texts)
        sizes = view.text_item.drawn_sizes()
        assert len(sizes) <= 1, (name, sizes)  # one font size per plot
        if sizes:
            drawn[name] = sizes.pop()
            assert drawn[name] >= MIN_TEXT_PX >= 9, (name, drawn[name])
    weights = window.heatmaps["weights"]
    assert "weights" in drawn, "the weights show their numbers"
    # Tiny, not 2.86e-20: as many zeros as the plot's decimals (fewer in narrow cells).
    assert weights.annotation_texts()[0] in ("0.000", "0.00", "0.0")
    assert weights.annotation_texts()[1] in ("1.000", "1.00", "1.0")
