"""Closing the window or opening another session never loses her entries without asking."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from endoaid.consultation import Session, load_session, save_session
from endoaid.ui.clinician import tools as clinician_tools
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.flow_helpers import click


def _asked(window, answer: str) -> list[str]:
    """Answer the 'save first?' question with `answer`; return the questions asked."""
    questions: list[str] = []

    def ask(question: str) -> str:
        questions.append(question)
        return answer

    window.ask_save_first = ask
    return questions


def _rate_something(qtbot, window) -> None:
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("values")
    click(qtbot, window.page("values").controls["keep-fertility"].buttons[4])


def test_nothing_entered_closes_without_a_question(qtbot, window):
    questions = _asked(window, "cancel")
    window.go_to_page("charts")  # looking around is not an entry
    assert window.close()
    assert questions == []


def test_cancel_keeps_the_window_and_every_entry(qtbot, window):
    _rate_something(qtbot, window)
    questions = _asked(window, "cancel")
    assert not window.close()
    assert window.isVisible() and len(questions) == 1
    assert window.state.session.ratings == {"keep-fertility": 4}


def test_discard_closes(qtbot, window):
    _rate_something(qtbot, window)
    _asked(window, "discard")
    assert window.close()


def test_save_asks_where_then_writes_the_session_and_closes(qtbot, window, tmp_path, monkeypatch):
    _rate_something(qtbot, window)
    _asked(window, "save")
    target = tmp_path / "visit.endoaid.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.close()
    assert load_session(target).ratings == {"keep-fertility": 4}


def test_save_dialog_cancelled_keeps_the_window(qtbot, window, monkeypatch):
    _rate_something(qtbot, window)
    _asked(window, "save")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert not window.close()
    assert window.isVisible()


def test_notes_typed_without_any_other_change_count_as_entries(qtbot, window):
    window.go_to_page("summary")
    qtbot.keyClicks(window.page("summary").notes, "Her sister had the operation.")
    questions = _asked(window, "cancel")
    assert not window.close()
    assert questions


def test_after_saving_closing_asks_nothing(qtbot, window, tmp_path):
    _rate_something(qtbot, window)
    assert clinician_tools.save_session_file(window, tmp_path / "visit.endoaid.json")
    questions = _asked(window, "cancel")
    assert window.close()
    assert questions == []


def test_opening_another_session_asks_first_and_cancel_keeps_this_one(
    qtbot, window, tmp_path, monkeypatch
):
    other = tmp_path / "other.endoaid.json"
    save_session(Session(), other)
    _rate_something(qtbot, window)
    questions = _asked(window, "cancel")
    opened: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: opened.append("dialog") or (str(other), "")),
    )
    clinician_tools.ask_open_session(window)
    assert questions and opened == []
    assert window.state.session.ratings == {"keep-fertility": 4}
    _asked(window, "discard")
    clinician_tools.ask_open_session(window)
    assert opened == ["dialog"] and window.state.session.ratings == {}
    assert not window.state.unsaved  # as opened
