"""'Out of 100 women like you': the cited benefit figures, or her own risk times a cited ratio.

Two methods, and nothing else:

- `trial`: the absolute figures of the decision's benefit comparison, as cited.
- `baseline-risk`: when the profile holds a baseline risk for exactly the cited time frame, the
  baseline arm is her risk and each other arm her risk × the cited relative effect (its range
  from the ratio's low and high). A risk for another time frame is refused, never converted.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.consultation.profile import Profile
from endoaid.content import BenefitArm, ContentPack, Decision
from endoaid.errors import UserError
from endoaid.records import record

Method = Literal["trial", "baseline-risk"]

_TEXT: dict[str, str] = {
    "trial": QT_TRANSLATE_NOOP(
        "BenefitWords", "Figure from the studies: {value} out of {den} {when} [{cites}]."
    ),
    "baseline": QT_TRANSLATE_NOOP(
        "BenefitWords",
        "Your own risk, as entered by the clinician: {value} out of {den} {when}.",
    ),
    "ratio": QT_TRANSLATE_NOOP(
        "BenefitWords",
        "Your risk {risk} out of {den} × the cited ratio {ratio} (range {low} to {high}) "
        "= {value} out of {den} {when} [{cites}].",
    ),
    "no_ratio": QT_TRANSLATE_NOOP(
        "BenefitWords",
        "The sources give no relative effect for this option, so your risk cannot "
        "be applied to it.",
    ),
    "no_arm": QT_TRANSLATE_NOOP(
        "BenefitWords", "The sources give no figure for this option in this comparison."
    ),
    "months_only": QT_TRANSLATE_NOOP(
        "BenefitWords",
        "These trials report months, not a chance over years, so endoaid cannot "
        "use your risk here.",
    ),
    "other_years": QT_TRANSLATE_NOOP(
        "BenefitWords",
        "The cited figures are for {years} years; your risk is for "
        "{risk_years} years, so endoaid will not convert it.",
    ),
    "too_many": QT_TRANSLATE_NOOP(
        "BenefitWords",
        "Your risk times the cited ratio would be more than all the women counted, "
        "so endoaid will not show it.",
    ),
}
"""How a figure was found, and why one is missing: English source texts of the catalogue
(context "BenefitWords"), looked up in the session's language."""


class BenefitRefused(UserError):
    """The figures asked for are not supported by the cited sources (e.g. another time frame)."""


@record(kw_only=False)
class ArmFigure:
    """One option's figure out of `denominator`, how it was worked out and its sources."""

    option: str
    events: float | None
    denominator: int
    low: float | None
    high: float | None
    range_reported: bool
    not_reported: str | None
    method: Method
    formula: str
    citations: list[str] = field(default_factory=list)

    @property
    def events_not(self) -> float | None:
        """Return the other frame: how many of the denominator did not have the outcome."""
        return None if self.events is None else self.denominator - self.events


@record(kw_only=False)
class BenefitResult:
    """The benefit comparison for the options chosen, the baseline arm first."""

    decision_id: str
    time_frame_years: float | None
    time_frame_text: str
    population: str
    outcome: str
    outcome_not: str
    caveat: str
    source_note: str
    arms: list[ArmFigure]
    method: Method


def _num(value: float) -> str:
    """Return a figure as people write it: 15, 28.9, 14.4 (one decimal at most)."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def _ratio(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _arm(decision: Decision, ref: str) -> BenefitArm | None:
    return next((a for a in decision.benefit.arms if a.option == ref), None)


def benefit_figures(
    pack: ContentPack,
    decision: Decision | str,
    options: list[str],
    profile: Profile | None = None,
    lang: str = "en",
) -> BenefitResult:
    """Return the absolute figures for the baseline and each option over the cited time frame."""
    if isinstance(decision, str):
        decision = pack.decision(decision)
    for ref in options:
        if ref not in decision.options and ref != decision.baseline:
            raise BenefitRefused(f"'{ref}' is not an option of this decision.")
    text = {key: translated(lang, "BenefitWords", words) for key, words in _TEXT.items()}
    comparison = decision.benefit
    years = comparison.time_frame.years  # None only when no arm has an out-of-100 figure
    when = comparison.time_frame.text.get(lang)
    baseline_arm = _arm(decision, decision.baseline)
    assert baseline_arm is not None  # the schema requires the baseline arm
    denominator = baseline_arm.events.denominator if baseline_arm.events else 100

    risk: float | None = None
    if profile is not None and profile.baseline_risk_percent is not None:
        risk_years = profile.baseline_risk_years
        if years is None:
            raise BenefitRefused(text["months_only"])
        if risk_years != years:
            raise BenefitRefused(
                text["other_years"].format(years=_num(years), risk_years=_num(risk_years or 0))
            )
        risk = profile.baseline_risk_percent * denominator / 100

    refs = [decision.baseline] + [r for r in options if r != decision.baseline]
    arms: list[ArmFigure] = []
    for ref in refs:
        arm = _arm(decision, ref)
        if risk is None:
            arms.append(_trial_figure(ref, arm, denominator, when, text, lang))
        else:
            is_baseline = ref == decision.baseline
            arms.append(_risk_figure(ref, arm, is_baseline, risk, denominator, when, text))
    return BenefitResult(
        decision_id=decision.id,
        time_frame_years=years,
        time_frame_text=when,
        population=comparison.population.get(lang),
        outcome=comparison.outcome.get(lang),
        outcome_not=comparison.outcome_not.get(lang),
        caveat=comparison.caveat.get(lang),
        source_note=comparison.source_note.get(lang),
        arms=arms,
        method="trial" if risk is None else "baseline-risk",
    )


def _missing(ref: str, den: int, method: Method, reason: str) -> ArmFigure:
    return ArmFigure(ref, None, den, None, None, False, reason, method, reason, [])


def _trial_figure(
    ref: str, arm: BenefitArm | None, den: int, when: str, text: dict[str, str], lang: str
) -> ArmFigure:
    if arm is None:
        return _missing(ref, den, "trial", text["no_arm"])
    if arm.events is None:
        reason = arm.not_reported.get(lang) if arm.not_reported else text["no_arm"]
        return _missing(ref, den, "trial", reason)
    ev = arm.events
    scale = den / ev.denominator
    cites = list(ev.citations)
    formula = text["trial"].format(
        value=_num(ev.value * scale), den=den, when=when, cites=", ".join(cites)
    )
    return ArmFigure(
        option=ref,
        events=ev.value * scale,
        denominator=den,
        low=None if ev.low is None else ev.low * scale,
        high=None if ev.high is None else ev.high * scale,
        range_reported=not ev.range_not_reported,
        not_reported=None,
        method="trial",
        formula=formula,
        citations=cites,
    )


def _risk_figure(
    ref: str,
    arm: BenefitArm | None,
    is_baseline: bool,
    risk: float,
    den: int,
    when: str,
    text: dict[str, str],
) -> ArmFigure:
    if is_baseline:
        formula = text["baseline"].format(value=_num(risk), den=den, when=when)
        return ArmFigure(ref, risk, den, None, None, False, None, "baseline-risk", formula, [])
    if arm is None or arm.relative_to_baseline is None:
        return _missing(ref, den, "baseline-risk", text["no_ratio"])
    effect = arm.relative_to_baseline
    value, low, high = risk * effect.ratio, risk * effect.low, risk * effect.high
    if high > den:
        raise BenefitRefused(text["too_many"])
    cites = list(effect.citations)
    formula = text["ratio"].format(
        risk=_num(risk),
        den=den,
        ratio=_ratio(effect.ratio),
        low=_ratio(effect.low),
        high=_ratio(effect.high),
        value=_num(value),
        when=when,
        cites=", ".join(cites),
    )
    return ArmFigure(ref, value, den, low, high, True, None, "baseline-risk", formula, cites)
