"""Broken price books (TOML and JSON): refused in one line or loaded, never a traceback."""

from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import PriceBookError, load_price_book_file
from endoaid.content.schema import PriceBook
from endoaid.resources import content_dir
from tests.test_fuzz.mutations import mutated
from tests.test_fuzz.verdict import fuzz_settings, refused_or_loaded

SHIPPED = sorted((content_dir() / "price-books").glob("*.toml"))
TOML_BOOKS = [path.read_bytes() for path in SHIPPED]
JSON_BOOKS = [
    json.dumps(tomllib.loads(raw.decode("utf-8")), default=str, ensure_ascii=False).encode()
    for raw in TOML_BOOKS
]
FUZZ = fuzz_settings(50)


def check(raw: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"book{suffix}"
        path.write_bytes(raw)
        result = refused_or_loaded(load_price_book_file, path)
        assert isinstance(result, PriceBook | PriceBookError)


def test_the_json_form_of_each_shipped_price_book_loads(tmp_path):
    """The unbroken JSON copies the fuzzing starts from are valid price books."""
    for index, raw in enumerate(JSON_BOOKS):
        path = tmp_path / f"book{index}.json"
        path.write_bytes(raw)
        assert isinstance(load_price_book_file(path), PriceBook)


@FUZZ
@given(st.sampled_from(TOML_BOOKS).flatmap(lambda raw: mutated(raw, "toml")))
def test_a_broken_toml_price_book_is_refused_in_one_line_or_loaded(case):
    """Flipped, cut, retyped, huge, deep, re-encoded or doubled TOML: one line or a book."""
    check(case[1], ".toml")


@FUZZ
@given(st.sampled_from(JSON_BOOKS).flatmap(lambda raw: mutated(raw, "json")))
def test_a_broken_json_price_book_is_refused_in_one_line_or_loaded(case):
    """The same for price books written as JSON (a key written twice is refused)."""
    check(case[1], ".json")


def test_a_json_price_book_with_a_key_written_twice_is_refused(tmp_path):
    """JSON keeps the last of two equal keys silently; a price book with one is refused."""
    path = tmp_path / "book.json"
    path.write_bytes(b'{"id": "first", ' + JSON_BOOKS[0].lstrip()[1:])
    result = refused_or_loaded(load_price_book_file, path)
    assert isinstance(result, PriceBookError)
    assert "written twice" in str(result)
