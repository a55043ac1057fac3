"""What the kiosk's covering panels share: they follow the window's size and keep Tab inside."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QWidget


class WindowOverlay(QWidget):
    """A panel laid over `window` (PIN screen, "still there?", summary preview).

    It covers `area()` (the whole window unless a subclass says otherwise) and keeps doing so
    when the window is resized; Tab cycles through `tab_cycle()` only, never reaching the
    page underneath.
    """

    def __init__(self, window: QWidget, object_name: str) -> None:
        super().__init__(window)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        window.installEventFilter(self)

    def area(self) -> QRect:
        """Return the part of the window this panel covers."""
        return self.parentWidget().rect()

    def tab_cycle(self) -> list[QWidget]:
        """Return the controls Tab moves between, in order (none: Qt's own order)."""
        return []

    def focusNextPrevChild(self, next: bool) -> bool:
        order = self.tab_cycle()
        if not order:
            return super().focusNextPrevChild(next)
        current = -1 if next else len(order)
        for index, widget in enumerate(order):
            if widget.hasFocus():
                current = index
        target = order[(current + (1 if next else -1)) % len(order)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.area())
        return False
