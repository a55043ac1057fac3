"""Colours, greyscale cues and SVG output shared by every chart."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from matplotlib.figure import Figure

from endoaid.charts import figure_to_svg, option_colours, option_styles
from endoaid.charts.style import BASELINE_COLOUR, OKABE_ITO, chart_style, new_figure
from endoaid.charts.words import WORDS

ids = st.from_regex(r"[a-z]{2,8}(-[a-z]{2,6})?", fullmatch=True)


@given(st.lists(ids, min_size=1, max_size=4, unique=True))
def test_options_shown_together_never_share_a_colour(refs: list[str]) -> None:
    """Two to four options on one chart always get different colours from the safe palette."""
    colours = option_colours(refs)
    assert len(set(colours.values())) == len(refs)
    assert set(colours.values()) <= set(OKABE_ITO)


def test_an_option_keeps_its_colour_across_charts() -> None:
    """The same option has the same colour whether it is shown first or second."""
    first = option_colours(["oophorectomy", "gnrh-agonist"])
    second = option_colours(["gnrh-agonist", "oophorectomy"])
    assert first["gnrh-agonist"] == second["gnrh-agonist"]
    assert first["oophorectomy"] == second["oophorectomy"]


def test_the_baseline_is_always_grey() -> None:
    """'No further endocrine therapy' is the grey yardstick, whatever it is shown with."""
    assert option_colours(["tamoxifen", "no-endocrine-therapy"])["no-endocrine-therapy"] == (
        BASELINE_COLOUR
    )


def test_options_differ_in_greyscale_too() -> None:
    """Options side by side differ by hatch and marker, not only by colour."""
    styles = option_styles(["anastrozole", "tamoxifen", "letrozole"])
    assert len({s.hatch for s in styles.values()}) == 3
    assert len({s.marker for s in styles.values()}) == 3


def test_svg_keeps_text_as_text_in_one_font_family() -> None:
    """The SVG for the PDF holds the words as text, all in one font family."""
    with chart_style():
        figure: Figure = new_figure()
        ax = figure.add_subplot()
        ax.set_xlabel("Years from the start")
        ax.legend(handles=ax.plot([0, 1], [0, 1], label="Ovary injections"))
    svg = figure_to_svg(figure).decode()
    assert "Years from the start" in svg
    assert "Ovary injections" in svg
    families = set(re.findall(r"font-family:\s*([^;\"]+)", svg))
    assert len(families) == 1


def test_every_chart_word_is_found_in_the_chinese_catalogue() -> None:
    """Axis labels and caption templates come translated from the catalogue, not in English
    (a word that is only placeholders, such as "{outcome}", is the same in every language)."""
    from endoaid.i18n import catalogue_text

    english = {k: t for k, t in WORDS.items() if re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", t))}
    missing = [k for k, t in english.items() if catalogue_text("zh_CN", "ChartWords", t) == t]
    assert missing == []
