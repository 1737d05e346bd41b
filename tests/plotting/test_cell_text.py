"""Cell numbers: their shades follow the cells' colours; one font size for a whole plot."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from qkv_gui.core.format import fixed
from qkv_gui.plotting import colors
from qkv_gui.plotting.cell_text import (
    DARK_TEXT,
    LIGHT_TEXT,
    MASKED_TEXT,
    MAX_ANNOTATED_CELLS,
    MIN_TEXT_PX,
    CellTextItem,
    text_shades,
)


@pytest.mark.parametrize("sequential", [False, True])
def test_shades_are_the_text_colour_on_each_cells_colour(qapp, sequential):
    rng = np.random.default_rng(1)
    values = rng.uniform(-1.2, 1.2, size=(12, 12))
    values[3, 4] = np.nan
    levels = (0.0, 1.0) if sequential else (-1.0, 1.0)
    kind = "weights" if sequential else "scores"
    shades = text_shades(values, sequential, levels)
    for (row, col), shade in np.ndenumerate(shades):
        if np.isnan(values[row, col]):
            assert shade == MASKED_TEXT
            continue
        wanted = colors.text_color_on(colors.cell_color(values[row, col], kind, levels[1]))
        assert (shade == DARK_TEXT) == (wanted.lightness() < 128)
    assert text_shades(np.array([[-1.0, 0.0, 1.0]]), False, (-1.0, 1.0)).tolist() == [
        [LIGHT_TEXT, DARK_TEXT, LIGHT_TEXT]
    ]


def test_texts_are_made_lazily_and_only_for_changed_cells(qapp, monkeypatch):
    item = CellTextItem()
    values = np.arange(6.0).reshape(2, 3) / 7
    item.set_data(values, sequential=True, levels=(0.0, 1.0))
    assert item.values is not None
    assert item.texts == [fixed(v, 3) for v in values.ravel()]
    made = []
    from qkv_gui.plotting import cell_text

    monkeypatch.setattr(cell_text, "fixed", lambda v, d: (made.append(v), fixed(v, d))[1])
    edited = values.copy()
    edited[1, 2] = 0.5
    item.set_data(edited, sequential=True, levels=(0.0, 1.0), dirty=QRectF(1.5, 0.5, 1, 1))
    assert item.texts[5] == "0.500" and made == [0.5]


def test_one_font_size_for_every_cell_and_none_when_too_small_or_too_many(qapp):
    item = CellTextItem()
    item.set_data(np.array([[1.0, -12.345], [0.5, 2.0]]), sequential=False, levels=(-20.0, 20.0))
    px = item.text_pixel_size(80.0, 40.0)
    assert px is not None and px >= MIN_TEXT_PX
    assert item.text_pixel_size(10.0, 8.0) is None  # unreadable cells: colour only
    item.set_enabled(False)
    assert item.text_pixel_size(80.0, 40.0) is None
    item.set_enabled(None)
    big = CellTextItem()
    side = int(np.ceil(np.sqrt(MAX_ANNOTATED_CELLS + 1)))
    big.set_data(np.zeros((side, side)), sequential=False, levels=(-1.0, 1.0))
    assert big.text_pixel_size(80.0, 40.0) is None
    big.set_enabled(True)  # shown on request, however many
    assert big.text_pixel_size(80.0, 40.0) is not None


def test_one_number_of_decimals_per_plot_and_fewer_in_narrow_cells(qapp):
    item = CellTextItem()
    item.set_data(np.array([[1.0, 2.6e-24], [6.95e-11, 0.5]]), sequential=True, levels=(0.0, 1.0))
    assert item.texts == ["1.000", "0.000", "0.000", "0.500"]  # never 2.6e-24
    wide = item.text_pixel_size(80.0, 40.0)
    assert item.decimals == 3 and wide >= 11
    # Narrow cells: fewer decimals rather than smaller numbers.
    narrow = item.text_pixel_size(30.0, 40.0)
    assert item.decimals < 3 and narrow >= MIN_TEXT_PX
    assert item.texts[1] == "0." + "0" * item.decimals
    # Decimals given by the view (held during a drag) win over the values'.
    item.set_data(np.array([[1.0, 2.0]]), sequential=True, levels=(0.0, 1.0), decimals=2)
    assert item.texts == ["1.00", "2.00"]
    item.set_data(np.array([[1.0, 2.0]]), sequential=True, levels=(0.0, 1.0))
    assert item.texts == ["1", "2"]
