"""What a course of treatment costs and asks of her, month by month, in money and in units.

Choices (documented for reviewers):

- The horizon is the `years` asked for. A repeating item repeats up to the horizon even when
  the schedule's cited duration is shorter, so options can be compared over the same years;
  the duration range is shown by the timeline, not cut off here.
- A month is 365.25/12 days. The value at month m counts every event on days before
  `month_bound(m)` (floor(m × 365.25 / 12)); month 0 counts what happens on the first day, so
  an operation or a first injection is there at month 0. One year therefore holds days 0-364:
  a 28-day implant gives 14 doses in year one, the same as the calendar.
- Money is cumulative units × unit price (price / per_units), rounded to the cent after the
  insurance share is taken off. A pack of 28 tablets costs 1/28 of its price per tablet taken.
- Units per kind are cumulative counts, rounded up to whole units (half a tablet still uses one).
- An item without a price in the book makes the money series None and is listed in
  `missing_prices`; the unit series and clinic visits always work.
"""

from __future__ import annotations

import math
from dataclasses import field
from decimal import ROUND_HALF_UP, Decimal

from endoaid.consultation.schedule import event_days, month_bound, schedules_for
from endoaid.content import ContentPack, PriceBook, PriceItem
from endoaid.errors import UserError
from endoaid.records import record

UNIT_KINDS: tuple[str, ...] = ("injection", "tablet", "operation", "scan", "visit")
TOTAL_YEARS: tuple[int, ...] = (1, 2, 5, 10)
MAX_YEARS = 15
CENT = Decimal("0.01")


class CostError(UserError):
    """A cost question cannot be answered as asked (a bad horizon or insurance share)."""


@record(kw_only=False)
class CostSeries:
    """Cumulative cost and burden of one option, month by month from month 0."""

    option: str
    months: list[int]
    money: list[Decimal] | None
    units: dict[str, list[int]]
    clinic_visits: list[int]
    currency: str | None
    missing_prices: list[str] = field(default_factory=list)
    price_items_used: list[PriceItem] = field(default_factory=list)
    insurance_share_percent: Decimal | None = None

    @property
    def years(self) -> int:
        """Return the horizon of the series in whole years."""
        return self.months[-1] // 12

    def _index(self, years: float) -> int:
        month = round(years * 12)
        if not 0 <= month <= self.months[-1]:
            raise CostError(f"The costs were worked out for {self.years} years, not {years}.")
        return month

    def total_at(self, years: float) -> Decimal | None:
        """Return the cumulative money after `years` (None when a price is missing)."""
        index = self._index(years)
        return None if self.money is None else self.money[index]

    def units_at(self, kind: str, years: float) -> int:
        """Return how many units of a kind (e.g. 'injection') are used after `years`."""
        if kind not in self.units:
            raise CostError(f"'{kind}' is not a kind of unit ({', '.join(UNIT_KINDS)}).")
        return self.units[kind][self._index(years)]

    def visits_at(self, years: float) -> int:
        """Return the cumulative clinic visits after `years`."""
        return self.clinic_visits[self._index(years)]


def _share(insurance_share_percent: float | Decimal | None) -> Decimal | None:
    if insurance_share_percent is None:
        return None
    share = Decimal(str(insurance_share_percent))
    if not share.is_finite() or not Decimal(0) <= share <= Decimal(100):
        raise CostError("The insurance share must be a percentage from 0 to 100.")
    return share


def cost_course(
    pack: ContentPack,
    option_ref: str,
    price_book: PriceBook | None,
    years: int,
    schedule_id: str | None = None,
    insurance_share_percent: float | Decimal | None = None,
) -> CostSeries:
    """Return the month-by-month cumulative money, units and clinic visits of an option."""
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise CostError(f"The number of years must be a whole number from 1 to {MAX_YEARS}.")
    share = _share(insurance_share_percent)
    months = list(range(12 * years + 1))
    bounds = [month_bound(m) for m in months]
    end_day = bounds[-1]
    prices = {item.id: item for item in price_book.items} if price_book else {}

    unit_totals = {kind: [Decimal(0)] * len(months) for kind in UNIT_KINDS}
    visits = [0] * len(months)
    money = [Decimal(0)] * len(months)
    missing: list[str] = []
    used: list[PriceItem] = []
    for _option, schedule in schedules_for(pack, option_ref, schedule_id):
        if schedule is None:
            continue
        for item in schedule.items:
            days = event_days(item, end_day)
            counts = _cumulative_counts(days, bounds)
            price = prices.get(item.price_item) if item.price_item else None
            if price is None:
                name = item.price_item or item.id
                if days and name not in missing:
                    missing.append(name)
            elif price not in used:
                used.append(price)
            for m, count in enumerate(counts):
                amount = item.units_per_event * count
                unit_totals[item.kind][m] += amount
                if item.is_clinic_visit:
                    visits[m] += count
                if price is not None:
                    money[m] += amount * price.price / price.per_units
    patient = Decimal(1) if share is None else (Decimal(100) - share) / Decimal(100)
    money_out = None if missing else [(v * patient).quantize(CENT, ROUND_HALF_UP) for v in money]
    return CostSeries(
        option=option_ref,
        months=months,
        money=money_out,
        units={k: [math.ceil(v) for v in series] for k, series in unit_totals.items()},
        clinic_visits=visits,
        currency=price_book.currency if price_book else None,
        missing_prices=missing,
        price_items_used=used,
        insurance_share_percent=share,
    )


def _cumulative_counts(days: list[int], bounds: list[int]) -> list[int]:
    """Return, for each month bound, how many of the sorted days fall before it."""
    out: list[int] = []
    i = 0
    for bound in bounds:
        while i < len(days) and days[i] < bound:
            i += 1
        out.append(i)
    return out


def cost_totals(series: CostSeries) -> dict[int, Decimal | None]:
    """Return the money after 1, 2, 5 and 10 years, for the years the series covers."""
    return {y: series.total_at(y) for y in TOTAL_YEARS if y <= series.years}


def crossing_month(a: CostSeries, b: CostSeries) -> int | None:
    """Return the first month the option cheaper at month 0 costs as much as the other, or None.

    None when either series has no money (or they differ in currency), when they start
    equal, or when they never cross.
    """
    if a.money is None or b.money is None or a.currency != b.currency:
        return None
    first = a.money[0] - b.money[0]
    if first == 0:
        return None
    for month, (x, y) in enumerate(zip(a.money, b.money, strict=False)):
        if (x - y) * first <= 0:
            return month
    return None
