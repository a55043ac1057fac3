"""Her situation: impossible values are refused at the field, with a message beside it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_ui.flow_helpers import fill_profile


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("age", "150", "Age must be a whole number of years from 18 to 100."),
        ("age", "abc", "Age must be a number, not 'abc'."),
        ("insurance_share_percent", "120", "percentage from 0 to 100"),
        ("prior_endocrine_years", "-2", "from 0 to 15"),
    ],
)
def test_impossible_value_shows_a_message_beside_the_field_not_a_dialog(
    qtbot, window, field, typed, words
):
    """The message appears next to the field, no modal box opens, the last good profile stays."""
    fill_profile(qtbot, window, "pre", "early", "40")
    page = window.page("profile")
    page.fields[field].clear()
    qtbot.keyClicks(page.fields[field], typed)
    message = page.field_message(field)
    assert words in message
    assert page.messages[field].isVisibleTo(page)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not any(box.isVisible() for box in boxes)
    assert window.state.session.profile.age == 40  # the last possible profile is kept
    assert page.ready_for_next() is not None


def test_correcting_the_value_removes_the_message(qtbot, window):
    """Once the value is possible again the message goes and the profile takes it."""
    fill_profile(qtbot, window, "pre", "early", "150")
    page = window.page("profile")
    assert page.field_message("age")
    page.fields["age"].clear()
    qtbot.keyClicks(page.fields["age"], "45")
    assert page.field_message("age") == ""
    assert window.state.session.profile.age == 45


def test_risk_without_its_years_is_flagged_at_the_years_field(qtbot, window):
    """A risk of recurrence needs its time frame: the message sits beside the years field."""
    fill_profile(qtbot, window, "pre", "early", "40")
    page = window.page("profile")
    qtbot.keyClicks(page.fields["baseline_risk_percent"], "20")
    assert "together with its years" in page.field_message("baseline_risk_years")


def test_profile_lists_which_decisions_fit_her(qtbot, window, pack):
    """After menopause is chosen, the page says which decisions fit and which do not."""
    fill_profile(qtbot, window, "post", "early", "66")
    text = window.page("profile").fits_text.text()
    assert "✔ fits: " + pack.decision("postmenopausal-endocrine").title.get("en") in text
    assert "✘ does not fit: " + pack.decision("ovarian-suppression-method").title.get("en") in text
