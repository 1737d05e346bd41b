"""Benchmarks (`make bench` = `python -m qkv_gui.bench [--json]`).

1. Edit latency: the real window, offscreen at 1600 × 1000. Each step changes
   one input cell through the same path as a mouse drag (`model.preview`),
   then runs the event loop until it is idle; a paint counter on every view
   confirms that each view whose data changed really painted in that step.
   The largest size, n = 512, d = 512, against n = 128 in alternating rounds
   (so a machine that drifts weighs on both): within 2× of it.
2. Panel repaint: the same, with the Compare, Train or SVD panel in front; the
   paint counter watches that panel's heatmaps (Train: its target, painted by
   hand, the edit being one hand-set weight).
3. The same six heatmaps redrawn with matplotlib (with annotations), for scale.
4. Cold start: process start → first painted window (median of 5 fresh
   processes) against a bare `import PySide6.QtWidgets, pyqtgraph, numpy`,
   and the resident memory after start.
5. Quit: the app (offscreen, default preset) closes its window the way Ctrl+Q
   does right after its first paint; the time from that close to the end of
   the process (median of 5 fresh processes).
6. Several heads: h = 8, n = 64, d = 64, d_k = d_v = 8, edit → every view
   repainted, against the one-head n = 32 case measured in the same run
   (target: within HEADS_RATIO_TARGET × of it and within one 60 Hz frame).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

SIZES = ((6, 4, 2), (32, 16, 8), (128, 64, 16))  # (n, d, d_k)
TARGET_MS = {6: 8.0, 32: 16.0, 128: 33.0}
# The largest sizes a learner works at (core/sizes.py allows n = 512): its median per
# edit within LARGE_TARGET_RATIO × the n = 128 case's, measured in alternating rounds.
LARGE_SIZE = (512, 512, 64)
LARGE_TARGET_RATIO = 2.0


HEADS_SIZE = (8, 64, 64, 8)  # (h, n, d, d_k = d_v)
HEADS_BASE = (32, 16, 8)  # the one-head case it is compared with
HEADS_RATIO_TARGET = 2.0
FRAME_MS = 1000 / 60


def bench_session(n: int, d: int, d_k: int, seed: int = 0, heads: int = 1):
    from .core.session import Session

    rng = np.random.default_rng(seed)
    width = heads * d_k
    return Session(
        inputs=np.round(rng.normal(size=(n, d)), 2),
        labels=tuple(f"t{i + 1}" for i in range(n)),
        projection=True,
        heads=heads,
        w_q=np.round(rng.normal(size=(d, width)) / np.sqrt(d), 2),
        w_k=np.round(rng.normal(size=(d, width)) / np.sqrt(d), 2),
        w_v=np.round(rng.normal(size=(d, width)) / np.sqrt(d), 2),
        score_kind="scaled_dot",
    )


class _PaintCounter:
    """Counts Paint events per view (on each view's viewport)."""

    def __init__(self, views: dict):
        from PySide6.QtCore import QEvent, QObject

        counts = self.counts = dict.fromkeys(views, 0)

        class Filter(QObject):
            def __init__(self, name):
                super().__init__()
                self.name = name

            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if event.type() == QEvent.Type.Paint:
                    counts[self.name] += 1
                return False

        self._filters = []
        for name, view in views.items():
            target = view.viewport() if hasattr(view, "viewport") else view
            f = Filter(name)
            target.installEventFilter(f)
            self._filters.append(f)


def _views(window) -> dict:
    views = {f"heatmap:{name}": view for name, view in window.heatmaps.items()}
    views["geometry"] = window.geometry
    views["weights_bar"] = window.weights_bar
    views["inputs_editor"] = window.editors["inputs"].table
    return views


PANELS = ("compare", "train", "svd")


def _panel_views(window, name: str) -> dict:
    """Bring panel `name` to the front and return its heatmaps, which an edit changes
    (scrolled into view: the Train and SVD panels scroll)."""
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from .startup import settle

    dock = window.dock(name)
    dock.show()
    dock.raise_()
    panel = window.panel(name)  # built on first use
    if name == "compare":
        panel.set_comparison("projections")
        plots = ("scores_off", "scores_on", "weights_off", "weights_on", "difference")
    elif name == "train":
        panel.set_target_kind("painted")
        plots = ("target_view",)
    else:
        plots = ("before_plot", "after_plot")
    views = {}
    for plot in plots:
        view = getattr(panel, plot)
        if not isinstance(view, QWidget):  # a plot inside a widget: that widget paints
            view = view.scene().views()[0]
        views[f"{name}:{plot}"] = view
    settle(QApplication.instance(), 5)  # laid out first: then the scroll range is known
    for scroll in panel.findChildren(QScrollArea):
        body = scroll.widget()
        inside = [view for view in views.values() if body is not None and body.isAncestorOf(view)]
        if inside:  # the first heatmap at the top of the viewport: the others follow below it
            top = min(view.mapTo(body, view.rect().topLeft()).y() for view in inside)
            bar = scroll.verticalScrollBar()
            bar.setValue(min(bar.maximum(), top))
    settle(QApplication.instance(), 5)
    return views


def _edit(session, step: int):
    """The step's edit: one input cell, or one hand-set weight when the weights are set by hand."""
    if session.weights_override is None:
        return session.with_cell("inputs", 0, 0, session.inputs[0, 0] + 0.01)
    # One weight of the first row moves; the others keep their proportions (the row sums to 1).
    weights = np.array(session.weights_override, dtype=np.float64)
    value = 0.2 + 0.01 * (step % 40)
    rest = weights[0, 1:]
    weights[0, 1:] = (1 - value) * (rest / rest.sum() if rest.sum() > 0 else 1 / len(rest))
    weights[0, 0] = value
    return session.replace(weights_override=weights)


def _measure(app, model, views: dict, steps: int) -> tuple[list[float], int]:
    """ms per edit until the event loop is idle, and the steps where a view did not paint."""
    from .startup import settle

    settle(app, 5)
    counter = _PaintCounter(views)
    times, missed = [], 0
    for step in range(steps):
        before = dict(counter.counts)
        t0 = time.perf_counter()
        model.preview(_edit(model.session, step))
        app.processEvents()
        app.processEvents()  # paints posted during the first pass
        times.append((time.perf_counter() - t0) * 1000)
        if any(counter.counts[name] == before[name] for name in views):
            missed += 1
    times.sort()
    return times, missed


def _row(n: int, d: int, d_k: int, times: list[float], missed: int) -> dict:
    return {
        "size": f"n={n}/d={d}/d_k={d_k}",
        "n": n,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "target_ms": TARGET_MS.get(n),
        "steps_where_a_view_did_not_paint": missed,
    }


_APP: list = []


def _open(session):
    """The application (made once) and a window on `session`, shown at 1600 × 1000."""
    from .gui import create_window, make_application, quiet_offscreen_warnings

    if not _APP:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import tempfile

        os.environ.setdefault("QKV_GUI_SETTINGS_DIR", tempfile.mkdtemp(prefix="qkv-bench-"))
        _APP.append(make_application("en"))
        quiet_offscreen_warnings()  # the report, not a notice per window
    app = _APP[0]
    model, window = create_window(session, None, None)
    window.resize(1600, 1000)
    window.show()
    return app, model, window


def bench_edits(steps: int = 60, sizes=SIZES) -> list[dict]:
    from .gui import shutdown

    rows = []
    for n, d, d_k in sizes:
        app, model, window = _open(bench_session(n, d, d_k))
        times, missed = _measure(app, model, _views(window), steps)
        annotations = window.heatmaps["queries"].annotations_visible()
        model.undo_stack.setClean()
        shutdown(app, window)
        rows.append({**_row(n, d, d_k, times, missed), "annotations": annotations})
    return rows


def bench_heads(steps: int = 60) -> dict:
    """Edit → every view repainted with 8 heads (HEADS_SIZE), and the one-head n = 32
    case (HEADS_BASE) in the same run: both medians and their ratio."""
    from .gui import shutdown

    h, n, d, d_k = HEADS_SIZE
    rows = {}
    for name, session in (("one_head", bench_session(*HEADS_BASE)),
                          ("heads", bench_session(n, d, d_k, heads=h))):
        app, model, window = _open(session)
        times, missed = _measure(app, model, _views(window), steps)
        model.undo_stack.setClean()
        shutdown(app, window)
        rows[name] = {"median_ms": round(statistics.median(times), 2),
                      "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
                      "steps_where_a_view_did_not_paint": missed}
    base, heads = rows["one_head"]["median_ms"], rows["heads"]["median_ms"]
    return {"size": f"h={h}/n={n}/d={d}/d_k=d_v={d_k}", "base_size": "n={}/d={}/d_k={}".format(*HEADS_BASE),
            **rows, "ratio": round(heads / base, 2) if base else None,
            "ratio_target": HEADS_RATIO_TARGET, "frame_ms": round(FRAME_MS, 1)}


LARGE_ROUNDS = 3  # the n = 128 and n = 512 cases take turns, so a drifting machine weighs on both


def bench_large(steps: int = 60, rounds: int = LARGE_ROUNDS) -> dict:
    """Edit → every view repainted at n = 512, d = 512, against the n = 128 case:
    measured in `rounds` alternating rounds of steps/rounds edits each (a fresh
    window per round), the medians over all rounds and their ratio."""
    from .gui import shutdown

    per_round = max(1, steps // rounds)
    times: dict[tuple, list[float]] = {SIZES[-1]: [], LARGE_SIZE: []}
    missed = dict.fromkeys(times, 0)
    annotations = None
    for _round in range(rounds):
        for size in times:
            app, model, window = _open(bench_session(*size))
            taken, not_painted = _measure(app, model, _views(window), per_round)
            if size == LARGE_SIZE:
                annotations = window.heatmaps["queries"].annotations_visible()
            model.undo_stack.setClean()
            shutdown(app, window)
            times[size] += taken
            missed[size] += not_painted
    for taken in times.values():
        taken.sort()
    n, d, d_k = LARGE_SIZE
    row = {**_row(n, d, d_k, times[LARGE_SIZE], missed[LARGE_SIZE]), "annotations": annotations}
    reference = statistics.median(times[SIZES[-1]])
    return {**row, "reference_n128_ms": round(reference, 2), "rounds": rounds,
            "ratio": round(row["median_ms"] / reference, 2) if reference else None,
            "target_ratio": LARGE_TARGET_RATIO}


def bench_panels(steps: int = 60) -> list[dict]:
    """Edit → the Compare, Train or SVD panel (in front) repainted, per size."""
    from .gui import shutdown

    rows = []
    for name in PANELS:
        for n, d, d_k in SIZES:
            session = bench_session(n, d, d_k)
            if name == "train":
                from .core.compute import compute

                session = session.replace(weights_override=compute(session).weights)
            app, model, window = _open(session)
            views = _panel_views(window, name)
            times, missed = _measure(app, model, views, steps)
            model.undo_stack.setClean()
            shutdown(app, window)
            rows.append({"panel": name, **_row(n, d, d_k, times, missed)})
    return rows


def bench_matplotlib(steps: int = 15) -> float | None:
    """Median ms to redraw six annotated heatmaps with matplotlib (first size)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    from .core.compute import compute

    n, d, d_k = SIZES[0]
    session = bench_session(n, d, d_k)
    names = ("queries", "keys", "values", "scores", "weights", "context")
    fig, axes = plt.subplots(2, 3, figsize=(16, 10), dpi=100)
    result = compute(session)
    images, texts = [], []
    for ax, name in zip(axes.flat, names, strict=True):
        data = result.matrix(name)
        images.append(ax.imshow(data, cmap="RdBu_r"))
        texts.append([[ax.text(c, r, "", ha="center", va="center", fontsize=9) for c in range(data.shape[1])]
                      for r in range(data.shape[0])])
        fig.colorbar(images[-1], ax=ax)
        ax.set_title(name)
    times = []
    for step in range(steps):
        session = session.with_cell("inputs", 0, 0, session.inputs[0, 0] + 0.01)
        t0 = time.perf_counter()
        result = compute(session)
        for image, cell_texts, name in zip(images, texts, names, strict=True):
            data = result.matrix(name)
            image.set_data(data)
            for r, row in enumerate(cell_texts):
                for c, text in enumerate(row):
                    text.set_text(f"{data[r, c]:.2f}")
        fig.canvas.draw()
        times.append((time.perf_counter() - t0) * 1000)
        del step
    plt.close(fig)
    return round(statistics.median(times), 2)


_CHILD_FLAG = "--cold-start-child"


def _cold_start_child() -> None:
    """Runs in a fresh process: prints the wall time of the first painted window and the RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer

    from .gui import create_window, make_application

    app = make_application("en")
    model, window = create_window(None, None, "default")
    painted = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "t" not in painted:
                painted["t"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.heatmaps["scores"].viewport().installEventFilter(spy)
    window.resize(1600, 1000)
    window.show()
    app.exec()
    rss_kb = 0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss_kb = int(line.split()[1])
    print(json.dumps({"painted_at": painted.get("t", time.time()), "rss_mb": rss_kb / 1024}))
    sys.stdout.flush()
    os._exit(0)  # skip teardown: we only measured start-up


def _compile_package() -> None:
    """Byte-compile qkv_gui, as installing it does (pip writes the .pyc files).

    The bare-import baseline loads PySide6, pyqtgraph and numpy from their
    installed .pyc files; without ours (an editable checkout run with
    PYTHONDONTWRITEBYTECODE, as here) every start would compile the whole
    package from source and the comparison would measure the compiler.
    """
    import compileall
    from pathlib import Path

    compileall.compile_dir(str(Path(__file__).resolve().parent), quiet=1)


def bench_cold_start(runs: int = 5) -> dict:
    import tempfile

    _compile_package()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QKV_GUI_SETTINGS_DIR=tempfile.mkdtemp(prefix="qkv-bench-cold-"))
    starts, bare, rss = [], [], []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-m", "qkv_gui.bench", _CHILD_FLAG], env=env,
                             capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        starts.append(figures["painted_at"] - t0)
        rss.append(figures["rss_mb"])
        t0 = time.time()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets, pyqtgraph, numpy"], env=env, check=True)
        bare.append(time.time() - t0)
    start, bare_import = statistics.median(starts), statistics.median(bare)
    return {
        "cold_start_s": round(start, 3),
        "bare_import_s": round(bare_import, 3),
        "ratio": round(start / bare_import, 2),
        "target_s": 0.8,
        "rss_mb": round(statistics.median(rss), 1),
    }


QUIT_TARGET_S = 0.3


def bench_quit(runs: int = 5) -> dict:
    """Seconds from closing the window (as Ctrl+Q does) to the end of the process."""
    import tempfile
    from pathlib import Path

    from .gui import CLOSE_AFTER_PAINT

    _compile_package()
    root = str(Path(__file__).resolve().parents[1])
    times = []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=root,
                   QKV_GUI_SETTINGS_DIR=tempfile.mkdtemp(prefix="qkv-bench-quit-"))
        env[CLOSE_AFTER_PAINT] = "1"
        child = subprocess.Popen([sys.executable, "-m", "qkv_gui", "--preset", "default"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = child.communicate(timeout=120)
        ended = time.time()
        if child.returncode != 0:
            raise RuntimeError(f"the app exited with status {child.returncode}: {err.strip()}")
        closing = json.loads(out.strip().splitlines()[-1])["closing_at"]
        times.append(ended - closing)
    return {
        "quit_s": round(statistics.median(times), 3),
        "max_s": round(max(times), 3),
        "target_s": QUIT_TARGET_S,
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == _CHILD_FLAG:
        _cold_start_child()
        return 0
    parser = argparse.ArgumentParser(prog="python -m qkv_gui.bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--steps", type=int, default=60, help="edits per size (default 60)")
    args = parser.parse_args(argv)
    cold = bench_cold_start()
    edits = bench_edits(args.steps)
    large = bench_large(args.steps)
    panels = bench_panels(args.steps)
    heads = bench_heads(args.steps)
    mpl = bench_matplotlib()
    quit_time = bench_quit()
    first = edits[0]["median_ms"]
    figures = {
        "edits": edits,
        "large": large,
        "panel_edits": panels,
        "heads": heads,
        "matplotlib_median_ms": mpl,
        "speedup_vs_matplotlib": round(mpl / first, 1) if mpl and first else None,
        "cold_start": cold,
        "quit": quit_time,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print("Edit → every view repainted (offscreen, 1600 × 1000):")
    for row in edits:
        ok = "ok" if row["median_ms"] <= row["target_ms"] else "SLOW"
        print(f"  {row['size']:<22} median {row['median_ms']:6.2f} ms   p95 {row['p95_ms']:6.2f} ms   "
              f"target ≤ {row['target_ms']:.0f} ms  {ok}   annotations {'on' if row['annotations'] else 'off'}"
              f"   steps with a view not repainted: {row['steps_where_a_view_did_not_paint']}")
    ok = "ok" if large["ratio"] is not None and large["ratio"] <= large["target_ratio"] else "SLOW"
    print(f"  {large['size']:<22} median {large['median_ms']:6.2f} ms   p95 {large['p95_ms']:6.2f} ms   "
          f"{large['ratio']}× the n=128 case's {large['reference_n128_ms']:.2f} ms, in "
          f"{large['rounds']} alternating rounds (target ≤ {large['target_ratio']:.0f}×)  {ok}   "
          f"annotations {'on' if large['annotations'] else 'off'}   "
          f"steps with a view not repainted: {large['steps_where_a_view_did_not_paint']}")
    print("Edit → the panel in front repainted (Compare, Train, SVD):")
    for row in panels:
        print(f"  {row['panel']:<8} {row['size']:<22} median {row['median_ms']:6.2f} ms   "
              f"p95 {row['p95_ms']:6.2f} ms   target ≤ {row['target_ms']:.0f} ms   "
              f"steps with a view not repainted: {row['steps_where_a_view_did_not_paint']}")
    ok = "ok" if heads["ratio"] <= HEADS_RATIO_TARGET and heads["heads"]["median_ms"] <= FRAME_MS else "SLOW"
    print(f"Several heads, edit → every view repainted: {heads['size']} median "
          f"{heads['heads']['median_ms']:.2f} ms vs one head {heads['base_size']} "
          f"{heads['one_head']['median_ms']:.2f} ms: ratio {heads['ratio']} "
          f"(target ≤ {HEADS_RATIO_TARGET:.0f}× and ≤ {FRAME_MS:.1f} ms)  {ok}   steps with a view "
          f"not repainted: {heads['heads']['steps_where_a_view_did_not_paint']}")
    if mpl is not None:
        print(f"matplotlib redraw of the same six annotated heatmaps: median {mpl:.1f} ms "
              f"→ {figures['speedup_vs_matplotlib']}× slower than qkv_gui (target ≥ 20×)")
    else:
        print("matplotlib not installed: `pip install -e .[bench]` for the comparison")
    print(f"Cold start to first painted window: median {cold['cold_start_s']:.3f} s; bare import "
          f"{cold['bare_import_s']:.3f} s; ratio {cold['ratio']} (target ≤ 0.8 s, ≤ 1.6×); "
          f"RSS {cold['rss_mb']} MB")
    ok = "ok" if quit_time["quit_s"] <= quit_time["target_s"] else "SLOW"
    print(f"Quit, window closed → process ended: median {quit_time['quit_s']:.3f} s "
          f"(slowest {quit_time['max_s']:.3f} s; target ≤ {quit_time['target_s']} s)  {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
