"""The administrator's PIN screen: the only way out of kiosk mode, with a touch keypad."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from endoaid.ui.kiosk.overlay import WindowOverlay, cancel_and_go_on, keypad
from endoaid.ui.kiosk.pin import PinGate


class PinPrompt(WindowOverlay):
    """Covers the window, asks for the PIN; `unlocked` on the right one, lock-out after misses."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, window: QWidget, gate: PinGate) -> None:
        super().__init__(window, "pinPrompt")
        self.gate = gate
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(64)
        self.pin_edit.setFixedWidth(320)
        self.pin_edit.returnPressed.connect(self.submit)
        layout.addWidget(self.pin_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        pad_box, self.keys = keypad([*"123456789", "⌫", "0"], 3, self._key)
        layout.addWidget(pad_box, 0, Qt.AlignmentFlag.AlignHCenter)
        row, self.unlock_button, self.cancel_button = cancel_and_go_on(self.submit, self.cancel)
        layout.addLayout(row)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the interface strings again."""
        self.title.setText(self.tr("Staff only: enter the administrator PIN to leave kiosk mode"))
        self.pin_edit.setAccessibleName(self.tr("Administrator PIN"))
        self.pin_edit.setAccessibleDescription(self.tr("The PIN is not shown as you type"))
        self.unlock_button.setText(self.tr("Leave kiosk mode"))
        self.unlock_button.setAccessibleName(self.tr("Check the PIN and leave kiosk mode"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back to the guide"))
        self.cancel_button.setAccessibleDescription(self.tr("The guide stays in kiosk mode"))
        self.unlock_button.setAccessibleDescription(
            self.tr("Only for staff: the guide closes when the PIN is right")
        )
        for button in self.keys:
            key = button.text()
            name = self.tr("Delete the last digit") if key == "⌫" else self.tr("Digit {0}")
            button.setAccessibleName(name.format(key))
            button.setAccessibleDescription(self.tr("Touch keypad for the administrator PIN"))
        self.setAccessibleName(self.tr("Administrator PIN"))

    def ask(self) -> None:
        """Cover the window and wait for the PIN."""
        self.pin_edit.setText("")
        self._show_lockout_or_clear()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_lockout_or_clear(self) -> None:
        left = self.gate.locked_seconds()
        if left > 0:
            seconds = math.ceil(left)
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in {0} seconds.").format(seconds)
            )
        else:
            self.message.setText("")

    def _key(self, key: str) -> None:
        if key == "⌫":
            self.pin_edit.setText(self.pin_edit.text()[:-1])
        else:
            self.pin_edit.setText(self.pin_edit.text() + key)

    def submit(self) -> bool:
        """Check the PIN typed; return True when it unlocks."""
        pin = self.pin_edit.text()
        self.pin_edit.setText("")  # also drops the undo history that held the PIN
        answer = self.gate.check(pin)
        if answer.accepted:
            self.message.setText("")
            self.hide()
            self.unlocked.emit()
            return True
        if answer.locked_seconds > 0:
            self._show_lockout_or_clear()
        else:
            self.message.setText(self.tr("That PIN is not right. Please try again."))
        return False

    def cancel(self) -> None:
        """Hide the PIN screen and stay in kiosk mode."""
        self.pin_edit.setText("")
        self.message.setText("")
        self.hide()
        self.cancelled.emit()

    def tab_cycle(self) -> list[QWidget]:
        return [self.pin_edit, self.cancel_button, self.unlock_button]
