"""The PDF export benchmark under pytest: measured and printed (`-s`), never a timed assertion.

Timings on a shared machine are not pass/fail material; run
`python tests/benchmarks/bench_export.py [RUNS]` for the figures (target: ratio < 2).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_export import export_figures


def test_export_benchmark_reports_ratio_against_a_bare_chart_pdf() -> None:
    """The full summary and the bare one-chart PDF both run; their ratio is printed."""
    figures = export_figures(runs=1)
    print("\n" + "\n".join(f"{name:>22} = {value:8.2f}" for name, value in figures.items()))
    assert figures["export_ms"] > figures["python_ms"] > 0
    assert figures["bare_pdf_ms"] > figures["python_ms"]
