"""The learner's settings as one frozen value: `Session`.

Matrices are float64 numpy arrays made read-only, so a `Session` can be shared
between the model, the views and the undo stack without anyone mutating it.
Edits make a new session with `dataclasses.replace` or the `with_*` helpers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

MODES = ("self", "seq2seq")
SCORE_KINDS = ("dot", "scaled_dot", "cosine", "general", "additive")
# Score kinds that need the learnable W_a (and v_a for additive).
KINDS_WITH_W_A = ("general", "additive")

# Names of the matrices a learner can edit, as used in files, the GUI and the model.
EDITABLE = ("inputs", "decoder", "w_q", "w_k", "w_v", "w_a", "v_a", "weights_override")
# Editable matrices of the multi-head stages (W_O, the learned position table): a
# session has them and `matrix` / `with_cell` edit them; the editors' table
# (EDITABLE, matrices.MATRICES) does not list them yet.
STAGE_EDITABLE = ("w_o", "positional_table")

POSITIONAL_KINDS = ("none", "sinusoidal", "learned")
MAX_HEADS = 8
# The largest sizes the app takes (core/sizes.py checks them): tokens n and queries m,
# and every other dimension (d, the decoder's, h·d_k, h·d_v, d_o, W_a's columns).
MAX_TOKENS = 512
MAX_DIM = 1024
# Score kinds that work with more than one head (one temperature for all heads).
MULTI_HEAD_KINDS = ("dot", "scaled_dot", "cosine")


def frozen_array(values, ndim: int = 2) -> np.ndarray:
    """A read-only float64 copy of `values` with exactly `ndim` dimensions.

    An array that already is one (read-only, float64, owning its data, as this
    function makes them) is shared, not copied: an edited session keeps the
    very arrays it did not change, so views can tell what changed by identity.
    """
    if (
        isinstance(values, np.ndarray)
        and values.dtype == np.float64
        and values.ndim == ndim
        and not values.flags.writeable
        and values.base is None
    ):
        return values
    array = np.array(values, dtype=np.float64)
    if array.ndim != ndim:
        raise ValueError(f"expected a {ndim}-D array, got shape {array.shape}")
    array.flags.writeable = False
    return array


def _optional(values, ndim: int = 2) -> np.ndarray | None:
    return None if values is None else frozen_array(values, ndim)


def same_value(a, b, equal_nan: bool = False) -> bool:
    """Whether two values (of session fields or results) are equal: the same object,
    arrays of one shape with equal numbers (NaN equal to NaN when `equal_nan`, as in
    masked scores), else `==`. Arrays an edit did not touch are the same object: cheap."""
    if a is b:
        return True
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if a is None or b is None or a.shape != b.shape:
            return False
        return bool(np.array_equal(a, b, equal_nan=equal_nan))
    return a == b


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.shape == b.shape and bool(np.array_equal(a, b))


class Matrices(tuple):
    """A tuple of read-only matrices (or None) that compares by value, so `==` on
    two of them is a bool, as it is for every other Session field."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, tuple):
            return NotImplemented
        return len(self) == len(other) and all(_same(a, b) for a, b in zip(self, other, strict=True))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]


def default_labels(n: int, prefix: str = "x") -> tuple[str, ...]:
    return tuple(f"{prefix}{i + 1}" for i in range(n))


def default_w_a(kind: str, d_k: int, hidden: int | None = None) -> np.ndarray | None:
    """A deterministic starting W_a: identity for `general`, [I; I] for `additive`."""
    if kind == "general":
        return np.eye(d_k)
    if kind == "additive":
        h = hidden or d_k
        return np.vstack([np.eye(d_k, h), np.eye(d_k, h)])
    return None


def default_v_a(kind: str, hidden: int) -> np.ndarray | None:
    return np.ones(hidden) if kind == "additive" else None


@dataclass(frozen=True, eq=False)
class Session:
    """Everything the learner set. `compute(session)` turns it into a `Result`.

    inputs: n × d. Self mode: the sequence x_1..x_n. Seq2seq: the encoder
        states h_1..h_n, which are the keys *and* the values.
    decoder: m × d decoder states s_1..s_m (seq2seq only): the queries.
    w_q, w_k, w_v: kept even while `projection` is off, so toggling loses nothing.
        With `heads` h they are packed: head i uses columns i·d_k … (i+1)·d_k − 1
        of w_q and w_k and i·d_v … (i+1)·d_v − 1 of w_v (`heads.head_columns`).
    weights_override: m × n weights set by hand; replaces the softmax when set.
        With several heads, this is head 1's (index 0); `head_overrides` has the others.
    heads: how many heads (1 … MAX_HEADS); more than one needs the projection on.
    w_o: (h·d_v) × d_o output projection, or None (the output is the concat).
        Like W_Q, used only while the projection is on.
    positional: "none", "sinusoidal" (self mode) or "learned" (`positional_table`, n × d,
        kept while another kind is chosen); the heads see inputs + positions.
    padding: n booleans, True for a padding token, whose key every query ignores; or None.
    head_overrides: the hand-set weights of heads 2 … h (index 0 is head 2), each
        m × n or None; always h − 1 entries (missing ones are None, extra ones dropped).
    """

    inputs: np.ndarray
    mode: str = "self"
    labels: tuple[str, ...] = ()
    decoder: np.ndarray | None = None
    projection: bool = False
    w_q: np.ndarray | None = None
    w_k: np.ndarray | None = None
    w_v: np.ndarray | None = None
    score_kind: str = "scaled_dot"
    temperature: float = 1.0
    w_a: np.ndarray | None = None
    v_a: np.ndarray | None = None
    causal: bool = False
    weights_override: np.ndarray | None = None
    # Free-form metadata a file may carry (title, description); not used in compute.
    meta: tuple[tuple[str, str], ...] = field(default=())
    heads: int = 1
    w_o: np.ndarray | None = None
    positional: str = "none"
    positional_table: np.ndarray | None = None
    padding: tuple[bool, ...] | None = None
    head_overrides: tuple[np.ndarray | None, ...] = ()

    def __post_init__(self) -> None:
        # Normalise types so every session holds read-only float64 arrays.
        set_ = object.__setattr__
        set_(self, "inputs", frozen_array(self.inputs))
        for name in ("decoder", "w_q", "w_k", "w_v", "w_a", "weights_override", "w_o",
                     "positional_table"):
            set_(self, name, _optional(getattr(self, name)))
        set_(self, "v_a", _optional(self.v_a, ndim=1))
        labels = tuple(str(label) for label in self.labels)
        if not labels:
            labels = default_labels(self.inputs.shape[0])
        set_(self, "labels", labels)
        set_(self, "temperature", float(self.temperature))
        set_(self, "meta", tuple((str(k), str(v)) for k, v in self.meta))
        set_(self, "heads", int(self.heads))
        set_(self, "positional", str(self.positional))
        if self.padding is not None:
            set_(self, "padding", tuple(bool(flag) for flag in self.padding))
        others = [_optional(w) for w in self.head_overrides][: max(self.heads - 1, 0)]
        others += [None] * (max(self.heads - 1, 0) - len(others))
        set_(self, "head_overrides", Matrices(others))

    # -- shape facts -------------------------------------------------------
    @property
    def n(self) -> int:
        """Number of inputs (keys/values)."""
        return int(self.inputs.shape[0])

    @property
    def d(self) -> int:
        return int(self.inputs.shape[1])

    @property
    def m(self) -> int:
        """Number of queries."""
        if self.mode == "seq2seq" and self.decoder is not None:
            return int(self.decoder.shape[0])
        return self.n

    @property
    def query_inputs(self) -> np.ndarray:
        """The vectors the queries come from: decoder states or the inputs."""
        if self.mode == "seq2seq" and self.decoder is not None:
            return self.decoder
        return self.inputs

    @property
    def d_k(self) -> int:
        """The dimension of one head's queries and keys."""
        if self.projection and self.w_k is not None:
            return int(self.w_k.shape[1]) // max(self.heads, 1)
        return self.d

    @property
    def d_v(self) -> int:
        """The dimension of one head's values (and context vectors)."""
        if self.projection and self.w_v is not None:
            return int(self.w_v.shape[1]) // max(self.heads, 1)
        return self.d

    @property
    def uses_w_o(self) -> bool:
        """Whether the output is concat · W_O (else it is the concat itself)."""
        return self.projection and self.w_o is not None

    @property
    def d_o(self) -> int:
        """The columns of the output: W_O's, or the concat's (h·d_v)."""
        return int(self.w_o.shape[1]) if self.uses_w_o else self.heads * self.d_v

    @property
    def weights_overrides(self) -> tuple[np.ndarray | None, ...]:
        """Every head's hand-set weights (or None), head 1 first."""
        return (self.weights_override, *self.head_overrides)

    def head_override(self, head: int) -> np.ndarray | None:
        """The hand-set weights of head `head` (0-based), or None."""
        return self.weights_override if head == 0 else self.head_overrides[head - 1]

    def with_head_override(self, head: int, weights) -> Session:
        """A copy with head `head`'s (0-based) hand-set weights (None: softmax)."""
        if head == 0:
            return self.replace(weights_override=weights)
        others = list(self.head_overrides)
        others[head - 1] = weights
        return self.replace(head_overrides=others)

    @property
    def uses_version_2(self) -> bool:
        """Whether anything of session format version 2 is in use (else a
        version-1 file says everything)."""
        return (
            self.heads != 1
            or self.w_o is not None
            or self.positional != "none"
            or self.positional_table is not None
            or self.padding is not None
        )

    @property
    def query_labels(self) -> tuple[str, ...]:
        if self.mode == "seq2seq":
            return default_labels(self.m, "s")
        return self.labels

    @property
    def uses_w_a(self) -> bool:
        return self.score_kind in KINDS_WITH_W_A

    @property
    def title(self) -> str:
        return dict(self.meta).get("title", "")

    # -- comparison --------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Session):
            return NotImplemented
        for f in dataclasses.fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
                if not _same(a, b):
                    return False
            elif a != b:
                return False
        return True

    __hash__ = None  # type: ignore[assignment]

    # -- edits (each returns a new Session) -------------------------------
    def replace(self, **changes) -> Session:
        return dataclasses.replace(self, **changes)

    def matrix(self, name: str) -> np.ndarray | None:
        """The editable matrix called `name` (v_a is returned as 1 × h)."""
        if name not in EDITABLE and name not in STAGE_EDITABLE:
            raise KeyError(name)
        value = getattr(self, name)
        if name == "v_a" and value is not None:
            return value.reshape(1, -1)
        return value

    def with_matrix(self, name: str, values) -> Session:
        if name not in EDITABLE and name not in STAGE_EDITABLE:
            raise KeyError(name)
        array = np.array(values, dtype=np.float64)
        if name == "v_a":
            array = array.reshape(-1)
        array.flags.writeable = False  # our own copy: the new session keeps it, not a third copy
        return self.replace(**{name: array})

    def with_cell(self, name: str, row: int, col: int, value: float) -> Session:
        """A copy with one cell of matrix `name` set to `value`."""
        array = np.array(self.matrix(name), dtype=np.float64)
        array[row, col] = value
        return self.with_matrix(name, array)
