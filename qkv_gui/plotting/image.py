"""The matrix image: a float matrix through a 256-entry lookup table, fast, and
the hatched background that shows through its masked (NaN) cells."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage

from . import colors

MASKED_HATCH_COLOR = QColor(190, 190, 190)


class MatrixImageItem(pg.ImageItem):
    """An ImageItem that renders a float matrix with a 256-entry RGB lookup table
    straight to a 32-bit QImage.

    pyqtgraph would make an Indexed8 (or, with NaN, a non-premultiplied RGBA)
    image, which the raster engine draws scaled about ten times slower; these
    formats are its fast path. Each value picks its entry by the one
    value→colour rule (`colors.color_indices`), as tables and figures do;
    masked (NaN) cells are transparent, as in pyqtgraph. Anything else (no levels, a callable or non-RGB lookup table, …) is
    rendered by pyqtgraph itself.
    """

    _dirty: QRectF | None = None
    _lut_words: tuple[np.ndarray, np.ndarray] | None = None  # (lookup table, its words)

    def _words(self, lut: np.ndarray) -> np.ndarray:
        """The lookup table as opaque 0xAARRGGBB words (what Format_RGB32 stores),
        and a last, transparent word for masked cells (index MASKED_INDEX = -1)."""
        cached = self._lut_words
        if cached is None or cached[0] is not lut:
            rgb = lut.astype(np.uint32)
            words = (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)
            words = np.append(words, np.uint32(0))
            cached = self._lut_words = (lut, words)
        return cached[1]

    _masked: bool | None = None  # whether the image has masked (NaN) cells; None: not known
    _wanted_stride = (1, 1)  # (rows, columns) per rendered pixel the painter can show
    _rendered_stride = (1, 1)  # … and those of `qimage`

    def set_matrix(self, data: np.ndarray, levels, dirty: QRectF | None = None,
                   masked: bool | None = None) -> None:
        """setImage(data, levels=levels); `dirty` (image coordinates, one unit a
        cell) says only those cells changed, so only they repaint; `masked`: whether
        `data` has NaN (None: looked for when rendering)."""
        self._dirty = dirty
        try:
            self.setImage(data, levels=levels)
        finally:
            self._dirty = None
        self._masked = masked

    def setImage(self, image=None, autoLevels=None, **kargs) -> None:  # noqa: N802 (pyqtgraph's name)
        self._masked = None  # another image: whether it has masked cells is looked for
        super().setImage(image, autoLevels, **kargs)

    def update(self, *args) -> None:
        if not args and self._dirty is not None:
            super().update(self._dirty)
        else:
            super().update(*args)

    def paint(self, painter, *args) -> None:
        # What pyqtgraph's paint does for a row-major image without a border or
        # paint mode, minus its bookkeeping. The painter is already clipped to
        # the part being repainted (after an edit often one row).
        if (
            self.image is None
            or self.axisOrder != "row-major"
            or self.paintMode is not None
            or self.border is not None
        ):
            super().paint(painter, *args)
            return
        stride = _stride(painter)
        if self._renderRequired or stride != self._wanted_stride:
            self._wanted_stride = stride
            self.render()
            if self._unrenderable:
                return
        rows, cols = self.image.shape[:2]
        # The rendered image has one pixel per (row step × column step) cells.
        row_step, col_step = self._rendered_stride
        painter.drawImage(QRectF(0.0, 0.0, cols, rows), self.qimage,
                          QRectF(0.0, 0.0, cols / col_step, rows / row_step))

    def render(self) -> None:
        image, lut, levels = self.image, self.lut, self.levels
        if (
            image is None
            or image.ndim != 2
            or image.size == 0
            or image.dtype.kind != "f"
            or levels is None
            or np.ndim(levels) != 1
            or self.autoDownsample
            or self.axisOrder != "row-major"
            or not isinstance(lut, np.ndarray)
            or lut.dtype != np.uint8
            or lut.ndim != 2
            or lut.shape != (256, 3)
        ):
            self._rendered_stride = (1, 1)
            super().render()
            return
        masked = self._masked
        # More cells than device pixels (512 × 512 in a quarter of a window): every k-th
        # row and column, which is all the screen can show of them anyway (drawing the
        # whole image scaled down picks one cell per pixel too), at a k² smaller cost.
        row_step, col_step = self._wanted_stride
        if (row_step, col_step) != (1, 1):
            image = image[::row_step, ::col_step]
        self._rendered_stride = (row_step, col_step)
        index = colors.color_indices(image, (float(levels[0]), float(levels[1])), masked=masked)
        # One 32-bit word per pixel, 0xAARRGGBB: a single lookup makes the image
        # (`take`: index −1, masked, is the last, transparent word; faster than [index]).
        pixels = np.take(self._words(lut), index)
        if masked if masked is not None else (index == colors.MASKED_INDEX).any():
            fmt_ = QImage.Format.Format_ARGB32_Premultiplied  # masked: transparent
        else:
            fmt_ = QImage.Format.Format_RGB32
        self.qimage = pg.functions.ndarray_to_qimage(pixels, fmt_)
        self._renderRequired = False
        self._unrenderable = False


def _stride(painter) -> tuple[int, int]:
    """(row step, column step): how many cells share one device pixel, at least 1."""
    t = painter.transform()
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    per_col = math.hypot(t.m11(), t.m12()) * ratio  # device pixels per cell
    per_row = math.hypot(t.m21(), t.m22()) * ratio
    return (max(1, int(1.0 / per_row)) if per_row > 0 else 1,
            max(1, int(1.0 / per_col)) if per_col > 0 else 1)


class MaskedBackground(pg.GraphicsObject):
    """Light grey, hatched rectangle under the image: NaN (masked) cells are transparent
    in the ImageItem, so this is what shows through them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rect = QRectF()
        self._hatch = QBrush(MASKED_HATCH_COLOR, Qt.BrushStyle.BDiagPattern)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(self, painter, *args) -> None:
        device_rect = painter.transform().mapRect(self._rect)
        painter.save()
        # Device space, so the hatch keeps its pixel spacing whatever the cell size.
        painter.resetTransform()
        painter.fillRect(device_rect, colors.MASKED_COLOR)
        painter.fillRect(device_rect, self._hatch)
        painter.restore()
