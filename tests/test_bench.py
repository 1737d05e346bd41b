"""The benchmark measures what it says: every view it times repaints on every edit
(timings themselves are never asserted in tests: see `make bench`)."""

from __future__ import annotations

import pytest

from qkv_gui import bench


@pytest.mark.slow
def test_every_panel_view_the_bench_times_repaints_on_every_edit(qapp):
    rows = bench.bench_panels(steps=3)
    assert {row["panel"] for row in rows} == set(bench.PANELS)
    # A view scrolled out of sight would not paint and the figure would mean nothing.
    assert [row["steps_where_a_view_did_not_paint"] for row in rows] == [0] * len(rows)


@pytest.mark.slow
def test_the_heads_case_repaints_every_view_and_reports_both_medians(qapp):
    figures = bench.bench_heads(steps=3)
    assert figures["size"] == "h=8/n=64/d=64/d_k=d_v=8"
    assert figures["heads"]["steps_where_a_view_did_not_paint"] == 0
    assert figures["one_head"]["steps_where_a_view_did_not_paint"] == 0
    assert figures["ratio"] == pytest.approx(
        figures["heads"]["median_ms"] / figures["one_head"]["median_ms"], abs=0.01)


def test_the_largest_size_case_repaints_every_view_on_every_edit(qapp):
    row = bench.bench_large(steps=4, rounds=2)
    assert row["n"] == bench.LARGE_SIZE[0] == 512 and row["rounds"] == 2
    assert row["steps_where_a_view_did_not_paint"] == 0
    assert row["ratio"] == pytest.approx(row["median_ms"] / row["reference_n128_ms"], abs=0.01)
