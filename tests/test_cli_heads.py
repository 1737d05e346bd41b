"""--export-plot NAME OUT --head K: head K's plot (1-based), refused for a head the
session does not have. Subprocesses, like tests/test_cli_export.py."""

from __future__ import annotations

import pytest

from qkv_gui import app
from qkv_gui.core.compute import compute
from qkv_gui.core.head_edits import set_heads
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session_io import save_session
from tests.test_cli_export import assert_fails, assert_ok, run

pytestmark = pytest.mark.slow


def two_heads(tmp_path):
    session = set_heads(load_preset("default"), 2)
    path = tmp_path / "two.json"
    save_session(session, path)
    return session, path


def test_export_plot_of_head_2_draws_head_2s_numbers(tmp_path, qapp):
    from PySide6.QtGui import QImage

    session, path = two_heads(tmp_path)
    for head in (1, 2):
        assert_ok(run(path, "--export-plot", "weights", tmp_path / f"w{head}.svg", "--head", head, cwd=tmp_path))
    texts = [(tmp_path / f"w{head}.svg").read_text(encoding="utf-8") for head in (1, 2)]
    weights = compute(session).heads[1].weights
    # Head 2's numbers (three decimals, as the plot writes them) are in head 2's plot.
    assert f"{weights[1, 0]:.3f}" in texts[1] and "head 2" in texts[1]
    assert "head 1" in texts[0]
    assert_ok(run(path, "--export-plot", "geometry", tmp_path / "g.png", "--head", "2", cwd=tmp_path))
    assert not QImage(str(tmp_path / "g.png")).isNull()


def test_a_head_the_session_lacks_is_refused(tmp_path):
    _, path = two_heads(tmp_path)
    assert_fails(run(path, "--export-plot", "weights", tmp_path / "w.png", "--head", "3", cwd=tmp_path),
                 "--head 3: the session has 2 heads, so K must be from 1 to 2")
    assert not (tmp_path / "w.png").exists()


@pytest.mark.parametrize("args, sentence", [
    (["--export-plot", "weights", "w.png", "--head", "2"], "the session has one head, so K must be 1"),
    (["--export-plot", "weights", "w.png", "--head", "0"], "--head 0"),
    (["--export-data", "out.json", "--head", "1"], "--head goes with --export-plot"),
])
def test_head_refused_without_qt(tmp_path, capsys, monkeypatch, args, sentence):
    monkeypatch.chdir(tmp_path)
    assert app.main(args) == 2
    assert sentence in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing written
