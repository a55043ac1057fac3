"""The fields of the price editor: one row per priced item, and a message beside each field.

A message is red text beside its field and the field's accessible description, so a screen
reader says what is wrong when the field gets the focus, not only someone looking at it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QSpinBox, QWidget

from endoaid.consultation.clinic_prices import (
    PricedItem,
    PriceTextError,
    parse_price,
)
from endoaid.content import PriceItem
from endoaid.ui.common.error_words import error_text

UNITS: tuple[str, ...] = (
    "tablet",
    "capsule",
    "implant",
    "injection",
    "dose",
    "operation",
    "scan",
    "visit",
)
MAX_PER_UNITS = 100_000


def unit_names() -> dict[str, str]:
    """Return each price unit as the editor names it, in the interface language."""
    return {
        "tablet": QCoreApplication.translate("PriceEditor", "tablet(s)"),
        "capsule": QCoreApplication.translate("PriceEditor", "capsule(s)"),
        "implant": QCoreApplication.translate("PriceEditor", "implant(s)"),
        "injection": QCoreApplication.translate("PriceEditor", "injection(s)"),
        "dose": QCoreApplication.translate("PriceEditor", "dose(s)"),
        "operation": QCoreApplication.translate("PriceEditor", "operation(s)"),
        "scan": QCoreApplication.translate("PriceEditor", "scan(s)"),
        "visit": QCoreApplication.translate("PriceEditor", "visit(s)"),
    }


@cache
def known_currencies() -> frozenset[str]:
    """Return the ISO 4217 codes Qt's locale data uses (every currency in use somewhere)."""
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    iso = QLocale.CurrencySymbolFormat.CurrencyIsoCode
    return frozenset(code for loc in locales if len(code := loc.currencySymbol(iso)) == 3)


class FieldMessage(QLabel):
    """The message beside one field: red text, also the field's accessible description."""

    def __init__(self, field: QWidget, hint: str = "") -> None:
        super().__init__()
        self.field = field
        self.hint = hint
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.say("")

    def say(self, text: str) -> None:
        """Show `text` beside the field ('' clears it and gives the field back its hint)."""
        self.setText("⚠ " + text if text else "")
        self.setVisible(bool(text))
        self.field.setAccessibleDescription(text or self.hint)


class PriceRow:
    """One priced item: its name, the price typed, how many units it covers, and the unit."""

    def __init__(self, item: PricedItem, name: str, parent: QWidget) -> None:
        self.item = item
        self.name = QLabel(name, parent)
        self.name.setWordWrap(True)
        self.price = QLineEdit(parent)
        self.price.setAccessibleName(
            QCoreApplication.translate("PriceEditor", "Price of {0}").format(name)
        )
        self.price.setMaximumWidth(140)
        self.name.setBuddy(self.price)
        self.per_units = QSpinBox(parent)
        self.per_units.setRange(1, MAX_PER_UNITS)
        self.per_units.setAccessibleName(
            QCoreApplication.translate("PriceEditor", "Units the price of {0} covers").format(name)
        )
        self.unit = QComboBox(parent)
        names = unit_names()
        for unit in UNITS:
            self.unit.addItem(names[unit], unit)
        self.unit.setAccessibleName(
            QCoreApplication.translate("PriceEditor", "Unit of {0}").format(name)
        )
        self.message = FieldMessage(
            self.price, QCoreApplication.translate("PriceEditor", "Empty: not priced")
        )
        self.price.textChanged.connect(lambda _t: self.check())
        self.show(None)

    def show(self, priced: PriceItem | None) -> None:
        """Fill the row from a book's item, or empty with the content's unit when not priced."""
        self.price.setText(format(priced.price, "f") if priced else "")
        self.per_units.setValue(int(priced.per_units) if priced else 1)
        unit = priced.unit if priced else self.item.kind  # the content's kinds are units too
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self.message.say("")

    def unit_id(self) -> str:
        """Return the unit chosen ('tablet', 'implant', ...)."""
        return str(self.unit.currentData())

    def check(self) -> tuple[Decimal | None, bool]:
        """Return (price or None, True when the typed text is acceptable); show why not."""
        try:
            price = parse_price(self.price.text())
        except PriceTextError as exc:
            self.message.say(error_text(exc))  # the codes are worded with the others
            return None, False
        self.message.say("")
        return price, True
