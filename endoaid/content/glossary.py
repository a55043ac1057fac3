"""Finding the glossary's words in a text, in English and Chinese (plain Python).

A term is found by its whole name, by its name without the part in brackets, and by what is in
the brackets: "Estrogen receptor (ER)" is found as "estrogen receptor", "Estrogen receptor
(ER)" and "ER"; "内分泌治疗（激素治疗）" as "内分泌治疗" and "激素治疗". The longest name wins
where names overlap ("aromatase inhibitor" before "aromatase"). English names match whole words,
in any case, with a plural -s or -es; short capital abbreviations ("ER", "AI") match only in
capitals. Chinese has no spaces between words, so a Chinese name matches anywhere, but a
Latin part never matches inside a longer Latin word ("ER" is not found in "HER2").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from endoaid.content.schema import GlossaryTerm

_BRACKETS = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*")
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9/]{0,5}$")


@dataclass(frozen=True)
class Found:
    """One glossary term found in a text: where it is and which term it is."""

    start: int
    end: int
    term_id: str


def names(term: str) -> list[str]:
    """Return the names a term is found by: itself, without its brackets, and what is in them."""
    found = [term.strip()]
    inside = [m.group(1).strip() for m in _BRACKETS.finditer(term)]
    outside = _BRACKETS.sub(" ", term).strip()
    for name in [outside, *inside]:
        if len(name) >= 2 and name not in found:
            found.append(name)
    return found


def _pattern(name: str, lang: str) -> str:
    body = re.escape(name)
    capitals = bool(_ABBREVIATION.match(name)) and name.upper() == name
    if not capitals:  # "ER", "AI" stay in capitals, so 'er' and 'ai' in words never match
        if lang == "en" and name[-1:].isalpha():
            body += "(?:e?s)?"
        body = f"(?i:{body})"
    before = r"(?<![A-Za-z0-9])" if name[:1].isascii() and name[:1].isalnum() else ""
    after = r"(?![A-Za-z0-9])" if name[-1:].isascii() and name[-1:].isalnum() else ""
    return f"{before}{body}{after}"


@lru_cache(maxsize=8)
def _matcher(terms: tuple[tuple[str, str], ...], lang: str) -> tuple[re.Pattern[str], list[str]]:
    entries = [(name, tid) for tid, term in terms for name in names(term)]
    entries.sort(key=lambda e: len(e[0]), reverse=True)  # longest first: it wins at a place
    groups = "|".join(f"(?P<t{i}>{_pattern(n, lang)})" for i, (n, _tid) in enumerate(entries))
    return re.compile(groups or r"(?!x)x"), [tid for _n, tid in entries]


def find_terms(
    text: str, glossary: Sequence[GlossaryTerm], lang: str, *, first_only: bool = True
) -> list[Found]:
    """Return the glossary terms in `text` in reading order (each term once when first_only)."""
    pattern, ids = _matcher(tuple((g.id, g.term.get(lang)) for g in glossary), lang)
    found: list[Found] = []
    seen: set[str] = set()
    for match in pattern.finditer(text):
        group = match.lastgroup
        if group is None:
            continue
        term_id = ids[int(group[1:])]
        if first_only and term_id in seen:
            continue
        seen.add(term_id)
        found.append(Found(match.start(), match.end(), term_id))
    return found


def terms_used(
    texts: Iterable[str], glossary: Sequence[GlossaryTerm], lang: str
) -> list[GlossaryTerm]:
    """Return the glossary terms found in any of `texts`, in the order they are first met."""
    by_id = {g.id: g for g in glossary}
    order: list[str] = []
    for text in texts:
        for found in find_terms(text, glossary, lang):
            if found.term_id not in order:
                order.append(found.term_id)
    return [by_id[i] for i in order]
