"""The one table of matrix names, roles and titles."""

import itertools

import numpy as np
import pytest

from qkv_gui.core import matrices
from qkv_gui.core.compute import RESULT_MATRICES, compute
from qkv_gui.core.session import EDITABLE


def test_every_matrix_is_in_the_table_once():
    assert matrices.MATRIX_NAMES == EDITABLE + RESULT_MATRICES + matrices.STAGE_NAMES
    assert matrices.SEQUENTIAL == ("weights_override", "weights")
    assert [n for n in matrices.MATRIX_NAMES if matrices.info(n).editable] == [*EDITABLE, "w_o", "positional_table"]


def test_every_message_id_a_function_gives_has_an_english_template(self_session, seq2seq_session):
    given = set()
    for session in (self_session, seq2seq_session):
        for kind in ("dot", "scaled_dot", "cosine", "general", "additive"):
            for projection, temperature, positional in itertools.product(
                (False, True), (1.0, 2.0), ("none", "sinusoidal", "learned")
            ):
                s = session.replace(score_kind=kind, projection=projection, temperature=temperature,
                                    positional=positional, positional_table=np.zeros(session.inputs.shape))
                if projection and kind == "dot":  # the output with W_O, and sinusoidal positions
                    w_o = np.eye(s.heads * s.d_v)
                    given.add(matrices.title_id("output", s.replace(w_o=w_o)))
                    given.add(matrices.title_id("positional", s.replace(positional="sinusoidal")))
                given.add(matrices.title_id("positioned_inputs", s))
                for name in matrices.MATRIX_NAMES:
                    given.add(matrices.title_id(name, s))
                    given.add(matrices.title_id(name, s, overridden=True))
                    if matrices.info(name).editable:
                        given.add(matrices.editor_title_id(name, s))
                        given.add(matrices.editor_title_id(name, s.replace(heads=2)))
                    role = matrices.role_id(name, s.mode)
                    if role is not None:
                        given.add(role)
    given.add(matrices.HEAD_TITLE_ID)
    assert given == set(matrices.MESSAGES)


def test_one_wording_in_both_modes(self_session, seq2seq_session):
    title = matrices.title
    assert title("keys", seq2seq_session.replace(projection=False)) == "Keys K = H"
    assert title("keys", seq2seq_session.replace(projection=True)) == "Keys K = H·W_K"
    assert title("queries", seq2seq_session.replace(projection=True)) == "Queries Q = S·W_Q"
    assert title("queries", self_session) == "Queries Q = I·W_Q"
    assert title("values", self_session.replace(projection=False)) == "Values V = I"
    assert title("inputs", seq2seq_session) == "Encoder states H"
    assert title("decoder", seq2seq_session) == "Decoder states S"
    assert matrices.english(matrices.role_id("keys", "seq2seq")) == "encoder states H"
    assert matrices.english(matrices.role_id("queries", "seq2seq")) == "decoder states S"
    assert matrices.english(matrices.role_id("keys", "self")) == "inputs I"
    assert matrices.role_id("scores", "self") is None
    assert matrices.symbol("inputs", "seq2seq") == "H" and matrices.symbol("inputs") == "I"
    assert matrices.symbol("w_q") == "W_Q" and matrices.symbol("keys", "seq2seq") == "K"


def test_weights_title_says_how_they_were_made(self_session):
    title = matrices.title
    assert title("weights", self_session) == "Weights = softmax(scores)"
    assert title("weights", self_session.replace(temperature=0.5)) == (
        "Weights = softmax(scores / T)"
    )
    assert title("weights", self_session, overridden=True) == "Weights (set by hand)"
    with_override = self_session.replace(weights_override=compute(self_session).weights)
    assert title("weights", with_override) == "Weights (set by hand)"
    assert title("scores", self_session.replace(score_kind="cosine")) == "Scores = cos(Q, K)"


def test_titles_say_when_positions_are_added(self_session, seq2seq_session):
    """With positions the heads see I + P (self) or H + P (seq2seq keys and values): the
    titles must not claim Q = I·W_Q."""
    title = matrices.title
    positioned = self_session.replace(positional="sinusoidal")
    assert title("queries", positioned) == "Queries Q = (I + P)·W_Q"
    assert title("keys", positioned.replace(projection=False)) == "Keys K = I + P"
    assert title("values", positioned) == "Values V = (I + P)·W_V"
    learned = seq2seq_session.replace(
        positional="learned", positional_table=np.zeros(seq2seq_session.inputs.shape), projection=True)
    assert title("queries", learned) == "Queries Q = S·W_Q"  # the decoder states get no positions
    assert title("keys", learned) == "Keys K = (H + P)·W_K"
    assert title("values", learned.replace(projection=False)) == "Values V = H + P"
    assert title("queries", self_session) == "Queries Q = I·W_Q"  # none: as before


def test_editor_titles(self_session, seq2seq_session):
    english = matrices.english
    assert english(matrices.editor_title_id("inputs", self_session)) == "Inputs I (n × d)"
    assert english(matrices.editor_title_id("inputs", seq2seq_session)) == (
        "Encoder states H (n × d)"
    )
    assert english(matrices.editor_title_id("w_a", self_session.replace(score_kind="additive"))) == (
        "W_a (2·d_k × h)"
    )
    with pytest.raises(KeyError):
        matrices.editor_title_id("scores", self_session)


def test_in_use(self_session, seq2seq_session):
    assert matrices.in_use("inputs", self_session)
    assert not matrices.in_use("decoder", self_session)
    assert matrices.in_use("decoder", seq2seq_session)
    assert matrices.in_use("w_q", self_session)
    assert not matrices.in_use("w_q", self_session.replace(projection=False))
    assert not matrices.in_use("w_a", self_session)
    assert matrices.in_use("w_a", self_session.replace(score_kind="general"))
    assert not matrices.in_use("v_a", self_session.replace(score_kind="general"))
    assert not matrices.in_use("weights_override", self_session)
    assert all(matrices.in_use(name, self_session) for name in RESULT_MATRICES)


def test_rows_cols_and_labels(self_session, seq2seq_session):
    assert matrices.rows_are_queries("inputs", "self")
    assert not matrices.rows_are_queries("inputs", "seq2seq")
    assert matrices.rows_are_queries("decoder", "seq2seq")
    assert matrices.rows_are_queries("weights_override", "self")
    assert not matrices.rows_are_queries("keys", "seq2seq")
    assert not matrices.rows_are_queries("w_q", "self")
    s = seq2seq_session
    assert matrices.row_labels("scores", s, s.m) == s.query_labels
    assert matrices.col_labels("scores", s, s.n) == s.labels
    assert matrices.row_labels("keys", s, s.n) == s.labels
    assert matrices.row_labels("w_q", s, 2) == ("1", "2")
    assert matrices.col_labels("queries", s, 3) == ("1", "2", "3")
    # Labels that lag the matrix are numbered, never indexed past.
    assert matrices.row_labels("inputs", self_session, 5) == ("x1", "x2", "x3", "4", "5")
    assert matrices.row_labels("inputs", self_session, 2) == ("x1", "x2")


def test_sequential_and_shown_as():
    assert matrices.is_sequential("weights") and matrices.is_sequential("weights_override")
    assert not matrices.is_sequential("scores") and not matrices.is_sequential("nope")
    assert matrices.shown_as("weights_override") == "weights"
    assert matrices.shown_as("inputs") == "inputs"


def test_what_the_editors_resize():
    resizing = {n: (matrices.info(n).resizes_rows, matrices.info(n).dimension)
                for n in matrices.MATRIX_NAMES if matrices.info(n).editable}  # fmt: skip
    assert resizing == {
        "inputs": (True, "d"), "decoder": (True, ""), "w_q": (False, "d_k"),
        "w_k": (False, "d_k"), "w_v": (False, "d_v"), "w_a": (False, ""), "v_a": (False, ""),
        "weights_override": (False, ""), "w_o": (False, ""), "positional_table": (False, ""),
    }  # fmt: skip


@pytest.mark.parametrize("kind", matrices.SCORE_KINDS)
def test_one_notation_for_each_score_function(self_session, kind):
    """The scores title and Explain write the score function as the core table does
    (the toolbar and the geometry's table take it from there too)."""
    from qkv_gui.core import edits
    from qkv_gui.core.compute import compute
    from qkv_gui.core.explain import explain

    session = edits.set_score_kind(self_session, kind)
    assert matrices.title("scores", session) == f"Scores = {matrices.all_scores(kind)}"
    text = str(explain(session, compute(session), "scores", 0, 1))
    # Explain names the pair by its tokens (q_x1, k_x2); the additive score in two steps.
    pair = matrices.pair_score(kind, "q_x1", "k_x2").replace("√d_k", f"√{session.d_k}")
    assert pair.removeprefix("v_a·") in text
    if kind == "additive":
        assert "[q_x1; k_x2]·W_a" in text and "v_a·t" in text
        assert matrices.all_scores(kind) == "v_a·tanh([Q; K]·W_a)"
