"""A clinic's own price book: the items the content prices, prices as typed, the book as TOML.

What a typed price may be (the editor says the same beside the field):

- empty: the item is not priced (the cost chart then counts treatments and visits instead);
- digits with at most one decimal point: "12", "12.5", ".5"; full-width digits and point
  ("１２．５", typed with a Chinese input method) are read as the same number;
- refused: a negative number, a comma ("1,5" could mean 1.5 or 15), a currency sign, letters,
  "NaN", an exponent, more than 4 decimals, and 1,000,000,000 or more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

from endoaid.consultation._atomic import write_atomic
from endoaid.consultation.pricebook import PriceBookError, parse_price_book
from endoaid.content import ContentPack, Localized, PriceBook
from endoaid.errors import UserError
from endoaid.languages import language_ids
from endoaid.records import dump, record

MAX_PRICE = Decimal(1_000_000_000)
MAX_DECIMALS = 4
_NUMBER = r"^(?:\d+(?:\.\d*)?|\.\d+)$"
NO_PRICES_SOURCE = Localized(en="No prices were entered.", zh_CN="未填写价格。")
"""What a clinic book without a source says: stored in the book itself (a price book's
source_summary is content, written once for every language), so it is content, not a word of
the catalogue; a language without it here shows the English."""
CLINIC_CONFIDENCE = "high"
"""A clinic's own list is the price it charges: the figure is the clinic's, not an estimate."""


class PriceTextError(UserError):
    """A typed price cannot be read; `code` says why (price_negative, price_comma, ...)."""


@record
class PricedItem:
    """Something the content asks a price for: a drug at one strength, an operation, a scan."""

    id: str
    label: Localized
    kind: str


def _every_language(text: str) -> dict[str, str]:
    """Return a clinic's own text (its name, its source) as the same words in every language."""
    return {lang: text for lang in language_ids()}


def priced_items(pack: ContentPack) -> list[PricedItem]:
    """Return every price item the pack's schedules use, once each, in the pack's order."""
    seen: dict[str, PricedItem] = {}
    for option in pack.options.values():
        for schedule in option.schedules:
            for item in schedule.items:
                if item.price_item and item.price_item not in seen:
                    seen[item.price_item] = PricedItem(
                        id=item.price_item, label=item.label, kind=item.kind
                    )
    return list(seen.values())


def parse_price(text: str) -> Decimal | None:
    """Return the price typed in `text` (None when empty), or raise PriceTextError."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    if plain.startswith("-") and re.match(_NUMBER, plain[1:], re.ASCII):
        raise PriceTextError(f"'{text}': a price must not be negative.", code="price_negative")
    if "," in plain and re.match(r"^[\d.,]+$", plain, re.ASCII):
        raise PriceTextError(
            f"'{text}': write the number without a comma, with a point for decimals (1.5).",
            code="price_comma",
        )
    if not re.match(_NUMBER, plain, re.ASCII):
        raise PriceTextError(
            f"'{text}': a price is a number, like 12 or 12.50.", code="price_not_number"
        )
    price = Decimal(plain)
    decimals = len(plain.partition(".")[2])
    if decimals > MAX_DECIMALS:
        raise PriceTextError(
            f"'{text}': at most {MAX_DECIMALS} decimals.", code="price_decimals", n=MAX_DECIMALS
        )
    if price >= MAX_PRICE:
        raise PriceTextError(f"'{text}': this price is too large.", code="price_too_large")
    return price


def clinic_book_id(name: str, taken: set[str]) -> str:
    """Return a file-safe id for a clinic's book: 'clinic-' and the name's letters, or a hash."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", name).lower())
    stem = "-".join(words)[:40].strip("-")
    if not stem:  # a name in Chinese: a short, stable hash instead of letters
        stem = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    book_id = f"clinic-{stem}"
    n = 2
    while book_id in taken:
        book_id, n = f"clinic-{stem}-{n}", n + 1
    return book_id


def clinic_book(
    book_id: str,
    name: str,
    currency: str,
    as_of: dt.date,
    source: str,
    prices: list[tuple[PricedItem, Decimal, Decimal, str]],
) -> PriceBook:
    """Return a checked clinic price book from its entries (item, price, per units, unit).

    Raises PriceBookError naming the field when an entry does not fit the price-book schema.
    """
    source = source.strip()
    summary = _every_language(source) if source else dump(NO_PRICES_SOURCE)
    data: dict[str, Any] = {
        "id": book_id,
        "kind": "clinic",
        "name": _every_language(name.strip()),
        "currency": currency.strip(),
        "region": "",
        "valid_from": as_of,
        "source_summary": summary,
        "items": [
            {
                "id": item.id,
                "name": dump(item.label),
                "price": price,
                "per_units": per_units,
                "unit": unit,
                "source": source,
                "source_date": as_of,
                "confidence": CLINIC_CONFIDENCE,
            }
            for item, price, per_units, unit in prices
        ],
    }
    return parse_price_book(data, name.strip() or book_id)


def _string(text: str) -> str:
    """Return `text` as a TOML basic string (control characters and DEL escaped)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, Decimal):
        return _string(format(value, "f"))  # a string, as the shipped books write prices
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        pairs = [f"{k} = {_value(v)}" for k, v in value.items() if v is not None]
        return "{ " + ", ".join(pairs) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a price book")


def _table(data: dict[str, Any]) -> list[str]:
    return [f"{key} = {_value(v)}" for key, v in data.items() if v is not None and v != []]


def price_book_toml(book: PriceBook) -> str:
    """Return the price book as TOML that `load_price_book_file` reads back as the same book."""
    data = dump(book)
    items = data.pop("items")
    lines = ["# A price book written by endoaid's price editor.", *_table(data)]
    for item in items:
        lines += ["", "[[items]]", *_table(item)]
    return "\n".join(lines) + "\n"


def save_price_book(book: PriceBook, path: Path) -> Path:
    """Write the book to `path` (a .toml file) whole or not at all; return the path written."""
    path = Path(path)
    if path.suffix.lower() != ".toml":
        path = path.with_name(path.name + ".toml")
    try:
        write_atomic(path, price_book_toml(book).encode("utf-8"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PriceBookError(
            f"{path.name}: the price book cannot be written ({reason}).",
            code="pricebook_not_written",
            name=path.name,
            reason=reason,
        ) from None
    return path
