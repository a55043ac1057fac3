"""Where words that cannot import Qt find their translation: one injected lookup, plain Python.

The charts and the report mark their English source texts with QT_TRANSLATE_NOOP, so Qt's
lupdate files them in the same catalogues as the window's strings (resources/translations/);
the Qt side (endoaid.i18n.use_catalogue_words) hands this module the lookup into those
catalogues. Until it does, every word is its English source text.
"""

from __future__ import annotations

from collections.abc import Callable

Lookup = Callable[[str, str, str], str]
"""(language, context, English source text) -> the text in that language (the source when the
language's catalogue has none)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue under `context` (lupdate finds it); return it unchanged."""
    del context
    return text


def _english(lang: str, context: str, text: str) -> str:
    del lang, context
    return text


_lookup: Lookup = _english


def use_lookup(lookup: Lookup | None) -> None:
    """Look every marked word up through `lookup` (None: the English source texts)."""
    global _lookup
    _lookup = lookup or _english


def translated(lang: str, context: str, text: str) -> str:
    """Return `text` (an English source text of `context`) in `lang`."""
    return _lookup(lang, context, text)


CURRENCY_SYMBOLS: dict[str, str] = {
    "GBP": QT_TRANSLATE_NOOP("ChartWords", "£"),
    "EUR": QT_TRANSLATE_NOOP("ChartWords", "€"),
    "USD": QT_TRANSLATE_NOOP("ChartWords", "US$"),
    "CNY": QT_TRANSLATE_NOOP("ChartWords", "CN¥"),
}
"""How English writes each currency; a language's catalogue says how it writes them (the
window, the charts and the PDF alike)."""
