"""'Tumour details (for personalised figures)': the profile's optional PREDICT inputs, collapsed.

The form and the PREDICT code it needs are made the first time the section is opened, so the
first window loads neither. Each refused value is explained beside its field (red text that is
also the field's accessible description); ER-negative disease and advanced disease get their
one-line reason and never a number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from endoaid.errors import UserError
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import add_field_row, number_text, wrapped_label
from endoaid.ui.widgets.price_fields import FieldMessage

TEXT_FIELDS = ("age", "size_mm", "grade", "nodes", "heart_dose_gy")
CHOICE_FIELDS = ("er", "pr", "her2", "ki67", "detected", "chemotherapy")
SWITCHES = ("trastuzumab", "bisphosphonates", "radiotherapy", "smoker")
REQUIRED = ("age", "size_mm", "grade", "nodes", "er")


class TumourSection(QWidget):
    """A button that opens the tumour form, and the form once it has been opened."""

    def __init__(self, state: ConsultationState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sectionToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle)
        self.body = QWidget()
        self.body.hide()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.status: QLabel | None = None
        self.retranslate()

    # --- opening -------------------------------------------------------------------------

    @property
    def built(self) -> bool:
        """Return True once the form has been made (the section was opened)."""
        return self.status is not None

    def is_open(self) -> bool:
        """Return True when the form is shown."""
        return self.toggle.isChecked()

    def open(self, shown: bool = True) -> None:
        """Show (or hide) the form, making it the first time."""
        self.toggle.setChecked(shown)

    def _toggled(self, shown: bool) -> None:
        if shown and not self.built:
            self._build()
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(arrow)
        self.body.setVisible(shown)

    def _build(self) -> None:
        # The model loads with the form, so her first chart does not wait for it.
        from endoaid.consultation.predict import predict, tumour_details_from_form  # noqa: F401

        self.intro = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.intro)
        box = QWidget()
        self.form = QFormLayout(box)
        self.form.setHorizontalSpacing(16)
        self.form.setContentsMargins(0, 0, 0, 0)
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaximumWidth(140)
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
            self._add_row(name, edit)
        for name in CHOICE_FIELDS:
            combo = QComboBox()
            combo.setMinimumWidth(220)
            combo.currentIndexChanged.connect(self._edited)
            self.choices[name] = combo
            self._add_row(name, combo)
        for name in SWITCHES:
            check = QCheckBox()
            check.toggled.connect(self._edited)
            self.checks[name] = check
            self._add_row(name, check)
        self.body_layout.addWidget(box)
        self.status = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.status)
        self.retranslate()
        self.reset()

    def _add_row(self, name: str, widget: QWidget) -> None:
        message = FieldMessage(widget)
        self.labels[name] = add_field_row(self.form, widget, message)
        self.messages[name] = message

    # --- words ---------------------------------------------------------------------------

    def _label_texts(self) -> dict[str, str]:
        return {
            "age": self.tr("Age at diagnosis (years)"),
            "size_mm": self.tr("Tumour size (mm)"),
            "grade": self.tr("Grade (1, 2, 3, or ? if not known)"),
            "nodes": self.tr("Positive lymph nodes"),
            "er": self.tr("ER status"),
            "pr": self.tr("PR status"),
            "her2": self.tr("HER2 status"),
            "ki67": self.tr("Ki-67"),
            "detected": self.tr("How it was found"),
            "chemotherapy": self.tr("Chemotherapy"),
            "trastuzumab": self.tr("Trastuzumab"),
            "bisphosphonates": self.tr("Bisphosphonates"),
            "radiotherapy": self.tr("Radiotherapy"),
            "smoker": self.tr("Smokes now"),
            "heart_dose_gy": self.tr("Mean heart dose, Gy (if known)"),
        }

    def _choice_items(self, name: str) -> list[tuple[object, str]]:
        marker = [
            ("unknown", self.tr("Not known")),
            ("positive", self.tr("Positive")),
            ("negative", self.tr("Negative")),
        ]
        return {
            "er": [("", self.tr("— choose —")), *marker[1:]],
            "pr": marker,
            "her2": marker,
            "ki67": marker,
            "detected": [
                ("unknown", self.tr("Not known")),
                ("screen", self.tr("At screening")),
                ("symptoms", self.tr("From symptoms")),
            ],
            "chemotherapy": [
                (0, self.tr("None")),
                (2, self.tr("Second generation (anthracycline)")),
                (3, self.tr("Third generation (with a taxane)")),
            ],
        }[name]

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.toggle.setText(self.tr("Tumour details (for personalised figures)"))
        self.toggle.setAccessibleName(self.tr("Show or hide the tumour details"))
        if not self.built:
            return
        self.intro.setText(
            self.tr(
                "Optional. With age, size, grade, nodes and ER status, the charts, the table "
                "and the summary also show an estimate for you from PREDICT Breast."
            )
        )
        texts = self._label_texts()
        for name, label in self.labels.items():
            label.setText("" if name in SWITCHES else texts[name])
        for name, edit in self.fields.items():
            edit.setAccessibleName(texts[name])
        for name, check in self.checks.items():
            check.setText(texts[name])
            check.setAccessibleName(texts[name])
        for name, combo in self.choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in self._choice_items(name):
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.setAccessibleName(texts[name])
            combo.blockSignals(False)
        if self.has_error():
            self._edited()  # say why again, in the new language
        self.refresh()

    # --- reading and writing -------------------------------------------------------------

    def form_values(self) -> dict[str, str]:
        """Return the form as text, the way `tumour_details_from_form` reads it."""
        values = {name: edit.text() for name, edit in self.fields.items()}
        values.update({n: str(c.currentData()) for n, c in self.choices.items()})
        values.update({n: "yes" if c.isChecked() else "no" for n, c in self.checks.items()})
        return values

    def _edited(self, *_args: object) -> None:
        from endoaid.consultation.personal_figures import check_menopause
        from endoaid.consultation.predict import TumourDetailsError, tumour_details_from_form

        for message in self.messages.values():
            message.say("")
        values = self.form_values()
        if not any(values[name].strip() for name in REQUIRED):
            self.state.set_tumour(None)  # nothing typed: the trial figures, as before
            self.refresh()
            return
        profile = self.state.session.profile
        try:
            details = tumour_details_from_form(values)
            # bisphosphonates count after menopause only: refused here, beside the switch
            check_menopause(details, profile.menopause if profile else None)
        except TumourDetailsError as exc:
            self.state.set_tumour(None)
            if exc.code != "required" and exc.field in self.messages:
                text = exc.message_in(self.state.lang)
                self.messages[exc.field].say(text)
            self.refresh()
            return
        self.state.set_tumour(details)
        self.refresh()

    def refresh(self) -> None:
        """Say whether her own figures are shown, or the one-line reason they are not."""
        if self.status is None:
            return
        tumour = self.state.session.tumour
        if self.has_error():
            self.status.setText(
                self.tr("No personalised figures until the field marked ⚠ is corrected.")
            )
            return
        if tumour is None:
            self.status.setText(
                self.tr("Fill in age, size, grade, nodes and ER status to see your own figures.")
            )
            return
        try:
            figures = self.state.personal_figures()
        except UserError as refused:
            field = refused.details.get("field", "")
            if field in self.messages:
                self.messages[field].say(str(refused))
            self.status.setText(str(refused))
            return
        if figures is None:
            self.status.setText(self.tr("Choose a decision to see your own figures."))
            return
        self.status.setText(
            self.tr("{0}: shown on the charts, side by side and in the summary.").format(
                figures.label
            )
        )

    def has_error(self) -> bool:
        """Return True when a field shows why its value was refused."""
        return any(not m.isHidden() and m.text() for m in self.messages.values())

    def field_message(self, name: str) -> str:
        """Return the message shown beside a field ('' when it is fine)."""
        message = self.messages[name]
        return message.text() if not message.isHidden() else ""

    def reset(self) -> None:
        """Fill the form from the session's tumour details (or empty it)."""
        if not self.built:
            return
        tumour = self.state.session.tumour
        widgets = [*self.fields.values(), *self.choices.values(), *self.checks.values()]
        for widget in widgets:
            widget.blockSignals(True)
        for name, edit in self.fields.items():
            edit.setText(number_text(getattr(tumour, name)) if tumour else "")
        for name, combo in self.choices.items():
            value = getattr(tumour, name) if tumour else combo.itemData(0)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for name, check in self.checks.items():
            check.setChecked(bool(getattr(tumour, name)) if tumour else False)
        for widget in widgets:
            widget.blockSignals(False)
        for message in self.messages.values():
            message.say("")
        self.refresh()
