"""The Qt application itself: made once with endoaid's names, its stylesheet and its font.

Below the window and the kiosk shell, so both can make or restyle the application without
importing the start-up code that makes them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from endoaid.resources import resource_path
from endoaid.ui.common.theme_contrast import CLINICIAN_POINT_SIZE as BODY_POINT_SIZE
from endoaid.ui.common.theme_contrast import KIOSK_POINT_SIZE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def load_stylesheet(kiosk: bool = False) -> str:
    """Return the app's stylesheet (empty when the file is missing)."""
    path = resource_path("styles", "endoaid.qss")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    return text


def apply_font(app: QApplication, lang: str, *, kiosk: bool = False) -> None:
    """Use the shipped font family for `lang` at a readable size (larger in kiosk mode)."""
    from endoaid.fonts import FontMissing, apply_ui_font

    size = KIOSK_POINT_SIZE if kiosk else BODY_POINT_SIZE
    try:
        apply_ui_font(app, lang, size)
    except FontMissing:  # the system font still shows English; log it and carry on
        import logging

        logging.getLogger("endoaid").warning("the shipped font is missing", exc_info=True)
        font = app.font()
        font.setPointSize(size)
        app.setFont(font)


def make_application() -> QApplication:
    """Return the running QApplication, creating it with endoaid's names when needed."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("endoaid")
    app.setApplicationName("endoaid")
    return app  # type: ignore[return-value]
