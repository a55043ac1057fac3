"""Fixtures for the consultation tests: a factory for valid profiles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from endoaid.consultation import Profile


@pytest.fixture
def make_profile() -> Callable[..., Profile]:
    """A factory for valid profiles: before menopause, early disease, unless told otherwise."""

    def make(**fields: Any) -> Profile:
        return Profile(**{"menopause": "pre", "setting": "early", **fields})

    return make
