"""Can it be undone? One row per option, a mark in the matching column, the reason beside."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.patches import Rectangle

from endoaid.charts.common import citations_of, option_label, wrap
from endoaid.charts.hatching import add_hatch
from endoaid.charts.style import (
    INK,
    MUTED,
    ChartSpec,
    ChartTable,
    chart_style,
    new_figure,
    option_styles,
)
from endoaid.charts.words import word
from endoaid.content import ContentPack, Decision

ORDER: tuple[str, ...] = ("no", "partly", "yes", "not-applicable")


def reversibility_of(pack: ContentPack, option_ref: str, lang: str) -> tuple[str, str, list[str]]:
    """Return (answer, explanation, citation ids) for an option or a combination.

    A combination is only as undoable as its parts together: all "yes" is "yes", all "no" is
    "no", anything mixed is "partly".
    """
    parts = pack.parts(option_ref)
    answers = {p.reversibility.reversible for p in parts}
    if len(answers) == 1:
        answer = answers.pop()
    else:
        answer = "partly" if answers - {"not-applicable"} else "not-applicable"
    texts = [p.reversibility.text.get(lang) for p in parts]
    citations = citations_of(c for p in parts for c in p.reversibility.citations)
    return answer, " ".join(texts), citations


def reversibility_chart(
    pack: ContentPack,
    decision: Decision,
    options: Sequence[str],
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
) -> ChartSpec:
    """Return a chart placing each option under No / Partly / Yes, with its reason as text."""
    facts = {ref: reversibility_of(pack, ref, lang) for ref in options}
    columns = [a for a in ORDER if a in {f[0] for f in facts.values()} or a in ("no", "yes")]
    styles = option_styles(list(options))
    with chart_style():
        figure = new_figure(7.0, 0.5 + 0.62 * len(options))
        ax = figure.add_subplot()
        ax.set_xlim(-0.5, len(columns) - 0.5)
        ax.set_ylim(len(options) - 0.5, -0.5)
        ax.set_xticks(range(len(columns)), [word(f"rev_{c}", lang, labels) for c in columns])
        ax.xaxis.tick_top()
        ax.tick_params(axis="x", length=0, labelsize=11)
        ax.set_yticks(
            range(len(options)), [wrap(option_label(pack, decision, r, lang), 26) for r in options]
        )
        ax.tick_params(axis="y", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        for x in range(len(columns) + 1):
            ax.axvline(x - 0.5, color=MUTED, linewidth=0.6)
        for y in range(len(options) + 1):
            ax.axhline(y - 0.5, color=MUTED, linewidth=0.6)
        for row, ref in enumerate(options):
            answer = facts[ref][0]
            col = columns.index(answer)
            style = styles[ref]
            ax.add_patch(
                Rectangle(
                    (col - 0.32, row - 0.3),
                    0.64,
                    0.6,
                    facecolor=style.colour,
                    edgecolor=INK,
                    linewidth=1.0,
                )
            )
            add_hatch(ax, col - 0.32, row - 0.3, 0.64, 0.6, style.hatch, INK)
            ax.text(
                col,
                row,
                word(f"rev_{answer}", lang, labels),
                ha="center",
                va="center",
                fontsize=10,
                color=INK,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5},
            )
    answers = {ref: word(f"rev_{facts[ref][0]}", lang, labels) for ref in options}
    sep = word("label_sep", lang, labels)
    items = word("list_sep", lang, labels).join(
        f"{option_label(pack, decision, ref, lang)}{sep}{answers[ref].lower()}" for ref in options
    )
    table = ChartTable(
        header=[
            word("option", lang, labels),
            word("reversibility_title", lang, labels),
            word("what_it_means", lang, labels),
        ],
        rows=[
            [
                option_label(pack, decision, ref, lang),
                word(f"rev_{facts[ref][0]}", lang, labels),
                facts[ref][1],
            ]
            for ref in options
        ],
    )
    return ChartSpec(
        figure=figure,
        title=word("reversibility_title", lang, labels),
        caption=word("rev_caption", lang, labels, items=items),
        units="",
        time_frame="",
        source=citations_of(c for f in facts.values() for c in f[2]),
        table=table,
    )
