"""What the summary is made of, before any page exists: headings, text, tables, charts."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from endoaid.content import ContentPack


@dataclass(frozen=True)
class Heading:
    """A section title; it is never left alone at the bottom of a page."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Rich text (a small subset of HTML that QTextDocument understands); may break across pages."""

    html: str
    small: bool = False


@dataclass(frozen=True)
class Table:
    """A table whose rows are never split across pages; the header repeats on each page."""

    header: list[str]
    rows: list[list[str]]
    widths: list[float]
    """Relative column widths; they are scaled to the page width."""
    small: bool = False


@dataclass(frozen=True)
class Chart:
    """A chart as SVG with its title, one-sentence caption, notes and numbered sources."""

    title: str
    caption: str
    svg: bytes
    notes: list[str] = field(default_factory=list)
    source: str = ""


Block = Heading | Paragraph | Table | Chart


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself: title, and what the footer of every page repeats."""

    title: str
    lang: str
    content_version: str
    reviewed: str
    """The day the evidence was last checked (not a clinical review)."""
    review: str = ""
    """The clinic's sign-off ('Reviewed for … by … on …') or 'not yet clinically reviewed'."""
    footer: str = ""
    """Another document's own footer after the page number (the clinic's audit report)."""


def esc(text: str) -> str:
    """Return text safe to put inside the summary's HTML, line breaks kept."""
    return html.escape(text).replace("\n", "<br/>")


class References:
    """Numbers sources in the order the summary first cites them: [1], [2], …"""

    def __init__(self, pack: ContentPack) -> None:
        self._pack = pack
        self._numbers: dict[str, int] = {}

    def cite(self, ids: list[str]) -> str:
        """Return the reference marks for these citation ids, e.g. '[1, 3]' ('' for none)."""
        numbers: list[int] = []
        for cid in ids:
            if cid not in self._pack.citations:
                continue
            if cid not in self._numbers:
                self._numbers[cid] = len(self._numbers) + 1
            if self._numbers[cid] not in numbers:
                numbers.append(self._numbers[cid])
        return f"[{', '.join(str(n) for n in sorted(numbers))}]" if numbers else ""

    def numbered_ids(self) -> list[tuple[int, str]]:
        """Return (number, citation id) for every source cited, in number order."""
        return sorted(((n, cid) for cid, n in self._numbers.items()), key=lambda kv: kv[0])

    def entries(self) -> list[tuple[int, str]]:
        """Return (number, full reference) for every source cited, in number order."""
        out: list[tuple[int, str]] = []
        for cid, n in sorted(self._numbers.items(), key=lambda kv: kv[1]):
            citation = self._pack.citations[cid]
            extra = f" doi:{citation.doi}" if citation.doi else ""
            if not extra and citation.url:
                extra = f" {citation.url}"
            out.append((n, f"{citation.text}{extra}"))
        return out
