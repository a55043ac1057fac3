"""Common side effects as bars on one 0-100 scale, from the decision's shared comparisons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
from endoaid.consultation import precision
from endoaid.content import ContentPack, Decision, Frequency
from endoaid.languages import word_gap


def per_hundred(frequency: Frequency) -> tuple[float, float | None, float | None]:
    """Return (value, low, high) rescaled to 100 women, whatever the source's denominator."""
    scale = 100 / frequency.denominator
    low = None if frequency.low is None else frequency.low * scale
    high = None if frequency.high is None else frequency.high * scale
    return frequency.value * scale, low, high


def side_effects_chart(
    pack: ContentPack,
    decision: Decision,
    options: Sequence[str],
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
) -> ChartSpec:
    """Return grouped bars: for each side effect counted the same way, women out of 100 per option.

    Every bar uses the same 0-100 axis; an option the source did not count gets "not reported"
    written where its bar would be, never a zero bar.
    """
    comparisons = [c for c in decision.side_effects if any(a.option in options for a in c.arms)]
    styles = option_styles(list(options))
    rows: list[list[str]] = []
    citations: list[str] = []
    contexts: list[str] = []
    items: list[str] = []
    unranged = ranged = 0
    """Bars whose source gave no range (said once in the caption), and bars with one."""
    n_opt = len(options)
    bar_h = 0.8 / max(n_opt, 1)
    with chart_style():
        figure = new_figure(7.0, 1.1 + max(1, len(comparisons)) * (0.2 + 0.3 * n_opt))
        ax = figure.add_subplot()
        ax.set_xlim(0, 100)
        ax.set_ylim(max(1, len(comparisons)) - 0.5, -0.5)  # before hatching: it needs the scale
        ax.set_xlabel(word("out_of_100", lang, labels))
        ax.set_xticks(range(0, 101, 20))
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
        ax.set_axisbelow(True)
        if not comparisons:
            ax.text(50, 0.5, word("no_side_effects", lang, labels), ha="center", va="center")
            ax.set_yticks([])
        for group, comparison in enumerate(comparisons):
            context = word("clause_sep", lang, labels).join(
                (comparison.time_frame.text.get(lang), comparison.population.get(lang))
            )
            if context not in contexts:
                contexts.append(context)
            arms = {a.option: a.frequency for a in comparison.arms}
            values: list[str] = []
            for i, ref in enumerate(options):
                y = group + (i - (n_opt - 1) / 2) * bar_h
                style = styles[ref]
                name = option_label(pack, decision, ref, lang)
                freq = arms.get(ref)
                if freq is None:
                    ax.text(1, y, word("not_reported", lang, labels), va="center", color=MUTED)
                    values.append(
                        word(
                            "se_value_missing",
                            lang,
                            labels,
                            n=word("not_reported", lang, labels),
                            option=name,
                        )
                    )
                    rows.append(
                        [
                            comparison.name.get(lang),
                            name,
                            word("not_reported", lang, labels),
                            "",
                            context,
                        ]
                    )
                    continue
                value, low, high = per_hundred(freq)
                ax.barh(
                    y,
                    value,
                    height=bar_h * 0.9,
                    color=style.colour,
                    edgecolor=INK,
                    linewidth=0.8,
                )
                add_hatch(ax, 0, y - bar_h * 0.45, value, bar_h * 0.9, style.hatch, INK)
                if low is not None and high is not None:
                    ax.errorbar(
                        value,
                        y,
                        xerr=[[value - low], [high - value]],
                        color=INK,
                        capsize=3,
                        linewidth=1,
                    )
                end = high if high is not None else value
                label = number(value)
                if low is not None and high is not None:  # the range beside its bar, in words
                    spread = precision.short_range(low, high, lang)
                    label += word("aside", lang, labels, text=spread)
                ax.text(end + 1.5, y, label, va="center", color=INK, fontsize=10)
                if low is not None and high is not None:
                    range_text = precision.short_range(low, high, lang)
                    said = word(
                        "se_value_ranged",
                        lang,
                        labels,
                        n=number(value),
                        range=range_text,
                        option=name,
                    )
                else:
                    said = word("se_value", lang, labels, n=number(value), option=name)
                values.append(said)
                if low is not None and high is not None:
                    spread = precision.range_words(low, high, lang)
                else:
                    spread = precision.not_reported(lang, short=True)
                    unranged += 1
                ranged += low is not None and high is not None
                rows.append([comparison.name.get(lang), name, number(value), spread, context])
                citations.extend(freq.citations)
            items.append(
                word(
                    "se_item",
                    lang,
                    labels,
                    name=comparison.name.get(lang).lower()
                    if lang == "en"
                    else comparison.name.get(lang),
                    values=word("and", lang, labels).join(values),
                )
            )
        if comparisons:
            handles = [
                Patch(
                    facecolor=styles[ref].colour,
                    edgecolor=INK,
                    hatch=styles[ref].hatch,
                    label=option_label(pack, decision, ref, lang),
                )
                for ref in options
            ]
            ax.set_yticks(
                range(len(comparisons)), [wrap(c.name.get(lang), 18) for c in comparisons]
            )
            ax.tick_params(axis="y", length=0)
            figure.legend(
                handles=handles, loc="outside lower center", ncols=min(n_opt, 2), fontsize=9
            )
    caption = (
        word(
            "se_caption",
            lang,
            labels,
            items=word("list_sep", lang, labels).join(items),
            context=word("list_sep", lang, labels).join(contexts),
        )
        if comparisons
        else word("no_side_effects", lang, labels)
    )
    if unranged:
        said = precision.not_reported(lang, several=unranged > 1, others=ranged > 0)
        caption += word_gap(lang) + said
    relative = precision.relative_sentences(
        pack,
        decision,
        [
            (arm.option, effect)
            for comparison in comparisons
            for arm in comparison.arms
            if arm.option in options
            for effect in arm.compared
        ],
        lang,
    )
    table = ChartTable(
        header=[
            word("side_effect", lang, labels),
            word("option", lang, labels),
            word("out_of_100", lang, labels),
            word("precision", lang, labels),
            "",
        ],
        rows=rows,
    )
    return ChartSpec(
        figure=figure,
        title=word("side_effects_title", lang, labels),
        caption=caption,
        units=word("out_of_100", lang, labels),
        time_frame=word("list_sep", lang, labels).join(
            c.time_frame.text.get(lang) for c in comparisons
        ),
        source=citations_of(citations),
        table=table,
        notes=[*contexts, *relative],
    )
