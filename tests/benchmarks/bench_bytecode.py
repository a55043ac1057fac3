"""Benchmarks measure endoaid as installed: with its bytecode compiled, as pip leaves it.

A source checkout run with PYTHONDONTWRITEBYTECODE=1 (set on some machines) would otherwise
compile every endoaid module from source on each start, which an installed copy never does.
"""

from __future__ import annotations

import compileall
from pathlib import Path


def compile_endoaid() -> None:
    """Compile endoaid's modules where they are imported from (a no-op once compiled)."""
    import endoaid

    compileall.compile_dir(Path(endoaid.__file__).resolve().parent, quiet=1)
