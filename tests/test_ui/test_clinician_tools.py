"""Clinician tools: new patient, sessions, price books, the note for the record."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from endoaid.consultation import Session, load_session
from endoaid.records import dump, dump_json
from endoaid.ui.clinician import tools as clinician_tools
from endoaid.ui.common import settings
from endoaid.ui.common.record_note import record_note
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.flow_helpers import choose_decision, click, fill_profile


def _fill_a_consultation(qtbot, window) -> None:
    choose_decision(qtbot, window, "ovarian-suppression-method")
    fill_profile(qtbot, window, "pre", "early", "38")
    window.go_to_page("values")
    click(qtbot, window.page("values").controls["keep-fertility"].buttons[4])
    window.page("values").concern_edit.setText("Cost of travel to clinic")
    click(qtbot, window.page("values").add_button)
    window.go_to_page("sure")
    click(qtbot, window.page("sure").answers["sure"].yes)
    window.go_to_page("summary")
    click(qtbot, window.page("summary").leaning_buttons["oophorectomy"])
    qtbot.keyClicks(window.page("summary").questions, "Will I need HRT?")


def test_new_patient_clears_every_page_after_confirmation(qtbot, window):
    """After 'New patient' no entry of the last patient is left on any page or in the session."""
    _fill_a_consultation(qtbot, window)
    window.confirm = lambda _title, _text: True
    assert window.new_patient()
    session = window.state.session
    assert session.profile is None and session.decision_id is None and session.options == []
    assert session.ratings == {} and session.own_concerns == [] and session.sure_after == {}
    assert session.questions == [] and session.leaning is None
    assert window.current_page().page_id == "welcome"
    assert window.page("profile").fields["age"].text() == ""
    assert window.page("profile").menopause.currentData() == ""
    assert window.page("summary").questions.toPlainText() == ""
    assert window.page("values").controls == {}
    assert not any(b.isChecked() for b in window.page("welcome").decision_buttons.values())
    assert window.page("sure").answers["sure"].answer() is None


def test_new_patient_declined_keeps_everything(qtbot, window):
    """Answering No to the confirmation keeps the current patient's entries."""
    _fill_a_consultation(qtbot, window)
    window.confirm = lambda _title, _text: False
    assert not window.new_patient()
    assert window.state.session.ratings == {"keep-fertility": 4}


def test_saved_session_opens_again_with_every_entry(qtbot, window, make_window, tmp_path):
    """A session saved to .endoaid.json opens in a new window with the same entries shown."""
    _fill_a_consultation(qtbot, window)
    path = tmp_path / "visit.endoaid.json"
    assert clinician_tools.save_session_file(window, path)
    other = make_window()
    assert clinician_tools.open_session_file(other, path)
    assert other.state.session.ratings == {"keep-fertility": 4}
    assert other.page("profile").fields["age"].text() == "38"
    assert other.page("summary").questions.toPlainText() == "Will I need HRT?"
    assert other.state.session.leaning == "oophorectomy"


def test_bad_session_file_shows_the_reason_and_keeps_the_session(qtbot, window, tmp_path):
    """A damaged file shows a dialog with one line and the current session is untouched."""
    _fill_a_consultation(qtbot, window)
    before = dump(window.state.session)
    bad = tmp_path / "broken.endoaid.json"
    bad.write_text('{"schema_version": 1, "ratings": {"keep', encoding="utf-8")
    assert not clinician_tools.open_session_file(window, bad)
    box = window.problem_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "This session cannot be opened"
    assert box.text() and "\n" not in box.text()
    assert dump(window.state.session) == before
    assert window.page("summary").questions.toPlainText() == "Will I need HRT?"


def test_loaded_price_book_is_chosen_and_remembered(qtbot, window, pack, tmp_path):
    """A local price book is used at once and remembered in the settings for next time."""
    book = dump(pack.price_book(pack.info.default_price_book), mode="json")
    book["id"] = "my-clinic"
    book["name"] = {"en": "My clinic prices 2026"}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(book), encoding="utf-8")
    assert clinician_tools.load_price_book_path(window, path)
    assert window.state.price_book().id == "my-clinic"
    assert settings.remembered_price_books() == [str(path)]


def test_copy_note_puts_decision_options_priorities_sure_and_leaning_on_the_clipboard(
    qtbot, window, pack
):
    """The note for the record names everything the brief lists, in plain text."""
    _fill_a_consultation(qtbot, window)
    text = clinician_tools.copy_note(window)
    assert QGuiApplication.clipboard().text() == text
    decision = pack.decision("ovarian-suppression-method")
    assert decision.statement.get("en") in text
    assert "Operation to remove the ovaries" in text
    assert "Injections to stop the ovaries (GnRH agonist)" in text
    assert "Being able to have periods, or a baby with my own eggs, later (4/4)" in text
    assert "Cost of travel to clinic" in text
    assert "Readiness (SURE): Before: skipped. Now: 1 of 4 'yes'." in text
    assert "Leaning: Operation to remove the ovaries" in text


def test_opened_session_profile_fills_the_form(qtbot, make_window, tmp_path: Path):
    """A session with a profile shows that profile in the form fields."""
    session = Session(profile=premenopausal_early(), decision_id="ovarian-suppression-method")
    window = make_window(session=session)
    assert window.page("profile").fields["age"].text() == "38"
    path = tmp_path / "s.endoaid.json"
    clinician_tools.save_session_file(window, path)
    assert load_session(path).profile == premenopausal_early()


def test_summary_page_copy_button_copies_the_same_note(qtbot, window):
    """The summary page's 'Copy note for the record' button copies the note for the record."""
    _fill_a_consultation(qtbot, window)
    window.go_to_page("summary")
    click(qtbot, window.page("summary").copy_button)
    assert QGuiApplication.clipboard().text() == record_note(window.state)
    assert "Leaning: Operation to remove the ovaries" in QGuiApplication.clipboard().text()


def test_session_naming_unknown_content_is_refused_and_the_session_kept(qtbot, window, tmp_path):
    """A session for a decision this content does not have shows why and changes nothing."""
    _fill_a_consultation(qtbot, window)
    before = dump(window.state.session)
    other = Session(decision_id="a-retired-decision", options=["old-drug", "gnrh-agonist"])
    path = tmp_path / "old.endoaid.json"
    path.write_bytes(dump_json(other))
    assert not clinician_tools.open_session_file(window, path)
    assert "a-retired-decision" in window.problem_box.text()
    assert dump(window.state.session) == before
