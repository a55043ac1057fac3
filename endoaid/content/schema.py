"""The content pack's schema: what a decision, an option, a figure and a price must hold.

The schema itself enforces the decision-aid rules (IPDAS) that a single record can show:
decision statement and condition summary present, benefits and harms and "what it is like"
for every option, and every figure with its denominator, time frame, reference population,
range (or an explicit "range not reported") and at least one citation. Rules that need the
whole pack (citations resolve, ids exist, every language present) live in `checks.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
"""Every language the schema knows; a pack declares which of them it requires."""

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COMBO = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\+[a-z0-9]+(?:-[a-z0-9]+)*)*$")


def _kebab(value: str) -> str:
    if not KEBAB.match(value):
        raise ValueError(f"'{value}' is not a lowercase kebab-case id")
    return value


def _option_ref(value: str) -> str:
    if not COMBO.match(value):
        raise ValueError(f"'{value}' is not an option id or a combination like 'a+b'")
    return value


Id = Annotated[str, AfterValidator(_kebab)]
OptionRef = Annotated[str, AfterValidator(_option_ref)]
CitationIds = Annotated[list[Id], Field(min_length=1)]

MenopausalStatus = Literal["pre", "peri", "post", "unsure"]
Setting = Literal["early", "advanced"]
Confidence = Literal["high", "medium"]
"""Only high- and medium-confidence sources may reach a patient; low ones stay out."""


class Model(BaseModel):
    """Base for content records: immutable values, unknown keys refused (typos surface)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Localized(Model):
    """Patient-facing text in every language of the pack, e.g. {en = "…", zh_CN = "…"}.

    One field per known language (an unknown one is refused as a typo); English is required.
    A plain model rather than a RootModel: pydantic's RootModel alone adds ~50 ms to start-up.
    """

    en: str
    zh_CN: str | None = None

    @field_validator("en", "zh_CN")
    @classmethod
    def _not_blank(cls, text: str | None, info: ValidationInfo) -> str | None:
        if text is not None and not text.strip():
            raise ValueError(f"the '{info.field_name}' text is empty")
        return text

    @property
    def root(self) -> dict[str, str]:
        """Return {language: text} for the languages this text is written in."""
        return {lang: text for lang in LANGUAGES if (text := getattr(self, lang)) is not None}

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to English."""
        return self.root.get(lang) or self.en

    def languages(self) -> set[str]:
        """Return the languages this text is written in."""
        return set(self.root)


class LocalizedList(Model):
    """A list of words per language (brand names differ between countries)."""

    en: list[str] | None = None
    zh_CN: list[str] | None = None

    @property
    def root(self) -> dict[str, list[str]]:
        """Return {language: words} for the languages given."""
        return {lang: words for lang in LANGUAGES if (words := getattr(self, lang)) is not None}

    def get(self, lang: str) -> list[str]:
        """Return the list for `lang`, or the English one."""
        words = getattr(self, lang, None) if lang in LANGUAGES else None
        if words is None:
            words = self.en
        return [] if words is None else words


# --- citations, glossary, pack metadata -------------------------------------------------


class Citation(Model):
    """One source that figures in the pack point to."""

    id: Id
    text: str = Field(min_length=5, description="full reference, e.g. authors, title, journal")
    year: int | None = None
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    confidence: Confidence
    note: str | None = Field(None, description="what was verified where, for reviewers")


class GlossaryTerm(Model):
    id: Id
    term: Localized
    definition: Localized
    citations: list[Id] = []


class Person(Model):
    """An author or reviewer; a name may read differently per language."""

    name: Localized
    role: Localized


class PackInfo(Model):
    """Who made the pack, when it was reviewed and how it is kept up to date."""

    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    title: Localized
    languages: list[Literal["en", "zh_CN"]] = Field(min_length=1)
    last_reviewed: dt.date
    review_interval_months: int = Field(ge=1, le=60)
    next_review_due: dt.date
    update_policy: Localized
    authors: list[Person] = Field(min_length=1)
    reviewers: list[Person] = []
    disclaimer: Localized
    funding: Localized
    conflicts_of_interest: Localized
    default_price_book: Id | None = None
    price_book_by_language: dict[str, Id] = Field(
        default={},
        description="the default price book for a language (zh_CN: the CNY template)",
    )

    @model_validator(mode="after")
    def _review_order(self) -> PackInfo:
        if self.next_review_due <= self.last_reviewed:
            raise ValueError("next_review_due must come after last_reviewed")
        return self


# --- numbers shown to a patient --------------------------------------------------------


class TimeFrame(Model):
    """The period a figure covers: a length in years and how to say it."""

    years: float | None = Field(None, gt=0, le=30, description="None: 'during the trial'")
    text: Localized


class Frequency(Model):
    """'N out of 100 women like you over T years', with its range and source."""

    value: float = Field(ge=0)
    denominator: int = Field(default=100, gt=0)
    low: float | None = Field(None, ge=0)
    high: float | None = Field(None, ge=0)
    range_not_reported: bool = False
    citations: CitationIds

    @model_validator(mode="after")
    def _range(self) -> Frequency:
        has_range = self.low is not None or self.high is not None
        if self.value > self.denominator:
            raise ValueError("value cannot be larger than the denominator")
        if has_range == self.range_not_reported:
            raise ValueError("give either low and high, or range_not_reported = true")
        if has_range:
            if self.low is None or self.high is None:
                raise ValueError("a range needs both low and high")
            if not self.low <= self.value <= self.high:
                raise ValueError("the value must lie between low and high")
            if self.high > self.denominator:
                raise ValueError("high cannot be larger than the denominator")
        return self


class RelativeEffect(Model):
    """A cited relative effect (risk or rate ratio) against the decision's baseline."""

    ratio: float = Field(gt=0, le=5)
    low: float = Field(gt=0)
    high: float = Field(gt=0)
    citations: CitationIds

    @model_validator(mode="after")
    def _ordered(self) -> RelativeEffect:
        if not self.low <= self.ratio <= self.high:
            raise ValueError("the ratio must lie between low and high")
        return self


class Cell(Model):
    """One cell of the side-by-side table; a cell with a number must cite its source."""

    text: Localized
    citations: list[Id] = []


# --- options ---------------------------------------------------------------------------


class ScheduleItem(Model):
    """Something that happens on a schedule: a dose, an operation, a scan, a visit."""

    id: Id
    kind: Literal["injection", "tablet", "operation", "scan", "visit"]
    label: Localized
    every_days: int | None = Field(None, gt=0, le=366)
    offset_days: int = Field(default=0, ge=0)
    extra_offsets_days: list[int] = Field(
        default=[], description="additional one-off events, e.g. a loading dose on day 14"
    )
    days_on: int | None = Field(None, gt=0, description="for cycles: days taken per cycle")
    units_per_event: Decimal = Field(default=Decimal(1), gt=0)
    price_item: Id | None = None
    is_clinic_visit: bool = Field(
        default=False, description="the event needs a trip to the clinic or hospital"
    )
    citations: CitationIds

    @model_validator(mode="after")
    def _cycle(self) -> ScheduleItem:
        if self.days_on is not None and (self.every_days is None or self.days_on > self.every_days):
            raise ValueError("days_on needs every_days and cannot be longer than it")
        return self


class Duration(Model):
    min_years: float = Field(gt=0, le=15)
    max_years: float = Field(gt=0, le=15)
    typical_years: float = Field(gt=0, le=15)
    citations: CitationIds

    @model_validator(mode="after")
    def _ordered(self) -> Duration:
        if not self.min_years <= self.typical_years <= self.max_years:
            raise ValueError("need min_years <= typical_years <= max_years")
        return self


class ReviewPoint(Model):
    at_months: int = Field(ge=0)
    label: Localized


class Schedule(Model):
    """How an option is given over time; an option may offer several (28-day or 12-week)."""

    id: Id
    name: Localized
    route: Literal["oral", "subcutaneous", "intramuscular", "surgery", "none"]
    items: list[ScheduleItem] = []
    duration: Duration | None = None
    review_points: list[ReviewPoint] = []


class WhatItIsLike(Model):
    physical: Localized
    emotional: Localized
    social: Localized


class SideEffect(Model):
    id: Id
    name: Localized
    serious: bool = False
    description: Localized
    citations: CitationIds


class Reversibility(Model):
    reversible: Literal["yes", "no", "partly", "not-applicable"]
    text: Localized
    citations: CitationIds


class Option(Model):
    """One treatment (or the baseline of no further endocrine therapy)."""

    id: Id
    name: Localized
    short_name: Localized
    drug_class: Localized | None = None
    brand_names: LocalizedList | None = None
    brand_citations: list[Id] = []
    how_it_works: Localized
    benefits: list[Cell] = Field(min_length=1)
    harms: list[Cell] = Field(min_length=1)
    what_it_is_like: WhatItIsLike
    side_effects: list[SideEffect] = []
    reversibility: Reversibility
    schedules: list[Schedule] = []
    default_schedule: Id | None = None
    cells: dict[Id, Cell] = Field(
        default={}, description="side-by-side table cells by attribute id"
    )
    is_baseline: bool = False

    @model_validator(mode="after")
    def _schedules(self) -> Option:
        ids = [s.id for s in self.schedules]
        if len(set(ids)) != len(ids):
            raise ValueError("schedule ids must be unique within an option")
        if self.schedules and self.default_schedule not in ids:
            raise ValueError("default_schedule must name one of the option's schedules")
        return self


# --- decisions -------------------------------------------------------------------------


class Attribute(Model):
    """A row of the side-by-side table, asked as a plain question."""

    id: Id
    question: Localized
    kind: Literal["text", "cost"] = "text"


class Condition(Model):
    """When a rule applies; every field given must match the profile (empty = always)."""

    menopause: list[MenopausalStatus] = []
    setting: list[Setting] = []
    history: list[
        Literal[
            "blood-clots",
            "osteoporosis",
            "uterine-problems",
            "wants-pregnancy",
            "prior-endocrine-therapy",
            "heart-disease",
        ]
    ] = []
    age_min: int | None = None
    age_max: int | None = None


class Rule(Model):
    """Why an option is hidden, flagged or shown for a profile; kept as data, not `if`s."""

    id: Id
    options: list[OptionRef] = Field(min_length=1)
    when: Condition
    effect: Literal["hide", "caution", "note"]
    reason: Localized
    citations: CitationIds


class BenefitArm(Model):
    option: OptionRef
    events: Frequency | None = None
    not_reported: Localized | None = Field(None, description="why no figure is shown for this arm")
    relative_to_baseline: RelativeEffect | None = None

    @model_validator(mode="after")
    def _figure_or_reason(self) -> BenefitArm:
        if (self.events is None) == (self.not_reported is None):
            raise ValueError("give either events or a not_reported explanation")
        return self


class BenefitComparison(Model):
    """Absolute outcomes per option over one shared time frame, against the baseline."""

    outcome: Localized = Field(description="what is counted, e.g. 'the cancer came back'")
    outcome_not: Localized = Field(description="the other frame, e.g. 'did not come back'")
    time_frame: TimeFrame
    population: Localized = Field(description="the reference class: 'women like you: …'")
    source_note: Localized
    arms: list[BenefitArm] = Field(min_length=2)
    caveat: Localized

    @model_validator(mode="after")
    def _years(self) -> BenefitComparison:
        has_figures = any(arm.events is not None for arm in self.arms)
        if has_figures and self.time_frame.years is None:
            raise ValueError("a benefit comparison with figures needs a time frame in years")
        return self


class SideEffectArm(Model):
    option: OptionRef
    frequency: Frequency


class SideEffectComparison(Model):
    """One side effect counted in the same trial for each option, so bars share a scale."""

    id: Id
    name: Localized
    time_frame: TimeFrame
    population: Localized
    arms: list[SideEffectArm] = Field(min_length=1)


class ValueStatement(Model):
    """Something a patient may care about, tied to the options that meet it."""

    id: Id
    statement: Localized
    favours: list[OptionRef] = Field(min_length=1)
    explanation: Localized


class Decision(Model):
    """One question a patient faces, the options it compares and the evidence behind them."""

    id: Id
    position: int | None = Field(
        None,
        ge=1,
        description="where it is listed (1 first): the questions of early disease first, "
        "advanced disease last, so nobody meets 'advanced' at the top of the list; "
        "decisions without one (packs written before it existed) come last, by id",
    )
    title: Localized
    statement: Localized = Field(description="the decision in one sentence")
    condition: Localized = Field(description="a plain summary of the condition")
    applies_when: Condition
    options: list[OptionRef] = Field(min_length=2)
    standard_comparison: list[OptionRef] = Field(min_length=2, max_length=3)
    baseline: OptionRef = "no-endocrine-therapy"
    option_labels: dict[OptionRef, Localized] = Field(
        default={},
        description="the name shown in this decision: required for combinations, optional "
        "for single options (e.g. 'Continue tamoxifen to 10 years')",
    )
    cells: dict[OptionRef, dict[Id, Cell]] = Field(
        default={}, description="cells for combinations, or overriding an option's cells"
    )
    benefit: BenefitComparison
    side_effects: list[SideEffectComparison] = []
    values: list[ValueStatement] = Field(min_length=3)
    next_steps: list[Localized] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Decision:
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must not repeat")
        missing = [o for o in self.standard_comparison if o not in self.options]
        if missing:
            raise ValueError(f"standard_comparison names options not offered: {missing}")
        arms = {a.option for a in self.benefit.arms}
        if self.baseline not in arms:
            raise ValueError("the benefit comparison must include the baseline arm")
        return self


# --- prices ----------------------------------------------------------------------------


class PriceItem(Model):
    """One priced thing with its named, dated source."""

    id: Id
    name: Localized
    price: Decimal = Field(ge=0)
    per_units: Decimal = Field(default=Decimal(1), gt=0, description="price covers this many")
    unit: Literal["implant", "injection", "tablet", "capsule", "operation", "scan", "visit", "dose"]
    source: str = Field(min_length=5)
    source_date: dt.date
    confidence: Confidence
    note: str | None = None
    citations: list[Id] = []

    def unit_price(self) -> Decimal:
        """Return the price of one unit."""
        return self.price / self.per_units


class PriceBook(Model):
    """Prices for one place and date; a template may hold no items at all."""

    id: Id
    name: Localized
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    region: str
    valid_from: dt.date
    source_summary: Localized
    notes: Localized | None = None
    items: list[PriceItem] = []


class SureItem(Model):
    id: Literal["sure", "understand", "risk-benefit", "encouragement"]
    letter: Literal["S", "U", "R", "E"]
    question: Localized


class SureTest(Model):
    """The four-item SURE test, wording unchanged, with its citation."""

    items: list[SureItem] = Field(min_length=4, max_length=4)
    citations: CitationIds
    translation_note: Localized | None = None


class Explainer(Model):
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
