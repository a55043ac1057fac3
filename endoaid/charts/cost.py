"""Cost over time per option, the crossing point marked; in units when prices are not set."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import combinations

from matplotlib.ticker import MaxNLocator

from endoaid.charts.common import citations_of, option_label
from endoaid.charts.style import (
    INK,
    ChartSpec,
    ChartTable,
    chart_style,
    new_figure,
    number,
    option_styles,
)
from endoaid.charts.words import clinic_prices_line, currency_symbol, word
from endoaid.consultation.costs import UNIT_KINDS, CostSeries, crossing_month
from endoaid.consultation.schedule import schedules_for
from endoaid.content import ContentPack, Decision, PriceBook

MIN_CROSSING_MONTH = 3


def money_text(amount: Decimal, currency: str | None, lang: str = "en") -> str:
    """Return an amount as people read it on a bill: '£4,001', '¥1,234' (whole units)."""
    whole = f"{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP):,}"
    if not currency:
        return whole
    sign, whole = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    return f"{sign}{currency_symbol(currency, lang)}{whole}"


def years_text(years: float, lang: str, labels: Mapping[str, str] | None = None) -> str:
    """Return '1 year', '2.5 years' (or the Chinese)."""
    key = "year_n" if years == 1 else "years_n"
    return word(key, lang, labels, n=number(years))


def _year_ticks(horizon: int) -> range:
    """Return the years marked on a time axis: each year up to 5, every second year beyond."""
    return range(0, horizon + 1, 1 if horizon <= 5 else 2)


def _has_money(series: Sequence[CostSeries]) -> bool:
    currencies = {s.currency for s in series}
    return all(s.money is not None for s in series) and len(currencies) == 1


def cost_chart(
    pack: ContentPack,
    decision: Decision,
    series: Sequence[CostSeries],
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    book: PriceBook | None = None,
) -> ChartSpec:
    """Return the cumulative cost of each option (from `cost_course`) over the same years.

    When any price is missing, the same chart counts injections, tablets, operations, scans
    and clinic visits instead, with a note that local prices are not set. A clinic's own
    `book` (the one the series were costed from) is named in a note: it has no citations.
    """
    if not series:
        raise ValueError("cost_chart needs at least one cost series")
    if _has_money(series):
        spec = _money_chart(pack, decision, series, lang, labels)
    else:
        spec = _units_chart(pack, decision, series, lang, labels)
    line = clinic_prices_line(book, lang) if book is not None else None
    return replace(spec, notes=[*spec.notes, line]) if line else spec


def _money_chart(
    pack: ContentPack,
    decision: Decision,
    series: Sequence[CostSeries],
    lang: str,
    labels: Mapping[str, str] | None,
) -> ChartSpec:
    currency = series[0].currency
    styles = option_styles([s.option for s in series])
    horizon = series[0].years
    notes = _overlap_notes(
        pack, decision, {s.option: tuple(s.money or ()) for s in series}, lang, labels
    )
    crossings: list[tuple[str, str, int]] = []
    for a, b in combinations(series, 2):
        month = crossing_month(a, b)
        # A crossing in the first months comes from loading doses or a first visit, not from
        # a lasting difference: marking it would draw the eye to noise.
        if month is not None and month >= MIN_CROSSING_MONTH:
            crossings.append((a.option, b.option, month))
    with chart_style():
        figure = new_figure(7.0, 3.8)
        ax = figure.add_subplot()
        for s in series:
            style = styles[s.option]
            assert s.money is not None
            ax.step(
                [m / 12 for m in s.months],
                [float(v) for v in s.money],
                where="post",
                color=style.colour,
                linestyle=style.linestyle,
                linewidth=2.2,
                marker=style.marker,
                markevery=12,
                markeredgecolor=INK,
                label=option_label(pack, decision, s.option, lang),
            )
        for _a, _b, month in crossings:
            value = float(next(s.money for s in series if s.option == _a)[month])  # type: ignore[index]
            ax.plot(
                month / 12,
                value,
                marker="o",
                markersize=14,
                markerfacecolor="none",
                markeredgecolor=INK,
                markeredgewidth=1.5,
                linestyle="none",
            )
            ax.annotate(
                word("crossing", lang, labels, when=years_text(round(month / 12, 1), lang, labels)),
                xy=(month / 12, value),
                xytext=(12, -18),
                textcoords="offset points",
                fontsize=9,
                color=INK,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
            )
        ax.set_xlim(0, horizon)
        ax.set_ylim(bottom=0)
        ax.set_xticks(_year_ticks(horizon))
        ax.set_xlabel(word("years", lang, labels))
        ax.set_ylabel(word("cost", lang, labels, currency=currency_symbol(currency, lang).strip()))
        ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
        ax.grid(color="#DDDDDD", linewidth=0.6)
        ax.set_axisbelow(True)
        figure.legend(loc="outside lower center", ncols=min(len(series), 2), fontsize=9)
    share = series[0].insurance_share_percent
    if share is not None:
        notes.append(word("insurance_note", lang, labels, share=number(float(share))))
    totals = word("and", lang, labels).join(
        f"{money_text(s.total_at(horizon) or Decimal(0), currency, lang)} "
        f"({option_label(pack, decision, s.option, lang)})"
        for s in series
    )
    caption = word(
        "cost_caption", lang, labels, years=years_text(horizon, lang, labels), totals=totals
    )
    if crossings:
        caption += word(
            "cost_crossing_caption",
            lang,
            labels,
            when=years_text(round(crossings[0][2] / 12, 1), lang, labels),
        )
    checkpoints = sorted({y for y in (1, 2, 5, 10) if y <= horizon} | {horizon})
    table = ChartTable(
        header=[word("option", lang, labels)] + [years_text(y, lang, labels) for y in checkpoints],
        rows=[
            [option_label(pack, decision, s.option, lang)]
            + [money_text(s.total_at(y) or Decimal(0), currency, lang) for y in checkpoints]
            for s in series
        ],
    )
    return ChartSpec(
        figure=figure,
        title=word("cost_title", lang, labels),
        caption=caption,
        units=currency or "",
        time_frame=years_text(horizon, lang, labels),
        source=citations_of(
            c for s in series for item in s.price_items_used for c in item.citations
        ),
        table=table,
        notes=notes,
    )


def _overlap_notes(
    pack: ContentPack,
    decision: Decision,
    drawn: Mapping[str, tuple],
    lang: str,
    labels: Mapping[str, str] | None,
) -> list[str]:
    """Say which options draw exactly the same line (one would hide the other)."""
    groups: dict[tuple, list[str]] = {}
    for option, values in drawn.items():
        groups.setdefault(values, []).append(option)
    return [
        word(
            "same_lines",
            lang,
            labels,
            names=word("and", lang, labels).join(
                option_label(pack, decision, o, lang) for o in options
            ),
        )
        for options in groups.values()
        if len(options) > 1
    ]


def _kinds(series: Sequence[CostSeries]) -> list[str]:
    kinds = [k for k in UNIT_KINDS if k != "visit" and any(s.units[k][-1] for s in series)]
    return [*kinds, "visit"]


def _count(series: CostSeries, kind: str) -> list[int]:
    # Clinic visits count every event that needs a trip (an injection visit included), not
    # only the items of kind "visit": that is the burden a person plans her weeks around.
    return series.clinic_visits if kind == "visit" else series.units[kind]


def units_phrase(n: int, kind: str, lang: str, labels: Mapping[str, str] | None = None) -> str:
    """Return a count in words: 'injections: 13', '注射13次'."""
    return word(f"count_{kind}", lang, labels, n=n)


def _units_chart(
    pack: ContentPack,
    decision: Decision,
    series: Sequence[CostSeries],
    lang: str,
    labels: Mapping[str, str] | None,
) -> ChartSpec:
    styles = option_styles([s.option for s in series])
    horizon = series[0].years
    kinds = _kinds(series)
    with chart_style():
        figure = new_figure(7.0, 3.8)
        axes = figure.subplots(1, len(kinds), squeeze=False)[0]
        for ax, kind in zip(axes, kinds, strict=True):
            for s in series:
                style = styles[s.option]
                ax.step(
                    [m / 12 for m in s.months],
                    _count(s, kind),
                    where="post",
                    color=style.colour,
                    linestyle=style.linestyle,
                    linewidth=2.2,
                    marker=style.marker,
                    markevery=12,
                    markeredgecolor=INK,
                    label=option_label(pack, decision, s.option, lang) if ax is axes[0] else None,
                )
            ax.set_title(word(f"kind_{kind}", lang, labels), fontsize=10)
            ax.set_xlim(0, horizon)
            if any(_count(s, kind)[-1] for s in series):
                ax.set_ylim(bottom=0)
            else:  # nothing to count (tablets need no visits): a 0-1 axis, not 0.000-0.054
                ax.set_ylim(0, 1)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_xticks(_year_ticks(horizon))
            ax.grid(color="#DDDDDD", linewidth=0.6)
            ax.set_axisbelow(True)
        axes[0].set_ylabel(word("count_so_far", lang, labels))
        axes[len(axes) // 2].set_xlabel(word("years", lang, labels))
        figure.legend(loc="outside lower center", ncols=min(len(series), 2), fontsize=9)
    parts: list[str] = []
    for s in series:
        counts = word("clause_sep", lang, labels).join(
            units_phrase(_count(s, k)[-1], k, lang, labels) for k in kinds if _count(s, k)[-1]
        )
        sep = word("label_sep", lang, labels)
        parts.append(f"{option_label(pack, decision, s.option, lang)}{sep}{counts or '0'}")
    caption = word(
        "units_caption",
        lang,
        labels,
        years=years_text(horizon, lang, labels),
        totals=word("list_sep", lang, labels).join(parts),
    )
    table = ChartTable(
        header=[word("option", lang, labels)] + [word(f"kind_{k}", lang, labels) for k in kinds],
        rows=[
            [option_label(pack, decision, s.option, lang)] + [str(_count(s, k)[-1]) for k in kinds]
            for s in series
        ],
    )
    return ChartSpec(
        figure=figure,
        title=word("units_title", lang, labels),
        caption=caption,
        units=word("count_so_far", lang, labels),
        time_frame=years_text(horizon, lang, labels),
        source=citations_of(
            c
            for s in series
            for _part, schedule in schedules_for(pack, s.option)
            if schedule is not None
            for item in schedule.items
            for c in item.citations
        ),
        table=table,
        notes=[
            word("no_prices", lang, labels),
            *_overlap_notes(
                pack,
                decision,
                {s.option: tuple(tuple(_count(s, k)) for k in kinds) for s in series},
                lang,
                labels,
            ),
        ],
    )
