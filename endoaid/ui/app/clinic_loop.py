"""The clinic's loop in the clinician window's File menu: Open recent, Send to the kiosk,
Clinic settings; and opening a session file named on the command line.

Kiosk mode has none of these (its menu bar is gone and it never reads the user's settings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from endoaid.ui.clinician import tools as clinician_tools
from endoaid.ui.common import settings


def add_clinic_actions(window: Any) -> None:
    """Add Open recent (after Open), then Send to the kiosk and Clinic settings (before Quit)."""
    menu = window.file_menu
    window.recent_menu = menu.addMenu("")
    menu.insertMenu(window.save_action, window.recent_menu)
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    window.send_action = QAction(window)
    window.send_action.triggered.connect(lambda: _send(window))
    window.clinic_settings_action = QAction(window)
    window.clinic_settings_action.triggered.connect(lambda: _settings(window))
    menu.insertSeparator(window.quit_action)
    menu.insertAction(window.quit_action, window.send_action)
    menu.insertAction(window.quit_action, window.clinic_settings_action)
    menu.insertSeparator(window.quit_action)
    database = settings.audit_database()
    window.state.audit_path = Path(database) if database else None
    fill_recent_menu(window)


def _send(window: Any) -> None:
    from endoaid.ui.clinician.send_kiosk import send_to_kiosk  # (the first window goes without)

    send_to_kiosk(window)


def _settings(window: Any) -> None:
    from endoaid.ui.clinician.clinic_settings import edit_clinic_settings

    edit_clinic_settings(window)


def retranslate_clinic_actions(window: Any) -> None:
    if getattr(window, "send_action", None) is None:
        return
    window.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open recent"))
    window.send_action.setText(QCoreApplication.translate("MainWindow", "Send to the kiosk..."))
    window.clinic_settings_action.setText(
        QCoreApplication.translate("MainWindow", "Clinic settings...")
    )
    fill_recent_menu(window)


def fill_recent_menu(window: Any) -> None:
    """List the recent session files, newest first (a missing one is dropped when chosen)."""
    menu = window.recent_menu
    menu.clear()
    paths = settings.recent_sessions()
    for path in paths:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.triggered.connect(lambda _c=False, p=path: open_recent(window, p))
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent sessions"))
        empty.setEnabled(False)


def open_recent(window: Any, path: str) -> bool:
    """Open a recent session file; one that is gone is taken off the list, with a message."""
    if not Path(path).is_file():
        settings.forget_recent(path)
        window.show_problem(
            QCoreApplication.translate("MainWindow", "This session cannot be opened"),
            QCoreApplication.translate(
                "MainWindow", "'{0}' is no longer there; it was taken off the recent list."
            ).format(path),
        )
        return False
    return open_after_asking(window, Path(path))


def open_after_asking(window: Any, path: Path) -> bool:
    """Offer to save the entries on screen, then open the session file at `path`."""
    question = QCoreApplication.translate(
        "MainWindow", "Save this patient's entries before opening another session?"
    )
    if not window.may_leave_unsaved(question):
        return False
    return clinician_tools.open_session_file(window, path)


class SessionFileOpener(QObject):
    """Opens a session file the system hands over (macOS: a double-click in the Finder sends a
    FileOpen event, not an argument)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                open_after_asking(self.window, Path(path))
            return True
        return False
