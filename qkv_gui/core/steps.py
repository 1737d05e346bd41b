"""The order in which one query's attention is computed, cell by cell (step-through).

`walk(session, result, query)` lists the cells a learner visits to follow query
`query` from the inputs to its context vector: its row of Q, every row of K and
V, its scores, its softmax weights, its context. `sources(...)` gives the cells
that feed one of them (from `explain`), so the GUI can point at them;
`hover_blocks(...)` turns them into the blocks the heatmaps outline on hover.
"""

from __future__ import annotations

from typing import NamedTuple

from .compute import Result
from .explain import explain
from .matrices import MATRICES
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


# A block of a matrix: (top, left, bottom, right), rows and columns inclusive.
Block = tuple[int, int, int, int]
# The results made by a formula of other results (Q, K and V come from the editors' matrices).
_COMBINED = ("scores", "weights", "context")


def hover_blocks(session: Session, result: Result, cell: tuple[str, int, int]) -> dict[str, Block]:
    """What the heatmaps outline while `cell` (matrix, row, col) is hovered, per result matrix.

    A score, weight or context cell: the cells its formula uses (`sources`), as
    one block per matrix — scores[i, j]: Q row i and K row j; weights[i, j]:
    scores row i (its unmasked keys); context[i, c]: weights row i and V column c.
    A cell of a key (a row of K, V or of the inputs that are keys): where that
    key is used, its row of K and V and its column of the scores and weights.
    Anything else outlines nothing.
    """
    name, row, col = cell
    info = MATRICES.get(name)
    if info is None:
        return {}
    if name in _COMBINED:
        rows, cols = result.matrix(name).shape
        if not (0 <= row < rows and 0 <= col < cols):
            return {}
        blocks: dict[str, Block] = {}
        for matrix, r, c in sources(session, result, cell):
            if matrix not in STAGES:
                continue  # an editor's matrix (W_a, v_a, hand-set weights)
            top, left, bottom, right = blocks.get(matrix, (r, c, r, c))
            blocks[matrix] = (min(top, r), min(left, c), max(bottom, r), max(right, c))
        return blocks
    if info.rows != "input":
        return {}
    key = row
    blocks = {}
    for matrix in STAGES:
        rows, cols = result.matrix(matrix).shape
        if MATRICES[matrix].rows == "input" and key < rows:
            blocks[matrix] = (key, 0, key, cols - 1)
        elif MATRICES[matrix].cols == "input" and key < cols:
            blocks[matrix] = (0, key, rows - 1, key)
    return blocks


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
