"""`endoaid content check FILE` checks a price-book file: every problem with its field, or ok."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

from endoaid.cli import main
from endoaid.consultation.clinic_prices import clinic_book, priced_items, save_price_book
from endoaid.resources import content_dir

BAD = """id = "City Hospital"
name = { en = "City Hospital 2027" }
currency = "RMB1"
region = ""
valid_from = "March 2027"
source_summary = { en = "Hospital pharmacy list" }

[[items]]
id = "tamoxifen-20mg"
name = { en = "Tamoxifen 20 mg tablet" }
price = "-1"
unit = "tablet"
source = "Hospital pharmacy list"
source_date = 2027-03-01
confidence = "high"
"""


def test_a_saved_clinic_book_is_valid(pack, tmp_path, capsys):
    """A book the editor saved: exit 0 and one line saying what it is."""
    item = priced_items(pack)[0]
    book = clinic_book(
        "clinic-city",
        "City",
        "CNY",
        dt.date(2027, 3, 1),
        "Hospital pharmacy list",
        [(item, Decimal("12.5"), Decimal(28), "tablet")],
    )
    path = save_price_book(book, tmp_path / "city.toml")
    assert main(["content", "check", str(path)]) == 0
    out = capsys.readouterr().out.strip()
    assert out == (
        "Price book city.toml is valid: 'clinic-city', a clinic's own book in CNY, "
        "1 priced item(s), as of 2027-03-01."
    )


def test_a_shipped_book_is_valid(tmp_path, capsys):
    """A shipped book checked on its own: exit 0."""
    path = shutil.copy(content_dir() / "price-books" / "uk-nhs-2026.toml", tmp_path)
    assert main(["content", "check", str(path)]) == 0
    assert "a published book in GBP" in capsys.readouterr().out


def test_every_problem_of_a_bad_book_is_printed_with_its_field(tmp_path, capsys):
    """Bad id, currency, date and a negative price: four lines naming each field, exit 2."""
    path = tmp_path / "bad.toml"
    path.write_text(BAD, encoding="utf-8")
    assert main(["content", "check", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "4 problem(s) found."
    fields = [line.split(": ")[1] for line in err[:-1]]
    assert fields == ["id", "currency", "valid_from", "items.0.price"]
    assert all(line.startswith("bad.toml: ") for line in err[:-1])
    assert "Traceback" not in "\n".join(err)


def test_a_file_that_is_not_toml_is_one_line(tmp_path, capsys):
    """Broken TOML: one line naming the file, exit 2."""
    path = tmp_path / "broken.toml"
    path.write_text('id = "x', encoding="utf-8")
    assert main(["content", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "broken.toml: not valid TOML" in err and "1 problem(s) found." in err
