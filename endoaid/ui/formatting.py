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


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Formatting", text, None, n)


def burden_text(series: CostSeries, years: int) -> str:
    """Return what a course asks of her over `years`, e.g. '1 operation · 1 clinic visit'."""
    parts = []
    wording = {
        "operation": ("%n operation", "%n operations"),
        "injection": ("%n injection", "%n injections"),
        "tablet": ("%n tablet", "%n tablets"),
        "scan": ("%n scan", "%n scans"),
    }
    for kind, (one, many) in wording.items():
        count = series.units_at(kind, years)
        if count:
            parts.append(_tr(one if count == 1 else many, count))
    visits = series.visits_at(years)
    parts.append(_tr("%n clinic visit" if visits == 1 else "%n clinic visits", visits))
    return " · ".join(parts)
