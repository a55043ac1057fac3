"""The languages endoaid speaks, read from resources/translations/languages.toml (plain Python).

A language is data: its table in that file (name, locale, date format, the gap between two
sentences), its Qt catalogue beside it, and its texts in the content pack. Nothing in the code
names a language but English, the source language that every text falls back to.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from endoaid.resources import resource_path

SOURCE = "en"
"""English: the language the code's strings are written in, and every fallback."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language: how it names itself, writes dates and numbers, and joins sentences."""

    id: str
    name: str
    locale: str
    system: tuple[str, ...]
    date_format: str
    word_gap: str


class LanguagesFileError(ValueError):
    """languages.toml is missing a field or gives one of the wrong kind."""


def _language(lang: str, table: object) -> Language:
    if not isinstance(table, dict):
        raise LanguagesFileError(f"languages.toml: [{lang}] must be a table.")
    fields = {"name": str, "locale": str, "date_format": str, "word_gap": str, "system": list}
    for key, kind in fields.items():
        if not isinstance(table.get(key), kind):
            raise LanguagesFileError(f"languages.toml: [{lang}] needs '{key}' ({kind.__name__}).")
    return Language(
        id=lang,
        name=table["name"],
        locale=table["locale"],
        system=tuple(str(code).lower() for code in table["system"]),
        date_format=table["date_format"],
        word_gap=table["word_gap"],
    )


@functools.cache
def all_languages() -> dict[str, Language]:
    """Return {id: Language} in the file's order; English first."""
    with resource_path("translations", "languages.toml").open("rb") as file:
        tables = tomllib.load(file)
    languages = {lang: _language(lang, table) for lang, table in tables.items()}
    if next(iter(languages), None) != SOURCE:
        raise LanguagesFileError("languages.toml: English ([en]) must be the first table.")
    return languages


def language_ids() -> tuple[str, ...]:
    """Return the ids of every language, English first: ('en', 'zh_CN', …)."""
    return tuple(all_languages())


def language(lang: str) -> Language:
    """Return a language by id, or English for an id the file does not have."""
    languages = all_languages()
    return languages.get(lang) or languages[SOURCE]


def word_gap(lang: str) -> str:
    """Return what joins two sentences in `lang`: a space, or nothing (Chinese)."""
    return language(lang).word_gap


def from_system(name: str) -> str | None:
    """Return the language a locale name chooses ('en_GB', 'zh-Hans-CN', 'zh' …), or None.

    An exact id wins ('zh_CN'); otherwise the locale's language part is looked up in each
    language's `system` list.
    """
    cleaned = name.strip().replace("-", "_").split(".")[0]
    languages = all_languages()
    for lang in languages:
        if lang.lower() == cleaned.lower():
            return lang
    part = cleaned.split("_")[0].lower()
    return next((lang for lang, info in languages.items() if part in info.system), None)
