"""Help → Glossary: the terms of attention in English and Turkish (`core.glossary`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .core.glossary import GLOSSARY


class GlossaryDialog(QDialog):
    """A two-column table, English ↔ Türkçe; cells can be selected and copied."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Glossary"))
        intro = QLabel(self.tr("The words of attention in English and in Turkish, as the app uses them."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(GLOSSARY), 2)
        # Each column is named in its own language, in both interfaces.
        self.table.setHorizontalHeaderLabels(["English", "Türkçe"])
        for row, term in enumerate(GLOSSARY):
            for column, text in enumerate((term.english, term.turkish)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
