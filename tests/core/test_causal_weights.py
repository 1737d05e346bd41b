"""The causal mask holds for hand-set weights too (`compute.visible_keys`): one rule."""

import numpy as np
import pytest

from qkv_gui.core import edits
from qkv_gui.core.compute import ComputeError, compute, last_input_override, shown_values
from qkv_gui.core.explain import explain
from qkv_gui.core.presets import load_preset


@pytest.fixture
def causal():
    return load_preset("default").replace(causal=True)


def test_only_the_last_input_under_the_mask_is_each_querys_last_visible_key(causal):
    weights = edits.only_last_input(causal).weights_override
    # Self-attention: the last input query i may see is itself.
    np.testing.assert_array_equal(weights, np.eye(causal.n))
    result = compute(causal.replace(weights_override=weights))
    np.testing.assert_array_equal(result.context, result.values)
    # Without the mask it is still the last input for every query.
    plain = last_input_override(causal.replace(causal=False))
    assert (plain[:, -1] == 1).all()


def test_a_hand_set_weight_on_a_hidden_key_is_refused(causal):
    session = edits.set_override(causal, True)
    typed = edits.with_values(session, "weights_override", {(0, 4): 0.5})
    with pytest.raises(ComputeError) as error:
        compute(typed)
    assert error.value.msg_id == "override_masked"
    assert str(error.value) == "the causal mask hides input 5 from query 1: its weight stays 0"


def test_setting_a_visible_weight_shares_the_rest_only_among_visible_keys(causal):
    session = edits.only_last_input(causal)
    # Row 3 is [0, 0, 1, 0, 0]: setting its 1 to 0 leaves 1 to share, over keys 1 and 2 only.
    edited = edits.with_values(session, "weights_override", {(2, 2): 0.0})
    np.testing.assert_allclose(edited.weights_override[2], [0.5, 0.5, 0, 0, 0])
    compute(edited)  # accepted


def test_turning_the_mask_on_moves_hand_set_weights_to_visible_keys(causal):
    plain = edits.only_last_input(causal.replace(causal=False))  # all on the last input
    masked = edits.set_causal(plain, True)
    np.testing.assert_array_equal(masked.weights_override, np.eye(causal.n))
    mixed = plain.replace(weights_override=np.full((5, 5), 0.2))
    rows = edits.set_causal(mixed, True).weights_override
    np.testing.assert_allclose(rows[1], [0.5, 0.5, 0, 0, 0])
    assert edits.set_causal(mixed, False).weights_override is mixed.weights_override


def test_masked_weights_show_hatched_whether_softmax_or_set_by_hand(causal):
    for session in (causal, edits.only_last_input(causal)):
        result = compute(session)
        shown = shown_values(result, "weights")
        assert np.isnan(shown[~result.mask]).all()
        np.testing.assert_array_equal(shown[result.mask], result.weights[result.mask])
        # Explain names the mask, also for hand-set weights.
        assert explain(session, result, "weights", 0, 3).notes[0].msg_id == "masked"
    unmasked = compute(causal.replace(causal=False))
    assert shown_values(unmasked, "weights") is unmasked.weights
