"""The challenges: goal tasks where only a few things may change, checked after every edit.

`ChallengesPanel` shows `core.challenges.CHALLENGES`. Opening one puts the
learner's own session aside (as a lesson does), loads the challenge's starting
session (a fresh history) and sets the model's edit scope, so the editors, a drag,
a paste, the toolbar and undo all refuse what the challenge locks, with the reason in
the status bar. The goal is checked after every change; when an edit meets it the
panel says "Solved in N edits" (N: the steps in the undo history since the start),
and the fewest edits per challenge are kept across restarts and shown in the list
and the menu. Leaving the challenge lifts the scope and gives the learner's session
back; loading anything else (a lesson, a file, a preset) ends it too.
`ChallengesMenu` fills the window's "Challenges" menu (Ctrl+G shows the panel).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.challenges import CHALLENGES, Challenge, challenge_ids, format_solved, parse_solved
from ..core.challenges import challenge as challenge_by_id
from ..core.session import Session
from ..i18n import preset_text
from ..model import AttentionModel, Change
from ..plotting.panel_layout import text_button, wrapping_label

if TYPE_CHECKING:
    from ..workbench import Workbench

# Translation context of every challenge text (the English text is the source text).
CONTEXT = "challenges"
SOLVED_KEY = "challenges_solved"  # "id:edits …", the fewest edits per solved challenge
SOLVED_COLOR = "#1b7f3b"
PENDING_COLOR = "#6b6b6b"
LOCK_COLOR = "#8a5a00"
SHOW_SHORTCUT = "Ctrl+G"


def translated(text: str) -> str:
    """A challenge template in the user's language (falls back to the English source)."""
    return QCoreApplication.translate(CONTEXT, text)


def starting_session(item: Challenge) -> Session:
    """The challenge's starting session in the user's language: its tokens and title."""
    return item.starting_session(preset_text, translated)


def challenge_text(item: Challenge, part: str, session: Session | None = None) -> str:
    """The text `part` of `item` in the user's language, naming the tokens of `session`
    (default: its starting session in the user's language)."""
    return item.text(part, starting_session(item) if session is None else session, translated)


def solved_note(count: int) -> str:
    """"✓ 3 edits": how a solved challenge is marked in the list and the menu."""
    if count == 1:
        return QCoreApplication.translate("ChallengesPanel", "✓ 1 edit")
    return QCoreApplication.translate("ChallengesPanel", "✓ {count} edits").format(count=count)


class ChallengesPanel(QWidget):
    """The list of challenges and the open one: task, what may change, a hint, a live goal.

    Public: `list`, `title_label`, `task_label`, `editable_label`, `hint_button`,
    `hint_label`, `status_label`, `restart_button`, `leave_button`;
    `open_challenge(id)`, `restart_challenge()`, `leave_challenge()`, `current()`,
    `is_met()`, `solved()`; `challenges_menu` once `fill_menu(menu)` ran.

    Signals: opened: a challenge opened (its dock is in front). finished: the open
    challenge ended (left, or another session loaded).
    """

    opened = Signal()
    finished = Signal()

    def __init__(self, model: AttentionModel, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._bench = bench
        self.challenges_menu: ChallengesMenu | None = None
        self._current: Challenge | None = None
        self._opening = False
        self._met = False
        self._solved_at: int | None = None  # edits it took in this attempt, once solved
        self._solved = parse_solved(bench.kept(SOLVED_KEY))
        self._build()
        model.changed.connect(self._on_session_changed)
        model.undo_stack.indexChanged.connect(self._on_history_index_changed)
        model.editScopeChanged.connect(self._on_edit_scope_changed)
        self._show_challenge()

    def fill_menu(self, menu: QMenu) -> ChallengesMenu:
        self.challenges_menu = ChallengesMenu(menu, self, self._bench)
        return self.challenges_menu

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setObjectName("challengesList")
        self.list.setToolTip(self.tr("Click a challenge to open it. Only what it names may change."))
        for item in CHALLENGES:
            row = QListWidgetItem()
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(challenge_text(item, "task"))
            self.list.addItem(row)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._compact: bool | None = None
        self._set_compact(False)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)

        self.title_label = wrapping_label()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.task_label = wrapping_label()
        self.editable_label = wrapping_label(rich=True)
        self.editable_label.setToolTip(
            self.tr("Everything else is locked while the challenge is open: such an edit is refused."))
        self.hint_button = text_button(self.tr("Show hint"), self.tr("Show or hide a hint"))
        self.hint_button.setCheckable(True)
        self.hint_button.toggled.connect(self._on_hint_button_toggled)
        self.hint_label = wrapping_label()
        self.hint_label.setStyleSheet("background: #fff6dc; border-radius: 4px; padding: 4px;")
        self.hint_label.hide()

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(6)
        for widget in (self.title_label, self.task_label, self.editable_label):
            column.addWidget(widget)
        column.addWidget(self.hint_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.hint_label)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # Outside the scrolling text, so the goal's state is seen however long the task is.
        self.status_label = wrapping_label(rich=True)
        self.status_label.setContentsMargins(6, 2, 6, 2)

        self.restart_button = text_button(self.tr("Restart"), self.tr("Load the challenge's starting state again"))
        self.leave_button = text_button(
            self.tr("Leave challenge"),
            self.tr("Close the challenge, unlock every edit and go back to your own session"))
        self.restart_button.clicked.connect(self.restart_challenge)
        self.leave_button.clicked.connect(self.leave_challenge)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.leave_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 4)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _retranslate(self) -> None:
        """Every text again, in the language just set (View → Language)."""
        self.list.setToolTip(self.tr("Click a challenge to open it. Only what it names may change."))
        for index, item in enumerate(CHALLENGES):
            self.list.item(index).setToolTip(challenge_text(item, "task"))
            self._set_row_text(index)
        self.editable_label.setToolTip(
            self.tr("Everything else is locked while the challenge is open: such an edit is refused."))
        self.hint_button.setToolTip(self.tr("Show or hide a hint"))
        self.hint_button.setText(self.tr("Hide hint") if self.hint_button.isChecked() else self.tr("Show hint"))
        for button, text, tip in (
            (self.restart_button, self.tr("Restart"), self.tr("Load the challenge's starting state again")),
            (self.leave_button, self.tr("Leave challenge"),
             self.tr("Close the challenge, unlock every edit and go back to your own session")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self._show_challenge()
        self._show_status()
        if getattr(self, "challenges_menu", None) is not None:
            self.challenges_menu.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "leave_button"):
            self._retranslate()
        super().changeEvent(event)

    def _set_row_text(self, index: int) -> None:
        item = CHALLENGES[index]
        count = self._solved.get(item.id)
        row = self.list.item(index)
        if self._compact:
            row.setText(f"{index + 1} ✓" if count is not None else str(index + 1))
        else:
            note = f"   {solved_note(count)}" if count is not None else ""
            row.setText(f"{index + 1}. {challenge_text(item, 'title')}{note}")
        row.setForeground(QColor(SOLVED_COLOR) if count is not None else self.palette().text().color())

    def _set_compact(self, compact: bool) -> None:
        """The numbered list while no challenge is open; a row of numbered steps while one
        is, so its task gets the room (the titles and tasks stay in the tooltips)."""
        if compact == self._compact:
            return
        self._compact = compact
        self.list.setFlow(QListView.Flow.LeftToRight if compact else QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        metrics = self.list.fontMetrics()
        chip = QSize(metrics.horizontalAdvance("8 ✓") + 14, metrics.height() + 10)
        for index in range(self.list.count()):
            row = self.list.item(index)
            row.setTextAlignment(Qt.AlignmentFlag.AlignCenter if compact
                                 else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            row.setSizeHint(chip if compact else QSize())
            self._set_row_text(index)
        if compact:
            self.list.setStyleSheet(
                "QListWidget#challengesList { border: none; background: transparent; }"
                "QListWidget#challengesList::item { border: 1px solid #a8a8a8; border-radius: 4px;"
                " margin-right: 3px; background: #fafafa; }"
                "QListWidget#challengesList::item:selected { background: #2b6cb0; color: white;"
                " border-color: #2b6cb0; }")
            self.list.setFixedHeight(chip.height() + 4)
        else:
            self.list.setStyleSheet("")
            rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)

    # -- reading -------------------------------------------------------------
    def current(self) -> Challenge | None:
        return self._current

    def is_met(self) -> bool:
        """Whether the open challenge's goal holds for the current session."""
        return self._met

    def solved(self) -> dict[str, int]:
        """{challenge id: the fewest edits it took}, in this run or an earlier one."""
        return dict(self._solved)

    # -- actions -------------------------------------------------------------
    def open_challenge(self, challenge_id: str) -> bool:
        """Load the challenge's start, lock everything outside its scope, frame its views."""
        chosen = challenge_by_id(challenge_id)
        model = self._model
        model.put_aside()  # once: switching challenges keeps the learner's session aside
        self._opening = True
        try:
            model.set_lesson(None)
            start = starting_session(chosen)
            model.load(start)
            refusal = self.tr("This challenge lets you change only {what}; that edit was refused. "
                              "Leave the challenge to edit freely.").format(
                what=challenge_text(chosen, "editable", start))
            scope = chosen.scope

            def edit_scope(before, after) -> str | None:
                return None if scope.allows(before, after) else refusal

            self._current = chosen
            model.set_edit_scope(edit_scope)
        finally:
            self._opening = False
        self._solved_at = None
        model.set_highlighted_views(chosen.highlight)
        model.select_query(chosen.query)
        self._bench.bring_to_front("challenges")
        self._show_challenge()
        self.opened.emit()
        model.message.emit(self.tr("Challenge {number}: {title}").format(
            number=challenge_ids().index(chosen.id) + 1, title=challenge_text(chosen, "title", start)))
        return True

    def restart_challenge(self) -> bool:
        return self._current is not None and self.open_challenge(self._current.id)

    def leave_challenge(self) -> None:
        """Unlock every edit, drop the frames, give the learner's own session back."""
        if self._current is None:
            return
        self._current = None
        self._model.set_edit_scope(None)
        self._model.set_highlighted_views(())
        if self._model.give_back():
            self._model.message.emit(self.tr("Left the challenge: your own session is back."))
        else:
            self._model.message.emit(self.tr("Left the challenge: every edit is allowed again."))
        self._show_challenge()
        self.finished.emit()

    # -- view → model --------------------------------------------------------
    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        challenge_id = item.data(Qt.ItemDataRole.UserRole)
        if self._current is None or challenge_id != self._current.id:
            self.open_challenge(challenge_id)

    def _on_hint_button_toggled(self, shown: bool) -> None:
        self.hint_label.setVisible(shown)
        self.hint_button.setText(self.tr("Hide hint") if shown else self.tr("Show hint"))

    # -- model → view --------------------------------------------------------
    def _on_edit_scope_changed(self) -> None:
        # Something else loaded a session (a lesson, a file, a preset): the challenge is over.
        if not self._opening and self._current is not None and self._model.edit_scope is None:
            self._current = None
            self._show_challenge()
            self.finished.emit()

    def _on_session_changed(self, change: Change) -> None:
        if self._current is not None and not self._opening:
            self._show_status()

    def _on_history_index_changed(self, index: int) -> None:
        """An edit, an undo or a redo is done: a newly met goal counts as solved in `index` edits."""
        current = self._current
        if current is None or self._opening:
            return
        met = current.is_met(self._model.session, self._model.result)
        if met and self._solved_at is None:
            self._solved_at = index
            best = self._solved.get(current.id)
            if best is None or index < best:
                self._solved[current.id] = index
                self._bench.keep(SOLVED_KEY, format_solved(self._solved))
                self._set_row_text(challenge_ids().index(current.id))
                if self.challenges_menu is not None:
                    self.challenges_menu.show_solved(self._solved)
            self._model.message.emit(self._solved_text(index))
        elif not met:
            self._solved_at = None
        self._show_status()

    def _solved_text(self, count: int) -> str:
        if count == 1:
            return self.tr("Solved in 1 edit!")
        return self.tr("Solved in {count} edits!").format(count=count)

    def _show_challenge(self) -> None:
        current = self._current
        with QSignalBlocker(self.list):
            if current is None:
                self.list.setCurrentRow(-1)
                self.list.clearSelection()
            else:
                self.list.setCurrentRow(challenge_ids().index(current.id))
        opened = current is not None
        self._set_compact(opened)
        for widget in (self.editable_label, self.hint_button, self.status_label):
            widget.setVisible(opened)
        self.restart_button.setEnabled(opened)
        self.leave_button.setEnabled(opened)
        with QSignalBlocker(self.hint_button):
            self.hint_button.setChecked(False)
        self._on_hint_button_toggled(False)
        if not opened:
            self.title_label.setText(self.tr("Challenges"))
            self.task_label.setText(self.tr(
                "Each challenge sets a goal and lets you change only one or two things. The goal is "
                "checked after every edit; try to reach it in as few edits as you can. Your own "
                "session waits aside until you leave the challenge."))
        else:
            # The labels of the session it opened with: an edit within the scope keeps them.
            start = self._model.session
            self.title_label.setText(challenge_text(current, "title", start))
            self.task_label.setText(challenge_text(current, "task", start))
            what = html.escape(self.tr("You may change only: {what}").format(
                what=challenge_text(current, "editable", start)))
            self.editable_label.setText(f"<span style='color:{LOCK_COLOR}'><b>{what}</b></span>")
            self.hint_label.setText(challenge_text(current, "hint", start))
            self._show_status()
        self.scroll.verticalScrollBar().setValue(0)

    def _show_status(self) -> None:
        current = self._current
        if current is None:
            return
        self._met = current.is_met(self._model.session, self._model.result)
        edits = self._model.undo_stack.index()
        if self._met:
            head = self._solved_text(self._solved_at) if self._solved_at is not None else self.tr("Goal met!")
            done = challenge_text(current, "done_text", self._model.session)
            body = f"<b>✓ {html.escape(head)}</b> {html.escape(done)}"
            color = SOLVED_COLOR
        else:
            body = html.escape(self.tr("○ Goal not met yet · edits so far: {count}").format(count=edits))
            color = PENDING_COLOR
        text = f"<span style='color:{color}'>{body}</span>"
        if text != self.status_label.text():
            self.status_label.setText(text)


class ChallengesMenu(QObject):
    """The "Challenges" menu: one checkable entry per challenge (✓ and its fewest edits
    once solved), show the panel (Ctrl+G), leave the challenge."""

    def __init__(self, menu: QMenu, panel: ChallengesPanel, bench: Workbench):
        super().__init__(panel)
        self._panel = panel
        self._bench = bench
        self.menu = menu
        self.show_action = QAction(self.tr("&Show challenges"), menu)
        self.show_action.setShortcut(QKeySequence(SHOW_SHORTCUT))
        self.show_action.setStatusTip(self.tr("Bring the challenges panel to the front"))
        self.show_action.triggered.connect(self._on_show_triggered)
        menu.addAction(self.show_action)
        menu.addSeparator()
        self.challenge_actions: dict[str, QAction] = {}
        for item in CHALLENGES:
            action = QAction(menu)
            action.setCheckable(True)
            task = challenge_text(item, "task")
            action.setStatusTip(task)
            action.setToolTip(task)
            action.triggered.connect(lambda _checked=False, i=item.id: self._open(i))
            menu.addAction(action)
            self.challenge_actions[item.id] = action
        menu.addSeparator()
        self.leave_action = menu.addAction(self.tr("L&eave challenge"))
        self.leave_action.triggered.connect(panel.leave_challenge)
        self.show_solved(panel.solved())
        bench.model.editScopeChanged.connect(self._on_edit_scope_changed)
        self._on_edit_scope_changed()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Challenges"))
        self.show_action.setText(self.tr("&Show challenges"))
        self.show_action.setStatusTip(self.tr("Bring the challenges panel to the front"))
        self.leave_action.setText(self.tr("L&eave challenge"))
        for item in CHALLENGES:
            task = challenge_text(item, "task")
            self.challenge_actions[item.id].setStatusTip(task)
            self.challenge_actions[item.id].setToolTip(task)
        self.show_solved(self._panel.solved())

    def show_solved(self, solved: dict[str, int]) -> None:
        for index, item in enumerate(CHALLENGES):
            count = solved.get(item.id)
            note = f"\t{solved_note(count)}" if count is not None else ""
            self.challenge_actions[item.id].setText(f"&{index + 1}  {challenge_text(item, 'title')}{note}")

    def _open(self, challenge_id: str) -> None:
        self._panel.open_challenge(challenge_id)
        self._on_edit_scope_changed()

    def _on_show_triggered(self) -> None:
        self._bench.bring_to_front("challenges")
        self._panel.list.setFocus()

    def _on_edit_scope_changed(self) -> None:
        current = self._panel.current()
        for challenge_id, action in self.challenge_actions.items():
            with QSignalBlocker(action):
                action.setChecked(current is not None and challenge_id == current.id)
        self.leave_action.setEnabled(current is not None)
