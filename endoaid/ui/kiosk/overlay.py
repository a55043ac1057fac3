"""What the kiosk's covering panels share: they follow the window's size and keep Tab inside;
the PIN and code screens share their keypad and their Cancel / go-on row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget


def keypad(
    keys: list[str], columns: int, on_key: Callable[[str], None]
) -> tuple[QWidget, list[QPushButton]]:
    """Return a touch keypad of `keys` in rows of `columns`, and its buttons in order.

    The buttons never take the focus: the field they type into keeps it."""
    pad = QGridLayout()
    buttons: list[QPushButton] = []
    for index, key in enumerate(keys):
        button = QPushButton(key)
        button.setObjectName("keypad")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _c=False, k=key: on_key(k))
        pad.addWidget(button, index // columns, index % columns)
        buttons.append(button)
    box = QWidget()
    box.setLayout(pad)
    return box, buttons


def cancel_and_go_on(
    on_go_on: Callable[[], None], on_cancel: Callable[[], None]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """Return a centred row of Cancel and the panel's main button (its words set later)."""
    row = QHBoxLayout()
    row.addStretch(1)
    go_on = QPushButton()
    go_on.setObjectName("primary")
    go_on.clicked.connect(on_go_on)
    cancel = QPushButton()
    cancel.clicked.connect(on_cancel)
    row.addWidget(cancel)
    row.addWidget(go_on)
    row.addStretch(1)
    return row, go_on, cancel


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
