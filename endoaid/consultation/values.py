"""What matters to her: her ratings set beside how each option meets them. Never a verdict."""

from __future__ import annotations

from dataclasses import field

from endoaid.content import ContentPack, Decision
from endoaid.errors import UserError
from endoaid.records import record

SURE_IDS: tuple[str, ...] = ("sure", "understand", "risk-benefit", "encouragement")


class RatingError(UserError):
    """A rating names an unknown statement or lies outside 0-4."""


@record(kw_only=False)
class ValuesRow:
    """One statement, her rating (0 = does not matter, 4 = matters a lot; None = not rated
    yet, which is not the same as 0) and which options meet it."""

    value_id: str
    statement: str
    rating: int | None
    meets: dict[str, bool]
    explanation: str


@record(kw_only=False)
class ValuesTable:
    """Her rated statements, most important first, against the options compared."""

    options: list[str]
    rows: list[ValuesRow] = field(default_factory=list)

    def met_by(self, option_ref: str, min_rating: int = 1) -> list[str]:
        """Return the statements rated at least `min_rating` that this option meets."""
        return [r.statement for r in self._rated(min_rating) if r.meets[option_ref]]

    def not_met_by(self, option_ref: str, min_rating: int = 1) -> list[str]:
        """Return the statements rated at least `min_rating` that this option does not meet."""
        return [r.statement for r in self._rated(min_rating) if not r.meets[option_ref]]

    def _rated(self, min_rating: int) -> list[ValuesRow]:
        return [r for r in self.rows if r.rating is not None and r.rating >= min_rating]


def ratings_for(decision: Decision, ratings: dict[str, int]) -> dict[str, int]:
    """Return the ratings of this decision's statements only.

    A session keeps the ratings she gave under another decision (opening a second decision,
    or a session saved that way, must not lose them), but a table is of one decision's
    statements.
    """
    known = {v.id for v in decision.values}
    return {value_id: rating for value_id, rating in ratings.items() if value_id in known}


def values_table(
    pack: ContentPack,
    decision: Decision | str,
    options: list[str],
    ratings: dict[str, int],
    lang: str = "en",
) -> ValuesTable:
    """Return her ratings beside each option: rated statements first (highest first), then
    the ones she has not rated, each group in the content's order."""
    if isinstance(decision, str):
        decision = pack.decision(decision)
    known = {v.id for v in decision.values}
    for value_id, rating in ratings.items():
        if value_id not in known:
            raise RatingError(f"'{value_id}' is not a statement of this decision.")
        if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 4:
            raise RatingError(f"The rating of '{value_id}' must be a whole number from 0 to 4.")
    for ref in options:
        if ref not in decision.options and ref != decision.baseline:
            raise RatingError(f"'{ref}' is not an option of this decision.")
    order = {v.id: i for i, v in enumerate(decision.values)}
    rows = [
        ValuesRow(
            value_id=v.id,
            statement=v.statement.get(lang),
            rating=ratings.get(v.id),
            meets={ref: ref in v.favours for ref in options},
            explanation=v.explanation.get(lang),
        )
        for v in decision.values
    ]
    # rated first, highest first; then those not rated yet, in the content's order
    rows.sort(key=lambda r: (r.rating is None, -(r.rating or 0), order[r.value_id]))
    return ValuesTable(options=list(options), rows=rows)


def sure_score(answers: dict[str, bool]) -> int:
    """Return the SURE score: the number of the four items answered yes (0-4)."""
    return sum(1 for item in SURE_IDS if answers.get(item) is True)
