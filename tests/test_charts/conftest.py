"""Fixtures for chart tests: a decision and its standard options from the shipped pack."""

from __future__ import annotations

import pytest

from endoaid.content import ContentPack, Decision


@pytest.fixture
def ovarian(pack: ContentPack) -> Decision:
    """The first shipped decision: operation or injections to stop the ovaries."""
    return pack.decision("ovarian-suppression-method")


@pytest.fixture(autouse=True, scope="session")
def shipped_chart_font() -> None:
    """Charts use the shipped font (Latin and Chinese), as the app and the PDF do."""
    from endoaid.fonts import register_matplotlib_fonts

    register_matplotlib_fonts()
