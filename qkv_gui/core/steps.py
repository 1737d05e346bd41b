"""The order in which one query's attention is computed, cell by cell (step-through).

`walk(session, result, query)` lists the cells a learner visits to follow query
`query` from the inputs to its context vector: its row of Q, every row of K and
V, its scores, its softmax weights, its context. `sources(...)` gives the cells
that feed one of them (from `explain`), so the GUI can point at them.
"""

from __future__ import annotations

from typing import NamedTuple

from .compute import Result
from .explain import explain
from .session import Session

# Stage kinds in walking order; each is the name of the result matrix it fills.
STAGES = ("queries", "keys", "values", "scores", "weights", "context")


class Step(NamedTuple):
    """One cell of the walk: result matrix name, row, col (0-based)."""

    matrix: str
    row: int
    col: int


def walk(session: Session, result: Result, query: int) -> list[Step]:
    """Every cell that query `query` needs, in the order it is computed.

    Q[query, :], then K[j, :] and V[j, :] for each key j, then scores[query, j]
    for each j, weights[query, j] for each j, and context[query, :]. Masked
    cells are kept (their explanation says why they are 0), so the length only
    depends on the shapes: d_k + n·(d_k + d_v) + 2·n + d_v.
    """
    m, n = result.scores.shape
    if not 0 <= query < m:
        raise IndexError(f"query {query} is outside 0..{m - 1}")
    d_k = result.keys.shape[1]
    d_v = result.values.shape[1]
    steps = [Step("queries", query, c) for c in range(result.queries.shape[1])]
    for j in range(n):
        steps += [Step("keys", j, c) for c in range(d_k)]
        steps += [Step("values", j, c) for c in range(d_v)]
    steps += [Step("scores", query, j) for j in range(n)]
    steps += [Step("weights", query, j) for j in range(n)]
    steps += [Step("context", query, c) for c in range(d_v)]
    return steps


def sources(
    session: Session, result: Result, step: tuple[str, int, int]
) -> tuple[tuple[str, int, int], ...]:
    """The cells `step` is computed from (matrix, row, col), as `explain` lists them."""
    return explain(session, result, *step).inputs


def first_of(steps: list[Step], kind: str) -> int | None:
    """Index of the first step of stage `kind` (a matrix name), or None."""
    for index, step in enumerate(steps):
        if step.matrix == kind:
            return index
    return None


def same_place(old: list[Step], index: int, new: list[Step]) -> int:
    """Where step `old[index]` lands in the walk `new` (after an edit or a new query).

    The same cell when it is still there; else the same position within the
    same stage (clamped); else the start.
    """
    step = old[index]
    try:
        return new.index(step)
    except ValueError:
        pass
    start_old, start_new = first_of(old, step.matrix), first_of(new, step.matrix)
    if start_old is None or start_new is None:
        return 0
    count_new = sum(1 for s in new if s.matrix == step.matrix)
    return start_new + min(index - start_old, count_new - 1)
