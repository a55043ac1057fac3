"""The Python PREDICT Breast v3.0 agrees with the reference R implementation on 600 profiles
counted from diagnosis and 300 counted from 5 years after it.

The fixtures are made by tools/predict_reference/make_fixture.R (see its README) from
WintonCentre/predict-v30-r as it stands today; R is not needed to run these tests.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from endoaid.consultation.predict import (
    ArmOutcome,
    TumourDetails,
    make_tumour_details,
    predict,
    predict_from_five,
)
from endoaid.records import field_names

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "predict_reference.csv"
FROM_FIVE = DATA / "predict_from_five_reference.csv"
TOLERANCE = 0.1  # percentage points, the bar set for the model
YEARS = range(1, 16)
GROUPS = {"alive": "alive", "breast": "breast_cancer_deaths", "other": "other_deaths"}
_INPUTS = field_names(TumourDetails)


@cache
def _rows(path: Path = FIXTURE) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _details(row: dict[str, str]) -> TumourDetails:
    typed: dict[str, object] = {}
    for name in _INPUTS:
        text = row[name]
        if text in ("TRUE", "FALSE"):
            typed[name] = text == "TRUE"
        elif name == "heart_dose_gy":
            typed[name] = float(text) if text else None
        elif name in ("age", "grade", "nodes", "chemotherapy") and text != "unknown":
            typed[name] = int(text)
        elif name == "size_mm":
            typed[name] = float(text)
        else:
            typed[name] = text
    return make_tumour_details(**typed)


def _arm(row: dict[str, str]) -> ArmOutcome:
    details = _details(row)
    result = predict(details, endocrine=details.er == "positive")
    arm = {
        "none": result.no_endocrine,
        "five_years": result.endocrine_5_years,
        "ten_years": result.endocrine_10_years,
    }[row["arm"]]
    assert arm is not None
    return arm


def _from_five_arm(row: dict[str, str]) -> ArmOutcome:
    result = predict_from_five(_details(row))
    return result.stop_now if row["arm"] == "five_years" else result.five_more


def _worst(years: range | tuple[int, ...], path: Path = FIXTURE) -> tuple[float, str]:
    worst, where = 0.0, ""
    make = _arm if path == FIXTURE else _from_five_arm
    for row in _rows(path):
        arm = make(row)
        for year in years:
            for column, field in GROUPS.items():
                ours = getattr(arm, field)[year - 1]
                gap = abs(ours - float(row[f"{column}_{year}"]))
                if gap > worst:
                    worst, where = gap, f"profile {row['profile']} {row['arm']} {column} {year}"
    return worst, where


def test_fixture_covers_the_input_space() -> None:
    """The fixture holds at least 500 profiles over every grade, marker state and treatment."""
    rows = _rows()
    assert len({row["profile"] for row in rows}) >= 500
    for name, wanted in {
        "grade": {"1", "2", "3", "unknown"},
        "er": {"positive", "negative"},
        "her2": {"positive", "negative", "unknown"},
        "ki67": {"positive", "negative", "unknown"},
        "pr": {"positive", "negative", "unknown"},
        "detected": {"screen", "symptoms", "unknown"},
        "chemotherapy": {"0", "2", "3"},
        "arm": {"none", "five_years", "ten_years"},
    }.items():
        assert {row[name] for row in rows} == wanted, name
    for switch in ("trastuzumab", "bisphosphonates", "radiotherapy", "smoker"):
        assert {row[switch] for row in rows} == {"TRUE", "FALSE"}, switch
    ages = [int(row["age"]) for row in rows]
    sizes = [float(row["size_mm"]) for row in rows]
    nodes = [int(row["nodes"]) for row in rows]
    assert (min(ages), max(ages)) == (25, 85)
    assert (min(sizes), max(sizes)) == (1, 150)
    assert (min(nodes), max(nodes)) == (0, 50)
    assert len(set(nodes)) > 40
    doses = {row["heart_dose_gy"] for row in rows if row["radiotherapy"] == "TRUE"}
    assert "" in doses and {"0", "25"} <= doses


def test_agrees_with_reference_at_years_5_10_and_15() -> None:
    """Alive, breast-cancer and other deaths agree with R to 0.1 point at 5, 10 and 15 years."""
    worst, where = _worst((5, 10, 15))
    assert worst <= TOLERANCE, f"{worst:.4f} points apart at {where}"


def test_agrees_with_reference_every_year() -> None:
    """Every year from 1 to 15 agrees with R to 0.1 percentage point, for every output."""
    worst, where = _worst(YEARS)
    assert worst <= TOLERANCE, f"{worst:.4f} points apart at {where}"


def test_reference_ten_years_gains_only_after_year_ten() -> None:
    """In the fixture, 10 years of therapy matches 5 up to year 10 and never does worse."""
    rows = {(r["profile"], r["arm"]): r for r in _rows() if r["er"] == "positive"}
    for profile, arm in rows:
        if arm != "ten_years":
            continue
        five, ten = rows[(profile, "five_years")], rows[(profile, "ten_years")]
        assert five["alive_10"] == ten["alive_10"]
        assert float(ten["alive_15"]) >= float(five["alive_15"])


def test_from_five_fixture_covers_her_question() -> None:
    """At least 200 ER-positive profiles, both arms (stop now, 5 more years), years 1-10."""
    rows = _rows(FROM_FIVE)
    assert len({row["profile"] for row in rows}) >= 200
    assert {row["arm"] for row in rows} == {"five_years", "ten_years"}
    assert {row["er"] for row in rows} == {"positive"}
    assert {row["grade"] for row in rows} == {"1", "2", "3", "unknown"}
    assert "alive_10" in rows[0] and "alive_11" not in rows[0]


def test_from_five_agrees_with_reference_every_year() -> None:
    """From 5 years after diagnosis, every year 1-10 from now agrees with R to 0.1 point."""
    worst, where = _worst(range(1, 11), FROM_FIVE)
    assert worst <= TOLERANCE, f"{worst:.4f} points apart at {where}"
