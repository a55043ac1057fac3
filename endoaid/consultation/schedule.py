"""When things happen in a course of treatment: the days of each event and the timeline.

The day arithmetic here is shared by the cost model and the calendar, so a dose counted in the
costs is a dose written in the calendar. Day 0 is the first day of treatment.
"""

from __future__ import annotations

from dataclasses import field

from endoaid.content import ContentPack, Localized, Option, Schedule, ScheduleItem
from endoaid.content.pack import ContentError
from endoaid.records import record

DAYS_PER_YEAR_X4 = 1461
"""Four years hold 1461 days: a month in the models is 1461/48 days (365.25 / 12)."""


def month_bound(month: int) -> int:
    """Return the first day not yet counted once `month` months have passed (month 0: day 0)."""
    return max(1, month * DAYS_PER_YEAR_X4 // 48)


def event_days(item: ScheduleItem, end_day: int) -> list[int]:
    """Return the sorted days (0 <= day < end_day) on which the item happens, repeats included.

    A one-off item happens on `offset_days`; a repeating one every `every_days` from there; with
    `days_on` it happens daily on the first `days_on` days of every cycle. `extra_offsets_days`
    add one-off events such as a loading dose.
    """
    days: list[int] = []
    start = item.offset_days
    if item.every_days is None:
        if start < end_day:
            days.append(start)
    elif item.days_on is None:
        days.extend(range(start, end_day, item.every_days))
    else:
        for cycle in range(start, end_day, item.every_days):
            days.extend(range(cycle, min(cycle + item.days_on, end_day)))
    days.extend(d for d in item.extra_offsets_days if d < end_day)
    return sorted(days)


def is_repeating(item: ScheduleItem) -> bool:
    """Return True when the item comes back on a schedule (not a one-off)."""
    return item.every_days is not None


def find_schedule(option: Option, schedule_id: str | None = None) -> Schedule | None:
    """Return the named schedule of an option, its default one, or None when it has none."""
    if schedule_id is None:
        schedule_id = option.default_schedule
        if schedule_id is None:
            return None
    for schedule in option.schedules:
        if schedule.id == schedule_id:
            return schedule
    known = ", ".join(s.id for s in option.schedules) or "none"
    raise ContentError(
        f"Option '{option.id}' has no schedule '{schedule_id}' (its schedules: {known})."
    )


def schedules_for(
    pack: ContentPack, option_ref: str, schedule_id: str | None = None
) -> list[tuple[Option, Schedule | None]]:
    """Return each part of an option ref with the schedule used for it.

    A combination uses each part's default schedule; `schedule_id` picks the schedule of the
    part that has one with that id (e.g. 'every-12-weeks' for 'gnrh-agonist+exemestane').
    """
    parts = pack.parts(option_ref)
    if schedule_id is not None and not any(
        s.id == schedule_id for part in parts for s in part.schedules
    ):
        known = ", ".join(s.id for part in parts for s in part.schedules) or "none"
        raise ContentError(
            f"'{option_ref}' has no schedule '{schedule_id}' (its schedules: {known})."
        )
    out: list[tuple[Option, Schedule | None]] = []
    for part in parts:
        own = schedule_id if any(s.id == schedule_id for s in part.schedules) else None
        out.append((part, find_schedule(part, own)))
    return out


@record(kw_only=False)
class Phase:
    """One stretch of a treatment: a one-off (start == end) or a repeating item."""

    option: str
    schedule_id: str
    item_id: str
    kind: str
    label: Localized
    start_month: float
    end_month: float | None
    """None: the item repeats for as long as the treatment lasts."""
    every_days: int | None


@record(kw_only=False)
class ReviewAt:
    """A planned review of the treatment, in months from the start."""

    option: str
    month: int
    label: Localized


@record(kw_only=False)
class Timeline:
    """The course of an option: phases, the cited duration range and review points."""

    option: str
    phases: list[Phase] = field(default_factory=list)
    min_years: float | None = None
    typical_years: float | None = None
    max_years: float | None = None
    duration_citations: list[str] = field(default_factory=list)
    review_points: list[ReviewAt] = field(default_factory=list)

    @property
    def is_one_off(self) -> bool:
        """True when nothing repeats (an operation), so the course has no duration range."""
        return all(p.end_month is not None for p in self.phases)


def timeline(pack: ContentPack, option_ref: str, schedule_id: str | None = None) -> Timeline:
    """Return the treatment timeline of an option or combination (its parts side by side)."""
    phases: list[Phase] = []
    reviews: list[ReviewAt] = []
    mins: list[float] = []
    typicals: list[float] = []
    maxes: list[float] = []
    cites: list[str] = []
    open_ended = False
    for option, schedule in schedules_for(pack, option_ref, schedule_id):
        if schedule is None:
            continue
        # A part taken for as long as it works (a CDK4/6 inhibitor) has no fixed length, and
        # neither has the combination: its partner's early-cancer years do not apply to it.
        open_ended |= schedule.duration is None and any(map(is_repeating, schedule.items))
        for item in schedule.items:
            start = item.offset_days * 48 / DAYS_PER_YEAR_X4
            end = None if is_repeating(item) else start
            phases.append(
                Phase(
                    option.id,
                    schedule.id,
                    item.id,
                    item.kind,
                    item.label,
                    start,
                    end,
                    item.every_days,
                )
            )
        if schedule.duration is not None:
            mins.append(schedule.duration.min_years)
            typicals.append(schedule.duration.typical_years)
            maxes.append(schedule.duration.max_years)
            cites.extend(c for c in schedule.duration.citations if c not in cites)
        reviews.extend(ReviewAt(option.id, r.at_months, r.label) for r in schedule.review_points)
    reviews.sort(key=lambda r: r.month)
    if open_ended:
        mins, typicals, maxes, cites = [], [], [], []
    return Timeline(
        option=option_ref,
        phases=phases,
        min_years=max(mins) if mins else None,
        typical_years=max(typicals) if typicals else None,
        max_years=max(maxes) if maxes else None,
        duration_citations=cites,
        review_points=reviews,
    )
