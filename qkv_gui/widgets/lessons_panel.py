"""The guided lessons: a list, the open lesson's text, one thing to try, and a live ✓.

`LessonsPanel` shows `core.lessons.LESSONS`. Opening a lesson loads its
starting session into the model (a fresh history), tells the model which
lesson is open and which views to point at (the window frames them), and
from then on every model change re-runs the lesson's check, so "Done!"
appears the moment the learner does the thing. A lesson's session is an
exercise: opening, switching or restarting lessons never asks about unsaved
changes. The learner's own session is put aside when the first lesson opens
(`model.put_aside`) and comes back, with its file and unsaved state, when the
learner leaves the lessons. The lessons done stay ticked across restarts.

Predict, then see: a lesson with a `Prediction` asks its question as a
multiple choice first; "Try this" appears once the learner has answered,
and when the check passes the panel says whether the prediction held and
why. The answers are kept across restarts, per lesson.
`LessonsMenu` fills the window's "Lessons" menu (Ctrl+1, Ctrl+2, …).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons import LESSONS, Lesson, apply_lesson, lesson_ids
from ..core.lessons import lesson as lesson_by_id
from ..i18n import is_language_change, preset_text
from ..model import AttentionModel, Change
from ..plotting.choice_box import ChoiceBox
from ..plotting.highlight import LESSON_COLOR
from ..plotting.panel_layout import text_button

if TYPE_CHECKING:
    from ..workbench import Workbench

# Translation context of every lesson text (the English text is the source text).
CONTEXT = "lessons"
DONE_COLOR = "#1b7f3b"
PENDING_COLOR = "#6b6b6b"
MISSED_COLOR = "#a34a00"  # a prediction that did not hold: a surprise, not an error
PREDICT_COLOR = "#2b6cb0"


DONE_KEY = "lessons_done"  # the ids of the lessons done, kept across restarts
ANSWERS_KEY = "lessons_answers"  # "id:choice id:choice": the predictions, kept across restarts

# x_i, W_Q, score_ij, Σ_j, √d_k: the part after "_" becomes a subscript.
_SUBSCRIPT = re.compile(r"(?<=[A-Za-zΣ])_([A-Za-z0-9]{1,3})(?![A-Za-z0-9])")


def translated(text: str) -> str:
    """A lesson text in the user's language (falls back to the English source)."""
    return QCoreApplication.translate(CONTEXT, text)


def lesson_html(text: str) -> str:
    """Plain lesson text as rich text: escaped, with the formulas' indices as subscripts."""
    return _SUBSCRIPT.sub(r"<sub>\1</sub>", html.escape(text, quote=False))


def _number(lesson_id: str) -> int:
    return lesson_ids().index(lesson_id) + 1


LIST_MIN_ROWS = 8  # lessons the full list shows at the least (the others scroll)
STEP_MARGIN = 4  # px right of each numbered step (the style sheet's margin-right)


def _last_shortcut() -> int:
    """The number of the last lesson with a Ctrl+number shortcut (Ctrl+1 … Ctrl+9)."""
    return min(len(LESSONS), 9)


def read_answers(text: str) -> dict[str, int]:
    """The kept predictions, "id:choice id:choice", as {lesson id: choice index}."""
    answers = {}
    for part in text.split():
        lesson_id, _, choice = part.partition(":")
        if lesson_id in lesson_ids() and choice.isdigit():
            answers[lesson_id] = int(choice)
    return answers


def write_answers(answers: dict[str, int]) -> str:
    return " ".join(f"{lesson_id}:{choice}" for lesson_id, choice in sorted(answers.items()))


class LessonsPanel(QWidget):
    """The lessons list and the open lesson (its text, "Try this", a live ✓, navigation).

    Public: `list` (QListWidget, one item per lesson: numbered titles, or a
    row of numbered steps while a lesson is open), `title_label`,
    `text_label`, `try_label`, `done_label`, `previous_button`, `next_button`,
    `restart_button`, `leave_button`; `open_lesson(id)`, `leave_lesson()`,
    `next_lesson()`, `previous_lesson()`, `restart_lesson()`, `current()`,
    `is_done()`, `done_lessons()`; `lessons_menu` once `fill_menu(menu)` ran.
    """

    def __init__(
        self,
        model: AttentionModel,
        bench: Workbench,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._model = model
        self._bench = bench
        self.lessons_menu: LessonsMenu | None = None
        self._done = False
        self._opening = False
        # Predictions made, in this run or before: {lesson id: choice index}.
        self._answers = read_answers(bench.kept(ANSWERS_KEY))
        self._shown_lesson: Lesson | None | bool = False  # False: nothing shown yet
        # Lessons done, in this run or before: ticked in the list.
        self._done_ids: set[str] = set(bench.kept(DONE_KEY).split()) & set(lesson_ids())
        # The lesson left last, so Next goes on from there.
        self._last_index = -1
        self._build()
        model.changed.connect(self._on_session_changed)
        model.lessonChanged.connect(self._on_lesson_changed)
        self._on_lesson_changed()

    def fill_menu(self, menu: QMenu) -> LessonsMenu:
        """Put the lessons into `menu` (one entry per lesson, next/previous, leave)."""
        self.lessons_menu = LessonsMenu(menu, self, self._bench)
        return self.lessons_menu

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setObjectName("lessonsList")
        for item in LESSONS:
            row = QListWidgetItem()
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._compact: bool | None = None
        self._set_compact(False)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        # The same amber as the frames around the highlighted views.
        self.try_box = QFrame()
        self.try_box.setObjectName("tryBox")
        amber = LESSON_COLOR.name()
        self.try_box.setStyleSheet(
            f"#tryBox {{ background: #fff6dc; border: 2px solid {amber}; border-radius: 6px; }}"
        )
        self._try_title = try_title = QLabel()
        try_font = try_title.font()
        try_font.setBold(True)
        try_title.setFont(try_font)
        self.try_label = QLabel()
        self.try_label.setTextFormat(Qt.TextFormat.RichText)
        self.try_label.setWordWrap(True)
        self.try_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        try_layout = QVBoxLayout(self.try_box)
        try_layout.setContentsMargins(8, 6, 8, 8)
        try_layout.setSpacing(3)
        try_layout.addWidget(try_title)
        try_layout.addWidget(self.try_label)
        self._build_prediction()

        self.done_label = QLabel()
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.setWordWrap(True)
        self.done_label.setContentsMargins(6, 2, 6, 2)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(8)
        column.addWidget(self.title_label)
        column.addWidget(self.text_label)
        column.addWidget(self.predict_box)
        column.addWidget(self.try_box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.previous_button, self.next_button = text_button(""), text_button("")
        self.restart_button, self.leave_button = text_button(""), text_button("")
        self.previous_button.clicked.connect(self.previous_lesson)
        self.next_button.clicked.connect(self.next_lesson)
        self.restart_button.clicked.connect(self.restart_lesson)
        self.leave_button.clicked.connect(self.leave_lesson)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in (self.previous_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.restart_button, self.leave_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 4)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.scroll, 1)
        # Outside the scrolling text, so the ✓ is seen however long the lesson is.
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self._buttons = buttons
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._retranslate()

    def _retranslate(self) -> None:
        """The panel's own words and the lessons' titles in the list, in the language now set."""
        self.list.setToolTip(
            self.tr("Click a lesson to open it (Ctrl+1 … Ctrl+{last}).").format(last=_last_shortcut())
        )
        for index, item in enumerate(LESSONS):
            self.list.item(index).setToolTip(f"{index + 1}. {translated(item.title)}")
            self._set_row_text(index)
        self._try_title.setText(self.tr("Try this"))
        if hasattr(self, "predict_box"):
            self.predict_box.set_title(self.tr("Predict first"))
        for button, text, tip in (
            (self.previous_button, self.tr("◀ Previous"), self.tr("Open the previous lesson")),
            (self.next_button, self.tr("Next ▶"), self.tr("Open the next lesson")),
            (self.restart_button, self.tr("Restart"), self.tr("Load the lesson's starting state again")),
            (self.leave_button, self.tr("Leave lesson"),
             self.tr("Close the lesson and go back to your own session, as you left it")),
        ):
            button.setText(text)
            button.setToolTip(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if is_language_change(event) and hasattr(self, "_try_title"):
            self._retranslate()
            self._shown_lesson = False  # the open lesson's texts again
            self._show_text(self.current())
            if self.current() is not None and self.current().prediction is not None:
                self._show_prediction(self.current())
            self._check(announce=False)
            if self.lessons_menu is not None:
                self.lessons_menu.retranslate()
        super().changeEvent(event)

    def _build_prediction(self) -> None:
        self.predict_box = ChoiceBox(self.tr("Predict first"), PREDICT_COLOR, "#eef4fb", PENDING_COLOR)
        self.predict_box.chosen.connect(self._on_predict_box_chosen)

    def answer(self) -> int | None:
        """The open lesson's prediction (a choice index), or None if not made yet."""
        current = self.current()
        return self._answer_of(current) if current is not None else None

    def _answer_of(self, item: Lesson) -> int | None:
        answer = self._answers.get(item.id)
        if item.prediction is None or answer is None or answer >= len(item.prediction.choices):
            return None  # none, or kept from a version of the lesson with more choices
        return answer

    def choose(self, index: int) -> None:
        """Make the prediction `index` for the open lesson (as clicking its choice does)."""
        current = self.current()
        if current is None or current.prediction is None:
            return
        if not 0 <= index < len(current.prediction.choices):
            raise IndexError(index)
        self._answers[current.id] = index
        self._bench.keep(ANSWERS_KEY, write_answers(self._answers))
        self._show_prediction(current)
        self._show_done(current, self._done)

    def _on_predict_box_chosen(self, index: int) -> None:
        self.choose(index)

    def _show_prediction(self, current: Lesson | None) -> None:
        """The question box (a lesson with a prediction), the learner's answer ticked,
        and "Try this" once answered; the answer is fixed once the prediction was judged."""
        prediction = current.prediction if current is not None else None
        self.predict_box.setVisible(prediction is not None)
        if prediction is None:
            self.try_box.setVisible(current is not None)
            return
        answer = self._answer_of(current)
        box = self.predict_box
        box.set_question(
            lesson_html(translated(prediction.question)),
            [translated(choice) for choice in prediction.choices],
        )
        box.set_answer(answer)
        box.set_locked(self._done and answer is not None)
        box.set_hint(
            self.tr("Pick your answer (click it, or Tab and the arrow keys); then try it.")
            if answer is None
            else self.tr("Your prediction is kept: now try it and see.")
        )
        self.try_box.setVisible(answer is not None)

    def _verdict(self, current: Lesson) -> str:
        """Rich text: whether the learner's prediction held in the current state, and why."""
        prediction = current.prediction
        if prediction is None:
            return ""
        try:
            outcome = int(prediction.outcome(self._model.session, self._model.result))
            if outcome < 0:
                raise IndexError(outcome)
            right = translated(prediction.choices[outcome])
        except (ValueError, IndexError, TypeError):
            return ""  # the learner reshaped the session so the question does not apply
        answer = self._answer_of(current)
        why = lesson_html(translated(prediction.why))
        if answer is None:
            head, color = self.tr("The answer: {answer}.").format(answer=right), DONE_COLOR
        elif answer == outcome:
            head, color = self.tr("Your prediction held: {answer}.").format(answer=right), DONE_COLOR
        else:
            head = self.tr("Your prediction “{guess}” did not hold: it is {answer}.").format(
                guess=translated(prediction.choices[answer]), answer=right
            )
            color = MISSED_COLOR
        return f"<span style='color:{color}'><b>{lesson_html(head)}</b></span> {why}"

    def _set_row_text(self, index: int) -> None:
        item = LESSONS[index]
        done = item.id in self._done_ids
        row = self.list.item(index)
        if self._compact:
            row.setText(f"{index + 1} ✓" if done else str(index + 1))
        else:
            row.setText(f"{index + 1}. {translated(item.title)}{'  ✓' if done else ''}")
        row.setForeground(QColor(DONE_COLOR) if done else self.palette().text().color())

    def _set_compact(self, compact: bool) -> None:
        """The full numbered list while no lesson is open; a row of numbered steps
        while one is, so its text gets the room (the titles stay in the tooltips)."""
        if compact == self._compact:
            return
        self._compact = compact
        self.list.setFlow(QListView.Flow.LeftToRight if compact else QListView.Flow.TopToBottom)
        # Steps that do not fit one row wrap to a second (10 lessons in a narrow panel).
        self.list.setWrapping(compact)
        metrics = self.list.fontMetrics()
        chip = self._chip = QSize(metrics.horizontalAdvance("7 ✓") + 18, metrics.height() + 10)
        for index in range(self.list.count()):
            row = self.list.item(index)
            row.setTextAlignment(
                Qt.AlignmentFlag.AlignCenter
                if compact
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            row.setSizeHint(chip if compact else QSize())
            self._set_row_text(index)
        if compact:
            self.list.setStyleSheet(
                "QListWidget#lessonsList { border: none; background: transparent; }"
                "QListWidget#lessonsList::item { border: 1px solid #a8a8a8; border-radius: 4px;"
                f" margin-right: {STEP_MARGIN}px; background: #fafafa; }}"
                "QListWidget#lessonsList::item:selected { background: #2b6cb0; color: white;"
                " border-color: #2b6cb0; }"
            )
            self._fit_steps()
        else:
            self.list.setStyleSheet("")
            # Every lesson when there is room; on a small screen at least LIST_MIN_ROWS, the
            # rest scrolled to, so more lessons do not make the window's minimum taller.
            frame = 2 * self.list.frameWidth() + 4
            heights = [self.list.sizeHintForRow(i) for i in range(self.list.count())]
            self.list.setMinimumHeight(sum(heights[:LIST_MIN_ROWS]) + frame)
            self.list.setMaximumHeight(sum(heights) + frame)
        self.list.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if compact else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _fit_steps(self) -> None:
        """The row of numbered steps as tall as the rows it wraps into at this width."""
        if not self._compact:
            return
        # A step takes its chip, the style's 4 px right margin and the list's spacing.
        stride = self._chip.width() + STEP_MARGIN + self.list.spacing()
        per_row = max(1, self.list.viewport().width() // stride)
        rows = -(-self.list.count() // per_row)
        self.list.setFixedHeight(rows * self._chip.height() + 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_steps()

    # -- reading -------------------------------------------------------------
    def current(self) -> Lesson | None:
        """The open lesson (from the model), or None."""
        lesson_id = self._model.lesson
        if lesson_id is None or lesson_id not in lesson_ids():
            return None
        return lesson_by_id(lesson_id)

    def wanted_height(self, width: int) -> int:
        """The height that shows the open lesson whole at `width`, from the list to the
        buttons, without scrolling ("Try this" counted even while it waits for an answer)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        body = self.scroll.widget()
        body_height = body.layout().totalHeightForWidth(inner)
        if self.try_box.isHidden() and self.current() is not None:
            column = body.layout()
            body_height += self.try_box.heightForWidth(inner) + column.spacing()
        parts = [self.list.height(), body_height, self._buttons.sizeHint().height()]
        if not self.done_label.isHidden():
            parts.append(max(self.done_label.heightForWidth(inner), self._done_height(inner)))
        return sum(parts) + layout.spacing() * (len(parts) - 1) + margins.top() + margins.bottom()

    def _done_height(self, width: int) -> int:
        """The height of the ✓ line once the lesson is done: its done text and, with a
        prediction, the longest verdict (so that doing the lesson does not make it scroll)."""
        current = self.current()
        if current is None:
            return 0
        text = f"{self.tr('✓ Done!')} {translated(current.done_text)}"
        lines = [text]
        if current.prediction is not None:
            choices = [translated(choice) for choice in current.prediction.choices]
            longest = max(choices, key=len, default="")
            lines.append(self.tr("Your prediction “{guess}” did not hold: it is {answer}.").format(
                guess=longest, answer=longest) + " " + translated(current.prediction.why))
        bold = QFont(self.done_label.font())
        bold.setBold(True)  # the first words are bold: a little wider
        metrics = QFontMetrics(bold)
        margins = self.done_label.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        flags = Qt.TextFlag.TextWordWrap
        return sum(metrics.boundingRect(QRect(0, 0, inner, 100000), flags, line).height()
                   for line in lines) + margins.top() + margins.bottom()

    def is_done(self) -> bool:
        """Whether the open lesson's check holds for the current session."""
        return self._done

    # -- actions -------------------------------------------------------------
    def open_lesson(self, lesson_id: str) -> bool:
        """Load the lesson's starting session, mark it open, point at its views.

        The learner's own session is put aside the first time (no question asked).
        """
        chosen = lesson_by_id(lesson_id)
        self._model.put_aside()  # once: switching lessons keeps the learner's session aside
        # While the new session arrives the old lesson is still open: its check
        # must not judge the new lesson's session.
        self._opening = True
        try:
            self._model.load(apply_lesson(chosen, preset_text))
        finally:
            self._opening = False
        self._model.set_lesson(chosen.id)
        self._model.set_highlighted_views(chosen.highlight)
        self._model.message.emit(
            self.tr("Lesson {number}: {title}").format(
                number=_number(chosen.id), title=translated(chosen.title)
            )
        )
        return True

    def restart_lesson(self) -> bool:
        current = self.current()
        return current is not None and self.open_lesson(current.id)

    def leave_lesson(self) -> None:
        """Close the lesson and its highlights; the learner's own session comes back (a
        lesson opened from a lesson file has none: its session stays for free editing)."""
        current = self.current()
        if current is None:
            return
        self._model.set_highlighted_views(())
        self._model.set_lesson(None)
        if self._model.give_back():
            self._model.message.emit(self.tr("Left the lesson: your own session is back."))
        else:
            self._model.message.emit(
                self.tr("Left the lesson: keep editing freely, or pick another lesson.")
            )

    def next_lesson(self) -> bool:
        index = self._index() + 1
        return index < len(LESSONS) and self.open_lesson(LESSONS[index].id)

    def previous_lesson(self) -> bool:
        index = self._index() - 1
        return index >= 0 and self.open_lesson(LESSONS[index].id)

    def _index(self) -> int:
        """The open lesson's position, else the one left last (-1: none yet)."""
        current = self.current()
        return lesson_ids().index(current.id) if current is not None else self._last_index

    # -- view → model --------------------------------------------------------
    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        lesson_id = item.data(Qt.ItemDataRole.UserRole)
        if lesson_id != self._model.lesson:
            if not self.open_lesson(lesson_id):
                self._sync_list()  # cancelled: the list goes back to the open lesson

    # -- model → view --------------------------------------------------------
    def _on_lesson_changed(self) -> None:
        current = self.current()
        if current is not None:
            self._last_index = lesson_ids().index(current.id)
        self._sync_list()
        self._done = False
        self._show_text(current)
        self._check(announce=False)
        self._update_buttons()

    def _on_session_changed(self, change: Change) -> None:
        self._check(announce=True)

    def _check(self, announce: bool) -> None:
        """Re-run the open lesson's check; `announce` a newly done lesson."""
        if self._opening:
            return
        current = self.current()
        if current is None:
            self._done = False
            self.done_label.hide()
            return
        done = current.is_done(self._model.session, self._model.result)
        if done and not self._done and announce:
            # The learner did it (not just opened a lesson that starts done): tick it.
            self._model.message.emit(self.tr("Lesson done!"))
            if current.id not in self._done_ids:
                self._done_ids.add(current.id)
                self._bench.keep(DONE_KEY, " ".join(sorted(self._done_ids)))
                self._set_row_text(lesson_ids().index(current.id))
        changed = done != self._done
        self._done = done
        if changed and current.prediction is not None:
            self._show_prediction(current)  # judged: the answer is fixed, or free again
        self._show_done(current, done)

    def done_lessons(self) -> set[str]:
        """Ids of the lessons the learner completed, in this run or an earlier one (ticked)."""
        return set(self._done_ids)

    def _sync_list(self) -> None:
        current = self.current()
        with QSignalBlocker(self.list):
            if current is None:
                self.list.setCurrentRow(-1)
                self.list.clearSelection()
            else:
                self.list.setCurrentRow(lesson_ids().index(current.id))

    def _show_text(self, current: Lesson | None) -> None:
        if current is self._shown_lesson:
            return
        self._shown_lesson = current
        opened = current is not None
        self._set_compact(opened)
        if opened:
            self.title_label.setText(translated(current.title))
            self.text_label.setText(lesson_html(translated(current.text)))
            self.try_label.setText(lesson_html(translated(current.try_this)))
        else:
            self.title_label.setText(self.tr("Why do keys, queries and values work?"))
            self.text_label.setText(
                html.escape(
                    self.tr(
                        "Short lessons answer it step by step. Each one loads an example, "
                        "frames the plots that matter and gives you one thing to try; a green "
                        "“Done!” appears when you have done it. Pick a lesson above or press "
                        "Ctrl+1 … Ctrl+{last}. Your own session waits aside: leave the lesson to "
                        "get it back as you left it."
                    ).format(last=_last_shortcut())
                )
            )
        self._show_prediction(current)
        self.scroll.verticalScrollBar().setValue(0)

    def _show_done(self, current: Lesson, done: bool) -> None:
        """The ✓ line: done (with the done text, and the prediction judged) or not yet."""
        if current.check is None:
            self.done_label.hide()
            return
        if done:
            body = f"<b>{html.escape(self.tr('✓ Done!'))}</b>"
            if current.done_text:
                body += " " + lesson_html(translated(current.done_text))
            text = f"<span style='color:{DONE_COLOR}'>{body}</span>"
            verdict = self._verdict(current)
            if verdict:
                text += "<br>" + verdict
        else:
            if current.prediction is not None and self.answer() is None:
                pending = self.tr("○ Predict first: pick an answer above.")
            else:
                pending = self.tr("○ Not done yet: do the step above and watch this line.")
            text = f"<span style='color:{PENDING_COLOR}'>{html.escape(pending)}</span>"
        if text != self.done_label.text():
            self.done_label.setText(text)
        self.done_label.show()

    def _update_buttons(self) -> None:
        opened = self.current() is not None
        index = self._index()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(LESSONS) - 1)
        self.restart_button.setEnabled(opened)
        self.leave_button.setEnabled(opened)


class LessonsMenu(QObject):
    """The "Lessons" menu: one checkable entry per lesson (Ctrl+1 …), next/previous, leave.

    Fills the `menu` the window gives it; a QObject child of the panel, so its
    connections to the model end with it.
    """

    def __init__(self, menu: QMenu, panel: LessonsPanel, bench: Workbench):
        super().__init__(panel)
        self._model: AttentionModel = bench.model
        self._bench = bench
        self._panel = panel
        self.menu = menu
        self.lesson_actions: dict[str, QAction] = {}
        for index, item in enumerate(LESSONS):
            action = QAction(menu)
            action.setCheckable(True)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=item.id: self._open(i))
            self.menu.addAction(action)
            self.lesson_actions[item.id] = action
        self.menu.addSeparator()
        self.previous_action = self.menu.addAction("")
        self.previous_action.triggered.connect(panel.previous_lesson)
        self.next_action = self.menu.addAction("")
        self.next_action.triggered.connect(panel.next_lesson)
        self.leave_action = self.menu.addAction("")
        self.leave_action.triggered.connect(panel.leave_lesson)
        self._model.lessonChanged.connect(self._on_lesson_changed)
        self._on_lesson_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's texts in the language now set (the panel calls it on a language change)."""
        self.menu.setTitle(self.tr("&Lessons"))
        for index, item in enumerate(LESSONS):
            action = self.lesson_actions[item.id]
            # Digits 1 … 9 are mnemonics; a tenth lesson's "1" would clash with the first.
            number = f"&{index + 1}" if index < 9 else str(index + 1)
            action.setText(f"{number}  {translated(item.title)}")
            action.setStatusTip(translated(item.try_this))
        self.previous_action.setText(self.tr("&Previous lesson"))
        self.next_action.setText(self.tr("&Next lesson"))
        self.leave_action.setText(self.tr("L&eave lesson"))

    def _open(self, lesson_id: str) -> None:
        self._bench.bring_to_front("lessons")
        self._panel.open_lesson(lesson_id)
        self._on_lesson_changed()  # a cancelled open must not leave the entry ticked

    def _on_lesson_changed(self) -> None:
        current = self._model.lesson
        for lesson_id, action in self.lesson_actions.items():
            with QSignalBlocker(action):
                action.setChecked(lesson_id == current)
        self.leave_action.setEnabled(current is not None)
