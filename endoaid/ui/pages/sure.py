"""Ready to decide? The four SURE questions, yes or no, before the talk and now."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from endoaid.consultation import sure_score
from endoaid.ui.pages.base import Page, wrapped_label
from endoaid.ui.state import ConsultationState
from endoaid.ui.widgets.choices import YesNo
from endoaid.ui.widgets.sources import SourceButton, source_lines

ROUNDS = ("sure_before", "sure_after")


class SurePage(Page):
    """The SURE test (Légaré et al., 2010) with its wording unchanged, answered twice."""

    page_id = "sure"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.intro)
        box = QWidget()
        self.grid = QGridLayout(box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.round_titles = [QLabel(), QLabel()]
        for col, label in enumerate(self.round_titles, start=1):
            label.setObjectName("tableHeader")
            self.grid.addWidget(label, 0, col)
        self.questions: dict[str, QLabel] = {}
        self.answers: dict[tuple[str, str], YesNo] = {}
        for row, item in enumerate(state.pack.sure.items, start=1):
            question = wrapped_label()
            self.grid.addWidget(question, row, 0)
            self.questions[item.id] = question
            for col, round_name in enumerate(ROUNDS, start=1):
                pair = YesNo(item.letter)
                pair.answered.connect(
                    lambda yes, r=round_name, i=item.id: self._answered(r, i, yes)
                )
                self.grid.addWidget(pair, row, col)
                self.answers[(round_name, item.id)] = pair
        self.body_layout.addWidget(box)
        self.scores = wrapped_label(object_name="lead")
        self.advice = wrapped_label()
        self.body_layout.addWidget(self.scores)
        self.body_layout.addWidget(self.advice)
        self.source = SourceButton(state.pack, list(state.pack.sure.citations))
        self.source_text = wrapped_label(object_name="sourcesText")
        self.source.requested.connect(
            lambda ids: self.source_text.setText("\n".join(source_lines(state.pack, ids)))
        )
        self.translation_note = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.translation_note)
        self.body_layout.addWidget(self.source)
        self.body_layout.addWidget(self.source_text)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Ready to decide?")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr("Answer yes or no. Once before you talk it through, and again at the end.")
        )
        self.round_titles[0].setText(self.tr("Before"))
        self.round_titles[1].setText(self.tr("Now"))

    def refresh(self) -> None:
        session = self.state.session
        round_names = {"sure_before": self.tr("before"), "sure_after": self.tr("now")}
        for item in self.state.pack.sure.items:
            text = self.state.text(item.question)
            self.questions[item.id].setText(f"{item.letter} — {text}")
            for round_name in ROUNDS:
                pair = self.answers[(round_name, item.id)]
                pair.retranslate(f"{item.letter} ({round_names[round_name]}): {text}")
                pair.set_answer(getattr(session, round_name).get(item.id))
        # the questions in other languages are unvalidated translations: say so beside them
        note = self.state.pack.sure.translation_note
        shown = note is not None and self.state.lang != "en"
        self.translation_note.setText(self.state.text(note) if note is not None and shown else "")
        self.translation_note.setVisible(shown)
        self._show_scores()

    def _answered(self, round_name: str, item_id: str, yes: bool) -> None:
        answers = dict(getattr(self.state.session, round_name))
        answers[item_id] = yes
        setattr(self.state.session, round_name, answers)
        self.state.notify("sure")
        self._show_scores()

    def _show_scores(self) -> None:
        session = self.state.session
        parts = []
        for round_name, text in (
            ("sure_before", self.tr("Before: {0} of 4 answered yes")),
            ("sure_after", self.tr("Now: {0} of 4 answered yes")),
        ):
            answers = getattr(session, round_name)
            if answers:
                parts.append(text.format(sure_score(answers)))
        self.scores.setText(" · ".join(parts))
        after = session.sure_after
        if len(after) == 4 and sure_score(after) < 4:
            self.advice.setText(
                self.tr(
                    "A 'no' to any question: it may help to talk more with your care team first."
                )
            )
        else:
            self.advice.setText("")
