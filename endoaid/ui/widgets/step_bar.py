"""The visible step bar: where we are in the flow, and a direct jump to any step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from endoaid.ui.common.qt_properties import set_enum_property
from endoaid.ui.widgets.flow_row import FlowRow


class StepBar(QWidget):
    """A row of step buttons; the current step is marked by a frame and bold text, not colour."""

    jump = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self._layout = FlowRow(self)  # two lines where the titles do not fit on one
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self._layout.setSpacing(2)
        self._buttons: list[QPushButton] = []
        self._separators: list[QLabel] = []
        self._current = 0

    def set_steps(self, titles: list[str]) -> None:
        """Show these step titles (called again with translated titles)."""
        if len(titles) != len(self._buttons):
            self._rebuild(len(titles))
        for i, (button, title) in enumerate(zip(self._buttons, titles, strict=True)):
            button.setText(title)
            button.ensurePolished()  # the stylesheet's step font, not the default one
            bold = QFont(button.font())
            bold.setBold(True)
            # room for the bold current-step text, so marking a step never clips it
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(title) + 18)
            button.setAccessibleName(
                self.tr("Step {0} of {1}: {2}").format(i + 1, len(titles), title)
            )
        self.set_current(self._current)

    def _rebuild(self, count: int) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self._buttons, self._separators = [], []
        for i in range(count):
            if i:
                sep = QLabel("›")
                sep.setObjectName("stepSeparator")
                sep.setAccessibleName(self.tr("then"))
                self._layout.addWidget(sep)
                self._separators.append(sep)
            button = QPushButton()
            button.setObjectName("stepButton")
            button.setCheckable(True)
            set_enum_property(button, "focusPolicy", "StrongFocus")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, index=i: self.jump.emit(index))
            self._layout.addWidget(button)
            self._buttons.append(button)

    def set_current(self, index: int) -> None:
        """Mark step `index` as the one shown."""
        self._current = index
        for i, button in enumerate(self._buttons):
            button.setChecked(i == index)
            font = button.font()
            font.setBold(i == index)
            button.setFont(font)
            button.setProperty("current", i == index)  # the stylesheet follows :checked

    def buttons(self) -> list[QPushButton]:
        """Return the step buttons in order (for tests and keyboard order)."""
        return list(self._buttons)
