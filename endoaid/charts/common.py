"""Small helpers the chart builders share: names, wrapping, citation lists."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from endoaid.content import ContentPack, Decision


def option_label(pack: ContentPack, decision: Decision, option_ref: str, lang: str) -> str:
    """Return the name of an option as this decision shows it."""
    return pack.option_name(decision, option_ref, lang)


_NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)%")
"""Chinese punctuation that must not begin a line (it stays with the character before)."""


def _cjk_tokens(text: str) -> list[str]:
    """Split mixed text into single Chinese characters and unbroken Latin/number runs."""
    tokens: list[str] = []
    for ch in text:
        latin = ch.isascii() and not ch.isspace()
        if latin and tokens and tokens[-1][-1].isascii() and not tokens[-1][-1].isspace():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def wrap(text: str, width: int) -> str:
    """Return `text` broken into lines of about `width` characters (Chinese by characters).

    A Chinese character counts as two Latin ones; Latin words such as 'GnRHa' are never split
    and punctuation never starts a line.
    """
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "\n".join(textwrap.wrap(text, width)) or text
    lines: list[str] = [""]
    used = 0
    for token in _cjk_tokens(text):
        size = sum(1 if ch.isascii() else 2 for ch in token)
        if used and used + size > width and token[0] not in _NO_LINE_START:
            lines.append("")
            used = 0
            if token.isspace():
                continue
        lines[-1] += token
        used += size
    return "\n".join(line.strip() for line in lines)


def citations_of(ids: Iterable[str]) -> list[str]:
    """Return citation ids without repeats, in first-seen order."""
    seen: dict[str, None] = {}
    for cid in ids:
        seen.setdefault(cid, None)
    return list(seen)
