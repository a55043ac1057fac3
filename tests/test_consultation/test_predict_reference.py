"""The Python PREDICT Breast v3.0 agrees with the reference R implementation on 600 profiles.

The fixture is made by tools/predict_reference/make_fixture.R (see its README); R is not
needed to run these tests.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from endoaid.consultation.predict import ArmOutcome, TumourDetails, make_tumour_details, predict
from endoaid.records import field_names

FIXTURE = Path(__file__).parent / "data" / "predict_reference.csv"
TOLERANCE = 0.1  # percentage points, the bar set for the model
YEARS = range(1, 16)
GROUPS = {"alive": "alive", "breast": "breast_cancer_deaths", "other": "other_deaths"}
_INPUTS = field_names(TumourDetails)


@cache
def _rows() -> list[dict[str, str]]:
    with open(FIXTURE, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _details(row: dict[str, str]) -> TumourDetails:
    typed: dict[str, object] = {}
    for name in _INPUTS:
        text = row[name]
        if text in ("TRUE", "FALSE"):
            typed[name] = text == "TRUE"
        elif name in ("age", "grade", "nodes", "chemotherapy"):
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


def _worst(years: range | tuple[int, ...]) -> tuple[float, str]:
    worst, where = 0.0, ""
    for row in _rows():
        arm = _arm(row)
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
        "grade": {"1", "2", "3"},
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
