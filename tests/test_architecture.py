"""The walls between layers hold, and the code base stays lint-clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: install the test extra")
    return path


def test_import_contracts_hold():
    """content/consultation import no Qt or matplotlib; charts no Qt; report no widgets."""
    result = subprocess.run(
        [_tool("lint-imports"), str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_report_imports_no_widgets():
    """The PDF report runs headless: no module of endoaid.report imports a widget module."""
    offenders = {
        f"{path.relative_to(REPO)}: {name}"
        for path in (REPO / "endoaid" / "report").rglob("*.py")
        for name in _imported_modules(path)
        if name.startswith(WIDGET_MODULES)
    }
    assert not offenders, sorted(offenders)


@pytest.mark.parametrize("module", ["endoaid.content", "endoaid.cli"])
def test_plain_modules_do_not_load_qt_or_matplotlib(module):
    """Importing the content layer or the CLI loads neither PySide6 nor matplotlib."""
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]; "
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} imported {out}"


def test_ruff_finds_no_problems():
    """ruff (configured in pyproject.toml) passes over the package and the tests."""
    if not (REPO / "pyproject.toml").exists():
        pytest.skip("not running from a source tree")
    result = subprocess.run(
        [_tool("ruff"), "check", "endoaid", "tests"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
