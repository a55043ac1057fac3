"""The few words charts draw themselves (axis labels, captions), looked up in the catalogue.

Everything about a treatment comes from the content pack; only chart chrome lives here. The
words are English source texts marked for Qt's catalogue (resources/translations/*.ts, context
"ChartWords"), like every other interface string, and looked up through endoaid.catalogue:
charts never import Qt. A caller may pass a `labels` mapping to any chart builder to override
a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from endoaid.catalogue import CURRENCY_SYMBOLS, QT_TRANSLATE_NOOP, translated

if TYPE_CHECKING:
    from endoaid.content import PriceBook

WORDS: dict[str, str] = {
    "years": QT_TRANSLATE_NOOP("ChartWords", "Years from the start"),
    "year_n": QT_TRANSLATE_NOOP("ChartWords", "{n} year"),
    "years_n": QT_TRANSLATE_NOOP("ChartWords", "{n} years"),
    "cost": QT_TRANSLATE_NOOP("ChartWords", "Cost so far ({currency})"),
    "count_so_far": QT_TRANSLATE_NOOP("ChartWords", "Number so far"),
    "option": QT_TRANSLATE_NOOP("ChartWords", "Option"),
    "cost_title": QT_TRANSLATE_NOOP("ChartWords", "Cost over time"),
    "units_title": QT_TRANSLATE_NOOP("ChartWords", "Treatments and visits over time"),
    "crossing": QT_TRANSLATE_NOOP("ChartWords", "Costs cross at {when}"),
    "cost_caption": QT_TRANSLATE_NOOP("ChartWords", "Over {years}, the total cost is {totals}."),
    "cost_crossing_caption": QT_TRANSLATE_NOOP(
        "ChartWords", " The costs become equal after about {when}."
    ),
    "units_caption": QT_TRANSLATE_NOOP("ChartWords", "Over {years}: {totals}."),
    "no_prices": QT_TRANSLATE_NOOP(
        "ChartWords",
        "Local prices are not set, so this chart counts treatments and visits, not money.",
    ),
    "same_lines": QT_TRANSLATE_NOOP(
        "ChartWords", "{names}: the same numbers, so their lines lie on top of each other."
    ),
    "insurance_note": QT_TRANSLATE_NOOP("ChartWords", "Your share after insurance pays {share}%."),
    "kind_injection": QT_TRANSLATE_NOOP("ChartWords", "Injections"),
    "kind_tablet": QT_TRANSLATE_NOOP("ChartWords", "Tablets"),
    "kind_operation": QT_TRANSLATE_NOOP("ChartWords", "Operations"),
    "kind_scan": QT_TRANSLATE_NOOP("ChartWords", "Scans"),
    "kind_visit": QT_TRANSLATE_NOOP("ChartWords", "Clinic visits"),
    "count_injection": QT_TRANSLATE_NOOP("ChartWords", "injections: {n}"),
    "count_tablet": QT_TRANSLATE_NOOP("ChartWords", "tablets: {n}"),
    "count_operation": QT_TRANSLATE_NOOP("ChartWords", "operations: {n}"),
    "count_scan": QT_TRANSLATE_NOOP("ChartWords", "scans: {n}"),
    "count_visit": QT_TRANSLATE_NOOP("ChartWords", "clinic visits: {n}"),
    "duration_title": QT_TRANSLATE_NOOP("ChartWords", "How long each option lasts"),
    "treatment_usual": QT_TRANSLATE_NOOP("ChartWords", "Usual length"),
    "treatment_may_continue": QT_TRANSLATE_NOOP("ChartWords", "May continue to"),
    "treatment_shortest": QT_TRANSLATE_NOOP("ChartWords", "Shortest length"),
    "once": QT_TRANSLATE_NOOP("ChartWords", "Once"),
    "review_point": QT_TRANSLATE_NOOP("ChartWords", "Check-up"),
    "range": QT_TRANSLATE_NOOP("ChartWords", "Range"),
    "precision": QT_TRANSLATE_NOOP("ChartWords", "How precise"),
    "check_ups": QT_TRANSLATE_NOOP("ChartWords", "Check-ups"),
    "nothing_to_take": QT_TRANSLATE_NOOP("ChartWords", "No further treatment"),
    "no_fixed_length": QT_TRANSLATE_NOOP("ChartWords", "no fixed length"),
    "length_range": QT_TRANSLATE_NOOP("ChartWords", "{low} to {high} years"),
    "length_usual": QT_TRANSLATE_NOOP("ChartWords", "usually {n} years"),
    "months_n": QT_TRANSLATE_NOOP("ChartWords", "{n} months"),
    "duration_caption": QT_TRANSLATE_NOOP("ChartWords", "How long each lasts: {items}."),
    "from_start": QT_TRANSLATE_NOOP("ChartWords", "from the start of treatment"),
    "reversibility_title": QT_TRANSLATE_NOOP("ChartWords", "Can it be undone?"),
    "rev_yes": QT_TRANSLATE_NOOP("ChartWords", "Yes"),
    "rev_partly": QT_TRANSLATE_NOOP("ChartWords", "Partly"),
    "rev_no": QT_TRANSLATE_NOOP("ChartWords", "No"),
    "rev_not-applicable": QT_TRANSLATE_NOOP("ChartWords", "Not applicable"),
    "rev_caption": QT_TRANSLATE_NOOP("ChartWords", "Can it be undone? {items}."),
    "what_it_means": QT_TRANSLATE_NOOP("ChartWords", "What it means"),
    "side_effects_title": QT_TRANSLATE_NOOP("ChartWords", "Common side effects"),
    "out_of_100": QT_TRANSLATE_NOOP("ChartWords", "Women out of 100"),
    "side_effect": QT_TRANSLATE_NOOP("ChartWords", "Side effect"),
    "se_caption": QT_TRANSLATE_NOOP("ChartWords", "Out of 100 women, {items} ({context})."),
    "se_item": QT_TRANSLATE_NOOP("ChartWords", "{name}: {values}"),
    "se_value": QT_TRANSLATE_NOOP("ChartWords", "{n} with {option}"),
    # Not se_value: the Chinese puts no 人 ("people") after "not reported".
    "se_value_missing": QT_TRANSLATE_NOOP("ChartWords", "{option}: {n}"),
    "se_value_ranged": QT_TRANSLATE_NOOP("ChartWords", "{n} ({range}) with {option}"),
    "not_reported": QT_TRANSLATE_NOOP("ChartWords", "not reported"),
    "no_side_effects": QT_TRANSLATE_NOOP(
        "ChartWords", "No side effect was counted the same way for these options."
    ),
    "range_not_reported": QT_TRANSLATE_NOOP("ChartWords", "range not reported"),
    "icons_title": QT_TRANSLATE_NOOP("ChartWords", "Out of 100 women like you"),
    "icons_caption": QT_TRANSLATE_NOOP("ChartWords", "{time_frame}, out of 100 women: {items}."),
    "icons_item": QT_TRANSLATE_NOOP(
        "ChartWords", "{option}: {n} women ({outcome}) and {m} ({outcome_not})"
    ),
    "personal_caption": QT_TRANSLATE_NOOP("ChartWords", "{headline}: {items}."),
    "personal_arm": QT_TRANSLATE_NOOP("ChartWords", "Hormone therapy"),
    "personal_count": QT_TRANSLATE_NOOP("ChartWords", "{n} {group}"),
    "icons_item_missing": QT_TRANSLATE_NOOP("ChartWords", "{option}: {reason}"),
    "icons_legend_yes": QT_TRANSLATE_NOOP("ChartWords", "{outcome}"),
    "icons_legend_no": QT_TRANSLATE_NOOP("ChartWords", "{outcome_not}"),
    "about": QT_TRANSLATE_NOOP("ChartWords", "about {n}"),
    "method": QT_TRANSLATE_NOOP("ChartWords", "How the figure was found"),
    "and": QT_TRANSLATE_NOOP("ChartWords", " and "),
    "list_sep": QT_TRANSLATE_NOOP("ChartWords", "; "),
    "clause_sep": QT_TRANSLATE_NOOP("ChartWords", ", "),
    "label_sep": QT_TRANSLATE_NOOP("ChartWords", ": "),
    "aside": QT_TRANSLATE_NOOP("ChartWords", " ({text})"),
    "clinic_book": QT_TRANSLATE_NOOP(
        "ChartWords", "{name}, as of {date}, from {source} (entered by the clinic)"
    ),
    "clinic_prices": QT_TRANSLATE_NOOP("ChartWords", "Prices: {book}."),
}

MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ChartWords", "Jan"),
    QT_TRANSLATE_NOOP("ChartWords", "Feb"),
    QT_TRANSLATE_NOOP("ChartWords", "Mar"),
    QT_TRANSLATE_NOOP("ChartWords", "Apr"),
    QT_TRANSLATE_NOOP("ChartWords", "May"),
    QT_TRANSLATE_NOOP("ChartWords", "Jun"),
    QT_TRANSLATE_NOOP("ChartWords", "Jul"),
    QT_TRANSLATE_NOOP("ChartWords", "Aug"),
    QT_TRANSLATE_NOOP("ChartWords", "Sep"),
    QT_TRANSLATE_NOOP("ChartWords", "Oct"),
    QT_TRANSLATE_NOOP("ChartWords", "Nov"),
    QT_TRANSLATE_NOOP("ChartWords", "Dec"),
)
DATE = QT_TRANSLATE_NOOP("ChartWords", "{day} {month} {year}")
"""A date: {day}, {month} (its short name above), {month_number}, {year}."""


def currency_symbol(currency: str, lang: str) -> str:
    """Return '£' for GBP, '¥' for CNY in Chinese; an unknown code followed by a space."""
    code = currency.upper()
    english = CURRENCY_SYMBOLS.get(code)
    return translated(lang, "ChartWords", english) if english else f"{code}\u00a0"


def date_text(day: dt.date, lang: str) -> str:
    """Return '1 Mar 2027' or '2027年3月1日', as endoaid.i18n.format_date writes dates."""
    month = translated(lang, "ChartWords", MONTHS[day.month - 1])
    return translated(lang, "ChartWords", DATE).format(
        day=day.day, month=month, month_number=day.month, year=day.year
    )


def clinic_book_text(book: PriceBook, lang: str) -> str | None:
    """Return '<name>, as of <date>, from <source> (entered by the clinic)'; None if published."""
    if book.kind != "clinic":
        return None
    return word(
        "clinic_book",
        lang,
        name=book.name.get(lang),
        date=date_text(book.valid_from, lang),
        source=book.source_summary.get(lang),
    )


def clinic_prices_line(book: PriceBook, lang: str) -> str | None:
    """Return 'Prices: <the clinic's book>.' for a clinic's own book, None for a published one."""
    text = clinic_book_text(book, lang)
    return word("clinic_prices", lang, book=text) if text else None


def word(key: str, lang: str, labels: Mapping[str, str] | None = None, **values: object) -> str:
    """Return the chart word `key` in `lang` (English when missing), filled with `values`."""
    own = labels.get(key) if labels else None
    text = own if own is not None else translated(lang, "ChartWords", WORDS[key])
    return text.format(**values) if values else text
