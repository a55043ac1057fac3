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
)
from endoaid.consultation.predict import make_tumour_details, predict

TUMOUR = make_tumour_details(age=45, size_mm=22, grade=2, nodes=1, er="positive", chemotherapy=3)


@pytest.mark.parametrize("years", [5, 10, 15])
def test_the_figures_are_the_models_output_for_the_year_asked(pack, years):
    """Each arm's alive, breast-cancer and other deaths are PREDICT's at that year."""
    figures = personal_figures(pack, "treatment-duration", TUMOUR, years)
    result = predict(TUMOUR)
    expected = [result.no_endocrine, result.endocrine_5_years, result.endocrine_10_years]
    for arm, outcome in zip(figures.arms, expected, strict=True):
        assert (arm.alive, arm.breast_cancer_deaths, arm.other_deaths) == outcome.at(years)
    assert figures.years == years and figures.method == "predict"
    assert figures.time_frame_text == f"by {years} years after diagnosis"


def test_each_decision_shows_the_arms_and_years_of_the_content_pack(pack):
    """Duration: none, 5 and 10 years at 15 years; the others none and 5 years at 10 years."""
    duration = personal_figures(pack, "treatment-duration", TUMOUR)
    assert [a.arm for a in duration.arms] == ["none", "five_years", "ten_years"]
    assert duration.years == 15 == default_years(pack, "treatment-duration")
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
