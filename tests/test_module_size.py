"""No module of endoaid is over 400 lines: a module a newcomer can read whole."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "endoaid"
MAX_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    """Every .py file of the package has at most 400 lines (split by what the parts are for)."""
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in sorted(PACKAGE.rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"
