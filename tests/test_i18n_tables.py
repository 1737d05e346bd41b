"""Core texts are translated on every edit (a matrix's name, an explain note): the tables
of core messages are built once, not read from the preset files each time."""

from __future__ import annotations

from qkv_gui import i18n
from qkv_gui.core import matrices, presets


def test_translating_a_core_text_does_not_read_the_preset_files_again(qapp, monkeypatch):
    msg_id, english = next(iter(matrices.MESSAGES.items()))
    i18n.translated_text("matrices", msg_id)  # the tables are built at most here

    def no_files():
        raise AssertionError("the preset files were read again")

    monkeypatch.setattr(presets, "_preset_data", no_files)
    for _ in range(3):
        assert i18n.translated_text("matrices", msg_id) == english
