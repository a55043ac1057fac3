"""Fixtures for chart tests: a decision and its standard options from the shipped pack."""

from __future__ import annotations

import pytest

from endoaid.content import ContentPack, Decision


@pytest.fixture
def ovarian(pack: ContentPack) -> Decision:
    """The first shipped decision: operation or injections to stop the ovaries."""
    return pack.decision("ovarian-suppression-method")
