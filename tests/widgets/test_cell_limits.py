"""Every way a number enters a cell stops at ±1 000 000 and at numbers that are not
finite: typing (through the editor's own line edit), a pasted table (Ctrl+V), the
scrub, the hand-set weights, W_O and the learned positions. Each refusal is one
status-bar sentence naming the cell as the editor shows it, and the session and its
undo history stay as they were."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from qkv_gui.core import edits
from qkv_gui.core.presets import load_preset
from qkv_gui.core.session import Session
from qkv_gui.core.session_io import dumps_session, loads_session
from qkv_gui.i18n import install_translator
from qkv_gui.model import AttentionModel
from qkv_gui.widgets.matrix_editor import MatrixEditor
from tests.helpers import shown

G = "\u202f"  # the narrow space between groups of digits
RANGE = f"a cell holds numbers between −1{G}000{G}000 and 1{G}000{G}000"
LEFT, NO_BUTTON = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
CTRL = Qt.KeyboardModifier.ControlModifier


def make_editor(qtbot, model: AttentionModel, name: str) -> MatrixEditor:
    return shown(qtbot, MatrixEditor(model, name), 360, 260)


class Unchanged:
    """The model's session, undo history and saved state, to compare after a refusal."""

    def __init__(self, model: AttentionModel):
        self.model = model
        self.session, self.count, self.dirty = model.session, model.undo_stack.count(), model.dirty

    def check(self) -> None:
        assert self.model.session is self.session
        assert self.model.undo_stack.count() == self.count
        assert self.model.dirty == self.dirty


def type_into(qtbot, editor: MatrixEditor, row: int, col: int, text: str) -> list[str]:
    """Type `text` into cell (row, col) through the delegate's QLineEdit and press Enter;
    the status-bar messages it gave."""
    messages: list[str] = []
    editor._model.message.connect(messages.append)
    table = editor.table
    index = editor.table_model.index(row, col)
    table.setCurrentIndex(index)
    table.edit(index)
    line = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    line.setText(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # Qt 6 commits the editor's data through a queued call.
    qtbot.waitUntil(lambda: bool(messages) or editor._model.undo_stack.count() > 0, timeout=2000)
    editor._model.message.disconnect(messages.append)
    return messages


@pytest.fixture
def inputs_editor(qtbot, model):
    return make_editor(qtbot, model, "inputs")


# -- typing --------------------------------------------------------------------------


@pytest.mark.parametrize("typed, sentence", [
    ("10000000", f"I[x1, 2] cannot be 10{G}000{G}000: {RANGE}"),
    ("1e7", f"I[x1, 2] cannot be 10{G}000{G}000: {RANGE}"),
    ("−2000000", f"I[x1, 2] cannot be −2{G}000{G}000: {RANGE}"),
    ("1000000,5", f"I[x1, 2] cannot be 1{G}000{G}000.5: {RANGE}"),
    ("nan", f"I[x1, 2] cannot be “nan”: {RANGE}"),
    ("inf", f"I[x1, 2] cannot be “inf”: {RANGE}"),
    ("-Infinity", f"I[x1, 2] cannot be “-Infinity”: {RANGE}"),
    ("1e400", f"I[x1, 2] cannot be “1e400”: {RANGE}"),
    ("abc", "“abc” is not a number — the value stays 0"),
])  # fmt: skip
def test_a_typed_number_a_cell_may_not_hold_is_one_message_and_changes_nothing(
        qtbot, inputs_editor, model, typed, sentence):
    before = Unchanged(model)
    assert type_into(qtbot, inputs_editor, 0, 1, typed) == [sentence]
    before.check()


def test_the_limit_itself_is_typed_as_usual(qtbot, inputs_editor, model):
    assert type_into(qtbot, inputs_editor, 0, 1, "-1000000") == []
    assert model.session.inputs[0, 1] == -1e6 and model.undo_stack.count() == 1


def test_a_typed_number_in_turkish(qtbot, inputs_editor, model):
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    try:
        install_translator(app, "tr")
        assert type_into(qtbot, inputs_editor, 2, 0, "-1000000,25") == [
            f"I[x3, 1] değeri −1{G}000{G}000,25 olamaz: bir hücredeki sayı −1{G}000{G}000 ile 1{G}000{G}000 "
            "arasında olmalı"]
    finally:
        install_translator(app, "en")
        for translator in set(app.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


# -- paste -------------------------------------------------------------------------


@pytest.mark.parametrize("pasted, sentence", [
    ("1\t2\n3\t2e6\n", f"I[x2, 2] cannot be 2{G}000{G}000: {RANGE}"),  # the first bad cell in the matrix
    ("1\tinf\n", f"I[x1, 2] cannot be “inf”: {RANGE}"),
    ("nan\n", f"I[x1, 1] cannot be “nan”: {RANGE}"),
    ("1\tthree\n", "Paste refused: “three” is not a number; nothing was changed"),
])  # fmt: skip
def test_a_pasted_table_with_a_number_a_cell_may_not_hold_pastes_nothing(
        qtbot, inputs_editor, model, pasted, sentence):
    before = Unchanged(model)
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(0, 0))
    QGuiApplication.clipboard().setText(pasted)
    with qtbot.waitSignal(model.message, timeout=1000) as blocker:
        inputs_editor.paste_action.trigger()  # what Ctrl+V does
    assert blocker.args == [sentence]
    before.check()


def test_ctrl_v_pastes_through_the_same_check(qtbot, inputs_editor, model):
    before = Unchanged(model)
    inputs_editor.activateWindow()
    inputs_editor.table.setFocus()
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(2, 3))
    QGuiApplication.clipboard().setText("-3e6")
    with qtbot.waitSignal(model.message, timeout=1000) as blocker:
        qtbot.keyClick(inputs_editor.table, Qt.Key.Key_V, CTRL)
    assert blocker.args == [f"I[x3, 4] cannot be −3{G}000{G}000: {RANGE}"]
    before.check()


def test_numbers_beyond_the_matrix_are_not_pasted_and_not_refused(inputs_editor, model):
    # The block is clipped to the matrix: a 2e6 that falls outside it is not a cell's.
    inputs_editor.table.setCurrentIndex(inputs_editor.table_model.index(2, 3))
    assert inputs_editor.paste_text("7\t2e6\n2e6\t2e6")
    assert model.session.inputs[2, 3] == 7


# -- the scrub ---------------------------------------------------------------------


def drag(editor: MatrixEditor, row: int, col: int, dx: int, steps: int = 5) -> None:
    viewport = editor.table.viewport()
    start = editor.table.visualRect(editor.table_model.index(row, col)).center()

    def send(kind, pos, button, buttons):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, CTRL)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for k in range(1, steps + 1):
        send(QEvent.Type.MouseMove, start + QPoint(round(dx * k / steps), 0), NO_BUTTON, LEFT)
    send(QEvent.Type.MouseButtonRelease, start + QPoint(dx, 0), LEFT, NO_BUTTON)


@pytest.mark.parametrize("start, dx, end", [(999_999.5, 200, 1e6), (-999_999.5, -200, -1e6)])
def test_the_scrub_stops_at_the_limit(qtbot, inputs_editor, model, start, dx, end):
    """Ctrl: 0.1 per pixel, so 200 px would go 20 beyond the limit."""
    assert model.apply(model.session.with_cell("inputs", 0, 0, start), "near the limit")
    messages = []
    model.message.connect(messages.append)
    drag(inputs_editor, 0, 0, dx)
    assert model.session.inputs[0, 0] == end
    assert model.undo_stack.count() == 2 and model.undo_stack.undoText().startswith("Drag")
    assert messages == []


# -- the other editors -------------------------------------------------------------


def two_heads() -> Session:
    rng = np.random.default_rng(3)
    return Session(inputs=rng.normal(size=(3, 4)), labels=("a", "b", "c"), projection=True,
                   w_q=rng.normal(size=(4, 4)), w_k=rng.normal(size=(4, 4)), w_v=rng.normal(size=(4, 4)),
                   score_kind="dot", heads=2, w_o=np.eye(4))


def test_hand_set_weights(qtbot, self_session):
    model = AttentionModel(edits.set_override(self_session, True))
    editor = make_editor(qtbot, model, "weights_override")
    before = Unchanged(model)
    # A weight of 5 becomes 1 (the row sums to 1); 1e7 is a slip, said so.
    assert type_into(qtbot, editor, 0, 1, "1e7") == [f"weight[x1, x2] cannot be 10{G}000{G}000: {RANGE}"]
    assert type_into(qtbot, editor, 2, 2, "nan") == [f"weight[x3, x3] cannot be “nan”: {RANGE}"]
    before.check()


def test_hand_set_weights_of_the_second_head(qtbot):
    session = two_heads()
    session = session.with_head_override(1, np.full((3, 3), 1 / 3))
    model = AttentionModel(session)
    model.select_head(1)
    editor = make_editor(qtbot, model, "weights_override")
    before = Unchanged(model)
    assert type_into(qtbot, editor, 1, 0, "-inf") == [f"weight (head 2)[b, a] cannot be “-inf”: {RANGE}"]
    before.check()


def test_w_o(qtbot):
    model = AttentionModel(two_heads())
    editor = make_editor(qtbot, model, "w_o")
    before = Unchanged(model)
    assert type_into(qtbot, editor, 2, 3, "2e6") == [f"W_O[2:1, 4] cannot be 2{G}000{G}000: {RANGE}"]
    before.check()


def test_learned_positions(qtbot):
    model = AttentionModel(two_heads().replace(positional="learned", positional_table=np.zeros((3, 4))))
    editor = make_editor(qtbot, model, "positional_table")
    before = Unchanged(model)
    assert type_into(qtbot, editor, 1, 2, "1e400") == [f"P[2, 3] cannot be “1e400”: {RANGE}"]
    before.check()


def test_w_q_with_two_heads_counts_its_columns_as_shown(qtbot):
    model = AttentionModel(two_heads())
    editor = make_editor(qtbot, model, "w_q")
    before = Unchanged(model)
    assert type_into(qtbot, editor, 0, 3, "-5e6") == [f"W_Q[1, 4] cannot be −5{G}000{G}000: {RANGE}"]
    before.check()


# -- the model's own check: every other way in -------------------------------------------


def test_the_model_refuses_an_edit_beyond_the_limit_from_anywhere(qtbot, model):
    before = Unchanged(model)
    w_q = np.array(model.session.w_q)
    w_q[0, 1] = 1e7
    with qtbot.waitSignal(model.message, timeout=1000) as blocker:
        assert not model.apply(model.session.with_matrix("w_q", w_q), "a slip")
    assert blocker.args == [f"W_Q[1, 2] cannot be 10{G}000{G}000: {RANGE}"]
    before.check()
    assert model.validate(model.session.with_matrix("w_q", w_q)) == blocker.args[0]


def test_a_preview_beyond_the_limit_is_refused(qtbot, model):
    """A geometry drag or a training run that runs off: the last allowed state stays."""
    model.begin_gesture()
    inputs = np.array(model.session.inputs)
    inputs[1] = [3e6, 0, 0, 0]
    with qtbot.waitSignal(model.message, timeout=1000) as blocker:
        assert not model.preview(model.session.with_matrix("inputs", inputs))
    assert blocker.args == [f"I[x2, 1] cannot be 3{G}000{G}000: {RANGE}"]
    assert model.session.inputs[1, 0] == 0
    inputs[1] = [3, 0, 0, 0]
    assert model.preview(model.session.with_matrix("inputs", inputs))
    model.end_gesture("drag")
    assert model.session.inputs[1, 0] == 3


# -- training ------------------------------------------------------------------------


def test_training_that_runs_past_the_limit_stops_at_a_session_that_can_be_saved(qtbot, make_window):
    """Inputs 30 times the default's, SGD at rate 1: W_Q passes ±1 000 000 at the second
    step while the loss is still finite. The run stops before that step, saying so; the
    session stays one that can be saved and recovered."""
    default = load_preset("default")
    session = default.replace(inputs=np.array(default.inputs) * 30)
    window = make_window(session, show=False)
    window.dock("train").raise_()
    window.show()
    qtbot.waitExposed(window)
    panel, model = window.panel("train"), window.model
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("sgd"))
    panel.rate_spin.setValue(1.0)
    messages = []
    model.message.connect(messages.append)
    assert panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=10_000)
    # One sentence, in the panel and the status bar: the cell, its number, the limit, what helps.
    sentence = panel.message_label.text()
    assert sentence.startswith("Training stopped: its next step would set W_Q[")
    assert sentence.endswith(RANGE + "; a lower learning rate takes smaller steps.")
    assert messages[-1] == sentence
    assert np.abs(model.session.w_q).max() <= 1e6 and np.abs(model.session.w_k).max() <= 1e6
    assert loads_session(dumps_session(model.session)) == model.session
