"""JSON as endoaid reads it: a key written twice in one object is refused, not overwritten."""

from __future__ import annotations

import json
from typing import Any


class DuplicateKey(ValueError):
    """An object of the JSON text names the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key '{key[:40]}' is written twice")
        self.key = key[:40]


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKey(key)
        data[key] = value
    return data


def loads_unique(text: str, **options: Any) -> Any:
    """Return the parsed JSON text; raise DuplicateKey (a ValueError) for a key written twice.

    Standard JSON lets the last of two equal keys win silently: in a file a person edited by
    hand, the first (perhaps the one she meant) would be lost without a word.
    """
    return json.loads(text, object_pairs_hook=_unique, **options)
