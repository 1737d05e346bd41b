"""The SVD "topic space": I = U Σ Vᵀ and projecting onto the top m directions.

In the classic "users rate movies" example the rows of I are users and the
columns movies. The right singular vectors (rows of Vᵀ) are "topics": sets of
movies that are rated together (science fiction, romance). Multiplying a user's
ratings by V_m (the first m right singular vectors, d × m) gives the user's
strength in each topic, so users with the same taste line up on the same axis
and the dimension drops from d to m. Setting W_Q = W_K = V_m makes attention
compare users in that topic space. Pure numpy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import edits
from .session import Session

COMPATIBILITY_KINDS = ("dot", "cosine")


def _as_matrix(inputs) -> np.ndarray:
    array = np.asarray(inputs, dtype=np.float64)
    if array.ndim != 2 or array.size == 0:
        raise ValueError(f"the SVD needs a non-empty n × d matrix, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError("the SVD needs finite numbers")
    return array


def _sign_normalise(vt: np.ndarray, u: np.ndarray | None = None) -> None:
    """Flip each right singular vector (row of vt) so its largest-|x| entry is positive.

    Singular vectors are only defined up to sign; fixing it keeps the picture
    from mirroring between runs and edits. Among entries whose size ties with
    the largest (within rounding) the first one decides, so the rule does not
    depend on the last bit of a LAPACK result. The matching column of u is
    flipped too, so U Σ Vᵀ is unchanged. Works in place.
    """
    for k in range(vt.shape[0]):
        row = vt[k]
        size = np.abs(row)
        biggest = size.max()
        if biggest == 0:
            continue
        first = int(np.flatnonzero(size >= biggest * (1 - 1e-9))[0])
        if row[first] < 0:
            vt[k] = -row
            if u is not None and k < u.shape[1]:
                u[:, k] = -u[:, k]


@dataclass(frozen=True)
class TopicSpace:
    """Everything the SVD of one inputs matrix gives, from a single decomposition.

    u: n × r, s: r singular values (descending), vt: d × d right singular vectors
    as rows (the first r span the inputs' rows; beyond the rank they complete an
    orthonormal basis), r = min(n, d). Signs are normalised (`_sign_normalise`).
    """

    inputs: np.ndarray
    u: np.ndarray
    s: np.ndarray
    vt: np.ndarray

    def projection(self, m: int) -> np.ndarray:
        """V_m: the first m right singular vectors as the columns of a d × m matrix."""
        d = self.vt.shape[0]
        if not 1 <= m <= d:
            raise ValueError(f"the number of topic directions must be between 1 and {d}, got {m}")
        return self.vt[:m].T

    def coordinates(self, m: int) -> np.ndarray:
        """Each input in the topic space: inputs · V_m (n × m)."""
        return self.inputs @ self.projection(m)


# The last decomposition: views and rules ask about the same inputs many times per
# edit (the panel, the lesson check, "in use ✓"), and sessions share an inputs array
# until it is edited, so identity tells when it can be reused.
_last_topic_space: list[TopicSpace] = []


def topic_space(inputs) -> TopicSpace:
    """The SVD of `inputs` (n × d) as a TopicSpace; one decomposition per inputs array."""
    if _last_topic_space and _last_topic_space[0].inputs is inputs:
        return _last_topic_space[0]
    array = _as_matrix(inputs)
    n, d = array.shape
    # The thin SVD is complete when n ≥ d; only wider inputs need the rest of a basis.
    u, s, vt = np.linalg.svd(array, full_matrices=n < d)  # u is n × min(n, d) either way
    _sign_normalise(vt, u)
    for part in (u, s, vt):
        part.flags.writeable = False
    space = TopicSpace(array, u, s, vt)
    if array is inputs and not array.flags.writeable:  # frozen: identity means same numbers
        _last_topic_space[:] = [space]
    return space


def svd(inputs) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The thin SVD of `inputs` (n × d): U (n × r), S (r, descending), Vt (r × d), r = min(n, d).

    U @ diag(S) @ Vt == inputs (to rounding). Signs are normalised, so the
    result is deterministic.
    """
    space = topic_space(inputs)
    return space.u, space.s, space.vt[: len(space.s)]


def topic_projection(inputs, m: int) -> np.ndarray:
    """V_m: the first m right singular vectors of `inputs` as the columns of a d × m matrix.

    Each column is sign-normalised so that its largest-|x| entry is positive.
    m may be anything from 1 to d; beyond the rank of `inputs` the extra
    columns complete an orthonormal basis (their singular values are 0).
    """
    return topic_space(inputs).projection(m)


def topic_coordinates(inputs, m: int) -> np.ndarray:
    """Each input in the topic space: inputs · V_m (n × m), e.g. for a 2-D scatter."""
    return topic_space(inputs).coordinates(m)


def apply_topic_projection(session: Session, m: int, project_values: bool = False) -> Session:
    """The session with W_Q = W_K = V_m (from the SVD of its inputs) and the projection on.

    W_V: by default it becomes the d × d identity, so the values (and the
    context) stay in the original coordinates — in the movies example the
    context is still a mix of movie ratings a learner can read — while the
    compatibility (queries and keys) is measured in the topic space, which
    is the point of the lesson. With `project_values=True` W_V = V_m as well,
    so values and context are m-dimensional topic strengths.

    In seq2seq mode the decoder states are projected with the same V_m, so
    they must have the inputs' dimension. A general score's W_a is resized to
    m × m (identity where new); an additive one is refitted likewise.
    """
    if session.query_inputs.shape[1] != session.d:
        raise ValueError(
            f"the decoder states have {session.query_inputs.shape[1]} columns but the inputs have "
            f"{session.d}; W_Q = V_m needs the same dimension"
        )
    v_m = topic_projection(session.inputs, m)
    w_v = v_m if project_values else np.eye(session.d)
    s = session.replace(w_q=v_m, w_k=v_m, w_v=w_v)
    return edits.set_projection(s, True)


def compatibility(vectors, kind: str = "cosine") -> np.ndarray:
    """The N × N dot products or cosines between the rows of `vectors`.

    Cosine with a zero vector is defined as 0, as in the cosine score.
    """
    array = np.asarray(vectors, dtype=np.float64)
    if array.ndim != 2:
        raise ValueError(f"expected an N × d array, got shape {array.shape}")
    dots = array @ array.T
    if kind == "dot":
        return dots
    if kind != "cosine":
        raise ValueError(
            f"compatibility kind must be one of {', '.join(COMPATIBILITY_KINDS)}, not {kind!r}"
        )
    norms = np.linalg.norm(array, axis=1)
    outer = np.outer(norms, norms)
    out = np.zeros_like(dots)
    np.divide(dots, outer, out=out, where=outer > 0)
    return out


def explained_energy(singular_values, m: int) -> float:
    """The fraction of Σ σ² kept by the top m singular values, in [0, 1] (1 when all are 0)."""
    s = np.asarray(singular_values, dtype=np.float64).reshape(-1)
    if m < 0:
        raise ValueError(f"m must not be negative, got {m}")
    total = float(np.sum(s * s))
    if total == 0.0:
        return 1.0
    kept = float(np.sum(s[:m] ** 2))
    return min(max(kept / total, 0.0), 1.0)


def topics_from_svd(session_or_inputs, k: int = 2) -> tuple[int, ...]:
    """A topic label per input: which of the top k singular directions it leans on most.

    Label t means input i has its largest |U[i, t]·σ_t| at t (0-based), i.e.
    the coordinate of the input along topic t is the biggest. In the movies
    preset this gives 0 for the science-fiction fans and 1 for the romance fans.
    An all-zero input gets topic 0.
    """
    inputs = (
        session_or_inputs.inputs if isinstance(session_or_inputs, Session) else session_or_inputs
    )
    space = topic_space(inputs)
    k = max(1, min(k, len(space.s)))
    u, s = space.u, space.s
    strength = np.abs(u[:, :k] * s[:k])
    return tuple(int(t) for t in np.argmax(strength, axis=1))


# How close W_Q and W_K must be to V_m to count as the topic space (V's entries are ≤ 1).
TOPIC_SPACE_TOLERANCE = 1e-9


def uses_topic_space(session: Session) -> int | None:
    """m when the projection is on with W_Q = W_K = V_m of the inputs (any m from 1 to d,
    as `apply_topic_projection` sets them), else None."""
    w_q, w_k = session.w_q, session.w_k
    if not session.projection or w_q is None or w_k is None:
        return None
    d, m = session.d, w_q.shape[1]
    if w_q.shape != (d, m) or w_k.shape != (d, m) or not 1 <= m <= d:
        return None
    v_m = topic_projection(session.inputs, m)
    close = {"rtol": 0.0, "atol": TOPIC_SPACE_TOLERANCE}
    if np.allclose(w_q, v_m, **close) and np.allclose(w_k, v_m, **close):
        return m
    return None


# -- what the topic space does to the vectors attention compares ----------------------


@dataclass(frozen=True)
class Compared:
    """The vectors the topic space is shown for, and which of them are new.

    Self mode: the inputs. Seq2seq: the decoder states (new vectors the SVD
    was not fitted on, mapped with the encoder states' V_m) followed by the
    encoder states. `rows`: how many of the first vectors are the queries the
    heatmaps show as rows (self: all of them; seq2seq: the decoder states).
    """

    labels: tuple[str, ...]
    vectors: np.ndarray
    new: int
    rows: int


def compared_vectors(session: Session) -> Compared:
    """The vectors `session`'s topic space is shown for (see `Compared`)."""
    if session.mode == "seq2seq" and session.decoder is not None and (
        session.decoder.shape[1] == session.d
    ):
        vectors = np.vstack([session.decoder, session.inputs])
        labels = tuple(session.query_labels) + tuple(session.labels)
        return Compared(labels, vectors, session.m, session.m)
    return Compared(tuple(session.labels), np.asarray(session.inputs), 0, session.n)


def cosine(a, b) -> float:
    """cos(a, b) = a·b / (|a| |b|); 0 when either is the zero vector (as the cosine score)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    norms = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norms if norms > 0 else 0.0


@dataclass(frozen=True)
class PairInTopicSpace:
    """Two new vectors (the first two decoder states) before and after V_m."""

    first: str
    second: str
    raw_dot: float
    raw_cosine: float
    topic_cosine: float


def new_pair(session: Session, m: int) -> PairInTopicSpace | None:
    """The first two decoder states compared raw and in the topic space of the encoder
    states (inputs · V_m); None unless the session is seq2seq with two decoder states of
    the inputs' dimension."""
    compared = compared_vectors(session)
    if compared.new < 2:
        return None
    first, second = compared.vectors[0], compared.vectors[1]
    v_m = topic_projection(session.inputs, m)
    return PairInTopicSpace(
        compared.labels[0], compared.labels[1], float(first @ second), cosine(first, second),
        cosine(first @ v_m, second @ v_m),
    )


def score_cost(session: Session, m: int) -> tuple[int, int]:
    """Multiplications for the score table: with m numbers per query and key, and with
    all d (queries × keys × m, queries × keys × d)."""
    pairs = session.m * session.n
    return pairs * m, pairs * session.d
