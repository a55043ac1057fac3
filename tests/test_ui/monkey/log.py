"""The last events of a random run, kept to print with the seed when the run fails."""

from __future__ import annotations

import os
from collections import deque


class EventLog:
    """A ring buffer of the last `size` events, each one line: 'number kind: detail'."""

    def __init__(self, size: int = 20) -> None:
        self.lines: deque[str] = deque(maxlen=size)
        self.count = 0
        # ENDOAID_MONKEY_TRAIL=FILE also writes every event there as it happens: a crash of
        # Qt itself (a segmentation fault) leaves no Python report with the last events.
        trail = os.environ.get("ENDOAID_MONKEY_TRAIL")
        self.trail = open(trail, "a", encoding="utf-8", buffering=1) if trail else None  # noqa: SIM115

    def add(self, kind: str, detail: str = "") -> None:
        """Remember one event (numbered from 1 in the order they happened)."""
        self.count += 1
        text = f"{self.count:>6} {kind}"
        if detail:
            text += f": {detail!r}" if not detail.isprintable() else f": {detail}"
        self.lines.append(text[:200])
        if self.trail is not None:
            self.trail.write(text[:200] + "\n")

    def report(self, seed: int, mode: str) -> str:
        """Return what a person needs to replay the failure: mode, seed and the last events."""
        head = f"monkey run failed: mode={mode} seed={seed} after {self.count} events"
        return "\n".join([head, "last events:", *self.lines])
