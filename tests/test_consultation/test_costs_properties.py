"""Properties of the cost model for any schedule: totals never fall, one-offs stay flat."""

from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endoaid.consultation import cost_course
from endoaid.content import ScheduleItem
from endoaid.records import validate
from tests.test_consultation.factories import option, price_book, schedule, with_records

KINDS = ["injection", "tablet", "operation", "scan", "visit"]


@st.composite
def schedule_items(draw, repeating: bool | None = None) -> dict:
    every = None
    if repeating is None:
        repeating = draw(st.booleans())
    days_on = None
    if repeating:
        every = draw(st.integers(1, 366))
        if draw(st.booleans()):
            days_on = draw(st.integers(1, every))
    return {
        "id": f"item-{draw(st.integers(0, 10**6))}",
        "kind": draw(st.sampled_from(KINDS)),
        "label": {"en": "An item"},
        "every_days": every,
        "days_on": days_on,
        "offset_days": draw(st.integers(0, 400)) if repeating or draw(st.booleans()) else 0,
        "extra_offsets_days": draw(st.lists(st.integers(0, 800), max_size=2)),
        "units_per_event": draw(st.decimals("0.25", "4", places=2)),
        "price_item": draw(st.sampled_from(["p1", "p2"])),
        "is_clinic_visit": draw(st.booleans()),
        "citations": ["ebctcg-ofs-2023"],
    }


BOOK = price_book(("p1", "94.50", "1", "dose"), ("p2", "4.78", "30", "tablet"))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _series(pack, items, years, share=None):
    opt = option(pack, "test-prop", schedule("s", *items))
    return cost_course(
        with_records(pack, opt), "test-prop", BOOK, years, insurance_share_percent=share
    )


@SETTINGS
@given(
    st.lists(schedule_items(), min_size=1, max_size=3),
    st.integers(1, 4),
    st.none() | st.integers(0, 100),
)
def test_cumulative_totals_never_decrease(pack, items, years, share):
    """Money, units and clinic visits only ever go up as the months pass."""
    series = _series(pack, items, years, share)
    assert series.money is not None
    for values in [series.money, series.clinic_visits, *series.units.values()]:
        assert all(a <= b for a, b in itertools.pairwise(values))
    assert len(series.months) == 12 * years + 1


@SETTINGS
@given(st.lists(schedule_items(), min_size=1, max_size=3), st.integers(1, 3))
def test_units_are_whole_numbers_and_money_is_in_cents(pack, items, years):
    """Unit counts are whole numbers and money has exactly two decimals."""
    series = _series(pack, items, years)
    for values in series.units.values():
        assert all(isinstance(v, int) and v >= 0 for v in values)
    assert all(m.as_tuple().exponent == -2 for m in series.money)


@SETTINGS
@given(st.lists(schedule_items(repeating=False), min_size=1, max_size=3), st.integers(1, 3))
def test_one_off_items_are_flat_after_their_last_day(pack, items, years):
    """Without a repeating item, nothing is added once the last one-off day has passed."""
    for data in items:
        data["offset_days"] = 0
        data["extra_offsets_days"] = []
    series = _series(pack, items, years)
    assert set(series.money) == {series.money[0]}
    assert all(set(v) == {v[0]} for v in series.units.values())
    assert series.money[0] > 0


@SETTINGS
@given(schedule_items(repeating=True), st.integers(0, 100))
def test_insurance_share_never_makes_her_pay_more(pack, data, share):
    """Her share with insurance is at most the full price, and zero when insurance pays all."""
    full = _series(pack, [data], 1)
    part = _series(pack, [data], 1, share)
    assert all(p <= f for p, f in zip(part.money, full.money, strict=True))
    if share == 100:
        assert set(part.money) == {Decimal(0)}


def test_schedule_item_strategy_builds_valid_items():
    """The generated schedule items are valid content (so the properties test real input)."""

    @given(schedule_items())
    def check(data):
        validate(ScheduleItem, data)

    check()
