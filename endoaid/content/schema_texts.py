"""The content pack's schema, its base: ids, texts in every language, sources, figures.

The records built on these are in schema_options.py, schema_decisions.py and schema.py,
which is the one face the other modules import from.

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
from typing import Annotated, Any, Literal

from endoaid.languages import SOURCE, language_ids
from endoaid.records import Bound, Check, one_line, record

LANGUAGES: tuple[str, ...] = language_ids()
"""Every language the schema knows (languages.toml); a pack declares which of them it requires."""

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


def _known_language(lang: str) -> str:
    if lang not in language_ids():
        raise ValueError(f"'{one_line(lang, 20)}' is not a language of languages.toml")
    return lang


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


class _ByLanguage:
    """Base of the texts kept per language: {language id: value}, in languages.toml's order.

    Not a fixed record: the languages are data (resources/translations/languages.toml), so a
    new language is new keys in the pack's files, never a new field here. An unknown key is
    refused as a typo; values are immutable once made (the pack is shared by every page).
    """

    __slots__ = ("_root",)

    def __init__(self, root: dict[str, Any] | None = None, **texts: Any) -> None:
        given = {**(root or {}), **texts}
        known = language_ids()
        unknown = [lang for lang in given if lang not in known]
        if unknown:
            raise ValueError(f"'{one_line(unknown[0], 20)}' is not a language of languages.toml")
        ordered = {lang: given[lang] for lang in known if given.get(lang) is not None}
        object.__setattr__(self, "_root", ordered)

    @property
    def root(self) -> dict[str, Any]:
        """Return {language: value} for the languages given (a copy)."""
        return dict(self._root)

    def languages(self) -> set[str]:
        """Return the languages given."""
        return set(self._root)

    def __getattr__(self, name: str) -> Any:
        # text.en, text.zh_CN: the value in that language, or None when it is not given
        if name.startswith("_") or name not in language_ids():
            raise AttributeError(name)
        return self._root.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._root,))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._root == self._root  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(tuple((k, repr(v)) for k, v in self._root.items()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._root.items())
        return f"{type(self).__name__}({inner})"

    @classmethod
    def _value_schema(cls, core_schema: Any) -> Any:
        raise NotImplementedError

    @classmethod
    def _made(cls, values: dict[str, Any]) -> Any:
        return cls(values)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        from_dict = core_schema.no_info_after_validator_function(
            cls._made,
            core_schema.dict_schema(core_schema.str_schema(), cls._value_schema(core_schema)),
        )
        return core_schema.no_info_before_validator_function(
            lambda value: value.root if isinstance(value, cls) else value,
            from_dict,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.root
            ),
        )


class Localized(_ByLanguage):
    """Patient-facing text in every language of the pack, e.g. {en = "…", zh_CN = "…"}.

    English is required; any language of languages.toml may follow.
    """

    __slots__ = ()

    def __init__(self, root: dict[str, Any] | None = None, **texts: Any) -> None:
        super().__init__(root, **texts)
        if SOURCE not in self._root:
            raise ValueError("the English text (en) is missing")

    @classmethod
    def _value_schema(cls, core_schema: Any) -> Any:
        return core_schema.no_info_after_validator_function(_not_blank, core_schema.str_schema())

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to English."""
        return self._root.get(lang) or self._root[SOURCE]


class LocalizedList(_ByLanguage):
    """A list of words per language (brand names differ between countries)."""

    __slots__ = ()

    @classmethod
    def _value_schema(cls, core_schema: Any) -> Any:
        return core_schema.list_schema(core_schema.str_schema())

    def get(self, lang: str) -> list[str]:
        """Return the list for `lang`, or the English one."""
        words = self._root.get(lang)
        if words is None:
            words = self._root.get(SOURCE)
        return [] if words is None else list(words)


# --- citations, glossary, pack metadata -------------------------------------------------


@record
class Studied:
    """Whom a source studied: the stage of the cancer and the women's menopause.

    "any" covers a source that speaks of everyone (a label, a guideline, a price list);
    "healthy" a study of women without breast cancer.
    """

    stage: Annotated[list[Literal["early", "advanced", "healthy", "any"]], Bound(min_len=1)]
    menopause: Annotated[list[Literal["pre", "post", "any"]], Bound(min_len=1)]


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
    population: Studied
    """Whom the source studied; a cell shown to other women must say so (`population_note`)."""
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
    languages: Annotated[list[Annotated[str, Check(_known_language)]], Bound(min_len=1)]
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
    counted: Localized | None = None
    """Whom and over what time the cell's figures count, when the cells of a row do not all
    count the same ('women after menopause, any grade, over 5 years'): shown under the text,
    and the row says that its figures are not like for like."""
    population_note: Localized | None = None
    """The words of `text` that say its sources studied other women than some it is shown to
    (e.g. "in a trial of women after menopause"); the checker finds them in the text."""
