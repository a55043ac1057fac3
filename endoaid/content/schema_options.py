"""The content pack's schema: a treatment option, how it is taken, its effects and burden."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Annotated, Literal

from endoaid.content.schema_texts import (
    Cell,
    CitationIds,
    Id,
    Localized,
    LocalizedList,
    Years,
)
from endoaid.records import Bound, record

# --- options ---------------------------------------------------------------------------


@record
class ScheduleItem:
    """Something that happens on a schedule: a dose, an operation, a scan, a visit."""

    id: Id
    kind: Literal["injection", "tablet", "operation", "scan", "visit"]
    label: Localized
    every_days: Annotated[int, Bound(gt=0, le=366)] | None = None
    offset_days: Annotated[int, Bound(ge=0)] = 0
    extra_offsets_days: list[int] = field(default_factory=list)
    """Additional one-off events, e.g. a loading dose on day 14."""
    days_on: Annotated[int, Bound(gt=0)] | None = None
    """For cycles: days taken per cycle."""
    units_per_event: Annotated[Decimal, Bound(gt=0)] = Decimal(1)
    price_item: Id | None = None
    is_clinic_visit: bool = False
    """The event needs a trip to the clinic or hospital."""
    citations: CitationIds

    def __post_init__(self) -> None:
        if self.days_on is not None and (self.every_days is None or self.days_on > self.every_days):
            raise ValueError("days_on needs every_days and cannot be longer than it")


@record
class Duration:
    """How many years an option is usually taken: the shortest, the longest and the usual."""

    min_years: Years
    max_years: Years
    typical_years: Years
    citations: CitationIds

    def __post_init__(self) -> None:
        if not self.min_years <= self.typical_years <= self.max_years:
            raise ValueError("need min_years <= typical_years <= max_years")


@record
class ReviewPoint:
    """A check-up, a number of months after starting an option."""

    at_months: Annotated[int, Bound(ge=0)]
    label: Localized


@record
class Schedule:
    """How an option is given over time; an option may offer several (28-day or 12-week)."""

    id: Id
    name: Localized
    route: Literal["oral", "subcutaneous", "intramuscular", "surgery", "none"]
    items: list[ScheduleItem] = field(default_factory=list)
    duration: Duration | None = None
    review_points: list[ReviewPoint] = field(default_factory=list)


@record
class WhatItIsLike:
    """What living with an option is like: in the body, in the mind, in daily life."""

    physical: Localized
    emotional: Localized
    social: Localized


@record
class SideEffect:
    """A side effect of an option, named and described in plain words."""

    id: Id
    name: Localized
    serious: bool = False
    description: Localized
    citations: CitationIds


@record
class Reversibility:
    """Whether an option's effect on the body can be undone by stopping it."""

    reversible: Literal["yes", "no", "partly", "not-applicable"]
    text: Localized
    citations: CitationIds


@record
class Option:
    """One treatment (or the baseline of no further endocrine therapy)."""

    id: Id
    name: Localized
    short_name: Localized
    drug_class: Localized | None = None
    brand_names: LocalizedList | None = None
    brand_citations: list[Id] = field(default_factory=list)
    how_it_works: Localized
    benefits: Annotated[list[Cell], Bound(min_len=1)]
    harms: Annotated[list[Cell], Bound(min_len=1)]
    what_it_is_like: WhatItIsLike
    side_effects: list[SideEffect] = field(default_factory=list)
    reversibility: Reversibility
    schedules: list[Schedule] = field(default_factory=list)
    default_schedule: Id | None = None
    cells: dict[Id, Cell] = field(default_factory=dict)
    """Side-by-side table cells by attribute id."""
    is_baseline: bool = False

    def __post_init__(self) -> None:
        ids = [s.id for s in self.schedules]
        if len(set(ids)) != len(ids):
            raise ValueError("schedule ids must be unique within an option")
        if self.schedules and self.default_schedule not in ids:
            raise ValueError("default_schedule must name one of the option's schedules")
