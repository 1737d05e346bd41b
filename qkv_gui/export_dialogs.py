"""The export dialogs: file names (with the filter's extension), folders, replace?,
screenshot scale and pixel size. Module functions, so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMessageBox,
    QSpinBox,
)

SCALES = (1, 2, 3)
MAX_SIDE = 16384


def ask_save_path(parent, caption: str, suggested: str, filters: list[str]) -> str:
    """A file name from the save dialog ("" if cancelled), with the extension of the
    chosen filter added when the name has none of `filters`' extensions."""
    path, chosen = QFileDialog.getSaveFileName(parent, caption, suggested, ";;".join(filters))
    if not path:
        return ""
    suffixes = [_filter_suffix(f) for f in filters]
    if Path(path).suffix.lower() in suffixes:
        return path
    suffix = _filter_suffix(chosen) if chosen in filters else suffixes[0]
    path += suffix
    # The dialog only asked about the name as typed: ask about the real one.
    if Path(path).exists() and not confirm_replace(parent, [path]):
        return ""
    return path


def ask_folder(parent, caption: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, caption, start)


def confirm_replace(parent, paths: list[str]) -> bool:
    """Ask before replacing existing files."""
    if len(paths) == 1:
        text = QCoreApplication.translate("Export", "{file} already exists. Replace it?").format(file=Path(paths[0]).name)
    else:
        names = ", ".join(Path(p).name for p in paths[:6]) + (", …" if len(paths) > 6 else "")
        text = QCoreApplication.translate("Export", "{count} files already exist ({names}). Replace them?").format(
            count=len(paths), names=names
        )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Export", "Replace files?"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def screenshot_scales(screen_ratio: float = 1.0) -> list[float]:
    """The screen's own resolution first (its device pixel ratio), then 2× and 3×."""
    return [screen_ratio] + [float(s) for s in SCALES if s > screen_ratio]


def ask_scale(parent, size: QSize, current: float = 1.0) -> float | None:
    """A scale from `screenshot_scales` (None if cancelled), each shown with its pixel size."""
    ratio = parent.devicePixelRatioF() if parent is not None else 1.0
    scales = screenshot_scales(ratio)
    items = []
    for k, scale in enumerate(scales):
        pixels = f"{round(size.width() * scale)} × {round(size.height() * scale)}"
        if k == 0:
            items.append(QCoreApplication.translate("Export", "As on screen ({pixels} px)").format(pixels=pixels))
        else:
            items.append(
                QCoreApplication.translate("Export", "{scale}× — for print ({pixels} px)").format(scale=f"{scale:g}", pixels=pixels)
            )
    index = scales.index(current) if current in scales else 0
    item, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("Export", "Export screenshot"), QCoreApplication.translate("Export", "Resolution:"), items, index, False
    )
    if not ok:
        return None
    return scales[items.index(item)]


class SizeDialog(QDialog):
    """Width and height in pixels; with `aspect` set the two stay in that ratio."""

    def __init__(
        self,
        parent,
        title: str,
        size: tuple[int, int],
        aspect: float | None = None,
        free_aspect: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._aspect = aspect or size[0] / max(size[1], 1)
        self.width_box, self.height_box = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.width_box, size[0]), (self.height_box, size[1])):
            box.setRange(16, MAX_SIDE)
            box.setSuffix(" px")
            box.setValue(value)
            box.setAccelerated(True)
        self.keep = QCheckBox(self.tr("Keep the proportions"), self)
        self.keep.setChecked(True)
        self.keep.setEnabled(free_aspect)
        self.width_box.valueChanged.connect(self._on_width_box_value_changed)
        self.height_box.valueChanged.connect(self._on_height_box_value_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        form.addRow("", self.keep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_width_box_value_changed(self, value: int) -> None:
        if self.keep.isChecked():
            with QSignalBlocker(self.height_box):
                self.height_box.setValue(max(16, round(value / self._aspect)))

    def _on_height_box_value_changed(self, value: int) -> None:
        if self.keep.isChecked():
            with QSignalBlocker(self.width_box):
                self.width_box.setValue(max(16, round(value * self._aspect)))

    def value(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()


def ask_size(
    parent, title: str, size: tuple[int, int], free_aspect: bool = True
) -> tuple[int, int] | None:
    """A pixel size from SizeDialog, or None if cancelled."""
    dialog = SizeDialog(parent, title, size, free_aspect=free_aspect)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _filter_suffix(filter_text: str) -> str:
    """The extension of a dialog filter: ".png" for "PNG image (*.png)"."""
    inside = filter_text[filter_text.rfind("(") + 1 : filter_text.rfind(")")]
    return inside.split()[0].lstrip("*").lower() if inside else ""
