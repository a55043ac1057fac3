"""The memory benchmark: endoaid's resident memory against a bare PySide6 + matplotlib window.

Run `python tests/benchmarks/bench_memory.py` for the figures (about 3 minutes on the project
machine); `--long` runs 5,000 redraws and 100 consultations instead (about 20 minutes).
Goal (issue 22): after a full walk of every decision at most 1.5 times the bare window, and
flat afterwards. Each side is its own process, run one after the other in the same run;
memory is the current resident set (/proc/self/statm, Linux only), read after Qt's deferred
deletes and the cycle collector have run.

The bare window: a QMainWindow holding one matplotlib canvas (FigureCanvasQTAgg) with a line
chart, shown offscreen, the same imports and fonts as nothing else.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

REDRAWS = 1_000
LONG_REDRAWS = 5_000
LONG_CONSULTATIONS = 100


def _report(stage: str, **figures: object) -> None:
    from tests.memory_helpers import resident_mb, settle_memory

    settle_memory()
    print(json.dumps({"stage": stage, "mb": round(resident_mb(), 1), **figures}), flush=True)


def bare_window() -> None:
    """A bare PySide6 window with one matplotlib canvas; report its memory once shown."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    figure = Figure(figsize=(7, 3.6))
    axes = figure.add_subplot()
    axes.plot([0, 1, 2, 3, 4, 5], [0, 1300, 2550, 3800, 5000, 6240], label="Injections")
    axes.legend()
    window = QMainWindow()
    window.setCentralWidget(FigureCanvasQTAgg(figure))
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    _report("bare")


def endoaid_window(redraws: int, consultations: int, trim=None) -> None:
    """The app's own window: memory after start, a full walk, redraws and consultations."""
    from tests import memory_helpers as mem

    window = mem.open_window()
    _report("start")
    for patient in mem.PATIENTS:  # every decision, walked page by page, every chart tab
        mem.consultation(window, patient)
        if trim is not None:
            trim()
    _report("walk")
    mem.start_consultation(window, mem.PATIENTS[0])
    step = max(redraws // 4, 1)
    times: list[float] = []
    for done in range(step, redraws + 1, step):
        started = time.perf_counter()
        mem.redraws(window, step)
        times.append((time.perf_counter() - started) * 1000 / step)
        _report("redraws", count=done, ms_per_redraw=round(times[-1], 1))
    mem.end_consultation(window)
    step = max(consultations // 4, 1)
    for done in range(step, consultations + 1, step):
        for patient in mem.patients(step):
            mem.consultation(window, patient)
            if trim is not None:
                trim()
        _report("consultations", count=done)
    window.ask_save_first = lambda _question: "discard"
    window.close()


def _run_child(kind: str, args: argparse.Namespace) -> list[dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    command = [sys.executable, str(Path(__file__)), "--child", kind]
    command += ["--redraws", str(args.redraws), "--consultations", str(args.consultations)]
    command += ["--allocator", args.allocator]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=7200)
    if result.returncode != 0:
        raise RuntimeError(f"{kind} failed: {result.stderr.strip()[-600:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def main(argv: list[str]) -> int:
    """Print each stage's memory, its ratio to the bare window, and whether the goal was met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long", action="store_true", help="5,000 redraws, 100 consultations")
    parser.add_argument("--redraws", type=int, default=REDRAWS)
    parser.add_argument("--consultations", type=int, default=20)
    parser.add_argument(
        "--allocator",
        choices=("app", "mmap", "trim", "both"),
        default="app",
        help="try glibc settings on top of what the app does (to measure them)",
    )
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.long:
        args.redraws, args.consultations = LONG_REDRAWS, LONG_CONSULTATIONS
    if args.child:
        sys.path.insert(0, str(REPO))
        from tests.memory_helpers import private_folders

        private_folders()
        if args.child == "bare":
            bare_window()
        else:
            from endoaid.ui.common import allocator

            if args.allocator in ("mmap", "both"):
                allocator.map_large_blocks()
            trim = allocator.give_back_memory if args.allocator in ("trim", "both") else None
            endoaid_window(args.redraws, args.consultations, trim)
        return 0
    if not os.path.exists("/proc/self/statm"):
        print("The memory benchmark reads /proc/self/statm: Linux only.")
        return 0
    bare = _run_child("bare", args)[0]["mb"]
    stages = _run_child("app", args)
    print(f"bare PySide6 + matplotlib window: {bare:.1f} MB")
    for stage in stages:
        label = stage["stage"] + (f" {stage['count']}" if "count" in stage else "")
        extra = f"  ({stage['ms_per_redraw']} ms/redraw)" if "ms_per_redraw" in stage else ""
        print(f"{label:<20} {stage['mb']:7.1f} MB  {stage['mb'] / bare:4.2f}x bare{extra}")
    walk = next(s["mb"] for s in stages if s["stage"] == "walk")
    after = [s["mb"] for s in stages if s["stage"] in ("redraws", "consultations")]
    growth = max(after) - walk
    spread = statistics.pstdev(after) if len(after) > 1 else 0.0
    print(
        f"after the walk: {walk / bare:.2f}x bare (goal: at most 1.5x) - "
        f"{'met' if walk <= 1.5 * bare else 'not met'}"
    )
    print(f"afterwards: at most {growth:+.1f} MB above the walk (spread {spread:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
