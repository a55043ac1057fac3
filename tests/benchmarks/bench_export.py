"""The PDF export benchmark: the full summary against a bare one-chart PDF, in the same run.

Run `python tests/benchmarks/bench_export.py [RUNS]` for the figures. Target (issue 5): the
full summary with all charts in under 2 × the bare script's time. Both are whole processes
(imports included), run interleaved so a busy moment hits both alike; the medians are shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_bytecode import compile_endoaid  # noqa: E402 (beside this file)

RUNS = 5
DECISION = "premenopausal-endocrine"  # three options: the largest summary


def _wall_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed: {result.stderr.strip()[-300:]}")
    return elapsed


def export_figures(runs: int = RUNS) -> dict[str, float]:
    """Return median wall times (ms) of python itself, the bare chart PDF and the summary."""
    compile_endoaid()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ENDOAID_NO_CACHE", None)
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_CACHE_HOME"] = str(Path(folder) / "cache")  # the warm-up run keeps the pack
        out = Path(folder)
        commands = {
            "python_ms": [sys.executable, "-c", "pass"],
            "bare_pdf_ms": [sys.executable, str(HERE / "bare_pdf_chart.py"), str(out / "b.pdf")],
            "export_ms": [
                sys.executable,
                "-m",
                "endoaid",
                "export",
                "-o",
                str(out / "s.pdf"),
                "--decision",
                DECISION,
                "--menopause",
                "pre",
                "--setting",
                "early",
            ],
        }
        for command in commands.values():  # warm the file cache once
            _wall_ms(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(_wall_ms(command, env))
    figures = {name: statistics.median(values) for name, values in samples.items()}
    figures["ratio"] = figures["export_ms"] / figures["bare_pdf_ms"]
    figures["ratio_without_python"] = (figures["export_ms"] - figures["python_ms"]) / (
        figures["bare_pdf_ms"] - figures["python_ms"]
    )
    return figures


def main(argv: list[str]) -> int:
    """Print the figures and whether the 2x target was met."""
    runs = int(argv[0]) if argv else RUNS
    figures = export_figures(runs)
    for name, value in figures.items():
        print(f"{name}={value:.2f}" if name.startswith("ratio") else f"{name}={value:.0f}")
    print("target: ratio < 2.0 —", "met" if figures["ratio"] < 2.0 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
