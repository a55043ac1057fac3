"""Welcome: what this guide does, and which decision to talk about (one click each)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, clear_layout, wrapped_label


class WelcomePage(Page):
    """The first page: a plain welcome, the decisions to choose from, and a Start button."""

    page_id = "welcome"
    code_requested = Signal()
    """'I have a code from my clinic' was touched (kiosk mode, when the kiosk has an inbox)."""

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="lead")
        self.nothing_stored = wrapped_label(object_name="note")
        self.nothing_stored.setVisible(kiosk)
        # Whom the guide is for and not for, before any choice is made (IPDAS: who it serves).
        self.audience = wrapped_label(object_name="note")
        self.audience.setAccessibleName(self.tr("Who this guide is for"))
        self.choose_label = QLabel()
        self.choose_label.setObjectName("sectionTitle")
        self.decision_box = QWidget()
        self.decision_layout = QVBoxLayout(self.decision_box)
        self.decision_layout.setContentsMargins(0, 0, 0, 0)
        self.decision_buttons: dict[str, QPushButton] = {}
        # The chosen decision's question and situation, in view (never hover-only).
        self.chosen_statement = wrapped_label(object_name="note")
        self.chosen_statement.setVisible(False)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(lambda: self.request_page.emit("next"))
        # Shown by the kiosk when its inbox is set: first in view, before the decisions.
        self.code_button = QPushButton()
        self.code_button.setObjectName("codeButton")
        self.code_button.setVisible(False)
        self.code_button.clicked.connect(self.code_requested.emit)
        for widget in (
            self.intro,
            self.nothing_stored,
            self.code_button,
            self.choose_label,
            self.decision_box,
            self.chosen_statement,
        ):
            self.body_layout.addWidget(widget)
        self.body_layout.addWidget(self.start_button)
        # after Start, so the first click stays in view at 1280×800 (and in kiosk text sizes)
        self.body_layout.addWidget(self.audience)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        super().retranslate()
        self.choose_label.setText(self.tr("Which decision would you like to talk about?"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start the guide"))
        self.code_button.setText(self.tr("I have a code from my clinic"))
        self.code_button.setAccessibleName(
            self.tr("I have a code from my clinic: open the session the clinic sent")
        )

    def refresh(self) -> None:
        explainer = self.state.pack.explainer
        self.intro.setText(self.state.text(explainer.welcome))
        self.nothing_stored.setText(self.state.text(explainer.nothing_stored))
        audience = self.state.pack.info.audience
        self.audience.setText(self.state.text(audience) if audience is not None else "")
        self.audience.setVisible(audience is not None)
        current = self.state.session.decision_id
        decisions = self.state.pack.decisions
        if list(self.decision_buttons) != list(decisions):
            clear_layout(self.decision_layout)
            self.decision_buttons = {}
            for did in decisions:
                button = QPushButton()
                button.setObjectName("decisionChoice")
                button.setCheckable(True)
                button.clicked.connect(lambda _c=False, d=did: self._choose(d))
                self.decision_layout.addWidget(button)
                self.decision_buttons[did] = button
        for did, button in self.decision_buttons.items():
            decision = decisions[did]
            title = self.state.text(decision.title)
            chosen = did == current
            button.setChecked(chosen)
            mark = "✔ " if chosen else ""
            button.setText(f"{mark}{title}")
            button.setToolTip(self.state.text(decision.statement))
            button.setAccessibleName(self.tr("Talk about: {0}").format(title))
        self.start_button.setEnabled(current is not None)
        if current is not None and current in decisions:
            chosen = decisions[current]
            self.chosen_statement.setText(
                f"{self.state.text(chosen.statement)}\n{self.state.text(chosen.condition)}"
            )
        self.chosen_statement.setVisible(current is not None and current in decisions)

    def _choose(self, decision_id: str) -> None:
        if decision_id != self.state.session.decision_id:
            self.state.set_decision(decision_id)
        self.refresh()

    def ready_for_next(self) -> str | None:
        if self.state.session.decision_id is None:
            return self.tr("Choose a decision to talk about first.")
        return None
