"""The one Qt-side model: current session, its result, undo stack, selection, hover.

Widgets read from `AttentionModel` and send edits to it; they never talk to
each other. Every change of the session goes through `apply()` (one undo step)
or through a gesture (`begin_gesture` / `preview` / `end_gesture`, e.g. a drag:
live updates, one undo step at the end). Each change recomputes once with
`core.compute` and emits `changed`, so every view draws the same `Result`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .core import tokens
from .core.cell_values import CellValueError, check_cells
from .core.compute import RESULT_MATRICES, RESULT_STAGES, ComputeError, Result, compute
from .core.heads import head_session
from .core.matrices import MATRICES
from .core.session import Session, same_value
from .core.steps import Block, hover_blocks
from .i18n import formula_words, translated_error, translated_text

# (before, after) -> None when the change is allowed, else the translated sentence why not.
EditScope = Callable[[Session, Session], "str | None"]

SESSION_FIELDS = tuple(f.name for f in dataclasses.fields(Session))
# Session fields that are settings rather than numbers: a change of one of them
# (or of a shape) is a change of layout, which views redo titles and labels for.
SETTING_FIELDS = frozenset({"mode", "labels", "projection", "score_kind", "causal", "meta",
                            "heads", "positional", "padding"})
# Session matrices whose shape is a shape of the session (n, m, d, d_k, d_v, h·d_v, d_o).
SHAPED_FIELDS = ("inputs", "decoder", "w_q", "w_k", "w_v", "w_a", "v_a", "weights_override",
                 "w_o", "positional_table")


# Large arrays are compared this many numbers at a time (`_same_value`).
_COMPARE_BLOCK = 8192


def _same_value(a, b) -> bool:
    """Equal values (masked scores are NaN: equal to NaN here).

    Large arrays are compared a block at a time and the first difference ends it:
    a drag step changes the first rows of most results (a whole column of the
    weights, the edited token's row), and at n = 512 comparing all of every
    result took longer than drawing them."""
    if a is b:
        return True
    if (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape
            and a.size > _COMPARE_BLOCK):
        flat_a, flat_b = a.reshape(-1), b.reshape(-1)
        return all(np.array_equal(flat_a[start:start + _COMPARE_BLOCK],
                                  flat_b[start:start + _COMPARE_BLOCK], equal_nan=True)
                   for start in range(0, a.size, _COMPARE_BLOCK))
    return same_value(a, b, equal_nan=True)


def _shape(array) -> tuple | None:
    return None if array is None else array.shape


@dataclass(frozen=True)
class Change:
    """What one `changed` signal changed, worked out once in the model.

    fields: the session fields whose values changed (names of `Session` fields).
    matrices: the result matrices (RESULT_MATRICES) whose numbers changed.
    shapes: some matrix changed its shape (n, m, d, d_k or d_v).
    loaded: a whole new session was loaded (a file, a preset, a lesson).
    stages: the other result arrays whose numbers changed (RESULT_STAGES: concat,
        output, positional, positioned_inputs), for the views of several heads.
    head: another head is the one shown in detail (`AttentionModel.select_head`);
        `matrices` then says which of its matrices differ from the last one shown.
    """

    fields: frozenset = frozenset()
    matrices: frozenset = frozenset()
    shapes: bool = False
    loaded: bool = False
    stages: frozenset = frozenset()
    head: bool = False

    @classmethod
    def everything(cls) -> Change:
        return cls(frozenset(SESSION_FIELDS), frozenset(RESULT_MATRICES), True, True,
                   frozenset(RESULT_STAGES), True)

    @classmethod
    def between(cls, before: Session, after: Session, old: Result, new: Result,
                loaded: bool = False, head: bool = False) -> Change:
        fields = frozenset(name for name in SESSION_FIELDS
                           if not _same_value(getattr(before, name), getattr(after, name)))
        matrices = set()
        shapes = False
        for name in RESULT_MATRICES:
            a, b = old.matrix(name), new.matrix(name)
            if a.shape != b.shape:
                shapes = True
                matrices.add(name)
            elif not _same_value(a, b):
                matrices.add(name)
        # The weights are shown hatched where masked: a new mask is new weights to show.
        if old.overridden != new.overridden or (old.mask is not new.mask
                                                 and not np.array_equal(old.mask, new.mask)):
            matrices.add("weights")
        shapes = shapes or before.heads != after.heads or any(
            _shape(getattr(before, f)) != _shape(getattr(after, f)) for f in SHAPED_FIELDS)
        stages = frozenset(name for name in RESULT_STAGES
                           if not _same_value(getattr(old, name), getattr(new, name)))
        return cls(fields, frozenset(matrices), shapes, loaded, stages, head)

    @property
    def layout(self) -> bool:
        """A setting or a shape changed (titles, labels and layouts follow)."""
        return self.shapes or self.loaded or self.head or bool(self.fields & SETTING_FIELDS) or (
            "weights_override" in self.fields or "head_overrides" in self.fields)

    def touches(self, *names: str) -> bool:
        """Whether any of `names` (session fields or result matrices) changed."""
        return any(name in self.fields or name in self.matrices or name in self.stages
                   for name in names)

# Result matrices whose rows are queries / keys (used for linked highlighting).
QUERY_ROW_MATRICES = tuple(n for n in RESULT_MATRICES if MATRICES[n].rows == "query")
KEY_ROW_MATRICES = tuple(n for n in RESULT_MATRICES if MATRICES[n].rows == "input")
KEY_COL_MATRICES = tuple(n for n in RESULT_MATRICES if MATRICES[n].cols == "input")


class _SessionCommand(QUndoCommand):
    """One undoable change: swap between two sessions."""

    def __init__(self, model: AttentionModel, before: Session, after: Session, text: str,
                 already_applied: bool = False, result: Result | None = None):
        super().__init__(text)
        self._model = model
        self._before = before
        self._after = after
        self._skip_first_redo = already_applied
        self._first_result = result  # computed while validating: not computed twice

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        result, self._first_result = self._first_result, None
        if self._model._refuse(self._after):
            self.setObsolete(True)  # the stack drops a step the edit scope forbids
            return
        self._model._set_session(self._after, result)

    def undo(self) -> None:
        if self._model._refuse(self._before):
            self.setObsolete(True)
            return
        self._model._set_session(self._before)


@dataclass(frozen=True)
class Document:
    """The learner's own session, as a lesson puts it aside: the session as it is and as
    last opened or saved, its file (or None) and whether it has unsaved changes."""

    session: Session
    saved_session: Session
    path: str | None
    dirty: bool


class AttentionModel(QObject):
    """Owns the session, its result, the undo stack and the shared selection/hover.

    Signals:
        changed(Change): the session (and so the result) changed; the `Change`
            says which session fields and result matrices, worked out once here.
        selectionChanged: the selected query changed.
        headChanged: another head is shown in detail (`select_head`); `changed`
            follows with `Change.head`, so views drawing one head need only `changed`.
        hoverChanged: the hovered cell changed (matrix name, row, col) or None.
        fileChanged: the file path or the unsaved-changes state changed.
        message(str): a short, already translated message for the status bar.
        highlightChanged: the set of views a lesson wants to point at changed.
        traceChanged: the traced cells (step-through: a cell and the cells feeding it) changed.
        lessonChanged: the open lesson changed (id or None).
        editScopeChanged: an edit scope was set or lifted (`set_edit_scope`).
        editRefused: an edit was refused because of the edit scope (the
            message says why); views showing a setting show the session's again.
    """

    changed = Signal(object)
    selectionChanged = Signal()
    headChanged = Signal()
    hoverChanged = Signal()
    fileChanged = Signal()
    message = Signal(str)
    highlightChanged = Signal()
    traceChanged = Signal()
    lessonChanged = Signal()
    editScopeChanged = Signal()
    editRefused = Signal()
    gestureEnded = Signal()  # a drag ended (kept or cancelled): what it held still may move

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        # The result of every head, and the same with the selected head's matrices on
        # top, where the one-head views read them (`result`).
        self._full_result: Result = compute(session)
        self._result: Result = self._full_result
        self._selected_head = 0
        self._head_session: tuple[Session | None, int, Session | None] = (None, 0, None)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._gesture_start: Session | None = None
        self._selected_query = 0
        self._hover: tuple[str, int, int] | None = None
        # hover_blocks for (hover, result), worked out once for every heatmap.
        self._hover_blocks: tuple[object, Result | None, dict[str, Block]] = (None, None, {})
        self._path: str | None = None
        self._highlighted_views: tuple[str, ...] = ()
        self._trace: tuple[tuple[str, int, int], ...] = ()
        self._trace_target: tuple[str, int, int] | None = None
        self._lesson: str | None = None
        self._last_change = Change.everything()
        self._saved_session = session
        self._aside: Document | None = None
        self._edit_scope: EditScope | None = None

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:  # undone or redone back to what was opened or saved
            self._saved_session = self._session
        self.fileChanged.emit()

    # -- reading -----------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def result(self) -> Result:
        """The result, with the selected head's Q, K, V, scores, weights and context at
        the top level (`Result.for_head`); `full_result.heads` has every head."""
        return self._result

    @property
    def full_result(self) -> Result:
        """The result as computed: head 1's matrices at the top level (what files and
        exports hold), every head in `heads`, the concat and the output."""
        return self._full_result

    @property
    def selected_head(self) -> int:
        """The head (0-based) shown in detail: Q, K, V, scores, weights, context,
        geometry, explain and step-through."""
        return self._selected_head

    @property
    def head_session(self) -> Session:
        """The selected head alone, as a one-head session (`heads.head_session`): what
        one-head explanations and the geometry read. The session itself for one head."""
        session, head, alone = self._head_session
        if session is not self._session or head != self._selected_head:
            alone = head_session(self._session, self._selected_head)
            self._head_session = (self._session, self._selected_head, alone)
        return alone

    def select_head(self, head: int) -> None:
        """Show head `head` (0-based, clamped to the session's heads) in detail."""
        head = max(0, min(int(head), self._session.heads - 1))
        if head == self._selected_head:
            return
        old = self._result
        self._selected_head = head
        self._result = self._full_result.for_head(head)
        self._last_change = Change.between(self._session, self._session, old, self._result, head=True)
        clamped = self._clamp_selection()
        self.headChanged.emit()
        self.changed.emit(self._last_change)
        self._announce_clamped(clamped)

    @property
    def selected_query(self) -> int:
        return self._selected_query

    @property
    def hover(self) -> tuple[str, int, int] | None:
        return self._hover

    @property
    def hovered_key(self) -> int | None:
        """The key (input) under the mouse, from whichever view it is hovered in."""
        if self._hover is None:
            return None
        name, row, col = self._hover
        if name in KEY_COL_MATRICES:
            return col
        if name in KEY_ROW_MATRICES or name == "inputs":
            return row
        return None

    @property
    def hover_blocks(self) -> dict[str, Block]:
        """Per result matrix, the block the hovered cell's formula uses (`steps.hover_blocks`)."""
        hover, result, blocks = self._hover_blocks
        if hover != self._hover or result is not self._result:
            blocks = {} if self._hover is None else hover_blocks(self.head_session, self._result, self._hover)
            self._hover_blocks = (self._hover, self._result, blocks)
        return blocks

    @property
    def last_change(self) -> Change:
        """The `Change` of the latest `changed` (everything, before the first)."""
        return self._last_change

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def saved_session(self) -> Session:
        """The session as it was last opened or saved (what "Discard" goes back to)."""
        return self._saved_session

    def document(self) -> Document:
        return Document(self._session, self._saved_session, self._path, self.dirty)

    # -- the learner's session, put aside while a lesson is open ------------
    @property
    def aside(self) -> Document | None:
        """The learner's own session while a lesson's exercise replaces it, else None."""
        return self._aside

    def put_aside(self, document: Document | None = None) -> None:
        """Keep the learner's session (or `document`) aside; a lesson's exercise comes next."""
        if self._aside is None:
            self._aside = document if document is not None else self.document()

    def give_back(self) -> bool:
        """The learner's session again, with its file and its unsaved state (its undo
        history starts afresh); False when nothing was put aside."""
        document, self._aside = self._aside, None
        if document is None:
            return False
        self.load(document.session, path=document.path)
        self._saved_session = document.saved_session
        if document.dirty:
            self.undo_stack.resetClean()
        return True

    def mark_aside_saved(self, path: str) -> None:
        """The learner's session put aside was saved to `path`."""
        if self._aside is not None:
            self._aside = Document(self._aside.session, self._aside.session, str(path), False)

    def drop_aside(self) -> None:
        """Something else replaces the learner's session (a file, a preset)."""
        self._aside = None

    # -- editing -----------------------------------------------------------
    def validate(self, session: Session) -> str | None:
        """None when `session` can be computed, its numbers are ones a cell may hold and
        the edit scope allows it, else the sentence saying why not."""
        return (self._scope_problem(session) or self._value_problem(session)
                or self._compute_checked(session)[1])

    def _value_problem(self, session: Session) -> str | None:
        """The sentence naming the first cell whose number `session` may not hold
        (`core.cell_values`: not finite, or beyond ±1 000 000), else None. Such a
        session could be neither saved nor recovered; only changed matrices are looked at."""
        try:
            check_cells(session, self._session, formula_words())
        except CellValueError as error:
            return translated_error(error)
        return None

    # -- the edit scope: what a challenge lets the learner change -------------
    @property
    def edit_scope(self) -> EditScope | None:
        return self._edit_scope

    def set_edit_scope(self, scope: EditScope | None) -> None:
        """Allow only the session changes `scope` allows (None: every change). Every
        change goes through here (apply, preview, undo, redo), so every view obeys it;
        loading a whole session lifts it."""
        if scope is not self._edit_scope:
            self._edit_scope = scope
            self.editScopeChanged.emit()

    def _scope_problem(self, session: Session) -> str | None:
        if self._edit_scope is None or session == self._session:
            return None
        return self._edit_scope(self._session, session)

    def _refuse(self, session: Session) -> bool:
        """True (and the status bar says why) when the edit scope forbids `session`."""
        problem = self._scope_problem(session)
        if problem is None:
            return False
        self.message.emit(problem)
        self.editRefused.emit()
        return True

    def try_compute(self, session: Session) -> tuple[Result | None, str | None]:
        """(result, None), or (None, the translated sentence why `session` cannot be
        computed); the current session's result is not computed again."""
        if session == self._session:
            return self._result, None
        result, problem = self._compute_checked(session)
        if result is not None:
            result = result.for_head(min(self._selected_head, session.heads - 1))
        return result, problem

    def _compute_checked(self, session: Session) -> tuple[Result | None, str | None]:
        try:
            # The current result's rows of Q, K and V are reused where they still hold.
            return compute(session, (self._session, self._full_result)), None
        except ComputeError as error:
            return None, translated_error(error)

    def apply(self, session: Session, text: str) -> bool:
        """Make `session` current as one undo step named `text`.

        A session that cannot be computed is refused: the message says why and
        the current session stays.
        """
        if session == self._session:
            return True
        if self._refuse(session):
            return False
        problem = self._value_problem(session)
        if problem is not None:
            self.message.emit(problem)
            return False
        result, problem = self._compute_checked(session)
        if problem is not None:
            self.message.emit(problem)
            return False
        self.undo_stack.push(_SessionCommand(self, self._session, session, text, result=result))
        return True

    def toggle_padding(self, index: int) -> bool:
        """Token `index` (0-based) marked as padding, or a token again, as one undo step; the
        status bar says what that does, and which queries the masks now leave no key."""
        label = self._session.labels[index]
        session = tokens.toggle_padding(self._session, index)
        undo_id, message_id = tokens.padding_message_ids(session, index)
        if not self.apply(session, translated_text("tokens", undo_id, label=label)):
            return False
        empty = tokens.empty_queries_message(session, self._full_result)
        words = [translated_text("tokens", message_id, label=label)]
        if empty is not None:
            words.append(translated_text("tokens", empty[0], **empty[1]))
        self.message.emit(" ".join(words))
        return True

    def begin_gesture(self) -> None:
        """Start a continuous edit (a drag): previews are live, undo sees one step."""
        self._gesture_start = self._session

    def preview(self, session: Session) -> bool:
        """Show `session` now without an undo step (inside a gesture); False when it cannot
        be (the status bar says why when the edit scope or a number's limit forbids it)."""
        if self._gesture_start is None:
            self.begin_gesture()
        if self._refuse(session):
            return False
        problem = self._value_problem(session)
        if problem is not None:  # e.g. a geometry drag past ±1 000 000: it stops, and says why
            self.message.emit(problem)
            return False
        result, problem = self._compute_checked(session)
        if problem is not None:
            return False
        self._set_session(session, result)
        return True

    def end_gesture(self, text: str) -> None:
        start, self._gesture_start = self._gesture_start, None
        if start is not None and start != self._session:
            self.undo_stack.push(_SessionCommand(self, start, self._session, text, already_applied=True))
        if start is not None:
            self.gestureEnded.emit()

    def cancel_gesture(self) -> None:
        start, self._gesture_start = self._gesture_start, None
        if start is not None and start != self._session:
            self._set_session(start)
        if start is not None:
            self.gestureEnded.emit()

    @property
    def in_gesture(self) -> bool:
        return self._gesture_start is not None

    def load(self, session: Session, path: str | None = None) -> None:
        """Replace the whole session (open a file, a preset): a fresh history, no edit scope."""
        self._gesture_start = None
        self.set_edit_scope(None)
        self.undo_stack.clear()
        self._path = path
        self._set_session(session, loaded=True)
        self._saved_session = session
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def mark_saved(self, path: str) -> None:
        self._path = path
        self._saved_session = self._session
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def _set_session(self, session: Session, result: Result | None = None,
                     loaded: bool = False) -> None:
        before, old, old_head = self._session, self._result, self._selected_head
        self._session = session
        self._full_result = compute(session) if result is None else result
        self._selected_head = 0 if loaded else min(self._selected_head, session.heads - 1)
        self._result = self._full_result.for_head(self._selected_head)
        head = self._selected_head != old_head
        self._last_change = Change.between(before, session, old, self._result, loaded, head)
        # Clamp first, announce after `changed`: views then never see an index
        # that is out of range for the session they are drawing.
        clamped = self._clamp_selection()
        if head:
            self.headChanged.emit()
        self.changed.emit(self._last_change)
        self._announce_clamped(clamped)

    def _announce_clamped(self, clamped: set[str]) -> None:
        if "selection" in clamped:
            self.selectionChanged.emit()
        if "hover" in clamped:
            self.hoverChanged.emit()
        if "trace" in clamped:
            self.traceChanged.emit()

    # -- selection and hover ----------------------------------------------
    def select_query(self, index: int) -> None:
        index = max(0, min(int(index), self._session.m - 1))
        if index != self._selected_query:
            self._selected_query = index
            self.selectionChanged.emit()

    def set_hover(self, cell: tuple[str, int, int] | None) -> None:
        if cell != self._hover:
            self._hover = cell
            self.hoverChanged.emit()

    # -- lesson highlights and step-through trace ----------------------------
    @property
    def highlighted_views(self) -> tuple[str, ...]:
        """View names a lesson points at (inputs, w_q, …, scores, weights, geometry, …)."""
        return self._highlighted_views

    def set_highlighted_views(self, names) -> None:
        names = tuple(names)
        if names != self._highlighted_views:
            self._highlighted_views = names
            self.highlightChanged.emit()

    @property
    def trace_target(self) -> tuple[str, int, int] | None:
        """The cell the step-through is at (matrix, row, col), or None."""
        return self._trace_target

    @property
    def trace(self) -> tuple[tuple[str, int, int], ...]:
        """The cells that feed `trace_target` (matrix, row, col), 0-based."""
        return self._trace

    def set_trace(self, target: tuple[str, int, int] | None, sources=()) -> None:
        sources = tuple(sources)
        if target != self._trace_target or sources != self._trace:
            self._trace_target = target
            self._trace = sources
            self.traceChanged.emit()

    @property
    def lesson(self) -> str | None:
        return self._lesson

    def set_lesson(self, lesson_id: str | None) -> None:
        if lesson_id != self._lesson:
            self._lesson = lesson_id
            self.lessonChanged.emit()

    def _clamp_selection(self) -> set[str]:
        """Bring selection, hover and trace inside the current shapes; returns what changed."""
        clamped = set()
        if self._selected_query >= self._session.m:
            self._selected_query = self._session.m - 1
            clamped.add("selection")
        if self._hover is not None and not self._fits(self._hover):
            self._hover = None
            clamped.add("hover")
        if self._trace_target is not None and not self._fits(self._trace_target):
            self._trace_target, self._trace = None, ()
            clamped.add("trace")
        return clamped

    def _fits(self, cell: tuple[str, int, int]) -> bool:
        name, row, col = cell
        shape = self._matrix_shape(name)
        return shape is not None and row < shape[0] and col < shape[1]

    def _matrix_shape(self, name: str) -> tuple[int, int] | None:
        if hasattr(self._result, name) and name != "overridden":
            return self._result.matrix(name).shape
        try:
            matrix = self._session.matrix(name)
        except KeyError:
            return None
        return None if matrix is None else matrix.shape
