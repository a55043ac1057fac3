"""PREDICT from where she stands: alive 5 years after diagnosis, stop now or 5 more years.

The decision about 10 years of hormone therapy is met 5 years after diagnosis by a woman who
is alive and has had 5 years of it. Counted as the reference's `benefits3010` counts it
(WintonCentre/predict-v30-r, R/benefits3010.R at commit 4a2ecdc): the model's own breast-cancer
hazards of years 6-15, applied to women alive at the start of year 6. Other-cause deaths are
taken from year 6's own cumulative hazard, as the repository's later benefits3110.R takes them
(commit 910318d); benefits3010.R subtracts deaths counted out of all women at diagnosis, which
leaves out the women who had already died (tools/predict_reference/README.md, difference 2).

Every figure is out of 100 women alive 5 years after diagnosis, cumulative by the end of each
year from now (1-10, i.e. years 6-15 after diagnosis).
"""

from __future__ import annotations

import math

from endoaid.consultation.predict import coefficients as k
from endoaid.consultation.predict.inputs import TumourDetails
from endoaid.consultation.predict.messages import ER_NEGATIVE, TumourDetailsError
from endoaid.consultation.predict.model import (
    MODEL_NAME,
    ArmOutcome,
    arm_outcome,
    breast_baseline,
    check_limits,
    other_cause_hazard,
    yearly_index,
)
from endoaid.records import record

FROM_YEAR = 5
"""Her figures count from this many years after diagnosis."""

YEARS_AHEAD = k.YEARS - FROM_YEAR
"""How many years from now the model reaches (to year 15 after diagnosis)."""


@record
class FromFiveResult:
    """Her estimate from 5 years after diagnosis: stop now, or 5 more years of hormone therapy.

    `stop_now` has arm "five_years" (5 years in all), `five_more` arm "ten_years" (10 in all);
    index i of each holds the figure at the end of year i + 1 from now, per 100 women alive
    5 years after diagnosis.
    """

    details: TumourDetails
    stop_now: ArmOutcome
    five_more: ArmOutcome
    model: str = MODEL_NAME
    from_year: int = FROM_YEAR

    def arms(self) -> tuple[ArmOutcome, ...]:
        """Return the two arms, stopping now first."""
        return (self.stop_now, self.five_more)


def predict_from_five(details: TumourDetails) -> FromFiveResult:
    """Return PREDICT's estimate for women like her alive 5 years after diagnosis.

    Her cancer must be ER-positive (the question is whether to go on with hormone therapy):
    ER-negative raises TumourDetailsError on "er", as `predict` does.
    """
    check_limits(details)
    if details.er != "positive":
        raise TumourDetailsError("er", ER_NEGATIVE, code="not_modelled")
    base = breast_baseline(True)[FROM_YEAR:]
    hazard = other_cause_hazard(details)
    # Other-cause survival of the women alive at year 5: the hazard from year 6 on only.
    other = [1 - math.exp(-(h - hazard[FROM_YEAR - 1])) for h in hazard[FROM_YEAR:]]
    stop = yearly_index(details, "five_years")[FROM_YEAR:]
    more = yearly_index(details, "ten_years")[FROM_YEAR:]
    return FromFiveResult(
        details=details,
        stop_now=arm_outcome("five_years", base, other, stop),
        five_more=arm_outcome("ten_years", base, other, more),
    )
