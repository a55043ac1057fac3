"""The "How long" chart draws what its caption and legend say, for every option with a range."""

from __future__ import annotations

import re

import pytest
from matplotlib.figure import Figure

from endoaid.charts import duration_chart
from endoaid.consultation import timeline
from endoaid.content import load_pack

PACK = load_pack()
RANGE = re.compile(r"(\d+(?:\.\d+)?) to (\d+(?:\.\d+)?) years \(usually (\d+(?:\.\d+)?) years\)")


def _with_range() -> list[tuple[str, str, str | None]]:
    """Every (decision, option, schedule) whose course lasts a range of years."""
    cases = []
    for decision in PACK.decisions.values():
        for ref in decision.options:
            schedules = [None, *(s.id for p in PACK.parts(ref) for s in p.schedules)]
            for schedule_id in dict.fromkeys(schedules):
                course = timeline(PACK, ref, schedule_id)
                if course.min_years is not None and course.min_years != course.max_years:
                    cases.append((decision.id, ref, schedule_id))
    return cases


def _marks(figure: Figure) -> dict[str, tuple[float, float]]:
    """Return the x extent of each mark the chart named with a gid ('usual:REF', …)."""
    ax = figure.axes[0]
    found: dict[str, tuple[float, float]] = {}
    for patch in ax.patches:
        if patch.get_gid():
            found[patch.get_gid().split(":")[0]] = (
                patch.get_x(),
                patch.get_x() + patch.get_width(),
            )
    for line in ax.lines:
        if line.get_gid():
            xs = [float(x) for x in line.get_xdata()]
            found[line.get_gid().split(":")[0]] = (min(xs), max(xs))
    return found


CASES = _with_range()


def test_the_pack_has_options_with_a_range() -> None:
    """The check below is not empty: injections and tablets last a range of years."""
    refs = {ref for _d, ref, _s in CASES}
    assert {"gnrh-agonist", "tamoxifen", "letrozole"} <= refs


@pytest.mark.parametrize("decision_id, ref, schedule_id", CASES)
def test_bar_legend_and_caption_say_the_same_length(
    decision_id: str, ref: str, schedule_id: str | None
) -> None:
    """The solid bar ends at the usual length, the dashed part at the longest, the stroke at the
    shortest, as the caption's words give them; the legend names exactly the marks drawn."""
    decision = PACK.decision(decision_id)
    ids = {ref: schedule_id} if schedule_id else None
    spec = duration_chart(PACK, decision, [ref], "en", schedule_ids=ids)
    low, high, usual = (float(n) for n in RANGE.search(spec.caption).groups())
    marks = _marks(spec.figure)
    assert marks["usual"] == pytest.approx((0, usual))
    if high > usual:
        assert marks["may-continue"] == pytest.approx((usual, high))
    else:
        assert "may-continue" not in marks
    if low < usual:
        assert marks["shortest"] == pytest.approx((low, low))
    else:
        assert "shortest" not in marks
    legend = {t.get_text() for t in spec.figure.legends[0].get_texts()}
    assert ("May continue to" in legend) == ("may-continue" in marks)
    assert ("Shortest length" in legend) == ("shortest" in marks)
    assert "Usual length" in legend


def test_injections_draw_the_usual_five_years_solid_and_two_as_the_shortest() -> None:
    """'2 to 5 years (usually 5 years)': solid to 5, a stroke at 2, nothing dashed."""
    decision = PACK.decision("ovarian-suppression-method")
    spec = duration_chart(PACK, decision, ["oophorectomy", "gnrh-agonist"])
    assert "2 to 5 years (usually 5 years)" in spec.caption
    marks = _marks(spec.figure)
    assert marks["usual"] == pytest.approx((0, 5))
    assert marks["shortest"] == pytest.approx((2, 2))
    assert "may-continue" not in marks


def test_a_combination_taken_for_as_long_as_it_works_has_no_fixed_length() -> None:
    """A CDK4/6 inhibitor with letrozole does not take letrozole's early-cancer years."""
    decision = PACK.decision("advanced-disease")
    course = timeline(PACK, "cdk46-inhibitor+letrozole")
    assert course.min_years is None and course.max_years is None
    spec = duration_chart(PACK, decision, ["cdk46-inhibitor+letrozole"])
    assert "no fixed length" in spec.caption
    assert "years (usually" not in spec.caption
