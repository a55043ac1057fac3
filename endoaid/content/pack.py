"""The loaded content pack: every record of the pack, looked up by id."""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from endoaid.content.schema import (
    Attribute,
    Cell,
    Citation,
    Decision,
    Explainer,
    GlossaryTerm,
    Localized,
    Option,
    PackInfo,
    PredictModel,
    PriceBook,
    Rule,
    SureTest,
)
from endoaid.content.signoff import ClinicalReview
from endoaid.errors import UserError
from endoaid.records import record


class ContentError(UserError):
    """A content pack, or a reference into it, is not usable; the message is for a person."""


@record(kw_only=False)
class Problem:
    """One thing wrong with a pack: which file, which field, what is wrong."""

    file: str
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{prefix}{where}: {self.message}"


class PackInvalid(ContentError):
    """The pack has problems; `problems` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(str(errors[0]) if errors else "the content pack is invalid")


@record(kw_only=False)
class ContentPack:
    """Everything endoaid tells a patient, validated, with lookups by id."""

    info: PackInfo
    citations: dict[str, Citation]
    glossary: list[GlossaryTerm]
    attributes: list[Attribute]
    rules: list[Rule]
    sure: SureTest
    explainer: Explainer
    options: dict[str, Option]
    decisions: dict[str, Decision]
    price_books: dict[str, PriceBook]
    predict: PredictModel | None = None
    """PREDICT Breast's label and caveats (predict.toml), when the pack has them."""
    warnings: list[Problem] = field(default_factory=list)
    review: ClinicalReview | None = None
    """The clinic's sign-off found beside the pack (read on every load, never kept)."""

    def signed_off(self) -> bool:
        """Return True when a clinic signed off this pack and nothing changed since."""
        return self.review is not None and self.review.current

    def default_price_book_id(self, lang: str) -> str | None:
        """Return the price book a new consultation in `lang` starts with."""
        return self.info.price_book_by_language.get(lang) or self.info.default_price_book

    def option(self, option_id: str) -> Option:
        """Return the option with this id, or raise ContentError."""
        try:
            return self.options[option_id]
        except KeyError:
            raise ContentError(f"There is no option '{option_id}'.") from None

    def decision(self, decision_id: str) -> Decision:
        """Return the decision with this id, or raise ContentError."""
        try:
            return self.decisions[decision_id]
        except KeyError:
            known = ", ".join(sorted(self.decisions))
            raise ContentError(f"There is no decision '{decision_id}' (known: {known}).") from None

    def price_book(self, book_id: str) -> PriceBook:
        """Return the price book with this id, or raise ContentError."""
        try:
            return self.price_books[book_id]
        except KeyError:
            known = ", ".join(sorted(self.price_books))
            raise ContentError(f"There is no price book '{book_id}' (known: {known}).") from None

    def parts(self, option_ref: str) -> list[Option]:
        """Return the options a reference is built from ('a+b' gives [a, b])."""
        return [self.option(part) for part in option_ref.split("+")]

    def option_name(self, decision: Decision, option_ref: str, lang: str) -> str:
        """Return the name a person sees for an option or a combination in a decision."""
        if option_ref in decision.option_labels:
            return decision.option_labels[option_ref].get(lang)
        return " + ".join(p.name.get(lang) for p in self.parts(option_ref))

    def cell(self, decision: Decision, option_ref: str, attribute_id: str) -> Cell | None:
        """Return the side-by-side cell for an option, the decision's own cell first."""
        own = decision.cells.get(option_ref, {}).get(attribute_id)
        if own is not None:
            return own
        if "+" in option_ref:
            return None
        return self.option(option_ref).cells.get(attribute_id)

    def for_and_against(self, decision: Decision, option_ref: str) -> tuple[list[Cell], list[Cell]]:
        """Return (benefits, harms) of an option as this decision shows it: the decision's own
        when it has them (a renamed option, e.g. '5 more years'), else the options' records."""
        own = decision.for_and_against.get(option_ref)
        if own is not None:
            return list(own.benefits), list(own.harms)
        parts = self.parts(option_ref)
        return [c for p in parts for c in p.benefits], [c for p in parts for c in p.harms]

    def citation_numbers(self) -> dict[str, int]:
        """Return a stable 1-based number for every citation, in file order."""
        return {cid: i for i, cid in enumerate(self.citations, start=1)}

    def is_past_review(self, today: dt.date | None = None) -> bool:
        """Return True when the pack is past its next review date."""
        return (today or dt.date.today()) > self.info.next_review_due

    def text(self, value: Localized, lang: str) -> str:
        """Return a localized text in `lang` (English when missing)."""
        return value.get(lang)
