"""Before you start: the four SURE questions once, before any option is shown (she may skip)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import wrapped_label
from endoaid.ui.pages.sure_grid import BEFORE, SureGrid, SureRoundPage, SureSource


class SureBeforePage(SureRoundPage):
    """The 'before' round of the SURE test (Légaré et al., 2010), right after the decision is
    picked, so that the 'now' round at the end can show what changed."""

    page_id = "sure_before"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="lead")
        self.body_layout.addWidget(self.intro)
        self.grid = SureGrid(state, BEFORE)
        self.body_layout.addWidget(self.grid)
        # Answering and skipping are equally fine: two plain buttons of one size, side by side.
        self.continue_button = QPushButton()
        self.skip_button = QPushButton()
        row = QHBoxLayout()
        for button in (self.continue_button, self.skip_button):
            button.setObjectName("sureChoice")
            button.clicked.connect(lambda: self.request_page.emit("next"))
            row.addWidget(button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.source = SureSource(state, self.body_layout)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Before you start")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Four short questions about how you feel today, before you look at the options. "
                "You will see them again at the end. Answer yes or no, or skip them."
            )
        )
        self.grid.set_titles(self.tr("Today"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue to the next step"))
        self.skip_button.setText(self.tr("Skip these questions"))
        self.skip_button.setAccessibleName(self.tr("Skip these questions and go on"))
        self._same_width()

    def refresh(self) -> None:
        self.grid.refresh(self.tr("before"))
        self.source.refresh()
        self._same_width()  # the text size may have changed since

    def _same_width(self) -> None:
        buttons = (self.continue_button, self.skip_button)
        for button in buttons:
            button.setMinimumWidth(0)
            button.ensurePolished()
        width = max(b.sizeHint().width() for b in buttons)
        for button in buttons:
            button.setMinimumWidth(width)
