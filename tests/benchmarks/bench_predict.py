"""Benchmark (not a test): milliseconds for one PREDICT profile, 15 years, three arms.

Run: `.venv/bin/python tests/benchmarks/bench_predict.py`. The baseline in the same run is a
bare loop calling a Python function that sums 15 floats (the least any 15-year model costs),
so the ratio shows what the model itself adds on the machine of the day. Best of 7 rounds.
"""

from __future__ import annotations

import time

from endoaid.consultation.predict import TumourDetails, predict

ROUNDS = 7
CALLS = 2000
PROFILE = TumourDetails(
    age=45,
    size_mm=22,
    grade=2,
    nodes=1,
    er="positive",
    her2="negative",
    ki67="unknown",
    pr="positive",
    detected="symptoms",
    chemotherapy=3,
    radiotherapy=True,
)
FIFTEEN = [float(year) for year in range(1, 16)]


def _baseline() -> float:
    return sum(FIFTEEN)


def _best_ms(call: object) -> float:
    """Return the best time over ROUNDS of one call, in milliseconds."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(CALLS):
            call()  # type: ignore[operator]
        best = min(best, (time.perf_counter() - start) / CALLS * 1000)
    return best


def main() -> None:
    """Print ms per profile, the baseline and their ratio."""
    model = _best_ms(lambda: predict(PROFILE))
    base = _best_ms(_baseline)
    print(f"predict: {model:.4f} ms per profile (15 years, 3 arms)")
    print(f"baseline (a call summing 15 floats): {base:.5f} ms")
    print(f"ratio: {model / base:.0f}x; budget 5 ms: {'met' if model < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
