"""How sure a figure is, in words: a range out of 100, a relative effect, or 'not reported'.

Only a range the source gives out of 100 women (or her own risk times a cited ratio's range)
is written as 'between 20 and 27 out of 100'. A hazard or rate ratio is never turned into
one: it is said as what it is, a rate lower or higher than another arm's, with its range.
"""

from __future__ import annotations

from collections.abc import Sequence

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.content import ContentPack, Decision
from endoaid.content.schema import ComparedEffect

_WORDS: dict[str, str] = {
    "between": QT_TRANSLATE_NOOP("PrecisionWords", "between {low} and {high} out of 100"),
    "between_short": QT_TRANSLATE_NOOP("PrecisionWords", "likely range {low} to {high}"),
    "from_study": QT_TRANSLATE_NOOP("PrecisionWords", "the study's likely range"),
    "from_her_risk": QT_TRANSLATE_NOOP(
        "PrecisionWords", "the likely range for your risk, from the study's ratio"
    ),
    "clause": QT_TRANSLATE_NOOP("PrecisionWords", "; {between} is {where}"),
    "not_reported": QT_TRANSLATE_NOOP(
        "PrecisionWords", "The study did not report how precise this figure is."
    ),
    "none_reported": QT_TRANSLATE_NOOP(
        "PrecisionWords", "The study did not report how precise these figures are."
    ),
    "others_not_reported": QT_TRANSLATE_NOOP(
        "PrecisionWords", "The studies did not report how precise the other figures are."
    ),
    "not_reported_short": QT_TRANSLATE_NOOP("PrecisionWords", "precision not reported"),
    "relative": QT_TRANSLATE_NOOP(
        "PrecisionWords",
        "Compared with {against}, this happened at a rate {change}{period} "
        "(likely range in the study: {range}). This compares rates: it is not a number "
        "out of 100.",
    ),
    "period": QT_TRANSLATE_NOOP("PrecisionWords", " {text}"),
    "lower": QT_TRANSLATE_NOOP("PrecisionWords", "{n}% lower"),
    "higher": QT_TRANSLATE_NOOP("PrecisionWords", "{n}% higher"),
    "same": QT_TRANSLATE_NOOP("PrecisionWords", "about the same"),
    "both_lower": QT_TRANSLATE_NOOP("PrecisionWords", "{a}% to {b}% lower"),
    "both_higher": QT_TRANSLATE_NOOP("PrecisionWords", "{a}% to {b}% higher"),
    "across": QT_TRANSLATE_NOOP("PrecisionWords", "{a}% lower to {b}% higher"),
    "with_where": QT_TRANSLATE_NOOP("PrecisionWords", "{text} ({where})"),
    "label_sep": QT_TRANSLATE_NOOP("PrecisionWords", ": "),
    "and": QT_TRANSLATE_NOOP("PrecisionWords", " and "),
}


def _t(lang: str) -> dict[str, str]:
    """Return every word of this module in `lang` (the English source where none is given)."""
    return {key: translated(lang, "PrecisionWords", text) for key, text in _WORDS.items()}


def _num(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def _pct(ratio: float) -> int:
    """Return how far a ratio is from 1 in whole percent (0.82 -> 18)."""
    return round(abs(1 - ratio) * 100)


def range_words(low: float, high: float, lang: str, *, her_risk: bool = False) -> str:
    """Return 'between 20 and 27 out of 100 (the study's likely range)' for a range per 100."""
    t = _t(lang)
    where = t["from_her_risk"] if her_risk else t["from_study"]
    text = t["between"].format(low=_num(low), high=_num(high))
    return t["with_where"].format(text=text, where=where)


def range_clause(low: float, high: float, lang: str, *, her_risk: bool = False) -> str:
    """Return '; between 20 and 27 out of 100 is the study's likely range' to follow an outcome."""
    t = _t(lang)
    between = t["between"].format(low=_num(low), high=_num(high))
    return t["clause"].format(
        between=between, where=t["from_her_risk" if her_risk else "from_study"]
    )


def short_range(low: float, high: float, lang: str) -> str:
    """Return '20 to 27', the range as a chart or table shows it beside the figure."""
    return _t(lang)["between_short"].format(low=_num(low), high=_num(high))


def not_reported(
    lang: str, *, several: bool = False, short: bool = False, others: bool = False
) -> str:
    """Return the words for figures whose source gave no range.

    `others`: some figures shown do have a range, so the words speak of 'the other figures'.
    """
    t = _t(lang)
    if short:
        return t["not_reported_short"]
    if others:
        return t["others_not_reported"]
    return t["none_reported" if several else "not_reported"]


def relative_words(effect: ComparedEffect, against: str, lang: str) -> str:
    """Return a relative effect and its range in words, labelled as not out of 100."""
    t = _t(lang)
    if round(effect.ratio, 2) == 1:
        change = t["same"]
    else:
        change = t["lower" if effect.ratio < 1 else "higher"].format(n=_pct(effect.ratio))
    if effect.high < 1:
        span = t["both_lower"].format(a=_pct(effect.high), b=_pct(effect.low))
    elif effect.low > 1:
        span = t["both_higher"].format(a=_pct(effect.low), b=_pct(effect.high))
    else:
        span = t["across"].format(a=_pct(effect.low), b=_pct(effect.high))
    period = t["period"].format(text=effect.period.get(lang)) if effect.period else ""
    return t["relative"].format(against=against, change=change, period=period, range=span)


def relative_sentences(
    pack: ContentPack,
    decision: Decision,
    effects: Sequence[tuple[str, ComparedEffect]],
    lang: str,
) -> list[str]:
    """Return '<option>: <relative effect in words>' for each (option, effect) given."""
    t = _t(lang)
    sep, join = t["label_sep"], t["and"]
    grouped: dict[tuple[object, ...], tuple[ComparedEffect, list[str]]] = {}
    for ref, effect in effects:  # options that share one effect are named together, once
        key = (effect.ratio, effect.low, effect.high, effect.against, effect.period)
        grouped.setdefault(key, (effect, []))[1].append(ref)
    lines = []
    for effect, refs in grouped.values():
        against = pack.option_name(decision, effect.against, lang)
        if lang == "en" and against[1:2].islower():  # mid-sentence: 'tamoxifen tablets'
            against = against[0].lower() + against[1:]
        names = join.join(pack.option_name(decision, r, lang) for r in refs)
        lines.append(names + sep + relative_words(effect, against, lang))
    return lines


def benefit_effects(decision: Decision, options: Sequence[str]) -> list[tuple[str, ComparedEffect]]:
    """Return (option, effect) for every relative effect of the benefit arms shown."""
    shown = set(options)
    return [
        (arm.option, effect)
        for arm in decision.benefit.arms
        if arm.option in shown
        for effect in arm.compared
    ]
