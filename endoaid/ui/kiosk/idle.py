"""Notices when nobody has touched the kiosk for a while.

An application-wide event filter restarts one single-shot timer on every input event and lets
the event through untouched, so it never changes what a tap or key press does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once after `seconds` without any input; install it on the QApplication."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, round(seconds * 1000)))
        self.timer.timeout.connect(self.idle.emit)
        self._watching = False

    def start(self) -> None:
        """Start (or restart) counting idle time."""
        self._watching = True
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (while the 'Are you still there?' screen is up)."""
        self._watching = False
        self.timer.stop()

    def is_watching(self) -> bool:
        """Return True while idle time is being counted."""
        return self._watching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False  # never swallow the event
