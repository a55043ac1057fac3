"""The profile accepts sensible facts and refuses the rest with the field named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import Profile, ProfileError, make_profile, profile_from_form
from endoaid.errors import UserError
from endoaid.records import field_names


def test_form_text_becomes_a_profile():
    """Typed text, ticks and a percentage sign give the typed profile."""
    profile = profile_from_form(
        {
            "menopause": "pre",
            "setting": "early",
            "age": " 42 ",
            "blood_clots": "yes",
            "wants_pregnancy": "on",
            "baseline_risk_percent": "20%",
            "baseline_risk_years": "15",
            "insurance_share_percent": "80,5",
        }
    )
    assert profile.age == 42
    assert profile.blood_clots and profile.wants_pregnancy and not profile.osteoporosis
    assert profile.baseline_risk_percent == 20.0
    assert profile.insurance_share_percent == 80.5


def test_history_flags_use_the_content_words():
    """The facts she ticks become the history words the content rules use."""
    profile = Profile(
        menopause="pre", blood_clots=True, heart_disease=True, prior_endocrine_therapy=True
    )
    assert profile.history_flags() == {"blood-clots", "heart-disease", "prior-endocrine-therapy"}


@pytest.mark.parametrize(
    ("form", "field", "words"),
    [
        ({"menopause": "pre", "age": "17"}, "age", "18 to 100"),
        ({"menopause": "pre", "age": "101"}, "age", "18 to 100"),
        ({"menopause": "pre", "age": "forty"}, "age", "number"),
        ({"menopause": "pre", "age": "42.5"}, "age", "whole number"),
        ({"menopause": "sometimes"}, "menopause", "pre, peri, post, unsure"),
        ({"setting": "early"}, "menopause", "pre, peri, post, unsure"),
        (
            {"menopause": "pre", "baseline_risk_percent": "120", "baseline_risk_years": "10"},
            "baseline_risk_percent",
            "0 to 100",
        ),
        (
            {"menopause": "pre", "insurance_share_percent": "-5"},
            "insurance_share_percent",
            "0 to 100",
        ),
        ({"menopause": "pre", "blood_clots": "maybe"}, "blood_clots", "yes or no"),
        ({"menopause": "pre", "shoe_size": "5"}, "shoe_size", "not a field"),
    ],
)
def test_bad_form_input_names_the_field(form, field, words):
    """Each bad entry is refused with its field named and one line saying what to enter."""
    with pytest.raises(ProfileError) as info:
        profile_from_form(form)
    assert info.value.field == field
    assert words in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, UserError)


def test_risk_needs_its_years():
    """A baseline risk without the years it covers is refused (both or neither)."""
    with pytest.raises(ProfileError) as info:
        profile_from_form({"menopause": "pre", "baseline_risk_percent": "20"})
    assert "years" in str(info.value)


def test_profile_is_a_frozen_value():
    """A profile cannot be changed in place; a new one is made instead."""
    profile = Profile(menopause="pre")
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its own ValidationError
        profile.age = 50  # type: ignore[misc]


@given(st.integers(min_value=-1000, max_value=1000))
def test_age_accepted_exactly_from_18_to_100(age):
    """Any whole age from 18 to 100 is taken; every other one is refused as the age field."""
    form = {"menopause": "post", "age": str(age)}
    if 18 <= age <= 100:
        assert profile_from_form(form).age == age
    else:
        with pytest.raises(ProfileError) as info:
            profile_from_form(form)
        assert info.value.field == "age"


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_risk_accepted_exactly_from_0_to_100(risk):
    """A risk from 0 to 100 % is taken; anything outside is refused as the risk field."""
    form = {"menopause": "pre", "baseline_risk_percent": repr(risk), "baseline_risk_years": "10"}
    if 0 <= risk <= 100:
        assert profile_from_form(form).baseline_risk_percent == risk
    else:
        with pytest.raises(ProfileError) as info:
            profile_from_form(form)
        assert info.value.field == "baseline_risk_percent"


@given(st.dictionaries(st.sampled_from([*sorted(field_names(Profile)), "x"]), st.text(max_size=8)))
def test_any_form_gives_a_profile_or_a_profile_error(form):
    """Whatever is typed, the result is a profile or a ProfileError, never another exception."""
    try:
        assert isinstance(profile_from_form(form), Profile)
    except ProfileError as exc:
        assert str(exc) and "\n" not in str(exc)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"menopause": "pre", "age": 12}, "age", "18 to 100"),
        ({"menopause": "pre", "colour": "red"}, "colour", "not a field"),
        ({"setting": "early"}, "menopause", "required"),
        (
            {"menopause": "pre", "insurance_share_percent": 150},
            "insurance_share_percent",
            "0 to 100",
        ),
    ],
)
def test_typed_values_are_checked_too(fields, field, words):
    """make_profile refuses typed values with the same one-line ProfileError as the form."""
    with pytest.raises(ProfileError) as info:
        make_profile(**fields)
    assert info.value.field == field
    assert words in str(info.value)
