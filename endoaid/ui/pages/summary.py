"""Summary and next steps: where she is leaning, her priorities, questions and notes."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from endoaid.ui.common.record_note import personal_text, priorities, record_note, sure_change_text
from endoaid.ui.common.row_words import ticked_questions
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, clear_layout, wrapped_label
from endoaid.ui.widgets.record_question import RecordQuestion


class SummaryPage(Page):
    """What she has said so far, the next steps from the decision, and room for questions."""

    page_id = "summary"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.leaning_title = self._section()
        self.leaning_box = QWidget()
        self.leaning_layout = QVBoxLayout(self.leaning_box)
        self.leaning_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.leaning_box)
        self.leaning_group = QButtonGroup(self)
        self.leaning_group.buttonClicked.connect(self._leaning_chosen)
        self.leaning_buttons: dict[str, QRadioButton] = {}
        self.priorities_title = self._section()
        self.priorities_text = wrapped_label()
        self.body_layout.addWidget(self.priorities_text)
        self.sure_text = wrapped_label()
        self.body_layout.addWidget(self.sure_text)
        self.estimate_title = self._section()
        self.estimate_text = wrapped_label()
        self.body_layout.addWidget(self.estimate_text)
        self.questions_title = self._section()
        self.questions_hint = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.questions_hint)
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setMinimumHeight(90)
        self.questions.textChanged.connect(self._questions_edited)
        self.body_layout.addWidget(self.questions)
        self.notes_title = self._section()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes.textChanged.connect(self._notes_edited)
        self.body_layout.addWidget(self.notes)
        self.steps_title = self._section()
        self.steps_text = wrapped_label()
        self.body_layout.addWidget(self.steps_text)
        self.talk = wrapped_label(object_name="lead")
        self.body_layout.addWidget(self.talk)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_note)
        self.copy_button.setVisible(not kiosk)  # the note is for the medical record
        self.copy_status = wrapped_label(object_name="note")
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_status, 1)
        self.body_layout.addLayout(row)
        self.record_question = RecordQuestion(state)  # asked once, when the clinic keeps one
        self.body_layout.addWidget(self.record_question)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.reset()

    def _section(self) -> QLabel:
        label = QLabel()
        label.setObjectName("sectionTitle")
        self.body_layout.addWidget(label)
        return label

    def title(self) -> str:
        return self.tr("Summary")

    def retranslate(self) -> None:
        super().retranslate()
        self.leaning_title.setText(self.tr("Where are you leaning?"))
        self.priorities_title.setText(self.tr("What matters most to you"))
        self.estimate_title.setText(self.tr("Your own estimate"))
        self.questions_title.setText(self.tr("Questions for your care team"))
        self.questions_hint.setText(self.tr("One question per line."))
        self.questions.setAccessibleName(self.tr("Questions for your care team"))
        self.notes_title.setText(self.tr("Notes"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.steps_title.setText(self.tr("Next steps"))
        self.copy_button.setText(self.tr("Copy note for the record"))
        self.copy_button.setAccessibleName(self.tr("Copy a short note for the medical record"))
        self.record_question.retranslate()

    def reset(self) -> None:
        session = self.state.session
        for edit, text in (
            (self.questions, "\n".join(session.questions)),
            (self.notes, session.notes),
        ):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        session = self.state.session
        for button in self.leaning_buttons.values():
            self.leaning_group.removeButton(button)
        clear_layout(self.leaning_layout)
        self.leaning_buttons = {}
        for ref in [*session.options, "unsure"]:
            text = self.tr("Not sure yet") if ref == "unsure" else self.state.option_name(ref)
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Leaning towards: {0}").format(text))
            button.setProperty("ref", ref)
            button.setChecked(session.leaning == ref)
            self.leaning_group.addButton(button)
            self.leaning_layout.addWidget(button)
            self.leaning_buttons[ref] = button
        ticked = [
            self.tr("{0} (a question you ticked)").format(q) for q in ticked_questions(self.state)
        ]
        tops = priorities(self.state)
        concerns = [f"{c} ({self.tr('your own concern')})" for c in session.own_concerns]
        items = ticked + tops + concerns
        self.priorities_text.setText(
            "\n".join("• " + t for t in items)
            if items
            else self.tr("Nothing ticked or rated 3 or 4 yet.")
        )
        sure = sure_change_text(session)
        self.sure_text.setText(self.tr("Ready to decide (SURE): {0}").format(sure) if sure else "")
        estimate = personal_text(self.state)
        self.estimate_text.setText(estimate)
        self.estimate_title.setVisible(bool(estimate))
        self.estimate_text.setVisible(bool(estimate))
        decision = self.state.decision()
        steps = [self.state.text(s) for s in decision.next_steps] if decision else []
        self.steps_text.setText("\n".join(f"{i}. {s}" for i, s in enumerate(steps, start=1)))
        self.talk.setText(self.state.text(self.state.pack.explainer.talk_to_team))
        self.record_question.refresh()

    def copy_note(self) -> str:
        """Put the plain-text note for the record on the clipboard and return it."""
        text = record_note(self.state)
        QGuiApplication.clipboard().setText(text)
        self.copy_status.setText(self.tr("The note is on the clipboard."))
        return text

    def _leaning_chosen(self, button: QRadioButton) -> None:
        self.state.session.leaning = button.property("ref")
        self.state.notify("summary")

    def _questions_edited(self) -> None:
        lines = [line.strip() for line in self.questions.toPlainText().splitlines()]
        self.state.session.questions = [line[:2000] for line in lines if line]

    def _notes_edited(self) -> None:
        self.state.session.notes = self.notes.toPlainText()[:100_000]
