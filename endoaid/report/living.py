"""The summary's built-in comparison rows (living with an option, for and against it), the
questions she ticked as mattering most, and the short glossary of the words the summary uses."""

from __future__ import annotations

import html
import re

from endoaid.consultation.comparison import (
    ASPECTS,
    FOR,
    LIVING_WITH,
    built_in_entries,
)
from endoaid.content import ContentPack, Decision
from endoaid.content.glossary import terms_used
from endoaid.report.blocks import Block, Chart, Heading, Paragraph, References, Table, esc
from endoaid.report.words import say

_TAG = re.compile(r"<[^>]+>")


def row_question(row_id: str, lang: str) -> str:
    """Return the question a built-in row asks, in `lang`."""
    key = {LIVING_WITH: "row_living", FOR: "row_for"}.get(row_id, "row_against")
    return say(key, lang)


def built_in_cell(
    pack: ContentPack, decision: Decision, ref: str, row_id: str, lang: str, refs: References
) -> str:
    """Return the HTML of one option's cell in a built-in row, with its reference marks."""
    entries = built_in_entries(pack, decision, ref, row_id, lang)
    citations = [c for e in entries for c in e.citations]
    marks = refs.cite(citations)
    if row_id == LIVING_WITH:
        lines = []
        for aspect in ASPECTS:
            texts = [
                f"{e.part}{say('label_sep', lang)}{e.text}" if e.part else e.text
                for e in entries
                if e.aspect == aspect
            ]
            lines.append(f"<i>{esc(say(f'aspect_{aspect}', lang))}</i> {esc(' '.join(texts))}")
    else:
        lines = [
            "• "
            + esc(f"{e.part}{say('label_sep', lang)}{e.text}" if e.part else e.text)
            + (
                f" <small><i>{esc(say('counted_in', lang, who=e.counted))}</i></small>"
                if e.counted
                else ""
            )
            for e in entries
        ]
    body = "<br/>".join(lines)
    return f"{body} <sup>{marks}</sup>" if marks else body


def priority_note(questions: list[str], lang: str) -> str:
    """Return the HTML naming the questions she ticked (they come first in the table)."""
    items = "".join(f"<br/>• {esc(q)}" for q in questions)
    return f"{esc(say('priority_rows', lang))}{items}"


def _plain(markup: str) -> str:
    return html.unescape(_TAG.sub(" ", markup))


def block_texts(blocks: list[Block]) -> list[str]:
    """Return the words of the blocks as plain text (to find the glossary terms they use)."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            texts.append(block.text)
        elif isinstance(block, Paragraph):
            texts.append(_plain(block.html))
        elif isinstance(block, Table):
            texts += [_plain(c) for c in block.header]
            texts += [_plain(c) for row in block.rows for c in row]
        elif isinstance(block, Chart):
            texts += [block.title, block.caption, *block.notes]
    return texts


def glossary_blocks(pack: ContentPack, blocks: list[Block], lang: str) -> list[Block]:
    """Return a short glossary of the terms the blocks use, in the order first met (none when
    the summary uses no glossary term)."""
    terms = terms_used(block_texts(blocks), pack.glossary, lang)
    if not terms:
        return []
    rows = [[f"<b>{esc(t.term.get(lang))}</b>", esc(t.definition.get(lang))] for t in terms]
    return [
        Heading(say("glossary", lang)),
        Table([say("term", lang), say("meaning", lang)], rows, [1.0, 3.0], small=True),
    ]
