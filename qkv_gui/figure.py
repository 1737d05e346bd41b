"""Figures for slides and papers, drawn straight from a `Result`: no window needed.

`pipeline_figure` composes inputs → Q, K, V → scores → weights → context with
titles, token labels, colour bars and the formula line on a white background;
`matrix_figure` draws one matrix the same way. Both paint with QPainter onto a
QImage (PNG) or a QSvgGenerator (SVG), so the two formats look alike and the
SVG is real vector output: every cell is a <rect>, every label a <text>.
The command line uses this with the offscreen platform (a QGuiApplication is
enough; fonts need one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from .core import matrices
from .core.compute import RESULT_MATRICES, Result
from .core.format import fmt
from .core.heads import head_session
from .core.levels import track_limit
from .core.session import EDITABLE, STAGE_EDITABLE, Session
from .i18n import preset_text, translated_text
from .plotting import colors
from .plotting.matrix_painter import ARROW, TEXT, Fonts, Panel, PanelBox, Style, arrow, largest_fit

# Names `matrix_figure` can draw: the editable matrices, the result matrices and the
# stages after the heads (W_O, the concat, the output, the positions).
MATRIX_NAMES = EDITABLE + RESULT_MATRICES + matrices.STAGE_NAMES
# More heads than this: their weights stack two to a column in the pipeline figure.
HEADS_IN_ONE_ROW = 3
FORMATS = ("png", "svg")

Painter = Callable[[QPainter, float, float], None]


# -- what to draw ----------------------------------------------------------------


def panel_title(session: Session, result: Result, name: str, head: int | None = None) -> str:
    """The title of matrix `name`, with its formula, from the one table of titles; given
    `head` (0-based, `result` is that head's) it names the head."""
    title = translated_text("matrices", matrices.title_id(name, session, result.overridden))
    if head is None:
        # The packed W_Q, W_K, W_V; or the pipeline, whose formula line says "head 1 above"
        # (a title per matrix saying so would make every title longer and the cells smaller).
        return title
    template = translated_text("matrices", matrices.HEAD_TITLE_ID, title="{title}", head="{head}")
    return matrices.head_title(name, session, head or 0, title, template)


def matrix_panel(session: Session, result: Result, name: str, head: int | None = None) -> Panel:
    """The panel of matrix `name` (editable or result); KeyError if the session has none.
    `head` (0-based): `result` is that head's, and W_Q, W_K, W_V and the hand-set weights
    are that head's block (None: the packed matrices)."""
    title = panel_title(session, result, name, head)
    if head is not None and name in EDITABLE:
        session = head_session(session, head)
    if name in RESULT_MATRICES or name in ("concat", "output", "positional"):
        values = np.asarray(result.matrix(name), dtype=np.float64)
    elif name in EDITABLE or name in STAGE_EDITABLE:
        matrix = session.matrix(name)
        if matrix is None:
            raise KeyError(name)
        values = np.asarray(matrix, dtype=np.float64)
    else:
        raise KeyError(name)
    rows, cols = values.shape
    row_labels = matrices.row_labels(name, session, rows)
    col_labels = matrices.col_labels(name, session, cols)
    if colors.is_sequential(name):
        levels = (0.0, 1.0)
    else:
        limit = track_limit(None, colors.symmetric_limit(values))
        levels = (-limit, limit)
    return Panel(name, title, values, tuple(row_labels),
                 tuple(col_labels), levels)  # fmt: skip


def formula_text(session: Session, result: Result) -> str:
    """The one-line formula under the pipeline, with the numbers that matter."""
    scores = matrices.all_scores(session.score_kind)
    if result.overridden:
        line = QCoreApplication.translate("Figure", "Context = W · V, with the weights W set by hand")
    elif session.temperature != 1.0:
        line = QCoreApplication.translate("Figure", "Context = softmax(({scores}) / T) · V").format(scores=scores)
    else:
        line = QCoreApplication.translate("Figure", "Context = softmax({scores}) · V").format(scores=scores)
    notes = []
    if session.score_kind == "scaled_dot" and not result.overridden:
        notes.append(f"d_k = {session.d_k}")
    if session.temperature != 1.0 and not result.overridden:
        notes.append(f"T = {fmt(session.temperature)}")
    if session.causal:
        notes.append(QCoreApplication.translate("Figure", "causal mask: query i sees keys 1…i"))
    if session.heads > 1:
        notes.append(QCoreApplication.translate("Figure", "{heads} heads, head 1 above").format(heads=session.heads))
    if session.uses_w_o:
        notes.append(QCoreApplication.translate("Figure", "Output = concat · W_O"))
    return line + (f"   ({', '.join(notes)})" if notes else "")


def pipeline_columns(session: Session, result: Result) -> list[list[Panel]]:
    """The figure's columns, left to right: inputs, Q/K/V, scores, weights, context."""
    first = ["decoder", "inputs"] if session.mode == "seq2seq" else ["inputs"]
    names = [first, ["queries", "keys", "values"], ["scores"], ["weights"], ["context"]]
    return [[matrix_panel(session, result, name) for name in column] for column in names]


def shows_head_stage(session: Session) -> bool:
    """Whether the pipeline figure draws the heads' stage: several heads, or W_O."""
    return session.heads > 1 or session.uses_w_o


def head_stage_columns(session: Session, result: Result) -> list[list[Panel]]:
    """The heads' stage, left to right: every head's weights (small multiples), the
    concat, W_O and the output (W_O and the output only when W_O is on)."""
    weights = matrix_panel(session, result, "weights")
    few = len(result.heads) <= HEADS_IN_ONE_ROW
    # Many heads: short titles, so that four columns of them leave room for the rest.
    title = (QCoreApplication.translate("Figure", "Head {head}: weights") if few
             else QCoreApplication.translate("Figure", "Head {head}"))
    panels = [
        Panel("weights", title.format(head=k), np.asarray(head.weights, dtype=np.float64),
              weights.row_labels, weights.col_labels, (0.0, 1.0))
        for k, head in enumerate(result.heads, 1)
    ]
    per_column = 1 if few else 2
    columns = [panels[k:k + per_column] for k in range(0, len(panels), per_column)]
    names = ["concat", "w_o", "output"] if session.uses_w_o else ["concat"]
    return columns + [[matrix_panel(session, result, name)] for name in names]


# -- the two figures ----------------------------------------------------------------


def paint_pipeline(
    p: QPainter, session: Session, result: Result, width: float, height: float
) -> None:
    """Draw the whole pipeline into the rectangle (0, 0, width, height); with several
    heads or W_O, the heads' stage (`head_stage_columns`) in a band below it."""
    fonts = Fonts()
    style = Style(min(max(min(width / 95.0, height / 55.0), 7.0), 32.0))
    columns = pipeline_columns(session, result)
    stage = head_stage_columns(session, result) if shows_head_stage(session) else None
    title = preset_text(session.title) if session.title else ""
    formula = formula_text(session, result)
    margin = style.base * 1.2
    top_band = style.base * 2.4 if title else 0.0
    formula_px = style.base * 1.1
    formula_px = min(formula_px, (width - 2 * margin) / max(fonts.width(formula, 1.0), 1e-6))
    bottom_band = formula_px * 2.6
    gap = max(style.base * 2.6, 24.0)  # room for the arrows between columns
    vgap = style.base * 0.9
    room_w = width - 2 * margin
    room_h = height - 2 * margin - top_band - bottom_band
    band_gap = style.base * 1.6 if stage else 0.0
    stage_gap = gap * 0.7
    # One cell size for both bands, so the heads' stage reads at the pipeline's scale.
    boxes, widths, heights, stage_boxes, stage_widths, stage_heights = _fit_bands(
        columns, stage or [], room_w, room_h - band_gap, style, fonts, (gap, stage_gap), vgap)
    used_h = max(heights) + (band_gap + max(stage_heights) if stage else 0.0)
    # Title, panels and formula as one block, centred on the page.
    spare = max(0.0, (room_h - used_h) / 2)
    y0 = margin + top_band + spare
    _place_columns(boxes, widths, margin + max(0.0, (room_w - _row_width(widths, gap)) / 2), y0, vgap, gap)
    if stage:
        stage_x = margin + max(0.0, (room_w - _row_width(stage_widths, stage_gap)) / 2)
        _place_columns(stage_boxes, stage_widths, stage_x, y0 + max(heights) + band_gap, vgap, stage_gap)

    p.fillRect(QRectF(0, 0, width, height), QColor(255, 255, 255))
    if title:
        title_px = min(style.base * 1.35, room_w / max(fonts.width(title, 1.0, True), 1e-6))
        p.setFont(fonts.font(title_px, bold=True))
        p.setPen(TEXT)
        p.drawText(
            QRectF(margin, margin + spare, room_w, top_band * 0.8),
            Qt.AlignmentFlag.AlignCenter,
            title,
        )
    for column in boxes + stage_boxes:
        for box in column:
            box.paint(p)
    _paint_arrows(p, session, boxes, style, gap)
    if stage:
        _paint_stage_arrows(p, session, stage_boxes, style, gap * 0.7)
    p.setFont(fonts.font(formula_px))
    p.setPen(TEXT)
    p.drawText(
        QRectF(margin, y0 + used_h, room_w, bottom_band),
        Qt.AlignmentFlag.AlignCenter,
        formula,
    )


def _row_width(widths: list[float], gap: float) -> float:
    return sum(widths) + gap * max(len(widths) - 1, 0)


def _layout_columns(columns: list[list[Panel]], c: float, style: Style, fonts: Fonts, vgap: float):
    """The columns' boxes for cell size `c`, with each column's width and height;
    the first panels' cells share one top line."""
    boxes = [[PanelBox(panel, c, style, fonts) for panel in column] for column in columns]
    if not boxes:
        return [], [], [0.0]
    header = max(column[0].header_h for column in boxes)
    widths = [max(box.width for box in column) for column in boxes]
    heights = [header + column[0].body_h + sum(vgap + b.height for b in column[1:]) for column in boxes]
    return boxes, widths, heights


def _fit_bands(columns, stage, room_w: float, room_h: float, style: Style, fonts: Fonts,
               gaps: tuple[float, float], vgap: float):
    """Both bands (the pipeline, the heads' stage below it, maybe none) at the largest
    cell size at which each is no wider than room_w and both together no taller than room_h."""

    def layout(c: float):
        return (*_layout_columns(columns, c, style, fonts, vgap), *_layout_columns(stage, c, style, fonts, vgap))

    def fits(c: float) -> bool:
        _, widths, heights, _, stage_widths, stage_heights = layout(c)
        return (_row_width(widths, gaps[0]) <= room_w and _row_width(stage_widths, gaps[1]) <= room_w
                and max(heights) + (max(stage_heights) if stage else 0.0) <= room_h)

    return layout(min(largest_fit(fits), style.base * 6))


def _place_columns(boxes: list[list[PanelBox]], widths: list[float], x: float, y0: float,
                   vgap: float, gap: float) -> None:
    """Place the columns left to right from (x, y0), `gap` apart."""
    header = max(column[0].header_h for column in boxes)
    for column, column_w in zip(boxes, widths, strict=True):
        y = y0
        for k, box in enumerate(column):
            box.place(x + (column_w - box.width) / 2, y, header if k == 0 else None)
            y += (header + box.body_h if k == 0 else box.height) + vgap
        x += column_w + gap


def _paint_stage_arrows(p: QPainter, session: Session, boxes, style: Style, gap: float) -> None:
    """The heads' stage: from the last head's weights to the concat, then concat → W_O → output."""
    width, head = max(1.2, style.base * 0.09), max(6.0, style.base * 0.55)
    pad = gap * 0.12
    heads = len(boxes) - (3 if session.uses_w_o else 1)  # the columns of the heads' weights
    chain = [column[0] for column in boxes[heads - 1:]]
    for source, target in zip(chain, chain[1:], strict=False):
        a, b = source.right_anchor, target.left_anchor
        arrow(p, QPointF(a.x() + pad, a.y()), QPointF(b.x() - pad, b.y()), width, head)


def _paint_arrows(p: QPainter, session: Session, boxes, style: Style, gap: float) -> None:
    width, head = max(1.2, style.base * 0.09), max(6.0, style.base * 0.55)
    pad = gap * 0.12
    by_name = {box.panel.name: box for column in boxes for box in column}

    def link(source: str, target: str) -> None:
        a, b = by_name[source].right_anchor, by_name[target].left_anchor
        arrow(p, QPointF(a.x() + pad, a.y()), QPointF(b.x() - pad, b.y()), width, head)

    if session.mode == "seq2seq":
        link("decoder", "queries")
        link("inputs", "keys")
        link("inputs", "values")
    else:
        for target in ("queries", "keys", "values"):
            link("inputs", target)
    link("queries", "scores")
    link("keys", "scores")
    link("scores", "weights")
    link("weights", "context")
    _paint_values_to_context(p, by_name, width, head, pad, style)


def _paint_values_to_context(p, by_name, width, head, pad, style) -> None:
    """An elbow from V to the context, under scores and weights, when there is room."""
    values, context = by_name["values"], by_name["context"]
    y = values.cells.center().y()
    clear = style.base * 0.6
    for name in ("scores", "weights", "context"):
        box = by_name[name]
        if box.y + box.height + clear > y:
            return
    start = QPointF(values.right_anchor.x() + pad, y)
    x = context.cells.center().x()
    path = QPainterPath(start)
    path.lineTo(x, y)
    pen = QPen(ARROW, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPath(path)
    end = QPointF(x, context.y + context.height + style.base * 0.35)
    arrow(p, QPointF(x, y), end, width, head)


def paint_matrix(
    p: QPainter, session: Session, result: Result, name: str, width: float, height: float,
    head: int | None = None,
) -> None:
    """Draw matrix `name` alone (of head `head`, see `matrix_panel`), centred, into (0, 0, width, height)."""
    panel = matrix_panel(session, result, name, head)
    fonts = Fonts()
    style = Style(min(max(min(width / 36.0, height / 28.0), 9.0), 40.0), value_cap=1.3)
    margin = style.base * 0.8
    room_w, room_h = width - 2 * margin, height - 2 * margin

    def fits(c: float) -> bool:
        box = PanelBox(panel, c, style, fonts)
        return box.width <= room_w and box.height <= room_h

    box = PanelBox(panel, largest_fit(fits), style, fonts)
    box.place(margin + (room_w - box.width) / 2, margin + (room_h - box.height) / 2)
    p.fillRect(QRectF(0, 0, width, height), QColor(255, 255, 255))
    box.paint(p)


# -- output ------------------------------------------------------------------------


def render_image(paint: Painter, width: float, height: float, scale: float = 1.0) -> QImage:
    """`paint(painter, w, h)` onto a white QImage of width×height logical pixels,
    rendered with `scale` device pixels per pixel (so 2 gives twice the pixels, drawn sharp)."""
    image = QImage(
        max(1, round(width * scale)),
        max(1, round(height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint(painter, float(width), float(height))
    finally:
        painter.end()
    return image


def render_svg(paint: Painter, width: int, height: int, title: str = "") -> bytes:
    """`paint(painter, w, h)` as an SVG document of width×height pixels."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(title or "qkv_gui")
    generator.setDescription(QCoreApplication.translate("Figure", "Made with qkv_gui"))
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, float(width), float(height))
    finally:
        painter.end()
        buffer.close()
    return fix_svg(bytes(data.data()), width, height)


_ROOT = re.compile(rb"<svg\b[^>]*>", re.S)
_SIZE_ATTR = re.compile(rb'\s(width|height)="[^"]*"')
_FAMILY_ATTR = re.compile(rb'font-family="([^"]*)"')


def fix_svg(svg: bytes, width: int | float, height: int | float) -> bytes:
    """Size the root in pixels (QSvgGenerator writes millimetres) and give every
    font a generic fallback, so browsers and Inkscape show the intended size and a
    sans-serif face even where the exact family is missing."""
    match = _ROOT.search(svg)
    if match is None:
        raise ValueError("not an SVG document")
    root = _SIZE_ATTR.sub(b"", match.group(0))
    size = f' width="{_number(width)}" height="{_number(height)}"'.encode()
    root = root[:4] + size + root[4:]
    svg = svg[: match.start()] + root + svg[match.end() :]

    def family(m: re.Match) -> bytes:
        names = [n.strip().strip("'\"") for n in m.group(1).decode().split(",") if n.strip()]
        if not names or names[-1].lower() in ("sans-serif", "serif", "monospace"):
            return m.group(0)
        quoted = ", ".join(f"'{n}'" if " " in n else n for n in names)
        return f'font-family="{quoted}, sans-serif"'.encode()

    return _FAMILY_ATTR.sub(family, svg)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def png_bytes(image: QImage) -> bytes:
    """The PNG encoding of `image`; raises OSError if Qt cannot encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise OSError("the image could not be encoded as PNG")
    return bytes(data.data())


def _output(
    paint: Painter, fmt_name: str, size: tuple[int, int], title: str, scale: float
) -> bytes:
    width, height = size
    if fmt_name == "svg":
        return render_svg(paint, width, height, title)
    if fmt_name == "png":
        return png_bytes(render_image(paint, width, height, scale))
    raise ValueError(f"unsupported format {fmt_name!r}; use one of {', '.join(FORMATS)}")


def pipeline_figure(
    session: Session,
    result: Result,
    fmt_name: str,
    size: tuple[int, int] = (1600, 1000),
    scale: float = 1.0,
) -> bytes:
    """The pipeline figure as PNG or SVG bytes of `size` pixels (a PNG has `scale`
    times as many along each side, drawn at that resolution)."""
    return _output(
        lambda p, w, h: paint_pipeline(p, session, result, w, h),
        fmt_name,
        size,
        preset_text(session.title) if session.title else QCoreApplication.translate("Figure", "Attention, step by step"),
        scale,
    )


def matrix_figure(
    session: Session,
    result: Result,
    name: str,
    fmt_name: str,
    size: tuple[int, int] = (800, 600),
    scale: float = 1.0,
    head: int | None = None,
) -> bytes:
    """Matrix `name` alone (of head `head`: `result` is the full result) as PNG or SVG
    bytes, sized like `pipeline_figure`; KeyError if the session has no such matrix."""
    result = result if head is None else result.for_head(head)
    panel = matrix_panel(session, result, name, head)  # fail before drawing anything
    return _output(
        lambda p, w, h: paint_matrix(p, session, result, name, w, h, head),
        fmt_name,
        size,
        panel.title,
        scale,
    )
