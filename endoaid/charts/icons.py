"""Out of 100 women: one icon array per option, the baseline first, affected icons together."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path

from endoaid.charts.common import citations_of, option_label, wrap
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
from endoaid.consultation.benefit import ArmFigure, BenefitResult
from endoaid.content import ContentPack, Decision
from endoaid.languages import word_gap

IconShape = Literal["person", "square"]
GRID = 10


def person_shape() -> Path:
    """Return one person-shaped icon (head and body) in a unit cell."""
    # An octagon reads as a head at icon size and keeps the SVG and the PDF small.
    ring = [
        (
            0.5 + 0.17 * math.cos(math.pi / 8 + k * math.pi / 4),
            0.76 + 0.17 * math.sin(math.pi / 8 + k * math.pi / 4),
        )
        for k in range(8)
    ]
    head = Path([*ring, ring[0]], [Path.MOVETO] + [Path.LINETO] * 7 + [Path.CLOSEPOLY])
    body = Path(
        [
            (0.18, 0.05),
            (0.82, 0.05),
            (0.82, 0.38),
            (0.68, 0.54),
            (0.32, 0.54),
            (0.18, 0.38),
            (0.18, 0.05),
        ],
        [Path.MOVETO] + [Path.LINETO] * 5 + [Path.CLOSEPOLY],
    )
    return Path.make_compound_path(head, body)


def square_shape() -> Path:
    """Return one plain square icon in a unit cell."""
    return Path(
        [(0.1, 0.1), (0.9, 0.1), (0.9, 0.9), (0.1, 0.9), (0.1, 0.1)],
        [Path.MOVETO] + [Path.LINETO] * 3 + [Path.CLOSEPOLY],
    )


def icon_count(arm: ArmFigure) -> int | None:
    """Return how many of 100 icons are coloured for an arm (its figure rounded), or None."""
    if arm.events is None:
        return None
    return round(arm.events * 100 / arm.denominator)


def icon_groups(counts: Sequence[int]) -> list[list[tuple[int, int]]]:
    """Return the grid cells of each group, in order, filling whole rows from the top left."""
    cells = [(i % GRID, GRID - 1 - i // GRID) for i in range(GRID * GRID)]
    out, start = [], 0
    for n in counts:
        out.append(cells[start : start + n])
        start += n
    return out


def icon_positions(affected: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return (affected, not affected) grid cells: affected fill whole rows from the top left."""
    shown, rest = icon_groups((affected, GRID * GRID - affected))
    return shown, rest


def icons_path(shape: Path, cells: list[tuple[int, int]]) -> Path:
    """Return one compound path holding an icon at each grid cell."""
    offsets = np.repeat(np.array(cells, dtype=float), len(shape.vertices), axis=0)
    vertices = np.tile(shape.vertices, (len(cells), 1)) + offsets
    return Path(vertices, np.tile(shape.codes, len(cells)))


def icon_array_chart(
    pack: ContentPack,
    decision: Decision,
    benefit: BenefitResult,
    lang: str = "en",
    icon: IconShape = "person",
    labels: Mapping[str, str] | None = None,
) -> ChartSpec:
    """Return 100 icons per option (from `benefit_figures`), the baseline first.

    The coloured icons are the women with the outcome (e.g. the cancer came back), grouped in
    whole rows; the caption gives both frames ("29 … and 71 …").
    """
    shape = person_shape() if icon == "person" else square_shape()
    arms = benefit.arms
    styles = option_styles([a.option for a in arms])
    items: list[str] = []
    rows: list[list[str]] = []
    unranged: list[str] = []
    """Options whose trial figure has no reported range (said once under the chart)."""
    ranged_count = 0
    with chart_style():
        figure = new_figure(7.0, 3.5 if len(arms) <= 3 else 3.0)
        axes = figure.subplots(1, len(arms), squeeze=False)[0]
        for ax, arm in zip(axes, arms, strict=True):
            name = option_label(pack, decision, arm.option, lang)
            ax.set_xlim(-0.2, GRID + 0.2)
            ax.set_ylim(-0.2, GRID + 0.2)
            ax.set_aspect("equal")
            ax.set_axis_off()
            count = icon_count(arm)
            if count is None:
                ax.text(
                    GRID / 2,
                    GRID / 2,
                    wrap(arm.not_reported or "", 22),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=MUTED,
                )
                ax.set_title(wrap(name, 24), fontsize=9)
                reason = (arm.not_reported or word("not_reported", lang, labels)).rstrip(".。")
                items.append(word("icons_item_missing", lang, labels, option=name, reason=reason))
                rows.append([name, word("not_reported", lang, labels), "", ""])
                continue
            yes, no = icon_positions(count)
            style = styles[arm.option]
            # One compound path per group: 100 separate paths make slow, large SVG.
            if yes:
                ax.add_artist(  # not add_patch: its bezier-by-bezier limit update is slow
                    PathPatch(
                        icons_path(shape, yes),
                        facecolor=style.colour,
                        edgecolor=INK,
                        linewidth=0.5,
                        label="affected",
                    )
                )
            if no:
                ax.add_artist(  # not add_patch: its bezier-by-bezier limit update is slow
                    PathPatch(
                        icons_path(shape, no),
                        facecolor="white",
                        edgecolor="#9A9A9A",
                        linewidth=0.5,
                        label="not affected",
                    )
                )
            scale = 100 / arm.denominator
            ranged = arm.range_reported and arm.low is not None and arm.high is not None
            low = arm.low * scale if ranged and arm.low is not None else 0.0
            high = arm.high * scale if ranged and arm.high is not None else 0.0
            beside = (
                precision.short_range(low, high, lang)
                if ranged
                else precision.not_reported(lang, short=True)
                if arm.method == "trial"
                else ""  # her own risk, as entered: not a study's figure
            )
            ax.set_title(f"{wrap(name, 24)}\n{count} / 100", fontsize=9)
            if beside:  # how precise, right under the figure's icons
                ax.text(
                    GRID / 2,
                    -0.4,
                    word("aside", lang, labels, text=beside).strip(),
                    ha="center",
                    va="top",
                    fontsize=8,
                    color=INK if ranged else MUTED,
                )
            her_risk = arm.method == "baseline-risk"
            outcome = benefit.outcome
            if ranged:  # the range right after the figure it belongs to
                outcome += precision.range_clause(low, high, lang, her_risk=her_risk)
                ranged_count += 1
            elif arm.method == "trial":
                unranged.append(name)
            items.append(
                word(
                    "icons_item",
                    lang,
                    labels,
                    option=name,
                    n=count,
                    m=100 - count,
                    outcome=outcome,
                    outcome_not=benefit.outcome_not,
                )
            )
            spread = (
                precision.range_words(low, high, lang, her_risk=arm.method == "baseline-risk")
                if ranged
                else precision.not_reported(lang, short=True)
            )
            rows.append(
                [
                    name,
                    number(arm.events * 100 / arm.denominator),
                    number(100 - arm.events * 100 / arm.denominator),
                    spread,
                ]
            )
        figure.legend(
            handles=[
                Patch(facecolor="#555555", edgecolor=INK, label=wrap(benefit.outcome, 48)),
                Patch(facecolor="white", edgecolor="#9A9A9A", label=wrap(benefit.outcome_not, 48)),
            ],
            loc="outside lower center",
            ncols=2,
            fontsize=9,
        )
    caption = word(
        "icons_caption",
        lang,
        labels,
        time_frame=benefit.time_frame_text[:1].upper() + benefit.time_frame_text[1:],
        items=word("list_sep", lang, labels).join(items),
    )
    if unranged:  # how sure the figures are: said beside them, never left out
        others = ranged_count > 0
        said = precision.not_reported(lang, several=len(unranged) > 1, others=others)
        caption += word_gap(lang) + said
    relative = precision.relative_sentences(
        pack, decision, precision.benefit_effects(decision, [a.option for a in arms]), lang
    )
    table = ChartTable(
        header=[
            word("option", lang, labels),
            benefit.outcome,
            benefit.outcome_not,
            word("precision", lang, labels),
        ],
        rows=rows,
    )
    return ChartSpec(
        figure=figure,
        title=word("icons_title", lang, labels),
        caption=caption,
        units=word("out_of_100", lang, labels),
        time_frame=benefit.time_frame_text,
        source=citations_of(c for a in arms for c in a.citations),
        table=table,
        notes=[benefit.population, benefit.caveat, *relative],
    )
