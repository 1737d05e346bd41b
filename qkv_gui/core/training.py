"""Learning W_Q and W_K (and W_V) by gradient descent, with exact analytic gradients.

With several heads every head has a target of its own (e.g. head 1 the
previous token, head 2 the same topic); its loss moves only its block of
columns of W_Q, W_K (and W_V), and the total loss is the heads' sum. The heads
see the inputs with their positions (X + P) and the padding mask hides keys
as in `compute`; a query the masks leave no key has a target row of zeros and
adds nothing.

The learner picks a target attention pattern T (m × n, each row sums to 1):
attend to yourself, to the previous token, to the tokens of the same topic,
or any pattern painted by hand. Training moves W_Q and W_K so that the
softmax weights W match T; optionally W_V moves so that the context vectors
match a target context. Every step returns an ordinary `Session`, so the
result can be shown, edited and saved like any other. For the general score
W_a is part of the score function and stays fixed; only W_Q, W_K (and W_V)
learn. Pure numpy, no Qt.

Forward pass of one head (X: the inputs + positions; X_q: the query inputs — X
in self mode, the decoder states in seq2seq; W_Q, W_K, W_V: the head's block; c = 1 for `dot`, 1/√d_k for `scaled_dot`;
A = W_a for `general`, the identity otherwise; τ the temperature):

    Q = X_q W_Q,  K = X W_K,  V = X W_V
    S = c · Q A Kᵀ,   Z = S / τ,   W = softmax(Z) over the visible keys
    L = −(1/m) Σ_i Σ_j T_ij log W_ij  −  H(T)               (attention loss)
      + (λ/2m) Σ_i ‖(W V)_i − C*_i‖²                        (context loss, optional)

H(T) = −(1/m) Σ T_ij log T_ij, the target's own entropy, is a constant: with
it subtracted the attention loss is the KL divergence between T and W, which
is 0 exactly when the weights match the target (a plain cross-entropy would
level off at H(T) > 0 for a target such as "uniform over the same topic").
It changes no gradient.

Backward pass (a row of T sums to 1 over the visible keys, so the
cross-entropy gives the familiar W − T; masked entries have W = T = 0):

    dC = λ (W V − C*) / m,   dV = Wᵀ dC,   dW_V = Xᵀ dV
    dW = dC Vᵀ,   dZ = (W − T)/m + W ⊙ (dW − rowsum(W ⊙ dW))
    dS = dZ / τ,  masked → 0
    dQ = c · dS K Aᵀ,   dK = c · dSᵀ Q A
    dW_Q = X_qᵀ dQ,     dW_K = Xᵀ dK
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from . import edits
from .compute import ComputeError, check_shapes, visible_keys
from .errors import CoreError
from .format import exact
from .heads import head_columns
from .positional import positioned_inputs
from .session import Session

TRAINABLE_SCORES = ("dot", "scaled_dot", "general")
OPTIMIZERS = ("adam", "sgd")
TARGET_KINDS = ("self", "previous", "same_topic")
# The matrices training can move; W_V moves only with a target for the context.
MATRICES = ("w_q", "w_k", "w_v")

# Adam's step is about `learning_rate` per parameter, whatever the scale of the
# inputs, so one default works for ratings up to 5 and for small features.
DEFAULT_LEARNING_RATE = {"adam": 0.05, "sgd": 0.1}
ADAM_BETAS = (0.9, 0.999)
ADAM_EPS = 1e-8
ROW_SUM_TOLERANCE = 1e-6

# One English template per msg_id, so the GUI can show the sentence in another language.
MESSAGES: dict[str, str] = {
    "score_kind": "training supports the dot, scaled_dot and general scores, not {kind}",
    # The two kinds the app offers that cannot train, named in words (not as ids).
    "score_kind_cosine": "training supports the dot product, scaled dot product and bilinear "
    "scores, not the cosine",
    "score_kind_additive": "training supports the dot product, scaled dot product and bilinear "
    "scores, not the additive score",
    "target_shape": "the target is {rows} × {cols} but the weights are {m} × {n} (queries × inputs)",
    "target_not_finite": "the target contains a number that is not finite",
    "target_negative": "target row {row} has a negative weight",
    "target_sum": "target row {row} sums to {total}, not 1",
    "target_masked": "target row {row} puts weight on input {col}, which the causal mask hides",
    "context_shape": "the target context is {rows} × {cols} but the context is {m} × {d_v}",
    "topics_count": "there are {count} topic labels but {n} inputs",
    "optimizer": "the optimizer must be adam or sgd, not {name}",
    "learning_rate": "the learning rate must be a positive number, got {got}",
    "steps": "the number of steps must be 0 or more, got {got}",
    "shapes": "{detail}",
    "no_painted_target": "there are no hand-set weights to use as the target",
    "no_matrices": "pick at least one of W_Q, W_K and W_V to train",
    "matrix_name": "the matrices to train are w_q, w_k and w_v, not {name}",
    "target_heads": "there are {count} targets but {heads} heads",
    "target_hidden_row": "target row {row} puts weight on inputs, but the masks leave that query no input",
    # A training run stops before a step that would put a number past a cell's limit.
    "beyond_limit": "training stopped: its next step would set {cell} to {value}, but a cell holds "
    "numbers between {low} and {high}; a lower learning rate takes smaller steps",
    "reconstruct_shape": "the context can only reconstruct the inputs when W_V has as many columns ({d_v}) as the inputs ({d})",
}


class TrainingError(CoreError):
    """Training cannot run; str() is one English sentence.

    `msg_id` (a key of MESSAGES) and `params` let the GUI translate it.
    """

    msg_context = "training"
    messages = MESSAGES


# -- preparing a session -----------------------------------------------------------


def prepare(session: Session) -> Session:
    """The session training works on: projection on, no weights override.

    Training needs W_Q and W_K to exist, so a session with the projection off
    gets it switched on (`edits.set_projection`, identity matrices where
    missing); every head's hand-set weights are dropped because training
    shapes the softmax weights. Raises TrainingError for an unsupported score.
    """
    if session.score_kind not in TRAINABLE_SCORES:
        named = f"score_kind_{session.score_kind}"
        raise TrainingError(named if named in MESSAGES else "score_kind", kind=session.score_kind)
    s = session
    if not s.projection:
        s = edits.set_projection(s, True)
    if any(w is not None for w in s.weights_overrides):
        s = s.replace(weights_override=None, head_overrides=())
    try:
        check_shapes(s)
    except ComputeError as exc:
        raise TrainingError("shapes", detail=str(exc)) from exc
    return s


def _mask(session: Session) -> np.ndarray:
    """Where a query may look: the causal mask and the padding mask (`compute.visible_keys`)."""
    return visible_keys(session)


# -- targets -----------------------------------------------------------------------


def validate_target(session: Session, target) -> np.ndarray:
    """`target` as an m × n float array, or TrainingError naming the first problem.

    A target row is a distribution over the inputs: non-negative, summing to 1
    (within 1e-6), and with no weight on an input the causal or padding mask
    hides. A query the masks leave no input has a row of zeros.
    """
    t = np.asarray(target, dtype=np.float64)
    m, n = session.m, session.n
    if t.ndim != 2 or t.shape != (m, n):
        rows, cols = (t.shape + (1, 1))[:2] if t.ndim == 2 else (t.size, 1)
        raise TrainingError("target_shape", rows=rows, cols=cols, m=m, n=n)
    if not np.all(np.isfinite(t)):
        raise TrainingError("target_not_finite")
    if np.any(t < 0):
        raise TrainingError("target_negative", row=int(np.argwhere(t < 0)[0][0]) + 1)
    visible = _mask(session)
    sums = t.sum(axis=1)
    blind = ~visible.any(axis=1)
    if np.any(blind & (sums != 0)):
        raise TrainingError("target_hidden_row", row=int(np.flatnonzero(blind & (sums != 0))[0]) + 1)
    bad = np.flatnonzero(~blind & (np.abs(sums - 1.0) > ROW_SUM_TOLERANCE))
    if bad.size:
        raise TrainingError("target_sum", row=int(bad[0]) + 1, total=exact(sums[bad[0]]))
    hidden = (~visible) & (t > 0)
    if hidden.any():
        row, col = np.argwhere(hidden)[0]
        raise TrainingError("target_masked", row=int(row) + 1, col=int(col) + 1)
    return t


def validate_targets(session: Session, target) -> np.ndarray:
    """The target of every head, h × m × n: `target` is one m × n pattern (every head
    learns it) or one per head (a list, or an h × m × n array); each is checked
    by `validate_target`."""
    t = np.asarray(target, dtype=np.float64)
    if t.ndim != 3:
        one = validate_target(session, t)
        return np.repeat(one[None], session.heads, axis=0)
    if len(t) != session.heads:
        raise TrainingError("target_heads", count=len(t), heads=session.heads)
    return np.stack([validate_target(session, pattern) for pattern in t])


def _one_hot(session: Session, columns: Sequence[int]) -> np.ndarray:
    """Weight 1 on `columns[i]` for query i, or, when the masks hide it, on the nearest
    visible input before it (else after it); a row of zeros when none is visible."""
    visible = _mask(session)
    target = np.zeros((session.m, session.n))
    for row, col in enumerate(columns):
        seen = np.flatnonzero(visible[row])
        if seen.size == 0:
            continue
        before = seen[seen <= col]
        target[row, before[-1] if before.size else seen[0]] = 1.0
    return target


def target_self(session: Session) -> np.ndarray:
    """Every query attends only to its own token: the identity.

    In seq2seq mode decoder step i attends to encoder state i (the last one
    once i runs past the inputs): the diagonal alignment. A padded token's
    weight goes to the nearest visible token before it (`_one_hot`).
    """
    return _one_hot(session, [min(i, session.n - 1) for i in range(session.m)])


def target_previous(session: Session) -> np.ndarray:
    """Every query attends to the token before it; the first one attends to itself.

    In seq2seq mode decoder step i attends to encoder state i − 1 (clipped like
    `target_self`).
    """
    return _one_hot(session, [max(min(i, session.n - 1) - 1, 0) for i in range(session.m)])


def target_same_topic(session: Session, topics: Sequence[int] | None = None) -> np.ndarray:
    """Uniform weight over the inputs with the query's topic label.

    topics: one int per input (e.g. `svd.topics_from_svd(session)`, the default).
    Self mode: query i has the topic of input i; with the causal mask only the
    visible inputs of that topic share the weight (i itself always is one).
    Seq2seq: decoder state i has the topic of input min(i, n − 1). A query whose
    topic the padding mask hides entirely spreads its weight over every visible
    input; one the masks leave no input gets a row of zeros.
    """
    if topics is None:
        from .svd import topics_from_svd

        topics = topics_from_svd(session)
    labels = np.asarray(list(topics))
    if labels.shape != (session.n,):
        raise TrainingError("topics_count", count=int(labels.size), n=session.n)
    visible = _mask(session)
    own = labels[[min(i, session.n - 1) for i in range(session.m)]]
    same = (own[:, None] == labels[None, :]) & visible
    same = np.where(same.any(axis=1, keepdims=True), same, visible)
    counts = same.sum(axis=1, keepdims=True)
    return np.divide(same, counts, out=np.zeros(same.shape), where=counts > 0)


def target_reconstruct(session: Session) -> np.ndarray:
    """The target context "reconstruct the inputs": context_i ≈ the query's own input.

    Self mode: the inputs I (m = n); seq2seq: the decoder states. Every head's
    context should; it needs W_V to keep the inputs' dimension (d_v = d per
    head), else TrainingError.
    """
    s = prepare(session)
    if s.d_v != s.query_inputs.shape[1]:
        raise TrainingError("reconstruct_shape", d_v=s.d_v, d=s.query_inputs.shape[1])
    return np.array(s.query_inputs)


def target_pattern(session: Session, kind: str, topics: Sequence[int] | None = None) -> np.ndarray:
    """The target called `kind`: one of "self", "previous", "same_topic"."""
    if kind == "self":
        return target_self(session)
    if kind == "previous":
        return target_previous(session)
    if kind == "same_topic":
        return target_same_topic(session, topics)
    raise ValueError(f"target kind must be one of {', '.join(TARGET_KINDS)}, not {kind!r}")


# -- loss and gradients ------------------------------------------------------------


def _forward(s: Session, head: int, x: np.ndarray, mask: np.ndarray) -> dict[str, np.ndarray]:
    """Head `head`'s pass on `x` (the inputs + positions) under `mask`."""
    x_q = x if s.mode == "self" else s.query_inputs
    qk, cols_v = head_columns(s.d_k, head), head_columns(s.d_v, head)
    q, k, v = x_q @ s.w_q[:, qk], x @ s.w_k[:, qk], x @ s.w_v[:, cols_v]
    scale = 1.0 / np.sqrt(k.shape[1]) if s.score_kind == "scaled_dot" else 1.0
    a = s.w_a if s.score_kind == "general" else np.eye(k.shape[1])
    scores = scale * (q @ a @ k.T)
    z = np.where(mask, scores / s.temperature, -np.inf)
    live = mask.any(axis=1, keepdims=True)  # a query the masks leave no key: all zeros
    row_max = np.where(live, z.max(axis=1, keepdims=True), 0.0)
    shifted = np.where(mask, z - row_max, -np.inf)
    total = np.exp(shifted).sum(axis=1, keepdims=True)
    log_norm = np.log(np.where(live, total, 1.0))
    log_w = np.where(mask, shifted - log_norm, 0.0)  # log softmax, finite where visible
    w = np.where(mask, np.exp(log_w), 0.0)
    return {"x_q": x_q, "x": x, "q": q, "k": k, "v": v, "a": a, "scale": scale,
            "log_w": log_w, "w": w, "qk": qk, "cols_v": cols_v}  # fmt: skip


def head_losses_and_grads(
    session: Session,
    target,
    target_context=None,
    context_weight: float = 0.0,
) -> tuple[tuple[float, ...], dict[str, np.ndarray | None]]:
    """Every head's loss and the exact gradients of their sum.

    target: one m × n pattern for every head, or one per head (`validate_targets`);
    target_context: m × d_v, what every head's context should be (optional).
    Head i's loss depends only on its block of columns, so each block of a
    gradient is that head's own gradient. Returns (losses, {"w_q", "w_k", "w_v"}),
    dW_V None unless a target context is given with context_weight > 0.
    """
    s = prepare(session)
    targets = validate_targets(s, target)
    m = s.m
    x, mask = positioned_inputs(s), _mask(s)
    use_context = target_context is not None and context_weight != 0.0
    c_star = None
    if use_context:
        c_star = np.asarray(target_context, dtype=np.float64)
        if c_star.shape != (m, s.d_v):
            rows, cols = (c_star.shape + (1, 1))[:2] if c_star.ndim == 2 else (c_star.size, 1)
            raise TrainingError("context_shape", rows=rows, cols=cols, m=m, d_v=s.d_v)
    grads: dict[str, np.ndarray | None] = {
        "w_q": np.zeros_like(s.w_q), "w_k": np.zeros_like(s.w_k),
        "w_v": np.zeros_like(s.w_v) if use_context else None,
    }  # fmt: skip
    losses = []
    for head, t in enumerate(targets):
        f = _forward(s, head, x, mask)
        w = f["w"]
        # T_ij (log T_ij − log W_ij), where entries with T_ij = 0 contribute nothing
        # (even where W_ij underflows to 0): the KL divergence, ≥ 0.
        safe_t = np.where(t > 0, t, 1.0)
        loss = float(np.sum(np.where(t > 0, t * (np.log(safe_t) - f["log_w"]), 0.0))) / m
        d_z = (w - t) / m
        if c_star is not None:
            diff = w @ f["v"] - c_star
            loss += 0.5 * context_weight * float(np.sum(diff * diff)) / m
            d_context = context_weight * diff / m
            grads["w_v"][:, f["cols_v"]] = f["x"].T @ (w.T @ d_context)
            d_weights = d_context @ f["v"].T
            d_z = d_z + w * (d_weights - np.sum(w * d_weights, axis=1, keepdims=True))
        d_s = np.where(mask, d_z / s.temperature, 0.0) * f["scale"]
        grads["w_q"][:, f["qk"]] = f["x_q"].T @ (d_s @ f["k"] @ f["a"].T)
        grads["w_k"][:, f["qk"]] = f["x"].T @ (d_s.T @ f["q"] @ f["a"])
        losses.append(loss)
    return tuple(losses), grads


def loss_and_grads(
    session: Session,
    target,
    target_context=None,
    context_weight: float = 0.0,
) -> tuple[float, dict[str, np.ndarray | None]]:
    """The training loss of `session` and its exact gradients.

    The attention part is the mean cross-entropy between the target rows and
    the softmax weights minus the target's entropy (the KL divergence, so a
    matched pattern scores 0; see `cross_entropy` for the plain value); with
    several heads, the sum of the heads' losses (`head_losses_and_grads`).

    Returns (loss, {"w_q": dL/dW_Q, "w_k": dL/dW_K, "w_v": dL/dW_V or None}).
    dW_V is None unless a target context is given with context_weight > 0.
    The session is first passed through `prepare` (projection on, no
    override); the gradients are for the matrices of that session, which are
    the session's own when its projection is already on. See the module
    docstring for the derivation.
    """
    losses, grads = head_losses_and_grads(session, target, target_context, context_weight)
    return float(sum(losses)), grads


def target_entropy(target) -> float:
    """H(T) = −(1/m) Σ T_ij log T_ij: what the plain cross-entropy adds to our loss."""
    t = np.asarray(target, dtype=np.float64)
    safe_t = np.where(t > 0, t, 1.0)
    return -float(np.sum(np.where(t > 0, t * np.log(safe_t), 0.0))) / t.shape[0]


def cross_entropy(session: Session, target) -> float:
    """The plain mean cross-entropy −(1/m) Σ T_ij log W_ij (= the loss + H(T) without context)."""
    return loss_and_grads(session, target)[0] + target_entropy(target)


def loss(session: Session, target, target_context=None, context_weight: float = 0.0) -> float:
    """Just the loss (see `loss_and_grads`)."""
    return loss_and_grads(session, target, target_context, context_weight)[0]


# -- the training loop -------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class TrainState:
    """Where training is: the current session, how many steps were taken, the loss curve.

    losses[k] is the (total) loss after k steps, so len(losses) == step + 1 and
    losses[-1] is the loss of `session`; head_losses[k] holds every head's
    part of it (one number with one head). `moments` holds Adam's running
    averages per matrix name as (first, second) moments; it is empty for
    plain gradient descent and before the first Adam step.
    """

    session: Session
    step: int = 0
    losses: tuple[float, ...] = ()
    moments: tuple[tuple[str, np.ndarray, np.ndarray], ...] = field(default=())
    head_losses: tuple[tuple[float, ...], ...] = ()

    @property
    def loss(self) -> float | None:
        return self.losses[-1] if self.losses else None

    def head_curves(self) -> np.ndarray:
        """The loss curve of every head: heads × (steps + 1) (empty when not known)."""
        if len(self.head_losses) != len(self.losses) or not self.head_losses:
            return np.zeros((0, len(self.losses)))
        return np.array(self.head_losses, dtype=np.float64).T


def start(session: Session, target, target_context=None, context_weight: float = 0.0) -> TrainState:
    """A TrainState at step 0 on the prepared session, with its starting loss."""
    s = prepare(session)
    first = head_losses_and_grads(s, target, target_context, context_weight)[0]
    return TrainState(session=s, step=0, losses=(float(sum(first)),), head_losses=(first,))


def check_trainable(names: Sequence[str]) -> frozenset[str]:
    """`names` as a set of MATRICES names, or TrainingError (unknown name, or none at all)."""
    chosen = frozenset(names)
    for name in sorted(chosen - set(MATRICES)):
        raise TrainingError("matrix_name", name=name)
    if not chosen:
        raise TrainingError("no_matrices")
    return chosen


def _check_rate(learning_rate: float) -> float:
    rate = float(learning_rate)
    if not (rate > 0 and np.isfinite(rate)):
        raise TrainingError("learning_rate", got=learning_rate)
    return rate


def train_step(
    state: TrainState,
    target,
    learning_rate: float | None = None,
    *,
    optimizer: str = "adam",
    target_context=None,
    context_weight: float = 0.0,
    trainable: Sequence[str] = MATRICES,
) -> TrainState:
    """One gradient step on W_Q and W_K (and W_V when a context target is given), every
    head's block towards its own target (one pattern for all, or one per head).

    optimizer "adam" (default; its moments live in the state) or "sgd"
    (plain gradient descent: W ← W − rate·dW). learning_rate defaults to
    DEFAULT_LEARNING_RATE[optimizer]. trainable: the names of the matrices
    that move (of MATRICES); the others keep their numbers, though the loss
    still counts them. Everything else in the session stays as it was; the
    new session is ordinary and can be saved.
    """
    if optimizer not in OPTIMIZERS:
        raise TrainingError("optimizer", name=optimizer)
    moving = check_trainable(trainable)
    rate = _check_rate(DEFAULT_LEARNING_RATE[optimizer] if learning_rate is None else learning_rate)
    s = prepare(state.session)
    current, grads = head_losses_and_grads(s, target, target_context, context_weight)
    grads = {name: grad if name in moving else None for name, grad in grads.items()}
    losses = state.losses or (float(sum(current)),)
    head_losses = state.head_losses if len(state.head_losses) == len(losses) else ()
    if not head_losses and len(losses) == 1:
        head_losses = (current,)
    step = state.step + 1
    updates: dict[str, np.ndarray] = {}
    moments: list[tuple[str, np.ndarray, np.ndarray]] = []
    if optimizer == "adam":
        old = {name: (m1, m2) for name, m1, m2 in state.moments}
        b1, b2 = ADAM_BETAS
        for name, grad in grads.items():
            if grad is None:
                if name in old:
                    moments.append((name, *old[name]))
                continue
            m1, m2 = old.get(name, (None, None))
            if m1 is None or m1.shape != grad.shape:
                m1, m2 = np.zeros_like(grad), np.zeros_like(grad)
            m1 = b1 * m1 + (1 - b1) * grad
            m2 = b2 * m2 + (1 - b2) * grad * grad
            m1_hat = m1 / (1 - b1**step)
            m2_hat = m2 / (1 - b2**step)
            updates[name] = getattr(s, name) - rate * m1_hat / (np.sqrt(m2_hat) + ADAM_EPS)
            for array in (m1, m2):
                array.flags.writeable = False
            moments.append((name, m1, m2))
    else:
        for name, grad in grads.items():
            if grad is not None:
                updates[name] = getattr(s, name) - rate * grad
    new_session = s.replace(**updates)
    after = head_losses_and_grads(new_session, target, target_context, context_weight)[0]
    return TrainState(
        session=new_session, step=step, losses=losses + (float(sum(after)),), moments=tuple(moments),
        head_losses=head_losses + (after,) if head_losses else (),
    )


def train(
    session: Session,
    target,
    steps: int,
    lr: float | None = None,
    *,
    optimizer: str = "adam",
    target_context=None,
    context_weight: float = 0.0,
    trainable: Sequence[str] = MATRICES,
) -> TrainState:
    """`steps` training steps from `session` (see `train_step`)."""
    if isinstance(steps, bool) or not isinstance(steps, int | np.integer) or steps < 0:
        raise TrainingError("steps", got=steps)
    state = start(session, target, target_context, context_weight)
    for _ in range(int(steps)):
        state = train_step(
            state, target, lr, optimizer=optimizer,
            target_context=target_context, context_weight=context_weight, trainable=trainable,
        )  # fmt: skip
    return state


def gradient_norms(grads: Mapping[str, np.ndarray | None]) -> dict[str, float]:
    """The Frobenius norm of each gradient (0 for a matrix that is not trained)."""
    return {name: 0.0 if g is None else float(np.linalg.norm(g)) for name, g in grads.items()}
