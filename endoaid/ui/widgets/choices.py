"""Small answer controls: a 0-4 rating and a yes/no pair, both usable by keyboard and touch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget


class RatingControl(QWidget):
    """'Matters to me' from 0 (not at all) to 4 (a lot), as five labelled radio buttons."""

    rating_changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)  # a clear gap between one number and the next circle
        self.low_label = QLabel()
        self.low_label.setObjectName("ratingEnd")
        layout.addWidget(self.low_label)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value in range(5):
            button = QRadioButton(str(value))
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        self.high_label = QLabel()
        self.high_label.setObjectName("ratingEnd")
        layout.addWidget(self.high_label)
        layout.addStretch(1)
        self.group.idClicked.connect(self.rating_changed.emit)
        self.retranslate(name)

    def retranslate(self, name: str) -> None:
        """Set the labels again, e.g. after a language switch."""
        self._name = name
        self.low_label.setText(self.tr("not at all"))
        self.high_label.setText(self.tr("a lot"))
        for value, button in enumerate(self.buttons):
            button.setAccessibleName(self.tr("{0}: matters {1} out of 4").format(name, value))

    def rating(self) -> int | None:
        """Return the chosen rating, or None when none is chosen."""
        value = self.group.checkedId()
        return None if value < 0 else value

    def set_rating(self, value: int | None) -> None:
        """Show a rating without emitting a change (None clears it)."""
        self.group.setExclusive(False)
        for i, button in enumerate(self.buttons):
            button.blockSignals(True)
            button.setChecked(i == value)
            button.blockSignals(False)
        self.group.setExclusive(True)


class YesNo(QWidget):
    """A 'Yes' / 'No' pair of radio buttons that can also be left unanswered."""

    answered = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.yes = QRadioButton()
        self.no = QRadioButton()
        self.group.addButton(self.yes, 1)
        self.group.addButton(self.no, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda i: self.answered.emit(i == 1))
        self.retranslate(name)

    def retranslate(self, name: str) -> None:
        """Set the labels again, e.g. after a language switch."""
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))
        self.yes.setAccessibleName(self.tr("{0}: yes").format(name))
        self.no.setAccessibleName(self.tr("{0}: no").format(name))

    def answer(self) -> bool | None:
        """Return True, False, or None when unanswered."""
        value = self.group.checkedId()
        return None if value < 0 else value == 1

    def set_answer(self, value: bool | None) -> None:
        """Show an answer without emitting a change (None clears it)."""
        self.group.setExclusive(False)
        for button, on in ((self.yes, value is True), (self.no, value is False)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.group.setExclusive(True)
