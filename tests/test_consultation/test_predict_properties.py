"""Properties of PREDICT for any valid profile: time, treatments and the 100 women add up."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endoaid.consultation.predict import TumourDetails, predict

SETTINGS = settings(max_examples=150, deadline=None)
MARKERS = st.sampled_from(["positive", "negative", "unknown"])


@st.composite
def tumours(draw: st.DrawFn, er: str = "positive") -> TumourDetails:
    her2 = draw(MARKERS)
    return TumourDetails(
        age=draw(st.integers(25, 85)),
        size_mm=draw(st.floats(1, 150, allow_nan=False)),
        grade=draw(st.sampled_from([1, 2, 3, "unknown"])),
        nodes=draw(st.integers(0, 50)),
        er=er,
        her2=her2,
        ki67=draw(MARKERS),
        pr=draw(MARKERS),
        detected=draw(st.sampled_from(["screen", "symptoms", "unknown"])),
        chemotherapy=draw(st.sampled_from([0, 2, 3])),
        trastuzumab=her2 == "positive" and draw(st.booleans()),
        bisphosphonates=draw(st.booleans()),
        radiotherapy=draw(st.booleans()),
        smoker=draw(st.booleans()),
        heart_dose_gy=draw(st.none() | st.floats(0, 25, allow_nan=False)),
    )


@SETTINGS
@given(tumours() | tumours(er="negative"))
def test_each_year_the_three_groups_make_100_women(details: TumourDetails) -> None:
    """Alive, breast-cancer deaths and other deaths add up to 100 in every arm and year."""
    result = predict(details, endocrine=details.er == "positive")
    for arm in result.arms():
        for year in range(1, 16):
            assert sum(arm.at(year)) == pytest.approx(100, abs=1e-9)
            assert all(-1e-9 <= value <= 100 + 1e-9 for value in arm.at(year))


@SETTINGS
@given(tumours() | tumours(er="negative"))
def test_survival_never_increases_with_time(details: TumourDetails) -> None:
    """The women alive never rise from one year to the next; deaths never fall."""
    result = predict(details, endocrine=details.er == "positive")
    for arm in result.arms():
        for earlier, later in itertools.pairwise(arm.alive):
            assert later <= earlier + 1e-9
        for deaths in (arm.breast_cancer_deaths, arm.other_deaths):
            for earlier, later in itertools.pairwise(deaths):
                assert later >= earlier - 1e-9


@SETTINGS
@given(tumours())
def test_ten_years_of_endocrine_therapy_never_gives_less_than_five(
    details: TumourDetails,
) -> None:
    """10 years never leave fewer women alive than 5, and 5 never fewer than none."""
    result = predict(details)
    assert result.endocrine_5_years is not None and result.endocrine_10_years is not None
    for year in range(1, 16):
        none = result.no_endocrine.alive[year - 1]
        five = result.endocrine_5_years.alive[year - 1]
        ten = result.endocrine_10_years.alive[year - 1]
        assert none <= five + 1e-9
        assert five <= ten + 1e-9


@SETTINGS
@given(tumours(), st.sampled_from(["trastuzumab", "bisphosphonates", "stronger-chemotherapy"]))
def test_adding_a_treatment_without_other_harms_never_lowers_survival(
    details: TumourDetails, treatment: str
) -> None:
    """Trastuzumab, bisphosphonates, 3rd- over 2nd-generation chemotherapy: never less alive."""
    if treatment == "trastuzumab":
        before = dataclasses.replace(details, her2="positive", trastuzumab=False)
        after = dataclasses.replace(before, trastuzumab=True)
    elif treatment == "bisphosphonates":
        before = dataclasses.replace(details, bisphosphonates=False)
        after = dataclasses.replace(details, bisphosphonates=True)
    else:  # a stronger chemotherapy on top of one already given: no new harm is added
        before = dataclasses.replace(details, chemotherapy=2)
        after = dataclasses.replace(details, chemotherapy=3)
    for old, new in zip(predict(before).arms(), predict(after).arms(), strict=True):
        for year in range(1, 16):
            assert new.alive[year - 1] >= old.alive[year - 1] - 1e-9


@SETTINGS
@given(tumours(), st.sampled_from(["chemotherapy", "radiotherapy"]))
def test_chemotherapy_and_radiotherapy_never_raise_breast_cancer_deaths(
    details: TumourDetails, treatment: str
) -> None:
    """Chemotherapy and radiotherapy never raise breast-cancer deaths.

    PREDICT v3.0 also gives both a harm (more deaths from other causes), so for a woman with
    a small risk from her cancer they can lower survival overall: that is the model's own
    estimate, not a fault.
    """
    if treatment == "chemotherapy":
        before = dataclasses.replace(details, chemotherapy=0)
        after = dataclasses.replace(details, chemotherapy=3)
    else:
        before = dataclasses.replace(details, radiotherapy=False)
        after = dataclasses.replace(details, radiotherapy=True)
    for old, new in zip(predict(before).arms(), predict(after).arms(), strict=True):
        for year in range(1, 16):
            assert new.breast_cancer_deaths[year - 1] <= old.breast_cancer_deaths[year - 1] + 1e-9
