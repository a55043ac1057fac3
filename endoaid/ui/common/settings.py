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
