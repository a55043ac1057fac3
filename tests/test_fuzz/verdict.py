"""The rule for every broken file: refused in one line or loaded; quickly; nothing written."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, settings

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


def fuzz_settings(examples: int) -> settings:
    """Return the settings of a fuzz test: `examples` per run, or the explore profile's many."""
    if os.environ.get("ENDOAID_HYPOTHESIS") == "explore":
        examples = settings.default.max_examples
    return settings(
        max_examples=examples,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        deadline=None,  # measured by refused_or_loaded instead, on the load alone
    )
