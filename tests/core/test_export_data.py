"""Matrices as text (CSV, TSV, LaTeX, Markdown) and lesson files: no Qt."""

from __future__ import annotations

import csv
import io
import json
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from qkv_gui.core import export_data
from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.export_data import (
    LABELS_FILE,
    cells_from_text,
    csv_files,
    export_matrices,
    labels_csv,
    matrix_as_csv,
    matrix_as_latex,
    matrix_as_markdown,
    matrix_as_tsv,
    plain,
    session_matrices,
    split_table_text,
    write_csv_folder,
)
from qkv_gui.core.lesson_file import (
    LESSON_FORMAT,
    LessonFileError,
    dumps_lesson,
    is_lesson_file,
    load_lesson_file,
    loads_lesson,
    save_lesson_file,
)
from qkv_gui.core.lessons import lesson_ids
from qkv_gui.core.presets import list_presets, load_preset
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import SessionError, dumps_session, session_to_dict

finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


def load_csv(path) -> np.ndarray:
    return np.loadtxt(path, delimiter=",", ndmin=2)


# -- CSV -------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 5)), elements=finite))
def test_csv_round_trips_every_float_exactly(tmp_path_factory, values):
    path = tmp_path_factory.mktemp("csv") / "m.csv"
    path.write_text(matrix_as_csv(values))
    back = load_csv(path)
    assert back.shape == values.shape
    np.testing.assert_array_equal(back, values)
    # Bit for bit, including the sign of zero.
    assert np.array_equal(np.signbit(back), np.signbit(values))


def test_csv_writes_masked_scores_as_nan(tmp_path):
    session = Session(inputs=[[1.0, 0.0], [0.5, 2.0], [1.0, 1.0]], causal=True)
    scores = compute(session).scores
    assert np.isnan(scores).sum() == 3
    path = tmp_path / "scores.csv"
    path.write_text(matrix_as_csv(scores))
    assert path.read_text().splitlines()[0].endswith(",nan,nan")
    np.testing.assert_array_equal(load_csv(path), scores)  # NaN where NaN


def test_csv_numbers_are_short_when_they_can_be():
    assert matrix_as_csv(np.array([[2.0, -0.5, 0.1], [1e-20, 3.0, -0.0]])) == (
        "2,-0.5,0.1\n1e-20,3,-0\n"
    )


@pytest.mark.parametrize("preset", list_presets())
def test_csv_folder_holds_every_matrix_exactly(tmp_path, preset):
    session = load_preset(preset)
    result = compute(session)
    written = write_csv_folder(session, result, tmp_path / "out")
    names = {p.name for p in written}
    assert names == {f"{name}.csv" for name in export_matrices(session, result)} | {LABELS_FILE}
    for name in RESULT_MATRICES:
        if session.heads == 1:
            np.testing.assert_array_equal(load_csv(tmp_path / "out" / f"{name}.csv"), result.matrix(name))
        for head in range(session.heads if session.heads > 1 else 0):  # scores_head1.csv …
            np.testing.assert_array_equal(
                load_csv(tmp_path / "out" / f"{name}_head{head + 1}.csv"), result.heads[head].matrix(name))
    for name, matrix in session_matrices(session).items():
        np.testing.assert_array_equal(load_csv(tmp_path / "out" / f"{name}.csv"), matrix)


def test_csv_folder_has_only_the_matrices_in_use(self_session, seq2seq_session):
    in_use = session_matrices(self_session)
    assert list(in_use) == ["inputs", "w_q", "w_k", "w_v"]
    assert list(session_matrices(self_session.replace(projection=False))) == ["inputs"]
    assert list(session_matrices(seq2seq_session)) == ["inputs", "decoder"]
    additive = self_session.replace(score_kind="additive", w_a=np.eye(6, 3), v_a=np.ones(3))
    matrices = session_matrices(additive)
    assert "w_a" in matrices and matrices["v_a"].shape == (1, 3)


def test_labels_file_names_every_row(seq2seq_session):
    rows = list(csv.reader(io.StringIO(labels_csv(seq2seq_session))))
    assert rows[0] == ["role", "position", "label"]
    assert rows[1:5] == [["input", str(i), f"h{i}"] for i in range(1, 5)]
    assert rows[5:] == [["query", "1", "s1"]]
    tricky = Session(inputs=[[1.0], [2.0]], labels=('a,"b"', "c"))
    rows = list(csv.reader(io.StringIO(labels_csv(tricky))))
    assert rows[1] == ["input", "1", 'a,"b"']


def test_csv_folder_is_created_one_level_only(tmp_path, self_session):
    result = compute(self_session)
    with pytest.raises(OSError):
        write_csv_folder(self_session, result, tmp_path / "missing" / "out")
    assert not (tmp_path / "missing").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError):
        write_csv_folder(self_session, result, tmp_path / "file")


def test_a_failing_csv_write_leaves_the_old_file(tmp_path, self_session, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    old = "previous export\n"
    (folder / "inputs.csv").write_text(old)

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_csv_folder(self_session, compute(self_session), folder)
    assert (folder / "inputs.csv").read_text() == old
    assert sorted(p.name for p in folder.iterdir()) == ["inputs.csv"]  # no temporary left


def test_csv_files_match_the_folder(tmp_path, self_session):
    result = compute(self_session)
    files = csv_files(self_session, result)
    write_csv_folder(self_session, result, tmp_path)
    for name, text in files.items():
        assert (tmp_path / name).read_text() == text


# -- clipboard formats ---------------------------------------------------------------


def test_tsv_is_exact_and_tab_separated():
    values = np.array([[1.0, 0.1 + 0.2], [-2.5, 1e-300]])
    assert matrix_as_tsv(values) == "1\t0.30000000000000004\n-2.5\t1e-300"


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 4)), elements=finite))
def test_tsv_reads_back_exactly(values):
    lines = matrix_as_tsv(values).split("\n")
    back = np.array([[float(cell) for cell in line.split("\t")] for line in lines])
    np.testing.assert_array_equal(back, values)


def test_tsv_leaves_masked_cells_empty():
    assert matrix_as_tsv(np.array([[1.0, np.nan]])) == "1\t"


def test_plain_matches_the_editor_clipboard_text():
    assert [plain(v) for v in (2.0, -0.0, 0.5, 1e20, 1 / 3)] == [
        "2", "-0", "0.5", "1e+20", "0.3333333333333333",
    ]  # fmt: skip


def test_latex_bmatrix():
    assert matrix_as_latex(np.array([[0.5, -1]])) == "\\begin{bmatrix}\n0.5 & -1\n\\end{bmatrix}"
    text = matrix_as_latex(np.array([[1 / 3, 2.0], [1e-5, np.nan]]))
    assert text == (
        "\\begin{bmatrix}\n0.333 & 2 \\\\\n1 \\times 10^{-5} & -\\infty\n\\end{bmatrix}"
    )
    assert "1.23 \\times 10^{6}" in matrix_as_latex(np.array([[1234567.0]]))


def test_markdown_table():
    text = matrix_as_markdown(np.array([[0.0, 2.0], [1.0, 1 / 3]]), ["x2", "x3"], ["1", "2"])
    assert text == "| | 1 | 2 |\n|---|---:|---:|\n| x2 | 0 | 2 |\n| x3 | 1 | 0.333 |"
    assert matrix_as_markdown(np.array([[1.0]]), ["a"], ["b"]).splitlines()[2] == "| a | 1 |"
    assert matrix_as_markdown(np.array([[1.0]]), ["a|b"], ["c"]).splitlines()[2] == "| a\\|b | 1 |"
    assert matrix_as_markdown(np.array([[np.nan]]), ["a"], ["b"]).endswith("| a | – |")


def test_no_qt_needed():
    assert "PySide6" not in export_data.__dict__


# -- lesson files ------------------------------------------------------------------


@pytest.mark.parametrize("lesson", [None, *lesson_ids()])
def test_lesson_file_round_trip(tmp_path, self_session, lesson):
    path = tmp_path / "lesson.json"
    save_lesson_file(path, self_session, lesson, "svd")
    assert is_lesson_file(path)
    assert json.loads(path.read_text())["panel"] == "svd"
    session, got_lesson, panel = load_lesson_file(path)
    assert session == self_session
    assert (got_lesson, panel) == (lesson, "svd")


def test_lesson_file_wraps_a_session_object(self_session):
    data = json.loads(dumps_lesson(self_session, "self_attention", None))
    assert data["format"] == LESSON_FORMAT and data["version"] == 1
    assert data["session"] == json.loads(dumps_session(self_session))
    assert data["lesson"] == "self_attention" and data["panel"] is None


def test_session_file_is_not_a_lesson_file(tmp_path, self_session):
    path = tmp_path / "s.json"
    path.write_text(dumps_session(self_session))
    assert not is_lesson_file(path)
    assert not is_lesson_file(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_bytes(b"\xff{")
    assert not is_lesson_file(tmp_path / "bad.json")
    with pytest.raises(LessonFileError, match="not a qkv-gui lesson"):
        load_lesson_file(path)


def lesson_text(**changes) -> str:
    data = {
        "format": LESSON_FORMAT,
        "version": 1,
        "session": session_to_dict(load_preset("default")),
        "lesson": None,
        "panel": None,
    }
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (lesson_text(lesson="nope"), 'unknown lesson "nope"; the lessons are: '),
        (lesson_text(lesson=3), 'unknown lesson "3"'),
        (lesson_text(panel=""), "panel must be the name of a panel"),
        (lesson_text(panel=["a"]), "panel must be the name of a panel"),
        (lesson_text(version=2), "version 2 is not supported"),
        (lesson_text(extra=1), 'unknown key "extra" in the lesson file'),
        (lesson_text(session=None), "session is missing from the lesson file"),
        (lesson_text(session={"format": "qkv-gui-session", "version": 1}), "inputs is missing"),
        ('{"format": "qkv-gui-lesson", "format": "x"}', 'the key "format" appears twice'),
        ("{", "the file is not valid JSON"),
        ("[]", "not a qkv-gui lesson"),
    ],
)  # fmt: skip
def test_bad_lesson_files_fail_with_one_sentence(text, sentence):
    with pytest.raises(SessionError) as caught:
        loads_lesson(text)
    assert sentence in str(caught.value)
    assert "\n" not in str(caught.value)


def test_lesson_errors_keep_their_message_id():
    with pytest.raises(LessonFileError) as caught:
        loads_lesson(lesson_text(lesson="nope"))
    assert caught.value.msg_id == "unknown_lesson" and caught.value.params["name"] == "nope"


def test_saving_a_lesson_does_not_touch_the_old_file_on_failure(
    tmp_path, self_session, monkeypatch
):
    path = tmp_path / "lesson.json"
    path.write_text("old")
    with pytest.raises(SessionError):
        save_lesson_file(path, self_session, "no_such_lesson")
    assert path.read_text() == "old"

    def fail(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(SessionError, match="cannot write .*Permission denied"):
        save_lesson_file(path, self_session)
    assert path.read_text() == "old"


# -- pasted text --------------------------------------------------------------------


def test_split_table_text_tabs_semicolons_and_spaces():
    assert split_table_text("1\t2\n3\t4\n") == [["1", "2"], ["3", "4"]]
    assert split_table_text("1;2\r\n3;4") == [["1", "2"], ["3", "4"]]
    assert split_table_text("1  2\r3 4\n\n") == [["1", "2"], ["3", "4"]]
    # Tabs win: a cell of a spreadsheet may hold a space, and an empty cell stays a cell.
    assert split_table_text("1 a\t\t3") == [["1 a", "", "3"]]
    assert split_table_text("") == []


def test_split_table_text_reads_what_matrix_as_tsv_writes():
    values = np.array([[1.5, -2.0], [0.1, 3.25]])
    cells = split_table_text(matrix_as_tsv(values))
    assert np.array(cells, dtype=float).tolist() == values.tolist()


def test_cells_from_text_places_and_clips_the_block():
    cells, bad = cells_from_text("1\t2\t3\n4\t\t6\n7\t8\t9", 1, 1, (3, 3))
    assert bad is None
    # Clipped to the 3 × 3 matrix; the empty cell keeps its value (left out).
    assert cells == {(1, 1): 1.0, (1, 2): 2.0, (2, 1): 4.0}


def test_cells_from_text_refuses_a_block_with_text():
    cells, bad = cells_from_text("1 2\n3 x", 0, 0, (5, 5))
    assert (cells, bad) == ({}, "x")
    assert cells_from_text("1,5;−2", 0, 0, (1, 2)) == ({(0, 0): 1.5, (0, 1): -2.0}, None)


def test_csv_files_per_head_and_the_output_stage():
    rng = np.random.default_rng(5)
    session = Session(inputs=rng.normal(size=(3, 4)), projection=True, heads=2,
                      w_q=rng.normal(size=(4, 4)), w_k=rng.normal(size=(4, 4)),
                      w_v=rng.normal(size=(4, 2)), w_o=rng.normal(size=(2, 3)),
                      positional="sinusoidal", score_kind="dot")  # fmt: skip
    session = session.with_head_override(1, np.full((3, 3), 1 / 3))
    result = compute(session)
    files = export_matrices(session, result)
    assert list(files) == [
        "inputs", "w_q", "w_k", "w_v", "weights_override_head2", "w_o", "positional",
        *(f"{name}_head{k}" for k in (1, 2) for name in RESULT_MATRICES), "concat", "output",
    ]  # fmt: skip
    assert np.array_equal(files["scores_head2"], result.heads[1].scores, equal_nan=True)
    assert np.array_equal(files["output"], result.output)
    # One head with W_O: today's files, then W_O and the output.
    one = Session(inputs=[[1.0, 0.0]], projection=True, w_q=np.eye(2), w_k=np.eye(2),
                  w_v=np.eye(2), w_o=[[1.0], [2.0]], score_kind="dot")  # fmt: skip
    assert list(export_matrices(one, compute(one))) == [
        "inputs", "w_q", "w_k", "w_v", "w_o", *RESULT_MATRICES, "output"]
