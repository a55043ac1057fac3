"""The price editor (Prices → Edit prices…): a clinic enters its own prices and saves them.

Clinician mode only. Nothing is saved until every field is acceptable; the file is written
whole or not at all, and loads through the same reader as the shipped books and the kiosk
configuration.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from endoaid.consultation import PriceBookError
from endoaid.consultation.clinic_prices import (
    clinic_book,
    clinic_book_id,
    priced_items,
    save_price_book,
)
from endoaid.content import PriceBook
from endoaid.ui.common.error_words import error_text
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import add_field_row
from endoaid.ui.widgets.price_fields import FieldMessage, PriceRow, known_currencies

COMMON_CURRENCIES = ("CNY", "HKD", "TWD", "GBP", "USD", "EUR")
MAX_TEXT = 200


class PriceBookEditor(QDialog):
    """Start from a book or from nothing, enter the prices, then save them as a .toml file."""

    def __init__(self, state: ConsultationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.saved_book: PriceBook | None = None
        self.saved_path: Path | None = None
        self._book_id: str | None = None  # kept when editing a clinic's own book
        self.setWindowTitle(self.tr("Edit prices"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "Enter the prices your clinic uses, with where they come from. Leave a price "
                "empty when it is not known: the item is then not priced, and an option that "
                "needs it is shown in treatments and visits instead of money. Type a price as "
                "digits with a point for decimals (12 or 12.50), without commas or a currency "
                "sign."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._book_form())
        layout.addWidget(self._price_table(), 1)
        self.save_message = QLabel()
        self.save_message.setObjectName("fieldMessage")
        self.save_message.setWordWrap(True)
        self.save_message.hide()
        layout.addWidget(self.save_message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.start_combo.currentIndexChanged.connect(lambda _i: self.start_from(self._start()))
        chosen = state.price_book()
        index = self.start_combo.findData(chosen.id) if chosen and chosen.kind == "clinic" else 0
        self.start_combo.setCurrentIndex(max(0, index))
        self.start_from(self._start())

    # --- building -----------------------------------------------------------------------

    def _with_message(self, form: QFormLayout, label: str, field: QWidget) -> FieldMessage:
        message = FieldMessage(field)
        add_field_row(form, field, message, stretch=2).setText(label)
        return message

    def _book_form(self) -> QFormLayout:
        form = QFormLayout()
        self.start_combo = QComboBox()
        self.start_combo.addItem(self.tr("An empty book"), None)
        for book_id, book in self.state.price_books.items():
            self.start_combo.addItem(self.state.text(book.name), book_id)
        form.addRow(self.tr("Start from:"), self.start_combo)
        form.labelForField(self.start_combo).setBuddy(self.start_combo)  # type: ignore[attr-defined]
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_TEXT)
        self.name_edit.setPlaceholderText(self.tr("e.g. City Hospital prices 2027"))
        self.name_message = self._with_message(form, self.tr("Name of the book:"), self.name_edit)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setMaximumDate(QDate.currentDate().addYears(2))
        self.date_edit.setMaximumWidth(220)
        form.addRow(self.tr("Prices as of:"), self.date_edit)
        form.labelForField(self.date_edit).setBuddy(self.date_edit)  # type: ignore[attr-defined]
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.currency_combo.setMaximumWidth(220)
        self.currency_message = self._with_message(form, self.tr("Currency:"), self.currency_combo)
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(MAX_TEXT)
        self.source_edit.setPlaceholderText(self.tr("e.g. Hospital pharmacy list, March 2027"))
        self.source_message = self._with_message(
            form, self.tr("Where the prices come from:"), self.source_edit
        )
        self.name_edit.textChanged.connect(lambda _t: self._check_name())
        self.currency_combo.currentTextChanged.connect(lambda _t: self._check_currency())
        self.source_edit.textChanged.connect(lambda _t: self.source_message.say(""))
        return form

    def _price_table(self) -> QScrollArea:
        inner = QWidget()
        grid = QGridLayout(inner)
        headers = (self.tr("Item"), self.tr("Price"), self.tr("for"), self.tr("unit"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.rows: dict[str, PriceRow] = {}
        for r, item in enumerate(priced_items(self.state.pack), start=1):
            row = PriceRow(item, self.state.text(item.label), inner)
            for column, widget in enumerate(
                (row.name, row.price, row.per_units, row.unit, row.message)
            ):
                grid.addWidget(widget, r, column)
            self.rows[item.id] = row
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 3)
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # --- filling ------------------------------------------------------------------------

    def _start(self) -> PriceBook | None:
        book_id = self.start_combo.currentData()
        return self.state.price_books.get(book_id) if book_id else None

    def start_from(self, book: PriceBook | None) -> None:
        """Fill every field from `book` (a clinic's own book is edited; others are copied)."""
        own = book is not None and book.kind == "clinic"
        self._book_id = book.id if own else None
        self.name_edit.setText(self.state.text(book.name) if own and book else "")
        self.source_edit.setText(self.state.text(book.source_summary) if own and book else "")
        day = book.valid_from if own and book else dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.currency_combo.setCurrentText(book.currency if book else "")
        prices = {item.id: item for item in book.items} if book else {}
        for item_id, row in self.rows.items():
            row.show(prices.get(item_id))
        for message in (self.name_message, self.currency_message, self.source_message):
            message.say("")
        self.save_message.hide()

    # --- checking -----------------------------------------------------------------------

    def _check_name(self) -> bool:
        ok = bool(self.name_edit.text().strip())
        self.name_message.say("" if ok else self.tr("Give the book a name."))
        return ok

    def currency(self) -> str:
        """Return the currency code as typed, in capitals."""
        return self.currency_combo.currentText().strip().upper()

    def _check_currency(self) -> bool:
        code = self.currency()
        if not code:
            self.currency_message.say(self.tr("Choose or type the currency of the prices."))
            return False
        if code not in known_currencies():
            self.currency_message.say(
                self.tr(
                    "'{0}' is not a currency code: use three letters such as CNY or GBP."
                ).format(code[:10])
            )
            return False
        self.currency_message.say("")
        return True

    def field_messages(self) -> dict[str, str]:
        """Return every message shown beside a field, by field ('name', 'currency', item id)."""
        fields = {
            "name": self.name_message,
            "currency": self.currency_message,
            "source": self.source_message,
        }
        fields.update({item_id: row.message for item_id, row in self.rows.items()})
        return {key: m.text() for key, m in fields.items() if m.isVisibleTo(self) and m.text()}

    def _entries(self) -> list[tuple] | None:
        """Check every field and return the priced entries, or None when any is refused."""
        ok = self._check_name() & self._check_currency()
        entries: list[tuple] = []
        first_bad: QWidget | None = None
        for row in self.rows.values():
            price, good = row.check()
            if not good:
                first_bad = first_bad or row.price
                ok = False
            elif price is not None:
                entries.append((row.item, price, Decimal(row.per_units.value()), row.unit_id()))
        typed = any(row.price.text().strip() for row in self.rows.values())
        if typed and not self.source_edit.text().strip():
            self.source_message.say(
                self.tr("Say where the prices come from: it is shown with every cost.")
            )
            ok = False
        if not ok:
            for message in (self.name_message, self.currency_message, self.source_message):
                if message.text():
                    first_bad = message.field
                    break
            if first_bad is not None:
                first_bad.setFocus()
            return None
        return entries

    # --- saving -------------------------------------------------------------------------

    def book(self) -> PriceBook | None:
        """Return the book as entered, or None (with the messages shown) when a field is wrong."""
        entries = self._entries()
        if entries is None:
            return None
        name = self.name_edit.text().strip()
        taken = set(self.state.price_books) - ({self._book_id} if self._book_id else set())
        book_id = self._book_id or clinic_book_id(name, taken)
        day = self.date_edit.date()
        try:
            return clinic_book(
                book_id,
                name,
                self.currency(),
                dt.date(day.year(), day.month(), day.day()),
                self.source_edit.text(),
                entries,
            )
        except PriceBookError as exc:  # a limit of the file format the fields did not catch
            self._say_not_saved(error_text(exc))
            return None

    def _say_not_saved(self, reason: str) -> None:
        self.save_message.setText("⚠ " + self.tr("Not saved: {0}").format(reason))
        self.save_message.show()

    def save(self) -> bool:
        """Check the fields, ask where to save, write the file; keep the dialog open if not."""
        self.save_message.hide()
        book = self.book()
        if book is None:
            return False
        from endoaid.ui.clinician.file_dialogs import ask_price_book_target

        path = ask_price_book_target(self, book.id)
        if path is None:
            return False
        try:
            written = save_price_book(book, path)
        except PriceBookError as exc:
            self._say_not_saved(error_text(exc))
            return False
        self.saved_book, self.saved_path = book, written
        self.accept()
        return True
