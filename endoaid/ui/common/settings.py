"""What the app remembers between runs (clinician mode only): window size, loaded price books,
and the text size and contrast chosen in the View menu."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "endoaid"
APPLICATION = "endoaid"


def app_settings() -> QSettings:
    """Return endoaid's settings store (an INI file in the user's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def remembered_price_books() -> list[str]:
    """Return the paths of price books loaded before, oldest first."""
    value = app_settings().value("price_books/paths", [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in (value or [])]


def remember_price_book(path: str) -> None:
    """Add a loaded price book's path to the remembered ones."""
    paths = [p for p in remembered_price_books() if p != path]
    paths.append(path)
    app_settings().setValue("price_books/paths", paths)


def forget_price_book(path: str) -> None:
    """Drop a price book that can no longer be loaded."""
    app_settings().setValue("price_books/paths", [p for p in remembered_price_books() if p != path])


def remembered_look() -> tuple[str, bool]:
    """Return the text size (A, A+, A++) and high contrast chosen before (A, off at first)."""
    store = app_settings()
    size = str(store.value("view/text_size", "A"))
    contrast = str(store.value("view/high_contrast", "false")).lower() in ("true", "1")
    return (size if size in ("A", "A+", "A++") else "A"), contrast


def remember_look(text_size: str, high_contrast: bool) -> None:
    """Keep the View menu's text size and contrast for the next start."""
    store = app_settings()
    store.setValue("view/text_size", text_size)
    store.setValue("view/high_contrast", "true" if high_contrast else "false")


# --- the clinic's loop (clinician mode) ----------------------------------------------------

RECENT_MAX = 8


def _text(key: str) -> str | None:
    value = app_settings().value(key, "")
    return str(value) if value else None


def kiosk_inbox() -> str | None:
    """Return the kiosk's inbox folder sessions are sent to, or None until one is chosen."""
    return _text("clinic/kiosk_inbox")


def handoff_hours() -> float:
    """Return how many hours a code sent to the kiosk works (24 unless set)."""
    try:
        hours = float(app_settings().value("clinic/handoff_hours", 24))
    except (TypeError, ValueError):
        return 24.0
    return hours if 0 < hours <= 24 * 14 else 24.0


def audit_database() -> str | None:
    """Return the clinic's anonymous record database, or None: no record is asked for."""
    return _text("clinic/audit_database")


def set_clinic_loop(inbox: str | None, hours: float, database: str | None) -> None:
    """Keep the kiosk inbox, the hours a code works and the record database (None: unset)."""
    store = app_settings()
    store.setValue("clinic/kiosk_inbox", inbox or "")
    store.setValue("clinic/handoff_hours", hours)
    store.setValue("clinic/audit_database", database or "")


def recent_sessions() -> list[str]:
    """Return the session files opened or saved lately, newest first (at most RECENT_MAX)."""
    value = app_settings().value("sessions/recent", [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in (value or [])][:RECENT_MAX]


def remember_recent(path: str) -> None:
    """Put a session file at the top of the recent ones."""
    paths = [path, *(p for p in recent_sessions() if p != path)][:RECENT_MAX]
    app_settings().setValue("sessions/recent", paths)


def forget_recent(path: str) -> None:
    """Drop a session file from the recent ones."""
    app_settings().setValue("sessions/recent", [p for p in recent_sessions() if p != path])
