"""A clinic's own price book: typed prices read or refused, the book written and read back."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import cost_course
from endoaid.consultation.clinic_prices import (
    MAX_PRICE,
    PriceTextError,
    clinic_book,
    clinic_book_id,
    parse_price,
    price_book_toml,
    priced_items,
    save_price_book,
)
from endoaid.consultation.pricebook import (
    PriceBookError,
    load_price_book_file,
    parse_price_book,
    price_book_problems,
)

AS_OF = dt.date(2027, 3, 1)
SOURCE = "Hospital pharmacy list, March 2027"
prices = st.decimals(min_value=0, max_value=MAX_PRICE - 1, places=2, allow_nan=False)


def test_priced_items_are_every_price_item_the_content_uses(pack):
    """The editor lists each drug strength and the operation the schedules ask a price for."""
    wanted = {
        item.price_item
        for option in pack.options.values()
        for schedule in option.schedules
        for item in schedule.items
        if item.price_item
    }
    items = priced_items(pack)
    assert [i.id for i in items] == list(dict.fromkeys(i.id for i in items))  # once each
    assert {i.id for i in items} == wanted
    assert "laparoscopic-bso-day-case" in wanted and "goserelin-10-8mg" in wanted


@given(prices)
def test_a_plain_decimal_price_is_read_exactly(price):
    """'12.50' is 12.50 exactly: money is Decimal, never a float."""
    assert parse_price(format(price, "f")) == price


@given(prices)
def test_full_width_digits_are_read_as_the_same_number(price):
    """Digits typed with a Chinese input method ('１２．５') mean the same as '12.5'."""
    text = format(price, "f")
    wide = "".join(chr(ord(c) + 0xFEE0) for c in text)  # '0'-'9' and '.' to full width
    assert unicodedata.normalize("NFKC", wide) == text
    assert parse_price(wide) == price


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_an_empty_price_means_not_priced(text):
    """Nothing typed (spaces included) is 'not priced', not zero."""
    assert parse_price(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-3", "price_negative"),
        ("-0.5", "price_negative"),
        ("1,5", "price_comma"),
        ("1,234.50", "price_comma"),
        ("NaN", "price_not_number"),
        ("inf", "price_not_number"),
        ("1e3", "price_not_number"),
        ("¥12", "price_not_number"),
        ("12 GBP", "price_not_number"),
        ("1.2.3", "price_not_number"),
        ("1.23456", "price_decimals"),
        ("1000000000", "price_too_large"),
    ],
)
def test_bad_prices_are_refused_with_their_reason(text, code):
    """Negative, comma, not a number, too many decimals, too large: each says why."""
    with pytest.raises(PriceTextError) as caught:
        parse_price(text)
    assert caught.value.code == code
    assert text in str(caught.value)


@given(st.text(max_size=12))
def test_any_text_is_read_or_refused_never_a_crash(text):
    """Whatever is typed gives a price of 0 or more, None, or a PriceTextError."""
    try:
        price = parse_price(text)
    except PriceTextError:
        return
    assert price is None or (price.is_finite() and Decimal(0) <= price < MAX_PRICE)


def test_book_ids_are_file_safe_and_do_not_replace_another_book():
    """A name gives a kebab id; a Chinese name a short hash; a taken id gets a number."""
    assert clinic_book_id("City Hospital prices 2027", set()) == "clinic-city-hospital-prices-2027"
    chinese = clinic_book_id("北京协和医院药房价格", set())
    assert chinese.startswith("clinic-") and chinese.isascii()
    assert clinic_book_id("A", {"clinic-a"}) == "clinic-a-2"


def _book(pack, names=("Clinic A", SOURCE), entries=None):
    items = {i.id: i for i in priced_items(pack)}
    entries = entries or [
        (items["tamoxifen-20mg"], Decimal("12.50"), Decimal(30), "tablet"),
        (items["laparoscopic-bso-day-case"], Decimal("8000"), Decimal(1), "operation"),
    ]
    return clinic_book("clinic-a", names[0], "CNY", AS_OF, names[1], entries)


def test_saved_book_reloads_as_the_same_clinic_book(pack, tmp_path):
    """Written to a .toml file, the book loads back through the shipped books' reader, equal."""
    book = _book(pack)
    path = save_price_book(book, tmp_path / "clinic-a.toml")
    again = load_price_book_file(path)
    assert again == book
    assert again.kind == "clinic"
    assert again.source_summary.get("zh_CN") == SOURCE
    assert price_book_problems(path) == []


def test_a_file_name_without_suffix_gets_toml(pack, tmp_path):
    """Saving as 'prices' writes 'prices.toml', the kind of file the loaders accept."""
    assert save_price_book(_book(pack), tmp_path / "prices").name == "prices.toml"


@given(
    name=st.text(min_size=1, max_size=40).filter(lambda t: t.strip()),
    source=st.text(min_size=5, max_size=60).filter(lambda t: len(t.strip()) >= 5),
    price=prices,
)
def test_any_name_source_and_price_round_trip_through_toml(pack, name, source, price):
    """Quotes, backslashes, control characters and Chinese survive writing and reading."""
    import tomllib

    items = priced_items(pack)
    book = _book(pack, (name, source), [(items[0], price, Decimal(28), "tablet")])
    again = parse_price_book(tomllib.loads(price_book_toml(book)), "again")
    assert again == book


def test_an_unwritable_place_is_refused_and_leaves_no_file(pack, tmp_path):
    """A folder that does not exist: one sentence, nothing written."""
    with pytest.raises(PriceBookError) as caught:
        save_price_book(_book(pack), tmp_path / "missing" / "b.toml")
    assert caught.value.code == "pricebook_not_written"
    assert not (tmp_path / "missing").exists()


def test_a_clinic_book_costs_the_options_it_prices(pack):
    """The operation priced by the clinic gives money; goserelin, not priced, gives units."""
    book = _book(pack)
    operation = cost_course(pack, "oophorectomy", book, 5)
    assert operation.total_at(5) == Decimal("8000.00")
    assert operation.currency == "CNY"
    implant = cost_course(pack, "gnrh-agonist", book, 5)
    assert implant.money is None and implant.missing_prices == ["goserelin-3-6mg"]


def test_every_problem_of_a_price_book_file_is_listed_with_its_field(tmp_path):
    """A bad file lists each wrong field, not only the first."""
    path = tmp_path / "bad.toml"
    path.write_text(
        'id = "Bad Id"\nname = { en = "x" }\ncurrency = "cny"\nregion = ""\n'
        'valid_from = 2027-03-01\nsource_summary = { en = "List" }\n'
        '[[items]]\nid = "a"\nname = { en = "A" }\nprice = "-1"\nunit = "tablet"\n'
        'source = "Hospital list"\nsource_date = 2027-03-01\nconfidence = "high"\n',
        encoding="utf-8",
    )
    problems = [str(p) for p in price_book_problems(path)]
    assert len(problems) == 3
    assert any("id:" in p for p in problems)
    assert any("currency:" in p and "CNY" in p for p in problems)
    assert any("items.0.price: must not be negative" in p for p in problems)


def test_a_missing_price_book_file_is_one_problem(tmp_path):
    """A file that does not exist is one problem naming it."""
    problems = price_book_problems(Path(tmp_path / "none.toml"))
    assert [p.code for p in problems] == ["file_missing"]
