"""Writes anonymous records as fast as it can, for the kill and two-writer tests.

Run as `python -m tests.audit_writer DB COUNT TAG`: adds COUNT records (or forever when COUNT
is 0) and prints `kept N TAG` after each one add_record has returned.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from endoaid.consultation.audit_record import add_record, make_record


def main() -> None:
    path, count, tag = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    started = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    n = 0
    while count == 0 or n < count:
        row = make_record(
            decision=tag,
            mode="kiosk",
            language="en",
            sure_before=n % 5,
            sure_after=4,
            options=["gnrh-agonist", "tamoxifen"],
            leaning="unsure",
            started=started,
            own_figures=bool(n % 2),
            now=started + dt.timedelta(minutes=n % 90),
        )
        add_record(path, row)
        n += 1
        sys.stdout.write(f"kept {n} {tag}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
