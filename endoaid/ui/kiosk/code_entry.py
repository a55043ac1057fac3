"""'I have a code from my clinic': the code typed on a touch keypad opens her session, read-only.

The code is tried on the files of the kiosk's inbox (endoaid.consultation.handoff); the file
it opens is deleted at once, and nothing of the session is written anywhere. A wrong code says
so in one line; after 5 wrong codes in a minute the kiosk waits a minute. Her details as the
clinic entered them cannot be changed here ("Finish and clear" or idle wipes them as usual).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from endoaid.consultation import SessionError, handoff
from endoaid.consultation.session import parse_session
from endoaid.ui.kiosk.overlay import WindowOverlay, cancel_and_go_on, keypad

LOCKED_PAGES = ("profile", "options")
"""The pages whose fields the clinic filled in: shown, not editable, for an opened session."""
BACKSPACE = "⌫"


class CodeEntry(WindowOverlay):
    """Covers the window with a code field and a keypad of the code's 25 letters and digits."""

    opened = Signal()

    def __init__(self, window: QWidget, inbox: Path) -> None:
        super().__init__(window, "codeEntry")
        self.window_ = window
        self.inbox = inbox
        self.throttle = handoff.Throttle()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeField")
        self.code_edit.setMaxLength(7)
        self.code_edit.setFixedWidth(320)
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_edit.returnPressed.connect(self.submit)
        layout.addWidget(self.code_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        pad_box, self.keys = keypad([*handoff.ALPHABET, BACKSPACE], 7, self._key)
        layout.addWidget(pad_box, 0, Qt.AlignmentFlag.AlignHCenter)
        row, self.open_button, self.cancel_button = cancel_and_go_on(self.submit, self.cancel)
        layout.addLayout(row)
        layout.addStretch(1)
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._show_wait)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Enter the code from your clinic"))
        self.code_edit.setAccessibleName(self.tr("Code from your clinic"))
        self.code_edit.setAccessibleDescription(self.tr("6 letters and digits, as on your slip"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open my session with this code"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back to the guide"))
        for button in self.keys:
            key = button.text()
            name = self.tr("Delete the last character") if key == BACKSPACE else key
            button.setAccessibleName(name)
        self.setAccessibleName(self.tr("Enter the code from your clinic"))

    def ask(self) -> None:
        """Cover the window and wait for the code."""
        self.code_edit.setText("")
        self.message.setText("")
        self._show_wait()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _key(self, key: str) -> None:
        text = self.code_edit.text()
        self.code_edit.setText(text[:-1] if key == BACKSPACE else (text + key)[:7])

    def _show_wait(self) -> bool:
        """Say how long to wait after too many wrong codes; return True while waiting."""
        left = self.throttle.seconds_left()
        waiting = left > 0
        if waiting:
            self.message.setText(
                self.tr("Too many wrong codes. Please wait {0} seconds.").format(left)
            )
            self.wait_timer.start()
        elif self.wait_timer.isActive():
            self.wait_timer.stop()
            self.message.setText("")
        self.open_button.setEnabled(not waiting)
        return waiting

    def submit(self) -> bool:
        """Try the code; open her session and return True when it is right."""
        if self._show_wait():
            return False
        text = self.code_edit.text()
        self.code_edit.setText("")  # (also drops the undo history that held it)
        if handoff.normalise_code(text) is None:
            self.message.setText(self.tr("A code has 6 letters and digits. Please try again."))
            return False
        try:
            payload = handoff.receive(self.inbox, text)
            session = parse_session(payload, "handoff")
        except (handoff.HandoffError, SessionError):
            self.throttle.failed()
            if not self._show_wait():
                self.message.setText(
                    self.tr(
                        "No session has this code. Please check it, or ask the clinic for a "
                        "new one."
                    )
                )
            return False
        self.throttle.reset()
        if not _known_content(self.window_.state.pack, session):
            self.message.setText(
                self.tr(
                    "This session was made with other content than this kiosk has. Please ask "
                    "the clinic."
                )
            )
            return False
        self.message.setText("")
        self.hide()
        show_opened_session(self.window_, session)
        self.opened.emit()
        return True

    def cancel(self) -> None:
        self.code_edit.setText("")
        self.message.setText("")
        self.hide()

    def tab_cycle(self) -> list[QWidget]:
        return [self.code_edit, self.cancel_button, self.open_button]


def _known_content(pack, session) -> bool:
    """Return True when the pack has the session's decision and every option it compares."""
    if session.decision_id is not None and session.decision_id not in pack.decisions:
        return False
    return all(part in pack.options for ref in session.options for part in ref.split("+"))


def show_opened_session(window, session) -> None:
    """Show a session opened by its code: her language, read-only details, the first step."""
    state = window.state
    before = state.lang
    state.replace_session(session, saved=True)
    state.read_only = True
    if state.lang != before:
        window.set_language(state.lang)
    apply_read_only(window)
    window.go_to_page("charts" if session.sure_before else "sure_before")


def apply_read_only(window) -> None:
    """Lock or unlock the fields the clinic filled in, on the pages built so far."""
    locked = bool(window.state.read_only)
    for page in window.built_pages():
        if page.page_id in LOCKED_PAGES:
            page.body.setEnabled(not locked)
            note = page.findChild(QLabel, "readOnlyNote")
            if note is None and locked:
                note = QLabel()
                note.setObjectName("readOnlyNote")
                note.setWordWrap(True)
                note.setContentsMargins(24, 0, 24, 0)
                page.layout().insertWidget(1, note)
            if note is not None:
                note.setText(
                    QCoreApplication.translate(
                        "CodeEntry",
                        "Your clinic filled these in for you. To change them, please ask the "
                        "clinic.",
                    )
                )
                note.setVisible(locked)
        if page.page_id == "welcome":
            page.decision_box.setEnabled(not locked)


def start_inbox(window, config) -> CodeEntry | None:
    """Set up the kiosk's inbox and record: expired files deleted, the code button shown,
    the record database handed to the consultation. Return the code screen (None: no inbox)."""
    if config.audit_database is not None:
        window.state.audit_path = Path(config.audit_database)
    if config.inbox_folder is None:
        return None
    inbox = Path(config.inbox_folder)
    handoff.sweep(inbox)  # expired or damaged files found at start
    entry = CodeEntry(window, inbox)
    welcome = window.page("welcome")
    welcome.code_button.setVisible(True)
    welcome.code_requested.connect(entry.ask)
    return entry
