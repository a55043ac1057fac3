"""The content pack's schema: what a decision, an option, a figure and a price must hold.

The schema itself enforces the decision-aid rules (IPDAS) that a single record can show:
decision statement and condition summary present, benefits and harms and "what it is like"
for every option, and every figure with its denominator, time frame, reference population,
range (or an explicit "range not reported") and at least one citation. Rules that need the
whole pack (citations resolve, ids exist, every language present) live in `checks.py`.

Every record is a frozen dataclass (`endoaid.records`): pydantic checks a pack when it is read
from its files, while a pack kept from an earlier start is used without importing pydantic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from decimal import Decimal
from typing import Annotated, Literal

from endoaid.content.schema_decisions import (
    Attribute,
    BenefitArm,
    BenefitComparison,
    Condition,
    Decision,
    ForAndAgainst,
    Rule,
    SideEffectArm,
    SideEffectComparison,
    ValueStatement,
)
from endoaid.content.schema_options import (
    Duration,
    Option,
    Reversibility,
    ReviewPoint,
    Schedule,
    ScheduleItem,
    SideEffect,
    WhatItIsLike,
)
from endoaid.content.schema_texts import (
    COMBO,
    KEBAB,
    LANGUAGES,
    Cell,
    Citation,
    CitationIds,
    ComparedEffect,
    Confidence,
    Frequency,
    GlossaryTerm,
    Id,
    Localized,
    LocalizedList,
    MenopausalStatus,
    Methods,
    OptionRef,
    PackInfo,
    Person,
    RelativeEffect,
    Setting,
    Studied,
    Text,
    TimeFrame,
    Years,
    _pattern,
)
from endoaid.records import Bound, record

__all__ = [
    "COMBO",
    "KEBAB",
    "LANGUAGES",
    "Attribute",
    "BenefitArm",
    "BenefitComparison",
    "Cell",
    "Citation",
    "CitationIds",
    "ComparedEffect",
    "Condition",
    "Confidence",
    "Decision",
    "Duration",
    "Explainer",
    "ForAndAgainst",
    "Frequency",
    "GlossaryTerm",
    "Id",
    "Localized",
    "LocalizedList",
    "MenopausalStatus",
    "Methods",
    "Option",
    "OptionRef",
    "PackInfo",
    "Person",
    "PredictArm",
    "PredictArmNames",
    "PredictCaveat",
    "PredictDecision",
    "PredictFromFive",
    "PredictGroups",
    "PredictModel",
    "PriceBook",
    "PriceItem",
    "RelativeEffect",
    "Reversibility",
    "ReviewPoint",
    "Rule",
    "Schedule",
    "ScheduleItem",
    "Setting",
    "SideEffect",
    "SideEffectArm",
    "SideEffectComparison",
    "Studied",
    "SureItem",
    "SureTest",
    "Text",
    "TimeFrame",
    "ValueStatement",
    "WhatItIsLike",
    "Years",
]


# --- prices ----------------------------------------------------------------------------


@record
class PriceItem:
    """One priced thing with its named, dated source."""

    id: Id
    name: Localized
    price: Annotated[Decimal, Bound(ge=0)]
    per_units: Annotated[Decimal, Bound(gt=0)] = Decimal(1)
    """The price covers this many units."""
    unit: Literal["implant", "injection", "tablet", "capsule", "operation", "scan", "visit", "dose"]
    source: Annotated[str, Bound(min_len=5)]
    source_date: dt.date
    confidence: Confidence
    note: str | None = None
    citations: list[Id] = field(default_factory=list)

    def unit_price(self) -> Decimal:
        """Return the price of one unit."""
        return self.price / self.per_units


@record
class PriceBook:
    """Prices for one place and date; a template may hold no items at all."""

    id: Id
    name: Localized
    currency: Annotated[str, _pattern(r"^[A-Z]{3}$", "a three-letter currency code like CNY")]
    region: str
    valid_from: dt.date
    source_summary: Localized
    notes: Localized | None = None
    items: list[PriceItem] = field(default_factory=list)
    kind: Literal["published", "clinic"] = "published"
    """'clinic': prices a clinic entered itself; `source_summary` then says where they are from."""


@record
class SureItem:
    """One question of the SURE test."""

    id: Literal["sure", "understand", "risk-benefit", "encouragement"]
    letter: Literal["S", "U", "R", "E"]
    question: Localized


@record
class SureTest:
    """The four-item SURE test, wording unchanged, with its citation."""

    items: Annotated[list[SureItem], Bound(min_len=4, max_len=4)]
    citations: CitationIds
    translation_note: Localized | None = None


@record
class Explainer:
    """Plain text for the welcome and 'why endocrine therapy' pages."""

    welcome: Localized
    nothing_stored: Localized
    why_title: Localized
    why_estrogen: Localized
    why_lower: Localized
    why_block: Localized
    why_benefit: Localized
    averages_caveat: Localized
    talk_to_team: Localized
    citations: CitationIds


# --- PREDICT Breast: the personal estimate's label, population and limits ------------------


@record
class PredictCaveat:
    """One limit of PREDICT's estimate, in patient words, with the sources that show it."""

    id: Id
    text: Localized
    citations: list[Id] = field(default_factory=list)


PredictArm = Literal["none", "five_years", "ten_years"]
"""PREDICT's endocrine arms: none, 5 years, 10 years (as endoaid.consultation.predict.model)."""


@record
class PredictArmNames:
    """What each of PREDICT's endocrine arms is called beside her figures."""

    none: Localized
    five_years: Localized
    ten_years: Localized


@record
class PredictGroups:
    """The three groups her figures count, as short words after a number ("88 alive")."""

    alive: Localized
    breast_cancer_deaths: Localized
    other_deaths: Localized
    not_alive: Localized
    """The other frame, after the number of women who are not alive ("12 not")."""


@record
class PredictDecision:
    """Which of PREDICT's arms a decision shows as her own figures, and over how many years.

    The arms are not matched to the decision's options: PREDICT knows only how long hormone
    therapy is taken, not which drug or whether the ovaries are suppressed.
    """

    arms: Annotated[list[PredictArm], Bound(min_len=2, max_len=3)]
    years: Literal[5, 10, 15] = 10
    from_year: Literal[0, 5] = 0
    """0: counted from diagnosis; 5: for women alive 5 years after it, years from now (the
    arms are then "five_years", stop now, and "ten_years", 5 more years)."""


@record
class PredictFromFive:
    """The words for figures counted from 5 years after diagnosis (stop now or 5 more years)."""

    units: Localized
    time_frame: Localized
    """Holds "{years}": "{years} years from now"."""
    who: Localized
    """The women counted, after "out of 100": "women like her alive 5 years after diagnosis"."""
    arm_names: dict[Literal["five_years", "ten_years"], Localized]


@record
class PredictModel:
    """How PREDICT Breast's estimate for her is named, whom it was built on, and its limits.

    `version` is the model's exact name (e.g. "PREDICT Breast v3.0"); `label` is shown beside
    every figure it gives; `summary_caveat` is one short line for a table or a command line.
    `decisions` names the decisions it gives figures for (PREDICT is for early disease); for
    any other `early_only` says why there are none. `time_frame` holds "{years}".
    """

    version: Text
    label: Localized
    source: Localized
    units: Localized
    population: Localized
    summary_caveat: Localized
    caveats: Annotated[list[PredictCaveat], Bound(min_len=1)]
    citations: CitationIds
    arm_names: PredictArmNames
    groups: PredictGroups
    time_frame: Localized
    decisions: dict[Id, PredictDecision]
    early_only: Localized
    from_five: PredictFromFive | None = None
    no_figures: dict[Id, Localized] = field(default_factory=dict)
    """Decision -> the one line shown where her figures would be: PREDICT cannot answer it."""
