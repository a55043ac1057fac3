"""`endoaid predict`: PREDICT Breast's estimate for her as a table or JSON (options: cli.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from endoaid.consultation.predict.inputs import TumourDetails, make_tumour_details
from endoaid.consultation.predict.messages import TumourDetailsError
from endoaid.errors import UserError

if TYPE_CHECKING:
    import argparse

    from endoaid.consultation.predict.from_five import FromFiveResult
    from endoaid.consultation.predict.model import PredictResult

OPTION_OF_FIELD: dict[str, str] = {
    "size_mm": "--size",
    "chemotherapy": "--chemo",
    "heart_dose_gy": "--heart-dose",
}
"""TumourDetails field -> its command-line option, where the names differ (else --field)."""

_MARKER = {"pos": "positive", "neg": "negative", "unknown": "unknown"}
ARM_TITLES = {"none": "none", "five_years": "5 years", "ten_years": "10 years"}
FROM_FIVE_TITLES = {"five_years": "stop now", "ten_years": "5 more years"}


def details_from_args(args: argparse.Namespace) -> TumourDetails:
    """Return TumourDetails from parsed options; raise UserError naming the bad option."""
    try:
        return make_tumour_details(
            age=args.age,
            size_mm=args.size,
            grade=args.grade if args.grade == "unknown" else int(args.grade),
            nodes=args.nodes,
            er=_MARKER[args.er],
            her2=_MARKER[args.her2],
            ki67=_MARKER[args.ki67],
            pr=_MARKER[args.pr],
            detected=args.detected,
            chemotherapy=args.chemo,
            trastuzumab=args.trastuzumab,
            bisphosphonates=args.bisphosphonates,
            radiotherapy=args.radiotherapy,
            smoker=args.smoker,
            heart_dose_gy=args.heart_dose,
        )
    except TumourDetailsError as exc:
        raise _at_option(exc) from None


def _at_option(exc: TumourDetailsError) -> UserError:
    option = OPTION_OF_FIELD.get(exc.field, f"--{exc.field}")
    return UserError(f"{option}: {exc}", code=exc.code, field=exc.field)


def shown_years(last: int) -> list[int]:
    """Return the years a table shows: 1, 5, 10 and 15 up to `last`, and `last` itself."""
    return sorted({year for year in (1, 5, 10, 15) if year <= last} | {last})


def result_as_data(result: PredictResult | FromFiveResult, years: list[int]) -> dict[str, Any]:
    """Return the result as JSON-ready data: per arm, per year, the three groups per 100."""
    from_five = getattr(result, "from_year", 0) == 5
    return {
        "model": result.model,
        "from_year": 5 if from_five else 0,
        "units": (
            "women per 100 alive 5 years after diagnosis, cumulative to the end of each year "
            "from now"
            if from_five
            else "women per 100 at diagnosis, cumulative to the end of each year"
        ),
        "arms": {
            arm.arm: [
                {
                    "year": year,
                    "alive": round(arm.at(year)[0], 3),
                    "breast_cancer_deaths": round(arm.at(year)[1], 3),
                    "other_deaths": round(arm.at(year)[2], 3),
                }
                for year in years
            ]
            for arm in result.arms()
        },
    }


def predict_command(args: argparse.Namespace) -> int:
    """Run `endoaid predict`: print the table (or JSON) and return the exit code 0."""
    import json

    from endoaid.consultation.predict.from_five import predict_from_five
    from endoaid.consultation.predict.model import predict
    from endoaid.content.loader import load_predict_model

    details = details_from_args(args)
    from_five = args.from_year == 5
    try:
        result = predict_from_five(details) if from_five else predict(details)
    except TumourDetailsError as exc:
        raise _at_option(exc) from None
    content = load_predict_model()
    last = min(args.years, 10) if from_five else args.years
    years = shown_years(last)
    words = content.from_five if from_five and content.from_five else None
    units = (words.units if words else content.units).get("en")
    if args.json:
        data = result_as_data(result, years)
        data["label"] = content.label.get("en")
        data["caveat"] = content.summary_caveat.get("en")
        data["inputs"] = {name: getattr(details, name) for name in _fields()}
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(content.label.get("en"))
    print(units)
    print()
    titles = FROM_FIVE_TITLES if from_five else ARM_TITLES
    year_title = "Years from now" if from_five else "Year"
    width = len(year_title)
    header = f"{'Hormone therapy':<16}{'Alive':>7}{'Breast cancer':>15}{'Other':>8}"
    print(f"{year_title:>{width}}  {header}")
    for year in years:
        for arm in result.arms():
            alive, breast, other = arm.at(year)
            title = titles[arm.arm]
            print(f"{year:>{width}}  {title:<16}{alive:>7.1f}{breast:>15.1f}{other:>8.1f}")
    print()
    print("Breast cancer and Other: deaths from breast cancer and from other causes.")
    print("Each figure is rounded to one decimal, so a row may add up to 99.9 or 100.1.")
    print(content.summary_caveat.get("en"))
    shown = (*CLI_CAVEATS, "ten-years") if from_five else CLI_CAVEATS
    for caveat in content.caveats:
        if caveat.id in shown:
            print(caveat.text.get("en"))
    return 0


CLI_CAVEATS = ("bisphosphonates", "heart-dose")
"""Caveats of predict.toml the command prints under every table (its inputs' assumptions)."""


def _fields() -> tuple[str, ...]:
    from endoaid.records import field_names

    return field_names(TumourDetails)
