"""What the app remembers between runs (clinician mode only): window size and loaded price books."""

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
