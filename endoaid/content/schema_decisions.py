"""The content pack's schema: a decision, its comparison rows, rules, benefit and side effects."""

from __future__ import annotations

from dataclasses import field
from typing import Annotated, Literal

from endoaid.content.schema_texts import (
    Cell,
    CitationIds,
    ComparedEffect,
    Frequency,
    Id,
    Localized,
    MenopausalStatus,
    OptionRef,
    RelativeEffect,
    Setting,
    TimeFrame,
)
from endoaid.records import Bound, record

# --- decisions -------------------------------------------------------------------------

BUILT_IN_CELLS: tuple[str, ...] = ("living-physical", "living-emotional", "living-social")
"""Cell ids a decision may give besides the attributes: its own text for the side-by-side row
built from every option's records on what living with it is like. Its own points for and
against an option are `for_and_against` (one way for those)."""


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
    citations: list[Id] = field(default_factory=list)
    """The sources of the words around the figures: the source note, the caveat and the
    reasons an arm has no figure (the figures cite their own)."""

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
    eligibility_note: Localized | None = None
    """The words of `explanation` that say a favoured option is not for every woman the
    statement is shown to (e.g. "only after menopause"); the checker finds them there."""


@record
class ForAndAgainst:
    """What speaks for and against an option as a decision names it (e.g. '5 more years')."""

    benefits: Annotated[list[Cell], Bound(min_len=1)]
    harms: Annotated[list[Cell], Bound(min_len=1)]


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
    for_and_against: dict[OptionRef, ForAndAgainst] = field(default_factory=dict)
    """Benefits and harms of an option as this decision names it: required where
    `option_labels` renames a single option, whose own record speaks of another use."""
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
