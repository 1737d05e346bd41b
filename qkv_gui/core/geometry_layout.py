"""Where the geometry plot's labels go: greedy placement round arrow tips, in pixels.

Pure numpy (no Qt): boxes are x0, y0, x1, y1 in scene pixels (y down), tips
and points N × 2. The view measures its labels and arrows, asks here where
each label goes, and draws it there.
"""

from __future__ import annotations

import math

import numpy as np

# Directions a label tries round its tip (degrees from the arrow's own direction).
LABEL_TURNS = np.radians([0, 45, -45, 90, -90, 135, -135, 180])
# How far from its tip a label may stand (pixels): touching it first, then, in
# the same directions, a little off it, rather than on another label or a head.
LABEL_STANDOFFS = (0.0, 10.0)
CORE_INSET = 3.0  # pixels of a label's box margin a neighbour may cover
HEAD_ROOM = 6.0  # pixels round an arrow head no other label may cover
# Below this many box × point tests, test them all at once (few numpy calls).
DENSE_HITS = 200_000


def box_overlaps(candidates: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """candidates (k × 4) against boxes (m × 4), both x0, y0, x1, y1: k × m overlaps."""
    return (
        (candidates[:, 0:1] < boxes[:, 2])
        & (candidates[:, 2:3] > boxes[:, 0])
        & (candidates[:, 1:2] < boxes[:, 3])
        & (candidates[:, 3:4] > boxes[:, 1])
    )


def column_pairs(
    points: np.ndarray, labels: np.ndarray, lo_x, hi_x, lo_y, hi_y, width: float
) -> tuple[np.ndarray, np.ndarray]:
    """(label, point index) for every point that may lie in a label's box lo..hi.

    The points go in columns `width` wide, sorted by y within each: a box is a
    few slices (one per column it spans), found by binary search. The pairs
    include some points just beside the box: the caller tests exactly.
    """
    if not len(labels):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    eps = 1e-6  # the slices may only be wider than the exact test
    y0 = min(float(points[:, 1].min()), float(lo_y.min())) - 1.0
    span = max(float(points[:, 1].max()), float(hi_y.max())) - y0 + 2.0
    keys = np.floor(points[:, 0] / width) * span + (points[:, 1] - y0)
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    first = np.floor((lo_x - eps) / width)
    last = np.floor((hi_x + eps) / width)
    owners, indices = [], []
    for offset in range(int((last - first).max()) + 1):
        column = first + offset
        base = column * span - y0
        start = np.searchsorted(keys, base + lo_y - eps, side="right")
        stop = np.searchsorted(keys, base + hi_y + eps, side="left")
        sizes = np.where(column <= last, np.maximum(stop - start, 0), 0)
        total = int(sizes.sum())
        if total:
            owners.append(np.repeat(labels, sizes))
            indices.append(np.arange(total) - np.repeat(np.cumsum(sizes) - sizes - start, sizes))
    if not owners:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(owners), order[np.concatenate(indices)]


def point_hits(
    cores: np.ndarray,
    points: np.ndarray,
    radius: float,
    tips: np.ndarray | None = None,
    skip: np.ndarray | None = None,
) -> np.ndarray:
    """For boxes `cores` (L × k × 4), how many of the squares points ± radius overlap
    each (L × k); with `tips`, a point within 1 px of label l's own tip is skipped.
    Boxes where `skip` (L × k) is true are not counted (left at 0).

    A small scene tests every box against every point at once; a large one
    only nearby pairs (see `column_pairs`): per box when some are skipped,
    else once for the union of each label's boxes.
    """
    count, per = cores.shape[:2]
    out = np.zeros((count, per), dtype=np.int64)
    if not len(points) or not count:
        return out
    if count * per * len(points) <= DENSE_HITS:
        x, y = points[:, 0], points[:, 1]
        hit = (
            (cores[:, :, 0:1] < x + radius)
            & (cores[:, :, 2:3] > x - radius)
            & (cores[:, :, 1:2] < y + radius)
            & (cores[:, :, 3:4] > y - radius)
        )
        if tips is not None:
            hit &= (np.abs(x - tips[:, 0:1]) + np.abs(y - tips[:, 1:2]) > 1.0)[:, None, :]
        if skip is not None:
            hit &= ~skip[:, :, None]
        return hit.sum(axis=2)
    grown = cores + np.array([-radius, -radius, radius, radius])
    sides = np.ascontiguousarray(cores.transpose(1, 2, 0))  # k × 4 × L: fast 1-D gathers

    def count_hits(k: int, owner: np.ndarray, x: np.ndarray, y: np.ndarray) -> None:
        x0, y0, x1, y1 = sides[k]
        hit = (
            (x0[owner] < x + radius)
            & (x1[owner] > x - radius)
            & (y0[owner] < y + radius)
            & (y1[owner] > y - radius)
        )
        out[:, k] = np.bincount(owner[hit], minlength=count)

    def near(owner: np.ndarray, index: np.ndarray):
        x, y = points[index, 0], points[index, 1]
        if tips is not None:
            mine = np.abs(x - tips[owner, 0]) + np.abs(y - tips[owner, 1]) > 1.0
            owner, x, y = owner[mine], x[mine], y[mine]
        return owner, x, y

    if skip is None:
        # One search for the union of a label's boxes, then each box in turn.
        lo = grown[:, :, :2].min(axis=1)
        hi = grown[:, :, 2:].max(axis=1)
        width = max(float(np.median(hi[:, 0] - lo[:, 0])) / 2, 4.0)
        owner, x, y = near(
            *column_pairs(points, np.arange(count), lo[:, 0], hi[:, 0], lo[:, 1], hi[:, 1], width)
        )
        if len(owner):
            for k in range(per):
                count_hits(k, owner, x, y)
    else:
        # Each box on its own: only those not skipped are searched at all.
        width = max(float(np.median(grown[:, :, 2] - grown[:, :, 0])) / 3, 4.0)
        for k in range(per):
            labels = np.flatnonzero(~skip[:, k])
            x0, y0, x1, y1 = grown[labels, k].T
            owner, x, y = near(*column_pairs(points, labels, x0, x1, y0, y1, width))
            if len(owner):
                count_hits(k, owner, x, y)
    return out


def label_candidates(tips: np.ndarray, sizes: np.ndarray, origin: np.ndarray):
    """Anchors (L × 16 × 2) and boxes (L × 16 × 4) in 8 directions round each tip
    (scene pixels), the arrow's own direction first; touching the tip, then
    standing off it (`LABEL_STANDOFFS`). An anchor is the point of the box at
    the tip, in box sizes: outside 0..1 when the box stands off."""
    delta = tips - origin
    base = np.where(
        np.hypot(delta[:, 0], delta[:, 1]) > 2,
        np.arctan2(delta[:, 1], delta[:, 0]),
        -math.pi / 4,
    )
    angles = base[:, None] + LABEL_TURNS[None, :]
    ux, uy = np.cos(angles), np.sin(angles)
    scale = np.maximum(np.abs(ux), np.abs(uy))
    width, height = sizes[:, 0:1], sizes[:, 1:2]
    anchors = np.concatenate(
        [
            np.stack(
                [0.5 - 0.5 * ux / scale - off * ux / width, 0.5 - 0.5 * uy / scale - off * uy / height],
                axis=2,
            )
            for off in LABEL_STANDOFFS
        ],
        axis=1,
    )
    return anchors, label_cores(tips[:, None, :], anchors, sizes[:, None, :])


def label_cores(tips: np.ndarray, anchors: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The boxes (… × 4: x0, y0, x1, y1) the layout keeps apart, of labels of box
    `sizes` with `anchors` at `tips` (arrays of … × 2, broadcast): the text's own
    margin may touch a neighbour's, only real overlaps count."""
    left = tips[..., 0] - anchors[..., 0] * sizes[..., 0]
    top = tips[..., 1] - anchors[..., 1] * sizes[..., 1]
    right, bottom = left + sizes[..., 0], top + sizes[..., 1]
    return np.stack([left + CORE_INSET, top + CORE_INSET, right - CORE_INSET, bottom - CORE_INSET], axis=-1)


def place_labels(tips, sizes, priorities, heads, shafts, table, origin):
    """Greedy label placement, in scene pixels; returns (visible, anchors) per label.

    Labels come in priority order (tips L × 2, box sizes L × 2). Each tries its
    arrow's direction first, then directions further and further round; only
    when none of those is free, the same standing a little off its tip. Hard obstacles: the `table` box,
    labels placed so far, arrow heads (± 6 px, not the label's own); soft ones,
    avoided when possible: shaft points (± 3 px). A label of priority 3 or 4
    with no free spot is hidden; the others always show.
    """
    anchors, cores = label_candidates(tips, sizes, origin)
    turns = len(LABEL_TURNS)

    def arrow_hits(boxes, owners):
        """(blocked by a head, shafts crossed) of boxes (L' × k × 4) as lists."""
        hit = point_hits(boxes, heads, HEAD_ROOM, tips[owners]) > 0
        return hit.tolist(), point_hits(boxes, shafts, 3.0, skip=hit).tolist()

    # Arrows do not move while labels are placed: their hits are counted at once
    # for the spots touching the tips, shafts only where no head is in the way
    # (in a crowd, nearly everywhere); the spots standing off a tip only for a
    # label that finds none of those free.
    blocked, crossings = arrow_hits(cores[:, :turns], np.arange(len(tips)))
    # Placed boxes, one contiguous row per side (x0, y0, x1, y1): the table, then
    # each label placed so far; candidates as columns, to broadcast against them.
    placed = np.empty((4, len(tips) + 1))
    placed[:, 0] = table
    count = 1
    sides = np.ascontiguousarray(cores.transpose(0, 2, 1)[:, :, :, None])  # L × 4 × 16 × 1

    def overlaps_of(k, ring):
        x0, y0, x1, y1 = sides[k, :, ring]
        px0, py0, px1, py1 = placed[:, :count]
        return ((x0 < px1) & (x1 > px0) & (y0 < py1) & (y1 > py0)).sum(axis=1).tolist()

    def free_choice(overlaps, blocked_k, crossings_k, start):
        # Free of hard obstacles, crossing as few shafts as possible (first wins ties).
        choice, fewest = None, None
        for c in range(start, len(overlaps)):
            if overlaps[c] or blocked_k[c]:
                continue
            if fewest is None or crossings_k[c] < fewest:
                choice, fewest = c, crossings_k[c]
                if fewest == 0:
                    break
        return choice

    far, first = None, 0  # the standing-off spots' arrow hits, from the first label that needs them on
    visible, chosen = [], []
    for k, priority in enumerate(priorities):
        overlaps = overlaps_of(k, slice(0, turns))
        choice = free_choice(overlaps, blocked[k], crossings[k], 0)
        if choice is None:
            if far is None:
                far, first = arrow_hits(cores[k:, turns:], np.arange(k, len(tips))), k
            blocked[k] = blocked[k] + far[0][k - first]
            crossings[k] = crossings[k] + far[1][k - first]
            overlaps = overlaps + overlaps_of(k, slice(turns, None))
            choice = free_choice(overlaps, blocked[k], crossings[k], turns)
        taken = overlaps
        if choice is None and priority < 4:
            # Nowhere free: where it covers the fewest labels placed so far, then
            # the fewest arrow heads, then shafts; a key's name that would still
            # cover another label or an arrow head (its tip is in a crowd) is
            # left out: the table and the hover still name it.
            choice = min(
                range(len(taken)),
                key=lambda c: (overlaps[c], blocked[k][c], crossings[k][c], c),
            )
            if (overlaps[choice] or blocked[k][choice]) and priority >= 3:
                choice = None
        show = choice is not None
        visible.append(show)
        if not show:
            chosen.append(None)
            continue
        pick = choice
        chosen.append((float(anchors[k, pick, 0]), float(anchors[k, pick, 1])))
        placed[:, count] = cores[k, pick]
        count += 1
    return visible, chosen


def same_layout(a: tuple, b: tuple) -> bool:
    """Same labels, priorities and sizes (the key of a label layout)."""
    return a[0] == b[0] and a[1] == b[1] and np.array_equal(a[2], b[2])


def within(a: tuple, b: tuple, pixels: float) -> bool:
    """Every point of `b` within `pixels` of the same point of `a` (arrays of equal shape)."""
    for old, new in zip(a, b, strict=True):
        if old.shape != new.shape:
            return False
        if old.size and float(np.abs(old - new).max()) >= pixels:
            return False
    return True


def label_reach(anchors: np.ndarray, sizes: np.ndarray, margin: float) -> np.ndarray:
    """How far each label's text reaches beyond its tip, in pixels: left, right,
    down, up (L × 4), from its anchor (L × 2) and box size (L × 2).

    Pixel y grows downwards, view y upwards; the box's `margin` may be cut off.
    """
    anchors = np.asarray(anchors, dtype=np.float64).reshape(-1, 2)
    sizes = np.asarray(sizes, dtype=np.float64).reshape(-1, 2)
    reach = np.column_stack([
        anchors[:, 0] * sizes[:, 0],
        (1 - anchors[:, 0]) * sizes[:, 0],
        (1 - anchors[:, 1]) * sizes[:, 1],
        anchors[:, 1] * sizes[:, 1],
    ])
    return np.maximum(reach - margin, 0.0)


def fitted_range(lo, hi, margin: float, view_px, tips, reach):
    """The range ((x0, x1), (y0, y1)) showing lo..hi with `margin` round it and
    every label whole: `tips` (view units) and their `reach` (pixels, see
    `label_reach`) in a view of `view_px` (width, height) pixels.

    Labels are sized in pixels, so the room they need in view units depends
    on the scale the range itself sets: found by a few fixed-point steps.
    """
    lo, hi = np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)
    box_lo, box_hi = lo - margin, hi + margin
    view_px = np.asarray(view_px, dtype=np.float64)
    if not len(tips) or (view_px < 60).any():
        return (box_lo[0], box_hi[0]), (box_lo[1], box_hi[1])
    tips = np.asarray(tips, dtype=np.float64)
    # 10 % more than the labels need now, so a small drag does not refit.
    limit = 0.3 * np.repeat(view_px, 2)
    reach = np.minimum(np.asarray(reach) * 1.1 + 2, limit)
    per_px = float(np.max((box_hi - box_lo) / view_px))  # view units per pixel
    for _ in range(50):
        x0 = min(box_lo[0], float((tips[:, 0] - reach[:, 0] * per_px).min()))
        x1 = max(box_hi[0], float((tips[:, 0] + reach[:, 1] * per_px).max()))
        y0 = min(box_lo[1], float((tips[:, 1] - reach[:, 2] * per_px).min()))
        y1 = max(box_hi[1], float((tips[:, 1] + reach[:, 3] * per_px).max()))
        needed = max((x1 - x0) / view_px[0], (y1 - y0) / view_px[1])
        if needed <= per_px * (1 + 1e-6):
            break
        per_px = needed
    return (x0, x1), (y0, y1)


def labels_cut_off(tips, reach, per_px, x_range, y_range) -> bool:
    """Whether a label (tip in view units, `reach` in pixels) reaches past the
    range, at `per_px` = (x, y) view units per pixel."""
    per_x, per_y = per_px
    if not len(tips) or not per_x or not per_y:
        return False
    tips = np.asarray(tips, dtype=np.float64)
    return bool(
        (tips[:, 0] - reach[:, 0] * per_x < x_range[0]).any()
        or (tips[:, 0] + reach[:, 1] * per_x > x_range[1]).any()
        or (tips[:, 1] - reach[:, 2] * per_y < y_range[0]).any()
        or (tips[:, 1] + reach[:, 3] * per_y > y_range[1]).any()
    )


def best_corner(corners: dict, size, heads: np.ndarray, shafts: np.ndarray, current: str) -> str:
    """The corner for a box of `size` (w, h) that hides the fewest points.

    `corners` maps a name to the box's top-left (scene pixels). Arrow heads
    count three times a point of a shaft. The box leaves `current` only when
    that hides something and another corner hides less, so it does not hop
    about during a drag.
    """
    w, h = size

    def hidden(corner: str) -> int:
        x0, y0 = corners[corner]
        count = 0
        for points, weight in ((heads, 3), (shafts, 1)):
            if len(points):
                inside = (
                    (points[:, 0] > x0) & (points[:, 0] < x0 + w)
                    & (points[:, 1] > y0) & (points[:, 1] < y0 + h)
                )
                count += weight * int(inside.sum())
        return count

    hides = hidden(current)
    if not hides:  # nothing could be better (and no others to test)
        return current
    scores = {corner: hidden(corner) for corner in corners if corner != current}
    best = min(scores, key=scores.get)
    return best if scores[best] < hides else current
