"""Reading a matrix from a file the learner keeps: CSV/TSV, NumPy .npy and .npz, .safetensors.

`read_array(path, key)` gives an `ImportedArray` (a read-only 2-D float64 array and,
from a CSV's first text column, the token labels) or raises `ImportFileError`, one
sentence that says what is wrong with the file. Nothing here writes anything;
`core/import_fit.py` puts the array into a session.

Every file is refused before parsing when larger than MAX_FILE_BYTES; every number
must be finite and within ±MAX_ABS_VALUE (`cell_values`: the cells' own limit), so an imported
matrix never turns the scores into overflow. Pickled objects are never loaded.

Models often ship bfloat16 tensors, which NumPy has no type for: the safetensors package
reads their raw 16-bit patterns (`safetensors.deserialize`, what `safetensors.numpy.load`
is built on) and they are widened to float32 exactly (a bfloat16 is the top half of a
float32). Other types NumPy lacks (8-bit floats) are refused, saying to convert them.
"""

from __future__ import annotations

import csv
import io
import math
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .cell_values import MAX_ABS_VALUE, limit_words, written
from .errors import CoreError

MAX_FILE_BYTES = 50 * 1024 * 1024
# An .npz member may be compressed: refuse to inflate one beyond this.
MAX_MEMBER_BYTES = 400 * 1024 * 1024
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
BINARY_SUFFIXES = (".npy", ".npz", ".safetensors")
SUFFIXES = (*TEXT_SUFFIXES, *BINARY_SUFFIXES)
# The safetensors types read as they are, and bfloat16, widened to float32.
SAFETENSORS_DTYPES = ("F16", "F32", "F64", "I8", "I16", "I32", "I64", "U8", "U16", "U32", "U64")
BFLOAT16 = "BF16"
_NPY_MAGIC = b"\x93NUMPY"
_ZIP_MAGIC = b"PK\x03\x04"

# One English template per msg_id; the GUI translates them in the context "importing".
MESSAGES: dict[str, str] = {
    "io": "cannot read {file}: {reason}",
    "too_large": "{file} is {size} MB; files larger than {limit} MB are not imported",
    "empty": "{file} is empty",
    "binary": "{file} is neither a text table (CSV, TSV) nor a .npy, .npz or .safetensors file",
    "bad_file": "{file} is not a readable {kind} file (it may be damaged or cut short)",
    "ragged": "row {row} of {file} has {count} numbers but row {first_row} has {first}",
    "text_cell": "row {row}, column {column} of {file} is not a number: “{text}”",
    "no_numbers": "{file} holds no numbers",
    "not_finite": "row {row}, column {column} of {file} is not a finite number ({value})",
    # As a cell's own sentence (`cell_values`): the numbers written grouped, "−1 000 000".
    "too_big": "row {row}, column {column} of {file} is {value}: a cell holds numbers between {low} and {high}",
    "dimensions": (
        "{file} holds an array of {ndim} dimensions ({shape}); only a vector or a matrix "
        "(1 or 2 dimensions) can be imported"
    ),
    "dtype": (
        "{file} holds numbers of type {dtype}; only real numbers (integers or floats) "
        "can be imported"
    ),
    "dtype_convert": (
        "{file} holds numbers of type {dtype}, which NumPy cannot read: save the tensor "
        "as float16 or float32 first"
    ),
    "missing_key": "{file} has no array “{key}”; it has: {keys}",
    "pick_key": "{file} holds several arrays: pick one of {keys}",
    "no_arrays": "{file} holds no arrays",
    "no_key": "{file} holds one matrix: it has no array “{key}” to pick",
}


class ImportFileError(CoreError):
    """A file that cannot be imported; str() is one English sentence naming the file."""

    msg_context = "importing"
    messages = MESSAGES


@dataclass(frozen=True, eq=False)
class ImportedArray:
    """What a file held: `values` (rows × columns, float64, read-only), the token
    labels of a CSV's first text column (or None), the array's own type (`dtype`,
    e.g. "float32") and, for .npz and .safetensors, the key it came from."""

    values: np.ndarray
    labels: tuple[str, ...] | None = None
    dtype: str = "float64"
    key: str | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return int(self.values.shape[0]), int(self.values.shape[1])


def split_source(text: str) -> tuple[str, str | None]:
    """'emb.npz#weights' → ('emb.npz', 'weights'); a path that exists as given (it may
    hold a '#') or has no '#' has no key."""
    if "#" not in text or os.path.exists(text):
        return text, None
    path, _, key = text.rpartition("#")
    return path, key or None


def file_kind(path: str | os.PathLike[str], head: bytes = b"") -> str:
    """"npy", "npz", "safetensors" or "text": by the first bytes, else by the suffix."""
    if head.startswith(_NPY_MAGIC):
        return "npy"
    if head.startswith(_ZIP_MAGIC):
        return "npz"
    if _looks_like_safetensors(head):
        return "safetensors"
    suffix = Path(path).suffix.lower()
    return suffix[1:] if suffix in BINARY_SUFFIXES else "text"


def _looks_like_safetensors(head: bytes) -> bool:
    # 8 bytes of little-endian header length, then the JSON header.
    return len(head) > 8 and head[8:9] == b"{" and 2 <= int.from_bytes(head[:8], "little") < 10**8


def array_keys(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The names of the arrays an .npz or .safetensors file holds (() for other files)."""
    raw_path = _checked_path(path)
    kind = file_kind(raw_path, _head(raw_path))
    if kind == "npz":
        with _open_npz(raw_path) as archive:
            return tuple(_npz_members(archive))
    if kind == "safetensors":
        return tuple(_safetensors_keys(raw_path))
    return ()


def read_array(path: str | os.PathLike[str], key: str | None = None) -> ImportedArray:
    """The matrix in `path` (the array `key` of an .npz or .safetensors file; without a
    key its only array). A vector is one row. Raises ImportFileError."""
    raw_path = _checked_path(path)
    kind = file_kind(raw_path, _head(raw_path))
    if kind == "text":
        if key is not None:
            raise ImportFileError("no_key", file=_name(path), key=key)
        values, labels, dtype = *_read_text(raw_path), "float64"
    elif kind == "npy":
        if key is not None:
            raise ImportFileError("no_key", file=_name(path), key=key)
        values, labels = _read_npy(raw_path), None
        dtype = str(values.dtype)
    elif kind == "npz":
        values, key = _read_npz(raw_path, key)
        labels, dtype = None, str(values.dtype)
    else:
        values, key, dtype = _read_safetensors(raw_path, key)
        labels = None
    return ImportedArray(_checked_matrix(values, path), labels, dtype, key)


# -- the file itself ---------------------------------------------------------------


def _name(path: str | os.PathLike[str]) -> str:
    return Path(path).name or os.fspath(path)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _checked_path(path: str | os.PathLike[str]) -> str:
    """`path` as a string, once it is known to be a readable regular file of a sane size."""
    text = os.fspath(path)
    try:
        info = os.stat(text)
    except OSError as exc:
        raise ImportFileError("io", file=text, reason=_reason(exc)) from exc
    except ValueError as exc:  # a NUL in the path
        raise ImportFileError("io", file=repr(text), reason=str(exc)) from exc
    if os.path.isdir(text):
        raise ImportFileError("io", file=text, reason=os.strerror(21))  # Is a directory
    if info.st_size > MAX_FILE_BYTES:
        raise ImportFileError("too_large", file=_name(text), size=math.ceil(info.st_size / 2**20),
                              limit=MAX_FILE_BYTES // 2**20)
    if info.st_size == 0:
        raise ImportFileError("empty", file=_name(text))
    return text


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(16)
    except OSError as exc:
        raise ImportFileError("io", file=path, reason=_reason(exc)) from exc


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFileError("io", file=path, reason=_reason(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:  # it grew after the check
        raise ImportFileError("too_large", file=_name(path), size=math.ceil(len(raw) / 2**20),
                              limit=MAX_FILE_BYTES // 2**20)
    return raw


def _checked_matrix(values: np.ndarray, path) -> np.ndarray:
    """`values` as a read-only 2-D float64 matrix, once its type, shape and numbers pass."""
    file = _name(path)
    if values.dtype.kind not in "iuf" or values.dtype.fields is not None:
        raise ImportFileError("dtype", file=file, dtype=str(values.dtype))
    if values.ndim == 1:
        values = values.reshape(1, -1)
    if values.ndim != 2:
        raise ImportFileError("dimensions", file=file, ndim=values.ndim,
                              shape=" × ".join(str(side) for side in values.shape) or "()")
    if values.size == 0:
        raise ImportFileError("no_numbers", file=file)
    matrix = np.array(values, dtype=np.float64)
    bad = ~np.isfinite(matrix)
    if bad.any():
        row, col = (int(i) for i in np.argwhere(bad)[0])
        raise ImportFileError("not_finite", file=file, row=row + 1, column=col + 1,
                              value=str(matrix[row, col]))
    large = np.abs(matrix) > MAX_ABS_VALUE
    if large.any():
        row, col = (int(i) for i in np.argwhere(large)[0])
        raise ImportFileError("too_big", file=file, row=row + 1, column=col + 1,
                              value=written(matrix[row, col]), **limit_words())
    matrix.flags.writeable = False
    return matrix


# -- CSV / TSV ---------------------------------------------------------------------


def _read_text(path: str) -> tuple[np.ndarray, tuple[str, ...] | None]:
    """A table of numbers: an optional header row, an optional first column of labels."""
    file = _name(path)
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError("binary", file=file) from exc
    if "\x00" in text or any(ord(ch) < 32 and ch not in "\t\r\n\f\v" for ch in text[:4096]):
        raise ImportFileError("binary", file=file)
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise ImportFileError("empty", file=file)
    rows = _split_rows(lines)
    header = _is_header(rows[0][1])
    data = rows[1:] if header else rows
    if not data:
        raise ImportFileError("no_numbers", file=file)
    labelled = any(_number(cells[0]) is None for _, cells in data)
    first_line, first_cells = data[0]
    width = len(first_cells)
    values = []
    for line, cells in data:
        if len(cells) != width:
            raise ImportFileError("ragged", file=file, row=line, count=len(cells) - labelled,
                                  first_row=first_line, first=width - labelled)
        row = []
        for column, cell in enumerate(cells[1:] if labelled else cells, start=1 + labelled):
            number = _number(cell)
            if number is None:
                raise ImportFileError("text_cell", file=file, row=line, column=column,
                                      text=_short(cell))
            row.append(number)
        values.append(row)
    if not values[0]:
        raise ImportFileError("no_numbers", file=file)
    labels = tuple(cells[0].strip() for _, cells in data) if labelled else None
    return np.array(values, dtype=np.float64), labels


def _split_rows(lines: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """The cells of each line. Tabs separate them if any line has one, else semicolons
    (then "0,5" is a decimal comma), else commas, else runs of spaces."""
    sample = [line for _, line in lines[:50]]
    for delimiter in ("\t", ";", ","):
        if any(delimiter in line for line in sample):
            break
    else:
        return [(number, line.split()) for number, line in lines]
    rows = []
    for number, line in lines:
        try:
            cells = next(csv.reader(io.StringIO(line), delimiter=delimiter))
        except (csv.Error, StopIteration):
            cells = line.split(delimiter)
        rows.append((number, cells))
    return rows


def _number(cell: str) -> float | None:
    """The number in a cell ("1.5", "1,5", "−2", "1e-3", "nan" too: refused later), or None
    for text."""
    cleaned = cell.strip().replace("\u2212", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned or "_" in cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


def _is_header(cells: list[str]) -> bool:
    """A first row is a header when a cell after the first is not a number (or it has one cell
    of text): "token, a, b" is one; "the, 1, 2" is a labelled row."""
    rest = cells[1:] if len(cells) > 1 else cells
    return any(_number(cell) is None for cell in rest)


def _short(text: str, limit: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- NumPy -------------------------------------------------------------------------


def _npy_header(handle, file: str):
    """(shape, dtype) from an .npy header, or ImportFileError."""
    try:
        version = np.lib.format.read_magic(handle)
        if version == (1, 0):
            shape, _fortran, dtype = np.lib.format.read_array_header_1_0(handle)
        else:
            shape, _fortran, dtype = np.lib.format.read_array_header_2_0(handle)
    except Exception as exc:  # a damaged header: numpy raises ValueError, EOFError, SyntaxError…
        raise ImportFileError("bad_file", file=file, kind=".npy") from exc
    return shape, dtype


def _check_npy_header(shape, dtype, file: str, available: int) -> None:
    if dtype.hasobject or dtype.kind not in "iuf" or dtype.fields is not None:
        raise ImportFileError("dtype", file=file, dtype=str(dtype))
    if len(shape) not in (1, 2):
        raise ImportFileError("dimensions", file=file, ndim=len(shape),
                              shape=" × ".join(str(side) for side in shape) or "()")
    if math.prod(shape) * dtype.itemsize > available:
        raise ImportFileError("bad_file", file=file, kind=".npy")


def _read_npy(path: str) -> np.ndarray:
    file = _name(path)
    raw = _read_bytes(path)
    return _npy_from_bytes(raw, file)


def _npy_from_bytes(raw: bytes, file: str, kind: str = ".npy") -> np.ndarray:
    handle = io.BytesIO(raw)
    shape, dtype = _npy_header(handle, file)
    _check_npy_header(shape, dtype, file, len(raw) - handle.tell())
    handle.seek(0)
    try:
        return np.load(handle, allow_pickle=False)
    except Exception as exc:  # truncated data, a header numpy reads differently
        raise ImportFileError("bad_file", file=file, kind=kind) from exc


def _open_npz(path: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except OSError as exc:
        raise ImportFileError("io", file=path, reason=_reason(exc)) from exc
    except Exception as exc:  # BadZipFile and what a damaged directory gives
        raise ImportFileError("bad_file", file=_name(path), kind=".npz") from exc


def _npz_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """The arrays of an .npz: key → member name ("w.npy" is the array "w")."""
    return {name[:-4] if name.endswith(".npy") else name: name for name in archive.namelist()}


def _read_npz(path: str, key: str | None) -> tuple[np.ndarray, str]:
    file = _name(path)
    with _open_npz(path) as archive:
        members = _npz_members(archive)
        key = _pick_key(file, key, tuple(members))
        info = archive.getinfo(members[key])
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportFileError("too_large", file=f"{file}#{key}",
                                  size=math.ceil(info.file_size / 2**20),
                                  limit=MAX_MEMBER_BYTES // 2**20)
        try:
            raw = archive.read(info)
        except Exception as exc:  # a bad CRC, a damaged stream, an unsupported compression
            raise ImportFileError("bad_file", file=file, kind=".npz") from exc
    return _npy_from_bytes(raw, file, ".npz"), key


def _pick_key(file: str, key: str | None, keys: tuple[str, ...]) -> str:
    if not keys:
        raise ImportFileError("no_arrays", file=file)
    if key is None:
        if len(keys) == 1:
            return keys[0]
        raise ImportFileError("pick_key", file=file, keys=_listed(keys))
    if key not in keys:
        raise ImportFileError("missing_key", file=file, key=key, keys=_listed(keys))
    return key


def _listed(keys: tuple[str, ...], limit: int = 20) -> str:
    shown = ", ".join(keys[:limit])
    return shown + (f", … ({len(keys)})" if len(keys) > limit else "")


# -- safetensors -------------------------------------------------------------------


def _safetensors_keys(path: str) -> list[str]:
    from safetensors import safe_open

    try:
        with safe_open(path, framework="np") as handle:
            return list(handle.keys())
    except OSError as exc:
        raise ImportFileError("io", file=path, reason=_reason(exc)) from exc
    except Exception as exc:  # SafetensorError: a damaged header
        raise ImportFileError("bad_file", file=_name(path), kind=".safetensors") from exc


def _read_safetensors(path: str, key: str | None) -> tuple[np.ndarray, str, str]:
    """The tensor `key`, its key and its type as the dialog names it (e.g. "bfloat16")."""
    from safetensors import safe_open

    file = _name(path)
    key = _pick_key(file, key, tuple(_safetensors_keys(path)))
    try:
        with safe_open(path, framework="np") as handle:
            tensor = handle.get_slice(key)
            shape, dtype = list(tensor.get_shape()), str(tensor.get_dtype()).upper()
            if dtype not in (*SAFETENSORS_DTYPES, BFLOAT16):
                # 8-, 6- and 4-bit floats: numbers NumPy has no type for; complex, bool: not real numbers
                float_like = dtype.startswith(("F", "E"))
                raise ImportFileError("dtype_convert" if float_like else "dtype", file=file,
                                      dtype=dtype)
            if len(shape) not in (1, 2):
                raise ImportFileError("dimensions", file=file, ndim=len(shape),
                                      shape=" × ".join(str(side) for side in shape) or "()")
            if dtype == BFLOAT16:
                return _bfloat16_tensor(path, key, shape), key, "bfloat16"
            values = handle.get_tensor(key)
    except ImportFileError:
        raise
    except OSError as exc:
        raise ImportFileError("io", file=path, reason=_reason(exc)) from exc
    except Exception as exc:
        raise ImportFileError("bad_file", file=file, kind=".safetensors") from exc
    values = np.asarray(values)
    return values, key, str(values.dtype)


def _bfloat16_tensor(path: str, key: str, shape: list[int]) -> np.ndarray:
    """The bfloat16 tensor `key` as float32: the package gives its bytes (its NumPy reader
    has no bfloat16 type); each 16-bit pattern is the top half of the float32 it stands for."""
    from safetensors import deserialize

    data = dict(deserialize(_read_bytes(path)))[key]["data"]
    bits = np.frombuffer(data, dtype="<u2").reshape(shape)
    return (bits.astype(np.uint32) << 16).view(np.float32)
