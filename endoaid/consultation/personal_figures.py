"""Her own figures for a decision, from PREDICT Breast: alive and both causes of death, per arm.

The benefit method "predict" beside "trial" and "baseline-risk" (endoaid.consultation.benefit):
out of 100 women like her, counted from diagnosis, how many are alive, have died of breast
cancer or of other causes by a named year, for the arms of PREDICT the decision shows
(predict.toml `decisions`). Every word and caveat comes from the content pack; the model
(endoaid.consultation.predict.model) is imported only when figures are asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from endoaid.consultation.predict import TumourDetails, TumourDetailsError
from endoaid.content import ContentPack
from endoaid.errors import UserError
from endoaid.records import record

if TYPE_CHECKING:
    from endoaid.consultation.session import Session

YEARS_OFFERED: tuple[int, ...] = (5, 10, 15)
"""The time frames her figures can be shown for."""

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "frames": "{name}: {alive} {alive_word}, {gone} {gone_word} "
        "({breast} {breast_word}, {other} {other_word})",
        "headline": "{label}, {time_frame}, out of 100 women like her",
        "colon": ":",
        "no_content": "This content pack has no PREDICT Breast text, so no estimate is shown.",
    },
    "zh_CN": {
        "frames": "{name}：{alive}人{alive_word}，{gone}人{gone_word}"
        "（{breast}人{breast_word}，{other}人{other_word}）",
        "headline": "{label}，{time_frame}，每100名与她情况相似的女性中",
        "colon": "：",
        "no_content": "此内容包没有 PREDICT Breast 的说明，因此不显示估算。",
    },
}


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

    def headline(self) -> str:
        """Return "<label>, <time frame>, out of 100 women like her"."""
        text = _TEXT.get(self.lang, _TEXT["en"])["headline"]
        return text.format(label=self.label, time_frame=self.time_frame_text)

    def lines(self) -> list[str]:
        """Return the headline (ending in a colon) and both frames of every arm, one a line."""
        colon = _TEXT.get(self.lang, _TEXT["en"])["colon"]
        return [self.headline() + colon, *(self.frames(arm) for arm in self.arms)]

    def frames(self, arm: PersonalArm) -> str:
        """Return both frames for an arm: "<arm>: 88 alive, 12 not alive (8 …, 4 …)"."""
        alive, breast, other = arm.counts()
        words = self.group_words
        return _TEXT.get(self.lang, _TEXT["en"])["frames"].format(
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
        raise PersonalRefused(_TEXT.get(lang, _TEXT["en"])["no_content"], code="no_predict")
    chosen = model.decisions.get(decision_id)
    if chosen is None or advanced:
        raise PersonalRefused(model.early_only.get(lang), code="early_only")
    year = years if years in YEARS_OFFERED else chosen.years
    from endoaid.consultation.predict import predict  # the model loads when first asked

    try:
        result = predict(tumour)
    except TumourDetailsError as exc:  # ER-negative: the model's own sentence, no number
        reason = exc.message_zh if lang == "zh_CN" else str(exc)
        raise PersonalRefused(reason, code=exc.code, field=exc.field) from None
    outcomes = {
        "none": result.no_endocrine,
        "five_years": result.endocrine_5_years,
        "ten_years": result.endocrine_10_years,
    }
    arms = []
    for arm in chosen.arms:
        outcome = outcomes[arm]
        assert outcome is not None  # asked with endocrine therapy: every arm is there
        alive, breast, other = outcome.at(year)
        name = getattr(model.arm_names, arm).get(lang)
        arms.append(
            PersonalArm(
                arm=arm, name=name, alive=alive, breast_cancer_deaths=breast, other_deaths=other
            )
        )
    shown = [
        caveat
        for caveat in model.caveats
        if caveat.id != "er-negative" and (caveat.id != "ten-years" or "ten_years" in chosen.arms)
    ]
    citations = list(dict.fromkeys([*model.citations, *(c for s in shown for c in s.citations)]))
    groups = model.groups
    return PersonalFigures(
        decision_id=decision_id,
        model=model.version,
        label=model.label.get(lang),
        years=year,
        time_frame_text=model.time_frame.get(lang).format(years=year),
        units=model.units.get(lang),
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
    )


def session_figures(pack: ContentPack, session: Session) -> PersonalFigures | None:
    """Return her figures for the session's decision, None without tumour details or a
    decision; raise PersonalRefused as `personal_figures` does (her profile's stage counts)."""
    if session.tumour is None or session.decision_id is None or pack.predict is None:
        return None
    profile = session.profile
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
