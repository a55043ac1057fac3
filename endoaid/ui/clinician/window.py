"""What the clinician tools need of the window they serve, and nothing more.

The tools (sessions, price books, the note, the recovery copy) are handed the main window by
the composition root (ui/app); they name it by this Protocol, so they never import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QStackedWidget, QStatusBar

    from endoaid.ui.common.state import ConsultationState


class ConsultationWindow(Protocol):
    """The window a clinician tool works in: its consultation, messages and navigation."""

    state: ConsultationState
    kiosk: bool
    stack: QStackedWidget
    autosave: QObject | None
    """The recovery copy's keeper, an AutoSaver (named by its base: autosave.py uses this)."""

    def show_problem(self, title: str, text: str) -> None:
        """Show a one-line problem without blocking the window."""

    def statusBar(self) -> QStatusBar:
        """Return the window's status bar, for short confirmations."""

    def set_language(self, lang: str) -> None:
        """Show the window in another language."""

    def go_to(self, index: int) -> None:
        """Show the page at step `index`."""

    def may_leave_unsaved(self, question: str) -> bool:
        """Return True when the current entries may be left (offering to save them first)."""
