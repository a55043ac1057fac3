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


def _units(kind: str, n: int) -> str:
    """'1 injection' / '13 injections': each wording literal, so lupdate can list it."""
    one = n == 1
    if kind == "operation":
        if one:
            return QCoreApplication.translate("Formatting", "%n operation", None, n)
        return QCoreApplication.translate("Formatting", "%n operations", None, n)
    if kind == "injection":
        if one:
            return QCoreApplication.translate("Formatting", "%n injection", None, n)
        return QCoreApplication.translate("Formatting", "%n injections", None, n)
    if kind == "tablet":
        if one:
            return QCoreApplication.translate("Formatting", "%n tablet", None, n)
        return QCoreApplication.translate("Formatting", "%n tablets", None, n)
    if kind == "scan":
        if one:
            return QCoreApplication.translate("Formatting", "%n scan", None, n)
        return QCoreApplication.translate("Formatting", "%n scans", None, n)
    if one:
        return QCoreApplication.translate("Formatting", "%n clinic visit", None, n)
    return QCoreApplication.translate("Formatting", "%n clinic visits", None, n)


def burden_text(series: CostSeries, years: int) -> str:
    """Return what a course asks of her over `years`, e.g. '1 operation · 1 clinic visit'."""
    parts = [
        _units(kind, count)
        for kind in ("operation", "injection", "tablet", "scan")
        if (count := series.units_at(kind, years))
    ]
    parts.append(_units("visit", series.visits_at(years)))
    return " · ".join(parts)
