"""Fixtures for the packaging tests: the packaging folder and its helper scripts as modules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
PACKAGING = REPO / "packaging"


def load_script(name: str) -> ModuleType:
    """Import packaging/<name>.py as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def packaging_dir() -> Path:
    """The packaging/ folder of the checkout."""
    return PACKAGING
