"""Fixtures for the PDF summary: run the export like a person would, read the PDF back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from endoaid.cli import main


def flat(text: str) -> str:
    """Return text with every run of whitespace as one space (table cells wrap lines)."""
    return " ".join(text.split())


@pytest.fixture
def export(qapp: object) -> Callable[..., tuple[int, str]]:
    """Run `endoaid export ARGS…`; return (exit code, stderr)."""
    del qapp  # the summary needs a Qt GUI application; pytest-qt provides one

    def run(*args: str, capsys: pytest.CaptureFixture[str] | None = None) -> tuple[int, str]:
        code = main(["export", *args])
        err = capsys.readouterr().err if capsys else ""
        return code, err

    return run


def read_pdf(path: Path) -> tuple[PdfReader, list[str]]:
    """Return the reader and each page's extracted text, whitespace flattened."""
    reader = PdfReader(path)
    return reader, [flat(page.extract_text() or "") for page in reader.pages]
