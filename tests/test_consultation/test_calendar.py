"""`endoaid schedule` writes a dose calendar that calendar software reads, with exact dates."""

from __future__ import annotations

import datetime as dt
import os

import icalendar
import pytest

from endoaid.cli import main
from endoaid.consultation import CalendarError, dose_calendar, write_ics
from endoaid.consultation.calendar import add_months, fold_line
from tests.test_consultation.factories import item, option, schedule, with_records

START = dt.date(2027, 1, 4)


def _run(tmp_path, *extra: str) -> icalendar.Calendar:
    out = tmp_path / "plan.ics"
    code = main(
        ["schedule", "--option", "gnrh-agonist", "--start", "2027-01-04", "-o", str(out), *extra]
    )
    assert code == 0
    return icalendar.Calendar.from_ical(out.read_bytes())


def _doses(cal: icalendar.Calendar) -> list[dt.date]:
    return sorted(
        ev.decoded("DTSTART")
        for ev in cal.walk("VEVENT")
        if "injection" in str(ev.get("CATEGORIES").to_ical())
    )


def test_monthly_implants_for_one_year_give_14_dates(tmp_path):
    """From 2027-01-04 for a year: the start date and every 28 days before 2028-01-04."""
    doses = _doses(_run(tmp_path, "--years", "1"))
    expected = [dt.date(2027, 1, 4) + dt.timedelta(days=28 * k) for k in range(14)]
    assert doses == expected
    assert len(doses) == 14
    assert doses[-1] == dt.date(2028, 1, 3)
    assert doses[1] == dt.date(2027, 2, 1)


def test_twelve_week_schedule_is_chosen_by_id(tmp_path):
    """--schedule every-12-weeks gives 5 implants in the year, the last on 2027-12-06."""
    doses = _doses(_run(tmp_path, "--years", "1", "--schedule", "every-12-weeks"))
    assert doses == [
        dt.date(2027, 1, 4),
        dt.date(2027, 3, 29),
        dt.date(2027, 6, 21),
        dt.date(2027, 9, 13),
        dt.date(2027, 12, 6),
    ]


def test_events_have_the_parts_calendar_apps_need(tmp_path):
    """Every event has a unique stable UID, a UTC DTSTAMP, an all-day date and a summary."""
    cal = _run(tmp_path, "--years", "1")
    events = list(cal.walk("VEVENT"))
    uids = [str(ev["UID"]) for ev in events]
    assert len(set(uids)) == len(uids)
    assert "gnrh-agonist-every-28-days-implant-20270104@endoaid" in uids
    for ev in events:
        assert ev.decoded("DTSTAMP").tzinfo is not None
        assert ev.decoded("DTEND") - ev.decoded("DTSTART") == dt.timedelta(days=1)
        assert "Goserelin 3.6 mg" in str(ev["SUMMARY"])
    assert str(cal["VERSION"]) == "2.0"


def test_writing_again_keeps_the_uids(tmp_path):
    """The same plan written twice has the same UIDs, so a re-import updates, not duplicates."""
    first = [str(e["UID"]) for e in _run(tmp_path, "--years", "1").walk("VEVENT")]
    second = [str(e["UID"]) for e in _run(tmp_path, "--years", "1").walk("VEVENT")]
    assert first == second


def test_file_uses_crlf_and_short_lines(pack, tmp_path):
    """Lines end in CRLF and none is longer than 75 octets, even with Chinese text."""
    long_label = {
        "en": "Implant; with, commas\\ and a very long label " * 3,
        "zh_CN": "每四周在腹部皮下注射一次戈舍瑞林植入剂，" * 4,
    }
    data = item("implant", every_days=28)
    data["label"] = long_label
    small = with_records(pack, option(pack, "test-long", schedule("s", data)))
    path = tmp_path / "long.ics"
    for lang in ("en", "zh_CN"):
        write_ics(dose_calendar(small, "test-long", None, START, 1, lang), path, lang)
        raw = path.read_bytes()
        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
        assert max(len(line) for line in raw.split(b"\r\n")) <= 75
        parsed = icalendar.Calendar.from_ical(raw)
        summary = str(next(iter(parsed.walk("VEVENT")))["SUMMARY"])
        assert summary == long_label[lang]


def test_fold_never_splits_a_character():
    """Folding counts octets and breaks only between characters."""
    line = "SUMMARY:" + "戈" * 60
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_cycles_daily_tablets_loading_doses_and_reviews(pack):
    """A 21-in-28 cycle is one event per cycle; daily tablets one start; reviews are dated."""
    small = with_records(
        pack,
        option(
            pack,
            "test-mix",
            schedule(
                "mix",
                item("capsule", "tablet", every_days=28, days_on=21),
                item("tablet", "tablet", every_days=1),
                item("shot", "injection", every_days=28, extra_offsets_days=[14, 28]),
                review_points=[
                    {"at_months": 6, "label": {"en": "Check bones"}},
                    {"at_months": 24, "label": {"en": "Too late"}},
                ],
            ),
        ),
    )
    events = dose_calendar(small, "test-mix", None, START, 1)
    cycles = [e for e in events if e.uid.startswith("test-mix-mix-capsule-")]
    assert len(cycles) == 14
    assert cycles[0].days == 21 and cycles[-1].days == 1  # the year ends on day 1 of cycle 14
    starts = [e for e in events if e.kind == "start"]
    assert [(e.date, e.summary) for e in starts] == [(START, "Start: The tablet")]
    shots = [e for e in events if e.uid.startswith("test-mix-mix-shot-")]
    assert len(shots) == 16 and len({e.uid for e in shots}) == 16
    reviews = [e for e in events if e.kind == "review"]
    assert [(e.date, e.summary) for e in reviews] == [(dt.date(2027, 7, 4), "Review: Check bones")]


def test_operation_is_one_event(pack):
    """An operation is a single event on the start date."""
    events = dose_calendar(pack, "oophorectomy", None, START, 5)
    assert [(e.date, e.kind) for e in events] == [(START, "operation")]


def test_months_are_added_like_a_person_would():
    """A plan from 31 January runs a month to 28 February; 29 February a year to 28 February."""
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 2, 29), 12) == dt.date(2029, 2, 28)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--option", "gnrh-agonist", "--start", "2027-02-30"], "not a date written YYYY-MM-DD"),
        (["--option", "gnrh-agonist", "--start", "04/01/2027"], "not a date written YYYY-MM-DD"),
        (["--option", "nothing", "--start", "2027-01-04"], "no option 'nothing'"),
        (
            ["--option", "gnrh-agonist", "--schedule", "weekly", "--start", "2027-01-04"],
            "no schedule 'weekly'",
        ),
        (["--option", "gnrh-agonist", "--start", "2027-01-04", "--years", "0"], "years"),
        (["--option", "no-endocrine-therapy", "--start", "2027-01-04"], "no schedule"),
        (["--option", "gnrh-agonist", "--start", "9999-06-01"], "9999"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, args, words):
    """Bad dates, unknown ids and impossible plans print one line, exit 2 and write nothing."""
    out = tmp_path / "plan.ics"
    assert main(["schedule", *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("where", "words"), [("no/plan.ics", "Cannot write"), (".", "is a folder")]
)
def test_unwritable_output_is_refused(tmp_path, capsys, where, words):
    """A folder that does not exist, or a folder as the output, is refused in one line."""
    out = tmp_path / where
    args = ["schedule", "--option", "gnrh-agonist", "--start", "2027-01-04", "-o", str(out)]
    assert main(args) == 2
    assert words in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_the_old_file_whole(pack, tmp_path, monkeypatch):
    """If the final rename fails, the old calendar stays as it was and no temp file remains."""
    path = tmp_path / "plan.ics"
    path.write_bytes(b"old calendar")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(CalendarError, match="No space left"):
        write_ics(dose_calendar(pack, "gnrh-agonist", None, START, 1), path)
    assert path.read_bytes() == b"old calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_combination_calendar_holds_both_parts(pack):
    """A combination's calendar holds the events of each part, with their own UIDs."""
    scans = option(pack, "test-scans", schedule("scans", item("dexa", "scan", every_days=365)))
    small = with_records(pack, scans)
    events = dose_calendar(small, "gnrh-agonist+test-scans", "every-12-weeks", START, 1)
    kinds = [e.kind for e in events]
    assert kinds.count("injection") == 5 and kinds.count("scan") == 1
    assert any(e.uid.startswith("test-scans-scans-dexa-20270104") for e in events)


def test_without_years_the_typical_cited_duration_is_planned(pack, tmp_path):
    """With no --years, the plan covers the schedule's typical duration from the content."""
    schedules = pack.option("gnrh-agonist").schedules
    years = next(s.duration.typical_years for s in schedules if s.id == "every-28-days")
    doses = _doses(_run(tmp_path))
    assert doses[-1] < add_months(START, round(years * 12))
    assert doses[-1] + dt.timedelta(days=28) >= add_months(START, round(years * 12))


def test_basic_date_format_is_refused(tmp_path, capsys):
    """Only YYYY-MM-DD is taken, so 20270104 is not read as a date by accident."""
    out = tmp_path / "plan.ics"
    assert (
        main(["schedule", "--option", "gnrh-agonist", "--start", "20270104", "-o", str(out)]) == 2
    )
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_control_characters_are_dropped_and_line_breaks_escaped():
    """A stray control character cannot break the file; a line break becomes \\n."""
    from endoaid.consultation.calendar import escape_text

    assert escape_text("a\x00b\x07c\tD") == "abcD"
    assert escape_text("one\ntwo; three, four\\") == "one\\ntwo\\; three\\, four\\\\"
