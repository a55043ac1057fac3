"""The treatment timeline of an option: its phases, cited duration range and review points."""

from __future__ import annotations

from endoaid.consultation import timeline
from tests.test_consultation.factories import item, option, schedule, with_records


def test_injections_repeat_for_two_to_five_years(pack):
    """The monthly implants repeat every 28 days; the cited course is 2 to 5 years."""
    line = timeline(pack, "gnrh-agonist")
    assert [(p.kind, p.every_days, p.end_month) for p in line.phases] == [("injection", 28, None)]
    assert (line.min_years, line.typical_years, line.max_years) == (2, 5, 5)
    cited = pack.option("gnrh-agonist").schedules[0].duration.citations
    assert line.duration_citations == list(cited) and cited
    assert not line.is_one_off


def test_twelve_week_schedule_changes_the_interval(pack):
    """Choosing the 12-week schedule gives an implant every 84 days."""
    assert timeline(pack, "gnrh-agonist", "every-12-weeks").phases[0].every_days == 84


def test_operation_is_a_one_off(pack):
    """The operation happens once at the start and has no duration range."""
    line = timeline(pack, "oophorectomy")
    assert [(p.kind, p.start_month, p.end_month) for p in line.phases] == [("operation", 0, 0)]
    assert line.is_one_off and line.max_years is None


def test_combination_shows_both_parts_and_sorted_reviews(pack):
    """A combination lists the phases of each part; review points come in date order."""
    scans = option(
        pack,
        "test-scans",
        schedule(
            "scans",
            item("dexa", "scan", every_days=365),
            review_points=[
                {"at_months": 24, "label": {"en": "Two years"}},
                {"at_months": 6, "label": {"en": "Six months"}},
            ],
            duration={
                "min_years": 3,
                "max_years": 10,
                "typical_years": 5,
                "citations": ["ebctcg-ofs-2023"],
            },
        ),
    )
    line = timeline(with_records(pack, scans), "gnrh-agonist+test-scans")
    assert [p.option for p in line.phases] == ["gnrh-agonist", "test-scans"]
    assert [r.month for r in line.review_points] == [6, 24]
    assert line.max_years == 10
