"""PREDICT's inputs: a bad field gives one sentence (en and zh_CN) naming it, never a number."""

from __future__ import annotations

from pathlib import Path

import pytest

from endoaid.consultation.predict import (
    MODEL_NAME,
    TumourDetails,
    TumourDetailsError,
    load_tumour_file,
    make_tumour_details,
    predict,
)
from endoaid.errors import UserError

GOOD = {"age": 45, "size_mm": 22, "grade": 2, "nodes": 1, "er": "positive"}


@pytest.mark.parametrize(
    ("change", "field", "code", "words"),
    [
        ({"age": 90}, "age", "range", "from 25 to 85"),
        ({"age": 24}, "age", "range", "from 25 to 85"),
        ({"size_mm": 0}, "size_mm", "range", "from 1 to 150 mm"),
        ({"grade": 4}, "grade", "choice", "1, 2, 3"),
        ({"nodes": -1}, "nodes", "range", "from 0 to 50"),
        ({"her2": "maybe"}, "her2", "choice", "positive, negative, unknown"),
        ({"chemotherapy": 1}, "chemotherapy", "choice", "0, 2, 3"),
        ({"detected": "mammogram"}, "detected", "choice", "screen, symptoms, unknown"),
        ({"trastuzumab": True}, "trastuzumab", "not_modelled", "HER2-positive"),
        ({"radiotherapy": "perhaps"}, "radiotherapy", "yes_no", "yes or no"),
        ({"colour": "blue"}, "colour", "unknown_field", "not a tumour or treatment field"),
    ],
)
def test_a_bad_field_names_itself_in_one_sentence(change, field, code, words) -> None:
    """Each out-of-range or unknown value raises TumourDetailsError naming its field."""
    with pytest.raises(TumourDetailsError) as info:
        make_tumour_details(**{**GOOD, **change})
    error = info.value
    assert (error.field, error.code) == (field, code)
    assert words in str(error)
    assert "\n" not in str(error) and str(error).endswith(".")
    chinese = error.message_in("zh_CN")
    assert chinese.endswith("。") and chinese != str(error)


def test_a_missing_field_is_required() -> None:
    """Leaving out the tumour size says it is required, in both languages."""
    fields = dict(GOOD)
    del fields["size_mm"]
    with pytest.raises(TumourDetailsError) as info:
        make_tumour_details(**fields)
    assert str(info.value) == "Tumour size is required."
    assert info.value.message_in("zh_CN") == "请填写肿瘤大小。"
    assert info.value.message_in("en") == "Tumour size is required."


def test_range_errors_carry_their_limits() -> None:
    """A range error carries (low, high) so that a form can word it itself."""
    with pytest.raises(TumourDetailsError) as info:
        make_tumour_details(**{**GOOD, "age": 90})
    assert info.value.limits == (25, 85)


def test_er_negative_disease_refuses_hormone_therapy_benefit() -> None:
    """Asking the endocrine arms for ER-negative disease refuses with the reason, at 'er'."""
    details = make_tumour_details(**{**GOOD, "er": "negative"})
    with pytest.raises(TumourDetailsError) as info:
        predict(details)
    assert info.value.field == "er"
    assert str(info.value) == "PREDICT gives no hormone-therapy benefit for ER-negative disease."


def test_er_negative_disease_has_an_estimate_without_endocrine_therapy() -> None:
    """Without endocrine therapy, ER-negative disease has the first arm only."""
    result = predict(make_tumour_details(**{**GOOD, "er": "negative"}), endocrine=False)
    assert result.endocrine_5_years is None and result.endocrine_10_years is None
    assert [arm.arm for arm in result.arms()] == ["none"]


def test_result_names_the_model_and_version() -> None:
    """Every result says which model and version made it."""
    result = predict(make_tumour_details(**GOOD))
    assert result.model == MODEL_NAME == "PREDICT Breast v3.0"
    assert [arm.arm for arm in result.arms()] == ["none", "five_years", "ten_years"]


def test_a_known_profile_gives_the_reference_figures() -> None:
    """Age 45, 22 mm, grade 2, 1 node, ER+, HER2-, 3rd-generation chemo: PREDICT's figures.

    R/benefits30.R at 4a2ecdc gives 88.8, 8.0 and 3.2 (column hrctb, year 10); the pinned
    commit before it (01c2e68) counted chemotherapy's other-cause harm twice: 88.2, 8.0, 3.8.
    """
    details = make_tumour_details(
        **GOOD, her2="negative", ki67="unknown", detected="symptoms", chemotherapy=3
    )
    five = predict(details).endocrine_5_years
    assert five is not None
    alive, breast, other = five.at(10)
    assert (round(alive, 1), round(breast, 1), round(other, 1)) == (88.8, 8.0, 3.2)


def test_year_outside_1_to_15_is_refused() -> None:
    """Asking an arm for year 0 or 16 is a programming error, not a figure."""
    arm = predict(make_tumour_details(**GOOD)).no_endocrine
    with pytest.raises(ValueError):
        arm.at(16)


def test_tumour_file_loads_the_same_fields(tmp_path: Path) -> None:
    """A TOML file with the record's field names gives the same TumourDetails."""
    path = tmp_path / "tumour.toml"
    path.write_text(
        'age = 45\nsize_mm = 22\ngrade = 2\nnodes = 1\ner = "positive"\nher2 = "negative"\n'
        'ki67 = "unknown"\ndetected = "symptoms"\nchemotherapy = 3\n',
        encoding="utf-8",
    )
    assert load_tumour_file(path) == TumourDetails(
        age=45,
        size_mm=22,
        grade=2,
        nodes=1,
        er="positive",
        her2="negative",
        ki67="unknown",
        detected="symptoms",
        chemotherapy=3,
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("age = 90\nsize_mm = 22\ngrade = 2\nnodes = 1\ner = 'positive'\n", "from 25 to 85"),
        ("age = ", "is not valid TOML"),
    ],
)
def test_a_bad_tumour_file_is_one_line_naming_the_file(tmp_path: Path, text, words) -> None:
    """A bad value or broken TOML gives one line that names the file."""
    path = tmp_path / "tumour.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_tumour_file(path)
    assert words in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_a_missing_tumour_file_is_one_line(tmp_path: Path) -> None:
    """A file that does not exist gives one line, not a traceback."""
    with pytest.raises(TumourDetailsError, match="Cannot read the tumour file") as info:
        load_tumour_file(tmp_path / "none.toml")
    assert info.value.field == "file" and "无法读取" in info.value.message_in("zh_CN")


def test_form_text_becomes_the_same_record() -> None:
    """Typed text (numbers, yes/no, blanks for defaults) gives the same TumourDetails."""
    from endoaid.consultation.predict import tumour_details_from_form

    details = tumour_details_from_form(
        {
            "age": " 45 ",
            "size_mm": "22,5",
            "grade": "2",
            "nodes": "1",
            "er": "Positive",
            "her2": "",
            "chemotherapy": "3",
            "radiotherapy": "yes",
            "smoker": "",
        }
    )
    assert details == TumourDetails(
        age=45, size_mm=22.5, grade=2, nodes=1, er="positive", chemotherapy=3, radiotherapy=True
    )


@pytest.mark.parametrize(
    ("form", "field", "code"),
    [
        ({"age": "forty"}, "age", "number"),
        ({"age": "45.5"}, "age", "range"),
        ({"radiotherapy": "maybe"}, "radiotherapy", "yes_no"),
        ({"size_mm": ""}, "size_mm", "required"),
    ],
)
def test_bad_form_text_names_the_field(form, field, code) -> None:
    """Words where a number belongs, a fraction of a year or a blank size name the field."""
    from endoaid.consultation.predict import tumour_details_from_form

    typed = {"age": "45", "size_mm": "22", "grade": "2", "nodes": "1", "er": "positive", **form}
    with pytest.raises(TumourDetailsError) as info:
        tumour_details_from_form(typed)
    assert (info.value.field, info.value.code) == (field, code)
    assert info.value.message_in("zh_CN").endswith("。")


@pytest.mark.parametrize(("name", "value"), [("age", 90), ("size_mm", 0), ("grade", 4)])
def test_a_record_made_directly_out_of_range_gives_no_number(name, value) -> None:
    """predict() refuses a TumourDetails built without checks when a value is out of range."""
    details = TumourDetails(**{**GOOD, name: value})
    with pytest.raises(TumourDetailsError) as info:
        predict(details)
    assert info.value.field == name
