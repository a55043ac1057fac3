"""Answers every modal dialog at random, so no message box, file or print dialog blocks a run.

Dialogs opened with exec() run their own event loop: the driver's loop is stuck until they
close. A repeating timer still fires inside that loop; each tick picks one visible dialog and
schedules one random answer for it (a click on one of its buttons, text in a field, Escape,
Enter, or a file chosen from the run's own folder). A dialog still open after a few answers is
rejected outright, so none is ever left blocking. The answer runs from a fresh single-shot
timer, never inside the tick: an answer that opens another exec() dialog would otherwise stop
the ticks (Qt does not re-enter a timer whose slot is still running).
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from tests.test_ui.monkey.log import EventLog
from tests.test_ui.monkey.texts import random_text

PATIENCE = 4
"""Answers a dialog gets before it is rejected outright."""
POPUP_TICKS = 30
"""Ticks a menu or list may stay open before the answerer closes it (about 0.3 s)."""


def open_dialogs() -> list[QWidget]:
    """Return the visible modal widget and top-level dialogs, the innermost modal one first."""
    found: list[QWidget] = []
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.isVisible():
        found.append(modal)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget not in found:
            found.append(widget)
    return found


def visible_buttons(dialog: QWidget) -> list[QAbstractButton]:
    """Return the buttons of a dialog a person could press now."""
    return [
        b
        for b in dialog.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.window() is dialog
    ]


class DialogAnswerer(QObject):
    """Answers open dialogs at random every `interval_ms`, logging each answer."""

    def __init__(
        self, rng: random.Random, log: EventLog, folder: Path, interval_ms: int = 10
    ) -> None:
        super().__init__()
        self.rng = rng
        self.log = log
        self.folder = folder
        self.answered = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start answering."""
        self.timer.start()

    def stop(self) -> None:
        """Stop answering."""
        self.timer.stop()

    def _tick(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None and not popup.property("monkey_pending"):
            # A context menu opened by exec() blocks like a dialog; others close in time too.
            ticks = int(popup.property("monkey_ticks") or 0) + 1
            popup.setProperty("monkey_ticks", ticks)
            if ticks > POPUP_TICKS:
                popup.setProperty("monkey_pending", True)
                QTimer.singleShot(0, lambda: self._answer_popup(popup))
            return
        dialogs = open_dialogs()
        if dialogs and not dialogs[0].property("monkey_pending"):
            dialog = dialogs[0]
            dialog.setProperty("monkey_pending", True)
            QTimer.singleShot(0, lambda: self._answer(dialog))

    def _answer(self, dialog: QWidget) -> None:
        try:
            if not dialog.isVisible():
                return
        except RuntimeError:  # deleted meanwhile
            return
        dialog.setProperty("monkey_pending", False)
        tries = int(dialog.property("monkey_tries") or 0) + 1
        dialog.setProperty("monkey_tries", tries)
        self.answered += 1
        name = f"{type(dialog).__name__} '{dialog.windowTitle()}'"
        if tries > PATIENCE:
            self.log.add("dialog", f"{name}: rejected after {PATIENCE} answers")
            close_dialog(dialog)
        elif isinstance(dialog, QFileDialog):
            self._answer_file_dialog(dialog, name)
        elif isinstance(dialog, QPrintDialog) and self.rng.random() < 0.85:
            # Printing (to a PDF file in the run's folder: there is no printer) takes seconds.
            self.log.add("dialog", f"{name}: Cancel")
            dialog.reject()
        elif isinstance(dialog, QMessageBox):
            self._answer_message_box(dialog, name)
        else:
            self._answer_any(dialog, name)

    def _answer_popup(self, popup: QWidget) -> None:
        try:
            if not popup.isVisible():
                return
        except RuntimeError:  # deleted meanwhile
            return
        self.answered += 1
        actions = []
        if isinstance(popup, QMenu):
            actions = [a for a in popup.actions() if a.isEnabled() and not a.isSeparator()]
        if actions and self.rng.random() < 0.5:
            action = self.rng.choice(actions)
            self.log.add("popup", f"{type(popup).__name__}: choose '{action.text()}'")
            popup.setActiveAction(action)
            QTest.keyClick(popup, Qt.Key.Key_Return)
        else:
            self.log.add("popup", f"{type(popup).__name__}: Escape")
            QTest.keyClick(popup, Qt.Key.Key_Escape)
        if popup.isVisible():
            popup.close()

    def _answer_message_box(self, box: QMessageBox, name: str) -> None:
        buttons = [b for b in box.buttons() if b.isVisible() and b.isEnabled()]
        if buttons and self.rng.random() < 0.85:
            button = self.rng.choice(buttons)
            self.log.add("dialog", f"{name}: click '{button.text()}'")
            button.click()
        else:
            self.log.add("dialog", f"{name}: Escape")
            QTest.keyClick(box, Qt.Key.Key_Escape)

    def _answer_file_dialog(self, dialog: QFileDialog, name: str) -> None:
        if self.rng.random() < 0.4:
            self.log.add("dialog", f"{name}: Cancel")
            dialog.reject()
            return
        choices = [
            *sorted(self.folder.iterdir()),
            self.folder / "new-file.endoaid.json",
            self.folder / "missing-folder" / "x.endoaid.json",
        ]
        target = self.rng.choice(choices)
        self.log.add("dialog", f"{name}: choose {target.name}")
        dialog.setDirectory(str(self.folder))
        dialog.selectFile(str(target))
        dialog.accept()

    def _answer_any(self, dialog: QWidget, name: str) -> None:
        roll = self.rng.random()
        fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible() and f.isEnabled()]
        buttons = visible_buttons(dialog)
        if roll < 0.2 and fields:
            field = self.rng.choice(fields)
            text = random_text(self.rng)
            self.log.add("dialog", f"{name}: type {text!r}")
            field.setText(text)
        elif roll < 0.75 and buttons:
            button = self.rng.choice(buttons)
            self.log.add("dialog", f"{name}: click '{button.text()}'")
            button.click()
        elif roll < 0.9:
            self.log.add("dialog", f"{name}: Escape")
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            self.log.add("dialog", f"{name}: Enter")
            QTest.keyClick(dialog, Qt.Key.Key_Return)

    def close_all(self) -> None:
        """Reject every dialog still open (at the end of a run)."""
        for _round in range(10):
            dialogs = open_dialogs()
            if not dialogs:
                return
            for dialog in dialogs:
                close_dialog(dialog)
            QApplication.processEvents()


def close_dialog(dialog: QWidget) -> None:
    """Reject a dialog (or close any other modal window)."""
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()
