"""Charts page: one chart per tab, the table switch, and controls that redraw at once."""

from __future__ import annotations

from endoaid.consultation import cost_course
from endoaid.i18n import format_money
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.flow_helpers import click


def _charts(window):
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("charts")
    return window.page("charts")


def test_every_tab_shows_a_chart_or_a_reason(qtbot, window):
    """Each of the five tabs shows a drawn chart with a caption, or says why it cannot."""
    page = _charts(window)
    for index, title in enumerate(page.tab_titles()):
        page.tabs.setCurrentIndex(index)
        assert page.tabs.tabText(index) == title
        if page.spec is None:
            assert page.view.message.text(), title
        else:
            assert page.spec.caption and page.caption.text() == page.spec.caption
            assert page.view.canvas.isVisible()


def test_show_as_table_gives_the_same_numbers_as_text(qtbot, window):
    """The switch under the chart shows the chart's table, row for row."""
    page = _charts(window)
    click(qtbot, page.view.as_table)
    assert page.view.stack.currentWidget() is page.view.table
    rows = page.spec.table.rows
    assert page.view.table.rowCount() == len(rows)
    assert page.view.table.item(0, 0).text() == rows[0][0]
    click(qtbot, page.view.as_table)
    assert page.view.stack.currentWidget() is page.view.canvas_holder


def test_changing_years_or_insurance_redraws_the_cost_chart_at_once(qtbot, window, pack):
    """Years and the insurance share change the chart and the table's totals immediately."""
    page = _charts(window)
    book = window.state.price_book()
    five_years = page.caption.text()
    first = page.spec.figure
    page.years_spin.setValue(2)
    assert page.caption.text() != five_years and page.spec.figure is not first
    assert window.state.session.years == 2
    two_years = page.caption.text()
    page.share_spin.setValue(50)
    assert page.caption.text() != two_years
    half = cost_course(pack, "gnrh-agonist", book, 2, insurance_share_percent=50).total_at(2)
    window.go_to_page("compare")
    totals = window.page("compare").cell_text("gnrh-agonist", "cost-totals")
    assert format_money(half, book.currency, "en") in totals
    assert "Over 2 years" in totals


def test_icon_toggle_redraws_the_benefit_chart_with_plain_squares(qtbot, window):
    """'Plain squares' replaces the person icons and keeps the same caption."""
    page = _charts(window)
    page.tabs.setCurrentIndex(4)
    caption = page.caption.text()
    assert page.icons_box.isVisible()
    first = page.spec.figure
    click(qtbot, page.plain_icons)
    assert page.spec.figure is not first
    assert page.caption.text() == caption


def test_choosing_the_12_week_implant_changes_costs_everywhere(qtbot, window, pack):
    """A schedule chosen on the charts page is used by the chart and the side-by-side cost row."""
    page = _charts(window)
    combo = page.schedule_combos["gnrh-agonist"]
    option = pack.option("gnrh-agonist")
    other = next(s for s in option.schedules if s.id != option.default_schedule)
    caption = page.caption.text()
    combo.setCurrentIndex(combo.findData(other.id))
    combo.activated.emit(combo.currentIndex())
    assert window.state.session.schedule_ids == {"gnrh-agonist": other.id}
    assert page.caption.text() != caption
    book = window.state.price_book()
    series = cost_course(pack, "gnrh-agonist", book, 5, schedule_id=other.id)
    window.go_to_page("compare")
    totals = window.page("compare").cell_text("gnrh-agonist", "cost-totals")
    assert format_money(series.total_at(5), book.currency, "en") in totals
    assert f"{series.units_at('injection', 5)} injections" in totals


def test_insurance_share_set_on_the_charts_page_shows_in_her_situation(qtbot, window):
    """The share chosen beside the cost chart is the one the profile form shows and keeps."""
    page = _charts(window)
    page.share_spin.setValue(30)
    window.go_to_page("profile")
    profile_page = window.page("profile")
    assert profile_page.fields["insurance_share_percent"].text() == "30"
    profile_page.checks["osteoporosis"].setChecked(True)  # any edit re-reads the whole form
    assert window.state.session.profile.osteoporosis
    assert window.state.session.profile.insurance_share_percent == 30
