"""Chooses the language, loads Qt translators, and writes dates, money and numbers per locale.

QtCore is imported inside the functions, so the content layer and the CLI can import this module
without loading Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from endoaid.errors import UserError
from endoaid.languages import SOURCE, from_system, language, language_ids
from endoaid.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

DEFAULT = SOURCE
OUR_CATALOGUE = "endoaid_{lang}.qm"
QT_CATALOGUE = "qtbase_{lang}"

_installed: list[QTranslator] = []


class UnsupportedLanguage(UserError):
    """A language was asked for that endoaid does not speak."""


class TranslationMissing(UserError):
    """A shipped translation file is missing or unreadable: the installation is incomplete."""


def supported() -> tuple[str, ...]:
    """Return the languages endoaid speaks (translations/languages.toml), English first."""
    return language_ids()


def normalise_language(name: str) -> str | None:
    """Return the language of a locale name such as 'en_GB', 'zh-Hans-CN' or 'zh'; else None."""
    return from_system(name)


def resolve_language(cli_lang: str | None, system_locale: str | None = None) -> str:
    """Return the session language: --lang if given, else the system locale's, else English.

    `system_locale` (a name like 'zh_CN') is for tests; by default QLocale.system() is asked.
    """
    if cli_lang:
        lang = normalise_language(cli_lang)
        if lang is None:
            choices = " or ".join(supported())
            raise UnsupportedLanguage(
                f"endoaid has no '{cli_lang}' language; please choose {choices}."
            )
        return lang
    if system_locale is None:
        from PySide6.QtCore import QLocale

        system_locale = QLocale.system().name()
    return normalise_language(system_locale) or DEFAULT


def locale_for(lang: str) -> QLocale:
    """Return the QLocale that writes a session language (its `locale` in languages.toml)."""
    from PySide6.QtCore import QLocale

    return QLocale(language(lang).locale)


def install_translators(app: Any, lang: str) -> list[QTranslator]:
    """Load the translators for a language into the app, replacing those of the last language.

    Installing sends every widget a LanguageChange event; the main window re-translates itself
    when its state changes language (MainWindow.set_language does both).
    English gets only endoaid_en.qm, the plural forms of "%n tablet(s)": the other source strings
    are English. Qt's own strings (buttons of standard dialogs) come from qtbase_<lang>.qm when
    Qt ships it.
    """
    from PySide6.QtCore import QLocale, QTranslator

    if lang not in supported():
        raise UnsupportedLanguage(f"endoaid has no '{lang}' language.")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    ours = QTranslator()  # owned by _installed, freed once removed
    path = resource_path("translations", OUR_CATALOGUE.format(lang=lang))
    if not ours.load(str(path)):
        raise TranslationMissing(
            f"The {lang} translation file {path.name} is missing; please reinstall endoaid."
        )
    loaded = [ours]
    if lang == DEFAULT:
        # English is the source language: its catalogue holds only plural forms ("1 tablet")
        app.installTranslator(ours)
        _installed.append(ours)
        return [ours]
    from PySide6.QtCore import QLibraryInfo  # (English, at start-up, does without it)

    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QT_CATALOGUE.format(lang=lang), qt_folder):
        loaded.append(qt_own)
    for translator in loaded:
        app.installTranslator(translator)
    _installed.extend(loaded)
    return list(loaded)


@functools.cache
def _catalogue(lang: str) -> QTranslator | None:
    """Return the language's own catalogue, loaded apart from the installed ones (or None)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(str(resource_path("translations", OUR_CATALOGUE.format(lang=lang)))):
        return translator
    return None


def catalogue_text(lang: str, context: str, source: str) -> str:
    """Return `source` (an English source text of `context`) in `lang`, from its catalogue.

    Whichever language the window shows: the PDF and the charts of a session are written in
    the session's language. A text the catalogue lacks stays in English.
    """
    translator = None if lang == DEFAULT else _catalogue(lang)
    found = translator.translate(context, source) if translator is not None else ""
    return found or source


def use_catalogue_words() -> None:
    """Let the charts and the report (which cannot import Qt's catalogues) find their words."""
    from endoaid.catalogue import use_lookup

    use_lookup(catalogue_text)


def installed_translators() -> list[QTranslator]:
    """Return the translators this module has installed and not yet removed."""
    return list(_installed)


def format_date(date: dt.date, lang: str) -> str:
    """Return a date as a person reads it: '27 Nov 2026' in English, '2026年11月27日' in Chinese."""
    from PySide6.QtCore import QDate

    qdate = QDate(date.year, date.month, date.day)
    return locale_for(lang).toString(qdate, language(lang).date_format)


def _group_digits(digits: str, separator: str, size: int = 3) -> str:
    groups = []
    while len(digits) > size:
        groups.insert(0, digits[-size:])
        digits = digits[:-size]
    groups.insert(0, digits)
    return separator.join(groups)


def format_number(value: Decimal | int, lang: str, places: int = 0) -> str:
    """Return a number with the language's grouping and decimal point, rounded half up.

    Decimal arithmetic throughout: no float ever touches an amount.
    """
    locale = locale_for(lang)
    exponent = Decimal(1).scaleb(-places)
    amount = Decimal(value).quantize(exponent, rounding=ROUND_HALF_UP)
    sign = locale.negativeSign() if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    text = _group_digits(whole, locale.groupSeparator())
    if places > 0:
        text += locale.decimalPoint() + fraction
    return sign + text


def currency_symbol(currency: str, lang: str) -> str:
    """Return how a language writes a currency code: '£' for GBP, '¥' for CNY in Chinese."""
    from endoaid.catalogue import CURRENCY_SYMBOLS

    code = currency.upper()
    english = CURRENCY_SYMBOLS.get(code)
    return catalogue_text(lang, "ChartWords", english) if english else f"{code}\u00a0"


def format_money(amount: Decimal, currency: str, lang: str) -> str:
    """Return an amount of money in pounds and pence (or yuan and fen): '£4,001.13', '¥1,234.00'."""
    text = format_number(amount, lang, places=2)
    negative = locale_for(lang).negativeSign()
    sign = ""
    if text.startswith(negative):
        sign, text = negative, text[len(negative) :]
    return f"{sign}{currency_symbol(currency, lang)}{text}"
