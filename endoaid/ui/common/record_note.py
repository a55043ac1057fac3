"""The plain-text note for the medical record: decision, options, priorities, SURE, leaning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from endoaid.consultation import Session, sure_score
from endoaid.errors import UserError
from endoaid.languages import word_gap
from endoaid.ui.common.formatting import date_text
from endoaid.ui.common.review_words import review_line
from endoaid.ui.common.row_words import ticked_questions
from endoaid.ui.common.state import ConsultationState

if TYPE_CHECKING:
    from endoaid.consultation.personal_figures import PersonalFigures


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


def sure_change_text(session: Session) -> str:
    """Return both rounds and the change in plain words, e.g. "Before: 2 of 4 'yes'. Now: 4 of
    4 'yes'. 2 more 'yes' now." ("" when neither round was answered)."""
    before, now = session.sure_before, session.sure_after
    if not before and not now:
        return ""
    parts = [
        QCoreApplication.translate("SureWords", "Before: {0} of 4 'yes'.").format(
            sure_score(before)
        )
        if before
        else QCoreApplication.translate("SureWords", "Before: skipped."),
        QCoreApplication.translate("SureWords", "Now: {0} of 4 'yes'.").format(sure_score(now))
        if now
        else QCoreApplication.translate("SureWords", "Now: not answered yet."),
    ]
    if before and now:
        change = sure_score(now) - sure_score(before)
        if change > 0:
            parts.append(
                QCoreApplication.translate("SureWords", "{0} more 'yes' now.").format(change)
            )
        elif change < 0:
            parts.append(
                QCoreApplication.translate("SureWords", "{0} fewer 'yes' now.").format(-change)
            )
        else:
            parts.append(QCoreApplication.translate("SureWords", "No change."))
    return word_gap(session.lang).join(parts)  # Chinese needs no space


def personal_estimate(state: ConsultationState) -> tuple[PersonalFigures | None, str]:
    """Return her PREDICT figures (or None) and the one-line reason there are none ('' when
    no tumour details were entered, which needs no reason)."""
    try:
        return state.personal_figures(), ""
    except UserError as refused:
        return None, str(refused)


def personal_text(
    state: ConsultationState, estimate: tuple[PersonalFigures | None, str] | None = None
) -> str:
    """Return her PREDICT figures in words (label and time frame, both frames per arm, the
    short caveat), the reason there are none, or '' without tumour details. `estimate`:
    what personal_estimate(state) returned, when the caller has it already."""
    figures, reason = estimate or personal_estimate(state)
    if figures is None:
        return reason
    return "\n".join([*figures.lines(), figures.summary_caveat])


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
    ticked = ticked_questions(state)
    if ticked:
        lines.append(
            QCoreApplication.translate(
                "RecordNote", "Questions that matter most to her: {0}"
            ).format(semicolon.join(ticked))
        )
    if session.own_concerns:
        lines.append(
            QCoreApplication.translate("RecordNote", "Her own concerns: {0}").format(
                semicolon.join(session.own_concerns)
            )
        )
    figures, estimate = personal_estimate(state)  # (without figures, the reason or '')
    if figures is not None:  # short: one line, the arms after the headline
        head, *arms = figures.lines()
        # the headline, its arms and the caveat: "{0} {1}. {2}" ("{0}{1}。{2}" in Chinese)
        estimate = QCoreApplication.translate("RecordNote", "{0} {1}. {2}").format(
            head, semicolon.join(arms), figures.summary_caveat
        )
    if estimate:
        lines.append(
            QCoreApplication.translate("RecordNote", "Her own estimate: {0}").format(estimate)
        )
    sure = sure_change_text(session)
    if sure:
        lines.append(QCoreApplication.translate("RecordNote", "Readiness (SURE): {0}").format(sure))
    lines.append(
        QCoreApplication.translate("RecordNote", "Leaning: {0}").format(leaning_text(state))
    )
    lines.append(
        QCoreApplication.translate(
            "RecordNote", "Content version {0}, evidence checked {1}; {2}."
        ).format(
            state.pack.info.version,
            date_text(state.pack.info.last_reviewed, state.lang),
            review_line(state.pack, state.lang),
        )
    )
    return "\n".join(lines)
