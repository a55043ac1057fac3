"""Builders for small content records around the shipped pack, for edge cases in tests."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from endoaid.content import ContentPack, Option, PriceBook, Rule
from endoaid.records import dump, validate

CITE = "ebctcg-ofs-2023"
"""A citation id the shipped pack holds, for records built in tests."""


def item(item_id: str = "dose", kind: str = "injection", **fields: Any) -> dict[str, Any]:
    """Return the data of a schedule item, with a label and a citation filled in."""
    return {
        "id": item_id,
        "kind": kind,
        "label": {"en": f"The {item_id}"},
        "citations": [CITE],
        **fields,
    }


def option(pack: ContentPack, option_id: str, *schedules: dict[str, Any]) -> Option:
    """Return a valid option built on the shipped baseline, with the given schedules."""
    data = dump(pack.option("no-endocrine-therapy"), mode="json")
    data.update(id=option_id, is_baseline=False, schedules=list(schedules))
    data["default_schedule"] = schedules[0]["id"] if schedules else None
    return validate(Option, data)


def schedule(schedule_id: str, *items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """Return the data of a schedule holding the given items."""
    return {
        "id": schedule_id,
        "name": {"en": schedule_id},
        "route": "oral",
        "items": list(items),
        **fields,
    }


def price_book(*items: tuple[str, str, str, str], currency: str = "GBP") -> PriceBook:
    """Return a price book of (id, price, per_units, unit) items with a dated source."""
    return validate(
        PriceBook,
        {
            "id": "test-book",
            "name": {"en": "Test prices"},
            "currency": currency,
            "region": "Testland",
            "valid_from": "2026-01-01",
            "source_summary": {"en": "A test."},
            "items": [
                {
                    "id": i,
                    "name": {"en": i},
                    "price": Decimal(p),
                    "per_units": Decimal(n),
                    "unit": u,
                    "source": "A named test source",
                    "source_date": "2026-01-01",
                    "confidence": "high",
                }
                for i, p, n, u in items
            ],
        },
    )


def rule(rule_id: str, options: list[str], effect: str, **when: Any) -> Rule:
    """Return a content rule with a reason and a citation."""
    return validate(
        Rule,
        {
            "id": rule_id,
            "options": options,
            "when": when,
            "effect": effect,
            "reason": {"en": f"Because of {rule_id}."},
            "citations": [CITE],
        },
    )


def with_records(
    pack: ContentPack, *options: Option, rules: list[Rule] | None = None, **replace: Any
) -> ContentPack:
    """Return a copy of the pack with extra options (and rules) added."""
    changes: dict[str, Any] = {"options": {**pack.options, **{o.id: o for o in options}}}
    if rules is not None:
        changes["rules"] = rules
    changes.update(replace)
    return dataclasses.replace(pack, **changes)
