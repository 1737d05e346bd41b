"""File → Import… (and a file dropped on the window): a matrix from a CSV/TSV, .npy, .npz or
.safetensors file into the session.

The learner picks the file, what it becomes (inputs, decoder states, W_Q, W_K, W_V, W_O,
the position table), the array of an .npz/.safetensors, and for a model's packed matrix
the block (Q, K or V; a head — of W_O, a head's rows; the first rows). The dialog previews the shape and offers
the fixes `core.import_fit.offers` finds (as it is, transposed, the rest resized); a file
or a shape that cannot be imported is said in the dialog, and the session stays as it is.
OK applies the chosen offer as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .core.import_fit import (
    PARTS,
    TARGETS,
    Block,
    ImportFitError,
    Offer,
    block_shape,
    head_axis,
    offers,
    pick_block,
    picked_labels,
    size_changes,
    target_symbol,
)
from .core.importing import ImportedArray, ImportFileError, array_keys, read_array
from .i18n import translated_error
from .model import AttentionModel

translate = QCoreApplication.translate
# The targets whose heads sit side by side in the session's matrix (W_O's as rows).
HEADED_TARGETS = ("w_q", "w_k", "w_v", "w_o")


def file_filter() -> str:
    return translate(
        "ImportDialog",
        "Matrices (*.csv *.tsv *.txt *.npy *.npz *.safetensors);;All files (*)")


class ImportDialog(QDialog):
    """Choose file → target → key → block → fix; OK imports (see the module's docstring)."""

    def __init__(self, model: AttentionModel, parent: QWidget | None = None, path: str = ""):
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.model = model
        self._imported: ImportedArray | None = None
        self._read_key: tuple[str, str | None] | None = None
        self._offers: tuple[Offer, ...] = ()
        self._read_error = ""
        self.setWindowTitle(self.tr("Import a matrix"))

        self.file_edit = QLineEdit(path)
        self.file_edit.setPlaceholderText(self.tr("a .csv, .tsv, .npy, .npz or .safetensors file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.key_combo = QComboBox()
        self.key_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_combo = QComboBox()
        for target in TARGETS:
            self.target_combo.addItem(self._target_text(target), target)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Array:"), self.key_combo)
        form.addRow("", self.info_label)
        form.addRow(self.tr("Import as:"), self.target_combo)
        self.into_combo = QComboBox()
        self.into_combo.addItem(self.tr("every head (the whole packed matrix)"), None)
        for head in range(model.session.heads):
            self.into_combo.addItem(self.tr("head {number}").format(number=head + 1), head)
        form.addRow(self.tr("Into the session’s:"), self.into_combo)
        self._form = form

        self.block_box = QGroupBox(self.tr("Block of a packed matrix"))
        self.transpose_check = QCheckBox(self.tr("Transpose the file's matrix first (PyTorch's layout)"))
        self.part_combo = QComboBox()
        self.part_combo.addItem(self.tr("every column"), None)
        for part, text in zip(PARTS, (self.tr("Q: the first third of the columns"),
                                      self.tr("K: the second third"), self.tr("V: the last third")),
                              strict=True):
            self.part_combo.addItem(text, part)
        self.heads_spin = QSpinBox()
        self.heads_spin.setRange(1, 4096)
        self.heads_spin.setValue(model.session.heads)
        self.head_combo = QComboBox()
        self.rows_check = QCheckBox(self.tr("Only the first rows:"))
        self.rows_spin = QSpinBox()
        self.rows_spin.setRange(1, 1)
        self.rows_spin.setEnabled(False)
        rows_row = QHBoxLayout()
        rows_row.addWidget(self.rows_check)
        rows_row.addWidget(self.rows_spin)
        rows_row.addStretch(1)
        block_form = QFormLayout(self.block_box)
        block_form.addRow(self.transpose_check)
        block_form.addRow(self.tr("Columns:"), self.part_combo)
        self.heads_label = QLabel()
        block_form.addRow(self.heads_label, self.heads_spin)
        block_form.addRow(self.tr("Head:"), self.head_combo)
        block_form.addRow(rows_row)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("importPreview")
        block_form.addRow(self.tr("Gives:"), self.preview_label)

        self.fix_box = QGroupBox(self.tr("How it fits the session"))
        self.fix_layout = QVBoxLayout(self.fix_box)
        self.fix_group = QButtonGroup(self)
        self.fix_buttons: dict[str, QRadioButton] = {}
        self.error_label = QLabel()
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.block_box)
        layout.addWidget(self.fix_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.file_edit.editingFinished.connect(self._refresh)
        self.key_combo.currentIndexChanged.connect(self._refresh)
        for signal in (self.target_combo.currentIndexChanged, self.into_combo.currentIndexChanged,
                       self.part_combo.currentIndexChanged, self.head_combo.currentIndexChanged,
                       self.transpose_check.toggled, self.rows_spin.valueChanged):
            signal.connect(self._update_offers)
        self.heads_spin.valueChanged.connect(self._on_heads_spin_value_changed)
        self.rows_check.toggled.connect(self._on_rows_check_toggled)
        self._fill_heads()
        self._refresh()

    # -- texts -------------------------------------------------------------------------
    def _target_text(self, target: str) -> str:
        seq2seq = self.model.session.mode == "seq2seq"
        texts = {
            "inputs": self.tr("Encoder states H") if seq2seq else self.tr("Inputs I (one row per token)"),
            "decoder": self.tr("Decoder states S (seq2seq)"),
            "w_q": "W_Q", "w_k": "W_K", "w_v": "W_V",
            "w_o": self.tr("W_O (the output projection)"),
            "positional": self.tr("Position table P (learned positions)"),
        }
        return texts[target]

    def _fix_text(self, offer: Offer) -> str:
        shape = f"{offer.shape[0]} × {offer.shape[1]}"
        if offer.fix == "as_is":
            text = self.tr("As it is ({shape})").format(shape=shape)
        elif offer.fix == "transpose":
            text = self.tr("Transposed ({shape})").format(shape=shape)
        else:
            changes = ", ".join(f"{name} {old} → {new}"
                                for name, old, new in size_changes(self.model.session, offer.session))
            if changes:
                text = self.tr("Resize the rest of the session to it: {changes}").format(changes=changes)
            else:
                text = self.tr("Its first {rows} rows").format(rows=offer.session.n)
        if offer.session.projection and not self.model.session.projection:
            text += " " + self.tr("(turns the projections on)")
        return text

    # -- reading the file --------------------------------------------------------------
    @property
    def path(self) -> str:
        return self.file_edit.text().strip()

    def set_path(self, path: str) -> None:
        self.file_edit.setText(path)
        self._refresh()

    def _on_browse_button_clicked(self) -> None:
        start = str(Path(self.path).parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a matrix"), start, file_filter())
        if path:
            self.set_path(path)

    def _refresh(self) -> None:
        """Read the file (again when the path or the array changed), then the offers."""
        path = self.path
        if self._read_key is None or self._read_key[0] != path:
            self._fill_keys(path)
        key = self.key_combo.currentData() if self.key_combo.count() else None
        if self._read_key != (path, key):
            self._read_key = (path, key)
            self._imported, self._read_error = None, ""
            if path:
                try:
                    self._imported = read_array(path, key)
                except ImportFileError as error:
                    self._read_error = translated_error(error)
        self._show_file()
        self._update_offers()

    def _fill_keys(self, path: str) -> None:
        keys: tuple[str, ...] = ()
        if path:
            try:
                keys = array_keys(path)
            except ImportFileError:
                keys = ()  # reading the file says why
        with QSignalBlocker(self.key_combo):
            self.key_combo.clear()
            for key in keys:
                self.key_combo.addItem(key, key)
        self._form.setRowVisible(self.key_combo, bool(keys))

    def _show_file(self) -> None:
        imported = self._imported
        if imported is None:
            self.info_label.setText("")
            return
        rows, cols = imported.shape
        text = self.tr("The file holds a {rows} × {cols} matrix ({dtype}).").format(
            rows=rows, cols=cols, dtype=imported.dtype)
        if imported.labels is not None:
            text += " " + self.tr("Its first column gives the token labels.")
        self.info_label.setText(text)

    # -- the block and the offers -------------------------------------------------------
    def _on_heads_spin_value_changed(self, _value: int) -> None:
        self._fill_heads()
        self._update_offers()

    def _on_rows_check_toggled(self, checked: bool) -> None:
        self.rows_spin.setEnabled(checked)
        self._update_offers()

    def _fill_heads(self) -> None:
        current = self.head_combo.currentData()
        with QSignalBlocker(self.head_combo):
            self.head_combo.clear()
            self.head_combo.addItem(self.tr("every head"), None)
            for head in range(self.heads_spin.value()):
                self.head_combo.addItem(self.tr("head {number}").format(number=head + 1), head)
            index = self.head_combo.findData(current)
            self.head_combo.setCurrentIndex(max(index, 0))

    @property
    def target(self) -> str:
        return self.target_combo.currentData()

    def block(self, rows: bool = True) -> Block:
        return Block(transpose=self.transpose_check.isChecked(), part=self.part_combo.currentData(),
                     heads=self.heads_spin.value(), head=self.head_combo.currentData(),
                     rows=self.rows_spin.value() if rows and self.rows_check.isChecked() else None,
                     heads_in=head_axis(self.target))

    def _update_offers(self) -> None:
        into_visible = self.target in HEADED_TARGETS and self.model.session.heads > 1
        self._form.setRowVisible(self.into_combo, into_visible)
        self.heads_label.setText(self.tr("Heads in its rows:") if head_axis(self.target) == "rows"
                                 else self.tr("Heads in them:"))
        if self._imported is not None:
            with QSignalBlocker(self.rows_spin):  # a clamped value is read just below
                self.rows_spin.setMaximum(self._block_rows())
        self._offers, problem = (), self._read_error
        self.preview_label.setText("–")
        if self._imported is not None:
            try:
                block = self.block()
                values = pick_block(self._imported.values, block)
                self.preview_label.setText(self.tr("a {rows} × {cols} matrix").format(
                    rows=values.shape[0], cols=values.shape[1]))
                labels = picked_labels(self._imported.labels, block)
                into = self.into_combo.currentData() if into_visible else None
                self._offers = offers(self.model.session, self.target, values, labels, into)
            except (ImportFitError, ImportFileError) as error:
                problem = translated_error(error)
        elif not self.path:
            problem = ""
        self._show_offers()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.ok_button.setEnabled(bool(self._offers))

    def _block_rows(self) -> int:
        """How many rows the block has before "only the first rows" (W_O: one head's)."""
        try:
            return block_shape(self._imported.shape, self.block(rows=False))[0]
        except ImportFitError:  # said under the block; any first rows are wrong then
            return max(self._imported.shape[1 if self.transpose_check.isChecked() else 0], 1)

    def _show_offers(self) -> None:
        # The learner's choice stays while the same fixes are offered; else the likeliest.
        chosen, offered = self.chosen_fix(), tuple(self.fix_buttons)
        for button in self.fix_buttons.values():
            self.fix_group.removeButton(button)
            self.fix_layout.removeWidget(button)
            button.setParent(None)  # gone now, not at the next turn of the event loop
            button.deleteLater()
        self.fix_buttons = {}
        for offer in self._offers:
            button = QRadioButton(self._fix_text(offer))
            button.setObjectName(f"fix_{offer.fix}")
            self.fix_group.addButton(button)
            self.fix_layout.addWidget(button)
            self.fix_buttons[offer.fix] = button
        if self._offers:
            same = offered == tuple(self.fix_buttons)
            wanted = chosen if same and chosen in self.fix_buttons else self._offers[0].fix
            self.fix_buttons[wanted].setChecked(True)
        self.fix_box.setVisible(bool(self._offers))

    def chosen_fix(self) -> str | None:
        for fix, button in self.fix_buttons.items():
            if button.isChecked():
                return fix
        return None

    def chosen_offer(self) -> Offer | None:
        fix = self.chosen_fix()
        return next((offer for offer in self._offers if offer.fix == fix), None)

    # -- OK ----------------------------------------------------------------------------
    def accept(self) -> None:
        offer = self.chosen_offer()
        if offer is None:
            return
        symbol = target_symbol(self.target, self.model.session.mode)
        name = Path(self.path).name
        problem = self.model.validate(offer.session)
        if problem is None and not self.model.apply(offer.session,
                                                    self.tr("Import {name}").format(name=symbol)):
            problem = self.tr("The session refused this import; it stays as it was.")
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.setVisible(True)
            return
        self.model.message.emit(self.tr("Imported {name} from {file}").format(name=symbol, file=name))
        super().accept()


def open_import_dialog(window, path: str = "") -> ImportDialog:
    """Show the import dialog over `window` (a MainWindow), with `path` filled in."""
    dialog = ImportDialog(window.model, window, path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
