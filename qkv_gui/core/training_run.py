"""One training run, as the Train panel drives it: target, steps, pause, reset. No Qt.

The panel's timer calls `run.step(k)` and shows `run.state` (its session and
loss curve); Train and Pause call `begin()` and `pause()`, and the panel makes
each stretch between them one undo step. `reset()` gives back the session the
run started from. A run continues as long as the learner trains the same
target on the session the run left; anything else starts a new run.
`to_dict()` / `resume()` keep a paused run across restarts.

With several heads the run learns one target kind per head (e.g. head 1 the
previous token, head 2 the same topic); its state keeps every head's loss curve.

A run trains the matrices the learner picked (W_Q and W_K by default). With
W_V among them the loss gains a context term: the context should reconstruct
the inputs (`training.target_reconstruct`), weighted by CONTEXT_WEIGHT.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from . import training
from .cell_values import CellValueError, check_cells
from .session import Session
from .session_io import session_from_dict, session_to_dict
from .training import TrainingError, TrainState

LOSS_GOAL = 1e-3  # a stretch of training stops by itself below this loss…
MAX_STEPS = 2000  # …or after this many steps
# "painted": the weights the learner set by hand (the session's weights override).
TARGET_KINDS = (*training.TARGET_KINDS, "painted")
DEFAULT_MATRICES = ("w_q", "w_k")
CONTEXT_WEIGHT = 1.0  # λ of the context term when W_V trains


def run_target(session: Session, kind: str, head: int = 0) -> np.ndarray:
    """The target pattern T of `kind` for head `head` of `session` (TrainingError when
    there is none): "painted" is that head's hand-set weights."""
    if kind == "painted":
        painted = session.weights_overrides[head] if head < session.heads else None
        if painted is None:
            raise TrainingError("no_painted_target")
        return np.array(painted)
    return training.target_pattern(session, kind)


def head_kinds(session: Session, kinds) -> tuple[str, ...]:
    """One target kind per head: `kinds` is one kind for every head or one per head."""
    if isinstance(kinds, str):
        return (kinds,) * session.heads
    chosen = tuple(str(kind) for kind in kinds)
    if len(chosen) != session.heads:
        raise TrainingError("target_heads", count=len(chosen), heads=session.heads)
    return chosen


def run_targets(session: Session, kinds) -> np.ndarray:
    """The targets of every head, h × m × n (see `head_kinds`)."""
    return np.stack([run_target(session, kind, head)
                     for head, kind in enumerate(head_kinds(session, kinds))])


def _ordered(names) -> tuple[str, ...]:
    """`names` checked (`training.check_trainable`), in the order of training.MATRICES."""
    chosen = training.check_trainable(names)
    return tuple(name for name in training.MATRICES if name in chosen)


def run_context(session: Session, matrices) -> np.ndarray | None:
    """The target context when W_V is among `matrices` (reconstruct the inputs), else None."""
    return training.target_reconstruct(session) if "w_v" in matrices else None


def run_loss(session: Session, kind, matrices=DEFAULT_MATRICES) -> float:
    """The loss a run of `kind` (one per head, or one for all) training `matrices` would
    start from on `session`."""
    context = run_context(session, matrices)
    return training.loss(session, run_targets(session, kind), context, CONTEXT_WEIGHT)


def run_head_losses(session: Session, kind, matrices=DEFAULT_MATRICES) -> tuple[float, ...]:
    """Every head's part of `run_loss`."""
    context = run_context(session, matrices)
    targets = run_targets(session, kind)
    return training.head_losses_and_grads(session, targets, context, CONTEXT_WEIGHT)[0]


def beyond_limit(session: Session, before: Session) -> TrainingError | None:
    """Why a step from `before` to `session` cannot be taken: it puts a number past the
    limit a cell holds (`cell_values`, ±1 000 000), naming the first such cell; else None."""
    try:
        check_cells(session, before)
    except CellValueError as error:
        # A step that is no finite number at all ("nan") has no `value`, only its `text`.
        value = error.params.get("value", error.params.get("text"))
        return TrainingError("beyond_limit", cell=error.params["cell"], value=value,
                             low=error.params["low"], high=error.params["high"])
    return None


class TrainingRun:
    """Where a training run is, and what a stretch of it did.

    state: the TrainState (session, step, losses) or None before the run starts.
    kinds, target: the target kind of every head and the targets (h × m × n) the run
    learns; kind: the first head's kind. start_session: the session before the run.
    matrices: the names of the matrices it trains (in the order of training.MATRICES);
    context: the target context when W_V trains (else None).
    running: between `begin()` and `pause()`.
    stopped: why the latest `step()` stopped early: "goal" (loss below LOSS_GOAL),
        "limit" (MAX_STEPS in this stretch), "not_finite" (the loss blew up),
        "beyond" (a step would put a number past a cell's limit) or None.
    beyond: with "beyond", the TrainingError naming that cell, its number and the limit.
    """

    def __init__(self, loss_goal: float = LOSS_GOAL, max_steps: int = MAX_STEPS) -> None:
        self.loss_goal = loss_goal
        self.max_steps = max_steps
        self.state: TrainState | None = None
        self.kinds: tuple[str, ...] | None = None
        self.target: np.ndarray | None = None
        self.matrices: tuple[str, ...] = DEFAULT_MATRICES
        self.context: np.ndarray | None = None
        self.start_session: Session | None = None
        self.running = False
        self.stopped: str | None = None
        self.beyond: TrainingError | None = None
        self._stretch_start = 0

    # -- reading -----------------------------------------------------------
    @property
    def kind(self) -> str | None:
        return None if self.kinds is None else self.kinds[0]

    @property
    def session(self) -> Session | None:
        return None if self.state is None else self.state.session

    @property
    def losses(self) -> tuple[float, ...]:
        return () if self.state is None else self.state.losses

    @property
    def loss(self) -> float | None:
        return None if self.state is None else self.state.loss

    @property
    def at_goal(self) -> bool:
        return self.loss is not None and self.loss < self.loss_goal

    @property
    def stretch_steps(self) -> int:
        """Steps taken since the latest `begin()`."""
        return 0 if self.state is None else self.state.step - self._stretch_start

    def follows(self, session: Session) -> bool:
        """Whether `session` is the very session the run made (not an edit of it)."""
        return self.state is not None and session is self.state.session

    # -- driving -----------------------------------------------------------
    def prepare(self, session: Session, kind, matrices=DEFAULT_MATRICES) -> bool:
        """Go on with the run on `session`, or start a new one from it when the session,
        the target kinds (one for all heads, or one per head) or the trained matrices are
        not the run's; True when a new run started.

        Raises TrainingError (nothing changes) when `session` cannot be trained on.
        """
        names = _ordered(matrices)
        kinds = head_kinds(session, kind)
        if (self.state is not None and kinds == self.kinds and names == self.matrices
                and session == self.state.session):
            return False
        target = run_targets(session, kinds)
        context = run_context(session, names)
        state = training.start(session, target, context, CONTEXT_WEIGHT)
        self.start_session, self.target, self.state, self.kinds = session, target, state, kinds
        self.matrices, self.context = names, context
        return True

    def begin(self) -> None:
        """Start a stretch of steps (the panel makes it one undo step)."""
        self.running = True
        self._stretch_start = 0 if self.state is None else self.state.step

    def pause(self) -> bool:
        """End the stretch; True when one was running."""
        was_running, self.running = self.running, False
        return was_running

    def step(self, count: int = 1, optimizer: str = "adam",
             learning_rate: float | None = None) -> TrainState:
        """Up to `count` gradient steps; fewer when the loss reaches the goal, stops being
        finite or the stretch reaches `max_steps` (see `stopped`).

        A TrainingError propagates with `state` at the last good step.
        """
        if self.state is None or self.target is None:
            raise RuntimeError("prepare() the run before stepping it")
        self.stopped, self.beyond = None, None
        limit = self._stretch_start + self.max_steps
        for _ in range(count):
            stepped = training.train_step(
                self.state, self.target, learning_rate, optimizer=optimizer,
                target_context=self.context, context_weight=CONTEXT_WEIGHT,
                trainable=self.matrices,
            )
            self.beyond = beyond_limit(stepped.session, self.state.session)
            if self.beyond is not None:
                break  # the run stays at its last step whose numbers cells can hold
            self.state = stepped
            loss = self.state.loss
            if loss < self.loss_goal or self.state.step >= limit or not math.isfinite(loss):
                break
        loss = self.state.loss
        if self.beyond is not None:
            self.stopped = "beyond"
        elif not math.isfinite(loss):
            self.stopped = "not_finite"
        elif loss < self.loss_goal:
            self.stopped = "goal"
        elif self.state.step >= limit:
            self.stopped = "limit"
        return self.state

    def forget(self) -> None:
        """A new target: the next `prepare()` starts a fresh run (not while running)."""
        if not self.running:
            self.state = None
            self.kinds = None

    def reset(self) -> Session | None:
        """End the run; the session it started from (None when there was none)."""
        start = self.start_session
        self.state = self.kinds = self.target = self.start_session = self.context = None
        self.matrices = DEFAULT_MATRICES
        self.running = False
        self.stopped, self.beyond = None, None
        return start

    # -- kept across restarts ----------------------------------------------
    def to_dict(self) -> dict[str, Any] | None:
        """The run as plain JSON data (None before it starts): target kind, the session it
        started from and the one it reached, the loss curve, Adam's moments."""
        if self.state is None or self.start_session is None:
            return None
        state = self.state
        return {
            "kind": self.kind,
            "kinds": list(self.kinds or ()),
            "matrices": list(self.matrices),
            "start": session_to_dict(self.start_session),
            "session": session_to_dict(state.session),
            "step": state.step,
            "losses": list(state.losses),
            "head_losses": [list(row) for row in state.head_losses],
            "moments": [[name, first.tolist(), second.tolist()] for name, first, second in state.moments],
        }

    def resume(self, data: Any, session: Session) -> bool:
        """Take up the paused run `data` (from `to_dict`) when it reached `session`; False
        (nothing changes) when it did not, or when `data` is not a run."""
        try:
            if session_from_dict(data["session"]) != session:
                return False
            start = session_from_dict(data["start"])
            kinds = head_kinds(start, data.get("kinds") or str(data["kind"]))
            target = run_targets(start, kinds)
            names = _ordered(data.get("matrices", DEFAULT_MATRICES))
            context = run_context(start, names)
            moments = tuple((str(name), np.array(first, dtype=np.float64), np.array(second, dtype=np.float64))
                            for name, first, second in data["moments"])
            state = TrainState(session=session, step=int(data["step"]),
                               losses=tuple(float(x) for x in data["losses"]), moments=moments,
                               head_losses=tuple(tuple(float(x) for x in row)
                                                 for row in data.get("head_losses", ())))
        except (AttributeError, KeyError, TypeError, ValueError):  # SessionError and TrainingError are ValueErrors
            return False
        self.start_session, self.kinds, self.target, self.state = start, kinds, target, state
        self.matrices, self.context = names, context
        self.running, self.stopped = False, None
        return True
