"""'Out of 100 women like you': cited figures, or her own risk times a cited ratio, never more."""

from __future__ import annotations

import pytest

from endoaid.consultation import BenefitRefused, benefit_figures
from endoaid.content import Decision
from endoaid.errors import UserError
from endoaid.records import dump, validate

DECISION = "ovarian-suppression-method"


def test_trial_figures_with_the_baseline_first(pack):
    """Without her own risk: 41 out of 100 with no therapy, 28.9 with either way, in 15 years."""
    result = benefit_figures(pack, DECISION, ["gnrh-agonist", "oophorectomy"])
    assert [a.option for a in result.arms] == [
        "no-endocrine-therapy",
        "gnrh-agonist",
        "oophorectomy",
    ]
    assert [a.events for a in result.arms] == [41.0, 28.9, 28.9]
    assert [a.events_not for a in result.arms] == [59.0, pytest.approx(71.1), pytest.approx(71.1)]
    assert {a.method for a in result.arms} == {"trial"}
    assert all(a.denominator == 100 and not a.range_reported for a in result.arms)
    assert result.time_frame_years == 15
    assert result.time_frame_text == "within 15 years"
    assert result.outcome == "the cancer came back"
    assert result.arms[0].formula == (
        "Figure from the studies: 41 out of 100 within 15 years [ebctcg-ofs-2023]."
    )
    assert result.arms[1].citations == ["ebctcg-ofs-2023"]


def test_her_risk_for_the_cited_years_is_multiplied_by_the_ratio(pack, make_profile):
    """A 20 % risk over 15 years: 20 out of 100 without, 20 × 0.70 = 14 (12.6 to 15.6) with."""
    profile = make_profile(baseline_risk_percent=20, baseline_risk_years=15)
    result = benefit_figures(pack, DECISION, ["oophorectomy"], profile)
    baseline, operation = result.arms
    assert (baseline.option, baseline.events, baseline.method) == (
        "no-endocrine-therapy",
        20,
        "baseline-risk",
    )
    assert baseline.low is None and not baseline.range_reported
    assert operation.events == pytest.approx(14.0)
    assert (operation.low, operation.high) == (pytest.approx(12.6), pytest.approx(15.6))
    assert operation.range_reported
    assert operation.formula == (
        "Your risk 20 out of 100 × the cited ratio 0.7 (range 0.63 to 0.78) = 14 out of 100 "
        "within 15 years [ebctcg-ofs-2023]."
    )
    assert result.method == "baseline-risk"


def test_risk_for_another_time_frame_is_refused(pack, make_profile):
    """A risk over 10 years is not stretched to the cited 15 years."""
    profile = make_profile(baseline_risk_percent=20, baseline_risk_years=10)
    with pytest.raises(BenefitRefused) as info:
        benefit_figures(pack, DECISION, ["gnrh-agonist"], profile)
    assert str(info.value) == (
        "The cited figures are for 15 years; your risk is for 10 years, so endoaid will not "
        "convert it."
    )
    assert isinstance(info.value, UserError)


def test_profile_without_a_risk_gives_the_trial_figures(pack, make_profile):
    """A profile with no baseline risk shows the studies' own figures."""
    result = benefit_figures(pack, DECISION, ["gnrh-agonist"], make_profile(age=40))
    assert [a.events for a in result.arms] == [41.0, 28.9]


def _decision_with(pack, arms: list[dict], options: list[str]) -> Decision:
    data = dump(pack.decision(DECISION), mode="json")
    data["benefit"]["arms"] = arms
    data["options"] = options
    data["standard_comparison"] = options[:2]
    return validate(Decision, data)


BASE = {
    "option": "no-endocrine-therapy",
    "events": {
        "value": 40,
        "denominator": 100,
        "range_not_reported": True,
        "citations": ["ebctcg-ofs-2023"],
    },
}


def test_arm_without_a_ratio_is_not_converted(pack, make_profile):
    """An option with only a trial figure gets no number from her risk, and says why."""
    arms = [
        BASE,
        {
            "option": "gnrh-agonist",
            "events": {"value": 30, "low": 25, "high": 35, "citations": ["ebctcg-ofs-2023"]},
        },
        {"option": "oophorectomy", "not_reported": {"en": "No trial counted it."}},
    ]
    decision = _decision_with(pack, arms, ["gnrh-agonist", "oophorectomy"])
    trial = benefit_figures(pack, decision, ["gnrh-agonist", "oophorectomy"])
    assert (trial.arms[1].low, trial.arms[1].high, trial.arms[1].range_reported) == (25, 35, True)
    assert trial.arms[2].events is None
    assert trial.arms[2].not_reported == "No trial counted it."
    risk = make_profile(baseline_risk_percent=30, baseline_risk_years=15)
    converted = benefit_figures(pack, decision, ["gnrh-agonist"], risk)
    assert converted.arms[1].events is None
    assert "no relative effect" in converted.arms[1].not_reported


def test_result_larger_than_everyone_is_refused(pack, make_profile):
    """Her risk times a ratio above 1 may not pass 100 out of 100."""
    arms = [
        BASE,
        {
            "option": "gnrh-agonist",
            "events": {"value": 50, "range_not_reported": True, "citations": ["ebctcg-ofs-2023"]},
            "relative_to_baseline": {
                "ratio": 1.2,
                "low": 1.1,
                "high": 1.5,
                "citations": ["ebctcg-ofs-2023"],
            },
        },
    ]
    decision = _decision_with(pack, arms, ["gnrh-agonist", "oophorectomy"])
    risk = make_profile(baseline_risk_percent=80, baseline_risk_years=15)
    with pytest.raises(BenefitRefused, match="more than all the women"):
        benefit_figures(pack, decision, ["gnrh-agonist"], risk)


def test_option_outside_the_decision_is_refused(pack):
    """An option the decision does not compare has no figure to show."""
    with pytest.raises(BenefitRefused, match="not an option of this decision"):
        benefit_figures(pack, DECISION, ["tamoxifen"])


def test_months_only_decision_refuses_a_baseline_risk(pack):
    """Advanced-disease trials report months: a risk over years is refused, not converted."""
    from endoaid.consultation import BenefitRefused, Profile, benefit_figures

    decision = pack.decision("advanced-disease")
    assert decision.benefit.time_frame.years is None
    profile = Profile(
        menopause="post", setting="advanced", baseline_risk_percent=30, baseline_risk_years=5
    )
    with pytest.raises(BenefitRefused, match="report months"):
        benefit_figures(pack, decision, decision.standard_comparison, profile)
    plain = benefit_figures(pack, decision, decision.standard_comparison)
    assert plain.time_frame_years is None
    assert all(arm.events is None and arm.not_reported for arm in plain.arms)
