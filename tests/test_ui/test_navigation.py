"""Moving through the flow: Back/Next, step-bar jumps and shortcuts keep what was entered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.test_ui.flow_helpers import choose_decision, click, fill_profile


def test_back_and_forward_keep_profile_ratings_answers_and_notes(qtbot, window):
    """Entries on every page are still there after going back to the start and forward again."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    fill_profile(qtbot, window, "pre", "early", "41")
    window.go_to_page("values")
    click(qtbot, window.page("values").controls["done-once"].buttons[2])
    window.go_to_page("sure_before")
    click(qtbot, window.page("sure_before").answers["understand"].no)
    window.go_to_page("sure")
    click(qtbot, window.page("sure").answers["sure"].yes)
    window.go_to_page("summary")
    qtbot.keyClicks(window.page("summary").notes, "Talk to partner first")
    for _ in range(len(window.pages)):
        click(qtbot, window.back_button) if window.back_button.isEnabled() else None
    assert window.current_page().page_id == "welcome"
    for _ in range(len(window.pages) - 1):
        click(qtbot, window.next_button)
    assert window.current_page().page_id == "export"
    assert window.page("profile").fields["age"].text() == "41"
    assert window.page("profile").menopause.currentData() == "pre"
    assert window.page("values").controls["done-once"].rating() == 2
    assert window.page("sure_before").answers["understand"].answer() is False
    assert window.page("sure").answers["sure"].answer() is True
    assert window.page("sure").grid.shown["understand"].text() == "No"
    assert window.page("summary").notes.toPlainText() == "Talk to partner first"
    assert window.state.session.notes == "Talk to partner first"


def test_step_bar_jumps_straight_to_any_step(qtbot, window):
    """Clicking a step in the bar shows that page and marks it as the current step."""
    buttons = window.step_bar.buttons()
    assert [b.text() for b in buttons][:3] == ["Welcome", "Why", "Your situation"]
    click(qtbot, buttons[7])
    assert window.current_page().page_id == "sure"
    assert buttons[7].isChecked() and buttons[7].property("current") is True
    assert not buttons[0].isChecked()


def test_back_is_off_on_the_first_page_and_next_off_on_the_last(qtbot, window):
    """The first page cannot go back and the last cannot go on."""
    assert not window.back_button.isEnabled()
    window.go_to(len(window.pages) - 1)
    assert not window.next_button.isEnabled()


def test_alt_arrow_shortcuts_move_between_steps(qtbot, window):
    """Alt+Right goes on a step and Alt+Left comes back."""
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().page_id == "sure_before"
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().page_id == "welcome"


def test_decision_menu_opens_a_decision_in_two_clicks(qtbot, window, pack):
    """Choosing a decision in the Decision menu shows its options with the standard comparison."""
    window.decision_menu.aboutToShow.emit()
    titles = {a.text(): a for a in window.decision_menu.actions() if a.text()}
    decision = pack.decision("ovarian-suppression-method")
    titles[decision.title.get("en")].trigger()
    assert window.current_page().page_id == "options"
    assert window.state.session.options == list(decision.standard_comparison)
    assert window.statement.text() == decision.statement.get("en")


def test_next_with_a_missing_step_says_what_is_missing_without_blocking(qtbot, window):
    """Next from the welcome page without a decision moves on and says a decision is needed."""
    click(qtbot, window.next_button)
    assert window.current_page().page_id == "sure_before"
    assert window.nav_hint.text() == "Choose a decision to talk about first."
