"""Session: read-only float64 arrays; an edit shares the arrays it did not change."""

from __future__ import annotations

import numpy as np
import pytest

from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session


def test_arrays_are_read_only_float64_copies_of_what_was_given():
    given = np.array([[1, 2], [3, 4]])  # ints, writable
    session = Session(inputs=given)
    assert session.inputs.dtype == np.float64 and not session.inputs.flags.writeable
    given[0, 0] = 99  # the caller's array is not the session's
    assert session.inputs[0, 0] == 1.0
    with pytest.raises(ValueError):
        session.inputs[0, 0] = 5.0


def test_a_read_only_view_is_copied_not_shared():
    base = np.ones((2, 2))
    view = base[:]
    view.flags.writeable = False
    session = Session(inputs=view)
    base[0, 0] = 7.0  # the view changes through its base: the session must not
    assert session.inputs[0, 0] == 1.0


def test_an_edit_shares_the_arrays_it_did_not_change():
    session = load_preset("default")
    edited = session.with_cell("w_k", 0, 1, 3.5)
    assert edited.w_k[0, 1] == 3.5 and session.w_k[0, 1] != 3.5
    assert edited.w_k is not session.w_k
    for name in ("inputs", "w_q", "w_v"):
        assert getattr(edited, name) is getattr(session, name)
    assert not edited.w_k.flags.writeable
