"""The command line: headless export with hand-computed numbers, and clean errors."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from qkv_gui import app
from qkv_gui.core.compute import compute
from qkv_gui.core.presets import list_presets, load_preset
from qkv_gui.core.result_json import result_to_dict
from qkv_gui.core.session_io import load_session

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
OLD_OUTPUT = b"previous export, must survive\n"


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def export(tmp_path: Path, *args: str) -> dict[str, Any]:
    out = tmp_path / "out.json"
    proc = run(*args, "--export-data", out, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(out.read_text(encoding="utf-8"))


def assert_fails(proc: subprocess.CompletedProcess[str], sentence: str) -> None:
    """Status 2 and exactly one stderr line, `error: ...` containing `sentence`."""
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    assert sentence in lines[0], lines[0]
    assert "Traceback" not in proc.stderr


def softmax(row: list[float]) -> list[float]:
    top = max(row)
    exps = [math.exp(x - top) for x in row]
    return [e / sum(exps) for e in exps]


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    return [
        [sum(x * y for x, y in zip(r, col, strict=True)) for col in zip(*b, strict=True)] for r in a
    ]


def assert_close(actual: list[list[float]], expected: list[list[float]], tol: float = 1e-6) -> None:
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected, strict=True):
        assert got == pytest.approx(want, abs=tol)


# -- the worked examples, by hand ------------------------------------------------


@pytest.mark.slow
def test_export_self_attention_worked_example(tmp_path: Path) -> None:
    data = export(tmp_path, "--preset", "self_attention")
    assert data["format"] == "qkv-gui-result" and data["version"] == 2
    keys = [[0, 1, 1], [4, 4, 0], [2, 3, 1]]
    queries = [[1, 0, 2], [2, 2, 2], [2, 1, 3]]
    values = [[1, 2, 3], [2, 8, 0], [2, 6, 3]]
    assert data["keys"] == keys
    assert data["queries"] == queries
    assert data["values"] == values
    # Q·Kᵀ by hand: q1 = [1, 0, 2] · k1 = [0, 1, 1] is 0 + 0 + 2 = 2, and so on.
    scores = [[2, 4, 4], [4, 16, 12], [4, 12, 10]]
    assert data["scores"] == scores
    # softmax([2, 4, 4]) = [1, e², e²] / (1 + 2e²), etc.
    weights = [
        [0.0633789383, 0.4683105308, 0.4683105308],
        [0.0000060337, 0.9820078649, 0.0179861014],
        [0.0002953872, 0.8805369018, 0.1191677110],
    ]
    assert_close(data["weights"], weights)
    assert_close(data["weights"], [softmax(row) for row in scores], tol=1e-12)
    assert_close(data["context"], matmul(weights, values))
    assert_close(data["context"], [
        [1.9366210617, 6.6831053083, 1.5950684075],
        [1.9999939663, 7.9639915951, 0.0539764053],
        [1.9997046128, 7.7598922547, 0.3583892947],
    ])  # fmt: skip


@pytest.mark.slow
def test_export_seq2seq_worked_example(tmp_path: Path) -> None:
    data = export(tmp_path, "--preset", "seq2seq")
    encoder = [[0, 1, 1], [5, 0, 1], [1, 1, 0], [0, 5, 1]]
    assert data["queries"] == [[10, 5, 10]]
    assert data["keys"] == encoder and data["values"] == encoder
    # [10, 5, 10] · h: 0+5+10, 50+0+10, 10+5+0, 0+25+10
    assert data["scores"] == [[15, 60, 15, 35]]
    # h2 wins by 25: its weight is 1 / (1 + e⁻²⁵ + 2e⁻⁴⁵).
    weights = [[math.exp(-45), 1 / (1 + math.exp(-25) + 2 * math.exp(-45)), math.exp(-45),
                math.exp(-25)]]  # fmt: skip
    assert_close(data["weights"], weights, tol=1e-15)
    assert_close(data["context"], [[5.0, 0.0, 1.0]], tol=1e-9)
    assert_close(data["context"], matmul(weights, encoder), tol=1e-12)


@pytest.mark.slow
def test_export_last_state_context_is_exactly_h4(tmp_path: Path) -> None:
    data = export(tmp_path, "--preset", "seq2seq_last_state")
    assert data["weights"] == [[0, 0, 0, 1]]
    assert data["context"] == [[0, 5, 1]]
    assert data["scores"] == [[15, 60, 15, 35]]  # computed as usual, then overridden


@pytest.mark.slow
def test_export_from_a_session_file_and_default(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    session.write_text(
        '{"format": "qkv-gui-session", "version": 1, "inputs": [[1, 0], [0, 1]],'
        ' "score": {"kind": "dot"}, "causal": true}'
    )
    data = export(tmp_path, str(session))
    assert data["scores"] == [[1, None], [0, 1]]  # masked entries are null
    assert data["weights"][0] == [1, 0]
    assert export(tmp_path)["queries"] == export(tmp_path, "--preset", "default")["queries"]


OLD_KEYS = ("format", "version", "queries", "keys", "values", "scores", "weights", "context")


@pytest.mark.slow
def test_export_data_adds_every_matrix_and_setting_and_keeps_the_old_keys(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    session.write_text(
        '{"format": "qkv-gui-session", "version": 1, "labels": ["a", "b", "c"],'
        ' "inputs": [[1, 0], [0, 1], [1, 1]],'
        ' "projection": {"enabled": true, "w_q": [[1, 0], [0, 1]], "w_k": [[0, 1], [1, 0]],'
        ' "w_v": [[2, 0], [0, 2]]},'
        ' "score": {"kind": "additive", "temperature": 0.5, "w_a": [[1, 0], [0, 1], [1, 1], [0, 1]],'
        ' "v_a": [1, -1]}, "causal": true,'
        ' "weights_override": [[1, 0, 0], [0.5, 0.5, 0], [0, 0, 1]]}'
    )
    data = export(tmp_path, str(session))
    old = result_to_dict(compute(load_session(session)))  # the result's own keys
    assert {key: data[key] for key in OLD_KEYS} == {key: old[key] for key in OLD_KEYS}
    # Result version 2; with one head the version-1 keys stay and the head repeats them.
    assert data["version"] == 2 and data["heads"] == [{key: data[key] for key in OLD_KEYS[2:]}]
    assert data["output"] == data["concat"] == data["context"]
    assert data["mode"] == "self" and data["labels"] == ["a", "b", "c"]
    assert data["query_labels"] == ["a", "b", "c"]
    assert data["inputs"] == [[1, 0], [0, 1], [1, 1]]
    assert data["projection"] is True
    assert (data["w_q"], data["w_k"], data["w_v"]) == ([[1, 0], [0, 1]], [[0, 1], [1, 0]],
                                                       [[2, 0], [0, 2]])
    assert data["score"] == {"kind": "additive", "temperature": 0.5,
                             "w_a": [[1, 0], [0, 1], [1, 1], [0, 1]], "v_a": [1, -1]}
    assert data["causal"] is True
    assert data["mask"] == [[True, False, False], [True, True, False], [True, True, True]]
    assert data["weights_override"] == [[1, 0, 0], [0.5, 0.5, 0], [0, 0, 1]]

    seq2seq = export(tmp_path, "--preset", "seq2seq")
    assert seq2seq["decoder"] == [[10, 5, 10]] and seq2seq["mode"] == "seq2seq"
    assert seq2seq["labels"] == ["h1", "h2", "h3", "h4"] and seq2seq["weights_override"] is None
    assert "w_q" not in seq2seq and seq2seq["projection"] is False


@pytest.mark.slow
def test_export_overwrites_an_existing_output(tmp_path: Path) -> None:
    (tmp_path / "out.json").write_bytes(OLD_OUTPUT)
    assert export(tmp_path, "--preset", "seq2seq")["scores"] == [[15, 60, 15, 35]]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


# -- malformed files through the CLI ---------------------------------------------


def _malformed_cases() -> list[tuple[str, bytes, str, str]]:
    """The case table of tests/core/test_session_io.py (one list for both layers)."""
    spec = importlib.util.spec_from_file_location(
        "_session_io_cases", Path(__file__).parent / "core" / "test_session_io.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MALFORMED


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "sentence"),
    [pytest.param(case[1], case[3], id=case[0]) for case in _malformed_cases()],
)
def test_malformed_file_fails_cleanly(tmp_path: Path, content: bytes, sentence: str) -> None:
    (tmp_path / "bad.json").write_bytes(content)
    out = tmp_path / "out.json"
    out.write_bytes(OLD_OUTPUT)
    proc = run("bad.json", "--export-data", out, cwd=tmp_path)
    assert_fails(proc, sentence)
    assert proc.stderr.startswith(f"error: bad.json: {sentence}")
    assert out.read_bytes() == OLD_OUTPUT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.json"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["missing.json"], "error: cannot read missing.json: No such file or directory"),
        (["--preset", "nope"], 'unknown preset "nope"; the presets are: ' + ", ".join(list_presets())),
        (["s.json", "--preset", "seq2seq"], "give either a SESSION file or --preset, not both"),
        (["--size", "1600by1000"], "argument --size: size must be WIDTHxHEIGHT with sides "
         "from 1 to 16384, e.g. 1600x1000, not '1600by1000'"),
        (["--size", "0x10"], "e.g. 1600x1000, not '0x10'"),
        (["--lang", "xx"], "argument --lang: invalid choice: 'xx'"),  # then the choices
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["--screenshot", "a.png"], "use --export-data or --screenshot, not both"),
    ],
)  # fmt: skip
def test_usage_errors(tmp_path: Path, args: list[str], sentence: str) -> None:
    (tmp_path / "s.json").write_text('{"format": "qkv-gui-session", "version": 1, "inputs": [[1]]}')
    out = tmp_path / "out.json"
    out.write_bytes(OLD_OUTPUT)
    proc = run(*args, "--export-data", out, cwd=tmp_path)
    assert_fails(proc, sentence)
    assert out.read_bytes() == OLD_OUTPUT


@pytest.mark.slow
@pytest.mark.parametrize(
    ("target", "reason"),
    [("no/such/dir/out.json", "No such file or directory"), (".", "Is a directory")],
)
def test_unwritable_output(tmp_path: Path, target: str, reason: str) -> None:
    proc = run("--preset", "seq2seq", "--export-data", target, cwd=tmp_path)
    assert_fails(proc, f"cannot write {target}: {reason}")


@pytest.mark.slow
def test_list_presets(tmp_path: Path) -> None:
    proc = run("--list-presets", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    names = proc.stdout.splitlines()
    assert names[0] == "default"
    assert set(names) >= {"default", "self_attention", "seq2seq", "seq2seq_last_state"}
    assert names == list_presets()


@pytest.mark.slow
def test_version(tmp_path: Path) -> None:
    proc = run("--version", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.startswith("qkv-gui ")


@pytest.mark.slow
def test_export_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from qkv_gui import app\n"
        "status = app.main(['--preset', 'self_attention', '--export-data', 'out.json'])\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print(status, qt)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert proc.stdout.strip() == "0 []", proc.stderr
    assert (tmp_path / "out.json").is_file()


# -- the GUI path, with a stand-in for qkv_gui.gui ---------------------------------


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run_gui(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    module = types.ModuleType("qkv_gui.gui")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qkv_gui.gui", module)
    return calls


def test_gui_gets_no_session_when_none_was_asked_for(fake_gui: list[dict[str, Any]]) -> None:
    assert app.main([]) == 0
    assert fake_gui == [
        {"session": None, "path": None, "preset": None, "screenshot": None,
         "size": (1600, 1000), "lang": None}
    ]  # fmt: skip


def test_screenshot_without_a_session_uses_the_default_preset(
    fake_gui: list[dict[str, Any]], tmp_path: Path
) -> None:
    # Like --export-data/-figure/-plot: not the remembered last session, so scripts are reproducible.
    assert app.main(["--screenshot", str(tmp_path / "shot.png")]) == 0
    (call,) = fake_gui
    assert call["session"] == load_preset("default") and call["preset"] == "default"
    assert call["path"] is None


def test_gui_gets_the_loaded_preset(fake_gui: list[dict[str, Any]], tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    argv = ["--preset", "seq2seq", "--screenshot", str(shot), "--size", "800x600", "--lang", "tr"]
    assert app.main(argv) == 0
    (call,) = fake_gui
    assert call["session"].mode == "seq2seq"
    assert call["preset"] == "seq2seq" and call["path"] is None
    assert call["screenshot"] == shot and call["size"] == (800, 600) and call["lang"] == "tr"


def test_gui_is_not_started_for_a_bad_file(
    fake_gui: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert app.main([str(bad)]) == 2
    assert fake_gui == []
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}: the file is not valid JSON") and err.count("\n") == 1


# -- --lesson ----------------------------------------------------------------------


@pytest.mark.slow
def test_export_data_of_a_lesson_is_its_starting_session(tmp_path: Path) -> None:
    from qkv_gui.core.lessons import LESSONS, apply_lesson

    data = export(tmp_path, "--lesson", "3")
    session = apply_lesson(LESSONS[2])
    assert data == json.loads(json.dumps(result_to_dict(compute(session), session)))
    assert data["mode"] == "self" and data["inputs"] == session.inputs.tolist()


@pytest.mark.slow
def test_an_unknown_lesson_names_the_lessons(tmp_path: Path) -> None:
    from qkv_gui.core.lessons import lesson_ids

    proc = run("--lesson", "nope", "--export-data", tmp_path / "out.json", cwd=tmp_path)
    assert_fails(proc, 'unknown lesson "nope"; the lessons are: 1 seq2seq, 2 last_state')
    assert all(name in proc.stderr for name in lesson_ids())
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("text", ["0", str(len(app.lesson_ids()) + 1), "-1", "Seq2seq", ""])
def test_lesson_numbers_count_from_one_and_ids_are_exact(text: str) -> None:
    with pytest.raises(app.UsageError, match="unknown lesson"):
        app.lesson_id(text)


def test_lesson_by_number_or_id() -> None:
    ids = app.lesson_ids()
    assert app.lesson_id("1") == ids[0] and app.lesson_id(str(len(ids))) == ids[-1]
    assert app.lesson_id("svd_topics") == "svd_topics"


def test_gui_opens_at_the_lesson_with_the_learners_own_session(fake_gui: list[dict[str, Any]]) -> None:
    assert app.main(["--lesson", "2"]) == 0
    (call,) = fake_gui
    # No session: the learner's last one is restored, and put aside while the lesson is open.
    assert call["lesson"] == "last_state" and call["session"] is None


def test_screenshot_of_a_lesson_starts_from_the_lesson(fake_gui: list[dict[str, Any]], tmp_path: Path) -> None:
    from qkv_gui.core.lessons import apply_lesson

    assert app.main(["--lesson", "svd_topics", "--screenshot", str(tmp_path / "s.png")]) == 0
    (call,) = fake_gui
    assert call["lesson"] == "svd_topics" and call["session"] == apply_lesson("svd_topics")


def test_lesson_with_a_session_or_preset_is_refused(
    fake_gui: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--lesson", "1", "--preset", "default"]) == 2
    assert fake_gui == []
    assert "give either --lesson or a SESSION file or --preset" in capsys.readouterr().err
