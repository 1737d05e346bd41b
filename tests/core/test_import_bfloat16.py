"""bfloat16 tensors of a .safetensors file (how many models ship): read through the safetensors
package's own parser and widened to float32 exactly; the types NumPy cannot hold at all (8-bit
floats) are refused with what to do instead."""

from __future__ import annotations

import numpy as np
import pytest
from safetensors import TensorSpec, serialize_file

from qkv_gui.core.importing import ImportFileError, array_keys, read_array

# bfloat16 patterns and the numbers they stand for (sign, 8 exponent bits, 7 mantissa bits):
# 0x3F80 = 1, 0xC020 = −2.5, 0x3E20 = 0.15625, 0x4049 = 3.140625, 0x0000 = 0, 0x4780 = 65536.
BITS = np.array([[0x3F80, 0xC020, 0x3E20], [0x4049, 0x0000, 0x4780]], dtype="<u2")
NUMBERS = [[1.0, -2.5, 0.15625], [3.140625, 0.0, 65536.0]]


def save_tensors(path, tensors: dict[str, tuple[str, np.ndarray]]) -> None:
    """Write `tensors` (name → (safetensors dtype, raw array)) through the package: its numpy
    writer has no bfloat16, but its `serialize_file` takes any dtype with the raw bytes."""
    kept = {name: np.ascontiguousarray(raw) for name, (_dtype, raw) in tensors.items()}
    specs = {name: TensorSpec(dtype=dtype, shape=list(kept[name].shape),
                              data_ptr=kept[name].ctypes.data, data_len=kept[name].nbytes)
             for name, (dtype, _raw) in tensors.items()}
    serialize_file(specs, str(path))


def bfloat16_bits(values: np.ndarray) -> np.ndarray:
    """The bfloat16 patterns of float32 `values` whose low 16 bits are zero (exactly)."""
    values = np.ascontiguousarray(values, dtype=np.float32)
    assert not (values.view(np.uint32) & 0xFFFF).any(), "not exactly a bfloat16"
    return (values.view(np.uint32) >> 16).astype("<u2")


def test_a_bfloat16_tensor_reads_as_the_numbers_its_bits_stand_for(tmp_path):
    path = tmp_path / "layer.safetensors"
    save_tensors(path, {"attn.q": ("bfloat16", BITS), "other": ("float32", np.eye(2, dtype=np.float32))})
    assert set(array_keys(path)) == {"attn.q", "other"}
    imported = read_array(path, "attn.q")
    assert imported.values.tolist() == NUMBERS
    assert imported.dtype == "bfloat16" and imported.key == "attn.q"
    assert read_array(path, "other").values.tolist() == [[1.0, 0.0], [0.0, 1.0]]


def test_a_bfloat16_vector_is_one_row(tmp_path):
    path = tmp_path / "v.safetensors"
    save_tensors(path, {"bias": ("bfloat16", BITS[0])})
    assert read_array(path).values.tolist() == [NUMBERS[0]]


def test_float32_values_written_as_bfloat16_come_back_exactly(tmp_path):
    values = np.array([[0.5, -0.375, 12.0, 1e-2], [-3.0, 7.25, 0.0, 1e5]], dtype=np.float32)
    values = (values.view(np.uint32) & 0xFFFF0000).view(np.float32)  # round to bfloat16 first
    path = tmp_path / "w.safetensors"
    save_tensors(path, {"w": ("bfloat16", bfloat16_bits(values))})
    assert np.array_equal(read_array(path).values, values.astype(np.float64))


def test_a_bfloat16_infinity_or_nan_is_refused_like_any_other(tmp_path):
    path = tmp_path / "bad.safetensors"
    save_tensors(path, {"w": ("bfloat16", np.array([[0x3F80, 0x7F80]], dtype="<u2"))})
    with pytest.raises(ImportFileError) as caught:
        read_array(path)
    assert str(caught.value) == "row 1, column 2 of bad.safetensors is not a finite number (inf)"


def test_a_bfloat16_tensor_of_three_dimensions_is_refused(tmp_path):
    path = tmp_path / "t.safetensors"
    save_tensors(path, {"w": ("bfloat16", np.zeros((2, 2, 2), dtype="<u2"))})
    with pytest.raises(ImportFileError) as caught:
        read_array(path)
    assert str(caught.value).startswith("t.safetensors holds an array of 3 dimensions (2 × 2 × 2)")


def test_an_8_bit_float_tensor_is_refused_saying_what_to_do(tmp_path):
    path = tmp_path / "f8.safetensors"
    save_tensors(path, {"w": ("float8_e4m3fn", np.zeros((2, 2), dtype=np.uint8))})
    with pytest.raises(ImportFileError) as caught:
        read_array(path)
    assert str(caught.value) == (
        "f8.safetensors holds numbers of type F8_E4M3, which NumPy cannot read: save the "
        "tensor as float16 or float32 first")


def test_a_bool_tensor_is_still_not_a_number(tmp_path):
    path = tmp_path / "b.safetensors"
    save_tensors(path, {"w": ("bool", np.zeros((2, 2), dtype=np.uint8))})
    with pytest.raises(ImportFileError) as caught:
        read_array(path)
    assert str(caught.value) == (
        "b.safetensors holds numbers of type BOOL; only real numbers (integers or floats) "
        "can be imported")
