"""Her own figures as 100 icons per arm in three groups: breast-cancer deaths, other deaths, alive.

The three groups differ in colour and in grey: dark blue, light orange with a stroke across
each icon (so it stays apart from blue in grey print and high contrast), and white.
"""

from __future__ import annotations

from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path

from endoaid.charts.common import wrap
from endoaid.charts.icons import (
    GRID,
    IconShape,
    icon_groups,
    icons_path,
    person_shape,
    square_shape,
)
from endoaid.charts.style import INK, ChartSpec, ChartTable, chart_style, new_figure, number
from endoaid.charts.words import word
from endoaid.consultation.personal_figures import PersonalFigures

BREAST_DEATH_COLOUR = "#0072B2"
"""Okabe-Ito blue: dark in grey print."""
OTHER_DEATH_COLOUR = "#E69F00"
"""Okabe-Ito orange: mid grey in print, told apart by the stroke as well."""
ALIVE_COLOUR = "white"
_EDGE = "#9A9A9A"


def _stroke() -> Path:
    """Return one stroke across a unit cell, the mark of an other-cause death."""
    return Path([(0.12, 0.08), (0.88, 0.92)], [Path.MOVETO, Path.LINETO])


def _legend_marker(shape: Path, stroke: bool) -> Path:
    centred = Path(shape.vertices - 0.5, shape.codes)
    if not stroke:
        return centred
    line = _stroke()
    return Path.make_compound_path(centred, Path(line.vertices - 0.5, line.codes))


def personal_icon_chart(figures: PersonalFigures, icon: IconShape = "person") -> ChartSpec:
    """Return 100 icons per arm of her estimate: who died of breast cancer, of other causes,
    and who is alive, with both frames in the caption and the same three groups in the table."""
    lang = figures.lang
    shape = person_shape() if icon == "person" else square_shape()
    alive_word, breast_word, other_word, _gone = figures.group_words
    fills = (BREAST_DEATH_COLOUR, OTHER_DEATH_COLOUR, ALIVE_COLOUR)
    rows: list[list[str]] = []
    with chart_style():
        figure = new_figure(7.0, 3.2 if len(figures.arms) >= 3 else 3.6)  # square icon grids
        axes = figure.subplots(1, len(figures.arms), squeeze=False)[0]
        for ax, arm in zip(axes, figures.arms, strict=True):
            ax.set_xlim(-0.2, GRID + 0.2)
            ax.set_ylim(-0.2, GRID + 0.2)
            ax.set_aspect("equal")
            ax.set_axis_off()
            alive, breast, other = arm.counts()
            groups = icon_groups((breast, other, alive))
            for cells, fill in zip(groups, fills, strict=True):
                if cells:  # one compound path per group: 100 paths make slow, large SVG
                    edge = _EDGE if fill == ALIVE_COLOUR else INK
                    ax.add_artist(
                        PathPatch(icons_path(shape, cells), facecolor=fill, edgecolor=edge, lw=0.5)
                    )
            if groups[1]:
                ax.add_artist(
                    PathPatch(icons_path(_stroke(), groups[1]), fill=False, edgecolor=INK, lw=1.1)
                )
            alive_text = word("personal_count", lang, n=alive, group=alive_word)
            ax.set_title(f"{wrap(arm.name, 24)}\n{alive_text}", fontsize=9)
            rows.append(
                [
                    arm.name,
                    number(arm.alive),
                    number(arm.breast_cancer_deaths),
                    number(arm.other_deaths),
                ]
            )
        handles = [
            Line2D(
                [],
                [],
                linestyle="None",
                marker=_legend_marker(shape, stroke=fill == OTHER_DEATH_COLOUR),
                markersize=13,
                markerfacecolor=fill,
                markeredgecolor=INK,
                markeredgewidth=0.8,
                label=wrap(label, 30),
            )
            for fill, label in zip(fills, (breast_word, other_word, alive_word), strict=True)
        ]
        figure.legend(handles=handles, loc="outside lower center", ncols=3, fontsize=9)
    caption = word(
        "personal_caption",
        lang,
        headline=figures.headline(),
        items=word("list_sep", lang).join(figures.frames(arm) for arm in figures.arms),
    )
    table = ChartTable(
        header=[word("personal_arm", lang), alive_word, breast_word, other_word], rows=rows
    )
    return ChartSpec(
        figure=figure,
        title=figures.label,
        caption=caption,
        units=figures.units,
        time_frame=figures.time_frame_text,
        source=list(figures.citations),
        table=table,
        notes=[figures.population, *figures.caveats],
    )
