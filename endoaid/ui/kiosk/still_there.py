"""The full-screen "Are you still there?" question with a countdown before everything is wiped."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from endoaid.ui.kiosk.overlay import WindowOverlay


class StillThereOverlay(WindowOverlay):
    """Covers the whole window; any tap or key means 'still here', the countdown means 'gone'."""

    still_here = Signal()
    expired = Signal()
    finish_now = Signal()

    def __init__(self, window: QWidget, countdown_seconds: float) -> None:
        super().__init__(window, "stillThere")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._countdown_ms = max(1, round(countdown_seconds * 1000))
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(self._countdown_ms)
        self.deadline.timeout.connect(self._expire)
        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self._show_left)
        self._clock = QElapsedTimer()
        self._return_focus: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.text = QLabel()
        self.text.setObjectName("overlayText")
        self.text.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        for label in (self.title, self.text, self.countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.stay_button = QPushButton()
        self.stay_button.setObjectName("primary")
        self.stay_button.clicked.connect(self._stay)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishClear")
        self.finish_button.clicked.connect(self.finish_now.emit)
        row.addWidget(self.stay_button)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the interface strings again."""
        self.title.setText(self.tr("Are you still there?"))
        self.text.setText(
            self.tr(
                "To keep your answers private, everything will be cleared when the time is up. "
                "Touch the screen to carry on."
            )
        )
        self.stay_button.setText(self.tr("Yes, I am still here"))
        self.stay_button.setAccessibleName(self.tr("Yes, I am still here: carry on"))
        self.stay_button.setAccessibleDescription(self.tr("Keeps your answers and goes back"))
        self.finish_button.setText(self.tr("Finish and clear now"))
        self.finish_button.setAccessibleName(self.tr("Finish and clear everything now"))
        self.finish_button.setAccessibleDescription(
            self.tr("Forgets every answer and goes back to the start")
        )
        self.setAccessibleName(self.tr("Are you still there?"))
        self._show_left()

    def start(self) -> None:
        """Cover the window and start the countdown."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        focused = QApplication.focusWidget()
        self._return_focus = (
            focused if focused is not None and not self.isAncestorOf(focused) else None
        )
        self._clock.start()
        self.deadline.start()
        self.tick.start()
        self._show_left()
        self.show()
        self.raise_()
        self.stay_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Hide without emitting anything."""
        self.deadline.stop()
        self.tick.stop()
        self.hide()

    def seconds_left(self) -> int:
        """Return the whole seconds left on the countdown (rounded up)."""
        if not self.deadline.isActive():
            return math.ceil(self._countdown_ms / 1000)
        left = max(0, self._countdown_ms - self._clock.elapsed())
        return math.ceil(left / 1000)

    def _show_left(self) -> None:
        left = self.seconds_left()
        self.countdown.setText(self.tr("%n second(s) left", "", left))
        self.countdown.setAccessibleName(self.countdown.text())

    def _stay(self) -> None:
        self.stop()
        back = self._return_focus
        # The control she left may have been rebuilt (and deleted) while the question was up.
        if back is not None and Shiboken.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)  # back where she was
        self._return_focus = None
        self.still_here.emit()

    def _expire(self) -> None:
        self.stop()
        self._return_focus = None
        self.expired.emit()

    # --- any touch or key is an answer ----------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._stay()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self._stay()

    def tab_cycle(self) -> list[QWidget]:
        return [self.stay_button, self.finish_button]
