"""`endoaid predict`: PREDICT Breast's estimate for her as a table or JSON (options: cli.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from endoaid.consultation.predict.inputs import TumourDetails, make_tumour_details
from endoaid.consultation.predict.messages import TumourDetailsError
from endoaid.errors import UserError

if TYPE_CHECKING:
    import argparse

    from endoaid.consultation.predict.model import PredictResult

OPTION_OF_FIELD: dict[str, str] = {
    "size_mm": "--size",
    "chemotherapy": "--chemo",
}
"""TumourDetails field -> its command-line option, where the names differ (else --field)."""

_MARKER = {"pos": "positive", "neg": "negative", "unknown": "unknown"}
ARM_TITLES = {"none": "none", "five_years": "5 years", "ten_years": "10 years"}


def details_from_args(args: argparse.Namespace) -> TumourDetails:
    """Return TumourDetails from parsed options; raise UserError naming the bad option."""
    try:
        return make_tumour_details(
            age=args.age,
            size_mm=args.size,
            grade=args.grade,
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
        )
    except TumourDetailsError as exc:
        raise _at_option(exc) from None


def _at_option(exc: TumourDetailsError) -> UserError:
    option = OPTION_OF_FIELD.get(exc.field, f"--{exc.field}")
    return UserError(f"{option}: {exc}", code=exc.code, field=exc.field)


def shown_years(last: int) -> list[int]:
    """Return the years a table shows: 1, 5, 10 and 15 up to `last`, and `last` itself."""
    return sorted({year for year in (1, 5, 10, 15) if year <= last} | {last})


def result_as_data(result: PredictResult, years: list[int]) -> dict[str, Any]:
    """Return the result as JSON-ready data: per arm, per year, the three groups per 100."""
    return {
        "model": result.model,
        "units": "women per 100 at diagnosis, cumulative to the end of each year",
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

    from endoaid.consultation.predict.model import predict
    from endoaid.content.loader import load_predict_model

    details = details_from_args(args)
    try:
        result = predict(details)
    except TumourDetailsError as exc:
        raise _at_option(exc) from None
    content = load_predict_model()
    years = shown_years(args.years)
    if args.json:
        data = result_as_data(result, years)
        data["label"] = content.label.get("en")
        data["caveat"] = content.summary_caveat.get("en")
        data["inputs"] = {name: getattr(details, name) for name in _fields()}
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(content.label.get("en"))
    print(content.units.get("en"))
    print()
    print(f"{'Year':>4}  {'Hormone therapy':<16}{'Alive':>7}{'Breast cancer':>15}{'Other':>8}")
    for year in years:
        for arm in result.arms():
            alive, breast, other = arm.at(year)
            title = ARM_TITLES[arm.arm]
            print(f"{year:>4}  {title:<16}{alive:>7.1f}{breast:>15.1f}{other:>8.1f}")
    print()
    print("Breast cancer and Other: deaths from breast cancer and from other causes.")
    print("Each figure is rounded to one decimal, so a row may add up to 99.9 or 100.1.")
    print(content.summary_caveat.get("en"))
    return 0


def _fields() -> tuple[str, ...]:
    from endoaid.records import field_names

    return field_names(TumourDetails)
