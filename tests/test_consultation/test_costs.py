"""Cost and burden over time: totals for the shipped UK prices, checked against hand counts.

Hand counts (a month is 365.25/12 days; year one holds days 0-364, two years days 0-729,
five years days 0-1825, ten years days 0-3651):
- goserelin 3.6 mg, £94.50 every 28 days: doses on days 0, 28, … → 14, 27, 66, 131 doses.
- goserelin 10.8 mg, £235.00 every 84 days → 5, 9, 22 doses in 1, 2, 5 years.
- the operation, £4,001.13 on day 0, nothing after.
- crossing: 42 implants cost £3,969.00, 43 cost £4,063.50; the 43rd is on day 42 × 28 = 1176,
  first counted at month 39 (month 38 ends before day floor(38 × 30.4375) = 1156, month 39
  before day 1187). For the 12-week implant 18 doses (£4,230) are needed: dose 18 is on day
  1428, first counted at month 47 (day bound 1430; month 46 ends at 1400).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from endoaid.consultation import CostError, cost_course, cost_totals, crossing_month
from tests.test_consultation.factories import item, option, price_book, schedule, with_records

UK = "uk-nhs-2026"


@pytest.fixture
def uk(pack):
    return pack.price_book(UK)


def test_monthly_implant_totals_match_hand_counts(pack, uk):
    """The 28-day goserelin implant costs £94.50 a dose: 14, 27, 66 and 131 doses."""
    series = cost_course(pack, "gnrh-agonist", uk, 10)
    assert series.currency == "GBP"
    assert cost_totals(series) == {
        1: Decimal("1323.00"),
        2: Decimal("2551.50"),
        5: Decimal("6237.00"),
        10: Decimal("12379.50"),
    }
    assert [series.units_at("injection", y) for y in (1, 2, 5, 10)] == [14, 27, 66, 131]
    assert series.visits_at(1) == 14
    assert series.missing_prices == []
    assert [p.id for p in series.price_items_used] == ["goserelin-3-6mg"]


def test_twelve_week_implant_totals_match_hand_counts(pack, uk):
    """The 12-week implant at £235.00: 5, 9 and 22 doses in 1, 2 and 5 years."""
    series = cost_course(pack, "gnrh-agonist", uk, 5, schedule_id="every-12-weeks")
    assert cost_totals(series) == {
        1: Decimal("1175.00"),
        2: Decimal("2115.00"),
        5: Decimal("5170.00"),
    }
    assert series.units_at("injection", 5) == 22


def test_operation_is_paid_once_and_stays_flat(pack, uk):
    """The operation's £4,001.13 is there at month 0 and the total never moves after."""
    series = cost_course(pack, "oophorectomy", uk, 10)
    assert set(series.money) == {Decimal("4001.13")}
    assert series.units["operation"][-1] == 1
    assert series.units["injection"][-1] == 0


def test_injections_overtake_the_operation_in_month_39(pack, uk):
    """The 28-day implants cost as much as the operation from month 39 (43 implants)."""
    implants = cost_course(pack, "gnrh-agonist", uk, 5)
    operation = cost_course(pack, "oophorectomy", uk, 5)
    assert crossing_month(implants, operation) == 39
    assert crossing_month(operation, implants) == 39
    assert implants.money[38] == Decimal("3969.00")
    assert implants.money[39] == Decimal("4063.50")


def test_twelve_week_implants_overtake_the_operation_in_month_47(pack, uk):
    """The 12-week implants reach the operation's cost in month 47 (18 implants)."""
    implants = cost_course(pack, "gnrh-agonist", uk, 5, schedule_id="every-12-weeks")
    operation = cost_course(pack, "oophorectomy", uk, 5)
    assert crossing_month(implants, operation) == 47


def test_insurance_share_leaves_her_part(pack, uk):
    """With 80 % paid by insurance she pays a fifth: £264.60 for the first year of implants."""
    series = cost_course(pack, "gnrh-agonist", uk, 1, insurance_share_percent=80)
    assert series.total_at(1) == Decimal("264.60")
    assert cost_course(pack, "oophorectomy", uk, 1, insurance_share_percent=100).total_at(1) == 0


def test_baseline_costs_nothing(pack, uk):
    """No further hormone therapy has no items: zero money, units and visits all along."""
    series = cost_course(pack, "no-endocrine-therapy", uk, 2)
    assert set(series.money) == {Decimal(0)}
    assert series.clinic_visits[-1] == 0


def test_daily_tablets_use_the_pack_size(pack):
    """365 tablets from packs of 28 at £1.05 cost 365 × 1.05 / 28 = £13.6875 → £13.69."""
    tablets = option(
        pack,
        "test-tablet",
        schedule("daily", item("tablet", "tablet", every_days=1, price_item="tab")),
    )
    book = price_book(("tab", "1.05", "28", "tablet"))
    series = cost_course(with_records(pack, tablets), "test-tablet", book, 1)
    assert series.units_at("tablet", 1) == 365
    assert series.total_at(1) == Decimal("13.69")
    assert series.visits_at(1) == 0


def test_cycle_of_21_days_in_28(pack):
    """Capsules on 21 days of 28: 13 full cycles and day 1 of the 14th (day 364) = 274 in a year.

    274 capsules from packs of 21 at £2,950: 274 × 2950 / 21 = £38,490.476… → £38,490.48.
    """
    caps = option(
        pack,
        "test-cycle",
        schedule("cycle", item("capsule", "tablet", every_days=28, days_on=21, price_item="cap")),
    )
    book = price_book(("cap", "2950", "21", "capsule"))
    series = cost_course(with_records(pack, caps), "test-cycle", book, 1)
    assert series.units_at("tablet", 1) == 274
    assert series.units["tablet"][1] == 21 + 2  # month 1 ends before day 30: days 0-20, 28, 29
    assert series.total_at(1) == Decimal("38490.48")


def test_loading_dose_adds_one_injection(pack):
    """Every 28 days plus a loading dose on day 14: 3 doses in month 1, 15 in the first year."""
    drug = option(
        pack,
        "test-loading",
        schedule(
            "load",
            item(
                "shot",
                "injection",
                every_days=28,
                extra_offsets_days=[14],
                price_item="shot",
                is_clinic_visit=True,
            ),
        ),
    )
    book = price_book(("shot", "522.41", "1", "injection"))
    series = cost_course(with_records(pack, drug), "test-loading", book, 1)
    assert series.money[0] == Decimal("522.41")
    assert series.money[1] == Decimal("1567.23")
    assert series.units_at("injection", 1) == 15
    assert series.total_at(1) == Decimal("7836.15")
    assert series.clinic_visits[-1] == 15


def test_monitoring_scans_every_365_days(pack, uk):
    """A bone scan every 365 days: days 0, 365, … 1825 fall in 5 years (1826 days): 6 × £90.73."""
    scans = option(
        pack,
        "test-scans",
        schedule("scans", item("dexa", "scan", every_days=365, price_item="dexa-scan")),
    )
    series = cost_course(with_records(pack, scans), "test-scans", uk, 5)
    assert series.units_at("scan", 5) == 6
    assert series.units_at("scan", 1) == 1
    assert series.total_at(5) == Decimal("544.38")


def test_combination_sums_its_parts(pack, uk):
    """A combination costs what its parts cost together, month by month."""
    scans = option(
        pack,
        "test-scans",
        schedule("scans", item("dexa", "scan", every_days=365, price_item="dexa-scan")),
    )
    small = with_records(pack, scans)
    both = cost_course(small, "gnrh-agonist+test-scans", uk, 2)
    alone = [cost_course(small, ref, uk, 2) for ref in ("gnrh-agonist", "test-scans")]
    assert both.money == [a + b for a, b in zip(alone[0].money, alone[1].money, strict=True)]
    assert both.units_at("scan", 2) == 2 and both.units_at("injection", 2) == 27
    twelve = cost_course(small, "gnrh-agonist+test-scans", uk, 1, schedule_id="every-12-weeks")
    assert twelve.units_at("injection", 1) == 5


def test_missing_price_gives_units_but_no_money(pack, uk):
    """An item without a price makes money unknown and says which; units still count."""
    visits = option(
        pack,
        "test-visits",
        schedule(
            "visits",
            item(
                "visit", "visit", every_days=91, is_clinic_visit=True, price_item="follow-up-visit"
            ),
        ),
    )
    series = cost_course(with_records(pack, visits), "test-visits", uk, 1)
    assert series.money is None
    assert series.total_at(1) is None
    assert series.missing_prices == ["follow-up-visit"]
    assert series.units_at("visit", 1) == 5
    assert cost_totals(series) == {1: None}


def test_no_price_book_still_counts_burden(pack):
    """Without any price book the injections and visits are still counted."""
    series = cost_course(pack, "gnrh-agonist", None, 1)
    assert series.money is None and series.currency is None
    assert series.missing_prices == ["goserelin-3-6mg"]
    assert series.units_at("injection", 1) == 14
    assert crossing_month(series, series) is None


@pytest.mark.parametrize("years", [0, 16, -1, 2.5, True])
def test_bad_horizon_is_refused(pack, uk, years):
    """Years outside 1-15 or not whole are refused with one line."""
    with pytest.raises(CostError, match="whole number from 1 to 15"):
        cost_course(pack, "gnrh-agonist", uk, years)


@pytest.mark.parametrize("share", [-1, 101, float("nan")])
def test_bad_insurance_share_is_refused(pack, uk, share):
    """An insurance share outside 0-100 % is refused."""
    with pytest.raises(CostError, match="0 to 100"):
        cost_course(pack, "gnrh-agonist", uk, 1, insurance_share_percent=share)


def test_unknown_option_and_schedule_are_refused(pack, uk):
    """An option or schedule id that does not exist is refused, naming the known ones."""
    from endoaid.errors import UserError

    with pytest.raises(UserError, match="no option 'nope'"):
        cost_course(pack, "nope", uk, 1)
    with pytest.raises(UserError, match="every-28-days, every-12-weeks"):
        cost_course(pack, "gnrh-agonist", uk, 1, schedule_id="weekly")


def test_totals_beyond_the_horizon_are_refused(pack, uk):
    """Asking a 2-year series for its 5-year total is refused, not guessed."""
    series = cost_course(pack, "gnrh-agonist", uk, 2)
    assert set(cost_totals(series)) == {1, 2}
    with pytest.raises(CostError):
        series.total_at(5)
