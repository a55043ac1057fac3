"""Each chart builder draws what the content and the consultation models say, and says it too."""

from __future__ import annotations

from decimal import Decimal

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle

from endoaid.charts import (
    cost_chart,
    duration_chart,
    icon_array_chart,
    option_colours,
    reversibility_chart,
    side_effects_chart,
)
from endoaid.charts.common import option_label
from endoaid.charts.style import number
from endoaid.consultation import benefit_figures, cost_course, crossing_month, make_profile
from endoaid.content import ContentPack, Decision


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal(1)):,}"


def icon_cells(patch: PathPatch) -> set[tuple[int, int]]:
    """Return the grid cells holding an icon: every part of an icon lies inside its cell."""
    return {
        (int(poly[:, 0].min()), int(poly[:, 1].min()))
        for poly in patch.get_path().to_polygons(closed_only=False)
    }


def _courses(pack: ContentPack, decision: Decision, book_id: str | None = None) -> list:
    """Return five years of cost_course for the decision's standard comparison."""
    book = pack.price_book(book_id) if book_id else None
    return [cost_course(pack, ref, book, 5) for ref in decision.standard_comparison]


def _option_lines(figure: Figure) -> list:
    return [
        line
        for ax in figure.axes
        for line in ax.get_lines()
        if not line.get_label().startswith("_")
    ]


def test_cost_chart_draws_one_line_per_option_with_the_model_totals(
    pack: ContentPack, ovarian: Decision
) -> None:
    """Each option is a line ending at its cost_course total; the table and caption agree."""
    book = pack.price_book("uk-nhs-2026")
    series = [cost_course(pack, ref, book, 5) for ref in ovarian.standard_comparison]
    spec = cost_chart(pack, ovarian, series)
    lines = _option_lines(spec.figure)
    assert len(lines) == len(series)
    for line, s in zip(lines, series, strict=True):
        assert line.get_ydata()[-1] == pytest.approx(float(s.money[-1]))
        assert (
            line.get_color().lower()
            == option_colours(ovarian.standard_comparison)[s.option].lower()
        )
    for row, s in zip(spec.table.rows, series, strict=True):
        assert row[-1].endswith(_money(s.total_at(5)))
        assert _money(s.total_at(5)) in spec.caption
    assert spec.units == book.currency
    assert set(spec.source) >= {c for s in series for i in s.price_items_used for c in i.citations}


def test_cost_chart_marks_where_the_costs_cross(pack: ContentPack, ovarian: Decision) -> None:
    """When one option overtakes the other, the caption says after how long."""
    book = pack.price_book("uk-nhs-2026")
    a, b = (cost_course(pack, ref, book, 5) for ref in ovarian.standard_comparison)
    month = crossing_month(a, b)
    assert month is not None  # the operation costs more at first; injections add up
    spec = cost_chart(pack, ovarian, [a, b])
    assert number(round(month / 12, 1)) in spec.caption


def test_cost_chart_counts_units_when_prices_are_not_set(
    pack: ContentPack, ovarian: Decision
) -> None:
    """Without a price book the chart counts injections, operations and visits, and says why."""
    series = _courses(pack, ovarian)
    spec = cost_chart(pack, ovarian, series)
    assert any("prices are not set" in note for note in spec.notes)
    titles = [ax.get_title() for ax in spec.figure.axes]
    assert "Clinic visits" in titles
    visits = {s.option: s.clinic_visits[-1] for s in series}
    for row, s in zip(spec.table.rows, series, strict=True):
        assert row[-1] == str(visits[s.option])
        assert f"clinic visits: {visits[s.option]}" in spec.caption


def test_a_count_that_stays_at_zero_keeps_whole_number_ticks(pack: ContentPack) -> None:
    """Tablets need no clinic visits: that panel reads 0 and 1, not 0.000 to 0.054."""
    decision = pack.decision("postmenopausal-endocrine")
    series = _courses(pack, decision)
    assert not any(s.clinic_visits[-1] for s in series)  # the case this test is about
    spec = cost_chart(pack, decision, series)
    spec.figure.canvas.draw()
    visits = next(ax for ax in spec.figure.axes if ax.get_title() == "Clinic visits")
    assert visits.get_ylim() == (0, 1)
    ticks = [t for t in visits.get_yticks() if 0 <= t <= 1]
    assert ticks and all(float(t).is_integer() for t in ticks)


def test_duration_chart_has_a_row_per_option_and_states_the_cited_range(
    pack: ContentPack, ovarian: Decision
) -> None:
    """Each option is a row; the injections' cited 2-5 years appear in caption and table."""
    spec = duration_chart(pack, ovarian, ovarian.standard_comparison)
    ax = spec.figure.axes[0]
    assert len(ax.get_yticklabels()) == len(ovarian.standard_comparison)
    duration = pack.option("gnrh-agonist").schedules[0].duration
    assert duration is not None
    expected = f"{number(duration.min_years)} to {number(duration.max_years)} years"
    assert expected in spec.caption
    assert any(expected in cell for row in spec.table.rows for cell in row)
    assert set(duration.citations) <= set(spec.source)


def test_reversibility_chart_puts_each_option_under_its_answer(
    pack: ContentPack, ovarian: Decision
) -> None:
    """The operation sits under 'No' and the injections under 'Yes', as the content says."""
    spec = reversibility_chart(pack, ovarian, ovarian.standard_comparison)
    ax = spec.figure.axes[0]
    columns = [t.get_text() for t in ax.get_xticklabels()]
    boxes = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(boxes) == len(ovarian.standard_comparison)
    for box, ref in zip(boxes, ovarian.standard_comparison, strict=True):
        answer = pack.option(ref).reversibility.reversible
        column = round(box.get_x() + box.get_width() / 2)
        assert columns[column].lower().replace(" ", "-") == answer
    assert [row[1].lower().replace(" ", "-") for row in spec.table.rows] == [
        pack.option(r).reversibility.reversible for r in ovarian.standard_comparison
    ]


def test_side_effects_share_one_scale_and_match_the_content(pack: ContentPack) -> None:
    """Bars run on 0-100 for every option, their lengths are the cited frequencies."""
    # (the ovarian-suppression method has no side-effect comparison: its only one came from
    # a trial in advanced cancer, and that decision is for early cancer)
    ovarian = pack.decision("postmenopausal-endocrine")
    spec = side_effects_chart(pack, ovarian, ovarian.standard_comparison)
    ax = spec.figure.axes[0]
    assert ax.get_xlim() == (0, 100)
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    expected = [
        arm.frequency.value * 100 / arm.frequency.denominator
        for comparison in ovarian.side_effects
        for ref in ovarian.standard_comparison
        for arm in comparison.arms
        if arm.option == ref
    ]
    assert [b.get_width() for b in bars] == pytest.approx(expected)
    assert [float(row[2]) for row in spec.table.rows] == pytest.approx(expected)
    for value in expected:
        assert number(value) in spec.caption
    comparison = ovarian.side_effects[0]
    assert comparison.population.get("en") in spec.caption
    assert comparison.time_frame.text.get("en") in spec.caption


@pytest.mark.parametrize("shape", ["person", "square"])
def test_icon_array_shows_100_women_per_option_with_the_affected_grouped(
    pack: ContentPack, ovarian: Decision, shape: str
) -> None:
    """100 icons per arm, the baseline first; the coloured ones fill whole rows from the top."""
    benefit = benefit_figures(pack, ovarian, list(ovarian.standard_comparison))
    spec = icon_array_chart(pack, ovarian, benefit, icon=shape)  # type: ignore[arg-type]
    assert len(spec.figure.axes) == len(benefit.arms)
    assert benefit.arms[0].option == ovarian.baseline
    for ax, arm in zip(spec.figure.axes, benefit.arms, strict=True):
        groups = {
            p.get_label(): icon_cells(p) for p in ax.get_children() if isinstance(p, PathPatch)
        }
        n = round(arm.events)
        coloured, plain = groups.get("affected", set()), groups.get("not affected", set())
        assert len(coloured) == n
        assert len(coloured | plain) == 100
        reading_order = [(x, 9 - y) for y in range(10) for x in range(10)]
        assert coloured == set(reading_order[:n])
        assert f"{n} women" in spec.caption
        assert f"and {100 - n} (" in spec.caption
    assert benefit.outcome in spec.caption and benefit.outcome_not in spec.caption
    assert [row[1] for row in spec.table.rows] == [number(a.events) for a in benefit.arms]


def test_icon_array_uses_her_own_risk_when_entered(pack: ContentPack, ovarian: Decision) -> None:
    """With a baseline risk for the cited years, the baseline panel shows her risk."""
    years = ovarian.benefit.time_frame.years
    profile = make_profile(
        menopause="pre", setting="early", baseline_risk_percent=20, baseline_risk_years=years
    )
    benefit = benefit_figures(pack, ovarian, list(ovarian.standard_comparison), profile)
    spec = icon_array_chart(pack, ovarian, benefit)
    coloured = next(p for p in spec.figure.axes[0].get_children() if p.get_label() == "affected")
    assert len(icon_cells(coloured)) == 20


def test_chart_words_follow_the_language_and_can_be_overridden(
    pack: ContentPack, ovarian: Decision
) -> None:
    """Axis words come in Chinese for zh_CN, and a labels mapping replaces any of them."""
    from endoaid.charts.words import WORDS

    options = list(ovarian.standard_comparison)
    chinese = duration_chart(pack, ovarian, options, "zh_CN")
    assert chinese.figure.axes[0].get_xlabel() == "从开始起的年数" != WORDS["years"]
    custom = duration_chart(pack, ovarian, options, labels={"years": "Jahre"})
    assert custom.figure.axes[0].get_xlabel() == "Jahre"


def test_an_option_with_nothing_to_take_says_so(pack: ContentPack) -> None:
    """Stopping treatment is shown as 'No further treatment', not as a missing length."""
    decision = next(
        d for d in pack.decisions.values() if any(not pack.parts(o)[0].schedules for o in d.options)
    )
    stop = next(o for o in decision.options if not pack.parts(o)[0].schedules)
    spec = duration_chart(pack, decision, [stop])
    assert spec.table.rows[0][1] == "No further treatment"


def test_options_with_the_same_line_are_named_in_a_note(
    pack: ContentPack, ovarian: Decision
) -> None:
    """Two tablets taken daily draw one line over the other: a note says so, naming both."""
    decision = pack.decision("postmenopausal-endocrine")
    series = _courses(pack, decision)
    spec = cost_chart(pack, decision, series)
    names = [option_label(pack, decision, ref, "en") for ref in decision.standard_comparison]
    same = [n for n in spec.notes if "lie on top of each other" in n]
    assert len(same) == 1 and all(name in same[0] for name in names)
    chinese = cost_chart(pack, decision, series, "zh_CN")
    assert any("重叠" in n for n in chinese.notes)
    different = _courses(pack, ovarian)
    assert not any("on top of" in n for n in cost_chart(pack, ovarian, different).notes)


@pytest.mark.parametrize(
    ("years", "marked"), [(3, [0, 1, 2, 3]), (15, [0, 2, 4, 6, 8, 10, 12, 14])]
)
@pytest.mark.parametrize("book_id", ["uk-nhs-2026", None])
def test_cost_chart_time_axis_marks_every_year_up_to_five_then_every_second(
    pack: ContentPack, ovarian: Decision, years: int, marked: list[int], book_id: str | None
) -> None:
    """Long horizons keep the time axis readable (and quick to draw); it still ends at the end."""
    book = pack.price_book(book_id) if book_id else None
    series = [cost_course(pack, ref, book, years) for ref in ovarian.standard_comparison]
    figure = cost_chart(pack, ovarian, series).figure
    for ax in figure.axes:
        assert list(ax.get_xticks()) == marked
        assert ax.get_xlim() == (0, years)
