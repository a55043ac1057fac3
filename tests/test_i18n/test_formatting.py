"""Dates, money and numbers written the way an English or a Chinese reader expects."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from endoaid.i18n import format_date, format_money, format_number

AMOUNTS = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2, allow_nan=False
)


@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        (dt.date(2026, 11, 27), "en", "27 Nov 2026"),
        (dt.date(2027, 1, 1), "en", "1 Jan 2027"),
        (dt.date(2026, 11, 27), "zh_CN", "2026年11月27日"),
        (dt.date(2031, 3, 5), "zh_CN", "2031年3月5日"),
    ],
)
def test_dates_read_naturally_in_each_language(date: dt.date, lang: str, expected: str) -> None:
    """A date is '27 Nov 2026' in English and '2026年11月27日' in Chinese."""
    assert format_date(date, lang) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_chinese_dates_give_year_month_day_in_that_order(date: dt.date) -> None:
    """Every Chinese date reads year 年 month 月 day 日 with the same numbers."""
    match = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", format_date(date, "zh_CN"))
    assert match is not None
    assert tuple(int(g) for g in match.groups()) == (date.year, date.month, date.day)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_english_dates_read_back_as_the_same_day(date: dt.date) -> None:
    """Every English date is day, short month name (CLDR en_GB: "Sept"), year: the same day."""
    day, month_name, year = format_date(date, "en").split(" ")
    assert (int(day), int(year)) == (date.day, date.year)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    months = [english.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
    assert months.index(month_name) + 1 == date.month


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "expected"),
    [
        ("4001.13", "GBP", "en", "£4,001.13"),
        ("1234", "CNY", "zh_CN", "¥1,234.00"),
        ("0.5", "GBP", "en", "£0.50"),
        ("12.345", "GBP", "en", "£12.35"),
        ("1234567.8", "EUR", "zh_CN", "€1,234,567.80"),
        ("-20", "GBP", "en", "-£20.00"),
        ("99", "CNY", "en", "CN¥99.00"),
        ("10", "CHF", "en", "CHF\u00a010.00"),
    ],
)
def test_money_has_symbol_grouping_and_two_places(
    amount: str, currency: str, lang: str, expected: str
) -> None:
    """Money shows the currency sign, thousands grouped, and pence or fen, rounded half up."""
    assert format_money(Decimal(amount), currency, lang) == expected


@given(AMOUNTS, st.sampled_from(["GBP", "CNY", "EUR", "USD"]), st.sampled_from(["en", "zh_CN"]))
def test_money_keeps_every_digit_of_the_amount(amount: Decimal, currency: str, lang: str) -> None:
    """Stripping signs and separators from the text gives back the amount's digits exactly."""
    text = format_money(amount, currency, lang)
    digits = "".join(c for c in text if c.isdigit())
    assert Decimal(digits) / 100 == abs(amount)
    assert text.startswith("-") == (amount < 0)


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["en", "zh_CN"]))
def test_whole_numbers_group_thousands_and_keep_their_value(value: int, lang: str) -> None:
    """A whole number is grouped in threes and reads back as the same number."""
    text = format_number(value, lang)
    assert re.fullmatch(r"-?\d{1,3}(,\d{3})*", text)
    assert int(text.replace(",", "")) == value


def test_numbers_round_half_up_to_the_places_asked() -> None:
    """format_number rounds 2.5 to 3 and 0.125 to 0.13, as a person would."""
    assert format_number(Decimal("2.5"), "en") == "3"
    assert format_number(Decimal("0.125"), "zh_CN", places=2) == "0.13"
    assert format_number(Decimal("1234.5"), "en", places=1) == "1,234.5"
