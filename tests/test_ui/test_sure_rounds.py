"""The SURE test twice: 'before' right after the decision is picked (skippable), 'now' at the end,
and both with the change in the summary, the note for the record and the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton

from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.record_note import record_note
from tests.test_ui.flow_helpers import choose_decision, click
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release

ITEMS = ("sure", "understand", "risk-benefit", "encouragement")


def _answer_before(qtbot, window: MainWindow, yes: set[str]) -> None:
    page = window.page("sure_before")
    for item in ITEMS:
        click(qtbot, page.answers[item].yes if item in yes else page.answers[item].no)


def _answer_now(qtbot, window: MainWindow, yes: set[str]) -> None:
    window.go_to_page("sure")
    page = window.page("sure")
    for item in ITEMS:
        click(qtbot, page.answers[item].yes if item in yes else page.answers[item].no)


def test_start_shows_the_before_questions_right_after_the_decision(qtbot, window, pack):
    """Picking a decision and pressing Start shows the four questions, worded as published."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    page = window.current_page()
    assert page.page_id == "sure_before"
    assert page.heading.text() == "Before you start"
    shown = [label.text() for label in page.grid.questions.values()]
    assert shown == [f"{i.letter} — {i.question.get('en')}" for i in pack.sure.items]
    assert shown[0] == "S — Do you feel SURE about the best choice for you?"


def test_skipping_is_as_plain_as_continuing(qtbot, window):
    """'Skip these questions' is a button of the same kind and width as 'Continue'."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    page = window.page("sure_before")
    skip, go_on = page.skip_button, page.continue_button
    assert skip.text() == "Skip these questions" and go_on.text() == "Continue"
    assert skip.objectName() == go_on.objectName() != "primary"
    assert skip.width() == go_on.width()
    assert skip.isVisible() and skip.isEnabled()


def test_skipping_moves_on_and_every_later_page_says_it_was_skipped(qtbot, window):
    """Skip goes to the next step, records nothing, and 'now' and the summary say so."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    click(qtbot, window.page("sure_before").skip_button)
    assert window.current_page().page_id == "why"
    assert window.state.session.sure_before == {}
    _answer_now(qtbot, window, {"sure", "understand"})
    sure = window.page("sure")
    assert sure.skipped.isVisible()
    assert not sure.grid.shown_title.isVisible()
    assert sure.scores.text() == "Before: skipped. Now: 2 of 4 'yes'."
    window.go_to_page("summary")
    assert "Before: skipped. Now: 2 of 4 'yes'." in window.page("summary").sure_text.text()


def test_the_ready_to_decide_page_asks_now_only_and_shows_before_to_read(qtbot, window):
    """Her 'before' answers stand beside the 'now' questions as words, not as buttons."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    _answer_before(qtbot, window, {"understand"})
    _answer_now(qtbot, window, set(ITEMS))
    sure = window.page("sure")
    assert len(sure.findChildren(QRadioButton)) == 2 * len(ITEMS)  # one Yes/No pair per question
    assert [sure.grid.shown[i].text() for i in ITEMS] == ["No", "Yes", "No", "No"]
    assert sure.grid.shown_title.text() == "At the start"
    assert sure.grid.answer_title.text() == "Now"
    assert window.state.session.sure_before == {
        "sure": False,
        "understand": True,
        "risk-benefit": False,
        "encouragement": False,
    }
    assert sure.scores.text() == "Before: 1 of 4 'yes'. Now: 4 of 4 'yes'. 3 more 'yes' now."


@pytest.mark.parametrize(
    ("before", "now", "change"),
    [
        ({"sure", "understand"}, set(ITEMS), "2 more 'yes' now."),
        (set(ITEMS), {"sure"}, "3 fewer 'yes' now."),
        ({"sure"}, {"encouragement"}, "No change."),
    ],
)
def test_summary_and_note_give_both_rounds_and_the_change(qtbot, window, before, now, change):
    """The summary page and the note for the record say before, now, and what changed."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    _answer_before(qtbot, window, before)
    _answer_now(qtbot, window, now)
    expected = f"Before: {len(before)} of 4 'yes'. Now: {len(now)} of 4 'yes'. {change}"
    window.go_to_page("summary")
    assert window.page("summary").sure_text.text() == f"Ready to decide (SURE): {expected}"
    assert f"Readiness (SURE): {expected}" in record_note(window.state).splitlines()


def test_the_step_bar_keeps_welcome_marked_on_the_before_questions(qtbot, window):
    """The short 'before' screen belongs to the start: no extra step-bar entry, Welcome marked."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    buttons = window.step_bar.buttons()
    assert len(buttons) == 10
    assert buttons[0].isChecked() and buttons[0].text() == "Welcome"
    click(qtbot, buttons[1])
    assert window.current_page().page_id == "why"
    assert buttons[1].isChecked()


def test_back_from_why_returns_to_the_before_answers_unchanged(qtbot, window):
    """Back and Next keep the 'before' answers on their screen."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    _answer_before(qtbot, window, {"sure", "encouragement"})
    click(qtbot, window.page("sure_before").continue_button)
    assert window.current_page().page_id == "why"
    click(qtbot, window.back_button)
    page = window.current_page()
    assert page.page_id == "sure_before"
    assert [page.answers[i].answer() for i in ITEMS] == [True, False, False, True]


def test_the_kiosk_asks_before_at_the_start_too(qtbot, pack):
    """In kiosk mode, Start after picking a decision shows the same skippable questions."""
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        choose_decision(qtbot, window, "ovarian-suppression-method")
        page = window.current_page()
        assert page.page_id == "sure_before"
        click(qtbot, page.skip_button)
        assert window.current_page().page_id == "why"
    finally:
        release(window)
