"""The rows of the side-by-side comparison, their order, and the texts of the rows built in.

The content pack's questions (attributes.toml) come first, in the pack's order; three rows
are built in from every option's own records: what living with it is like (physical,
emotional, social) and what speaks for and against it (its `benefits` and `harms`). Every
option gets the same rows in the same order. A decision that relabels an option (treatment
duration's "Continue tamoxifen to 10 years") gives its own text for a built-in row as a cell
with the row's id (`living-physical`, `living-emotional`, `living-social`), and its own
points for and against as `for_and_against`; both win over the option's. The rows she ticks
as mattering most come first.
"""

from __future__ import annotations

from dataclasses import dataclass

from endoaid.content import ContentPack, Decision
from endoaid.content.schema import Cell

LIVING_WITH = "living-with"
FOR = "benefits"
AGAINST = "harms"
BUILT_IN = (LIVING_WITH, FOR, AGAINST)
"""The ids of the rows built from every option's own records (not in attributes.toml)."""
ASPECTS = ("physical", "emotional", "social")
"""The parts of 'what is it like to live with', in the order shown."""


@dataclass(frozen=True)
class Entry:
    """One piece of a built-in cell: a label (an aspect or the option it is part of), a text
    and its sources."""

    text: str
    citations: tuple[str, ...] = ()
    aspect: str = ""
    """'physical', 'emotional' or 'social' in the living-with row, else ''."""
    part: str = ""
    """For a combination, the short name of the option this text is about, else ''."""
    counted: str = ""
    """Whom and over what time its figures count (the cell's `counted`), else ''."""


def row_ids(pack: ContentPack) -> list[str]:
    """Return every row of the comparison in the pack's order, the built-in rows before the
    first cost row (money last, as in the pack), or at the end when there is none."""
    ids = [a.id for a in pack.attributes]
    costs = [i for i, a in enumerate(pack.attributes) if a.kind == "cost"]
    at = costs[0] if costs else len(ids)
    return [*ids[:at], *[b for b in BUILT_IN if b not in ids], *ids[at:]]


def ordered_rows(rows: list[str], priority: list[str]) -> list[str]:
    """Return `rows` with the ones in `priority` first (each group in the table's own order).

    Ids in `priority` that are not rows (an older pack's) are ignored."""
    chosen = set(priority)
    return [r for r in rows if r in chosen] + [r for r in rows if r not in chosen]


def counted(cell: Cell | None, lang: str) -> str:
    """Return whom and over what time a cell's figures count ('' when it does not say)."""
    return cell.counted.get(lang) if cell is not None and cell.counted is not None else ""


def mixed_frames(notes: list[str]) -> bool:
    """Return True when the cells of a row count different women or time frames: two cells
    say differently whom they count (a cell that says nothing has no figures to compare)."""
    return len({n for n in notes if n}) > 1


def _own(decision: Decision, ref: str, cell_id: str) -> Cell | None:
    return decision.cells.get(ref, {}).get(cell_id)


def _part_label(pack: ContentPack, ref: str, option_short: str) -> str:
    return option_short if "+" in ref else ""


def living_with(pack: ContentPack, decision: Decision, ref: str, lang: str) -> list[Entry]:
    """Return what living with `ref` is like, one entry per aspect and part, in ASPECTS order.

    The decision's own cell (`living-<aspect>`) wins; a combination without one gets each of
    its parts' texts, labelled with the part's short name."""
    entries: list[Entry] = []
    for aspect in ASPECTS:
        own = _own(decision, ref, f"living-{aspect}")
        if own is not None:
            entries.append(Entry(own.text.get(lang), tuple(own.citations), aspect))
            continue
        for option in pack.parts(ref):
            text = getattr(option.what_it_is_like, aspect).get(lang)
            part = _part_label(pack, ref, option.short_name.get(lang))
            entries.append(Entry(text, (), aspect, part))
    return entries


def for_against(
    pack: ContentPack, decision: Decision, ref: str, kind: str, lang: str
) -> list[Entry]:
    """Return what speaks for (`kind` = 'benefits') or against ('harms') an option, in the
    content's order; the decision's own `for_and_against` wins over the options' lists
    (`ContentPack.for_and_against`)."""
    if ref in decision.for_and_against:
        benefits, harms = pack.for_and_against(decision, ref)
        cells = benefits if kind == FOR else harms
        return [
            Entry(c.text.get(lang), tuple(c.citations), counted=counted(c, lang)) for c in cells
        ]
    entries: list[Entry] = []
    for option in pack.parts(ref):
        part = _part_label(pack, ref, option.short_name.get(lang))
        for cell in getattr(option, kind):
            entries.append(
                Entry(
                    cell.text.get(lang),
                    tuple(cell.citations),
                    part=part,
                    counted=counted(cell, lang),
                )
            )
    return entries


def built_in_entries(
    pack: ContentPack, decision: Decision, ref: str, row: str, lang: str
) -> list[Entry]:
    """Return the entries of a built-in row (LIVING_WITH, FOR or AGAINST) for one option."""
    if row == LIVING_WITH:
        return living_with(pack, decision, ref, lang)
    if row in (FOR, AGAINST):
        return for_against(pack, decision, ref, row, lang)
    raise ValueError(f"'{row}' is not a built-in row")
