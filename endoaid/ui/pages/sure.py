"""Ready to decide? The four SURE questions now, with her answers from the start beside them."""

from __future__ import annotations

from endoaid.consultation import sure_score
from endoaid.ui.common.record_note import sure_change_text
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import wrapped_label
from endoaid.ui.pages.sure_grid import BEFORE, NOW, SureGrid, SureRoundPage, SureSource


class SurePage(SureRoundPage):
    """The 'now' round of the SURE test (Légaré et al., 2010); the 'before' round is asked at the
    start (SureBeforePage) and shown here to read, not to change."""

    page_id = "sure"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.intro)
        self.grid = SureGrid(state, NOW, shown_round=BEFORE)
        self.grid.answered.connect(self._show_scores)
        self.body_layout.addWidget(self.grid)
        self.skipped = wrapped_label(object_name="note")
        self.scores = wrapped_label(object_name="lead")
        self.advice = wrapped_label()
        for label in (self.skipped, self.scores, self.advice):
            self.body_layout.addWidget(label)
        self.source = SureSource(state, self.body_layout)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Ready to decide?")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Answer yes or no for how you feel now. "
                "Your answers from the start are shown beside them."
            )
        )
        self.grid.set_titles(self.tr("Now"), self.tr("At the start"))
        self.skipped.setText(self.tr("You skipped these questions at the start."))

    def refresh(self) -> None:
        self.grid.refresh(self.tr("now"))
        before_given = bool(self.state.session.sure_before)
        self.grid.show_other_round(before_given)
        self.skipped.setVisible(not before_given)
        self.source.refresh()
        self._show_scores()

    def _show_scores(self) -> None:
        session = self.state.session
        self.scores.setText(sure_change_text(session))
        after = session.sure_after
        if len(after) == 4 and sure_score(after) < 4:
            self.advice.setText(
                self.tr(
                    "A 'no' to any question: it may help to talk more with your care team first."
                )
            )
        else:
            self.advice.setText("")
