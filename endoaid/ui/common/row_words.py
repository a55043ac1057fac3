"""The words of the side-by-side rows: the questions of the built-in rows, and the questions
ticked as mattering most (for the table, the summary page and the note for the record)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from endoaid.consultation.comparison import AGAINST, FOR, LIVING_WITH, ordered_rows, row_ids
from endoaid.ui.common.state import ConsultationState


def built_in_question(row_id: str) -> str:
    """Return the question a built-in row asks, in the window's language."""
    words = {
        LIVING_WITH: QCoreApplication.translate("ComparePage", "What is it like to live with?"),
        FOR: QCoreApplication.translate("ComparePage", "What speaks for it?"),
        AGAINST: QCoreApplication.translate("ComparePage", "What speaks against it?"),
    }
    return words[row_id]


def row_question_text(state: ConsultationState, row_id: str) -> str:
    """Return the question of a row of the table ('' for a row this pack does not have)."""
    for attribute in state.pack.attributes:
        if attribute.id == row_id:
            return state.text(attribute.question)
    if row_id in (LIVING_WITH, FOR, AGAINST):
        return built_in_question(row_id)
    return ""


def ticked_questions(state: ConsultationState) -> list[str]:
    """Return the questions she ticked as mattering most, in the order the table shows them."""
    rows = ordered_rows(row_ids(state.pack), state.session.priority_rows)
    chosen = set(state.session.priority_rows)
    return [row_question_text(state, r) for r in rows if r in chosen]
