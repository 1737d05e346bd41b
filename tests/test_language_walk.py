"""The walk test: every text a learner can read is in the interface's language.

In Turkish, the window is walked with every preset, with the projection off,
with the causal mask and a temperature, with each lesson and each challenge
(its hint shown) open: every
visible widget text, tooltip and status tip, menu and action, dock title,
table header, plot title, axis label and text item, and the Explain panel
after hovering a cell of each result matrix. No English interface word may
show (symbols such as Q, K, V, W_Q, softmax, T, d_k, SVD are not words of the
list, and the session's own token labels are left out). The same walk in
English finds no Turkish word.

Lesson texts (context "lessons") are rewritten in another change: while
`LESSON_TEXTS_PENDING` is True their Turkish is left out of the walk, and a
lesson text still unfinished in the .ts (shown in English) always is.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qkv_gui.core.challenges import challenge_ids
from qkv_gui.core.lessons import lesson_ids
from qkv_gui.core.matrices import RESULT_NAMES
from qkv_gui.core.presets import list_presets
from qkv_gui.i18n import LANGUAGE_NAMES
from tests.helpers import wait_until_idle
from tests.language_walk import english_words, turkish_words, window_texts, words

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "qkv_gui_tr.ts"

# Turn off once the rewritten lesson texts are merged: then they are walked too.
LESSON_TEXTS_PENDING = False


# The film The Matrix keeps its name in Turkish, as in the movies preset: with a Turkish
# case ending ("Matrix'i") or next to "Yaratık" (Alien) it is a Turkish text, which no English
# text writes.
TURKISH_FILM_NAMES = [["Matrix", "i"], ["Matrix", "e"], ["Matrix", "Yaratık"]]


def lesson_phrases() -> list[list[str]]:
    """The words of each lesson text the walk leaves out (see the module's docstring)."""
    phrases = []
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "lessons":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                phrases.append(words(message.findtext("source")))
            elif LESSON_TEXTS_PENDING:
                phrases.append(words(translation.text))
    return sorted((p for p in phrases if p), key=len, reverse=True)


def without_phrases(found: list[str], phrases: list[list[str]]) -> list[str]:
    """`found` with every whole occurrence of a phrase taken out."""
    for phrase in phrases:
        size, i, kept = len(phrase), 0, []
        while i < len(found):
            if found[i : i + size] == phrase:
                i += size
            else:
                kept.append(found[i])
                i += 1
        found = kept
    return found


class Walk:
    """Collects (state, where, text, wrong words) over the states of one window."""

    def __init__(self, window, wrong_words, skip: list[list[str]] = ()):
        self.window, self.wrong_words, self.skip = window, wrong_words, list(skip)
        self.problems: list[tuple[str, str, str, list[str]]] = []

    def report(self) -> str:
        """One line per distinct problem: the wrong words, where, the text."""
        seen = dict.fromkeys(f"{bad} {where}: {text!r} ({state})" for state, where, text, bad in self.problems)
        return "\n".join(seen)

    def _check(self, state: str, where: str, text: str) -> None:
        session = self.window.model.session
        allowed = frozenset(label.lower() for label in (*session.labels, *session.query_labels))
        if text in LANGUAGE_NAMES.values():
            return  # View → Language names each language in itself
        kept = " ".join(without_phrases(words(text), self.skip))
        bad = self.wrong_words(kept, allowed)
        if bad:
            self.problems.append((state, where, text[:160], bad))

    def widgets(self, state: str) -> None:
        for where, text in window_texts(self.window):
            self._check(state, where, text)

    def explain(self, state: str) -> None:
        """The Explain panel after hovering a cell of each result matrix (the last column,
        so a causal mask hides it)."""
        model, panel = self.window.model, self.window.explain_panel
        for name in RESULT_NAMES:
            rows, cols = model.result.matrix(name).shape
            model.set_hover((name, 0, cols - 1))
            self._check(state, f"explain {name}", panel.title.text() + "\n" + panel.text())
        model.set_hover(None)

    def all(self, state: str) -> None:
        self.widgets(state)
        self.explain(state)


def walk_everything(window, walk: Walk) -> None:
    for panel in ("svd", "train", "compare", "lessons"):
        window.bring_to_front(panel)
        walk.widgets(f"panel {panel}")
    for preset in list_presets():
        assert window.open_preset(preset)
        walk.all(f"preset {preset}")
    assert window.open_preset("default")
    model = window.model
    assert model.apply(model.session.replace(projection=False), "W_Q")
    walk.explain("projection off")
    assert model.apply(model.session.replace(projection=True, causal=True, temperature=2.0), "T = 2")
    walk.all("causal mask, T = 2")
    lessons = window.panel("lessons")
    for lesson in lesson_ids():
        assert lessons.open_lesson(lesson)
        walk.all(f"lesson {lesson}")
    lessons.leave_lesson()
    challenges = window.panel("challenges")
    for challenge in challenge_ids():
        assert challenges.open_challenge(challenge)
        challenges.hint_button.setChecked(True)
        walk.all(f"challenge {challenge}")
    challenges.leave_challenge()


@pytest.mark.usefixtures("turkish")
def test_the_turkish_interface_has_no_english_word(make_window):
    from qkv_gui.i18n import load_translated_preset

    window = make_window(load_translated_preset("default"), preset="default", size=(1366, 768))
    walk = Walk(window, english_words, lesson_phrases() + TURKISH_FILM_NAMES)
    walk.all("start")
    walk_everything(window, walk)
    assert not walk.problems, walk.report()


def test_the_english_interface_has_no_turkish_word(make_window):
    window = make_window("default", size=(1366, 768))
    walk = Walk(window, turkish_words)
    walk.all("start")
    walk_everything(window, walk)
    assert not walk.problems, walk.report()


def test_the_walk_finds_an_english_word_in_a_turkish_text():
    assert english_words("Hazır örnek açıldı: “The cat sat on the mat”") == ["The", "cat", "sat", "the", "mat"]
    assert english_words("<b>puan[küçük, kedi]</b> = 1") == []
    assert english_words("the cat", frozenset({"cat"})) == ["the"]
    assert turkish_words("Scores = Q·Kᵀ") == []
    assert turkish_words("Open the preset “Küçük kedi”") == ["Küçük"]
    assert without_phrases(["a", "b", "c", "b"], [["b", "c"]]) == ["a", "b"]


def test_switching_to_turkish_while_the_app_runs_leaves_no_english_word(make_window, qtbot):
    """Built in English with every side panel, a lesson and Explain open, then switched
    (View → Language): every text the walk finds is Turkish, without a restart."""
    from qkv_gui.i18n import set_language

    window = make_window("default", size=(1366, 768))
    for panel in ("svd", "train", "compare", "lessons"):
        window.bring_to_front(panel)
    assert window.panel("lessons").open_lesson("svd_topics")
    try:
        language_action = next(a for a in window.language_menu.actions() if a.data() == "tr")
        language_action.trigger()
        qtbot.waitUntil(lambda: window.menu("file").title() != "&File")
        wait_until_idle(qtbot, window)
        walk = Walk(window, english_words, lesson_phrases() + TURKISH_FILM_NAMES)
        walk.all("lesson 5, switched to Turkish")
        for panel in ("svd", "train", "compare"):
            window.bring_to_front(panel)
            walk.widgets(f"switched, panel {panel}")
        assert not walk.problems, walk.report()
    finally:
        set_language("en")
