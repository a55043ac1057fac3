"""Where endoaid keeps its own files: the checked content pack (Qt's cache folder), the
recovery copies of unsaved consultations and a clinic's price books (the user's data folder).

Kept apart from the content layer, which is plain Python and is handed the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

NO_CACHE = "ENDOAID_NO_CACHE"
"""Set (to anything) to load the content pack from its files every time, keeping nothing."""


def content_cache_dir() -> Path | None:
    """Return the folder for the kept content pack, or None when nothing should be kept."""
    if os.environ.get(NO_CACHE):
        return None
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base) / "endoaid" / "content" if base else None


def _data_dir() -> Path:
    """Return endoaid's folder in the user's data location (~/.local/share/endoaid on Linux).

    GenericDataLocation and 'endoaid', not AppDataLocation, which would repeat the name
    (organisation and application are both 'endoaid').
    """
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return (Path(base) if base else Path.home()) / "endoaid"


def recovery_dir() -> Path:
    """Return the folder for recovery copies of unsaved consultations."""
    return _data_dir() / "recovery"


def price_books_dir() -> Path:
    """Return the folder a clinic's price books are saved in by default."""
    return _data_dir() / "price-books"
