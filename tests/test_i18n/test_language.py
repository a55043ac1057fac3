"""Which language a session starts in, and Qt's translators switching at runtime."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from endoaid import i18n


@pytest.mark.parametrize(
    ("cli", "system", "expected"),
    [
        ("zh_CN", "en_GB", "zh_CN"),
        ("zh-CN", "en_US", "zh_CN"),
        ("en", "zh_CN", "en"),
        ("en_US", "zh_CN", "en"),
        (None, "zh_CN", "zh_CN"),
        (None, "zh_SG", "zh_CN"),
        (None, "en_AU", "en"),
        (None, "de_DE", "en"),
        (None, "C", "en"),
        ("", "zh_CN.UTF-8", "zh_CN"),
    ],
)
def test_language_comes_from_lang_then_system_then_english(
    cli: str | None, system: str, expected: str
) -> None:
    """--lang wins; without it the system locale decides; anything else falls back to English."""
    assert i18n.resolve_language(cli, system_locale=system) == expected


def test_system_locale_is_asked_when_no_lang_is_given(qapp: QApplication) -> None:
    """Without --lang the answer follows QLocale.system() and is always a supported language."""
    expected = "zh_CN" if QLocale.system().name().startswith("zh") else "en"
    assert i18n.resolve_language(None) == expected


def test_unknown_lang_is_one_sentence_naming_the_choices() -> None:
    """--lang fr is refused with a sentence that names the languages endoaid has."""
    with pytest.raises(i18n.UnsupportedLanguage) as caught:
        i18n.resolve_language("fr")
    assert str(caught.value) == "endoaid has no 'fr' language; please choose en or zh_CN."


def test_chinese_loads_ours_and_qts_own_translations(clean_language: QApplication) -> None:
    """zh_CN installs endoaid's catalogue and Qt's, so standard buttons read 取消 and 保存."""
    installed = i18n.install_translators(clean_language, "zh_CN")
    assert len(installed) == 2
    assert {t.language() for t in installed} == {"zh_CN"}
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "保存"
    assert QLocale().name() == "zh_CN"


def test_switching_back_to_english_removes_the_chinese_translators(
    clean_language: QApplication,
) -> None:
    """After zh_CN then en, only English plural forms remain and the locale is British English."""
    i18n.install_translators(clean_language, "zh_CN")
    installed = i18n.install_translators(clean_language, "en")
    assert [t.language() for t in installed] == ["en"]
    assert i18n.installed_translators() == installed
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MainWindow", "Next ›") == "Next ›"
    assert QLocale().name() == "en_GB"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("en", 1, "1 tablet"),
        ("en", 2, "2 tablets"),
        ("en", 0, "0 clinic visits"),
        ("zh_CN", 1, "服药1片"),
        ("zh_CN", 30, "服药30片"),
    ],
)
def test_counts_take_the_plural_form_of_the_language(
    clean_language: QApplication, lang: str, count: int, expected: str
) -> None:
    """'%n tablet(s)' reads '1 tablet', '2 tablets' in English and "服药1片" in Chinese.

    Asked of the catalogue itself: the window's English fallback would hide a missing en .qm.
    """
    i18n.install_translators(clean_language, lang)
    source = "%n clinic visit(s)" if "visit" in expected else "%n tablet(s)"
    assert QCoreApplication.translate("Formatting", source, None, count) == expected


def test_switching_many_times_keeps_one_set_of_translators(clean_language: QApplication) -> None:
    """Switching back and forth never piles up translators."""
    for lang in ("zh_CN", "en", "zh_CN", "zh_CN"):
        i18n.install_translators(clean_language, lang)
    assert len(i18n.installed_translators()) == 2


class _Listener(QWidget):
    """A window that counts the LanguageChange events it would re-translate itself on."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def test_open_window_is_told_to_retranslate(clean_language: QApplication, qtbot: object) -> None:
    """Installing zh_CN at runtime sends the open window a LanguageChange event."""
    window = _Listener()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    i18n.install_translators(clean_language, "zh_CN")
    QCoreApplication.sendPostedEvents()
    assert window.changes >= 1


def test_unknown_language_for_translators_is_refused(clean_language: QApplication) -> None:
    """install_translators refuses a language endoaid does not ship."""
    with pytest.raises(i18n.UnsupportedLanguage):
        i18n.install_translators(clean_language, "fr")
