"""The shipped Chinese font: registered in Qt and matplotlib, chosen explicitly, cheap to import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from endoaid import fonts


def test_importing_fonts_and_i18n_loads_neither_qt_nor_matplotlib() -> None:
    """Importing endoaid.fonts and endoaid.i18n costs nothing: Qt and matplotlib stay unloaded."""
    code = (
        "import sys, endoaid.fonts, endoaid.i18n;"
        "print(sorted(m for m in ('PySide6', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_registered_family_is_known_to_qt_with_regular_and_bold(cjk_family: str) -> None:
    """After registration Qt lists the family, with a real Bold face beside the Regular."""
    assert cjk_family in QFontDatabase.families()
    styles = QFontDatabase.styles(cjk_family)
    assert "Regular" in styles
    assert "Bold" in styles


def test_registering_twice_adds_no_second_copy(cjk_family: str) -> None:
    """Calling register_qt_fonts again returns the same family and keeps one family entry."""
    again = fonts.register_qt_fonts()
    assert again == cjk_family
    assert QFontDatabase.families().count(cjk_family) == 1


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_ui_font_resolves_to_the_shipped_family_not_a_japanese_face(
    cjk_family: str, lang: str
) -> None:
    """A QFont with ui_font_family resolves to the shipped font, never a JP fallback."""
    info = QFontInfo(QFont(fonts.ui_font_family(lang)))
    assert info.family() == cjk_family
    assert "JP" not in info.family()


def test_chinese_glyphs_come_from_the_shipped_font(cjk_family: str) -> None:
    """The raw font Qt uses for Chinese text is the shipped one and has the glyphs."""
    raw = QRawFont.fromFont(QFont(cjk_family))
    assert raw.familyName() == cjk_family
    assert all(raw.supportsCharacter(ord(c)) for c in "卵巢切除他莫昔芬来曲唑")


def test_apply_ui_font_sets_the_application_font(clean_language: object) -> None:
    """apply_ui_font makes the shipped family the application's default family."""
    from PySide6.QtWidgets import QApplication

    before = QApplication.font()
    try:
        fonts.apply_ui_font(clean_language, "zh_CN", point_size=13)
        assert QApplication.font().family() == fonts.FAMILY
        assert QApplication.font().pointSizeF() == 13
    finally:
        QApplication.setFont(before)


def test_matplotlib_knows_the_family_after_registration() -> None:
    """register_matplotlib_fonts returns a family matplotlib resolves to the shipped file."""
    from matplotlib import font_manager

    family = fonts.register_matplotlib_fonts()
    assert family == fonts.FAMILY
    found = font_manager.findfont(
        font_manager.FontProperties(family=family), fallback_to_default=False
    )
    assert found.endswith("EndoaidSansSC-Regular.otf")
    bold = font_manager.findfont(
        font_manager.FontProperties(family=family, weight="bold"), fallback_to_default=False
    )
    assert bold.endswith("EndoaidSansSC-Bold.otf")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_chart_font_family_is_one_registered_family(lang: str) -> None:
    """Each language's charts name one family, the shipped one, which has Latin and Chinese."""
    assert fonts.chart_font_family(lang) == fonts.FAMILY


def test_missing_font_file_is_one_clear_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken installation without the font says so in a sentence, not a traceback."""
    monkeypatch.setattr(fonts, "FONT_FILES", ("Nowhere-Regular.otf",))
    monkeypatch.setattr(fonts, "_registered_in_matplotlib", [])
    with pytest.raises(fonts.FontMissing, match=r"Nowhere-Regular\.otf is missing; please"):
        fonts.register_matplotlib_fonts()
