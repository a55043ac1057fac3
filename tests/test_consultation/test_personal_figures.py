"""The "predict" benefit method: her figures per arm for a decision, or why there are none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import Session
from endoaid.consultation.personal_figures import (
    PersonalArm,
    PersonalRefused,
    default_years,
    figures_or_reason,
    personal_figures,
    session_figures,
    years_offered,
)
from endoaid.consultation.predict import make_tumour_details, predict, predict_from_five
from endoaid.consultation.profile import make_profile

TUMOUR = make_tumour_details(age=45, size_mm=22, grade=2, nodes=1, er="positive", chemotherapy=3)


@pytest.mark.parametrize("years", [5, 10, 15])
def test_the_figures_are_the_models_output_for_the_year_asked(pack, years):
    """Each arm's alive, breast-cancer and other deaths are PREDICT's at that year."""
    figures = personal_figures(pack, "postmenopausal-endocrine", TUMOUR, years)
    result = predict(TUMOUR)
    expected = [result.no_endocrine, result.endocrine_5_years]
    for arm, outcome in zip(figures.arms, expected, strict=True):
        assert (arm.alive, arm.breast_cancer_deaths, arm.other_deaths) == outcome.at(years)
    assert figures.years == years and figures.method == "predict"
    assert figures.time_frame_text == f"by {years} years after diagnosis"


@pytest.mark.parametrize("years", [5, 10])
def test_five_or_ten_years_counts_from_where_she_stands(pack, years):
    """5 or 10 years: women alive 5 years after diagnosis, stop now or 5 more, years from now."""
    figures = personal_figures(pack, "treatment-duration", TUMOUR, years)
    result = predict_from_five(TUMOUR)
    assert [a.arm for a in figures.arms] == ["five_years", "ten_years"]  # no "none" arm
    for arm, outcome in zip(figures.arms, (result.stop_now, result.five_more), strict=True):
        assert (arm.alive, arm.breast_cancer_deaths, arm.other_deaths) == outcome.at(years)
    assert figures.time_frame_text == f"{years} years from now"
    assert "women like you alive 5 years after diagnosis" in figures.headline()
    assert [a.name for a in figures.arms] == [
        "Stop now: 5 years in all",
        "5 more: 10 years in all",
    ]
    zh = personal_figures(pack, "treatment-duration", TUMOUR, years, "zh_CN")
    assert zh.time_frame_text == f"从现在起{years}年时"
    assert "确诊后5年仍在世的女性" in zh.headline()


def test_five_or_ten_years_offers_5_and_10_years_from_now(pack):
    """15 years from now is past the model's reach: it falls back to the decision's 10."""
    assert years_offered(pack, "treatment-duration") == (5, 10)
    assert years_offered(pack, "postmenopausal-endocrine") == (5, 10, 15)
    assert personal_figures(pack, "treatment-duration", TUMOUR, 15).years == 10


def test_operation_or_injections_has_no_chart_of_her_own_and_says_why(pack):
    """PREDICT cannot tell surgery from injections: one line in her language, no figure."""
    for lang, words in (("en", "PREDICT cannot tell"), ("zh_CN", "PREDICT 无法区分")):
        with pytest.raises(PersonalRefused, match=words) as info:
            personal_figures(pack, "ovarian-suppression-method", TUMOUR, lang=lang)
        assert not any(ch.isdigit() for ch in str(info.value))


def test_bisphosphonates_before_menopause_are_refused_at_the_field(pack):
    """A premenopausal profile with bisphosphonates: the reason, on the field, no figures."""
    tumour = make_tumour_details(
        age=45, size_mm=22, grade=2, nodes=1, er="positive", bisphosphonates=True
    )
    session = Session(
        decision_id="premenopausal-endocrine",
        tumour=tumour,
        profile=make_profile(menopause="pre", setting="early"),
    )
    figures, reason = figures_or_reason(pack, session)
    assert figures is None and "only after menopause" in reason
    with pytest.raises(PersonalRefused) as info:
        session_figures(pack, session)
    assert info.value.details["field"] == "bisphosphonates"
    after = Session(
        decision_id="postmenopausal-endocrine",
        tumour=tumour,
        profile=make_profile(menopause="post", setting="early"),
    )
    assert session_figures(pack, after) is not None


def test_each_decision_shows_the_arms_and_years_of_the_content_pack(pack):
    """Duration: stop now and 5 more years, 10 years from now; the others none and 5 years."""
    duration = personal_figures(pack, "treatment-duration", TUMOUR)
    assert [a.arm for a in duration.arms] == ["five_years", "ten_years"]
    assert duration.years == 10 == default_years(pack, "treatment-duration")
    for decision in ("premenopausal-endocrine", "postmenopausal-endocrine"):
        figures = personal_figures(pack, decision, TUMOUR)
        assert [a.arm for a in figures.arms] == ["none", "five_years"]
        assert figures.years == 10


def test_caveats_and_citations_come_from_the_content_pack(pack):
    """The caveats shown are the pack's (not the ER one; 10 years only where it is an arm)."""
    model = pack.predict
    texts = {c.id: c.text.get("en") for c in model.caveats}
    post = personal_figures(pack, "postmenopausal-endocrine", TUMOUR)
    assert texts["estimate-not-forecast"] in post.caveats
    assert texts["not-ovarian-suppression"] in post.caveats
    assert texts["ten-years"] not in post.caveats and texts["er-negative"] not in post.caveats
    assert texts["ten-years"] in personal_figures(pack, "treatment-duration", TUMOUR).caveats
    assert texts["asian-studies-of-v3"] in post.caveats and "chen-2024" in post.citations
    assert texts["heart-dose"] not in post.caveats  # she has no radiotherapy
    assert set(model.citations) <= set(post.citations) and "wong-2015" in post.citations
    assert post.label == model.label.get("en")


def test_advanced_disease_and_er_negative_are_refused_with_a_reason(pack):
    """No figures for advanced disease or ER-negative cancer: one sentence each, no number."""
    with pytest.raises(PersonalRefused, match="PREDICT is for early breast cancer"):
        personal_figures(pack, "advanced-disease", TUMOUR)
    with pytest.raises(PersonalRefused, match="PREDICT is for early breast cancer"):
        personal_figures(pack, "postmenopausal-endocrine", TUMOUR, advanced=True)
    negative = make_tumour_details(age=45, size_mm=22, grade=2, nodes=1, er="negative")
    with pytest.raises(PersonalRefused) as info:
        personal_figures(pack, "postmenopausal-endocrine", negative, lang="zh_CN")
    assert str(info.value) == "PREDICT 对雌激素受体阴性的乳腺癌不计算内分泌治疗的获益。"
    assert info.value.details["field"] == "er"


def test_a_session_without_tumour_details_has_no_figures_and_needs_no_reason(pack):
    """No tumour details: (None, '') — the trial figures stay as they are."""
    assert figures_or_reason(pack, Session(decision_id="treatment-duration")) == (None, "")


def test_both_frames_in_words(pack):
    """An arm reads '<name>: N alive, M not alive (B died of breast cancer, O … other causes)'."""
    figures = personal_figures(pack, "postmenopausal-endocrine", TUMOUR)
    alive, breast, other = figures.arms[1].counts()
    assert figures.frames(figures.arms[1]) == (
        f"5 years of hormone therapy: {alive} alive, {breast + other} not alive "
        f"({breast} died of breast cancer, {other} died of other causes)"
    )


@given(st.floats(0, 100), st.floats(0, 1))
def test_whole_women_always_add_up_to_100(alive, share):
    """Rounded to whole women the three groups add up to 100, each within 1 of its figure."""
    breast = (100 - alive) * share
    arm = PersonalArm(
        arm="none", name="x", alive=alive, breast_cancer_deaths=breast,
        other_deaths=100 - alive - breast,
    )  # fmt: skip
    counts = arm.counts()
    assert sum(counts) == 100
    for count, value in zip(counts, (alive, breast, 100 - alive - breast), strict=True):
        assert abs(count - value) < 1 + 1e-9
