"""The one question at the end: may the clinic keep an anonymous record of how ready she felt?

Shown only when the clinic has set a record database (clinician settings or the kiosk
configuration). Yes and No, neither chosen before she answers; asked once per consultation.
A database that cannot be used says so in one line and the guide goes on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from endoaid.consultation.audit_record import AuditError, AuditRecord, add_record, make_record
from endoaid.consultation.values import SURE_IDS, sure_score
from endoaid.ui.common.error_words import error_text
from endoaid.ui.common.state import ConsultationState


def _score(answers: dict[str, bool]) -> int | None:
    """The SURE score when all four items were answered, else None."""
    return sure_score(answers) if all(item in answers for item in SURE_IDS) else None


def record_of(state: ConsultationState, now: dt.datetime | None = None) -> AuditRecord:
    """Return the anonymous row for the consultation in `state` (nothing else of hers)."""
    session = state.session
    return make_record(
        decision=session.decision_id or "unknown",
        mode="kiosk" if state.kiosk else "clinician",
        language=state.lang,
        sure_before=_score(session.sure_before),
        sure_after=_score(session.sure_after),
        options=list(session.options),
        leaning=session.leaning,
        started=state.started,
        own_figures=session.tumour is not None and state.offers_personal_figures(),
        now=now,
    )


class RecordQuestion(QFrame):
    """'May the clinic keep an anonymous record …?' with Yes and No, and what became of it."""

    def __init__(self, state: ConsultationState) -> None:
        super().__init__()
        self.setObjectName("recordQuestion")
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("sectionTitle")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("note")
        row = QHBoxLayout()
        self.yes_button = QPushButton()
        self.no_button = QPushButton()
        self.yes_button.clicked.connect(lambda: self.answer("yes"))
        self.no_button.clicked.connect(lambda: self.answer("no"))
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("note")
        for widget in (self.question, self.detail):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.question.setText(
            self.tr("May the clinic keep an anonymous record of how ready you felt?")
        )
        self.detail.setText(
            self.tr(
                "Only the month, the decision, your answers to the four 'sure' questions, the "
                "options you looked at and leaned to, and the minutes spent. Never your name, "
                "age, details or notes. Your answer changes nothing in your care."
            )
        )
        self.yes_button.setText(self.tr("Yes, keep it"))
        self.yes_button.setAccessibleName(self.tr("Yes: the clinic may keep the anonymous record"))
        self.no_button.setText(self.tr("No"))
        self.no_button.setAccessibleName(self.tr("No: keep no record"))
        self.refresh()

    def refresh(self) -> None:
        """Show the question while it is open, then only what became of the answer."""
        asked = self.state.audit_path is not None and self.state.session.decision_id is not None
        self.setVisible(asked)
        answered = self.state.record_answer is not None
        self.yes_button.setVisible(not answered)
        self.no_button.setVisible(not answered)
        if not answered:
            self.status.setText("")
        elif self.state.record_answer == "yes":
            self.status.setText(self.tr("Kept. Thank you."))
        elif self.state.record_answer == "no":
            self.status.setText(self.tr("Nothing was kept."))

    def answer(self, choice: str) -> None:
        """Take her answer once; with yes, write the row (one transaction) before saying so."""
        if self.state.record_answer is not None or self.state.audit_path is None:
            return
        if choice == "yes":
            try:
                add_record(self.state.audit_path, record_of(self.state))
            except (AuditError, OSError) as exc:
                reason = error_text(exc) if isinstance(exc, AuditError) else str(exc)
                self.status.setText(self.tr("The record could not be kept: {0}").format(reason))
                self.state.record_answer = "failed"
                self.yes_button.hide()
                self.no_button.hide()
                return
        self.state.record_answer = choice
        self.refresh()
