"""PREDICT Breast v3.0: her estimated survival with no, 5 or 10 years of endocrine therapy.

The model: Wishart et al. 2010 (PREDICT), Candido dos Reis et al. 2017 (v2, with HER2, Ki67
and the 15-year other-cause model), Grootes et al. 2022 (v3.0, progesterone receptor). The
arithmetic follows the reference implementation as it stands today (WintonCentre/predict-v30-r,
R/benefits30.R at its last commit 4a2ecdc, MIT licence), written anew here; coefficients are
in `coefficients`. Where the Python differs from that file, and why, is listed line by line in
tools/predict_reference/README.md (the one change: 10 years of endocrine therapy adds its
extra benefit in years 11-15, as the repository's v3.1 files build `h10`).

Every figure is out of 100 women at diagnosis, cumulative by the end of year N (1-15).
`endoaid.consultation.predict.from_five` counts from 5 years after diagnosis instead.
"""

from __future__ import annotations

import math
from typing import Literal

from endoaid.consultation.predict import coefficients as k
from endoaid.consultation.predict.inputs import TumourDetails
from endoaid.consultation.predict.messages import (
    CHOICES,
    ER_NEGATIVE,
    LIMITS,
    TumourDetailsError,
    first_error,
)
from endoaid.records import record

_TIMES = range(1, k.YEARS + 1)

MODEL_NAME = "PREDICT Breast v3.0"
"""The model's name and version, as shown beside every figure it gives."""

Arm = Literal["none", "five_years", "ten_years"]
"""Endocrine therapy: none, 5 years, or 10 years (5 more for those alive at 5 years)."""


@record
class ArmOutcome:
    """One arm, out of 100 women: index i holds the figure at the end of year i + 1.

    For each year `alive + breast_cancer_deaths + other_deaths == 100` (to rounding).
    """

    arm: Arm
    alive: tuple[float, ...]
    breast_cancer_deaths: tuple[float, ...]
    other_deaths: tuple[float, ...]

    def at(self, year: int) -> tuple[float, float, float]:
        """Return (alive, breast-cancer deaths, other deaths) per 100 women by `year`."""
        if not 1 <= year <= len(self.alive):
            raise ValueError(f"year must be from 1 to {len(self.alive)}")
        i = year - 1
        return self.alive[i], self.breast_cancer_deaths[i], self.other_deaths[i]


@record
class PredictResult:
    """PREDICT's estimate for her: the three endocrine arms, 15 years each, per 100 women.

    `endocrine_5_years` and `endocrine_10_years` are None only when the estimate was asked
    without endocrine therapy (`predict(details, endocrine=False)`).
    """

    details: TumourDetails
    no_endocrine: ArmOutcome
    endocrine_5_years: ArmOutcome | None
    endocrine_10_years: ArmOutcome | None
    model: str = MODEL_NAME

    def arms(self) -> tuple[ArmOutcome, ...]:
        """Return the arms that were estimated, from no endocrine therapy to 10 years."""
        found = (self.no_endocrine, self.endocrine_5_years, self.endocrine_10_years)
        return tuple(arm for arm in found if arm is not None)


def predict(details: TumourDetails, *, endocrine: bool = True) -> PredictResult:
    """Return PREDICT Breast v3.0's estimate for her, years 1-15, per 100 women.

    With `endocrine` (the default) her cancer must be ER-positive: PREDICT gives no
    hormone-therapy benefit for ER-negative disease, and asking raises TumourDetailsError
    on the field "er". With `endocrine=False` only `no_endocrine` is estimated. A value out
    of the model's range (possible when the record was made directly) raises
    TumourDetailsError too: never a number.
    """
    check_limits(details)
    er_positive = details.er == "positive"
    if endocrine and not er_positive:
        raise TumourDetailsError("er", ER_NEGATIVE, code="not_modelled")
    other = other_cause_mortality(details)
    base = breast_baseline(er_positive)
    none = arm_outcome("none", base, other, yearly_index(details, "none"))
    if not endocrine:
        return PredictResult(
            details=details, no_endocrine=none, endocrine_5_years=None, endocrine_10_years=None
        )
    five = yearly_index(details, "five_years")
    ten = yearly_index(details, "ten_years")
    return PredictResult(
        details=details,
        no_endocrine=none,
        endocrine_5_years=arm_outcome("five_years", base, other, five),
        endocrine_10_years=arm_outcome("ten_years", base, other, ten),
    )


def yearly_index(details: TumourDetails, arm: Arm) -> list[float]:
    """Return the breast-cancer index of each year 1-15 for an arm, treatments included.

    5 years of endocrine therapy lowers it in every year (PREDICT assumes the benefit lasts);
    10 years lowers it further in years 11-15 only (ATLAS and aTTom, as the model has it).
    """
    index = _prognostic_index(details) + _shared_treatments(details)
    if arm == "none":
        return [index] * k.YEARS
    return [
        index
        + k.ENDOCRINE_BETA
        + (k.EXTENDED_ENDOCRINE_BETA if arm == "ten_years" and year >= k.EXTENDED_FROM_YEAR else 0)
        for year in range(1, k.YEARS + 1)
    ]


def check_limits(details: TumourDetails) -> None:
    """Refuse a record made without `make_tumour_details` whose values the model cannot use."""
    if details.heart_dose_gy is not None and not (
        LIMITS["heart_dose_gy"][0] <= details.heart_dose_gy <= LIMITS["heart_dose_gy"][1]
    ):
        _refuse("heart_dose_gy")
    for name, (low, high) in LIMITS.items():
        if name != "heart_dose_gy" and not low <= getattr(details, name) <= high:
            _refuse(name)
    for name, choices in CHOICES.items():
        if getattr(details, name) not in choices:
            _refuse(name)


def _refuse(name: str) -> None:
    raise first_error({"loc": (name,), "type": "out_of_range", "msg": ""})


def _screen_value(details: TumourDetails) -> float:
    return {"screen": 1.0, "symptoms": 0.0, "unknown": k.UNKNOWN_SCREEN}[details.detected]


def _grade_value(details: TumourDetails) -> float:
    """Return the grade the index uses: the population average when it is not known."""
    return k.UNKNOWN_GRADE if details.grade == "unknown" else float(details.grade)


def _prognostic_index(details: TumourDetails) -> float:
    """Return the breast-cancer prognostic index before treatment (log relative hazard)."""
    age, size, nodes = details.age, details.size_mm, details.nodes
    her2 = {"positive": k.HER2_POSITIVE, "negative": k.HER2_NEGATIVE}.get(details.her2, 0.0)
    if details.er == "positive":
        decade = age / 10
        ki67 = {"positive": k.ER1_KI67_POSITIVE, "negative": k.ER1_KI67_NEGATIVE}
        pr = {"positive": k.ER1_PR_POSITIVE, "negative": k.ER1_PR_NEGATIVE}
        index = (
            k.ER1_AGE_BETA_1 * (decade**-2 - k.ER1_AGE_CENTRE_1)
            + k.ER1_AGE_BETA_2 * (decade**-2 * math.log(decade) - k.ER1_AGE_CENTRE_2)
            + k.ER1_SIZE_BETA * (math.log(size / 100) + k.ER1_SIZE_CENTRE)
            + k.ER1_NODES_BETA * (math.log((nodes + 1) / 10) + k.ER1_NODES_CENTRE)
            + k.ER1_GRADE_BETA * _grade_value(details)
            + k.ER1_SCREEN_BETA * _screen_value(details)
            + ki67.get(details.ki67, 0.0)
            + pr.get(details.pr, 0.0)
        )
    else:
        pr = {"positive": k.ER0_PR_POSITIVE, "negative": k.ER0_PR_NEGATIVE}
        index = (
            k.ER0_AGE_BETA * (age - k.ER0_AGE_CENTRE)
            + k.ER0_SIZE_BETA * ((size / 100) ** 0.5 - k.ER0_SIZE_CENTRE)
            + k.ER0_NODES_BETA * (math.log((nodes + 1) / 10) + k.ER0_NODES_CENTRE)
            + k.ER0_GRADE_BETA * (1.0 if _grade_value(details) >= 2 else 0.0)
            + pr.get(details.pr, 0.0)
        )
    return index + her2 + k.RADIO_BASE_BREAST


def _shared_treatments(details: TumourDetails) -> float:
    """Return the log hazard ratio of the treatments every arm shares (not endocrine)."""
    beta = k.CHEMO_BETA[details.chemotherapy]
    if details.trastuzumab and details.her2 == "positive":
        beta += k.TRASTUZUMAB_BETA
    if details.bisphosphonates:
        beta += k.BISPHOSPHONATE_BETA
    if details.radiotherapy:
        beta += math.log(k.RADIO_BREAST_HAZARD)
    return beta


def heart_dose(details: TumourDetails) -> float:
    """Return the mean heart dose (Gy) the model uses: hers when known, else the average."""
    if details.heart_dose_gy is None:
        return k.POPULATION_HEART_DOSE_GY
    return details.heart_dose_gy


def other_cause_hazard(details: TumourDetails) -> list[float]:
    """Return the cumulative hazard of dying of other causes by years 1-15."""
    harm = 0.0
    if details.chemotherapy:
        harm += math.log(k.CHEMO_OTHER_HAZARD)
    if details.radiotherapy:
        harm += math.log(k.RADIO_OTHER_HAZARD_PER_GY) * heart_dose(details)
    smoking = k.SMOKER_BETA if details.smoker else k.NON_SMOKER_BETA
    index = (
        k.OTHER_AGE_BETA * ((details.age / 10) ** 2 - k.OTHER_AGE_CENTRE)
        + k.RADIO_BASE_OTHER
        + smoking
        + harm
    )
    # The harms of chemotherapy and radiotherapy count once (reference commit 4ee7866).
    scale = math.exp(index)
    a, b, c = k.BASE_OTHER
    return [scale * math.exp(a + b * math.log(t) + c * t**0.5) for t in _TIMES]


def other_cause_mortality(details: TumourDetails) -> list[float]:
    """Return the cumulative probability of dying of other causes by years 1-15 (0-1)."""
    return [1 - math.exp(-hazard) for hazard in other_cause_hazard(details)]


def breast_baseline(er_positive: bool) -> list[float]:
    """Return the baseline breast-cancer hazard of each year 1-15 (not cumulative)."""
    if er_positive:
        a, b, c = k.ER1_BASE_BR
        cumulative = [math.exp(a + b / t**0.5 + c * math.log(t) / t**0.5) for t in _TIMES]
    else:
        a, b, c = k.ER0_BASE_BR
        cumulative = [math.exp(a + b / t**2 + c / t) for t in _TIMES]
    return yearly(cumulative)


def yearly(cumulative: list[float]) -> list[float]:
    return [cumulative[0]] + [cumulative[i] - cumulative[i - 1] for i in range(1, len(cumulative))]


def arm_outcome(arm: Arm, base: list[float], other: list[float], index: list[float]) -> ArmOutcome:
    """Return one arm from the breast baseline, other-cause deaths and its yearly index."""
    hazard = 0.0
    breast_survival = []
    for yearly_base, beta in zip(base, index, strict=True):
        hazard += yearly_base * math.exp(beta)
        breast_survival.append(math.exp(-hazard))
    breast_yearly = yearly([1 - s for s in breast_survival])
    other_yearly = yearly(other)
    all_yearly = yearly([1 - (1 - o) * s for o, s in zip(other, breast_survival, strict=True)])
    # Each year's deaths are shared between the causes in proportion to their own risks.
    breast_deaths, other_deaths, alive = [], [], []
    cum_breast = cum_other = 0.0
    for br, oth, total in zip(breast_yearly, other_yearly, all_yearly, strict=True):
        share = br / (br + oth)
        cum_breast += share * total
        cum_other += total - share * total
        breast_deaths.append(100 * cum_breast)
        other_deaths.append(100 * cum_other)
        alive.append(100 * (1 - cum_breast - cum_other))
    return ArmOutcome(
        arm=arm,
        alive=tuple(alive),
        breast_cancer_deaths=tuple(breast_deaths),
        other_deaths=tuple(other_deaths),
    )
