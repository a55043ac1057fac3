"""Properties of PREDICT from 5 years after diagnosis: stop now against 5 more years."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given, settings

from endoaid.consultation.predict import (
    YEARS_AHEAD,
    TumourDetails,
    TumourDetailsError,
    make_tumour_details,
    predict,
    predict_from_five,
)
from tests.test_consultation.test_predict_properties import tumours

SETTINGS = settings(max_examples=150, deadline=None)


@SETTINGS
@given(tumours())
def test_each_year_from_now_the_three_groups_make_100_women(details: TumourDetails) -> None:
    """Alive and both causes of death add up to 100 in both arms, every year 1-10 from now."""
    result = predict_from_five(details)
    assert [arm.arm for arm in result.arms()] == ["five_years", "ten_years"]
    for arm in result.arms():
        assert len(arm.alive) == YEARS_AHEAD == 10
        for year in range(1, YEARS_AHEAD + 1):
            assert sum(arm.at(year)) == pytest.approx(100, abs=1e-9)
            assert all(-1e-9 <= value <= 100 + 1e-9 for value in arm.at(year))
        for earlier, later in itertools.pairwise(arm.alive):
            assert later <= earlier + 1e-9


@SETTINGS
@given(tumours())
def test_five_more_years_helps_only_after_year_ten_as_the_model_has_it(
    details: TumourDetails,
) -> None:
    """Years 1-5 from now (6-10 after diagnosis) are the same; then 5 more years does better."""
    result = predict_from_five(details)
    for year in range(1, 6):
        assert result.five_more.at(year) == pytest.approx(result.stop_now.at(year), abs=1e-9)
    for year in range(6, YEARS_AHEAD + 1):
        assert result.five_more.alive[year - 1] >= result.stop_now.alive[year - 1] - 1e-9
        assert (
            result.five_more.breast_cancer_deaths[year - 1]
            <= result.stop_now.breast_cancer_deaths[year - 1] + 1e-9
        )


@SETTINGS
@given(tumours())
def test_women_alive_at_five_years_fare_at_least_as_well_as_from_diagnosis(
    details: TumourDetails,
) -> None:
    """Out of women already alive at 5 years, at least as many are alive at year 15 as the
    share of all women alive at 15 among those alive at 5 (the same survival, conditioned)."""
    whole = predict(details).endocrine_5_years
    assert whole is not None
    from_five = predict_from_five(details).stop_now
    expected = 100 * whole.alive[14] / whole.alive[4]
    assert from_five.alive[9] == pytest.approx(expected, abs=0.5)


@SETTINGS
@given(tumours())
def test_an_older_age_never_leaves_more_women_alive_from_now(details: TumourDetails) -> None:
    """Ten years on, other-cause deaths rise with age at diagnosis (all else the same)."""
    if details.age >= 85:
        return
    older = dataclasses.replace(details, age=details.age + 1)
    now, later = predict_from_five(details).stop_now, predict_from_five(older).stop_now
    assert later.other_deaths[9] >= now.other_deaths[9] - 1e-9


def test_er_negative_is_refused_on_the_er_field() -> None:
    """No hormone-therapy question for ER-negative disease: the model's sentence, no number."""
    details = make_tumour_details(age=50, size_mm=20, grade=2, nodes=0, er="negative")
    with pytest.raises(TumourDetailsError) as info:
        predict_from_five(details)
    assert info.value.field == "er" and info.value.code == "not_modelled"
