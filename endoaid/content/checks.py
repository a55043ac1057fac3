"""Checks that need the whole pack: references resolve, languages complete, detail equal."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from endoaid.content.schema import LANGUAGES, Cell, Citation, Localized, LocalizedList
from endoaid.content.schema_decisions import BUILT_IN_CELLS
from endoaid.records import field_names, is_record

if TYPE_CHECKING:
    from endoaid.content.pack import ContentPack, Problem

_NUMBER = r"\d+(?:[.,]\d+)*"  # (compiled by `re` when a pack is checked, not at start-up)
_CITATION_FIELDS = {"citations", "brand_citations"}
_CN_MONTH = r"(?<=[年至])\d{1,2}月"


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (dotted path, value) for every model, list item and dict value below `value`."""
    yield path, value
    if isinstance(value, Localized | LocalizedList):
        return
    if is_record(value):
        for name in field_names(type(value)):
            yield from walk(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}.{i}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}" if path else str(key))


def numbers_in(text: str) -> list[str]:
    """Return the numbers written in a text, normalised (1,229 and 1229 are the same).

    A Chinese date's month ("2026年7月", "至12月") is left out: English names the month.
    """
    text = re.sub(_CN_MONTH, "月", text)
    return sorted(n.replace(",", "") for n in re.findall(_NUMBER, text))


def _records(pack: ContentPack) -> Iterator[tuple[str, str, Any]]:
    """Yield (file, field prefix, record) for every record of the pack."""
    yield "pack.toml", "pack", pack.info
    for i, c in enumerate(pack.citations.values()):
        yield "citations.toml", f"citations.{i}", c
    for i, g in enumerate(pack.glossary):
        yield "glossary.toml", f"terms.{i}", g
    for i, a in enumerate(pack.attributes):
        yield "attributes.toml", f"attributes.{i}", a
    for i, r in enumerate(pack.rules):
        yield "rules.toml", f"rules.{i}", r
    yield "sure.toml", "", pack.sure
    yield "explainer.toml", "", pack.explainer
    for oid, o in pack.options.items():
        yield f"options/{oid}.toml", "", o
    for did, d in pack.decisions.items():
        yield f"decisions/{did}.toml", "", d
    for bid, b in pack.price_books.items():
        yield f"price-books/{bid}.toml", "", b
    if pack.predict is not None:
        yield "predict.toml", "", pack.predict


def _join(prefix: str, path: str) -> str:
    return ".".join(p for p in (prefix, path) if p) or "(top)"


def check_references(
    pack: ContentPack, citations_in_order: list[Citation] | None = None
) -> list[Problem]:
    """Return every problem that no single record can show on its own."""
    from endoaid.content.pack import Problem

    problems: list[Problem] = []

    def add(file: str, fld: str, msg: str, severity: str = "error") -> None:
        problems.append(Problem(file, fld, msg, severity))

    # Ids unique where they share a file.
    for file, key, items in (
        ("citations.toml", "citations", citations_in_order or list(pack.citations.values())),
        ("glossary.toml", "terms", pack.glossary),
        ("attributes.toml", "attributes", pack.attributes),
        ("rules.toml", "rules", pack.rules),
    ):
        for item_id, n in Counter(getattr(i, "id") for i in items).items():  # noqa: B009
            if n > 1:
                add(file, key, f"id '{item_id}' is used {n} times")

    for position, n in Counter(d.position for d in pack.decisions.values()).items():
        if position is not None and n > 1:
            add("decisions", "position", f"position {position} is given to {n} decisions")

    languages = list(pack.info.languages)
    for file, prefix, record in _records(pack):
        for path, value in walk(record):
            where = _join(prefix, path)
            if isinstance(value, Localized):
                missing = [lang for lang in languages if lang not in value.root]
                if missing:
                    add(file, where, f"missing language(s): {', '.join(missing)}")
                texts = [value.root[lang] for lang in languages if lang in value.root]
                if len({tuple(numbers_in(t)) for t in texts}) > 1:
                    add(file, where, "the languages do not show the same numbers")
            elif isinstance(value, LocalizedList):
                missing = [lang for lang in languages if lang not in value.root]
                if missing:
                    add(file, where, f"missing language(s): {', '.join(missing)}")
            elif (
                isinstance(value, Cell) and numbers_in(value.text.get("en")) and not value.citations
            ):
                add(file, where, "a cell with a number needs a citation")
            if path.rsplit(".", 1)[-1] in _CITATION_FIELDS and isinstance(value, list):
                for j, cid in enumerate(value):
                    if cid not in pack.citations:
                        add(file, f"{where}.{j}", f"unknown citation id '{cid}'")

    attribute_ids = [a.id for a in pack.attributes]
    price_ids = {item.id for book in pack.price_books.values() for item in book.items}

    def known_ref(ref: str) -> bool:
        return all(part in pack.options for part in ref.split("+"))

    for oid, option in pack.options.items():
        file = f"options/{oid}.toml"
        for s_i, schedule in enumerate(option.schedules):
            for i_i, item in enumerate(schedule.items):
                if item.price_item and item.price_item not in price_ids:
                    add(
                        file,
                        f"schedules.{s_i}.items.{i_i}.price_item",
                        f"unknown price item '{item.price_item}' (in no price book)",
                    )
        for attr in option.cells:
            if attr not in attribute_ids:
                add(file, f"cells.{attr}", f"unknown attribute '{attr}'")

    for r_i, rule in enumerate(pack.rules):
        for o_i, ref in enumerate(rule.options):
            if not known_ref(ref):
                add("rules.toml", f"rules.{r_i}.options.{o_i}", f"unknown option '{ref}'")

    for did, decision in pack.decisions.items():
        file = f"decisions/{did}.toml"
        refs: list[tuple[str, str]] = [(f"options.{i}", o) for i, o in enumerate(decision.options)]
        refs += [
            (f"standard_comparison.{i}", o) for i, o in enumerate(decision.standard_comparison)
        ]
        refs.append(("baseline", decision.baseline))
        refs += [
            (f"benefit.arms.{i}.option", a.option) for i, a in enumerate(decision.benefit.arms)
        ]
        for s_i, se in enumerate(decision.side_effects):
            refs += [
                (f"side_effects.{s_i}.arms.{i}.option", a.option) for i, a in enumerate(se.arms)
            ]
        for v_i, value in enumerate(decision.values):
            refs += [(f"values.{v_i}.favours.{i}", o) for i, o in enumerate(value.favours)]
        refs += [(f"cells.{o}", o) for o in decision.cells]
        for ref, by_id in decision.cells.items():
            for attr in by_id:
                if attr not in attribute_ids and attr not in BUILT_IN_CELLS:
                    add(file, f"cells.{ref}.{attr}", f"unknown row '{attr}'")
        refs += [(f"option_labels.{o}", o) for o in decision.option_labels]
        for where, ref in refs:
            if not known_ref(ref):
                add(file, where, f"unknown option '{ref}'")
            elif (
                where != "baseline"
                and not where.startswith("options.")
                and (ref not in decision.options and ref != decision.baseline)
            ):
                add(file, where, f"option '{ref}' is not one of this decision's options")
        if decision.baseline in pack.options and not pack.options[decision.baseline].is_baseline:
            add(file, "baseline", f"'{decision.baseline}' is not marked is_baseline")
        for ref in decision.options:
            if "+" in ref and ref not in decision.option_labels:
                add(file, f"option_labels.{ref}", "a combination needs a name in option_labels")
        # Equal detail: every option answers every question of the table.
        for ref in decision.options:
            if not known_ref(ref) or ref == decision.baseline:
                continue
            for attr in pack.attributes:
                if attr.kind == "text" and pack.cell(decision, ref, attr.id) is None:
                    add(file, f"cells.{ref}.{attr.id}", "missing: every option needs every row")
        arm_options = {a.option for a in decision.benefit.arms}
        for ref in decision.options:
            if ref not in arm_options:
                add(file, "benefit.arms", f"no benefit figure or explanation for '{ref}'")
        denominators = {a.events.denominator for a in decision.benefit.arms if a.events}
        if len(denominators) > 1:
            add(file, "benefit.arms", "all arms must use the same denominator")
        for v_i, value in enumerate(decision.values):
            if [v.id for v in decision.values].count(value.id) > 1:
                add(file, f"values.{v_i}.id", f"id '{value.id}' is used more than once")
        # A relative effect is against another arm of the same comparison, never itself.
        groups = [("benefit.arms", decision.benefit.arms)]
        groups += [
            (f"side_effects.{i}.arms", se.arms) for i, se in enumerate(decision.side_effects)
        ]
        for where, arms in groups:
            named = {a.option for a in arms}
            for a_i, arm in enumerate(arms):
                for c_i, effect in enumerate(arm.compared):
                    if effect.against == arm.option or effect.against not in named:
                        add(
                            file,
                            f"{where}.{a_i}.compared.{c_i}.against",
                            f"'{effect.against}' is not another arm of this comparison",
                        )

    if pack.info.default_price_book and pack.info.default_price_book not in pack.price_books:
        add("pack.toml", "pack.default_price_book", "names no shipped price book")
    for lang, book_id in pack.info.price_book_by_language.items():
        if lang not in LANGUAGES:
            add("pack.toml", f"pack.price_book_by_language.{lang}", "is not a known language")
        if book_id not in pack.price_books:
            add("pack.toml", f"pack.price_book_by_language.{lang}", "names no shipped price book")
    return problems


def review_problems(pack: ContentPack, today: dt.date | None = None) -> list[Problem]:
    """Return the warning that the content is past its review date (none when it is not).

    Kept apart from `check_references`, which depends on the files only: this one depends on
    the day, so a pack kept between runs is checked for it each time it is loaded.
    """
    from endoaid.content.pack import Problem

    if not pack.is_past_review(today):
        return []
    due = pack.info.next_review_due.isoformat()
    message = f"the content was due for review on {due}"
    return [Problem("pack.toml", "pack.next_review_due", message, "warning")]
