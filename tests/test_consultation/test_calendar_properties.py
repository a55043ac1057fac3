"""Properties of the calendar: any label survives the file, and it agrees with the cost model."""

from __future__ import annotations

import datetime as dt

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endoaid.consultation import cost_course, dose_calendar
from endoaid.consultation.calendar import ics_text
from tests.test_consultation.factories import item, option, schedule, with_records

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRINTABLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=200
).filter(lambda t: t.strip())


@SETTINGS
@given(PRINTABLE)
def test_any_label_comes_back_from_the_file(pack, label):
    """Whatever a label holds (commas, semicolons, Chinese, emoji), a calendar app reads it back."""
    data = item("dose", every_days=28)
    data["label"] = {"en": label}
    small = with_records(pack, option(pack, "test-label", schedule("s", data)))
    raw = ics_text(dose_calendar(small, "test-label", None, dt.date(2027, 1, 4), 1)).encode()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    parsed = icalendar.Calendar.from_ical(raw)
    assert {str(ev["SUMMARY"]) for ev in parsed.walk("VEVENT")} == {label}


@SETTINGS
@given(
    every=st.integers(7, 366),
    offset=st.integers(0, 400),
    extra=st.lists(st.integers(0, 1500), max_size=3),
    years=st.sampled_from([1, 4]),
)
def test_calendar_and_costs_count_the_same_doses(pack, every, offset, extra, years):
    """Over one year from 2027-01-04 (365 days) or four (1461), both count the same doses."""
    data = item("dose", every_days=every, offset_days=offset, extra_offsets_days=extra)
    small = with_records(pack, option(pack, "test-count", schedule("s", data)))
    events = dose_calendar(small, "test-count", None, dt.date(2027, 1, 4), years)
    series = cost_course(small, "test-count", None, years)
    assert len(events) == series.units_at("injection", years)
