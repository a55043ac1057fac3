"""The price editor: a clinic enters its own prices, saves them, and they are used everywhere."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from endoaid.consultation import Session, load_price_book_file
from endoaid.ui.clinician import tools as clinician_tools
from endoaid.ui.clinician.pricebook_editor import PriceBookEditor
from endoaid.ui.common import settings
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.kiosk.clinic_data import load_configured_price_books
from endoaid.ui.kiosk.config import parse_config
from endoaid.ui.pages.compare import cost_lines
from tests.test_ui.flow_helpers import click
from tests.test_ui.kiosk_helpers import PIN_HASH

SOURCE = "Hospital pharmacy list, March 2027"


@pytest.fixture
def save_to(monkeypatch):
    """Answer the save dialog with a path (the test sets `target[0]`); record each question."""
    target: list[Path | None] = [None]
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter, *args, **kwargs):
        asked.append(suggested)
        return (str(target[0]) if target[0] else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return target, asked


def editor_for(qtbot, state: ConsultationState) -> PriceBookEditor:
    """Return a shown price editor over `state`."""
    dialog = PriceBookEditor(state)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    return dialog


def fill(qtbot, dialog: PriceBookEditor, name: str = "City Hospital 2027") -> None:
    """Type a name, a currency, a source, a date and two prices, as a clinician would."""
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.currency_combo.setCurrentText("")
    qtbot.keyClicks(dialog.currency_combo.lineEdit(), "CNY")
    dialog.source_edit.clear()
    qtbot.keyClicks(dialog.source_edit, SOURCE)
    dialog.date_edit.setDate(QDate(2027, 3, 1))
    qtbot.keyClicks(dialog.rows["laparoscopic-bso-day-case"].price, "8000")
    # as a Chinese input method commits text (QTest cannot type characters beyond Latin-1)
    dialog.rows["goserelin-3-6mg"].price.insert("１２０．５")


def test_empty_book_lists_every_priced_item_unpriced(qtbot, window):
    """Starting empty: every drug strength and the operation, all unpriced, with the rule said."""
    dialog = editor_for(qtbot, window.state)
    assert dialog.start_combo.currentData() is None
    assert set(dialog.rows) >= {"tamoxifen-20mg", "goserelin-10-8mg", "laparoscopic-bso-day-case"}
    assert all(row.price.text() == "" for row in dialog.rows.values())
    assert dialog.rows["goserelin-3-6mg"].name.text() == "Goserelin 3.6 mg implant under the skin"
    assert dialog.rows["tamoxifen-20mg"].unit_id() == "tablet"
    assert (
        "Leave a price empty" in dialog.findChild(type(dialog.rows["tamoxifen-20mg"].name)).text()
    )


def test_starting_from_a_shipped_book_copies_its_prices_not_its_name(qtbot, window):
    """From the UK book: its prices, pack sizes, units and currency; the clinic names its own."""
    dialog = editor_for(qtbot, window.state)
    dialog.start_combo.setCurrentIndex(dialog.start_combo.findData("uk-nhs-2026"))
    row = dialog.rows["tamoxifen-20mg"]
    assert (row.price.text(), row.per_units.value(), row.unit_id()) == ("1.74", 30, "tablet")
    assert dialog.rows["goserelin-3-6mg"].unit_id() == "implant"
    assert dialog.currency() == "GBP"
    assert dialog.name_edit.text() == "" and dialog.source_edit.text() == ""


def test_bad_values_show_a_message_beside_the_field_and_save_does_nothing(
    qtbot, window, save_to, tmp_path
):
    """Negative, comma, letters, no currency, no name, no source: each field says why; no file."""
    target, asked = save_to
    target[0] = tmp_path / "never.toml"
    dialog = editor_for(qtbot, window.state)
    qtbot.keyClicks(dialog.rows["tamoxifen-20mg"].price, "-3")
    qtbot.keyClicks(dialog.rows["letrozole-2-5mg"].price, "1,5")
    qtbot.keyClicks(dialog.rows["anastrozole-1mg"].price, "twelve")
    dialog.currency_combo.setCurrentText("")
    click(qtbot, dialog.save_button)
    messages = dialog.field_messages()
    assert messages["tamoxifen-20mg"] == "⚠ A price cannot be negative."
    assert "point for decimals" in messages["letrozole-2-5mg"]
    assert "Not a number" in messages["anastrozole-1mg"]
    assert "currency" in messages["currency"]
    assert "name" in messages["name"]
    assert "where the prices come from" in messages["source"]
    row = dialog.rows["tamoxifen-20mg"]
    assert row.message.isVisible() and row.message.objectName() == "fieldMessage"
    assert row.price.accessibleDescription() == "A price cannot be negative."
    assert asked == [] and not target[0].exists()  # no file dialog, no file
    assert dialog.isVisible() and dialog.saved_book is None


def test_unknown_currency_code_is_refused(qtbot, window):
    """'XYZ' is not a currency: the message names it; 'gbp' is read as GBP."""
    dialog = editor_for(qtbot, window.state)
    dialog.currency_combo.setCurrentText("XYZ")
    assert "'XYZ' is not a currency code" in dialog.field_messages()["currency"]
    dialog.currency_combo.setCurrentText("gbp")
    assert "currency" not in dialog.field_messages()
    assert dialog.currency() == "GBP"


def test_fixing_a_price_takes_its_message_away(qtbot, window):
    """The message goes as soon as the price is readable."""
    dialog = editor_for(qtbot, window.state)
    price = dialog.rows["tamoxifen-20mg"].price
    qtbot.keyClicks(price, "-3")
    assert "tamoxifen-20mg" in dialog.field_messages()
    price.clear()
    qtbot.keyClicks(price, "3")
    assert "tamoxifen-20mg" not in dialog.field_messages()


def test_saved_book_reloads_equal_and_becomes_the_current_book(qtbot, window, save_to, tmp_path):
    """Save writes a .toml file that loads back equal; the book is chosen and remembered."""
    target, asked = save_to
    target[0] = tmp_path / "city.toml"
    dialog = clinician_tools.edit_prices(window)
    assert dialog is not None and dialog.isModal()
    fill(qtbot, dialog)
    click(qtbot, dialog.save_button)
    assert asked and asked[0].endswith("endoaid/price-books/clinic-city-hospital-2027.toml")
    book = load_price_book_file(target[0])
    assert window.state.price_book() == book
    assert book.kind == "clinic" and book.currency == "CNY"
    assert book.valid_from == dt.date(2027, 3, 1)
    assert book.source_summary.get("en") == SOURCE
    prices = {item.id: item.price for item in book.items}
    assert prices == {
        "laparoscopic-bso-day-case": Decimal(8000),
        "goserelin-3-6mg": Decimal("120.5"),
    }
    assert settings.remembered_price_books() == [str(target[0])]


def test_a_clinic_book_opens_again_for_editing_and_keeps_its_id(qtbot, window, save_to, tmp_path):
    """Editing the saved book starts from its own entries; saving again replaces it."""
    target, _asked = save_to
    target[0] = tmp_path / "city.toml"
    first = editor_for(qtbot, window.state)
    fill(qtbot, first)
    assert first.save()
    window.state.add_price_book(first.saved_book)
    again = editor_for(qtbot, window.state)
    assert again.start_combo.currentData() == first.saved_book.id
    assert again.name_edit.text() == "City Hospital 2027"
    assert again.source_edit.text() == SOURCE
    assert again.rows["laparoscopic-bso-day-case"].price.text() == "8000"
    price = again.rows["laparoscopic-bso-day-case"].price
    price.clear()
    qtbot.keyClicks(price, "9000.50")
    assert again.save()
    reloaded = load_price_book_file(target[0])
    assert reloaded.id == first.saved_book.id
    assert {i.id: i.price for i in reloaded.items}["laparoscopic-bso-day-case"] == Decimal(
        "9000.50"
    )


def test_cancelled_file_dialog_keeps_the_editor_open(qtbot, window, save_to):
    """No place chosen: nothing saved, the entries stay in the editor."""
    dialog = editor_for(qtbot, window.state)
    fill(qtbot, dialog)
    assert not dialog.save()
    assert dialog.isVisible() and dialog.rows["laparoscopic-bso-day-case"].price.text() == "8000"


def _clinic_session_state(qtbot, pack, save_to, tmp_path) -> ConsultationState:
    target, _asked = save_to
    target[0] = tmp_path / "city.toml"
    state = ConsultationState(
        pack,
        Session(decision_id="ovarian-suppression-method", options=["oophorectomy", "gnrh-agonist"]),
    )
    dialog = editor_for(qtbot, state)
    fill(qtbot, dialog)
    assert dialog.save()
    state.add_price_book(dialog.saved_book)
    return state


def test_cost_chart_and_side_by_side_say_whose_prices(qtbot, pack, save_to, tmp_path):
    """With the clinic's book, the cost chart and the Cost row name it, its date and source."""
    from endoaid.charts import cost_chart
    from endoaid.consultation import cost_course

    state = _clinic_session_state(qtbot, pack, save_to, tmp_path)
    book = state.price_book()
    line = f"Prices: City Hospital 2027, as of 1 Mar 2027, from {SOURCE} (entered by the clinic)"
    decision = state.decision()
    series = [cost_course(pack, ref, book, 5) for ref in state.session.options]
    spec = cost_chart(pack, decision, series, "en", book=book)
    assert line + "." in spec.notes
    assert line in cost_lines(state, "oophorectomy")
    zh = cost_chart(pack, decision, series, "zh_CN", book=book)
    assert (
        f"价格：City Hospital 2027，截至2027年3月1日，来源：{SOURCE}（由医院或诊所自行填写）。"
        in (zh.notes)
    )


def test_pdf_says_whose_prices_when_a_clinic_book_is_used(qtbot, pack, save_to, tmp_path):
    """The PDF made from the window uses the clinic's book and names it as the source."""
    from endoaid.report import build_report
    from tests.test_report.conftest import read_pdf

    state = _clinic_session_state(qtbot, pack, save_to, tmp_path)
    out = build_report(*state.report_inputs(), tmp_path / "summary.pdf")
    text = " ".join(read_pdf(out)[1])
    assert "(entered by the clinic)" in text
    assert SOURCE in text
    assert "CN¥8,000" in text  # the operation's price, from the clinic's book


def test_saved_book_is_what_a_kiosk_configuration_can_load(qtbot, pack, save_to, tmp_path):
    """The kiosk configuration names the saved file; each new patient starts with it."""
    state = _clinic_session_state(qtbot, pack, save_to, tmp_path)
    book = state.price_book()
    config = parse_config(
        {
            "pin_hash": PIN_HASH,
            "price_book_files": [str(tmp_path / "city.toml")],
            "default_price_book": book.id,
        },
        tmp_path / "kiosk.toml",
    )
    kiosk_state = ConsultationState(pack, Session(), kiosk=True)
    load_configured_price_books(kiosk_state, config)
    assert kiosk_state.price_book() == book
    # and the kiosk's summary is made from it, though the session itself names no book
    report_pack, report_session = kiosk_state.report_inputs()
    assert report_session.price_book_id == book.id
    assert report_pack.price_book(book.id) == book
    assert kiosk_state.session.price_book_id is None


def test_kiosk_has_no_price_editor(qtbot, make_window):
    """In kiosk mode the Prices menu has no 'Edit prices...' and the action does nothing."""
    window = make_window(kiosk=True)
    window._fill_prices_menu()
    texts = [a.text() for a in window.prices_menu.actions()]
    assert "Edit prices..." not in texts
    assert not window.edit_prices_action.isEnabled()
    assert clinician_tools.edit_prices(window) is None


def test_clinician_prices_menu_offers_the_editor(qtbot, window):
    """In clinician mode the Prices menu lists 'Edit prices...' after loading a book."""
    window._fill_prices_menu()
    texts = [a.text() for a in window.prices_menu.actions()]
    assert texts[-2:] == ["Load a price book...", "Edit prices..."]
