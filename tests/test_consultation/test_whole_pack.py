"""Every decision and option in the shipped pack (however many there are) works end to end."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from endoaid.consultation import (
    CalendarError,
    benefit_figures,
    cost_course,
    decision_fits,
    dose_calendar,
    option_fits,
    timeline,
    values_table,
)
from endoaid.consultation.costs import UNIT_KINDS

PROFILES = [
    {"menopause": m, "setting": s, "blood_clots": h, "osteoporosis": h, "wants_pregnancy": h}
    for m, s, h in itertools.product(
        ["pre", "peri", "post", "unsure"], ["early", "advanced"], [False, True]
    )
]


def _refs(pack):
    return sorted({ref for d in pack.decisions.values() for ref in [*d.options, d.baseline]})


def test_every_option_has_a_cost_series_in_units(pack):
    """Each option of each decision gives 10 years of non-decreasing units in every kind."""
    book = pack.price_book(pack.info.default_price_book)
    for ref in _refs(pack):
        series = cost_course(pack, ref, book, 10)
        assert set(series.units) == set(UNIT_KINDS)
        for values in series.units.values():
            assert all(a <= b for a, b in itertools.pairwise(values)), ref
        if series.money is not None:
            assert all(a <= b for a, b in itertools.pairwise(series.money)), ref
        assert series.currency == book.currency


def test_every_option_has_a_timeline_and_a_calendar(pack):
    """Each option with a schedule gives a timeline and a dated calendar from a start date."""
    for ref in _refs(pack):
        line = timeline(pack, ref)
        try:
            events = dose_calendar(pack, ref, None, dt.date(2027, 1, 4), 1)
        except CalendarError:
            assert line.phases == [], ref
            continue
        assert events and all(dt.date(2027, 1, 4) <= e.date < dt.date(2028, 1, 4) for e in events)
        assert len({e.uid for e in events}) == len(events)


@pytest.mark.parametrize("profile_fields", PROFILES)
def test_every_profile_gets_a_reason_for_every_decision_and_option(
    pack, make_profile, profile_fields
):
    """For any profile, each decision says whether it applies, and each option has a status."""
    profile = make_profile(**profile_fields)
    fits = decision_fits(pack, profile)
    assert [f.decision_id for f in fits] == list(pack.decisions)
    assert all(f.reason for f in fits if not f.applies)
    for decision in pack.decisions.values():
        options = option_fits(pack, decision, profile)
        assert [o.option for o in options] == decision.options
        for fit in options:
            assert (fit.status == "shown") == all(h.effect == "note" for h in fit.reasons)


def test_every_decision_gives_benefit_figures_and_a_values_table(pack):
    """Each decision's standard comparison has figures, baseline first, and a values table."""
    for decision in pack.decisions.values():
        result = benefit_figures(pack, decision, decision.standard_comparison)
        assert result.arms[0].option == decision.baseline
        assert all(a.events is not None or a.not_reported for a in result.arms)
        table = values_table(pack, decision, decision.standard_comparison, {})
        assert len(table.rows) == len(decision.values)
