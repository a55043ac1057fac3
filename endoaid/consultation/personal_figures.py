"""Her own figures for a decision, from PREDICT Breast: alive and both causes of death, per arm.

The benefit method "predict" beside "trial" and "baseline-risk" (endoaid.consultation.benefit):
out of 100 women like her, how many are alive, have died of breast cancer or of other causes
by a named year, for the arms of PREDICT the decision shows (predict.toml `decisions`). Most
decisions count from diagnosis; the 5-or-10-years decision counts from 5 years after it, for
women alive then (`from_year = 5`); a decision PREDICT cannot answer (`no_figures`) gets its
one-line reason instead. Every word and caveat comes from the content pack; the model is
imported only when figures are asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.consultation.predict import TumourDetails, TumourDetailsError
from endoaid.content import ContentPack
from endoaid.errors import UserError
from endoaid.records import record

if TYPE_CHECKING:
    from endoaid.consultation.session import Session

YEARS_OFFERED: tuple[int, ...] = (5, 10, 15)
"""The time frames her figures can be shown for, counted from diagnosis."""

YEARS_FROM_NOW: tuple[int, ...] = (5, 10)
"""The time frames from 5 years after diagnosis (the model reaches year 15 after it)."""

_TEXT: dict[str, str] = {
    "frames": QT_TRANSLATE_NOOP(
        "PersonalWords",
        "{name}: {alive} {alive_word}, {gone} {gone_word} "
        "({breast} {breast_word}, {other} {other_word})",
    ),
    "headline": QT_TRANSLATE_NOOP("PersonalWords", "{label}, {time_frame}, out of 100 {who}"),
    "who": QT_TRANSLATE_NOOP("PersonalWords", "women like you"),
    "colon": QT_TRANSLATE_NOOP("PersonalWords", ":"),
    "no_content": QT_TRANSLATE_NOOP(
        "PersonalWords", "This content pack has no PREDICT Breast text, so no estimate is shown."
    ),
}
"""Her figures' own words: English source texts of the catalogue (context "PersonalWords")."""

PREMENOPAUSAL_BISPHOSPHONATES = QT_TRANSLATE_NOOP(
    "PredictWords",
    "PREDICT counts bisphosphonates only after "
    "menopause: your profile says you are before menopause, so switch them off here.",
)


def _word(key: str, lang: str) -> str:
    return translated(lang, "PersonalWords", _TEXT[key])


class PersonalRefused(UserError):
    """No figures of her own: the decision is not for early disease, or the cancer is
    ER-negative; the message (in the session's language) is the one-line reason to show."""


@record
class PersonalArm:
    """One arm of her estimate, out of 100 women, by the end of the year shown."""

    arm: Literal["none", "five_years", "ten_years"]
    name: str
    alive: float
    breast_cancer_deaths: float
    other_deaths: float

    def counts(self) -> tuple[int, int, int]:
        """Return whole women (alive, breast cancer, other causes) that add up to 100.

        Largest remainder: each figure rounded down, the women left over go to the largest
        fractions, so the icons, the sentence and the table never disagree on the total.
        """
        values = (self.alive, self.breast_cancer_deaths, self.other_deaths)
        whole = [int(v) for v in values]
        order = sorted(range(3), key=lambda i: values[i] - whole[i], reverse=True)
        for i in order[: 100 - sum(whole)]:
            whole[i] += 1
        return whole[0], whole[1], whole[2]


@record
class PersonalFigures:
    """Her estimate for one decision: the label, the time frame, the arms and the caveats."""

    decision_id: str
    model: str
    label: str
    years: int
    time_frame_text: str
    units: str
    population: str
    summary_caveat: str
    group_words: tuple[str, str, str, str]
    """(alive, died of breast cancer, died of other causes, not alive) in the session language."""
    arms: list[PersonalArm]
    caveats: list[str]
    citations: list[str]
    lang: str = "en"
    method: Literal["predict"] = "predict"
    who: str = ""
    """The women counted, after "out of 100" ('' = women like her, from diagnosis)."""
    from_year: int = 0
    """0: counted from diagnosis; 5: from 5 years after it, for women alive then."""

    def headline(self) -> str:
        """Return "<label>, <time frame>, out of 100 women like her" (or whom it counts)."""
        return _word("headline", self.lang).format(
            label=self.label,
            time_frame=self.time_frame_text,
            who=self.who or _word("who", self.lang),
        )

    def lines(self) -> list[str]:
        """Return the headline (ending in a colon) and both frames of every arm, one a line."""
        return [
            self.headline() + _word("colon", self.lang),
            *(self.frames(arm) for arm in self.arms),
        ]

    def frames(self, arm: PersonalArm) -> str:
        """Return both frames for an arm: "<arm>: 88 alive, 12 not alive (8 …, 4 …)"."""
        alive, breast, other = arm.counts()
        words = self.group_words
        return _word("frames", self.lang).format(
            name=arm.name,
            alive=alive,
            alive_word=words[0],
            gone=breast + other,
            gone_word=words[3],
            breast=breast,
            breast_word=words[1],
            other=other,
            other_word=words[2],
        )


def default_years(pack: ContentPack, decision_id: str) -> int:
    """Return the time frame a decision shows her figures for first (10 when not named)."""
    chosen = pack.predict.decisions.get(decision_id) if pack.predict else None
    return chosen.years if chosen else 10


def years_offered(pack: ContentPack, decision_id: str | None) -> tuple[int, ...]:
    """Return the time frames her figures can be shown for in a decision (5 and 10 from now
    for a decision counted from 5 years after diagnosis, else 5, 10 and 15)."""
    chosen = pack.predict.decisions.get(decision_id or "") if pack.predict else None
    return YEARS_FROM_NOW if chosen is not None and chosen.from_year == 5 else YEARS_OFFERED


def check_menopause(tumour: TumourDetails, menopause: str | None, lang: str = "en") -> None:
    """Refuse bisphosphonates for a premenopausal profile (PREDICT counts them after menopause
    only): raise TumourDetailsError on the field "bisphosphonates"."""
    if tumour.bisphosphonates and menopause == "pre":
        raise TumourDetailsError(
            "bisphosphonates", PREMENOPAUSAL_BISPHOSPHONATES, code="not_modelled"
        )


def personal_figures(
    pack: ContentPack,
    decision_id: str,
    tumour: TumourDetails,
    years: int | None = None,
    lang: str = "en",
    *,
    advanced: bool = False,
) -> PersonalFigures:
    """Return her figures from PREDICT for a decision, or raise PersonalRefused with the reason.

    `years` is one of YEARS_OFFERED (None: the decision's own from predict.toml); `advanced`
    (her profile says the cancer has spread or come back) is refused like an advanced decision.
    """
    model = pack.predict
    if model is None:
        raise PersonalRefused(_word("no_content", lang), code="no_predict")
    if decision_id in model.no_figures and not advanced:  # PREDICT cannot answer it: say why
        raise PersonalRefused(model.no_figures[decision_id].get(lang), code="no_answer")
    chosen = model.decisions.get(decision_id)
    if chosen is None or advanced:
        raise PersonalRefused(model.early_only.get(lang), code="early_only")
    from_five = model.from_five if chosen.from_year == 5 else None
    offered = YEARS_FROM_NOW if from_five else YEARS_OFFERED
    year = years if years in offered else chosen.years
    # the model loads when first asked
    from endoaid.consultation.predict import predict, predict_from_five

    try:
        result = predict_from_five(tumour) if from_five else predict(tumour)
    except TumourDetailsError as exc:  # ER-negative: the model's own sentence, no number
        reason = exc.message_in(lang)
        raise PersonalRefused(reason, code=exc.code, field=exc.field) from None
    outcomes = {arm.arm: arm for arm in result.arms()}
    arms = []
    for arm in chosen.arms:
        outcome = outcomes[arm]
        alive, breast, other = outcome.at(year)
        if from_five is not None:
            name = from_five.arm_names[arm].get(lang)  # type: ignore[index]
        else:
            name = getattr(model.arm_names, arm).get(lang)
        arms.append(
            PersonalArm(
                arm=arm, name=name, alive=alive, breast_cancer_deaths=breast, other_deaths=other
            )
        )
    shown = [caveat for caveat in model.caveats if _caveat_applies(caveat.id, chosen.arms, tumour)]
    citations = list(dict.fromkeys([*model.citations, *(c for s in shown for c in s.citations)]))
    groups = model.groups
    return PersonalFigures(
        decision_id=decision_id,
        model=model.version,
        label=model.label.get(lang),
        years=year,
        time_frame_text=(from_five or model).time_frame.get(lang).format(years=year),
        units=(from_five or model).units.get(lang),
        population=model.population.get(lang),
        summary_caveat=model.summary_caveat.get(lang),
        group_words=(
            groups.alive.get(lang),
            groups.breast_cancer_deaths.get(lang),
            groups.other_deaths.get(lang),
            groups.not_alive.get(lang),
        ),
        arms=arms,
        caveats=[caveat.text.get(lang) for caveat in shown],
        citations=citations,
        lang=lang,
        who=from_five.who.get(lang) if from_five else "",
        from_year=chosen.from_year,
    )


def _caveat_applies(caveat_id: str, arms: list[str], tumour: TumourDetails) -> bool:
    """Return True when a caveat of predict.toml speaks to her figures in this decision."""
    needs = {
        "er-negative": False,  # her figures exist only for ER-positive disease
        "ten-years": "ten_years" in arms,
        "bisphosphonates": tumour.bisphosphonates,
        "heart-dose": tumour.radiotherapy,
    }
    return needs.get(caveat_id, True)


def session_figures(pack: ContentPack, session: Session) -> PersonalFigures | None:
    """Return her figures for the session's decision, None without tumour details or a
    decision; raise PersonalRefused as `personal_figures` does (her profile's stage counts)."""
    if session.tumour is None or session.decision_id is None or pack.predict is None:
        return None
    profile = session.profile
    try:
        check_menopause(session.tumour, profile.menopause if profile else None)
    except TumourDetailsError as exc:
        reason = exc.message_in(session.lang)
        raise PersonalRefused(reason, code=exc.code, field=exc.field) from None
    return personal_figures(
        pack,
        session.decision_id,
        session.tumour,
        session.tumour_years,
        session.lang,
        advanced=profile is not None and profile.setting == "advanced",
    )


def figures_or_reason(pack: ContentPack, session: Session) -> tuple[PersonalFigures | None, str]:
    """Return (her figures or None, the one-line reason there are none, '' when none is due)."""
    try:
        return session_figures(pack, session), ""
    except PersonalRefused as refused:
        return None, str(refused)
