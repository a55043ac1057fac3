"""Registers the shipped Chinese font with Qt and matplotlib, so no system font is ever needed.

The app, the PDF and the charts use one family, "endoaid Sans SC" (a GB2312 subset of Noto Sans
CJK SC with Latin, see resources/fonts/README.md), in both languages:

- Chinese text extracts exactly from Qt's PDFs with it (the full Noto CJK gives radicals);
- setting the family explicitly means Qt never falls back to a Japanese CJK face;
- English and Chinese pages, charts and PDFs look the same on every machine, CI included;
- each chart SVG names a single family that both matplotlib and QtSvg know.

Qt and matplotlib are imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from endoaid.errors import UserError
from endoaid.resources import resource_path

FAMILY = "endoaid Sans SC"
FONT_FILES = ("EndoaidSansSC-Regular.otf", "EndoaidSansSC-Bold.otf")

_registered_in_qt: list[int] = []
_registered_in_matplotlib: list[Path] = []


class FontMissing(UserError):
    """A shipped font file is missing or unreadable: the installation is incomplete."""


def font_files() -> list[Path]:
    """Return the shipped font files (Regular, then Bold)."""
    return [resource_path("fonts", name) for name in FONT_FILES]


def _existing_font_files() -> list[Path]:
    files = font_files()
    for path in files:
        if not path.is_file():
            raise FontMissing(f"The font file {path.name} is missing; please reinstall endoaid.")
    return files


def register_qt_fonts() -> str:
    """Add the shipped fonts to Qt's font database (once) and return their family name.

    Call it after the QGuiApplication/QApplication exists.
    """
    from PySide6.QtGui import QFontDatabase

    if not _registered_in_qt:
        for path in _existing_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise FontMissing(f"The font file {path.name} cannot be read; please reinstall.")
            _registered_in_qt.append(font_id)
    return FAMILY


def ui_font_family(lang: str) -> str:
    """Return the font family for the interface in a language ('en' or 'zh_CN').

    Both languages use the shipped family: it has Latin as well as Chinese.
    """
    del lang  # One family for both languages, see the module docstring.
    return FAMILY


def apply_ui_font(app: object, lang: str, point_size: float | None = None) -> None:
    """Register the fonts and make the language's family the application's default font."""
    from PySide6.QtGui import QFont, QGuiApplication

    register_qt_fonts()
    font = QFont(QGuiApplication.font())
    font.setFamilies([ui_font_family(lang)])
    if point_size is not None:
        font.setPointSizeF(point_size)
    app.setFont(font)  # type: ignore[attr-defined]


def register_matplotlib_fonts() -> str:
    """Add the shipped fonts to matplotlib's font manager (once) and return their family name."""
    from matplotlib import font_manager

    if not _registered_in_matplotlib:
        for path in _existing_font_files():
            font_manager.fontManager.addfont(str(path))
            _registered_in_matplotlib.append(path)
    name = font_manager.FontProperties(fname=str(_registered_in_matplotlib[0])).get_name()
    return str(name)


def chart_font_family(lang: str) -> str:
    """Return the single font family a chart SVG uses in a language ('en' or 'zh_CN').

    Registers the fonts with matplotlib first; the same family must be registered in Qt
    (register_qt_fonts) before QtSvg draws the SVG.
    """
    del lang  # One family for both languages, see the module docstring.
    return register_matplotlib_fonts()
