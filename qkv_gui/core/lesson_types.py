"""What a lesson is made of: `Lesson` and its `Prediction` (data only; the lessons
themselves are in `lessons` and `lessons_heads`). No Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .compute import Result
from .session import Session

Setup = Callable[[Session], Session]
Check = Callable[[Session, Result], bool]
Outcome = Callable[[Session, Result], int]


@dataclass(frozen=True)
class Prediction:
    """A multiple-choice question asked before the lesson's action ("predict, then see").

    question, choices, why: English; translated by message id like the lesson's texts.
    outcome: (session, result) -> the index of the choice that is true in that state;
    the GUI compares it with the learner's answer once the check passes.
    """

    question: str
    choices: tuple[str, ...]
    outcome: Outcome
    why: str


@dataclass(frozen=True)
class Lesson:
    """One guided step.

    preset: the name of the preset it opens (`presets.load_preset`).
    setup: Session -> Session applied after loading (None: the preset as is).
    highlight: names from VIEWS, most important first.
    text, try_this: English; the GUI may translate them by `msg_id(...)`.
    check: (session, result) -> True once the learner did what try_this asks.
    done_text: shown with "Done!"; must be true of every state that passes `check`.
    prediction: asked before the action (None: the lesson asks nothing).
    panels: panel ids (`core.panels.PANEL_IDS`) the lesson brings to front, most important first.
    """

    id: str
    title: str
    preset: str
    setup: Setup | None
    highlight: tuple[str, ...]
    text: str
    try_this: str
    check: Check | None = None
    done_text: str = ""
    prediction: Prediction | None = None
    panels: tuple[str, ...] = ()

    def msg_id(self, part: str) -> str:
        """The message id of `part`: "title", "text", "try_this", "done_text", or of the
        prediction: "question", "why", "choice.<i>"."""
        if part not in ("title", "text", "try_this", "done_text", "question", "why") and not (
            part.startswith("choice.") and part[7:].isdigit()
        ):
            raise KeyError(part)
        return f"lesson.{self.id}.{part}"

    def texts(self) -> dict[str, str]:
        """Every English text of the lesson by message id (what a translation translates)."""
        parts = {part: getattr(self, part) for part in ("title", "text", "try_this", "done_text")}
        if self.prediction is not None:
            parts["question"] = self.prediction.question
            parts["why"] = self.prediction.why
            for index, choice in enumerate(self.prediction.choices):
                parts[f"choice.{index}"] = choice
        return {self.msg_id(part): text for part, text in parts.items() if text}

    def is_done(self, session: Session, result: Result) -> bool:
        """Whether the learner did the lesson's try_this (False when there is no check)."""
        if self.check is None:
            return False
        try:
            return bool(self.check(session, result))
        except (ValueError, IndexError, TypeError):
            # The learner reshaped the session so the check does not apply.
            return False
