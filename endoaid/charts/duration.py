"""How long each option lasts: a timeline with the usual length, the range and check-ups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from endoaid.charts.common import citations_of, option_label, wrap
from endoaid.charts.hatching import add_hatch
from endoaid.charts.style import (
    INK,
    MUTED,
    ChartSpec,
    ChartTable,
    chart_style,
    new_figure,
    number,
    option_styles,
)
from endoaid.charts.words import word
from endoaid.consultation.schedule import Timeline, timeline
from endoaid.content import ContentPack, Decision


def length_text(course: Timeline, lang: str, labels: Mapping[str, str] | None = None) -> str:
    """Return how long a course lasts in words: 'Once', '2 to 5 years (usually 5 years)'."""
    if course.max_years is None or course.min_years is None:
        if not course.phases:
            return word("nothing_to_take", lang, labels)
        if course.is_one_off:
            return word("once", lang, labels)
        return word("no_fixed_length", lang, labels)
    if course.min_years == course.max_years:
        return word("years_n", lang, labels, n=number(course.max_years))
    text = word(
        "length_range", lang, labels, low=number(course.min_years), high=number(course.max_years)
    )
    if course.typical_years is not None:
        usual = word("length_usual", lang, labels, n=number(course.typical_years))
        text += word("aside", lang, labels, text=usual)
    return text


def _legend(used: set[str], lang: str, labels: Mapping[str, str] | None) -> list[Artist]:
    """Return neutral legend keys for the marks this chart actually drew."""
    handles: list[Artist] = []
    if "usual" in used:
        handles.append(
            Patch(facecolor="#BBBBBB", edgecolor=INK, label=word("treatment_usual", lang, labels))
        )
    if "shortest" in used:
        handles.append(
            Line2D(
                [],
                [],
                marker="|",
                markersize=14,
                markeredgewidth=2.5,
                color=INK,
                linestyle="none",
                label=word("treatment_shortest", lang, labels),
            )
        )
    if "may_continue" in used:
        handles.append(
            Patch(
                facecolor="white",
                edgecolor=INK,
                linestyle="--",
                label=word("treatment_may_continue", lang, labels),
            )
        )
    if "once" in used:
        handles.append(
            Line2D(
                [],
                [],
                marker="*",
                markersize=12,
                color="#BBBBBB",
                markeredgecolor=INK,
                linestyle="none",
                label=word("once", lang, labels),
            )
        )
    if "review" in used:
        handles.append(
            Line2D(
                [],
                [],
                marker="D",
                markersize=6,
                color="white",
                markeredgecolor=INK,
                linestyle="none",
                label=word("review_point", lang, labels),
            )
        )
    return handles


def _draw_range(
    ax: Axes, row: int, ref: str, years: tuple[float, float, float], colour: str, hatch: str | None
) -> set[str]:
    """Draw a course with a length: return the legend keys used.

    The solid bar ends at the usual length, as the words say ("usually 5 years"); a dashed
    part goes on to the longest length; a stroke marks a shortest length below the usual one.
    Each mark's gid ("usual:REF", …) lets tests read back where it was drawn.
    """
    shortest, usual, longest = years
    bar = ax.barh(row, usual, height=0.42, color=colour, edgecolor=INK, linewidth=0.8)
    bar.patches[0].set_gid(f"usual:{ref}")
    add_hatch(ax, 0, row - 0.21, usual, 0.42, hatch, INK)
    used = {"usual"}
    if longest > usual:
        more = ax.barh(
            row,
            longest - usual,
            left=usual,
            height=0.42,
            facecolor="white",
            edgecolor=colour,
            linewidth=1.4,
            linestyle="--",
        )
        more.patches[0].set_gid(f"may-continue:{ref}")
        add_hatch(ax, usual, row - 0.21, longest - usual, 0.42, hatch or "///", colour)
        used.add("may_continue")
    if shortest < usual:
        (stroke,) = ax.plot(
            [shortest] * 2, [row - 0.3, row + 0.3], color=INK, linewidth=2.5, zorder=3
        )
        stroke.set_gid(f"shortest:{ref}")
        used.add("shortest")
    return used


def duration_chart(
    pack: ContentPack,
    decision: Decision,
    options: Sequence[str],
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    schedule_ids: Mapping[str, str] | None = None,
) -> ChartSpec:
    """Return one timeline row per option: solid to the usual length, dashed on to the longest.

    One-off events (an operation) are a single mark at their day; check-ups are diamonds.
    """
    courses = {ref: timeline(pack, ref, (schedule_ids or {}).get(ref)) for ref in options}
    styles = option_styles(list(options))
    horizon = max([5.0] + [c.max_years or 0 for c in courses.values()]) + 0.5
    citations: list[str] = []
    with chart_style():
        figure = new_figure(7.0, 1.3 + 0.8 * len(options))
        ax = figure.add_subplot()
        ax.set_xlim(-0.3, horizon)
        ax.set_ylim(len(options) - 0.5, -0.5)
        ax.set_xlabel(word("years", lang, labels))
        ax.set_xticks(range(0, int(horizon) + 1))
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.set_yticks(
            range(len(options)), [wrap(option_label(pack, decision, r, lang), 24) for r in options]
        )
        ax.tick_params(axis="y", length=0)
        used: set[str] = set()
        for row, ref in enumerate(options):
            course = courses[ref]
            style = styles[ref]
            citations.extend(course.duration_citations)
            if course.min_years is not None and course.max_years is not None:
                usual = course.min_years if course.typical_years is None else course.typical_years
                years = (course.min_years, usual, course.max_years)
                used |= _draw_range(ax, row, ref, years, style.colour, style.hatch)
                ax.text(
                    0.05,
                    row - 0.27,
                    length_text(course, lang, labels),
                    va="bottom",
                    fontsize=9,
                    color=INK,
                )
            elif not course.phases:
                ax.text(0.1, row, length_text(course, lang, labels), va="center", fontsize=9)
            elif not course.is_one_off:
                ax.annotate(
                    "",
                    xy=(horizon, row),
                    xytext=(0, row),
                    arrowprops={"arrowstyle": "->", "color": style.colour, "linewidth": 3},
                )
                ax.text(
                    0.05, row - 0.27, length_text(course, lang, labels), va="bottom", fontsize=9
                )
            for phase in course.phases:
                if phase.end_month is not None:
                    ax.plot(
                        phase.start_month / 12,
                        row,
                        marker="*",
                        markersize=16,
                        color=style.colour,
                        markeredgecolor=INK,
                        linestyle="none",
                    )
                    used.add("once")
                    if course.max_years is None:
                        ax.text(
                            phase.start_month / 12 + 0.25,
                            row,
                            phase.label.get(lang),
                            va="center",
                            fontsize=9,
                            color=INK,
                        )
            for review in course.review_points:
                ax.plot(
                    review.month / 12,
                    row + 0.32,
                    marker="D",
                    markersize=6,
                    color="white",
                    markeredgecolor=INK,
                    linestyle="none",
                )
                used.add("review")
        ax.axvline(0, color=MUTED, linewidth=0.8)
        handles = _legend(used, lang, labels)
        if handles:
            figure.legend(
                handles=handles, loc="outside lower center", ncols=len(handles), fontsize=9
            )
    sep = word("label_sep", lang, labels)
    items = word("list_sep", lang, labels).join(
        f"{option_label(pack, decision, ref, lang)}{sep}{length_text(courses[ref], lang, labels)}"
        for ref in options
    )
    table = ChartTable(
        header=[
            word("option", lang, labels),
            word("treatment_usual", lang, labels),
            word("check_ups", lang, labels),
        ],
        rows=[
            [
                option_label(pack, decision, ref, lang),
                length_text(courses[ref], lang, labels),
                word("clause_sep", lang, labels).join(
                    r.label.get(lang)
                    + word("aside", lang, labels, text=word("months_n", lang, labels, n=r.month))
                    for r in courses[ref].review_points
                ),
            ]
            for ref in options
        ],
    )
    return ChartSpec(
        figure=figure,
        title=word("duration_title", lang, labels),
        caption=word("duration_caption", lang, labels, items=items),
        units=word("years", lang, labels),
        time_frame=word("from_start", lang, labels),
        source=citations_of(citations),
        table=table,
    )
