"""The result export: every matrix of a `Result` (and the session that made it) as
the JSON file "qkv-gui-result" (`--export-data`, File → Export data).

Numbers are written as session files write them (`session_io.dumps_json`); a masked
or otherwise non-finite entry becomes null.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .compute import RESULT_MATRICES, Result
from .session import Session
from .session_io import dumps_json

RESULT_FORMAT = "qkv-gui-result"
RESULT_VERSION = 2


def result_to_dict(result: Result, session: Session | None = None) -> dict[str, Any]:
    """Every matrix of `result` as nested lists of floats, and with `session` every
    matrix and setting that made it (labels, inputs, W_Q/W_K/W_V, W_O, W_a/v_a, score
    kind and temperature, positions, padding, the mask, the hand-set weights).

    Result version 2: "heads" (each head's queries … context), "concat", "output"
    and "positional" (the n × d table added to the inputs, zeros for none); with
    one head also the version-1 keys `queries` … `context` at the top level.
    `scores` are the compatibilities before temperature; masked (NaN) entries,
    and any other value that is not finite, become JSON null. `mask` is true
    where the query may attend to a key, false where a mask hides it.
    """
    data: dict[str, Any] = {"format": RESULT_FORMAT, "version": RESULT_VERSION}
    if len(result.heads) <= 1:
        for name in RESULT_MATRICES:
            data[name] = _finite_or_none(getattr(result, name))
    if result.heads:
        data["heads"] = [
            {name: _finite_or_none(getattr(head, name)) for name in RESULT_MATRICES}
            for head in result.heads
        ]
        data["concat"] = _finite_or_none(result.concat)
        data["output"] = _finite_or_none(result.output)
        data["positional"] = _finite_or_none(result.positional)
    if session is None:
        return data
    s = session
    data["mode"] = s.mode
    data["labels"] = list(s.labels)
    data["query_labels"] = list(s.query_labels)
    data["inputs"] = s.inputs.tolist()
    if s.mode == "seq2seq" and s.decoder is not None:
        data["decoder"] = s.decoder.tolist()
    data["projection"] = s.projection
    if s.projection:
        for name in ("w_q", "w_k", "w_v"):
            data[name] = getattr(s, name).tolist()
    data["w_o"] = s.w_o.tolist() if s.uses_w_o else None
    score: dict[str, Any] = {"kind": s.score_kind, "temperature": s.temperature}
    if s.uses_w_a:
        for name in ("w_a", "v_a"):
            matrix = getattr(s, name)
            if matrix is not None:
                score[name] = matrix.tolist()
    data["score"] = score
    data["positional_kind"] = s.positional
    data["causal"] = s.causal if s.mode == "self" else False
    data["padding"] = [False] * s.n if s.padding is None else list(s.padding)
    data["mask"] = np.asarray(result.mask, dtype=bool).tolist()
    data["weights_override"] = (None if s.weights_override is None
                                else s.weights_override.tolist())
    if s.heads > 1:
        data["weights_overrides"] = [None if w is None else w.tolist()
                                     for w in s.weights_overrides]
    return data


def dumps_result(result: Result, session: Session | None = None) -> str:
    return dumps_json(result_to_dict(result, session))


def _finite_or_none(matrix: np.ndarray) -> list[Any]:
    return [[float(x) if math.isfinite(x) else None for x in row] for row in matrix.tolist()]

