"""The clinic's decision-quality charts, from the anonymous record (endoaid audit report).

'Sure' is a SURE score of 4 (four 'yes'). A group (a decision, a month, an option leaned to)
of fewer than MIN_GROUP women is never drawn on its own: it is named in a note instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.charts.style import (
    INK,
    MUTED,
    OKABE_ITO,
    ChartSpec,
    ChartTable,
    chart_style,
    new_figure,
)
from endoaid.consultation.audit_record import AuditRecord

MIN_GROUP = 5
MINUTE_BINS = ((0, 5), (5, 10), (10, 15), (15, 20), (20, 30), (30, 45), (45, 60), (60, 601))

WORDS: dict[str, str] = {
    "sure_title": QT_TRANSLATE_NOOP("AuditWords", "How sure women felt, before and after"),
    "sure_axis": QT_TRANSLATE_NOOP("AuditWords", "SURE score (number of 'yes' of 4)"),
    "women": QT_TRANSLATE_NOOP("AuditWords", "Women"),
    "before": QT_TRANSLATE_NOOP("AuditWords", "Before"),
    "after": QT_TRANSLATE_NOOP("AuditWords", "After"),
    "sure_caption": QT_TRANSLATE_NOOP(
        "AuditWords",
        "Of {n} women who answered both times, {before} were sure (4 of 4 'yes') before "
        "and {after} after.",
    ),
    "share_axis": QT_TRANSLATE_NOOP("AuditWords", "Share sure (4 of 4 'yes'), %"),
    "decision_title": QT_TRANSLATE_NOOP("AuditWords", "Who became sure, by decision"),
    "month_title": QT_TRANSLATE_NOOP("AuditWords", "Who became sure, by month"),
    "share_caption": QT_TRANSLATE_NOOP(
        "AuditWords",
        "Each bar is the share of women in the group who were sure before and after; "
        "n is the number who answered both times.",
    ),
    "group": QT_TRANSLATE_NOOP("AuditWords", "Group"),
    "n": QT_TRANSLATE_NOOP("AuditWords", "n"),
    "small_groups": QT_TRANSLATE_NOOP(
        "AuditWords", "Not shown separately (fewer than {k} women): {groups}."
    ),
    "minutes_title": QT_TRANSLATE_NOOP("AuditWords", "Time spent with the aid"),
    "minutes_axis": QT_TRANSLATE_NOOP("AuditWords", "Minutes"),
    "minutes_caption": QT_TRANSLATE_NOOP(
        "AuditWords", "{n} women; half spent {median} minutes or less."
    ),
    "lean_title": QT_TRANSLATE_NOOP("AuditWords", "Options women leaned to, by decision"),
    "lean_axis": QT_TRANSLATE_NOOP("AuditWords", "Share of women, %"),
    "lean_caption": QT_TRANSLATE_NOOP(
        "AuditWords",
        "For each decision, the share of women leaning to each option; options fewer than "
        "{k} women leaned to are counted together.",
    ),
    "unsure": QT_TRANSLATE_NOOP("AuditWords", "Not sure yet"),
    "not_said": QT_TRANSLATE_NOOP("AuditWords", "Did not say"),
    "other": QT_TRANSLATE_NOOP("AuditWords", "Other options (fewer than {k} each)"),
    "option": QT_TRANSLATE_NOOP("AuditWords", "Option"),
    "frame": QT_TRANSLATE_NOOP("AuditWords", "{first} to {last}"),
    "record": QT_TRANSLATE_NOOP("AuditWords", "the clinic's anonymous record"),
    "report_title": QT_TRANSLATE_NOOP("AuditWords", "Decision quality: the clinic's record"),
    "report_intro": QT_TRANSLATE_NOOP(
        "AuditWords",
        "{n} women agreed that the clinic may keep an anonymous record of how ready they felt, "
        "from {first} to {last}: {clinician} in the consultation room and {kiosk} at the "
        "kiosk. {both} of them answered the four SURE questions both before and after.",
    ),
    "report_recorded": QT_TRANSLATE_NOOP(
        "AuditWords",
        "Each record holds only the month, the decision, the mode, the language, the SURE "
        "score before and after, the options looked at, the option she leaned to if she "
        "said, the minutes spent and whether her own PREDICT figures were shown. No name, "
        "date, age, tumour detail or free text is kept. Groups of fewer than {k} women are "
        "not shown separately.",
    ),
    "too_few": QT_TRANSLATE_NOOP(
        "AuditWords",
        "The record holds fewer than {k} women, so nothing is shown yet.",
    ),
    "footer": QT_TRANSLATE_NOOP("AuditWords", "endoaid {version} · anonymous record"),
}


def audit_word(key: str, lang: str, **values: object) -> str:
    """Return the audit word `key` in `lang`, filled with `values`."""
    text = translated(lang, "AuditWords", WORDS[key])
    return text.format(**values) if values else text


def is_sure(score: int | None) -> bool:
    return score == 4


def answered_both(records: Sequence[AuditRecord]) -> list[AuditRecord]:
    return [r for r in records if r.sure_before is not None and r.sure_after is not None]


@dataclass(frozen=True)
class Group:
    """One group of women: its label, how many answered both times, and the shares sure."""

    label: str
    n: int
    before: float
    after: float


def sure_groups(
    records: Sequence[AuditRecord], key: Callable[[AuditRecord], str]
) -> tuple[list[Group], list[str]]:
    """Return the groups of at least MIN_GROUP women who answered both times, and the labels
    of the smaller groups (not shown)."""
    both = answered_both(records)
    labels = sorted({key(r) for r in both})
    shown, small = [], []
    for label in labels:
        members = [r for r in both if key(r) == label]
        if len(members) < MIN_GROUP:
            small.append(label)
            continue
        before = sum(is_sure(r.sure_before) for r in members) / len(members)
        after = sum(is_sure(r.sure_after) for r in members) / len(members)
        shown.append(Group(label, len(members), before, after))
    return shown, small


def _frame(records: Sequence[AuditRecord], lang: str) -> str:
    months = sorted({r.month for r in records})
    return audit_word("frame", lang, first=months[0], last=months[-1]) if months else ""


def _spec(figure, key: str, caption: str, lang: str, records, table, notes=()) -> ChartSpec:
    return ChartSpec(
        figure=figure,
        title=audit_word(key, lang),
        caption=caption,
        units="",
        time_frame=_frame(records, lang),
        source=[audit_word("record", lang)],
        table=table,
        notes=list(notes),
    )


def sure_before_after_chart(records: Sequence[AuditRecord], lang: str) -> ChartSpec:
    """Bars: how many women had each SURE score before and after (those who answered both)."""
    both = answered_both(records)
    before = Counter(r.sure_before for r in both)
    after = Counter(r.sure_after for r in both)
    scores = list(range(5))
    with chart_style():
        fig = new_figure(7.0, 3.4)
        ax = fig.add_subplot()
        width = 0.38
        ax.bar(
            [s - width / 2 for s in scores],
            [before[s] for s in scores],
            width,
            color=OKABE_ITO[4],
            edgecolor=INK,
            hatch="///",
            label=audit_word("before", lang),
        )
        ax.bar(
            [s + width / 2 for s in scores],
            [after[s] for s in scores],
            width,
            color=OKABE_ITO[0],
            edgecolor=INK,
            label=audit_word("after", lang),
        )
        for s in scores:
            for dx, value in ((-width / 2, before[s]), (width / 2, after[s])):
                ax.annotate(
                    str(value),
                    (s + dx, value),
                    ha="center",
                    va="bottom",
                    fontsize=8,
                    color=INK,
                    xytext=(0, 2),
                    textcoords="offset points",
                )
        ax.set_xticks(scores)
        ax.set_xlabel(audit_word("sure_axis", lang))
        ax.set_ylabel(audit_word("women", lang))
        ax.legend(loc="upper left")
    caption = audit_word("sure_caption", lang, n=len(both), before=before[4], after=after[4])
    rows = [[str(s), str(before[s]), str(after[s])] for s in scores]
    header = [audit_word("sure_axis", lang), audit_word("before", lang), audit_word("after", lang)]
    return _spec(fig, "sure_title", caption, lang, records, ChartTable(header, rows))


def sure_share_chart(
    records: Sequence[AuditRecord],
    lang: str,
    *,
    by: str,
    names: Mapping[str, str] | None = None,
) -> ChartSpec:
    """Bars: the share sure before and after, per decision (by='decision') or month."""
    names = names or {}
    key = (lambda r: r.decision) if by == "decision" else (lambda r: r.month)
    groups, small = sure_groups(records, key)
    labels = [names.get(g.label, g.label) for g in groups]
    with chart_style():
        fig = new_figure(7.0, max(2.4, 0.62 * len(groups) + 1.3))
        ax = fig.add_subplot()
        y = list(range(len(groups)))
        h = 0.38
        ax.barh(
            [i + h / 2 for i in y],
            [100 * g.before for g in groups],
            h,
            color=OKABE_ITO[4],
            edgecolor=INK,
            hatch="///",
            label=audit_word("before", lang),
        )
        ax.barh(
            [i - h / 2 for i in y],
            [100 * g.after for g in groups],
            h,
            color=OKABE_ITO[0],
            edgecolor=INK,
            label=audit_word("after", lang),
        )
        for i, g in zip(y, groups, strict=True):
            ax.annotate(
                f"{100 * g.after:.0f}%  (n={g.n})",
                (100 * g.after, i - h / 2),
                va="center",
                fontsize=8,
                xytext=(3, 0),
                textcoords="offset points",
            )
            ax.annotate(
                f"{100 * g.before:.0f}%",
                (100 * g.before, i + h / 2),
                va="center",
                fontsize=8,
                color=MUTED,
                xytext=(3, 0),
                textcoords="offset points",
            )
        ax.set_yticks(y, [_wrap(t) for t in labels])
        ax.invert_yaxis()
        ax.set_xlim(0, 118)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.set_xlabel(audit_word("share_axis", lang))
        ax.legend(loc="lower right")
    notes = []
    if small:
        shown = ", ".join(names.get(s, s) for s in small)
        notes.append(audit_word("small_groups", lang, k=MIN_GROUP, groups=shown))
    header = [
        audit_word("group", lang),
        audit_word("n", lang),
        audit_word("before", lang),
        audit_word("after", lang),
    ]
    rows = [
        [t, str(g.n), f"{100 * g.before:.0f}%", f"{100 * g.after:.0f}%"]
        for t, g in zip(labels, groups, strict=True)
    ]
    key_title = "decision_title" if by == "decision" else "month_title"
    caption = audit_word("share_caption", lang)
    return _spec(fig, key_title, caption, lang, records, ChartTable(header, rows), notes)


def _wrap(text: str, width: int = 26) -> str:
    import textwrap

    lines = textwrap.wrap(text, width) or [text]
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def option_name(ref: str, names: Mapping[str, str]) -> str:
    """Return an option's name, or the names of a combination ('a+b') joined by ' + '."""
    return names.get(ref) or " + ".join(names.get(part, part) for part in ref.split("+"))


def median_minutes(records: Sequence[AuditRecord]) -> int:
    values = sorted(r.minutes for r in records)
    return values[(len(values) - 1) // 2] if values else 0


def minutes_chart(records: Sequence[AuditRecord], lang: str) -> ChartSpec:
    """Bars: how many women spent 0-5, 5-10, ... minutes with the aid."""
    counts = [sum(lo <= r.minutes < hi for r in records) for lo, hi in MINUTE_BINS]
    labels = [f"{lo}–{hi}" if hi < 600 else f"{lo}+" for lo, hi in MINUTE_BINS]
    with chart_style():
        fig = new_figure(7.0, 3.0)
        ax = fig.add_subplot()
        ax.bar(range(len(counts)), counts, 0.7, color=OKABE_ITO[2], edgecolor=INK)
        for i, value in enumerate(counts):
            ax.annotate(
                str(value),
                (i, value),
                ha="center",
                va="bottom",
                fontsize=8,
                xytext=(0, 2),
                textcoords="offset points",
            )
        ax.set_xticks(range(len(counts)), labels)
        ax.set_xlabel(audit_word("minutes_axis", lang))
        ax.set_ylabel(audit_word("women", lang))
    caption = audit_word("minutes_caption", lang, n=len(records), median=median_minutes(records))
    table = ChartTable(
        [audit_word("minutes_axis", lang), audit_word("women", lang)],
        [[t, str(c)] for t, c in zip(labels, counts, strict=True)],
    )
    return _spec(fig, "minutes_title", caption, lang, records, table)


def leaning_shares(
    records: Sequence[AuditRecord], lang: str, names: Mapping[str, str]
) -> tuple[list[tuple[str, int, list[tuple[str, int]]]], list[str]]:
    """Return, per decision of at least MIN_GROUP women, (name, n, [(answer, count)]), and the
    names of smaller decisions. Options fewer than MIN_GROUP leaned to are counted together."""
    shown, small = [], []
    for decision in sorted({r.decision for r in records}):
        members = [r for r in records if r.decision == decision]
        name = names.get(decision, decision)
        if len(members) < MIN_GROUP:
            small.append(name)
            continue
        counts = Counter(r.leaning or "" for r in members)
        parts, other = [], 0
        for answer, count in counts.most_common():
            if count < MIN_GROUP:
                other += count
                continue
            label = {"": audit_word("not_said", lang), "unsure": audit_word("unsure", lang)}
            parts.append((label.get(answer) or option_name(answer, names), count))
        if other:
            parts.append((audit_word("other", lang, k=MIN_GROUP), other))
        shown.append((name, len(members), parts))
    return shown, small


def leaning_chart(
    records: Sequence[AuditRecord], lang: str, names: Mapping[str, str] | None = None
) -> ChartSpec:
    """Bars, one panel per decision: the share of women leaning to each option."""
    names = names or {}
    shown, small = leaning_shares(records, lang, names)
    bars = sum(len(parts) for _n, _c, parts in shown)
    with chart_style():
        fig = new_figure(7.0, max(2.6, 0.27 * bars + 0.55 * len(shown) + 0.6))
        heights = [max(1, len(parts)) for _n, _c, parts in shown] or [1]
        axes = fig.subplots(len(heights), 1, sharex=True, height_ratios=heights, squeeze=False)
        for ax, (name, n, parts) in zip(axes[:, 0], shown, strict=True):
            shares = [100 * count / n for _a, count in parts]
            y = list(range(len(parts)))
            ax.barh(y, shares, 0.7, color=OKABE_ITO[0], edgecolor=INK)
            for i, share in enumerate(shares):
                ax.annotate(
                    f"{share:.0f}%",
                    (share, i),
                    va="center",
                    fontsize=8,
                    xytext=(3, 0),
                    textcoords="offset points",
                )
            ax.set_yticks(y, [_short(a, 44) for a, _c in parts], fontsize=8)
            ax.invert_yaxis()
            ax.set_title(_short(f"{name} (n={n})", 80), loc="left", fontsize=9)
            ax.set_xlim(0, 110)
        axes[-1, 0].set_xticks([0, 25, 50, 75, 100])
        axes[-1, 0].set_xlabel(audit_word("lean_axis", lang))
    notes = []
    if small:
        notes.append(audit_word("small_groups", lang, k=MIN_GROUP, groups=", ".join(small)))
    rows = [[name, answer, str(count)] for name, _n, parts in shown for answer, count in parts]
    header = [audit_word("group", lang), audit_word("option", lang), audit_word("women", lang)]
    caption = audit_word("lean_caption", lang, k=MIN_GROUP)
    return _spec(fig, "lean_title", caption, lang, records, ChartTable(header, rows), notes)
