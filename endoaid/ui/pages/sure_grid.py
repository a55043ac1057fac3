"""The four SURE questions as a grid: her yes/no for one round, and optionally the other round's
answers beside them to read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, wrapped_label
from endoaid.ui.widgets.choices import YesNo
from endoaid.ui.widgets.sources import SourceButton, source_lines

BEFORE, NOW = "sure_before", "sure_after"
"""The session fields of the two rounds: at the start, and on the Ready-to-decide page."""


def answer_word(answer: bool | None) -> str:
    """Return 'Yes', 'No' or a dash for an answer given earlier."""
    if answer is None:
        return "—"
    return (
        QCoreApplication.translate("SureWords", "Yes")
        if answer
        else QCoreApplication.translate("SureWords", "No")
    )


class SureGrid(QWidget):
    """Question | [the other round's answer, to read] | Yes/No for `round_name`."""

    answered = Signal()

    def __init__(
        self, state: ConsultationState, round_name: str, *, shown_round: str | None = None
    ) -> None:
        super().__init__()
        self.state = state
        self.round_name = round_name
        self.shown_round = shown_round
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        answer_col = 2 if shown_round else 1
        if shown_round:
            self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(answer_col, 1)
        self.shown_title = QLabel()
        self.answer_title = QLabel()
        for col, label in ((1, self.shown_title), (answer_col, self.answer_title)):
            label.setObjectName("tableHeader")
            self.grid.addWidget(label, 0, col)
        self.shown_title.setVisible(shown_round is not None)
        self.questions: dict[str, QLabel] = {}
        self.shown: dict[str, QLabel] = {}
        self.answers: dict[str, YesNo] = {}
        for row, item in enumerate(state.pack.sure.items, start=1):
            self.questions[item.id] = wrapped_label()
            self.grid.addWidget(self.questions[item.id], row, 0)
            if shown_round:
                self.shown[item.id] = wrapped_label()
                self.grid.addWidget(self.shown[item.id], row, 1)
            pair = YesNo(item.letter)
            pair.answered.connect(lambda yes, i=item.id: self._answered(i, yes))
            self.grid.addWidget(pair, row, answer_col)
            self.answers[item.id] = pair

    def set_titles(self, answer_title: str, shown_title: str = "") -> None:
        """Set the column headings (after a language switch)."""
        self.answer_title.setText(answer_title)
        self.shown_title.setText(shown_title)

    def refresh(self, round_word: str) -> None:
        """Show the questions in the current language and the session's answers."""
        session = self.state.session
        mine = getattr(session, self.round_name)
        shown = getattr(session, self.shown_round) if self.shown_round else {}
        for item in self.state.pack.sure.items:
            text = self.state.text(item.question)
            self.questions[item.id].setText(f"{item.letter} — {text}")
            pair = self.answers[item.id]
            pair.retranslate(f"{item.letter} ({round_word}): {text}")
            pair.set_answer(mine.get(item.id))
            if item.id in self.shown:
                self.shown[item.id].setText(answer_word(shown.get(item.id)))

    def show_other_round(self, visible: bool) -> None:
        """Show or hide the column of the other round's answers."""
        self.shown_title.setVisible(visible and self.shown_round is not None)
        for label in self.shown.values():
            label.setVisible(visible)

    def _answered(self, item_id: str, yes: bool) -> None:
        answers = dict(getattr(self.state.session, self.round_name))
        answers[item_id] = yes
        setattr(self.state.session, self.round_name, answers)
        self.state.notify("sure")
        self.answered.emit()


class SureSource:
    """The test's citation and, outside English, the note that the translation is unvalidated."""

    def __init__(self, state: ConsultationState, layout: QVBoxLayout) -> None:
        self.state = state
        self.translation_note = wrapped_label(object_name="note")
        self.button = SourceButton(state.pack, list(state.pack.sure.citations))
        self.text = wrapped_label(object_name="sourcesText")
        self.button.requested.connect(
            lambda ids: self.text.setText("\n".join(source_lines(state.pack, ids)))
        )
        for widget in (self.translation_note, self.button, self.text):
            layout.addWidget(widget)

    def refresh(self) -> None:
        """Show the translation note only for languages other than the test's own."""
        note = self.state.pack.sure.translation_note
        shown = note is not None and self.state.lang != "en"
        self.translation_note.setText(self.state.text(note) if shown else "")
        self.translation_note.setVisible(shown)


class SureRoundPage(Page):
    """A page that asks one round of the SURE test through its `grid`."""

    grid: SureGrid

    @property
    def answers(self) -> dict[str, YesNo]:
        """Return this round's Yes/No pairs by item id."""
        return self.grid.answers
