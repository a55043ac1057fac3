"""Her situation: the profile form. Impossible values are refused beside the field, not in a box."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from endoaid.consultation import Profile, ProfileError, decision_fits, profile_from_form
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, add_field_row, number_text, wrapped_label
from endoaid.ui.pages.profile_messages import profile_error_text
from endoaid.ui.pages.tumour_section import TumourSection

TEXT_FIELDS = (
    "age",
    "prior_endocrine_years",
    "baseline_risk_percent",
    "baseline_risk_years",
    "insurance_share_percent",
)
HISTORY_FIELDS = (
    "blood_clots",
    "osteoporosis",
    "uterine_problems",
    "heart_disease",
    "wants_pregnancy",
    "prior_endocrine_therapy",
)


class ProfilePage(Page):
    """Menopause, stage, age, history, risk and insurance share: each checked as it is typed."""

    page_id = "profile"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.intro)
        form_box = QWidget()
        self.form = QFormLayout(form_box)
        self.form.setHorizontalSpacing(16)  # the longest label never touches its field
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        self.menopause = QComboBox()
        self.setting = QComboBox()
        for combo in (self.menopause, self.setting):
            combo.setMinimumWidth(280)
            combo.currentIndexChanged.connect(self._edited)
        self._add_row("menopause", self.menopause)
        self._add_row("setting", self.setting)
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaximumWidth(140)
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
            self._add_row(name, edit)
        self.checks: dict[str, QCheckBox] = {}
        for name in HISTORY_FIELDS:
            check = QCheckBox()
            check.toggled.connect(self._edited)
            self.checks[name] = check
            self._add_row(name, check)
        self.body_layout.addWidget(form_box)
        # A patient alone at a kiosk enters nothing clinical: no tumour form there (a session
        # from the clinic that holds tumour details still shows her figures on later pages).
        self.tumour = TumourSection(state)
        self.tumour.setVisible(state.offers_personal_figures() and not kiosk)
        self.body_layout.addWidget(self.tumour)
        self.fits_title = QLabel()
        self.fits_title.setObjectName("sectionTitle")
        self.fits_text = wrapped_label()
        self.body_layout.addWidget(self.fits_title)
        self.body_layout.addWidget(self.fits_text)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.reset()

    def _add_row(self, name: str, widget: QWidget) -> None:
        message = QLabel()
        message.setObjectName("fieldMessage")
        message.setWordWrap(True)
        message.hide()
        self.labels[name] = add_field_row(self.form, widget, message)
        self.messages[name] = message

    def title(self) -> str:
        return self.tr("Your situation")

    def _label_texts(self) -> dict[str, str]:
        return {
            "menopause": self.tr("Menopause"),
            "setting": self.tr("Stage of the cancer"),
            "age": self.tr("Age (years)"),
            "prior_endocrine_years": self.tr("Years of earlier hormone therapy"),
            "baseline_risk_percent": self.tr("Risk of the cancer coming back (%)"),
            "baseline_risk_years": self.tr("... over how many years"),
            "insurance_share_percent": self.tr("Share paid by insurance (%)"),
            "blood_clots": self.tr("Has had blood clots"),
            "osteoporosis": self.tr("Has thin bones (osteoporosis)"),
            "uterine_problems": self.tr("Has had problems of the womb"),
            "heart_disease": self.tr("Has heart disease"),
            "wants_pregnancy": self.tr("Would like a pregnancy later"),
            "prior_endocrine_therapy": self.tr("Has taken hormone therapy before"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr("Fill in what you know. Only menopause is needed; the rest can stay empty.")
        )
        texts = self._label_texts()
        for name, label in self.labels.items():
            label.setText(texts[name])
        for name, edit in self.fields.items():
            edit.setAccessibleName(texts[name])
        for name, check in self.checks.items():
            check.setText(texts[name])
            check.setAccessibleName(texts[name])
            self.labels[name].setText("")
        self._fill_combo(
            self.menopause,
            [
                ("", self.tr("— choose —")),
                ("pre", self.tr("Before menopause")),
                ("peri", self.tr("Around menopause")),
                ("post", self.tr("After menopause")),
                ("unsure", self.tr("Not sure")),
            ],
        )
        self._fill_combo(
            self.setting,
            [
                ("early", self.tr("Early (after surgery)")),
                ("advanced", self.tr("Advanced or came back")),
            ],
        )
        self.menopause.setAccessibleName(texts["menopause"])
        self.setting.setAccessibleName(texts["setting"])
        self.fits_title.setText(self.tr("Decisions for your situation"))
        self.tumour.retranslate()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- reading and writing -----------------------------------------------------------

    def form_values(self) -> dict[str, str]:
        """Return the form as text, the way `profile_from_form` reads it."""
        values = {name: edit.text() for name, edit in self.fields.items()}
        values["menopause"] = self.menopause.currentData() or ""
        values["setting"] = self.setting.currentData() or "early"
        values.update({n: "yes" if c.isChecked() else "no" for n, c in self.checks.items()})
        return values

    def _edited(self, *_args: object) -> None:
        values = self.form_values()
        chosen = bool(values["menopause"])
        if not chosen:
            values["menopause"] = "unsure"  # check the other fields all the same
        for message in self.messages.values():
            message.hide()
        try:
            profile = profile_from_form(values)
        except ProfileError as exc:
            field = exc.field if exc.field in self.messages else "baseline_risk_years"
            edit = self.fields.get(field)
            typed = edit.text() if edit is not None else ""
            self.messages[field].setText("⚠ " + profile_error_text(exc, typed))
            self.messages[field].show()
            return
        self.state.set_profile(profile if chosen else None)
        self.refresh()

    def field_message(self, name: str) -> str:
        """Return the message shown beside a field ('' when it is fine)."""
        message = self.messages[name]
        return message.text() if not message.isHidden() else ""

    def reset(self) -> None:
        profile: Profile | None = self.state.session.profile
        for widget in (self.menopause, self.setting, *self.fields.values(), *self.checks.values()):
            widget.blockSignals(True)
        self.menopause.setCurrentIndex(
            max(self.menopause.findData(profile.menopause if profile else ""), 0)
        )
        self.setting.setCurrentIndex(
            max(self.setting.findData(profile.setting if profile else "early"), 0)
        )
        for name, edit in self.fields.items():
            edit.setText(number_text(getattr(profile, name)) if profile else "")
        if profile is None and self.state.insurance_share() is not None:
            self.fields["insurance_share_percent"].setText(
                number_text(self.state.insurance_share())
            )
        for name, check in self.checks.items():
            check.setChecked(bool(getattr(profile, name)) if profile else False)
        for widget in (self.menopause, self.setting, *self.fields.values(), *self.checks.values()):
            widget.blockSignals(False)
        for message in self.messages.values():
            message.hide()
        if self.state.session.tumour is not None and not self.kiosk:
            self.tumour.open()  # an opened session's tumour details are seen, not hidden
        self.tumour.reset()
        self.refresh()

    def on_enter(self) -> None:
        # the insurance share can also be set on the charts page: show the one in use
        edit = self.fields["insurance_share_percent"]
        if self.messages["insurance_share_percent"].isHidden():
            edit.setText(number_text(self.state.insurance_share()))
        super().on_enter()

    def refresh(self) -> None:
        self.tumour.refresh()
        profile = self.state.session.profile
        if profile is None:
            self.fits_text.setText(
                self.tr("Choose your menopause status to see which decisions fit.")
            )
            return
        lines = []
        for fit in decision_fits(self.state.pack, profile, self.state.lang):
            title = self.state.text(self.state.pack.decision(fit.decision_id).title)
            mark = self.tr("✔ fits") if fit.applies else self.tr("✘ does not fit")
            lines.append(self.tr("{0}: {1} — {2}").format(mark, title, fit.reason))
        self.fits_text.setText("\n".join(lines))

    def ready_for_next(self) -> str | None:
        if any(not m.isHidden() for m in self.messages.values()) or self.tumour.has_error():
            return self.tr("Please correct the field marked with ⚠ first.")
        return None
