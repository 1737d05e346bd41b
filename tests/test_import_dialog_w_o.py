"""The import dialog and a model's W_O: its heads are blocks of rows, so "Head" picks rows there
(and "only the first rows" counts within the head); into a session of several heads, one head's
rows replace only that head's rows. A bfloat16 tensor shows its type."""

from __future__ import annotations

import numpy as np

from qkv_gui.import_dialog import open_import_dialog
from tests.core.test_import_bfloat16 import BITS, save_tensors
from tests.test_import_dialog import press_import

# A 12 × 4 out-projection of 3 heads (d_v = 4, d_o = 4); cell (r, c) holds 100·r + c.
OUT_PROJ = 100.0 * np.arange(12)[:, None] + np.arange(4)[None, :]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_head_of_w_o_picks_rows(make_window, qtbot, tmp_path):
    window = make_window("many_heads")  # 2 heads, d_v = 2, W_O 4 × 4
    path = tmp_path / "out_proj.npy"
    np.save(path, OUT_PROJ)
    dialog = open_import_dialog(window, str(path))
    choose(dialog.target_combo, "w_k")
    assert dialog.heads_label.text() == "Heads in them:"
    choose(dialog.target_combo, "w_o")
    assert dialog.heads_label.text() == "Heads in its rows:"
    dialog.heads_spin.setValue(3)
    choose(dialog.head_combo, 1)
    assert dialog.preview_label.text() == "a 4 × 4 matrix"
    dialog.rows_check.setChecked(True)
    assert dialog.rows_spin.maximum() == 4  # the head's rows, not the file's 12
    dialog.rows_spin.setValue(2)
    assert dialog.preview_label.text() == "a 2 × 4 matrix"
    assert not dialog.into_combo.isHidden()  # W_O has heads in this session
    choose(dialog.into_combo, 1)
    assert list(dialog.fix_buttons) == ["as_is"]
    before = window.model.session.w_o.copy()
    with qtbot.waitSignal(dialog.finished):
        press_import(dialog)
    w_o = window.model.session.w_o
    assert np.array_equal(w_o[2:4], OUT_PROJ[4:6])  # rows 5–6 of the file: head 2's first two
    assert np.array_equal(w_o[0:2], before[0:2])


def test_a_full_w_o_that_fits_is_offered_as_it_is(make_window, qtbot, tmp_path):
    window = make_window("many_heads")
    path = tmp_path / "w_o.npy"
    np.save(path, OUT_PROJ[:4])
    dialog = open_import_dialog(window, str(path))
    choose(dialog.target_combo, "w_o")
    assert list(dialog.fix_buttons)[0] == "as_is" and dialog.fix_buttons["as_is"].isChecked()
    assert dialog.fix_buttons["as_is"].text() == "As it is (4 × 4)"
    with qtbot.waitSignal(dialog.finished):
        press_import(dialog)
    assert np.array_equal(window.model.session.w_o, OUT_PROJ[:4])


def test_a_bfloat16_tensor_shows_its_type(window, tmp_path):
    path = tmp_path / "bf16.safetensors"
    save_tensors(path, {"w": ("bfloat16", BITS)})
    dialog = open_import_dialog(window, str(path))
    assert dialog.info_label.text() == "The file holds a 2 × 3 matrix (bfloat16)."
    choose(dialog.target_combo, "w_q")
    assert dialog.error_label.isHidden() and dialog.ok_button.isEnabled()
    dialog.close()


def test_one_heads_rows_into_a_session_of_heads_without_w_o_say_what_to_do(make_window, tmp_path):
    from qkv_gui.core.head_edits import set_w_o
    from qkv_gui.core.presets import load_preset

    window = make_window(set_w_o(load_preset("many_heads"), False))  # 2 heads, d_v = 2, no W_O
    path = tmp_path / "out_proj.npy"
    np.save(path, OUT_PROJ)
    dialog = open_import_dialog(window, str(path))
    choose(dialog.target_combo, "w_o")
    dialog.heads_spin.setValue(3)
    choose(dialog.head_combo, 1)
    choose(dialog.into_combo, 1)
    assert dialog.error_label.text() == (
        "this session has no W_O yet to put head 2's rows into: import the whole W_O first "
        "(the rows of all 2 heads), or turn W_O on")
    assert not dialog.ok_button.isEnabled()
    dialog.close()
