"""Refuses to build a bundle from an incomplete checkout, naming every missing resource.

Used by endoaid.spec (so a direct `pyinstaller packaging/endoaid.spec` checks too) and run by
build.sh before the slow part. Exit 2 and one line per missing item when something is absent.

ENDOAID_ALLOW_INCOMPLETE=fonts,translations turns those named items into warnings, for a
development build made before the fonts or translations exist. Release builds never set it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Requirement:
    """One thing the frozen app cannot work without, and how to tell it is there."""

    key: str
    relative: str
    patterns: tuple[str, ...]
    why: str

    def satisfied(self, root: Path) -> bool:
        """Return True when the file exists, or the folder holds a matching file."""
        path = root / self.relative
        if not self.patterns:
            return path.is_file()
        return path.is_dir() and any(any(path.rglob(p)) for p in self.patterns)


REQUIREMENTS = (
    Requirement("content", "content/pack.toml", (), "the content pack"),
    Requirement("content", "content/decisions", ("*.toml",), "the decisions of the pack"),
    Requirement("content", "content/options", ("*.toml",), "the options of the pack"),
    Requirement("translations", "translations", ("*.qm",), "compiled translations (.qm)"),
    Requirement("fonts", "fonts", ("*.ttf", "*.otf", "*.ttc"), "the Chinese font"),
    Requirement("icons", "icons/endoaid.svg", (), "the application icon"),
)


def missing(resources: Path, allowed: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Return (errors, warnings): one sentence per missing requirement."""
    errors: list[str] = []
    warnings: list[str] = []
    for req in REQUIREMENTS:
        if req.satisfied(resources):
            continue
        what = f"{resources / req.relative}" + (
            f" (no {', '.join(req.patterns)})" if req.patterns else ""
        )
        line = f"missing {req.why}: {what}"
        (warnings if req.key in allowed else errors).append(line)
    return errors, warnings


def allowed_from_env() -> frozenset[str]:
    """Return the requirement keys that ENDOAID_ALLOW_INCOMPLETE downgrades to warnings."""
    raw = os.environ.get("ENDOAID_ALLOW_INCOMPLETE", "")
    return frozenset(part.strip() for part in raw.split(",") if part.strip()) - {"content"}


def check_or_exit(resources: Path) -> None:
    """Print every problem; exit 2 if any is an error (the build must stop)."""
    errors, warnings = missing(resources, allowed_from_env())
    for line in warnings:
        note = "(allowed by ENDOAID_ALLOW_INCOMPLETE)"
        print(f"endoaid build: WARNING: {line} {note}", file=sys.stderr)
    if errors:
        for line in errors:
            print(f"endoaid build: {line}", file=sys.stderr)
        print(
            f"endoaid build: refusing to build: {len(errors)} resource(s) missing.",
            file=sys.stderr,
        )
        raise SystemExit(2)


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "resources"
    check_or_exit(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
    print("endoaid build: resources complete.")
