"""Predict, then see: a lesson with a prediction asks first, shows "Try this" once
answered, and says when done whether the prediction held; answers are kept."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest

from qkv_gui.core import lessons as core_lessons
from qkv_gui.core.lessons import Prediction
from qkv_gui.core.presets import load_preset

QUESTION = "Which encoder state will the decoder attend to most?"
CHOICES = ("h1", "h2", "h3", "h4")
WHY = "The weight follows the dot product s·h_j: the state pointing most like s wins."
H4 = 3


def _most_attended(session, result) -> int:
    return int(np.argmax(result.weights[0]))


@pytest.fixture
def predicting(monkeypatch):
    """Lesson 1 (seq2seq) with a prediction, whatever the shipped lesson asks."""
    item = dataclasses.replace(
        core_lessons.lesson("seq2seq"),
        prediction=Prediction(QUESTION, CHOICES, _most_attended, WHY),
    )
    monkeypatch.setitem(core_lessons._BY_ID, "seq2seq", item)
    return item


@pytest.fixture
def plain(monkeypatch):
    """Lesson 3 (self-attention) without a prediction."""
    item = dataclasses.replace(core_lessons.lesson("self_attention"), prediction=None)
    monkeypatch.setitem(core_lessons._BY_ID, "self_attention", item)
    return item


@pytest.fixture
def window(make_window):
    return make_window(load_preset("default"))


def follow_the_hint(model) -> None:
    model.apply(model.session.with_matrix("decoder", [[0, 10, 0]]), "s1 = [0, 10, 0]")


def test_the_question_comes_first_and_try_this_after_the_answer(window, predicting):
    panel = window.panel("lessons")
    panel.open_lesson("seq2seq")
    box = panel.predict_box
    assert box.isVisible() and not panel.try_box.isVisible()
    assert box.question_label.text() == QUESTION
    shown = [label.text() for label in box.labels if label.isVisible()]
    assert shown == list(CHOICES)
    assert not any(button.isChecked() for button in box.buttons)
    assert "Predict first" in panel.done_label.text()
    box.buttons[H4].click()
    assert panel.answer() == H4
    assert panel.try_box.isVisible()
    assert "Not done yet" in panel.done_label.text()


def test_a_prediction_that_held_and_why(window, predicting):
    panel = window.panel("lessons")
    panel.open_lesson("seq2seq")
    # The choice's text is clickable, not only its radio button.
    QTest.mouseClick(panel.predict_box.labels[H4], Qt.MouseButton.LeftButton)
    assert panel.answer() == H4
    follow_the_hint(window.model)
    assert panel.is_done()
    text = panel.done_label.text()
    assert "Your prediction held: h4." in text and "s·h<sub>j</sub>" in text
    # Judged: the answer stays as it was.
    assert not any(button.isEnabled() for button in panel.predict_box.buttons)
    window.model.undo_stack.undo()  # not done any more: the answer is free again
    assert all(b.isEnabled() for b in panel.predict_box.buttons[: len(CHOICES)])
    assert "prediction" not in panel.done_label.text()


def test_a_prediction_that_did_not_hold_says_what_happened(window, predicting):
    panel = window.panel("lessons")
    panel.open_lesson("seq2seq")
    panel.predict_box.buttons[1].click()  # h2
    follow_the_hint(window.model)
    text = panel.done_label.text()
    assert "Your prediction “h2” did not hold: it is h4." in text
    assert "held:" not in text


def test_done_without_a_prediction_gives_the_answer(window, predicting):
    panel = window.panel("lessons")
    panel.open_lesson("seq2seq")
    follow_the_hint(window.model)
    assert panel.is_done() and panel.answer() is None
    assert "The answer: h4." in panel.done_label.text()


def test_the_choices_are_reached_by_keyboard(window, predicting, qtbot):
    panel = window.panel("lessons")
    window.activateWindow()
    panel.open_lesson("seq2seq")
    buttons = panel.predict_box.buttons
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus, timeout=2000)
    QTest.keyClick(buttons[0], Qt.Key.Key_Space)
    assert panel.answer() == 0
    QTest.keyClick(buttons[0], Qt.Key.Key_Down)
    assert panel.answer() == 1 and buttons[1].isChecked()
    QTest.keyClick(buttons[1], Qt.Key.Key_Down)
    assert panel.answer() == 2


def test_answers_are_kept_across_restarts_per_lesson(window, make_window, predicting):
    panel = window.panel("lessons")
    panel.open_lesson("seq2seq")
    panel.predict_box.buttons[2].click()
    panel.open_lesson("last_state")  # another lesson, then back: the answer is shown
    panel.open_lesson("seq2seq")
    assert panel.predict_box.buttons[2].isChecked() and panel.try_box.isVisible()
    again = make_window("default").panel("lessons")
    again.open_lesson("seq2seq")
    assert again.answer() == 2 and again.predict_box.buttons[2].isChecked()
    assert again.try_box.isVisible()


def test_a_lesson_without_a_prediction_shows_try_this_at_once(window, predicting, plain):
    panel = window.panel("lessons")
    panel.open_lesson("seq2seq")
    panel.open_lesson("self_attention")
    assert not panel.predict_box.isVisible() and panel.try_box.isVisible()
    assert "Not done yet" in panel.done_label.text()


def test_the_prediction_goes_through_translation(window, predicting):
    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == "lessons" else ""

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        panel = window.panel("lessons")
        panel.open_lesson("seq2seq")
        assert panel.predict_box.question_label.text() == QUESTION.upper()
        assert panel.predict_box.labels[0].text() == "H1"
        panel.predict_box.buttons[H4].click()
        follow_the_hint(window.model)
        assert "S·H<sub>J</sub>" in panel.done_label.text()
    finally:
        QCoreApplication.removeTranslator(translator)
