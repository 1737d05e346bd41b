"""Colour maps shared by every view, so a value has the same colour everywhere.

Signed matrices use a diverging map centred at 0 (blue < 0 < red); weights,
which live in [0, 1], use a sequential map.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from ..core.format import largest_magnitude

# Which matrices are weights in [0, 1] is a domain rule: the one table in core says.
from ..core.matrices import is_sequential

# Blue - white - red (ColorBrewer RdBu, reversed so positive is red).
_DIVERGING_STOPS = np.array([
    [33, 102, 172], [103, 169, 207], [209, 229, 240], [247, 247, 247],
    [253, 219, 199], [239, 138, 98], [178, 24, 43],
], dtype=np.float64)
# White to deep purple-blue (ColorBrewer PuBu-like), readable text on light cells.
_SEQUENTIAL_STOPS = np.array([
    [255, 255, 255], [224, 236, 244], [158, 202, 225], [77, 146, 198], [8, 69, 148],
], dtype=np.float64)


def _colormap(stops: np.ndarray) -> pg.ColorMap:
    positions = np.linspace(0.0, 1.0, len(stops))
    return pg.ColorMap(positions, stops.astype(np.ubyte))


DIVERGING = _colormap(_DIVERGING_STOPS)
SEQUENTIAL = _colormap(_SEQUENTIAL_STOPS)
# 256-entry lookup tables, as pyqtgraph's ImageItem draws fastest with them.
DIVERGING_LUT = DIVERGING.getLookupTable(0.0, 1.0, 256, alpha=False)
SEQUENTIAL_LUT = SEQUENTIAL.getLookupTable(0.0, 1.0, 256, alpha=False)


def colormap_for(kind: str) -> pg.ColorMap:
    return SEQUENTIAL if is_sequential(kind) else DIVERGING


def lut_for(kind: str) -> np.ndarray:
    return SEQUENTIAL_LUT if is_sequential(kind) else DIVERGING_LUT


def symmetric_limit(values: np.ndarray, minimum: float = 1e-9) -> float:
    """The largest |value| ignoring NaN: the half-width of a diverging range."""
    values = np.asarray(values, dtype=np.float64)
    if values.size:
        # NaN (masked) or an infinity: the slow way below.
        largest = largest_magnitude(values)
        if math.isfinite(largest):
            return max(largest, minimum)
        largest = float(np.fmax.reduce(np.abs(values), axis=None))  # fmax skips NaN
        if math.isfinite(largest):  # else all masked, or an infinity
            return max(largest, minimum)
    finite = values[np.isfinite(values)]
    return max(float(np.max(np.abs(finite))) if finite.size else 1.0, minimum)


MASKED_INDEX = -1
MASKED_COLOR = QColor(230, 230, 230)


def color_index(value: float, sequential: bool, limit: float) -> int:
    """The one value→colour rule: the lookup-table entry (0…255) for `value`.

    Diverging: ±limit maps to the ends, 0 to the middle; sequential: [0, 1].
    Not finite (masked): MASKED_INDEX. Plain Python: it runs per cell.
    `color_indices` is the same rule for a whole array.
    """
    if not math.isfinite(value):
        return MASKED_INDEX
    # t·255 + 0.5 for t = value (sequential) or 0.5 + 0.5·value/limit, in one
    # multiply-add: `color_indices` does the same operations, so both agree on every value.
    if sequential:
        position = value * 255.0 + 0.5
    elif limit > 0:
        position = value * (127.5 / limit) + 128.0
    else:
        position = 128.0
    return int(min(max(position, 0.5), 255.5))  # truncates: 255.5 is 255


def color_indices(values: np.ndarray, levels: tuple[float, float], masked: bool | None = None) -> np.ndarray:
    """`color_index` of every value (int16, MASKED_INDEX where not finite), for
    colour `levels` (low, high): (0, 1) sequential, (−limit, limit) diverging.
    `masked`: whether any value is not finite, when the caller knows (None: looked for).

    The same arithmetic as `color_index`, vectorised, so an image, its numbers'
    shades and a table cell agree on every value.
    """
    low, high = float(levels[0]), float(levels[1])
    values = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(values) if masked is not False else None
    masked = not finite.all() if finite is not None else False
    # Few passes over the array (at n = 512 a heatmap has 262 144 values): a
    # multiply, an add, a clip and a cast.
    with np.errstate(over="ignore", invalid="ignore"):  # huge values: clipped below
        if low == 0.0 and high == 1.0:
            position = values * 255.0
            position += 0.5
        elif high > 0 and low == -high:
            position = values * (127.5 / high)
            position += 128.0
        elif high > low:
            position = (values - low) * (255.0 / (high - low))
            position += 0.5
        else:
            position = np.full(values.shape, 128.0)
    if masked:
        position[~finite] = 0.5
    np.clip(position, 0.5, 255.5, out=position)
    index = position.astype(np.int16)  # truncates: 255.5 is 255
    if masked:
        index[~finite] = MASKED_INDEX
    return index


def cell_color(value: float, kind: str, limit: float) -> QColor:
    """The background colour of one cell: diverging around 0 within ±limit, or [0, 1]."""
    sequential = is_sequential(kind)
    index = color_index(float(value), sequential, limit)
    if index == MASKED_INDEX:
        return QColor(MASKED_COLOR)
    r, g, b = (SEQUENTIAL_LUT if sequential else DIVERGING_LUT)[index][:3]
    return QColor(int(r), int(g), int(b))


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (by luminance)."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(20, 20, 20) if luminance > 140 else QColor(255, 255, 255)


# Highlight colours for linked selection (query) and hover (key), used in every view.
SELECTION_COLOR = QColor(255, 170, 0)
HOVER_COLOR = QColor(0, 170, 120)

# One colour per head (at most MAX_HEADS = 8), for its block of columns in W_Q, W_K,
# W_V, its small multiples and its titles. Dark enough for text on white, and none
# of them the selection's orange or the hover's green.
_HEAD_COLORS = ((52, 101, 164), (181, 55, 107), (117, 80, 123), (143, 89, 2),
                (31, 138, 153), (110, 110, 28), (85, 90, 128), (192, 96, 90))


def head_color(head: int) -> QColor:
    """The colour of head `head` (0-based); the colours repeat after eight heads."""
    return QColor(*_HEAD_COLORS[head % len(_HEAD_COLORS)])
