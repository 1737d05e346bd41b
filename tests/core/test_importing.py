"""Reading matrices from files (core/importing.py): every format round-trips exactly, and every
bad file is refused with its one sentence, never an uncaught exception."""

from __future__ import annotations

import csv
import os
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetensors.numpy import save_file

from qkv_gui.core.format import DIGIT_GROUP, MINUS
from qkv_gui.core.importing import (
    MAX_FILE_BYTES,
    ImportedArray,
    ImportFileError,
    array_keys,
    read_array,
    split_source,
)

MATRIX = np.array([[0.1, -2.5, 3.0], [1e-7, 123456.789, -0.3333333333333333]])


def refused(path, key=None) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_array(path, key)
    return str(caught.value)


# -- round trips -------------------------------------------------------------------


def test_csv_written_by_the_csv_module_round_trips_exactly(tmp_path):
    path = tmp_path / "m.csv"
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows(MATRIX.tolist())
    imported = read_array(path)
    assert np.array_equal(imported.values, MATRIX)
    assert imported.labels is None
    assert not imported.values.flags.writeable


@pytest.mark.parametrize("delimiter", ["\t", " ", ","])
def test_savetxt_round_trips_exactly(tmp_path, delimiter):
    path = tmp_path / "m.txt"
    np.savetxt(path, MATRIX, delimiter=delimiter)  # %.18e: every double exactly
    assert np.array_equal(read_array(path).values, MATRIX)


def test_savetxt_header_is_a_comment_and_skipped(tmp_path):
    path = tmp_path / "m.csv"
    np.savetxt(path, MATRIX, delimiter=",", header="a,b,c")
    assert np.array_equal(read_array(path).values, MATRIX)


def test_semicolons_take_decimal_commas(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("0,5;−1,25;3\n4;5;6,75\n", encoding="utf-8")
    assert read_array(path).values.tolist() == [[0.5, -1.25, 3.0], [4.0, 5.0, 6.75]]


def test_tsv_with_a_header_and_a_label_column(tmp_path):
    path = tmp_path / "emb.tsv"
    path.write_text("token\tx\ty\nthe\t1\t2\n\"big\"\t3.5\t4\ncat\t5\t-6\n", encoding="utf-8")
    imported = read_array(path)
    assert imported.values.tolist() == [[1, 2], [3.5, 4], [5, -6]]
    assert imported.labels == ("the", "big", "cat")


def test_labels_without_a_header(tmp_path):
    path = tmp_path / "emb.csv"
    path.write_text("the,1,2\ncat,3,4\n", encoding="utf-8")
    imported = read_array(path)
    assert imported.values.tolist() == [[1, 2], [3, 4]]
    assert imported.labels == ("the", "cat")


def test_a_header_of_names_only(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    imported = read_array(path)
    assert imported.values.tolist() == [[1, 2], [3, 4]] and imported.labels is None


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.float16, np.int32, np.uint8])
def test_npy_round_trips_exactly(tmp_path, dtype):
    values = np.array([[0.5, 2, 3], [1, 100, 0.25]])
    values = (values * 4).astype(dtype) if np.dtype(dtype).kind in "iu" else values.astype(dtype)
    path = tmp_path / "m.npy"
    np.save(path, values)
    imported = read_array(path)
    assert np.array_equal(imported.values, values.astype(np.float64))
    assert imported.dtype == np.dtype(dtype).name


def test_a_vector_is_one_row(tmp_path):
    path = tmp_path / "v.npy"
    np.save(path, np.array([1.0, 2.0, 3.0]))
    assert read_array(path).values.tolist() == [[1, 2, 3]]


def test_npz_key_round_trips_and_lists_its_keys(tmp_path):
    path = tmp_path / "m.npz"
    np.savez_compressed(path, first=MATRIX, second=MATRIX.T.astype(np.float32))
    assert array_keys(path) == ("first", "second")
    imported = read_array(path, "second")
    assert np.array_equal(imported.values, MATRIX.T.astype(np.float32).astype(np.float64))
    assert imported.key == "second" and imported.dtype == "float32"


def test_npz_with_one_array_needs_no_key(tmp_path):
    path = tmp_path / "m.npz"
    np.savez(path, only=MATRIX)
    assert np.array_equal(read_array(path).values, MATRIX)


def test_safetensors_tensor_round_trips(tmp_path):
    path = tmp_path / "layer.safetensors"
    q = MATRIX.astype(np.float32)
    save_file({"attn.q.weight": q, "attn.k.weight": np.eye(3, dtype=np.float64)}, str(path))
    assert set(array_keys(path)) == {"attn.q.weight", "attn.k.weight"}
    assert np.array_equal(read_array(path, "attn.q.weight").values, q.astype(np.float64))
    assert np.array_equal(read_array(path, "attn.k.weight").values, np.eye(3))


def test_file_kind_comes_from_the_bytes_not_the_name(tmp_path):
    path = tmp_path / "weights.bin"
    np.save(tmp_path / "x.npy", MATRIX)
    os.replace(tmp_path / "x.npy", path)
    assert np.array_equal(read_array(path).values, MATRIX)


def test_split_source():
    assert split_source("emb.npz#w") == ("emb.npz", "w")
    assert split_source("a/b.safetensors#h.0.attn.c_attn.weight") == ("a/b.safetensors", "h.0.attn.c_attn.weight")
    assert split_source("plain.csv") == ("plain.csv", None)


def test_split_source_keeps_a_real_path_with_a_hash(tmp_path):
    path = tmp_path / "a#b.csv"
    path.write_text("1,2\n")
    assert split_source(str(path)) == (str(path), None)


# -- every refusal, with its sentence ---------------------------------------------


def test_empty_file(tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes(b"")
    assert refused(path) == "e.csv is empty"
    path.write_text("\n  \n# just a comment\n")
    assert refused(path) == "e.csv is empty"


def test_binary_garbage(tmp_path):
    path = tmp_path / "g.csv"
    path.write_bytes(bytes(range(256)))
    assert refused(path) == (
        "g.csv is neither a text table (CSV, TSV) nor a .npy, .npz or .safetensors file")


def test_ragged_rows(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("1,2,3\n4,5\n")
    assert refused(path) == "row 2 of r.csv has 2 numbers but row 1 has 3"


def test_ragged_rows_count_numbers_not_labels(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("tok,a,b\nthe,1,2\ncat,3\n")
    assert refused(path) == "row 3 of r.csv has 1 numbers but row 2 has 2"


def test_text_in_a_number_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("1,2\n3,oops\n")
    assert refused(path) == "row 2, column 2 of t.csv is not a number: “oops”"


@pytest.mark.parametrize("text, shown", [("nan", "nan"), ("inf", "inf"), ("-Infinity", "-inf")])
def test_not_finite_in_csv(tmp_path, text, shown):
    path = tmp_path / "n.csv"
    path.write_text(f"1,2\n3,{text}\n")
    assert refused(path) == f"row 2, column 2 of n.csv is not a finite number ({shown})"


def test_not_finite_in_npy(tmp_path):
    path = tmp_path / "n.npy"
    np.save(path, np.array([[1.0, np.inf]]))
    assert refused(path) == "row 1, column 2 of n.npy is not a finite number (inf)"


def test_numbers_beyond_a_million_are_named_as_a_cells_sentence_names_them(tmp_path):
    """Where the number is (row, column of the file), it and the limit written as the cells write
    them (`format.grouped`: −1 000 000 with narrow spaces and the real minus)."""
    path = tmp_path / "b.csv"
    path.write_text("1,2\n3,-2e6\n")
    million = f"1{DIGIT_GROUP}000{DIGIT_GROUP}000"
    assert refused(path) == (f"row 2, column 2 of b.csv is {MINUS}2{DIGIT_GROUP}000{DIGIT_GROUP}000: "
                             f"a cell holds numbers between {MINUS}{million} and {million}")
    path.write_text("0,0,0\n0,0,1000000.5\n")  # its decimals say why it is beyond
    assert refused(path).startswith(f"row 2, column 3 of b.csv is {million}.5: a cell holds")
    path.write_text("1,1e6\n")  # the limit itself is fine
    assert read_array(path).values.tolist() == [[1, 1e6]]


def test_npy_with_three_dimensions(tmp_path):
    path = tmp_path / "cube.npy"
    np.save(path, np.zeros((2, 3, 4)))
    assert refused(path) == (
        "cube.npy holds an array of 3 dimensions (2 × 3 × 4); only a vector or a matrix "
        "(1 or 2 dimensions) can be imported")


@pytest.mark.parametrize("values, dtype", [
    (np.zeros((2, 2), dtype=np.complex128), "complex128"),
    (np.array([[1, "a"]], dtype=object), "object"),
    (np.array([["a", "b"]]), "<U1"),
    (np.zeros((2, 2), dtype=bool), "bool"),
])
def test_npy_of_a_type_that_is_not_real_numbers(tmp_path, values, dtype):
    path = tmp_path / "c.npy"
    np.save(path, values, allow_pickle=True)
    assert refused(path) == (
        f"c.npy holds numbers of type {dtype}; only real numbers (integers or floats) can be imported")


def test_missing_npz_key_lists_the_keys(tmp_path):
    path = tmp_path / "m.npz"
    np.savez(path, w_q=MATRIX, w_k=MATRIX)
    assert refused(path, "w_v") == "m.npz has no array “w_v”; it has: w_q, w_k"
    assert refused(path) == "m.npz holds several arrays: pick one of w_q, w_k"


def test_missing_safetensors_key_lists_the_keys(tmp_path):
    path = tmp_path / "m.safetensors"
    save_file({"a": np.eye(2, dtype=np.float32)}, str(path))
    assert refused(path, "b") == "m.safetensors has no array “b”; it has: a"


def test_safetensors_of_three_dimensions(tmp_path):
    path = tmp_path / "m.safetensors"
    save_file({"a": np.zeros((2, 2, 2), dtype=np.float32)}, str(path))
    assert refused(path, "a").startswith("m.safetensors holds an array of 3 dimensions (2 × 2 × 2)")


def test_a_key_for_a_file_of_one_matrix(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("1,2\n")
    assert refused(path, "w") == "m.csv holds one matrix: it has no array “w” to pick"


def test_a_file_that_vanished(tmp_path):
    assert refused(tmp_path / "gone.csv") == f"cannot read {tmp_path / 'gone.csv'}: No such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_that_cannot_be_read(tmp_path):
    path = tmp_path / "locked.csv"
    path.write_text("1,2\n")
    path.chmod(0)
    try:
        assert refused(path) == f"cannot read {path}: Permission denied"
    finally:
        path.chmod(0o600)


def test_a_folder(tmp_path):
    assert refused(tmp_path) == f"cannot read {tmp_path}: Is a directory"


def test_a_file_over_50_mb_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.npy"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert refused(path) == "huge.npy is 51 MB; files larger than 50 MB are not imported"


def test_damaged_npy(tmp_path):
    path = tmp_path / "d.npy"
    np.save(path, MATRIX)
    path.write_bytes(path.read_bytes()[:-5])
    assert refused(path) == "d.npy is not a readable .npy file (it may be damaged or cut short)"


def test_damaged_npz(tmp_path):
    path = tmp_path / "d.npz"
    np.savez(path, a=MATRIX)
    path.write_bytes(path.read_bytes()[:40])
    assert refused(path) == "d.npz is not a readable .npz file (it may be damaged or cut short)"


def test_npz_does_not_unpickle(tmp_path):
    path = tmp_path / "p.npz"
    np.savez(path, a=np.array([{"x": 1}], dtype=object))
    assert refused(path) == (
        "p.npz holds numbers of type object; only real numbers (integers or floats) can be imported")


# -- fuzzing: never an uncaught exception, nothing written -------------------------

SUFFIXES = (".csv", ".tsv", ".txt", ".npy", ".npz", ".safetensors", ".bin")


def _valid_files(folder) -> dict[str, bytes]:
    """One small valid file of each format, as bytes."""
    files = {}
    np.save(folder / "v.npy", MATRIX)
    np.savez(folder / "v.npz", a=MATRIX, b=MATRIX.T)
    save_file({"a": MATRIX.astype(np.float32), "b": np.eye(2)}, str(folder / "v.safetensors"))
    (folder / "v.csv").write_text("tok,a,b,c\nthe,1,2,3\ncat,0.5,-1,2e-3\n")
    for name in ("v.npy", "v.npz", "v.safetensors", "v.csv"):
        files[name] = (folder / name).read_bytes()
        (folder / name).unlink()
    return files


def _read_safely(path, key=None):
    """read_array's outcome: an ImportedArray or the clear error; anything else fails the test."""
    before = sorted(os.listdir(path.parent))
    try:
        result = read_array(path, key)
    except ImportFileError as error:
        assert str(error) and "\n" not in str(error)
        result = error
    else:
        assert isinstance(result, ImportedArray)
        assert result.values.ndim == 2 and result.values.dtype == np.float64
        assert np.isfinite(result.values).all() and np.abs(result.values).max() <= 1e6
        if result.labels is not None:
            assert len(result.labels) == result.values.shape[0]
    assert sorted(os.listdir(path.parent)) == before  # nothing written
    return result


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_crash(tmp_path, data, suffix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    _read_safely(path)
    _read_safely(path, "a")


@st.composite
def mutations(draw, files):
    name = draw(st.sampled_from(sorted(files)))
    data = bytearray(files[name])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(("flip", "cut", "insert", "delete")))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif data:
            del data[at:at + draw(st.integers(1, 16))]
    return name, bytes(data)


def test_mutated_valid_files_never_crash(tmp_path_factory):
    source = tmp_path_factory.mktemp("valid")
    files = _valid_files(source)
    folder = tmp_path_factory.mktemp("fuzz")

    @settings(max_examples=300)
    @given(mutations(files), st.sampled_from([None, "a", "b", "zz"]))
    def check(mutated, key):
        name, data = mutated
        path = folder / name
        path.write_bytes(data)
        _read_safely(path, key)

    check()


def test_zip_bomb_member_is_refused(tmp_path):
    path = tmp_path / "bomb.npz"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("a.npy", "w", force_zip64=True) as member:
            chunk = bytes(2**20)
            for _ in range(401):
                member.write(chunk)
    assert refused(path) == "bomb.npz#a is 401 MB; files larger than 400 MB are not imported"
