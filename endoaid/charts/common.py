"""Small helpers the chart builders share: names, wrapping, citation lists."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from endoaid.content import ContentPack, Decision


def option_label(pack: ContentPack, decision: Decision, option_ref: str, lang: str) -> str:
    """Return the name of an option as this decision shows it."""
    return pack.option_name(decision, option_ref, lang)


def wrap(text: str, width: int) -> str:
    """Return `text` broken into lines of about `width` characters (Chinese by characters)."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        width = max(4, width // 2)
        return "\n".join(text[i : i + width] for i in range(0, len(text), width))
    return "\n".join(textwrap.wrap(text, width)) or text


def citations_of(ids: Iterable[str]) -> list[str]:
    """Return citation ids without repeats, in first-seen order."""
    seen: dict[str, None] = {}
    for cid in ids:
        seen.setdefault(cid, None)
    return list(seen)
