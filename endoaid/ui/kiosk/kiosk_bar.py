"""The bar always on screen in kiosk mode: back to start, text size, contrast, language, finish."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from endoaid.languages import all_languages
from endoaid.ui.kiosk.config import TEXT_SIZES
from endoaid.ui.widgets.flow_row import FlowRow


class KioskBar(QWidget):
    """Big buttons a patient can always reach; the shell decides what each one does."""

    back_to_start = Signal()
    text_size_chosen = Signal(str)
    contrast_toggled = Signal(bool)
    language_chosen = Signal(str)
    finish_and_clear = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskBar")
        row = FlowRow(self)  # two lines where its words do not fit on one
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row.setContentsMargins(0, 0, 0, 0)
        self.home_button = QPushButton()
        self.home_button.setObjectName("backToStart")
        self.home_button.clicked.connect(self.back_to_start.emit)
        row.addWidget(self.home_button)
        row.addItem(_gap())
        self.size_label = QLabel()
        row.addWidget(self.size_label)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[str, QPushButton] = {}
        for size in TEXT_SIZES:
            button = QPushButton(size)
            button.setObjectName("textSize")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, s=size: self.text_size_chosen.emit(s))
            self.size_group.addButton(button)
            self.size_buttons[size] = button
            row.addWidget(button)
        row.addItem(_gap())
        self.contrast_button = QPushButton()
        self.contrast_button.setObjectName("contrastToggle")
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.contrast_toggled.emit)
        row.addWidget(self.contrast_button)
        row.addItem(_gap())
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in ((lang.id, lang.name) for lang in all_languages().values()):
            button = QPushButton(name)
            button.setObjectName("languageChoice")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, c=code: self.language_chosen.emit(c))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            row.addWidget(button)
        row.addItem(_stretch())
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishClear")
        self.finish_button.clicked.connect(self.finish_and_clear.emit)
        row.addWidget(self.finish_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the interface strings again."""
        self.home_button.setText(self.tr("⌂ Back to start"))
        self.home_button.setAccessibleName(self.tr("Back to the start page"))
        self.home_button.setAccessibleDescription(self.tr("Your answers are kept"))
        self.size_label.setText(self.tr("Text size:"))
        names = {
            "A": self.tr("Normal text size"),
            "A+": self.tr("Larger text"),
            "A++": self.tr("Largest text"),
        }
        for size, button in self.size_buttons.items():
            button.setAccessibleName(names[size])
            button.setAccessibleDescription(self.tr("Makes all the words bigger or smaller"))
        self.contrast_button.setText(self.tr("◐ High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast colours"))
        self.contrast_button.setAccessibleDescription(
            self.tr("Switches to white and yellow text on black")
        )
        for code, button in self.language_buttons.items():
            button.setAccessibleName(self.tr("Language: {0}").format(all_languages()[code].name))
            button.setAccessibleDescription(self.tr("Shows the guide in this language"))
        self.finish_button.setText(self.tr("✕ Finish and clear"))
        self.finish_button.setAccessibleName(self.tr("Finish and clear all my answers"))
        self.finish_button.setAccessibleDescription(
            self.tr("Forgets everything you entered and goes back to the start")
        )

    def show_choices(self, text_size: str, high_contrast: bool, lang: str) -> None:
        """Mark the text size, contrast and language in use (without emitting signals)."""
        for size, button in self.size_buttons.items():
            button.setChecked(size == text_size)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(high_contrast)
        self.contrast_button.blockSignals(False)
        for code, button in self.language_buttons.items():
            button.setChecked(code == lang)


def _gap() -> QSpacerItem:
    """Return the fixed gap between two groups of buttons."""
    return QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)


def _stretch() -> QSpacerItem:
    """Return the stretch that keeps 'Finish and clear' at the right end of its line."""
    return QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
