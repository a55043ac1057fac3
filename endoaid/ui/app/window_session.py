"""The window's questions and closing: new patient, problems, About, unsaved entries, size.

A part of MainWindow; its strings keep the context "MainWindow", as lupdate filed them.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer

from endoaid.ui.common import settings

if TYPE_CHECKING:  # (the first window is made without QMessageBox and QEvent's enums)
    from PySide6.QtGui import QCloseEvent


def _give_back_memory() -> None:
    """Delete the widgets the pages dropped for her (as kiosk mode's wipe does), then give
    the memory her consultation took back to the system (Linux glibc only)."""
    from PySide6.QtCore import QEvent

    from endoaid.ui.common.allocator import give_back_memory

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # the Python sides of the deleted widgets, before the heap is trimmed
    give_back_memory()


class WindowSession:
    """Asks before clearing or leaving unsaved entries, shows problems and About, and keeps the
    window's size between runs."""

    def confirm(self: Any, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def new_patient(self: Any) -> bool:
        """Clear everything after a confirmation; return True when cleared."""
        if not self.confirm(
            QCoreApplication.translate("MainWindow", "New patient"),
            QCoreApplication.translate(
                "MainWindow", "Clear everything entered for this patient? This cannot be undone."
            ),
        ):
            return False
        self.state.new_patient()
        self.go_to(0)
        dropped = self.drop_pages()  # her pages go; the next consultation builds its own
        if dropped:  # once the last of them is deleted (the heap keeps what is freed after)
            dropped[-1].destroyed.connect(lambda: QTimer.singleShot(0, self, _give_back_memory))
        else:
            QTimer.singleShot(0, self, _give_back_memory)  # on the next turn of the event loop
        return True

    def show_problem(self: Any, title: str, text: str) -> None:
        """Show a one-line problem in a dialog that does not block the window."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAccessibleName(title)
        self.problem_box = box
        box.open()

    def show_about(self: Any) -> None:
        """Show content version, review dates, authors, funding, conflicts and sources."""
        from endoaid.ui.widgets.about_dialog import AboutDialog

        dialog = AboutDialog(self.state.pack, self.state.lang, self)
        self.about_dialog = dialog
        dialog.open()

    # --- window size -------------------------------------------------------------------

    def _restore_size(self: Any) -> None:
        self.resize(1280, 800)
        if self.kiosk:
            return
        geometry = settings.app_settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def closeEvent(self: Any, event: QCloseEvent) -> None:
        if not self.kiosk and not self.property("smoke_test"):
            question = QCoreApplication.translate(
                "MainWindow", "Save this patient's entries before closing?"
            )
            if not self.may_leave_unsaved(question):
                event.ignore()
                return
            settings.app_settings().setValue("window/geometry", self.saveGeometry())
        if self.autosave is not None:  # a clean exit: nothing is left to recover
            self.autosave.finish()
        super().closeEvent(event)

    # --- unsaved work ------------------------------------------------------------------

    def ask_save_first(self: Any, question: str) -> str:
        """Ask whether to save her entries first: 'save', 'discard' or 'cancel' (tests replace
        this)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Unsaved entries"),
            question,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def may_leave_unsaved(self: Any, question: str) -> bool:
        """Return True when the current entries may be left: nothing new, saved now, or
        deliberately discarded. Kiosk sessions are never saved, so never asked about."""
        if self.kiosk or not self.state.unsaved:
            return True
        answer = self.ask_save_first(question)
        if answer == "save":
            from endoaid.ui.clinician.tools import ask_save_session

            return ask_save_session(self)
        return answer == "discard"
