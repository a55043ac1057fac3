"""Options that apply: each option of the decision, why it is shown, flagged or hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, clear_layout, wrapped_label
from endoaid.ui.widgets.glossary import GlossaryLabel
from endoaid.ui.widgets.sources import SourceButton, source_lines

MIN_COMPARED, MAX_COMPARED = 2, 3


class OptionsPage(Page):
    """The decision's options with the reason for each status; ticked ones go side by side."""

    page_id = "options"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.decision_label = QLabel()
        self.decision_combo = QComboBox()
        self.decision_combo.activated.connect(self._decision_chosen)
        self.body_layout.addWidget(self.decision_label)
        self.body_layout.addWidget(self.decision_combo)
        self.condition = GlossaryLabel(object_name="lead", touch=kiosk)
        self.body_layout.addWidget(self.condition)
        self.fit_note = wrapped_label(object_name="notice")
        self.body_layout.addWidget(self.fit_note)
        self.hint = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.hint)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        self.body_layout.addWidget(self.grid_box)
        self.count_message = wrapped_label(object_name="fieldMessage")
        self.body_layout.addWidget(self.count_message)
        self.sources_text = wrapped_label(object_name="sourcesText")
        self.body_layout.addWidget(self.sources_text)
        self.body_layout.addStretch(1)
        self.checks: dict[str, QCheckBox] = {}
        self.status_labels: dict[str, QLabel] = {}
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Options")

    def retranslate(self) -> None:
        super().retranslate()
        self.decision_label.setText(self.tr("Decision:"))
        self.decision_combo.setAccessibleName(self.tr("Decision to talk about"))
        self.hint.setText(
            self.tr("Tick 2 or 3 options to compare. The order does not mean any is better.")
        )

    def _decision_chosen(self, index: int) -> None:
        did = self.decision_combo.itemData(index)
        if did and did != self.state.session.decision_id:
            self.state.set_decision(did)
        self.refresh()

    def _status_text(self, status: str) -> str:
        return {
            "shown": self.tr("✔ Shown: fits your situation"),
            "caution": self.tr("⚠ Shown with a caution"),
            "hidden": self.tr("✘ Hidden for your situation"),
        }[status]

    def refresh(self) -> None:
        pack, session = self.state.pack, self.state.session
        self.decision_combo.blockSignals(True)
        self.decision_combo.clear()
        if session.decision_id is None:
            self.decision_combo.addItem(self.tr("— choose a decision —"), None)
        for did, decision in pack.decisions.items():
            self.decision_combo.addItem(self.state.text(decision.title), did)
        self.decision_combo.setCurrentIndex(
            max(self.decision_combo.findData(session.decision_id), 0)
        )
        self.decision_combo.blockSignals(False)
        clear_layout(self.grid)
        self.checks, self.status_labels = {}, {}
        decision = self.state.decision()
        self.fit_note.hide()
        self.condition.show_text(
            self.state.text(decision.condition) if decision else "",
            self.state.pack.glossary,
            self.state.lang,
        )
        if decision is None:
            self.count_message.setText("")
            return
        profile = session.profile
        if profile is not None:
            from endoaid.consultation import decision_fits

            for fit in decision_fits(pack, profile, self.state.lang):
                if fit.decision_id == decision.id and not fit.applies:
                    self.fit_note.setText("⚠ " + fit.reason)
                    self.fit_note.show()
        for row, fit in enumerate(self.state.fits()):
            name = self.state.option_name(fit.option)
            check = QCheckBox(name)
            check.setObjectName("optionChoice")
            check.setAccessibleName(self.tr("Compare {0}").format(name))
            check.setChecked(fit.option in session.options)
            check.setEnabled(fit.status != "hidden")
            check.toggled.connect(self._ticked)
            status = QLabel(self._status_text(fit.status))
            status.setObjectName(f"status-{fit.status}")
            reasons = GlossaryLabel(
                "\n".join(hit.reason for hit in fit.reasons),
                pack.glossary,
                self.state.lang,
                touch=self.kiosk,
            )
            self.grid.addWidget(check, row, 0)
            self.grid.addWidget(status, row, 1)
            self.grid.addWidget(reasons, row, 2)
            citations = [c for hit in fit.reasons for c in hit.citations]
            if citations:
                button = SourceButton(pack, citations)
                button.requested.connect(self._show_sources)
                self.grid.addWidget(button, row, 3)
            self.checks[fit.option] = check
            self.status_labels[fit.option] = status
        self._update_count()

    def _ticked(self) -> None:
        chosen = [ref for ref, check in self.checks.items() if check.isChecked()]
        if len(chosen) > MAX_COMPARED:
            # a fourth tick is refused where it was made: the table stays readable
            for ref, check in self.checks.items():
                if check.isChecked() and ref not in self.state.session.options:
                    check.blockSignals(True)
                    check.setChecked(False)
                    check.blockSignals(False)
            self.count_message.setText(
                self.tr("⚠ At most 3 options can be compared. Untick one first.")
            )
            return
        self.state.set_options(chosen)
        self._update_count()

    def _update_count(self) -> None:
        count = len(self.state.session.options)
        if count < MIN_COMPARED:
            self.count_message.setText(self.tr("⚠ Tick at least 2 options to compare."))
        elif count > MAX_COMPARED:
            self.count_message.setText(
                self.tr("⚠ Tick at most 3 options, so the table stays readable.")
            )
        else:
            self.count_message.setText("")

    def _show_sources(self, ids: list[str]) -> None:
        self.sources_text.setText("\n".join(source_lines(self.state.pack, ids)))

    def ready_for_next(self) -> str | None:
        if self.state.decision() is None:
            return self.tr("Choose a decision first.")
        count = len(self.state.session.options)
        if not MIN_COMPARED <= count <= MAX_COMPARED:
            return self.tr("Tick 2 or 3 options to compare.")
        return None
