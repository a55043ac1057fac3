"""How money, dates and counts are written for a person, in the language of the session."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from endoaid.consultation import CostSeries
from endoaid.i18n import format_date, format_money, format_number


def money(amount: Decimal, currency: str | None, lang: str) -> str:
    """Return an amount with its currency, e.g. '£4,001.13' (exact, written per language)."""
    if not currency:
        return format_number(amount, lang, places=2)
    return format_money(amount, currency, lang)


def date_text(value: dt.date, lang: str) -> str:
    """Return a date written for a person in the session's language."""
    return format_date(value, lang)


def _english_plural(text: str, n: int) -> str:
    """Return `text` with '(s)' resolved: only when no catalogue translated it.

    The app always loads endoaid_en.qm for English; a window built without it (tests, a script
    using the widgets) would otherwise show '3 tablet(s)'.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def _units(kind: str, n: int) -> str:
    """'1 injection' / '13 injections': one plural string per kind (the catalogue picks the form).

    English plural forms come from resources/translations/endoaid_en.qm, Chinese from zh_CN.
    """
    if kind == "operation":
        text = QCoreApplication.translate("Formatting", "%n operation(s)", None, n)
    elif kind == "injection":
        text = QCoreApplication.translate("Formatting", "%n injection(s)", None, n)
    elif kind == "tablet":
        text = QCoreApplication.translate("Formatting", "%n tablet(s)", None, n)
    elif kind == "scan":
        text = QCoreApplication.translate("Formatting", "%n scan(s)", None, n)
    else:
        text = QCoreApplication.translate("Formatting", "%n clinic visit(s)", None, n)
    return _english_plural(text, n)


def burden_text(series: CostSeries, years: int) -> str:
    """Return what a course asks of her over `years`, e.g. '1 operation · 1 clinic visit'."""
    parts = [
        _units(kind, count)
        for kind in ("operation", "injection", "tablet", "scan")
        if (count := series.units_at(kind, years))
    ]
    parts.append(_units("visit", series.visits_at(years)))
    return " · ".join(parts)
