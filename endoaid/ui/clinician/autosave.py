"""Clinician mode's recovery copy: kept up to date while entries are unsaved, offered at start.

At most every 30 s and on every page change, a consultation with unsaved entries is written
whole to the recovery folder (endoaid.consultation.recovery). A save, an opened session, a new
patient or a clean exit deletes it. After an abnormal exit the next start asks, once its first
page is up, "Restore the consultation from 14:32 today?" (Restore / Discard). Kiosk mode makes
no AutoSaver: it keeps nothing on disk.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from endoaid.consultation import recovery

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from endoaid.consultation import Session
    from endoaid.ui.clinician.window import ConsultationWindow

AUTOSAVE_SECONDS = 30.0
INTERVAL_ENV = "ENDOAID_AUTOSAVE_SECONDS"
"""Set to a number of seconds to write the recovery copy more often (the kill test does)."""

log = logging.getLogger("endoaid")


def autosave_interval_ms() -> int:
    """Return how often unsaved entries are written (30 s unless ENDOAID_AUTOSAVE_SECONDS)."""
    try:
        seconds = float(os.environ.get(INTERVAL_ENV, AUTOSAVE_SECONDS))
    except ValueError:
        seconds = AUTOSAVE_SECONDS
    return max(10, int(min(seconds, AUTOSAVE_SECONDS) * 1000))


def restore_question(written: dt.datetime, now: dt.datetime, lang: str) -> str:
    """Return 'Restore the consultation from 14:32 today?' (yesterday, or on a date)."""
    from endoaid.i18n import format_date

    clock = written.strftime("%H:%M")
    days = (now.date() - written.date()).days
    if days == 0:
        text = QCoreApplication.translate("AutoSave", "Restore the consultation from {0} today?")
        return text.format(clock)
    if days == 1:
        text = QCoreApplication.translate(
            "AutoSave", "Restore the consultation from {0} yesterday?"
        )
        return text.format(clock)
    text = QCoreApplication.translate("AutoSave", "Restore the consultation from {0} on {1}?")
    return text.format(clock, format_date(written.date(), lang))


class AutoSaver(QObject):
    """Writes one window's recovery copy while it has unsaved entries; offers a left copy."""

    written = Signal(str)
    """Emitted with the copy's path after each write."""
    checked = Signal(bool)
    """Emitted once the start-up check is over: True when a copy was restored."""

    def __init__(self, window: ConsultationWindow, folder: Path, *, interval_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.folder = Path(folder)
        self.file = recovery.RecoveryFile(self.folder)
        self.prompt: QMessageBox | None = None
        self._last: bytes | None = None
        self._failed = False
        # A steady check rather than a timer started by changes: typing in the notes or the
        # questions changes the session without a change signal.
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or autosave_interval_ms())
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        window.stack.currentChanged.connect(self.save_now)
        window.state.saved.connect(self._nothing_unsaved)

    def save_now(self) -> bool:
        """Write the copy if entries are unsaved and changed since the last write; return True
        when written. A write that fails is logged once and never interrupts her."""
        state = self.window.state
        if not state.unsaved:
            return False
        from endoaid.records import dump_json

        data = dump_json(state.session)
        if data == self._last:
            return False
        try:
            self.file.write(data)
        except OSError as exc:
            if not self._failed:
                log.warning("recovery copy not written: %s", exc)
            self._failed = True
            return False
        self._last, self._failed = data, False
        self.written.emit(str(self.file.path))
        return True

    def _nothing_unsaved(self) -> None:
        self.file.remove()
        self._last = None

    def finish(self) -> None:
        """The window closes cleanly (saved or deliberately discarded): keep nothing."""
        self.timer.stop()
        self.file.close()

    # --- after an abnormal exit ------------------------------------------------------------

    def offer_restore(self) -> None:
        """Offer the newest copy left by an ended run (deleting older and damaged ones, and
        those past 14 days) in a window-modal box; emit `checked` when nothing is offered."""
        copies = recovery.clean_up(self.folder, self._now(), own_run=self.file.run)
        found = recovery.newest_session(copies)
        if found is not None and self._names_unknown_content(found[1]):
            log.warning("recovery copy %s removed: unknown content", found[0].path.name)
            found = None  # (deleted with the others below)
        for copy in copies:  # one offer, the newest: none older is kept
            if found is None or copy.path != found[0].path:
                recovery.discard(copy)
        if found is None:
            self.checked.emit(False)
            return
        self._ask(*found)

    def _ask(self, copy: recovery.RecoveryCopy, session: Session) -> None:
        from PySide6.QtWidgets import QLabel, QMessageBox

        title = QCoreApplication.translate("AutoSave", "Unsaved consultation")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            restore_question(copy.written, self._now(), self.window.state.lang),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "AutoSave",
                "endoaid did not close normally last time. Discard deletes this copy.",
            )
        )
        restore_button = box.addButton(
            QCoreApplication.translate("AutoSave", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("AutoSave", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(restore_button)
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:  # the question on one line: "today?" alone below read badly
            width = label.fontMetrics().horizontalAdvance(box.text()) + 8
            label.setMinimumWidth(min(width, 640))
        box.setAccessibleName(title)
        box.restore_button = restore_button  # type: ignore[attr-defined]
        self.prompt = box

        def answered(_result: int) -> None:
            restore = box.clickedButton() is restore_button
            self.prompt = None
            box.deleteLater()
            if restore:
                self.restore(session)
            if not restore or self._last is not None:  # restored: this run's copy holds it
                recovery.discard(copy)
            self.checked.emit(restore)

        box.finished.connect(answered)
        box.open()

    def restore(self, session: Session) -> None:
        """Show a recovered session: unsaved (in no file of hers yet) and copied at once."""
        from endoaid.ui.clinician.tools import show_session

        show_session(self.window, session, saved=False)
        self.save_now()

    def _names_unknown_content(self, session: Session) -> bool:
        from endoaid.ui.clinician.tools import unknown_content

        return unknown_content(self.window, session) is not None

    @staticmethod
    def _now() -> dt.datetime:
        return dt.datetime.now().astimezone()


def start_autosave(window: ConsultationWindow) -> AutoSaver:
    """Give a clinician-mode window its AutoSaver in the user's data folder."""
    from endoaid.user_folders import recovery_dir

    saver = AutoSaver(window, recovery_dir())
    window.autosave = saver
    return saver
