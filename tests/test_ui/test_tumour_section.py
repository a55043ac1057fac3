"""Her situation: the optional tumour details for PREDICT, collapsed, refused at the field."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.test_ui.flow_helpers import fill_profile
from tests.test_ui.tumour_helpers import GOOD, her_tumour, open_tumour_section, type_tumour


def test_the_section_is_collapsed_until_opened(window):
    """A new profile shows only the section's button; its fields are hidden."""
    window.go_to_page("profile")
    section = window.page("profile").tumour
    assert section.isVisibleTo(window)
    assert "Tumour details (for personalised figures)" in section.toggle.text()
    assert not section.is_open() and not section.body.isVisibleTo(window)


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("age", "90", "Age at diagnosis must be a whole number of years from 25 to 85."),
        ("size_mm", "0", "Tumour size must be from 1 to 150 mm."),
        (
            "grade",
            "4",
            "Tumour grade must be one of: 1, 2, 3, or unknown (? in a form) when it is not known.",
        ),
        ("nodes", "-1", "Number of positive lymph nodes must be a whole number from 0 to 50."),
        ("heart_dose_gy", "30", "Mean heart dose of radiotherapy must be from 0 to 25 Gy"),
    ],
)
def test_an_impossible_value_is_refused_beside_its_field(qtbot, window, field, typed, words):
    """The reason shows next to the field, no figures are kept, and Next is held back."""
    fill_profile(qtbot, window, "post", "early", "58")
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, {**GOOD, field: typed})
    assert words in section.field_message(field)
    assert section.fields[field].accessibleDescription().startswith(words)
    assert window.state.session.tumour is None
    assert window.page("profile").ready_for_next() is not None


def test_the_reason_is_in_chinese_in_a_chinese_session(qtbot, make_window):
    """In Chinese the field says why in Chinese."""
    from endoaid.consultation import Session

    window = make_window(session=Session(lang="zh_CN"))
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, {**GOOD, "grade": "4"})
    assert "肿瘤分级须为1、2、3，不详时为 unknown" in section.field_message("grade")


def test_er_negative_gives_the_reason_and_no_number(qtbot, window):
    """ER-negative disease is kept but gives no figures: the one-line reason is at ER."""
    fill_profile(qtbot, window, "post", "early", "58")
    window.state.set_decision("postmenopausal-endocrine")
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, GOOD, er="negative")
    reason = "PREDICT gives no hormone-therapy benefit for ER-negative disease."
    assert section.field_message("er") == "⚠ " + reason
    assert section.status.text() == reason
    assert not any(ch.isdigit() for ch in section.status.text())
    assert window.state.session.tumour.er == "negative"


def test_complete_details_are_stored_and_named(qtbot, window):
    """All required fields typed: the session holds them and the section names the model."""
    fill_profile(qtbot, window, "post", "early", "58")
    window.state.set_decision("postmenopausal-endocrine")
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, GOOD)
    assert window.state.session.tumour == her_tumour()
    assert "PREDICT Breast v3.0, estimated for you" in section.status.text()
    assert window.page("profile").ready_for_next() is None


def test_advanced_disease_says_predict_is_for_early_disease(qtbot, window):
    """For advanced disease the details give no figures, and the section says why."""
    fill_profile(qtbot, window, "post", "advanced", "58")
    window.state.set_decision("advanced-disease")
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, GOOD)
    assert section.status.text().startswith("PREDICT is for early breast cancer after surgery.")


def test_emptying_the_fields_returns_to_the_trial_figures(qtbot, window):
    """Clearing what was typed forgets the tumour details."""
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, GOOD)
    assert window.state.session.tumour is not None
    section.choices["er"].setCurrentIndex(0)
    for edit in section.fields.values():
        edit.clear()
        qtbot.keyClicks(edit, " ")
    assert window.state.session.tumour is None


def test_a_kiosk_has_no_tumour_form(make_window):
    """A patient alone at a kiosk is not asked for tumour details."""
    window = make_window(kiosk=True)
    window.go_to_page("profile")
    assert not window.page("profile").tumour.isVisibleTo(window)


def test_the_first_window_loads_no_model_until_the_section_opens():
    """Opening the profile page loads no PREDICT code; opening the tumour section loads it."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from endoaid.content import load_pack\n"
        "from endoaid.ui.common.state import ConsultationState\n"
        "from endoaid.ui.app.main_window import MainWindow\n"
        "w = MainWindow(ConsultationState(load_pack()))\n"
        "w.go_to_page('profile')\n"
        "print('before', 'endoaid.consultation.predict.model' in sys.modules)\n"
        "w.page('profile').tumour.open()\n"
        "print('after', 'endoaid.consultation.predict.model' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "before False" in result.stdout, result.stderr
    assert "after True" in result.stdout, result.stderr


def test_a_refusal_is_worded_again_when_the_language_changes(qtbot, window):
    """Switching to Chinese rewords the message beside the field."""
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, {**GOOD, "size_mm": "0"})
    assert "Tumour size must be from 1 to 150 mm." in section.field_message("size_mm")
    window.set_language("zh_CN")
    try:
        assert "肿瘤大小须为1 至 150 毫米之间。" in section.field_message("size_mm")
    finally:
        window.set_language("en")  # the app's translators are shared with the next tests


def test_grade_not_known_and_her_heart_dose_are_kept(qtbot, window):
    """'?' for the grade is the reference's 'not known'; a heart dose is optional, in Gy."""
    fill_profile(qtbot, window, "post", "early", "58")
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, {**GOOD, "grade": "?", "heart_dose_gy": "3,5"})
    tumour = window.state.session.tumour
    assert tumour is not None and tumour.grade == "unknown" and tumour.heart_dose_gy == 3.5
    type_tumour(qtbot, section, {"heart_dose_gy": "", **GOOD})  # cleared, then typing
    assert window.state.session.tumour.heart_dose_gy is None


def test_bisphosphonates_before_menopause_are_refused_at_the_switch(qtbot, window):
    """PREDICT counts bisphosphonates after menopause only: the reason beside the switch."""
    fill_profile(qtbot, window, "pre", "early", "42")
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, GOOD)
    assert window.state.session.tumour is not None
    section.checks["bisphosphonates"].setChecked(True)
    assert "only after menopause" in section.field_message("bisphosphonates")
    assert window.state.session.tumour is None
    section.checks["bisphosphonates"].setChecked(False)
    assert section.field_message("bisphosphonates") == ""
    assert window.state.session.tumour is not None
