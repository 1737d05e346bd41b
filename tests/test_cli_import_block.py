"""The block of a packed matrix on the command line: --transpose, --block q|k|v, --from-head K,
--heads N, --rows D and --into-head H describe the --import just before them and give the same
`Block` the dialog builds; a bad one is one `error:` line, status 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from qkv_gui import app
from qkv_gui.core.import_fit import Block, pick_block
from tests.core.test_import_bfloat16 import bfloat16_bits, save_tensors
from tests.test_cli import OLD_OUTPUT, assert_fails, run

# A packed d × 3·h·d_k in-projection: d = 4 rows, h = 3 heads of d_k = 2, so Q, K, V are six
# columns each. Cell (r, c) holds 100·r + c: every exported number says where it came from.
D, HEADS, D_K = 4, 3, 2
PACKED = 100.0 * np.arange(D)[:, None] + np.arange(3 * HEADS * D_K)[None, :]
K_HEAD_2 = PACKED[:, 8:10]  # K is columns 6–11; its head 2 is columns 8–9
# A 6 × 4 out-projection of 3 heads (d_v = 2), the rows of head 2 being 2–3.
OUT_PROJ = 10.0 * np.arange(6)[:, None] + np.arange(4)[None, :]


def parse(*argv: str):
    return app.build_parser().parse_args(list(argv))


def main_error(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    assert app.main([str(arg) for arg in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    return err[len("error: "):].rstrip("\n")


# -- parsing: which --import an option belongs to ------------------------------------


def test_block_options_go_to_the_import_just_before_them():
    args = parse("--import", "w_q", "a.npy", "--block", "q", "--from-head", "2", "--heads", "12",
                 "--import", "w_k", "a.npy", "--transpose", "--rows", "64",
                 "--import", "inputs", "e.csv")
    assert [(r.target, r.source, r.options) for r in args.imports] == [
        ("w_q", "a.npy", {"--block": "q", "--from-head": 2, "--heads": 12}),
        ("w_k", "a.npy", {"--transpose": True, "--rows": 64}),
        ("inputs", "e.csv", {}),
    ]
    assert args.head is None  # no plot head


def test_the_requests_give_the_dialogs_block():
    args = parse("--import", "w_k", "a.npy", "--block", "k", "--from-head", "2", "--heads", "3",
                 "--rows", "4", "--into-head", "2", "--import", "w_o", "o.npy", "--transpose",
                 "--from-head", "1")
    assert args.imports[0].block(session_heads=2) == (
        Block(part="k", heads=3, head=1, rows=4, heads_in="columns"), 1)
    assert args.imports[1].block(session_heads=2) == (
        Block(transpose=True, heads=2, head=0, heads_in="rows"), None)  # --heads: the session's


def test_the_files_head_and_the_plots_head_are_two_options():
    args = parse("--import", "w_k", "a.npy", "--block", "k", "--from-head", "2", "--heads", "3",
                 "--export-plot", "weights", "w.png", "--head", "1")
    assert args.imports[0].options["--from-head"] == 2 and args.head == 1
    assert parse("--head", "3", "--export-plot", "weights", "w.png").head == 3


@pytest.mark.parametrize("flag", [["--block", "k"], ["--heads", "3"], ["--rows", "2"],
                                  ["--transpose"], ["--into-head", "1"], ["--from-head", "1"]])
def test_a_block_option_before_any_import_is_a_usage_error(capsys, tmp_path, flag):
    out = tmp_path / "out.json"
    assert main_error(capsys, *flag, "--import", "w_k", "a.npy", "--export-data", out) == (
        f"{flag[0]} goes after the --import whose file it picks from, e.g. --import w_k FILE --block k")
    assert not out.exists()


def test_head_without_export_plot_says_where_it_goes(capsys, tmp_path):
    np.save(tmp_path / "p.npy", PACKED)
    assert main_error(capsys, "--import", "w_k", tmp_path / "p.npy", "--block", "k", "--from-head", "1",
                      "--heads", "3", "--head", "2", "--export-data", tmp_path / "out.json") == (
        "--head goes with --export-plot (a head of an imported file: --from-head)")


def test_an_option_given_twice_for_one_import(capsys, tmp_path):
    assert main_error(capsys, "--import", "w_k", "a.npy", "--block", "k", "--block", "v",
                      "--export-data", tmp_path / "out.json") == (
        "--block is given twice for --import w_k a.npy")


def test_heads_without_head(capsys, tmp_path):
    np.save(tmp_path / "p.npy", PACKED)
    assert main_error(capsys, "--import", "w_k", tmp_path / "p.npy", "--heads", "3",
                      "--export-data", tmp_path / "out.json") == (
        "--heads goes with --from-head: say which head to take, e.g. --from-head 1")


def test_an_unknown_part(capsys, tmp_path):
    assert main_error(capsys, "--import", "w_k", "a.npy", "--block", "x",
                      "--export-data", tmp_path / "out.json") == (
        "argument --block: invalid choice: 'x' (choose from 'q', 'k', 'v')")


def test_help_documents_the_block_options(capsys):
    assert app.main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for words in ("--block q|k|v", "--from-head K", "--heads N", "--rows D", "--transpose",
                  "--into-head H", "apply to the --import just before them",
                  "--block k --from-head 3 --heads 12"):
        assert words in text


# -- importing blocks, in process ------------------------------------------------------


def export_preset(tmp_path: Path, preset: str, *argv: str | Path) -> dict:
    out = tmp_path / "out.json"
    assert app.main(["--preset", preset, *map(str, argv), "--export-data", str(out)]) == 0
    return json.loads(out.read_text())


def export(tmp_path: Path, *argv: str | Path) -> dict:
    return export_preset(tmp_path, "default", *argv)


@pytest.mark.parametrize("suffix", [".npy", ".safetensors"])
def test_k_head_2_of_a_packed_in_projection_is_exactly_that_block(tmp_path, suffix):
    path = tmp_path / f"attn{suffix}"
    if suffix == ".npy":
        np.save(path, PACKED)
        source = str(path)
    else:
        save_file({"attn.in_proj": PACKED.astype(np.float32), "other": np.eye(2)}, str(path))
        source = f"{path}#attn.in_proj"
    got = export(tmp_path, "--import", "w_k", source, "--block", "k", "--from-head", "2",
                 "--heads", str(HEADS))
    assert got["w_k"] == K_HEAD_2.tolist() == [[8, 9], [108, 109], [208, 209], [308, 309]]
    assert got["w_k"] == pick_block(PACKED, Block(part="k", heads=3, head=1)).tolist()


def test_pytorchs_transposed_in_proj_and_the_first_rows(tmp_path):
    np.save(tmp_path / "in_proj_weight.npy", PACKED.T)  # PyTorch: 3E × E
    got = export(tmp_path, "--import", "w_q", tmp_path / "in_proj_weight.npy", "--transpose",
                 "--block", "q", "--from-head", "3", "--heads", "3", "--rows", "2")
    assert got["w_q"] == PACKED[:2, 4:6].tolist() == [[4, 5], [104, 105]]
    assert got["inputs"] and len(got["inputs"][0]) == 2  # d followed the 2 rows


def test_w_o_rows_of_one_head(tmp_path):
    np.save(tmp_path / "out_proj.npy", OUT_PROJ)
    got = export(tmp_path, "--import", "w_o", tmp_path / "out_proj.npy", "--from-head", "2",
                 "--heads", "3")
    assert got["w_o"] == OUT_PROJ[2:4].tolist() == [[20, 21, 22, 23], [30, 31, 32, 33]]


def test_w_o_rows_into_one_head_of_the_session(tmp_path):
    np.save(tmp_path / "out_proj.npy", OUT_PROJ)
    out = tmp_path / "out.json"
    assert app.main(["--preset", "many_heads", "--import", "w_o", str(tmp_path / "out_proj.npy"),
                     "--from-head", "3", "--heads", "3", "--into-head", "1",
                     "--export-data", str(out)]) == 0
    w_o = json.loads(out.read_text())["w_o"]
    assert w_o[0:2] == OUT_PROJ[4:6].tolist()
    from qkv_gui.core.presets import load_preset

    assert w_o[2:4] == load_preset("many_heads").w_o[2:4].tolist()


def test_a_full_w_o_that_fits_imports_as_it_is(tmp_path):
    np.save(tmp_path / "w_o.npy", OUT_PROJ[:4])
    out = tmp_path / "out.json"
    assert app.main(["--preset", "many_heads", "--import", "w_o", str(tmp_path / "w_o.npy"),
                     "--export-data", str(out)]) == 0
    assert json.loads(out.read_text())["w_o"] == OUT_PROJ[:4].tolist()


# -- refusals name the file's shape, the block's and the session's ---------------------


def test_a_block_that_does_not_fit_names_all_three_shapes(capsys, tmp_path):
    path = tmp_path / "p.npy"
    np.save(path, np.ones((6, 4)))
    out = tmp_path / "out.json"
    out.write_bytes(OLD_OUTPUT)
    assert main_error(capsys, "--preset", "default", "--import", "positional", path,
                      "--rows", "3", "--export-data", out) == (
        f"cannot import {path} (a 6 × 4 matrix; --rows 3) as positional: a 3 × 4 matrix does "
        "not fit as P: the session needs 5 × 4")
    assert out.read_bytes() == OLD_OUTPUT


def test_a_head_without_heads_says_to_give_them(capsys, tmp_path):
    path = tmp_path / "p.npy"
    np.save(path, PACKED)
    assert main_error(capsys, "--preset", "default", "--import", "w_k", path, "--block", "k",
                      "--from-head", "2", "--export-data", tmp_path / "out.json") == (
        f"cannot import {path} (a 4 × 18 matrix; --block k --from-head 2) as w_k: head 2 does not "
        "exist: the matrix is taken as one head; say how many heads the file's matrix holds "
        "with --heads N")


def test_a_block_that_cannot_be_cut(capsys, tmp_path):
    path = tmp_path / "p.npy"
    np.save(path, np.ones((4, 10)))
    assert main_error(capsys, "--import", "w_k", path, "--block", "k",
                      "--export-data", tmp_path / "out.json") == (
        f"cannot import {path} (a 4 × 10 matrix; --block k) as w_k: a matrix of 10 columns "
        "cannot be split into Q, K and V (thirds)")


# -- the real process --------------------------------------------------------------------


@pytest.mark.slow
def test_k_head_2_of_a_bfloat16_safetensors_round_trips_through_the_process(tmp_path):
    # 20·r + c: still says where each cell came from, and below 256 bfloat16 holds it exactly
    packed = 20.0 * np.arange(D)[:, None] + np.arange(3 * HEADS * D_K)[None, :]
    save_tensors(tmp_path / "model.safetensors", {
        "attn.in_proj_weight": ("bfloat16", bfloat16_bits(packed)),
        "attn.out_proj": ("float32", OUT_PROJ.astype(np.float32)),
    })
    proc = run("--preset", "default",
               "--import", "w_k", "model.safetensors#attn.in_proj_weight", "--block", "k",
               "--from-head", "2", "--heads", "3",
               "--import", "w_o", "model.safetensors#attn.out_proj", "--from-head", "2", "--heads", "3",
               "--export-data", "out.json", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    got = json.loads((tmp_path / "out.json").read_text())
    assert got["w_k"] == packed[:, 8:10].tolist() == [[8, 9], [28, 29], [48, 49], [68, 69]]
    assert got["w_o"] == OUT_PROJ[2:4].tolist()


@pytest.mark.slow
def test_a_block_option_before_its_import_fails_in_the_process_writing_nothing(tmp_path):
    np.save(tmp_path / "p.npy", PACKED)
    proc = run("--preset", "default", "--block", "k", "--import", "w_k", "p.npy",
               "--export-data", "out.json", cwd=tmp_path)
    assert_fails(proc, "--block goes after the --import whose file it picks from")
    assert not (tmp_path / "out.json").exists()
    proc = run("--preset", "default", "--import", "w_k", "p.npy", "--block", "k", "--from-head", "4",
               "--heads", "3", "--export-data", "out.json", cwd=tmp_path)
    assert_fails(proc, "cannot import p.npy (a 4 × 18 matrix; --block k --from-head 4 --heads 3) as "
                       "w_k: head 4 does not exist: there are 3 heads")
    assert not (tmp_path / "out.json").exists()


def test_w_k_of_one_head_into_one_head_of_the_session(tmp_path, capsys):
    from qkv_gui.core.presets import load_preset

    session = load_preset("many_heads")  # 2 heads, d = 4, d_k = 2: W_K 4 × 4
    np.save(tmp_path / "p.npy", PACKED)
    got = export_preset(tmp_path, "many_heads", "--import", "w_k", tmp_path / "p.npy",
                        "--block", "k", "--from-head", "2", "--heads", "3", "--into-head", "2")
    w_k = np.array(got["w_k"])
    assert w_k[:, 2:4].tolist() == K_HEAD_2.tolist()
    assert w_k[:, 0:2].tolist() == session.w_k[:, 0:2].tolist()  # head 1 stays
    assert main_error(capsys, "--preset", "many_heads", "--import", "w_k", tmp_path / "p.npy",
                      "--block", "k", "--from-head", "2", "--heads", "3", "--into-head", "3",
                      "--export-data", tmp_path / "out2.json") == (
        f"cannot import {tmp_path / 'p.npy'} (a 4 × 18 matrix; --block k --from-head 2 --heads 3 "
        "--into-head 3) as w_k: this session has 2 heads: head 3 does not exist")


def test_w_o_rows_into_a_session_of_heads_without_w_o_say_what_to_do(tmp_path, capsys):
    from qkv_gui.core.head_edits import set_w_o
    from qkv_gui.core.presets import load_preset
    from qkv_gui.core.session_io import save_session

    save_session(set_w_o(load_preset("many_heads"), False), tmp_path / "no_w_o.json")  # 2 heads
    np.save(tmp_path / "out_proj.npy", OUT_PROJ)
    assert main_error(capsys, tmp_path / "no_w_o.json", "--import", "w_o", tmp_path / "out_proj.npy",
                      "--from-head", "3", "--heads", "3", "--into-head", "1",
                      "--export-data", tmp_path / "out.json") == (
        f"cannot import {tmp_path / 'out_proj.npy'} (a 6 × 4 matrix; --from-head 3 --heads 3 --into-head 1) "
        "as w_o: this session has no W_O yet to put head 1's rows into: import the whole W_O first "
        "(the rows of all 2 heads), or turn W_O on; to import the whole W_O first, put its "
        "--import w_o FILE before this one")
    assert not (tmp_path / "out.json").exists()
