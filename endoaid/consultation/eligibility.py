"""Which decisions and options fit a profile, and why, from the content pack's rules.

Every reason comes from content data: `Decision.applies_when` and `pack.rules`. There is no
Python `if` about a drug. How a `Condition` matches a profile:

- each field that is given must match; an empty field always matches;
- `menopause` and `setting` match when her value is in the list;
- `history` matches when she has any of the listed words (see `Profile.history_flags`);
- `age_min`/`age_max` match only when her age is known and inside the bounds, so an unknown
  age never hides or flags an option.

A rule names exact option refs. A `hide` rule hides only the refs it names (a rule about an
aromatase inhibitor alone does not hide it in a combination). A `caution` or `note` also applies
to every combination built from a named option. A caution never hides: the option is shown
with the caution.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.consultation.profile import Profile
from endoaid.content import Condition, ContentPack, Decision, Rule
from endoaid.records import record

Status = Literal["shown", "caution", "hidden"]

_MENOPAUSE_WORDS: dict[str, str] = {
    "pre": QT_TRANSLATE_NOOP("EligibilityWords", "before menopause"),
    "peri": QT_TRANSLATE_NOOP("EligibilityWords", "around menopause"),
    "post": QT_TRANSLATE_NOOP("EligibilityWords", "after menopause"),
    "unsure": QT_TRANSLATE_NOOP("EligibilityWords", "not sure about menopause"),
}
_SETTING_WORDS: dict[str, str] = {
    "early": QT_TRANSLATE_NOOP("EligibilityWords", "after surgery for early breast cancer"),
    "advanced": QT_TRANSLATE_NOOP("EligibilityWords", "with advanced cancer"),
}
_TEXT: dict[str, str] = {
    "applies": QT_TRANSLATE_NOOP("EligibilityWords", "This decision is for women {who}."),
    "not_for_you": QT_TRANSLATE_NOOP(
        "EligibilityWords", "This decision is for women {wanted}; you are {actual}."
    ),
    "not_other": QT_TRANSLATE_NOOP(
        "EligibilityWords", "This decision does not match your situation as entered."
    ),
    "or": QT_TRANSLATE_NOOP("EligibilityWords", " or "),
}
"""The words of a decision's reason: English source texts of the catalogue (context
"EligibilityWords"), looked up in the session's language."""


@record(kw_only=False)
class DecisionFit:
    """Whether a decision applies to her, with the reason in words."""

    decision_id: str
    applies: bool
    reason: str


@record(kw_only=False)
class RuleHit:
    """One content rule that matched her profile, with its reason and sources."""

    rule_id: str
    effect: str
    reason: str
    citations: list[str] = field(default_factory=list)


@record(kw_only=False)
class OptionFit:
    """An option of a decision: shown, shown with a caution, or hidden, and the rules why."""

    option: str
    status: Status
    reasons: list[RuleHit] = field(default_factory=list)


def condition_matches(condition: Condition, profile: Profile) -> bool:
    """Return True when every field the condition gives matches the profile."""
    if condition.menopause and profile.menopause not in condition.menopause:
        return False
    if condition.setting and profile.setting not in condition.setting:
        return False
    if condition.history and not set(condition.history) & profile.history_flags():
        return False
    if condition.age_min is not None and (profile.age is None or profile.age < condition.age_min):
        return False
    return not (
        condition.age_max is not None and (profile.age is None or profile.age > condition.age_max)
    )


def _words(table: dict[str, str], lang: str) -> dict[str, str]:
    return {key: translated(lang, "EligibilityWords", text) for key, text in table.items()}


def decision_fits(pack: ContentPack, profile: Profile, lang: str = "en") -> list[DecisionFit]:
    """Return, for every decision in content order, whether it applies to her and why."""
    text = _words(_TEXT, lang)
    meno = _words(_MENOPAUSE_WORDS, lang)
    setting = _words(_SETTING_WORDS, lang)
    out: list[DecisionFit] = []
    for decision in pack.decisions.values():
        when = decision.applies_when
        if condition_matches(when, profile):
            who = text["or"].join(meno[m] for m in when.menopause) or text["or"].join(
                setting[s] for s in when.setting
            )
            reason = text["applies"].format(who=who) if who else ""
            out.append(DecisionFit(decision.id, True, reason))
        elif when.menopause and profile.menopause not in when.menopause:
            wanted = text["or"].join(meno[m] for m in when.menopause)
            reason = text["not_for_you"].format(wanted=wanted, actual=meno[profile.menopause])
            out.append(DecisionFit(decision.id, False, reason))
        elif when.setting and profile.setting not in when.setting:
            wanted = text["or"].join(setting[s] for s in when.setting)
            reason = text["not_for_you"].format(wanted=wanted, actual=setting[profile.setting])
            out.append(DecisionFit(decision.id, False, reason))
        else:
            out.append(DecisionFit(decision.id, False, text["not_other"]))
    return out


def _rule_concerns(rule: Rule, option_ref: str) -> bool:
    if option_ref in rule.options:
        return True
    if rule.effect == "hide":
        return False
    parts = set(option_ref.split("+"))
    return len(parts) > 1 and bool(parts & set(rule.options))


def option_fits(
    pack: ContentPack, decision: Decision | str, profile: Profile, lang: str = "en"
) -> list[OptionFit]:
    """Return every option of the decision, in content order, with its status and the rules."""
    if isinstance(decision, str):
        decision = pack.decision(decision)
    out: list[OptionFit] = []
    for ref in decision.options:
        hits = [
            RuleHit(rule.id, rule.effect, rule.reason.get(lang), list(rule.citations))
            for rule in pack.rules
            if _rule_concerns(rule, ref) and condition_matches(rule.when, profile)
        ]
        effects = {hit.effect for hit in hits}
        status: Status = (
            "hidden" if "hide" in effects else "caution" if "caution" in effects else "shown"
        )
        out.append(OptionFit(ref, status, hits))
    return out
