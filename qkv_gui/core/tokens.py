"""Shuffling and padding the tokens: what a shuffle shows, and the words for both.

Self-attention compares tokens by their contents only: shuffle the tokens and,
without positions, every token gets back the very output row it had, in its new
place (the outputs are the same rows shuffled: permutation-equivariance). With
positions a token at another place sees other numbers, so its output changes.
`compare_shuffle` says, token by token, which of the two happened.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .compute import Result
from .head_edits import set_padding
from .session import Session

# Two output rows closer than this (in every number) are the same row.
SAME_ROW_TOLERANCE = 1e-9

# English templates (the GUI translates them under the context "tokens").
MESSAGES: dict[str, str] = {
    "undo.pad": "Mark “{label}” as padding",
    "undo.unpad": "Unmark “{label}” as padding",
    "pad.on": "“{label}” is padding now: no query looks at it (its key column is hatched in every head).",
    "pad.off": "“{label}” is a token again: the queries may look at it.",
    "pad.empty": "The masks leave query {queries} no key to look at: its weights are all 0, and so is its context.",
    "pad.empty.many": ("The masks leave the queries {queries} no key to look at: their weights are all 0, "
                       "and so are their contexts."),
    "verdict.moved": ("Without positions every token got back the same output row, only in its new place: "
                      "attention alone cannot see the order."),
    "verdict.kept": ("Without positions every query got back the same output: attention alone "
                     "cannot see the order of the encoder states."),
    "verdict.positions": ("With positions the same token at another place gets another output: "
                          "the order now counts."),
    "verdict.causal": ("The causal mask already depends on the order: a token at another place may see "
                       "other tokens, so its output changes even without positions."),
    "verdict.positions_same": ("Every output stayed the same: these positions do not tell "
                               "the places apart (all their rows are equal)."),
}


@dataclass(frozen=True)
class ShuffleComparison:
    """One shuffle compared: for each query after it (its label), whether its output row
    is the one it had before (`same`), and the sentence id (`verdict`) that sums it up."""

    labels: tuple[str, ...]
    same: tuple[bool, ...]
    verdict: str

    @property
    def all_same(self) -> bool:
        return all(self.same)


def query_sources(order, mode: str, m: int) -> list[int]:
    """Where each query after the shuffle was before: in self-attention the queries are
    the tokens and move with them; in seq2seq they are the decoder states, which stay."""
    return [int(i) for i in order] if mode == "self" else list(range(m))


def same_rows(before: np.ndarray, after: np.ndarray, sources, tolerance: float = SAME_ROW_TOLERANCE
              ) -> tuple[bool, ...]:
    """For each row i of `after`: whether it equals row `sources[i]` of `before` to `tolerance`."""
    before, after = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
    return tuple(bool(np.all(np.abs(after[i] - before[j]) <= tolerance)) for i, j in enumerate(sources))


def compare_shuffle(before: Session, after: Session, before_result: Result, after_result: Result,
                    order) -> ShuffleComparison:
    """`after` is `before` with its tokens in `order` (`head_edits.shuffle_tokens`): each
    query's output row (`Result.output`) after, against the one it had before."""
    sources = query_sources(order, before.mode, before.m)
    same = same_rows(before_result.output, after_result.output, sources)
    positions = before.positional != "none"
    if all(same):
        verdict = "verdict.positions_same" if positions else (
            "verdict.moved" if before.mode == "self" else "verdict.kept")
    else:
        verdict = "verdict.positions" if positions or not before.causal else "verdict.causal"
    return ShuffleComparison(tuple(after.query_labels), same, verdict)


def toggle_padding(session: Session, index: int) -> Session:
    """Token `index` (0-based) marked as padding, or unmarked when it was."""
    padded = session.padding is not None and session.padding[index]
    return set_padding(session, index, not padded)


def is_padding(session: Session, index: int) -> bool:
    return session.padding is not None and bool(session.padding[index])


def padding_message_ids(session: Session, index: int) -> tuple[str, str]:
    """(undo text id, status message id) for a click that made `session`'s token `index`
    padding or a token again."""
    return ("undo.pad", "pad.on") if is_padding(session, index) else ("undo.unpad", "pad.off")


def empty_queries_message(session: Session, result: Result) -> tuple[str, dict] | None:
    """(message id, params) saying which queries the masks leave no key, or None."""
    empty = result.empty_queries
    if not empty:
        return None
    labels = session.query_labels
    queries = ", ".join(f"“{labels[i]}”" for i in empty)
    return ("pad.empty" if len(empty) == 1 else "pad.empty.many"), {"queries": queries}
