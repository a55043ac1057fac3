"""What every page of the flow shares: a heading, a scrolling body, the hooks the window calls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from endoaid.ui.common.qt_properties import set_enum_property
from endoaid.ui.common.state import ConsultationState


def wrapped_label(text: str = "", object_name: str = "") -> QLabel:
    """Return a word-wrapping label that can be selected with the keyboard or mouse."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")
    if object_name:
        label.setObjectName(object_name)
    return label


def number_text(value: float | None) -> str:
    """Return a number as a form field shows it: 45, not 45.0; empty for None."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def add_field_row(
    form: QFormLayout, widget: QWidget, message: QLabel, *, stretch: int = 0
) -> QLabel:
    """Add a form row: `widget` (taking `stretch` of the free width) with its message beside
    it; return the row's (empty) label."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, stretch)
    layout.addWidget(message, 3)
    layout.addStretch(1)  # fields line up on the left whether a message shows or not
    label = QLabel()
    label.setBuddy(widget)
    form.addRow(label, row)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout at once (hidden now, freed by Qt later).

    The widgets keep their parent until Qt deletes them: handing them to Python instead
    (setParent(None)) lets the garbage collector free a widget while Qt is iterating over all
    widgets (e.g. during setStyleSheet), which crashes.
    """
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class Page(QWidget):
    """A step of the flow. Subclasses fill `self.body_layout` and implement retranslate/refresh.

    The window calls `on_enter()` just before the page is shown, `set_language(lang)` after a
    language switch, and `refresh()` whenever the session changes under the page.
    """

    page_id = "page"
    request_page = Signal(str)
    """Ask the window to show another page, by page_id ("next" for the following one)."""

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__()
        self.state = state
        self.kiosk = kiosk
        self.setObjectName(f"page-{self.page_id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(24, 8, 24, 16)
        self.body_layout.setSpacing(12)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)

    # --- hooks -------------------------------------------------------------------------

    def title(self) -> str:
        """Return the short step title shown in the step bar."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every interface string again (after a language switch)."""
        self.heading.setText(self.title())
        self.scroll.setAccessibleName(self.title())

    def refresh(self) -> None:
        """Show the session and pack content again (after the session or language changed)."""

    def set_language(self, lang: str) -> None:
        """Re-render interface and content text in `lang`; what was entered stays."""
        del lang  # the state already holds the language; pages read it from there
        self.retranslate()
        self.refresh()

    def reset(self) -> None:
        """Load every field from the session again (a new patient or an opened session)."""
        self.refresh()

    def on_enter(self) -> None:
        """Called each time the page is about to be shown (just before it becomes visible)."""
        self.refresh()

    def ready_for_next(self) -> str | None:
        """Return a reason the person cannot go on yet, or None."""
        return None
