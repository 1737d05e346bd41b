"""Matrices as text: CSV files for a folder, TSV / LaTeX / Markdown for the clipboard.

No Qt here, so the command line can export without a display. CSV and TSV
carry every number exactly (shortest `repr`), so reading a file back gives the
same float64 matrix, and always write a decimal point, whatever the language;
LaTeX and Markdown show the rounded numbers the learner sees (`format.fmt`),
with the language's decimal separator (a comma in Turkish: `0{,}5` in LaTeX,
so no space follows it). A pasted block accepts both `0.5` and `0,5`, so a
comma never separates columns: tabs do, else semicolons, else spaces. NaN marks a masked score: "nan" in CSV (numpy reads it
back), an empty cell in TSV, "-\\infty" in LaTeX and "–" in Markdown.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .atomic import atomic_write_text
from .compute import RESULT_MATRICES, Result
from .format import decimal_separator, fmt, parse_float
from .matrices import in_use
from .session import EDITABLE, Session

__all__ = [
    "LABELS_FILE",
    "cells_from_text",
    "csv_files",
    "export_matrices",
    "labels_csv",
    "matrix_as_csv",
    "matrix_as_latex",
    "matrix_as_markdown",
    "matrix_as_tsv",
    "plain",
    "session_matrices",
    "split_table_text",
    "write_csv_folder",
]

LABELS_FILE = "labels.csv"


def plain(value: float) -> str:
    """The shortest text that reads back to the same float (clipboard, editor)."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def matrix_as_tsv(values: np.ndarray) -> str:
    """Tab-separated exact numbers, one line per row (spreadsheets paste it as a block)."""
    return "\n".join("\t".join(_tsv_cell(v) for v in row) for row in np.asarray(values))


def split_table_text(text: str) -> list[list[str]]:
    """Cells of a pasted block: tab separated (spreadsheets, `matrix_as_tsv`), else `;`,
    else spaces; never commas, which may be decimal separators ("0,5 1,5" is two cells)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if "\t" in text:
        return [line.split("\t") for line in lines]
    if ";" in text:
        return [line.split(";") for line in lines]
    return [line.split() for line in lines]


def cells_from_text(
    text: str, top: int, left: int, shape: tuple[int, int]
) -> tuple[dict[tuple[int, int], float], str | None]:
    """The numbers of a pasted block put at (top, left), clipped to a matrix of `shape`.

    Empty cells are left out (they keep their value). Returns (cells, None), or
    ({}, text) with the first cell that is not a number: then nothing is pasted.
    "inf" and "1e400" are numbers here (infinite): the editor says why a cell may not hold them.
    """
    rows, cols = shape
    cells: dict[tuple[int, int], float] = {}
    for i, line in enumerate(split_table_text(text)):
        for j, cell in enumerate(line):
            if not cell.strip():
                continue
            value = parse_float(cell)
            if value is None:
                return {}, cell.strip()
            if top + i < rows and left + j < cols:
                cells[(top + i, left + j)] = value
    return cells, None


def matrix_as_latex(values: np.ndarray) -> str:
    r"""A LaTeX `bmatrix` of the numbers as shown (1e-05 becomes 1 \times 10^{-5})."""
    rows = [" & ".join(_latex_cell(v) for v in row) for row in np.asarray(values)]
    return "\\begin{bmatrix}\n" + " \\\\\n".join(rows) + "\n\\end{bmatrix}"


def matrix_as_markdown(values: np.ndarray, row_labels: Iterable, col_labels: Iterable) -> str:
    """A Markdown table with the row labels in the first column, numbers right-aligned."""
    row_labels, col_labels = list(row_labels), list(col_labels)
    header = "| | " + " | ".join(_markdown_text(c) for c in col_labels) + " |"
    rule = "|---|" + "---:|" * len(col_labels)
    body = [
        f"| {_markdown_text(label)} | " + " | ".join(fmt(v) for v in row) + " |"
        for label, row in zip(row_labels, np.asarray(values), strict=True)
    ]
    return "\n".join([header, rule, *body])


def matrix_as_csv(values: np.ndarray) -> str:
    """Comma-separated exact numbers, one line per row; `np.loadtxt(f, delimiter=",",
    ndmin=2)` gives back exactly `values` (NaN written as "nan")."""
    return "".join(",".join(_csv_cell(v) for v in row) + "\n" for row in np.asarray(values))


def session_matrices(session: Session) -> dict[str, np.ndarray]:
    """The editable matrices that take part in the computation, in editor order."""
    out = {}
    for name in EDITABLE:
        matrix = session.matrix(name)
        if in_use(name, session) and matrix is not None:
            out[name] = np.asarray(matrix, dtype=np.float64)
    return out


def export_matrices(session: Session, result: Result) -> dict[str, np.ndarray]:
    """Every matrix worth exporting: the session's matrices in use, then the result's.

    With several heads each head's matrices are named `scores_head1` …, and the
    concat and output follow; W_O and its output, and the position table, come
    when they take part. One head with none of these exports as it always did.
    """
    s = session
    out = session_matrices(s)
    several = s.heads > 1
    if several:
        out.pop("weights_override", None)
        for k, weights in enumerate(s.weights_overrides, 1):
            if weights is not None:
                out[f"weights_override_head{k}"] = np.asarray(weights, dtype=np.float64)
    if s.uses_w_o:
        out["w_o"] = np.asarray(s.w_o, dtype=np.float64)
    if s.positional != "none" and result.positional is not None:
        out["positional"] = np.asarray(result.positional, dtype=np.float64)
    if several:
        for k, head in enumerate(result.heads, 1):
            for name in RESULT_MATRICES:
                out[f"{name}_head{k}"] = np.asarray(head.matrix(name), dtype=np.float64)
        out["concat"] = np.asarray(result.concat, dtype=np.float64)
    else:
        for name in RESULT_MATRICES:
            out[name] = np.asarray(result.matrix(name), dtype=np.float64)
    if several or s.uses_w_o:
        out["output"] = np.asarray(result.output, dtype=np.float64)
    return out


def labels_csv(session: Session) -> str:
    """Which row is which token: `role,position,label` (role "input", and "query" in
    seq2seq mode, where the queries are the decoder states)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["role", "position", "label"])
    for position, label in enumerate(session.labels, 1):
        writer.writerow(["input", position, label])
    if session.mode == "seq2seq":
        for position, label in enumerate(session.query_labels, 1):
            writer.writerow(["query", position, label])
    return buffer.getvalue()


def csv_files(session: Session, result: Result) -> dict[str, str]:
    """File name → text of every file a CSV export writes."""
    files = {
        f"{name}.csv": matrix_as_csv(m) for name, m in export_matrices(session, result).items()
    }
    files[LABELS_FILE] = labels_csv(session)
    return files


def write_csv_folder(
    session: Session, result: Result, folder: str | os.PathLike[str]
) -> list[Path]:
    """Write one CSV per matrix (and labels.csv) into `folder`; returns the paths.

    The folder is created if its parent exists. Each file is replaced
    atomically, so a failure leaves every earlier file as it was; raises OSError.
    """
    folder = Path(folder)
    if not folder.is_dir():
        folder.mkdir()  # one level only: a mistyped parent should fail, not grow a tree
    written = []
    for name, text in csv_files(session, result).items():
        path = folder / name
        atomic_write_text(path, text)
        written.append(path)
    return written


# -- cells -----------------------------------------------------------------------


def _tsv_cell(value: float) -> str:
    return "" if math.isnan(value) else plain(value)


def _csv_cell(value: float) -> str:
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return plain(value)


_SCIENTIFIC = re.compile(r"^(-?[\d.]+)e([+-])0*(\d+)$")


def _latex_cell(value: float) -> str:
    value = float(value)
    if math.isnan(value):
        return "-\\infty"  # a masked score: the softmax sees minus infinity
    if math.isinf(value):
        return "\\infty" if value > 0 else "-\\infty"
    text = fmt(value, decimal=".")
    match = _SCIENTIFIC.match(text)
    if match:
        mantissa, sign, exponent = match.groups()
        text = f"{mantissa} \\times 10^{{{'-' if sign == '-' else ''}{exponent}}}"
    # In math mode a bare comma is punctuation and takes a space after it: "{,}" does not.
    return text.replace(".", "{,}") if decimal_separator() == "," else text


def _markdown_text(label: object) -> str:
    # A "|" inside a label would start a new column.
    return str(label).replace("|", "\\|")
