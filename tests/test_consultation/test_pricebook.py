"""A clinician's own price book loads from TOML or JSON; a bad one is refused in one line."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from endoaid.consultation import PriceBookError, cost_course, load_price_book_file
from endoaid.errors import UserError

GOOD_TOML = """
id = "my-clinic"
name = { en = "My clinic's prices" }
currency = "EUR"
region = "Somewhere"
valid_from = 2026-09-01
source_summary = { en = "Our pharmacy's invoice, September 2026." }

[[items]]
id = "goserelin-3-6mg"
name = { en = "Goserelin 3.6 mg implant" }
price = "80.00"
unit = "implant"
source = "Pharmacy invoice 2026-09"
source_date = 2026-09-01
confidence = "high"
"""


def _book_data() -> dict:
    return {
        "id": "my-clinic",
        "name": {"en": "My clinic's prices"},
        "currency": "EUR",
        "region": "Somewhere",
        "valid_from": "2026-09-01",
        "source_summary": {"en": "Our pharmacy's invoice."},
        "items": [
            {
                "id": "goserelin-3-6mg",
                "name": {"en": "Goserelin 3.6 mg implant"},
                "price": "80.00",
                "unit": "implant",
                "source": "Pharmacy invoice 2026-09",
                "source_date": "2026-09-01",
                "confidence": "high",
            }
        ],
    }


def test_toml_price_book_is_used_for_costs(pack, tmp_path):
    """A TOML price book loads and prices the implants: 14 × €80.00 in the first year."""
    path = tmp_path / "prices.toml"
    path.write_text(GOOD_TOML, encoding="utf-8")
    book = load_price_book_file(path)
    assert book.currency == "EUR"
    assert book.items[0].price == Decimal("80.00")
    assert cost_course(pack, "gnrh-agonist", book, 1).total_at(1) == Decimal("1120.00")


def test_json_price_book_keeps_exact_decimals(tmp_path):
    """A JSON price written as a number keeps its exact decimal value (no float rounding)."""
    data = _book_data()
    path = tmp_path / "prices.json"
    path.write_text(json.dumps(data).replace('"80.00"', "80.10"), encoding="utf-8")
    assert load_price_book_file(path).items[0].price == Decimal("80.10")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("price", "-1.00", "items.0.price: must not be negative"),
        ("unit", "bucket", "items.0.unit:"),
        ("source_date", "2026-13-45", "items.0.source_date: must be a date written YYYY-MM-DD"),
        ("per_units", "0", "items.0.per_units:"),
        ("colour", "red", "items.0.colour: is not a known field"),
        # What a person typed is shown on one short line, whatever it holds:
        ("id", "gose\nrelin " + "x" * 500, "items.0.id: 'gose relin xxx"),
        ("col\nour", "red", "items.0.col our: is not a known field"),
        ("\n", "red", "items.0.'\\n': is not a known field"),
    ],
)
def test_bad_item_is_refused_naming_the_field(tmp_path, field, value, words):
    """A negative price, unknown unit, bad date or typo is refused, naming file and field."""
    data = _book_data()
    data["items"][0][field] = value
    path = tmp_path / "prices.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PriceBookError) as info:
        load_price_book_file(path)
    message = str(info.value)
    assert message.startswith("prices.json: ")
    assert words in message
    assert "\n" not in message and len(message) < 200
    assert isinstance(info.value, UserError)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("prices.toml", "id = ", "not valid TOML"),
        ("prices.json", '{"id": "x", ', "not valid JSON"),
        ("prices.json", "[1, 2]", "must be a table"),
        ("prices.json", '{"id": "x"}', "is required but missing"),
        ("prices.csv", "id,price", ".toml or .json"),
        ("prices.toml", b"\xff\xfe", "not UTF-8"),
    ],
)
def test_malformed_files_are_refused_in_one_line(tmp_path, name, content, words):
    """Broken syntax, the wrong shape, a missing field or a wrong file type give one line."""
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(PriceBookError, match=words) as info:
        load_price_book_file(path)
    assert "\n" not in str(info.value)


def test_missing_file_is_refused(tmp_path):
    """A file that is not there is refused with its name."""
    with pytest.raises(PriceBookError, match="does not exist"):
        load_price_book_file(tmp_path / "nothing.toml")


def test_repeated_item_id_is_refused(tmp_path):
    """Two prices for the same item would be ambiguous and are refused."""
    data = _book_data()
    data["items"].append(dict(data["items"][0]))
    path = tmp_path / "prices.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PriceBookError, match="'goserelin-3-6mg' is used more than once"):
        load_price_book_file(path)
