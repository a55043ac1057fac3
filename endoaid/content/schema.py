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
import re
from dataclasses import field
from decimal import Decimal
from typing import Annotated, Literal

from endoaid.records import Bound, Check, one_line, record

LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
"""Every language the schema knows; a pack declares which of them it requires."""

# Patterns, not compiled ones: `re` compiles (and caches) them on first use, which is only
# when files are checked; a start-up with a kept pack checks nothing and compiles none.
KEBAB = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
COMBO = r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\+[a-z0-9]+(?:-[a-z0-9]+)*)*$"


def _kebab(value: str) -> str:
    if not re.match(KEBAB, value):
        raise ValueError(f"'{one_line(value, 40)}' is not a lowercase kebab-case id")
    return value


def _option_ref(value: str) -> str:
    if not re.match(COMBO, value):
        raise ValueError(f"'{one_line(value, 40)}' is not an option id or a combination like 'a+b'")
    return value


def _pattern(pattern: str, what: str) -> Check:
    def test(value: str) -> str:
        if not re.match(pattern, value):
            raise ValueError(f"'{one_line(value, 40)}' is not {what}")
        return value

    return Check(test)


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("the text is empty")
    return text


Id = Annotated[str, Check(_kebab)]
OptionRef = Annotated[str, Check(_option_ref)]
CitationIds = Annotated[list[Id], Bound(min_len=1)]
Text = Annotated[str, Check(_not_blank)]
Years = Annotated[float, Bound(gt=0, le=15)]

MenopausalStatus = Literal["pre", "peri", "post", "unsure"]
Setting = Literal["early", "advanced"]
Confidence = Literal["high", "medium"]
"""Only high- and medium-confidence sources may reach a patient; low ones stay out."""


@record
class Localized:
    """Patient-facing text in every language of the pack, e.g. {en = "…", zh_CN = "…"}.

    One field per known language (an unknown one is refused as a typo); English is required.
    """

    en: Text
    zh_CN: Text | None = None

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


@record
class LocalizedList:
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


@record
class Citation:
    """One source that figures in the pack point to."""

    id: Id
    text: Annotated[str, Bound(min_len=5)]
    """The full reference, e.g. authors, title, journal."""
    year: int | None = None
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    confidence: Confidence
    note: str | None = None
    """What was verified where, for reviewers."""


@record
class GlossaryTerm:
    """A word the content uses, explained in plain language."""

    id: Id
    term: Localized
    definition: Localized
    citations: list[Id] = field(default_factory=list)


@record
class Person:
    """An author or reviewer; a name may read differently per language."""

    name: Localized
    role: Localized


@record
class Methods:
    """How the pack was made, for the methods page (About, PDF): one paragraph per question."""

    evidence: Localized
    """How the evidence was chosen."""
    certainty: Localized
    """How the certainty of each source is labelled."""
    translation: Localized
    """How the Chinese text was made."""
    readability: Localized
    """The reading level measured, in both languages."""
    predict: Localized
    """Where the personal (PREDICT) figures come from, and who does not stand behind them."""


@record
class PackInfo:
    """Who made the pack, when it was reviewed and how it is kept up to date."""

    version: Annotated[str, _pattern(r"^\d+\.\d+(\.\d+)?$", "a version like 1.2 or 1.2.3")]
    title: Localized
    languages: Annotated[list[Literal["en", "zh_CN"]], Bound(min_len=1)]
    last_reviewed: dt.date
    review_interval_months: Annotated[int, Bound(ge=1, le=60)]
    next_review_due: dt.date
    update_policy: Localized
    authors: Annotated[list[Person], Bound(min_len=1)]
    reviewers: list[Person] = field(default_factory=list)
    disclaimer: Localized
    funding: Localized
    conflicts_of_interest: Localized
    default_price_book: Id | None = None
    price_book_by_language: dict[str, Id] = field(default_factory=dict)
    """The default price book for a language (zh_CN: the CNY template)."""
    audience: Localized | None = None
    """Whom the aid is for and not for, in one plain paragraph (Welcome and the PDF)."""
    contact: Localized | None = None
    """Where a reader reports an error in the content (About and the PDF)."""
    methods: Methods | None = None

    def __post_init__(self) -> None:
        if self.next_review_due <= self.last_reviewed:
            raise ValueError("next_review_due must come after last_reviewed")


# --- numbers shown to a patient --------------------------------------------------------


@record
class TimeFrame:
    """The period a figure covers: a length in years and how to say it."""

    years: Annotated[float, Bound(gt=0, le=30)] | None = None
    """None: 'during the trial'."""
    text: Localized


@record
class Frequency:
    """'N out of 100 women like you over T years', with its range and source."""

    value: Annotated[float, Bound(ge=0)]
    denominator: Annotated[int, Bound(gt=0)] = 100
    low: Annotated[float, Bound(ge=0)] | None = None
    high: Annotated[float, Bound(ge=0)] | None = None
    range_not_reported: bool = False
    citations: CitationIds

    def __post_init__(self) -> None:
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


@record
class RelativeEffect:
    """A cited relative effect (risk or rate ratio) against the decision's baseline."""

    ratio: Annotated[float, Bound(gt=0, le=5)]
    low: Annotated[float, Bound(gt=0)]
    high: Annotated[float, Bound(gt=0)]
    citations: CitationIds

    def __post_init__(self) -> None:
        if not self.low <= self.ratio <= self.high:
            raise ValueError("the ratio must lie between low and high")


@record
class ComparedEffect:
    """A relative effect a source reports with its 95% confidence interval, and against what.

    Not a range for the absolute figure: a hazard or rate ratio says how much lower a rate was
    against another arm (`against`), so it is shown in words, labelled as relative.
    """

    measure: Literal["hazard-ratio", "rate-ratio", "risk-ratio"]
    ratio: Annotated[float, Bound(gt=0, le=20)]
    low: Annotated[float, Bound(gt=0)]
    high: Annotated[float, Bound(gt=0)]
    against: OptionRef
    period: Localized | None = None
    """When the ratio applies if not the whole time frame, e.g. 'in years 10 to 14'."""
    citations: CitationIds

    def __post_init__(self) -> None:
        if not self.low <= self.ratio <= self.high:
            raise ValueError("the ratio must lie between low and high")


@record
class Cell:
    """One cell of the side-by-side table; a cell with a number must cite its source."""

    text: Localized
    citations: list[Id] = field(default_factory=list)


# --- options ---------------------------------------------------------------------------


@record
class ScheduleItem:
    """Something that happens on a schedule: a dose, an operation, a scan, a visit."""

    id: Id
    kind: Literal["injection", "tablet", "operation", "scan", "visit"]
    label: Localized
    every_days: Annotated[int, Bound(gt=0, le=366)] | None = None
    offset_days: Annotated[int, Bound(ge=0)] = 0
    extra_offsets_days: list[int] = field(default_factory=list)
    """Additional one-off events, e.g. a loading dose on day 14."""
    days_on: Annotated[int, Bound(gt=0)] | None = None
    """For cycles: days taken per cycle."""
    units_per_event: Annotated[Decimal, Bound(gt=0)] = Decimal(1)
    price_item: Id | None = None
    is_clinic_visit: bool = False
    """The event needs a trip to the clinic or hospital."""
    citations: CitationIds

    def __post_init__(self) -> None:
        if self.days_on is not None and (self.every_days is None or self.days_on > self.every_days):
            raise ValueError("days_on needs every_days and cannot be longer than it")


@record
class Duration:
    """How many years an option is usually taken: the shortest, the longest and the usual."""

    min_years: Years
    max_years: Years
    typical_years: Years
    citations: CitationIds

    def __post_init__(self) -> None:
        if not self.min_years <= self.typical_years <= self.max_years:
            raise ValueError("need min_years <= typical_years <= max_years")


@record
class ReviewPoint:
    """A check-up, a number of months after starting an option."""

    at_months: Annotated[int, Bound(ge=0)]
    label: Localized


@record
class Schedule:
    """How an option is given over time; an option may offer several (28-day or 12-week)."""

    id: Id
    name: Localized
    route: Literal["oral", "subcutaneous", "intramuscular", "surgery", "none"]
    items: list[ScheduleItem] = field(default_factory=list)
    duration: Duration | None = None
    review_points: list[ReviewPoint] = field(default_factory=list)


@record
class WhatItIsLike:
    """What living with an option is like: in the body, in the mind, in daily life."""

    physical: Localized
    emotional: Localized
    social: Localized


@record
class SideEffect:
    """A side effect of an option, named and described in plain words."""

    id: Id
    name: Localized
    serious: bool = False
    description: Localized
    citations: CitationIds


@record
class Reversibility:
    """Whether an option's effect on the body can be undone by stopping it."""

    reversible: Literal["yes", "no", "partly", "not-applicable"]
    text: Localized
    citations: CitationIds


@record
class Option:
    """One treatment (or the baseline of no further endocrine therapy)."""

    id: Id
    name: Localized
    short_name: Localized
    drug_class: Localized | None = None
    brand_names: LocalizedList | None = None
    brand_citations: list[Id] = field(default_factory=list)
    how_it_works: Localized
    benefits: Annotated[list[Cell], Bound(min_len=1)]
    harms: Annotated[list[Cell], Bound(min_len=1)]
    what_it_is_like: WhatItIsLike
    side_effects: list[SideEffect] = field(default_factory=list)
    reversibility: Reversibility
    schedules: list[Schedule] = field(default_factory=list)
    default_schedule: Id | None = None
    cells: dict[Id, Cell] = field(default_factory=dict)
    """Side-by-side table cells by attribute id."""
    is_baseline: bool = False

    def __post_init__(self) -> None:
        ids = [s.id for s in self.schedules]
        if len(set(ids)) != len(ids):
            raise ValueError("schedule ids must be unique within an option")
        if self.schedules and self.default_schedule not in ids:
            raise ValueError("default_schedule must name one of the option's schedules")


# --- decisions -------------------------------------------------------------------------


@record
class Attribute:
    """A row of the side-by-side table, asked as a plain question."""

    id: Id
    question: Localized
    kind: Literal["text", "cost"] = "text"


@record
class Condition:
    """When a rule applies; every field given must match the profile (empty = always)."""

    menopause: list[MenopausalStatus] = field(default_factory=list)
    setting: list[Setting] = field(default_factory=list)
    history: list[
        Literal[
            "blood-clots",
            "osteoporosis",
            "uterine-problems",
            "wants-pregnancy",
            "prior-endocrine-therapy",
            "heart-disease",
        ]
    ] = field(default_factory=list)
    age_min: int | None = None
    age_max: int | None = None


@record
class Rule:
    """Why an option is hidden, flagged or shown for a profile; kept as data, not `if`s."""

    id: Id
    options: Annotated[list[OptionRef], Bound(min_len=1)]
    when: Condition
    effect: Literal["hide", "caution", "note"]
    reason: Localized
    citations: CitationIds


@record
class BenefitArm:
    """One option's result in a benefit comparison: a figure, or why none is shown."""

    option: OptionRef
    events: Frequency | None = None
    not_reported: Localized | None = None
    """Why no figure is shown for this arm."""
    relative_to_baseline: RelativeEffect | None = None
    compared: list[ComparedEffect] = field(default_factory=list)
    """Relative effects the source reports for this arm, with their confidence intervals."""

    def __post_init__(self) -> None:
        if (self.events is None) == (self.not_reported is None):
            raise ValueError("give either events or a not_reported explanation")


@record
class BenefitComparison:
    """Absolute outcomes per option over one shared time frame, against the baseline."""

    outcome: Localized
    """What is counted, e.g. 'the cancer came back'."""
    outcome_not: Localized
    """The other frame, e.g. 'did not come back'."""
    time_frame: TimeFrame
    population: Localized
    """The reference class: 'women like you: …'."""
    source_note: Localized
    arms: Annotated[list[BenefitArm], Bound(min_len=2)]
    caveat: Localized

    def __post_init__(self) -> None:
        has_figures = any(arm.events is not None for arm in self.arms)
        if has_figures and self.time_frame.years is None:
            raise ValueError("a benefit comparison with figures needs a time frame in years")


@record
class SideEffectArm:
    """How often one option caused a side effect in the trial that compared them."""

    option: OptionRef
    frequency: Frequency
    compared: list[ComparedEffect] = field(default_factory=list)
    """Relative effects the source reports for this arm, with their confidence intervals."""


@record
class SideEffectComparison:
    """One side effect counted in the same trial for each option, so bars share a scale."""

    id: Id
    name: Localized
    time_frame: TimeFrame
    population: Localized
    arms: Annotated[list[SideEffectArm], Bound(min_len=1)]


@record
class ValueStatement:
    """Something a patient may care about, tied to the options that meet it."""

    id: Id
    statement: Localized
    favours: Annotated[list[OptionRef], Bound(min_len=1)]
    explanation: Localized


@record
class Decision:
    """One question a patient faces, the options it compares and the evidence behind them."""

    id: Id
    position: Annotated[int, Bound(ge=1)] | None = None
    """Where it is listed (1 first): the questions of early disease first, advanced disease
    last, so nobody meets 'advanced' at the top of the list; decisions without one (packs
    written before it existed) come last, by id."""
    title: Localized
    statement: Localized
    """The decision in one sentence."""
    condition: Localized
    """A plain summary of the condition."""
    applies_when: Condition
    options: Annotated[list[OptionRef], Bound(min_len=2)]
    standard_comparison: Annotated[list[OptionRef], Bound(min_len=2, max_len=3)]
    baseline: OptionRef = "no-endocrine-therapy"
    option_labels: dict[OptionRef, Localized] = field(default_factory=dict)
    """The name shown in this decision: required for combinations, optional for single
    options (e.g. 'Continue tamoxifen to 10 years')."""
    cells: dict[OptionRef, dict[Id, Cell]] = field(default_factory=dict)
    """Cells for combinations, or overriding an option's cells."""
    benefit: BenefitComparison
    side_effects: list[SideEffectComparison] = field(default_factory=list)
    values: Annotated[list[ValueStatement], Bound(min_len=3)]
    next_steps: Annotated[list[Localized], Bound(min_len=1)]

    def __post_init__(self) -> None:
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must not repeat")
        missing = [o for o in self.standard_comparison if o not in self.options]
        if missing:
            raise ValueError(f"standard_comparison names options not offered: {missing}")
        arms = {a.option for a in self.benefit.arms}
        if self.baseline not in arms:
            raise ValueError("the benefit comparison must include the baseline arm")


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
