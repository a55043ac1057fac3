"""Reads a clinician's own price book from a TOML or JSON file, refusing bad prices clearly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from endoaid.consultation._atomic import read_bounded
from endoaid.content import PriceBook
from endoaid.errors import UserError
from endoaid.records import Invalid, reason, validate, where

MAX_BYTES = 2_000_000


class PriceBookError(UserError):
    """A price-book file cannot be used; the message names the file and the field."""


def _reason(error: dict[str, Any]) -> str:
    """Return what is wrong, in a price book's own words for prices and dates."""
    kind = error["type"]
    if kind in ("greater_than_equal", "greater_than") and error["loc"][-1:] == ("price",):
        return "must not be negative"
    if kind.startswith("date"):
        return "must be a date written YYYY-MM-DD"
    return reason(error)


def _problems(data: Any, name: str) -> tuple[PriceBook | None, list[PriceBookError]]:
    """Return the book in `data` (None when unusable) and every problem, each naming its field."""
    if not isinstance(data, dict):
        error = PriceBookError(
            f"{name}: a price book must be a table of fields, not a list or value.",
            code="pricebook_not_table",
            name=name,
        )
        return None, [error]
    try:
        book = validate(PriceBook, data)
    except Invalid as exc:
        problems = []
        for error in exc.errors:
            place, why = where(error["loc"]), _reason(error)
            problems.append(
                PriceBookError(
                    f"{name}: {place}: {why}.",
                    code="pricebook_field",
                    name=name,
                    where=place,
                    reason=why,
                )
            )
        return None, problems
    ids = [item.id for item in book.items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    return book, [
        PriceBookError(
            f"{name}: items: the id '{dupe}' is used more than once.",
            code="pricebook_duplicate",
            name=name,
            id=dupe,
        )
        for dupe in dupes
    ]


def parse_price_book(data: Any, name: str) -> PriceBook:
    """Return a validated PriceBook from parsed data, or raise PriceBookError naming the field."""
    book, problems = _problems(data, name)
    if problems:
        raise problems[0]
    assert book is not None
    return book


def price_book_problems(path: Path | str) -> list[PriceBookError]:
    """Return every problem of a price-book file, each naming its field; empty when usable."""
    return check_price_book_file(path)[1]


def check_price_book_file(path: Path | str) -> tuple[PriceBook | None, list[PriceBookError]]:
    """Return the price book in a file (None when it has problems) and its every problem."""
    path = Path(path)
    try:
        data = _read(path)
    except PriceBookError as exc:
        return None, [exc]
    return _problems(data, path.name)


def load_price_book_file(path: Path | str) -> PriceBook:
    """Return the price book in a .toml or .json file, or raise PriceBookError (one line)."""
    path = Path(path)
    return parse_price_book(_read(path), path.name)


def _read(path: Path) -> Any:
    """Return the parsed data of a .toml or .json file, or raise PriceBookError (one line)."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise PriceBookError(
            f"{name}: a price book must be a .toml or .json file.", code="pricebook_kind", name=name
        )
    raw = read_bounded(path, MAX_BYTES, PriceBookError)
    if len(raw) > MAX_BYTES:
        raise PriceBookError(
            f"{name}: the file is too large to be a price book.",
            code="pricebook_too_large",
            name=name,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PriceBookError(
            f"{name}: the file is not UTF-8 text.", code="pricebook_not_text", name=name
        ) from None
    import tomllib

    from endoaid.consultation._json import loads_unique

    try:
        if suffix == ".toml":
            data: Any = tomllib.loads(text)
        else:
            data = loads_unique(text, parse_float=str)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
        kind = "TOML" if suffix == ".toml" else "JSON"
        first = str(exc).splitlines()[0] if str(exc) else "it is malformed"
        raise PriceBookError(
            f"{name}: not valid {kind} ({first}).",
            code="pricebook_syntax",
            name=name,
            kind=kind,
            reason=first,
        ) from None
    return data
