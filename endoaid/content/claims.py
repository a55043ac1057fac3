"""Checks on what the pack claims, and for whom: the kinds of mistake a clinical review finds.

- A cell is shown to the women of every decision that offers its option; its sources must
  have studied them (stage of the cancer, menopause), or the cell must say in its own words
  whom they studied (`population_note`, found in the text).
- A value may favour only options that every woman it is shown to can use (not hidden, not
  under a caution that depends on her menopause or the stage alone), or its explanation must
  say so (`eligibility_note`).
- Every figure in a benefit or harm states its time frame; every side-effect comparison
  gives its time frame in years.
- A decision that renames a single option (e.g. 'Continue tamoxifen to 10 years') gives that
  option its own benefits and harms: the option's record speaks of another use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product
from typing import TYPE_CHECKING

from endoaid.content.schema import Cell, Decision, Localized, Rule

if TYPE_CHECKING:
    from endoaid.content.pack import ContentPack, Problem

# A figure: "12 out of 100", "22 for every 1,000", "9%", "每100人中".
_FIGURE = r"out of [\d,]+|for every [\d,]+|per [\d,]+|\d%|每\d+"
_TIME_EN = (
    r"\b(year|years|month|months|week|weeks)\b"
    r"|during treatment|while on treatment|after the operation|during the operation"
)
_TIME_ZH = (
    r"[\d一二三四五六七八九十]\s*(?:年|个月|周)|每年"
    r"|治疗期间|用药期间|服药期间|术后|手术过程中"
)
# Cells that are a benefit or a harm, beside the options' own lists of them.
_EFFECT_ROWS = ("recurrence-effect", "common-side-effects", "serious-risks")
_MENOPAUSE = {"pre": "pre", "peri": "pre", "post": "post"}  # "unsure" could be either


def _profiles(decision: Decision) -> list[tuple[str, str]]:
    """Return the (menopause, stage) pairs the decision is shown to ('unsure' is left out)."""
    menopause = decision.applies_when.menopause or ["pre", "peri", "post"]
    stages = decision.applies_when.setting or ["early", "advanced"]
    return [(m, s) for m, s in product(menopause, stages) if m in _MENOPAUSE]


def _rule_blocks(rule: Rule, ref: str, menopause: str, stage: str) -> bool:
    """True when the rule hides the option, or cautions against it for menopause or stage."""
    when = rule.when
    if rule.effect == "note" or when.history or when.age_min or when.age_max:
        return False
    names = ref in rule.options or (
        rule.effect == "caution" and bool(set(ref.split("+")) & set(rule.options))
    )
    return (
        names
        and (not when.menopause or menopause in when.menopause)
        and (not when.setting or stage in when.setting)
    )


def _speaks_of_menopause(rule: Rule) -> bool:
    return bool(rule.when.menopause) and "menopause" in rule.reason.en


def _covers(pack: ContentPack, citations: list[str], menopause: str, stage: str) -> bool:
    """True when one of the sources studied women of this menopause and stage."""
    for cid in citations:
        citation = pack.citations.get(cid)
        if citation is None:
            return True  # an unknown id is reported by check_references
        studied = citation.population
        if ("any" in studied.stage or stage in studied.stage) and (
            "any" in studied.menopause or _MENOPAUSE[menopause] in studied.menopause
        ):
            return True
    return False


def _says(note: Localized, text: Localized) -> bool:
    return all(part in text.root.get(lang, "") for lang, part in note.root.items())


def _shown_cells(pack: ContentPack, decision: Decision) -> Iterator[tuple[str, str, str, Cell]]:
    """Yield (option, file, field, cell) for every benefit, harm and table cell it shows."""
    did = f"decisions/{decision.id}.toml"
    for ref in [*decision.options, decision.baseline]:
        if ref in decision.for_and_against:
            own = decision.for_and_against[ref]
            for kind in ("benefits", "harms"):
                for i, cell in enumerate(getattr(own, kind)):
                    yield ref, did, f"for_and_against.{ref}.{kind}.{i}", cell
        else:
            for part in ref.split("+"):
                option = pack.options.get(part)
                if option is None:
                    continue
                for kind in ("benefits", "harms"):
                    for i, cell in enumerate(getattr(option, kind)):
                        yield ref, f"options/{part}.toml", f"{kind}.{i}", cell
        for attribute in pack.attributes:
            own_cell = decision.cells.get(ref, {}).get(attribute.id)
            if own_cell is not None:
                yield ref, did, f"cells.{ref}.{attribute.id}", own_cell
            elif "+" not in ref and ref in pack.options:
                cell = pack.options[ref].cells.get(attribute.id)
                if cell is not None:
                    yield ref, f"options/{ref}.toml", f"cells.{attribute.id}", cell


def check_claims(pack: ContentPack) -> list[Problem]:
    """Return every claim shown to women its sources did not study, or without its frame."""
    from endoaid.content.pack import Problem

    problems: list[Problem] = []
    seen: set[tuple[str, str, str]] = set()

    def add(file: str, fld: str, msg: str) -> None:
        if (file, fld, msg) not in seen:
            seen.add((file, fld, msg))
            problems.append(Problem(file, fld, msg, "error"))

    for decision in pack.decisions.values():
        did = f"decisions/{decision.id}.toml"
        profiles = _profiles(decision)
        for ref, file, fld, cell in _shown_cells(pack, decision):
            row = fld.rsplit(".", 1)[-1]
            is_effect = ".benefits." in f".{fld}" or ".harms." in f".{fld}" or row in _EFFECT_ROWS
            # Whom the sources studied, against whom a benefit, harm or figure is shown.
            claims = is_effect or re.search(_FIGURE, cell.text.en)
            if claims and cell.citations and cell.population_note is None:
                for menopause, stage in profiles:
                    if any(
                        _rule_blocks(rule, ref, menopause, stage)
                        and (rule.effect == "hide" or _speaks_of_menopause(rule))
                        for rule in pack.rules
                    ):
                        continue  # not shown to these women, or shown with a caution that
                        # tells them the option was studied in women of another menopause
                    if not _covers(pack, cell.citations, menopause, stage):
                        add(
                            file,
                            fld,
                            f"shown to women {_MENOPAUSE[menopause]}-menopause with {stage} "
                            f"cancer ({decision.id}), whom its sources did not study: cite a "
                            "source that did, or say whom they studied in population_note",
                        )
            elif cell.population_note is not None and not _says(cell.population_note, cell.text):
                add(file, f"{fld}.population_note", "the note is not in the cell's text")
            # Every figure of a benefit or a harm states its time frame.
            if is_effect and _missing_time_frame(cell.text):
                add(file, fld, "a figure of a benefit or harm needs its time frame (years)")
        for ref in [*decision.options, decision.baseline]:
            for part in ref.split("+"):
                option = pack.options.get(part)
                for e_i, side_effect in enumerate(option.side_effects if option else []):
                    if _missing_time_frame(side_effect.description):
                        add(
                            f"options/{part}.toml",
                            f"side_effects.{e_i}.description",
                            "a figure of a benefit or harm needs its time frame (years)",
                        )
        if not decision.benefit.citations:
            add(did, "benefit.citations", "the words around the figures need their sources")
        for s_i, effect in enumerate(decision.side_effects):
            if effect.time_frame.years is None:
                add(did, f"side_effects.{s_i}.time_frame", "a side effect needs years")
        # Values favour only options every woman they are shown to can use.
        for v_i, value in enumerate(decision.values):
            if value.eligibility_note is not None:
                if not _says(value.eligibility_note, value.explanation):
                    add(did, f"values.{v_i}.eligibility_note", "the note is not in the explanation")
                continue
            for ref in value.favours:
                for menopause, stage in profiles:
                    if any(_rule_blocks(rule, ref, menopause, stage) for rule in pack.rules):
                        add(
                            did,
                            f"values.{v_i}.favours",
                            f"favours '{ref}', which women {menopause}-menopause with {stage} "
                            "cancer cannot use as shown: say so in eligibility_note",
                        )
        # A renamed single option needs its own benefits and harms.
        for ref in decision.option_labels:
            renamed = "+" not in ref and ref in decision.options
            if renamed and ref not in decision.for_and_against:
                add(
                    did,
                    f"for_and_against.{ref}",
                    "a renamed option needs its own benefits and harms here",
                )
    return problems


def _missing_time_frame(text: Localized) -> bool:
    """True when a text gives a figure (in English) but, in some language, no time frame."""
    if not re.search(_FIGURE, text.en):
        return False
    if not re.search(_TIME_EN, text.en, re.IGNORECASE):
        return True
    zh = text.root.get("zh_CN")
    return zh is not None and not re.search(_TIME_ZH, zh)
