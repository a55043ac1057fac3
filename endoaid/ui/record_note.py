"""The plain-text note for the medical record: decision, options, priorities, SURE, leaning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from endoaid.consultation import sure_score
from endoaid.ui.formatting import date_text
from endoaid.ui.state import ConsultationState


def priorities(state: ConsultationState, min_rating: int = 3) -> list[str]:
    """Return the statements she rated at least `min_rating`, most important first."""
    decision = state.decision()
    if decision is None:
        return []
    ratings = state.session.ratings
    rated = [(ratings.get(v.id, 0), i, v) for i, v in enumerate(decision.values)]
    rated.sort(key=lambda t: (-t[0], t[1]))
    text = QCoreApplication.translate("RecordNote", "{0} ({1}/4)")
    return [text.format(state.text(v.statement), r) for r, _i, v in rated if r >= min_rating]


def leaning_text(state: ConsultationState) -> str:
    """Return where she is leaning, in words."""
    leaning = state.session.leaning
    if leaning is None:
        return QCoreApplication.translate("RecordNote", "not recorded")
    if leaning == "unsure":
        return QCoreApplication.translate("RecordNote", "not sure yet")
    return state.option_name(leaning)


def record_note(state: ConsultationState) -> str:
    """Return the note as plain text, ready to paste into the medical record."""
    session = state.session
    decision = state.decision()
    lines = [QCoreApplication.translate("RecordNote", "endoaid shared decision-making note")]
    if decision is None:
        lines.append(QCoreApplication.translate("RecordNote", "No decision was discussed."))
        return "\n".join(lines)
    lines.append(
        QCoreApplication.translate("RecordNote", "Decision discussed: {0}").format(
            state.text(decision.statement)
        )
    )
    comma = QCoreApplication.translate("RecordNote", ", ", "between the options compared")
    semicolon = QCoreApplication.translate("RecordNote", "; ", "between priorities or concerns")
    names = comma.join(
        state.option_name(ref) for ref in session.options
    ) or QCoreApplication.translate("RecordNote", "none")
    lines.append(QCoreApplication.translate("RecordNote", "Options compared: {0}").format(names))
    tops = priorities(state)
    lines.append(
        QCoreApplication.translate("RecordNote", "Her priorities: {0}").format(
            semicolon.join(tops)
            if tops
            else QCoreApplication.translate("RecordNote", "none rated 3 or 4")
        )
    )
    if session.own_concerns:
        lines.append(
            QCoreApplication.translate("RecordNote", "Her own concerns: {0}").format(
                semicolon.join(session.own_concerns)
            )
        )
    for key, label in (
        ("sure_before", QCoreApplication.translate("RecordNote", "SURE before")),
        ("sure_after", QCoreApplication.translate("RecordNote", "SURE after")),
    ):
        answers = getattr(session, key)
        if answers:
            score = QCoreApplication.translate("RecordNote", "{0}: {1}/4")
            lines.append(score.format(label, sure_score(answers)))
    lines.append(
        QCoreApplication.translate("RecordNote", "Leaning: {0}").format(leaning_text(state))
    )
    lines.append(
        QCoreApplication.translate("RecordNote", "Content version {0}, reviewed {1}.").format(
            state.pack.info.version, date_text(state.pack.info.last_reviewed, state.lang)
        )
    )
    return "\n".join(lines)
