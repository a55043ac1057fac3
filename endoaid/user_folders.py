"""Where endoaid keeps its own files: the checked content pack (Qt's cache folder) and the
recovery copies of unsaved consultations (the user's data folder).

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


def recovery_dir() -> Path | None:
    """Return the folder for recovery copies of unsaved consultations, or None if there is none."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery" if base else None
