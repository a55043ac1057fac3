"""Whom the guide is for (Welcome), how it was made (About) and who reviewed it (footer)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from endoaid.consultation import Session
from endoaid.content.signoff import ClinicalReview, SignOff
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.widgets.about_dialog import about_html, methods_html

SIGN_OFF = SignOff(
    clinic="Riverside Breast Unit",
    name="Dr Mei Lin",
    role="breast oncologist",
    date=dt.date(2026, 12, 1),
    content_version="1.0",
    pack_sha256="0" * 64,
    contact="the breast-care nurses, 0123 456",
)


def _reviewed(pack, *, current: bool):
    return dataclasses.replace(pack, review=ClinicalReview(sign_off=SIGN_OFF, current=current))


def _window(qtbot, pack) -> MainWindow:
    window = MainWindow(ConsultationState(pack, Session()))
    qtbot.addWidget(window)
    window.show()
    return window


def test_welcome_says_whom_the_guide_is_for_and_not_for(window, pack):
    """The audience paragraph is on Welcome, in view, before any decision is chosen."""
    page = window.pages[0]
    assert page.audience.isVisible()
    assert page.audience.text() == pack.info.audience.get("en")
    assert "not for men with breast cancer" in page.audience.text()


def test_welcome_audience_follows_the_language(window, pack):
    """In Chinese the same paragraph is shown in Chinese."""
    window.set_language("zh_CN")
    try:
        assert window.pages[0].audience.text() == pack.info.audience.get("zh_CN")
    finally:
        window.set_language("en")


def test_footer_says_evidence_checked_and_not_yet_clinically_reviewed(window):
    """Without a sign-off the footer reads as what it is: evidence checked, not reviewed."""
    text = window.footer.text()
    assert "evidence checked" in text and "not yet clinically reviewed" in text
    assert "· reviewed" not in text


def test_footer_and_about_name_the_clinic_only_while_its_sign_off_holds(qtbot, pack):
    """A current sign-off is named in the footer and About; an outdated one is not."""
    signed = _window(qtbot, _reviewed(pack, current=True))
    line = "Reviewed for Riverside Breast Unit by Dr Mei Lin, breast oncologist on 1 Dec 2026"
    assert line in signed.footer.text()
    about = about_html(signed.state.pack, "en")
    assert line in about and "At Riverside Breast Unit: the breast-care nurses" in about
    stale = _window(qtbot, _reviewed(pack, current=False))
    assert "not yet clinically reviewed" in stale.footer.text()
    about = about_html(stale.state.pack, "en")
    assert "Dr Mei Lin" not in about and "Dr Mei Lin" not in stale.footer.text()
    assert "changed after it was reviewed for Riverside Breast Unit" in about


def test_about_has_the_methods_page_contact_and_certainty_beside_each_source(pack):
    """About: how evidence was chosen and labelled, translation, reading level, PREDICT."""
    text = about_html(pack, "en") + methods_html(pack, "en")
    methods = pack.info.methods
    for paragraph in (
        methods.evidence,
        methods.certainty,
        methods.translation,
        methods.readability,
        methods.predict,
    ):
        assert paragraph.get("en").replace("'", "&#x27;") in text
    assert pack.info.contact.get("en") in text
    labels = text.count("(certainty: high)") + text.count("(certainty: medium)")
    assert labels == len(pack.citations)
    assert "Evidence last checked" in text and "Last reviewed" not in text


def test_about_opens_the_methods_page_on_its_own_tab(qtbot, window):
    """About has a second tab, 'How this guide was made', with the methods in view."""
    window.show_about()
    dialog = window.about_dialog
    assert dialog.tabs.tabText(1) == "How this guide was made"
    dialog.tabs.setCurrentIndex(1)
    assert "How the evidence was chosen" in dialog.methods_browser.toPlainText()
    dialog.close()


def test_the_note_for_the_record_says_evidence_checked_and_who_reviewed(qtbot, pack):
    """The note for the record ends with the content version, 'evidence checked' and review."""
    from endoaid.i18n import format_date
    from endoaid.ui.common.record_note import record_note

    plain = _window(qtbot, pack)
    plain.open_decision("premenopausal-endocrine")
    checked = format_date(pack.info.last_reviewed, "en")
    assert f"evidence checked {checked}; not yet clinically reviewed." in record_note(plain.state)
    signed = _window(qtbot, _reviewed(pack, current=True))
    signed.open_decision("premenopausal-endocrine")
    assert "Reviewed for Riverside Breast Unit by Dr Mei Lin" in record_note(signed.state)
