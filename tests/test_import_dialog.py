"""File → Import… and a file dropped on the window: the dialog applies an import as one undo
step; a refusal is shown in the dialog and the session stays as it was."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from qkv_gui.core.import_fit import Block, pick_block
from qkv_gui.core.session_io import save_session
from qkv_gui.import_dialog import ImportDialog, open_import_dialog

EMBEDDINGS = "token,a,b,c\nthe,1,0.5,-2\nbig,0,3,1\ncat,2,2,0.25\n"
PACKED = 100.0 * np.arange(12)[:, None] + np.arange(36)[None, :]


def press_import(dialog: ImportDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_dialog_imports_inputs_as_one_undo_step(window, qtbot, tmp_path):
    path = tmp_path / "emb.csv"
    path.write_text(EMBEDDINGS)
    before = window.model.session
    dialog = open_import_dialog(window, str(path))
    assert dialog.target == "inputs"
    assert dialog.info_label.text() == (
        "The file holds a 3 × 3 matrix (float64). Its first column gives the token labels.")
    assert list(dialog.fix_buttons) == ["resize"]
    assert dialog.fix_buttons["resize"].text() == "Resize the rest of the session to it: n 5 → 3, m 5 → 3, d 4 → 3"
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        press_import(dialog)
    session = window.model.session
    assert session.inputs.tolist() == [[1, 0.5, -2], [0, 3, 1], [2, 2, 0.25]]
    assert session.labels == ("the", "big", "cat") and session.w_q.shape == (3, 2)
    assert window.statusBar().currentMessage() == "Imported I from emb.csv"
    assert window.model.undo_stack.count() == 1
    assert window.model.undo_stack.undoText() == "Import I"
    window.model.undo_stack.undo()
    assert window.model.session == before


def test_the_dialog_picks_a_head_of_a_packed_matrix(window, qtbot, tmp_path):
    path = tmp_path / "c_attn.npy"
    np.save(path, PACKED)
    dialog = open_import_dialog(window, str(path))
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("w_k"))
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("k"))
    dialog.heads_spin.setValue(3)
    dialog.head_combo.setCurrentIndex(dialog.head_combo.findData(1))
    assert dialog.preview_label.text() == "a 12 × 4 matrix"
    assert dialog.fix_buttons["resize"].text() == "Resize the rest of the session to it: d 4 → 12, d_k 2 → 4"
    dialog.rows_check.setChecked(True)
    dialog.rows_spin.setValue(4)
    assert dialog.preview_label.text() == "a 4 × 4 matrix"
    assert dialog.fix_buttons["resize"].text() == "Resize the rest of the session to it: d_k 2 → 4"
    with qtbot.waitSignal(dialog.finished):
        press_import(dialog)
    expected = pick_block(PACKED, Block(part="k", heads=3, head=1, rows=4))
    assert np.array_equal(window.model.session.w_k, expected)


def test_a_refused_file_is_said_in_the_dialog_and_the_session_stays(window, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("1,2,3\n4,5\n")
    before = window.model.session
    dialog = open_import_dialog(window, str(path))
    assert dialog.error_label.text() == "row 2 of ragged.csv has 2 numbers but row 1 has 3"
    assert not dialog.error_label.isHidden()
    assert not dialog.ok_button.isEnabled() and dialog.fix_buttons == {}
    press_import(dialog)
    assert dialog.isVisible() and window.model.session is before
    dialog.close()


def test_a_shape_that_does_not_fit_is_said_in_the_dialog(window, tmp_path):
    path = tmp_path / "p.npy"
    np.save(path, np.ones((3, 4)))
    dialog = open_import_dialog(window, str(path))
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("positional"))
    assert dialog.error_label.text() == "a 3 × 4 matrix does not fit as P: the session needs 5 × 4"
    assert not dialog.ok_button.isEnabled()
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("w_q"))
    assert dialog.error_label.isHidden() and dialog.ok_button.isEnabled()
    dialog.close()


def test_the_transposed_offer_can_be_chosen(window, qtbot, tmp_path):
    path = tmp_path / "w.npy"
    w = np.arange(8.0).reshape(2, 4)  # W_Q as nn.Linear keeps it
    np.save(path, w)
    dialog = open_import_dialog(window, str(path))
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("w_q"))
    assert list(dialog.fix_buttons) == ["transpose", "resize"]
    assert dialog.fix_buttons["transpose"].isChecked()
    assert dialog.fix_buttons["transpose"].text() == "Transposed (4 × 2)"
    with qtbot.waitSignal(dialog.finished):
        press_import(dialog)
    assert np.array_equal(window.model.session.w_q, w.T)


def test_the_array_of_an_npz_is_chosen_in_the_dialog(window, tmp_path):
    path = tmp_path / "m.npz"
    np.savez(path, small=np.ones((5, 4)), wide=np.ones((5, 7)))
    dialog = open_import_dialog(window, str(path))
    assert [dialog.key_combo.itemText(i) for i in range(dialog.key_combo.count())] == ["small", "wide"]
    assert dialog.info_label.text().startswith("The file holds a 5 × 4 matrix")
    dialog.key_combo.setCurrentIndex(1)
    assert dialog.info_label.text().startswith("The file holds a 5 × 7 matrix")
    dialog.close()


def test_file_import_is_in_the_file_menu(window, qtbot):
    assert window.import_action in window.menu("file").actions()
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible() and dialog.path == ""
    assert not dialog.ok_button.isEnabled() and dialog.error_label.isHidden()
    dialog.close()


def _drop(window, path) -> tuple[bool, None]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    if enter.isAccepted():
        window.dropEvent(QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return enter.isAccepted()


def test_a_dropped_matrix_opens_the_dialog_with_the_file(window, tmp_path):
    path = tmp_path / "emb.csv"
    path.write_text(EMBEDDINGS)
    assert _drop(window, path)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.path == str(path)
    assert list(dialog.fix_buttons) == ["resize"]
    dialog.close()


def test_a_dropped_session_still_opens_as_a_session(window, tmp_path):
    from qkv_gui.core.presets import load_preset

    path = tmp_path / "s.json"
    save_session(load_preset("seq2seq"), path)
    assert _drop(window, path)
    assert window.model.session.mode == "seq2seq" and window.findChild(ImportDialog) is None


def test_other_files_are_not_accepted(window, tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF")
    assert not _drop(window, path)
