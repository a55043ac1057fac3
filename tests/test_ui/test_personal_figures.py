"""Her own PREDICT figures in the app: the chart and its table, side by side, summary, note."""

from __future__ import annotations

from endoaid.charts.style import number
from endoaid.consultation import Session
from endoaid.consultation.predict import make_tumour_details, predict, predict_from_five
from tests.test_ui.conftest import postmenopausal_early
from tests.test_ui.flow_helpers import click
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release
from tests.test_ui.tumour_helpers import (
    GOOD,
    her_tumour,
    open_tumour_section,
    session_with_tumour,
    type_tumour,
)

LABEL = "PREDICT Breast v3.0, estimated for you"


def _benefit_tab(window):
    window.go_to_page("charts")
    page = window.page("charts")
    page.tabs.setCurrentIndex(4)
    return page


def _typed_in(qtbot, window, decision="postmenopausal-endocrine"):
    """A clinician fills the profile and the tumour details, then opens the decision."""
    window.state.set_profile(postmenopausal_early())
    window.state.set_decision(decision)
    section = open_tumour_section(qtbot, window)
    type_tumour(qtbot, section, GOOD)


def test_complete_details_switch_the_chart_to_her_figures(qtbot, window):
    """The chart, its table and caption show PREDICT's output at 10 years, with the label."""
    _typed_in(qtbot, window)
    page = _benefit_tab(window)
    result = predict(her_tumour())
    rows = page.spec.table.rows
    assert page.spec.title == LABEL
    assert [r[0] for r in rows] == ["No hormone therapy", "5 years of hormone therapy"]
    for row, arm in zip(rows, (result.no_endocrine, result.endocrine_5_years), strict=True):
        assert row[1:] == [number(value) for value in arm.at(10)]
    assert page.caption.text().startswith(f"{LABEL}, by 10 years after diagnosis")
    alive = round(result.no_endocrine.at(10)[0])
    assert f"No hormone therapy: {alive} alive, {100 - alive} not alive" in page.caption.text()
    assert "not a forecast" in page.meta.text()
    assert "does not count ovarian suppression" in page.meta.text()
    assert "Wishart" in page.meta.text()


def test_the_table_switch_shows_the_three_groups(qtbot, window):
    """'Show as table' lists alive, breast-cancer deaths and other deaths for each arm."""
    _typed_in(qtbot, window)
    page = _benefit_tab(window)
    click(qtbot, page.view.as_table)
    table = page.view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Hormone therapy", "alive", "died of breast cancer", "died of other causes"]
    five = predict(her_tumour()).endocrine_5_years.at(10)
    assert [table.item(1, c).text() for c in (1, 2, 3)] == [number(v) for v in five]


def test_the_trial_figures_stay_one_click_away(qtbot, window):
    """'Figures from the trials' shows the cited trial chart again."""
    _typed_in(qtbot, window)
    page = _benefit_tab(window)
    assert page.personal_box.isVisible()
    click(qtbot, page.trial_figures)
    assert page.spec.title == "Out of 100 women like you"
    click(qtbot, page.her_figures)
    assert page.spec.title == LABEL


def test_the_duration_decision_counts_from_where_she_stands(qtbot, window):
    """5 or 10 years: women alive 5 years after diagnosis, stop now or 5 more, from now."""
    _typed_in(qtbot, window, "treatment-duration")
    page = _benefit_tab(window)
    result = predict_from_five(her_tumour())
    rows = page.spec.table.rows
    assert [r[0] for r in rows] == ["Stop now: 5 years in all", "5 more: 10 years in all"]
    assert rows[1][1] == number(result.five_more.at(10)[0])
    assert "alive 5 years after diagnosis" in page.spec.caption
    assert "10 years from now" in page.meta.text()
    assert "In PREDICT, the extra benefit of 10 years shows only after year 10" in page.meta.text()
    assert page.personal_years_label.text() == "Counted from now to:"
    assert [page.personal_years.itemData(i) for i in range(page.personal_years.count())] == [5, 10]
    page.personal_years.setCurrentIndex(page.personal_years.findData(5))
    page.personal_years.activated.emit(page.personal_years.currentIndex())
    assert window.state.session.tumour_years == 5
    assert page.spec.table.rows[0][1] == number(result.stop_now.at(5)[0])


def test_operation_or_injections_has_no_chart_of_hers_and_one_line_why(qtbot, make_window):
    """The trial chart stays; where her chart would be, one line says PREDICT cannot answer."""
    window = make_window(session=session_with_tumour("ovarian-suppression-method"))
    page = _benefit_tab(window)
    assert page.spec.title == "Out of 100 women like you"
    assert not page.personal_box.isVisible()
    assert "PREDICT cannot tell removing the ovaries apart from injections" in page.meta.text()
    window.go_to_page("compare")
    cell = window.page("compare").cell_text("her-estimate", "recurrence-effect")
    assert "PREDICT cannot tell" in cell and not any(ch.isdigit() for ch in cell)
    window.go_to_page("summary")
    assert "PREDICT cannot tell" in window.page("summary").copy_note()


def test_er_negative_keeps_the_trial_chart_and_says_why(qtbot, make_window):
    """ER-negative details: no number of hers anywhere, the trial chart, and the reason."""
    tumour = make_tumour_details(age=58, size_mm=22, grade=2, nodes=1, er="negative")
    window = make_window(session=session_with_tumour(tumour=None))
    window.state.set_tumour(tumour)
    page = _benefit_tab(window)
    assert page.spec.title == "Out of 100 women like you"
    assert not page.personal_box.isVisible()
    assert "no hormone-therapy benefit for ER-negative disease" in page.meta.text()


def test_without_details_nothing_changes(qtbot, window):
    """No tumour details: the trial chart, no switch, no extra row, no estimate in the note."""
    window.state.set_profile(postmenopausal_early())
    window.state.set_decision("postmenopausal-endocrine")
    page = _benefit_tab(window)
    assert page.spec.title == "Out of 100 women like you"
    assert not page.personal_box.isVisible()
    window.go_to_page("compare")
    assert ("her-estimate", "recurrence-effect") not in window.page("compare").cells
    window.go_to_page("summary")
    assert "Your own estimate" not in window.page("summary").copy_note()
    assert "PREDICT" not in window.page("summary").copy_note()


def test_the_side_by_side_row_summary_and_note_show_her_figures(qtbot, make_window):
    """Side by side, the summary page and the copied note give her figures and the label."""
    window = make_window(session=session_with_tumour())
    result = predict(her_tumour())
    alive = round(result.endocrine_5_years.at(10)[0])
    expected = f"5 years of hormone therapy: {alive} alive, {100 - alive} not alive"
    window.go_to_page("compare")
    cell = window.page("compare").cell_text("her-estimate", "recurrence-effect")
    assert LABEL in cell and expected in cell and "UK records" in cell
    window.go_to_page("summary")
    summary = window.page("summary")
    assert expected in summary.estimate_text.text() and summary.estimate_text.isVisible()
    note = summary.copy_note()
    assert f"Her own estimate: {LABEL}, by 10 years after diagnosis" in note
    assert expected in note


def test_her_row_side_by_side_lists_the_models_sources(qtbot, make_window):
    """The row's Sources link lists PREDICT's papers and the Malaysian validation study."""
    from endoaid.ui.widgets.sources import SourceButton

    window = make_window(session=session_with_tumour())
    window.go_to_page("compare")
    page = window.page("compare")
    cell = page.cells[("her-estimate", "recurrence-effect")].parentWidget()
    buttons = cell.findChildren(SourceButton)
    assert len(buttons) == 1 and buttons[0].isVisible()
    numbers = [int(n) for n in buttons[0].text().removeprefix("Sources ").split(", ")]
    assert numbers == sorted(numbers) and len(numbers) >= 5
    click(qtbot, buttons[0])
    shown = page.sources_text.text()
    assert shown.startswith("Your own estimate")
    assert "Wishart GC" in shown and "Southeast Asian women" in shown


def test_chinese_figures_use_the_content_words(qtbot, make_window):
    """In Chinese the label, arms and groups come from the content pack's Chinese text."""
    window = make_window(session=session_with_tumour(lang="zh_CN"))
    page = _benefit_tab(window)
    assert page.spec.title == "PREDICT Breast v3.0，为您个人估算"
    assert page.spec.table.rows[1][0] == "内分泌治疗5年"
    assert "人在世" in page.caption.text()


def test_the_premenopausal_decision_shows_none_and_5_years(qtbot, make_window):
    """Before menopause: no hormone therapy and 5 years as her baseline, beside the trials.

    (Operation or injections gets no chart of hers: see the test above.)"""
    session = session_with_tumour("premenopausal-endocrine")
    session.profile = None
    window = make_window(session=session)
    page = _benefit_tab(window)
    assert [r[0] for r in page.spec.table.rows] == [
        "No hormone therapy",
        "5 years of hormone therapy",
    ]


def test_a_kiosk_shows_a_clinic_sessions_figures_read_only(qtbot, pack):
    """A kiosk holding a clinic's session shows her figures, but no form to change them."""
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        window.state.replace_session(session_with_tumour())
        window.go_to_page("profile")
        assert not window.page("profile").tumour.isVisibleTo(window)
        page = _benefit_tab(window)
        assert page.spec.title == LABEL
        window.go_to_page("compare")
        assert LABEL in window.page("compare").cell_text("her-estimate", "recurrence-effect")
    finally:
        release(window)


def test_a_new_patient_forgets_the_tumour_details(qtbot, make_window):
    """New patient: the tumour details go with everything else."""
    window = make_window(session=session_with_tumour())
    window.state.new_patient()
    assert window.state.session.tumour is None
    assert isinstance(window.state.session, Session)
