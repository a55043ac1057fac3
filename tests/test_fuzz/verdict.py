"""The rule for every broken file: refused in one line or loaded; quickly; nothing written."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from endoaid.errors import UserError

T = TypeVar("T")
SECONDS = 2.0


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Return every file under `folder` with its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def refused_or_loaded(load: Callable[[Path], T], path: Path) -> T | UserError:
    """Load `path`; return the object or the UserError, after checking the rule."""
    before = listing(path.parent)
    started = time.perf_counter()
    try:
        result: T | UserError = load(path)
    except UserError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message, message
        result = exc
    seconds = time.perf_counter() - started
    assert seconds < SECONDS, f"took {seconds:.1f} s"
    assert listing(path.parent) == before, "the folder changed"
    return result
