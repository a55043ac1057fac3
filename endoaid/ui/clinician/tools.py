"""Clinician tools: sessions, price books (load or enter), the note for the record.

Each tool has a dialog-free core (`*_file`) that the menus call after their file dialog, and
that tests call directly. A file that cannot be used shows one line and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from endoaid.consultation import (
    PriceBookError,
    Session,
    SessionError,
    load_price_book_file,
    load_session,
    save_session,
)
from endoaid.errors import UserError
from endoaid.ui.clinician.file_dialogs import file_dialog
from endoaid.ui.common import settings
from endoaid.ui.common.error_words import error_text

if TYPE_CHECKING:
    from endoaid.ui.clinician.pricebook_editor import PriceBookEditor
    from endoaid.ui.clinician.window import ConsultationWindow

SESSION_SUFFIX = ".endoaid.json"


def open_session_file(window: ConsultationWindow, path: Path) -> bool:
    """Open a saved session; on a bad file show the reason and keep the current session."""
    try:
        session = load_session(path)
    except (SessionError, UserError) as exc:
        window.show_problem(
            QCoreApplication.translate("MainWindow", "This session cannot be opened"),
            error_text(exc),
        )
        return False
    unknown = unknown_content(window, session)
    if unknown:
        window.show_problem(
            QCoreApplication.translate("MainWindow", "This session cannot be opened"),
            QCoreApplication.translate(
                "MainWindow", "It refers to '{0}', which this content version does not have."
            ).format(unknown),
        )
        return False
    show_session(window, session)
    if not window.kiosk:
        settings.remember_recent(str(path.absolute()))
    return True


def show_session(window: ConsultationWindow, session: Session, *, saved: bool = True) -> None:
    """Make `session` the window's consultation and show its first page, in its language."""
    before = window.state.lang
    window.state.replace_session(session, saved=saved)
    if window.state.lang != before:  # the interface follows: not her content under other words
        window.set_language(window.state.lang)
    window.go_to(0)


def unknown_content(window: ConsultationWindow, session: Session) -> str | None:
    """Return the first decision or option id of the session the pack does not know."""
    pack = window.state.pack
    if session.decision_id is not None and session.decision_id not in pack.decisions:
        return session.decision_id
    for ref in session.options:
        for part in ref.split("+"):
            if part not in pack.options:
                return ref
    return None


def save_session_file(window: ConsultationWindow, path: Path) -> bool:
    """Save the session; on failure show the reason."""
    if not path.name.endswith(SESSION_SUFFIX):
        path = path.with_name(path.name.removesuffix(".json") + SESSION_SUFFIX)
    try:
        save_session(window.state.session, path)
    except (SessionError, UserError) as exc:
        window.show_problem(
            QCoreApplication.translate("MainWindow", "The session was not saved"), error_text(exc)
        )
        return False
    window.state.mark_saved()
    settings.remember_recent(str(path.absolute()))
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Saved: {0}").format(str(path)), 5000
    )
    return True


def load_price_book_path(window: ConsultationWindow, path: Path, *, remember: bool = True) -> bool:
    """Load a local price book, choose it, and remember it for next time."""
    try:
        book = load_price_book_file(path)
    except (PriceBookError, UserError) as exc:
        window.show_problem(
            QCoreApplication.translate("MainWindow", "This price book cannot be used"),
            error_text(exc),
        )
        return False
    window.state.add_price_book(book)
    if remember and not window.kiosk:
        settings.remember_price_book(str(path))
    return True


def load_remembered_price_books(window: ConsultationWindow) -> None:
    """Load the price books remembered from earlier runs; forget those that no longer load."""
    for path in settings.remembered_price_books():
        try:
            book = load_price_book_file(Path(path))
        except (PriceBookError, UserError, OSError):
            settings.forget_price_book(path)
            continue
        window.state.price_books[book.id] = book


def copy_note(window: ConsultationWindow) -> str:
    """Put the note for the record on the clipboard and return it."""
    from endoaid.ui.common.record_note import record_note

    text = record_note(window.state)
    QGuiApplication.clipboard().setText(text)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "The note is on the clipboard."), 5000
    )
    return text


def _session_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "endoaid sessions (*.endoaid.json);;JSON files (*.json)"
    )


def ask_open_session(window: ConsultationWindow) -> None:
    """File dialog, then open_session_file (after offering to save unsaved entries)."""
    question = QCoreApplication.translate(
        "MainWindow", "Save this patient's entries before opening another session?"
    )
    if not window.may_leave_unsaved(question):
        return
    name, _f = file_dialog().getOpenFileName(
        window, QCoreApplication.translate("MainWindow", "Open a session"), "", _session_filter()
    )
    if name:
        open_session_file(window, Path(name))


def ask_save_session(window: ConsultationWindow) -> bool:
    """File dialog, then save_session_file; return True when saved."""
    name, _f = file_dialog().getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save the session"),
        "session" + SESSION_SUFFIX,
        _session_filter(),
    )
    return bool(name) and save_session_file(window, Path(name))


def ask_price_book(window: ConsultationWindow) -> None:
    """File dialog, then load_price_book_path."""
    name, _f = file_dialog().getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Load a price book"),
        "",
        QCoreApplication.translate("MainWindow", "Price books (*.toml *.json)"),
    )
    if name:
        load_price_book_path(window, Path(name))


def edit_prices(window: ConsultationWindow) -> PriceBookEditor | None:
    """Open the price editor (never in kiosk mode); a saved book is chosen and remembered."""
    if window.kiosk:
        return None
    from PySide6.QtCore import Qt  # here: touching Qt's namespace costs the first window time

    from endoaid.ui.clinician.pricebook_editor import PriceBookEditor

    dialog = PriceBookEditor(window.state, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _use_saved_book(window, dialog))
    dialog.open()
    return dialog


def _use_saved_book(window: ConsultationWindow, dialog: PriceBookEditor) -> None:
    if dialog.saved_book is None or dialog.saved_path is None:
        return
    window.state.add_price_book(dialog.saved_book)
    settings.remember_price_book(str(dialog.saved_path))
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Prices saved: {0}").format(
            str(dialog.saved_path)
        ),
        5000,
    )
