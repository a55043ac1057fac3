"""Fixtures for the language tests: the shipped font registered in Qt, translators undone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from endoaid import i18n
from endoaid.fonts import register_qt_fonts


@pytest.fixture
def cjk_family(qapp: QApplication) -> str:
    """The shipped CJK family, registered in Qt's font database."""
    return register_qt_fonts()


@pytest.fixture
def clean_language(qapp: QApplication) -> Iterator[QApplication]:
    """The app, put back to English and the previous default locale afterwards."""
    before = QLocale()
    yield qapp
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)
