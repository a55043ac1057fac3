"""Steps for the tumour details section, written once for the personalised-figure tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from endoaid.consultation import Session
from endoaid.consultation.predict import TumourDetails, make_tumour_details
from endoaid.content import load_pack
from endoaid.ui.app.main_window import MainWindow
from tests.test_ui.conftest import postmenopausal_early

GOOD = {"age": "58", "size_mm": "22", "grade": "2", "nodes": "1"}
"""A complete, possible set of the typed fields (ER is chosen)."""


def her_tumour() -> TumourDetails:
    """Return the tumour details GOOD describes, ER-positive."""
    return make_tumour_details(age=58, size_mm=22, grade=2, nodes=1, er="positive")


def session_with_tumour(decision: str = "postmenopausal-endocrine", **fields) -> Session:
    """Return a session for an early-disease decision that holds her tumour details."""
    values = {"profile": postmenopausal_early(), "tumour": her_tumour(), **fields}
    comparison = list(load_pack().decision(decision).standard_comparison)
    return Session(decision_id=decision, options=comparison, **values)


def open_tumour_section(qtbot, window: MainWindow):
    """Go to 'Her situation' and open the tumour section; return the section."""
    window.go_to_page("profile")
    section = window.page("profile").tumour
    if not section.is_open():
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    return section


def type_tumour(qtbot, section, values: dict[str, str], er: str = "positive") -> None:
    """Type each field as a person would and choose the ER status."""
    section.choices["er"].setCurrentIndex(section.choices["er"].findData(er))
    for name, text in values.items():
        edit = section.fields[name]
        edit.clear()
        qtbot.keyClicks(edit, text)
