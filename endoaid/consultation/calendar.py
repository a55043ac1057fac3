"""A calendar of dose and check-up dates from a start date, written as an iCalendar file.

The file follows RFC 5545 so calendar apps import it: CRLF line ends, lines folded at 75
octets, text escaped, all-day events with a UID that stays the same when the plan is written
again (it is made from option, schedule, item and date) and a DTSTAMP.

Daily tablets are not written as one event a day: a daily item gives one "start" event on its
first day; an item taken on some days of a cycle (e.g. 21 of 28) gives one event per cycle
lasting those days. Everything else (implants, operations, scans, visits) is one event each.
"""

from __future__ import annotations

import argparse
import calendar as _stdlib_calendar
import datetime as dt
import re
from pathlib import Path

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.consultation._atomic import write_atomic
from endoaid.consultation.schedule import event_days, schedules_for
from endoaid.content import ContentPack, load_pack
from endoaid.errors import UserError
from endoaid.records import record

DAILY_BELOW_DAYS = 7
_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_YEARS = 15

_WORDS: dict[str, str] = {
    "start": QT_TRANSLATE_NOOP("CalendarWords", "Start"),
    "days": QT_TRANSLATE_NOOP("CalendarWords", "days {a}-{b} of {n}"),
    "review": QT_TRANSLATE_NOOP("CalendarWords", "Review"),
}
"""An event's own words: English source texts of the catalogue (context "CalendarWords")."""


class CalendarError(UserError):
    """A calendar cannot be made or written as asked."""


@record(kw_only=False)
class CalendarEvent:
    """One all-day event: a dose, an operation, a scan, a visit, a review or a start."""

    date: dt.date
    kind: str
    summary: str
    uid: str
    days: int = 1
    description: str = ""


def add_months(start: dt.date, months: int) -> dt.date:
    """Return the same day `months` later, or the month's last day when it is shorter."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    last = _stdlib_calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last))


def dose_calendar(
    pack: ContentPack,
    option_id: str,
    schedule_id: str | None,
    start: dt.date,
    years: float,
    lang: str = "en",
) -> list[CalendarEvent]:
    """Return the events of an option's (or combination's) schedule until before start + years.

    For a combination each part uses its default schedule, or `schedule_id` where it has it.
    """
    if not 0 < years <= MAX_YEARS:
        raise CalendarError(f"The number of years must be above 0 and at most {MAX_YEARS}.")
    parts = [(o, s) for o, s in schedules_for(pack, option_id, schedule_id) if s is not None]
    if not parts:
        raise CalendarError(f"Option '{option_id}' has no schedule to put in a calendar.")
    try:
        end = add_months(start, round(years * 12))
    except (ValueError, OverflowError):
        raise CalendarError("The plan would run past the year 9999.") from None
    end_day = (end - start).days
    words = {key: translated(lang, "CalendarWords", text) for key, text in _WORDS.items()}
    events: list[CalendarEvent] = []
    seen: dict[str, int] = {}

    def add(prefix: str, day: int, kind: str, summary: str, part: str, days: int = 1) -> None:
        when = start + dt.timedelta(days=day)
        base = f"{prefix}-{part}-{when:%Y%m%d}"
        seen[base] = seen.get(base, 0) + 1
        suffix = f"-{seen[base]}" if seen[base] > 1 else ""
        events.append(CalendarEvent(when, kind, summary, f"{base}{suffix}@endoaid", days))

    for option, schedule in parts:
        prefix = f"{option.id}-{schedule.id}"
        for item in schedule.items:
            label = item.label.get(lang)
            days = event_days(item, end_day)
            if item.days_on is not None and item.every_days is not None:
                for cycle in range(item.offset_days, end_day, item.every_days):
                    length = min(item.days_on, end_day - cycle)
                    span = words["days"].format(a=1, b=item.days_on, n=item.every_days)
                    add(prefix, cycle, item.kind, f"{label}: {span}", item.id, length)
                for day in (d for d in item.extra_offsets_days if d < end_day):
                    add(prefix, day, item.kind, label, item.id)
            elif item.every_days is not None and item.every_days < DAILY_BELOW_DAYS:
                if days:
                    add(prefix, days[0], "start", f"{words['start']}: {label}", item.id)
            else:
                for day in days:
                    add(prefix, day, item.kind, label, item.id)
        for point in schedule.review_points:
            when = add_months(start, point.at_months)
            if when < end:
                summary = f"{words['review']}: {point.label.get(lang)}"
                add(prefix, (when - start).days, "review", summary, f"review-{point.at_months}")
    events.sort(key=lambda e: (e.date, e.kind, e.uid))
    return events


def escape_text(text: str) -> str:
    """Return text escaped for an iCalendar TEXT value (RFC 5545 section 3.3.11).

    Control characters other than line breaks are not allowed in a content line: dropped.
    """
    text = _CONTROL.sub("", text)
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> str:
    """Return a content line folded so no line exceeds 75 octets, never splitting a character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def ics_text(events: list[CalendarEvent], stamp: dt.datetime | None = None) -> str:
    """Return the iCalendar text for the events (CRLF line ends, folded lines)."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//endoaid//dose calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.uid)}",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.date + dt.timedelta(days=event.days):%Y%m%d}",
            f"SUMMARY:{escape_text(event.summary)}",
            f"CATEGORIES:{escape_text(event.kind)}",
            "TRANSP:TRANSPARENT",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_ics(
    events: list[CalendarEvent],
    path: Path | str,
    lang: str = "en",
    stamp: dt.datetime | None = None,
) -> None:
    """Write the events as an .ics file atomically; raise CalendarError if it cannot."""
    del lang  # the summaries are already in the person's language
    target = Path(path)
    if target.is_dir():
        raise CalendarError(f"'{target}' is a folder, not a file name for the calendar.")
    try:
        write_atomic(target, ics_text(events, stamp).encode("utf-8"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CalendarError(f"Cannot write the calendar to '{target}': {reason}.") from None


def parse_start(text: str) -> dt.date:
    """Return the date in a YYYY-MM-DD text, or raise CalendarError."""
    try:
        if not _ISO_DATE.match(text.strip()):
            raise ValueError(text)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CalendarError(f"'{text}' is not a date written YYYY-MM-DD.") from None


def schedule_command(args: argparse.Namespace) -> int:
    """Run `endoaid schedule`: write the dose and check-up calendar of an option; return 0.

    Without --years the plan covers the schedule's typical cited duration (1 year if none).
    """
    lang = getattr(args, "lang", None) or "en"
    start = parse_start(args.start)
    pack = load_pack()
    years = args.years
    if years is None:
        durations = [
            s.duration.typical_years
            for _o, s in schedules_for(pack, args.option, args.schedule)
            if s is not None and s.duration is not None
        ]
        years = max(durations, default=1)
    events = dose_calendar(pack, args.option, args.schedule, start, years, lang)
    write_ics(events, args.output, lang)
    print(f"Wrote {len(events)} events from {start:%Y-%m-%d} to {args.output}.")
    return 0
