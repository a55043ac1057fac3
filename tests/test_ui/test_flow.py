"""Walking the whole consultation for typical patients, checking what is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton

from endoaid.consultation import Profile, cost_course
from endoaid.content import ContentPack
from endoaid.i18n import format_money
from endoaid.ui.app.main_window import MainWindow
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.flow_helpers import choose_decision, click, fill_profile, tick_options


def _check_compare_table(window: MainWindow, pack: ContentPack, options: list[str]) -> None:
    window.go_to_page("compare")
    page = window.page("compare")
    decision = pack.decision(window.state.session.decision_id)
    shown = [label.text() for label in page.column_names]
    assert shown == [pack.option_name(decision, ref, "en") for ref in options]
    for attribute in pack.attributes:
        for ref in options:
            cell = pack.cell(decision, ref, attribute.id)
            expected = cell.text.get("en") if cell else "Not reported"
            assert page.cell_text(ref, attribute.id) == expected


def _check_chart_drawn(qtbot, window: MainWindow) -> None:
    window.go_to_page("charts")
    page = window.page("charts")
    assert page.spec is not None, page.view.message.text()
    assert page.view.canvas is not None and page.view.canvas.isVisible()
    assert page.caption.text() == page.spec.caption
    assert page.spec.figure.axes, "the chart has no axes"


def test_premenopausal_early_profile_walks_from_welcome_to_summary(qtbot, window, pack):
    """Surgery vs injections: options, table cells, chart, values, SURE and summary are shown."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    assert window.current_page().page_id == "sure_before"
    click(qtbot, window.page("sure_before").skip_button)
    assert window.current_page().page_id == "why"
    fill_profile(qtbot, window, "pre", "early", "38")
    assert window.state.session.profile is not None
    assert window.state.session.profile.age == 38
    tick_options(qtbot, window, ["oophorectomy", "gnrh-agonist"])
    options_page = window.page("options")
    assert options_page.checks["oophorectomy"].text() == "Operation to remove the ovaries"
    assert window.state.session.options == ["oophorectomy", "gnrh-agonist"]

    _check_compare_table(window, pack, ["oophorectomy", "gnrh-agonist"])
    totals = window.page("compare").cell_text("oophorectomy", "cost-totals")
    book = pack.price_book(pack.info.default_price_book)
    total = cost_course(pack, "oophorectomy", book, 5).total_at(5)
    assert format_money(total, book.currency, "en") in totals
    assert book.name.get("en") in totals

    _check_chart_drawn(qtbot, window)

    window.go_to_page("values")
    values = window.page("values")
    click(qtbot, values.controls["keep-fertility"].buttons[4])
    click(qtbot, values.controls["fewer-visits"].buttons[1])
    assert window.state.session.ratings == {"keep-fertility": 4, "fewer-visits": 1}
    assert values.table_cells[("keep-fertility", "gnrh-agonist")].text().startswith("✔ Yes")
    assert values.table_cells[("keep-fertility", "oophorectomy")].text() == "— No"

    window.go_to_page("sure_before")
    for item in pack.sure.items:
        click(qtbot, window.page("sure_before").answers[item.id].no)
    window.go_to_page("sure")
    sure = window.page("sure")
    for item in pack.sure.items:
        assert sure.grid.shown[item.id].text() == "No"
        click(qtbot, sure.answers[item.id].yes)
    assert sure.scores.text() == "Before: 0 of 4 'yes'. Now: 4 of 4 'yes'. 4 more 'yes' now."

    window.go_to_page("summary")
    summary = window.page("summary")
    leaning = summary.leaning_buttons["gnrh-agonist"]
    assert isinstance(leaning, QRadioButton)
    assert leaning.text() == "Injections to stop the ovaries (GnRH agonist)"
    click(qtbot, leaning)
    assert window.state.session.leaning == "gnrh-agonist"
    assert "Being able to have periods, or a baby with my own eggs, later (4/4)" in (
        summary.priorities_text.text()
    )
    steps = pack.decision("ovarian-suppression-method").next_steps
    assert steps[0].get("en") in summary.steps_text.text()


def test_postmenopausal_early_profile_sees_its_decision_and_not_ovary_options(qtbot, window, pack):
    """After menopause: ovary treatments hidden with a reason; her decision's table and chart."""
    if "postmenopausal-endocrine" not in pack.decisions:
        pytest.skip("the pack has no postmenopausal decision yet")
    fill_profile(qtbot, window, "post", "early", "64")
    window.open_decision("ovarian-suppression-method")
    page = window.page("options")
    assert not page.checks["oophorectomy"].isEnabled()
    assert page.status_labels["oophorectomy"].text().startswith("✘ Hidden")
    assert page.fit_note.isVisibleTo(page)

    window.open_decision("postmenopausal-endocrine")
    decision = pack.decision("postmenopausal-endocrine")
    options = list(decision.standard_comparison)
    assert window.state.session.options == options
    names = [window.page("options").checks[ref].text() for ref in options]
    assert names == [pack.option_name(decision, ref, "en") for ref in options]
    _check_compare_table(window, pack, options)
    _check_chart_drawn(qtbot, window)


def test_advanced_profile_sees_the_advanced_decision(qtbot, window, pack):
    """Advanced disease: the advanced decision fits, its table cells and a chart are shown."""
    if "advanced-disease" not in pack.decisions:
        pytest.skip("the pack has no advanced-disease decision yet")
    fill_profile(qtbot, window, "post", "advanced", "58")
    fits = window.page("profile").fits_text.text()
    title = pack.decision("advanced-disease").title.get("en")
    assert f"✔ fits: {title}" in fits
    window.open_decision("advanced-disease")
    options = list(window.state.session.options)
    assert 2 <= len(options) <= 3
    _check_compare_table(window, pack, options)
    _check_chart_drawn(qtbot, window)


def test_patient_can_swap_a_compared_option_for_another(qtbot, window, pack):
    """A column's chooser replaces that option by one not yet compared; the cells follow."""
    window.state.set_profile(Profile(menopause="post", setting="early", age=66))
    window.open_decision("postmenopausal-endocrine")
    window.go_to_page("compare")
    page = window.page("compare")
    before = list(window.state.session.options)
    combo = page.column_choices[0]
    other = combo.itemData(1)
    assert other not in before
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert window.state.session.options == [other, *before[1:]]
    assert page.column_names[0].text() == pack.option_name(
        pack.decision("postmenopausal-endocrine"), other, "en"
    )


def test_a_fourth_option_is_refused_at_the_tick_with_a_message(qtbot, window):
    """Ticking a fourth option leaves it unticked, keeps the three, and says why."""
    window.state.set_profile(Profile(menopause="post", setting="early", age=66))
    window.open_decision("postmenopausal-endocrine")
    page = window.page("options")
    enabled = [ref for ref, check in page.checks.items() if check.isEnabled()]
    tick_options(qtbot, window, enabled[:3])
    fourth = enabled[3]
    click(qtbot, page.checks[fourth])
    assert not page.checks[fourth].isChecked()
    assert window.state.session.options == enabled[:3]
    assert "At most 3 options" in page.count_message.text()
    assert window.property("unexpected_errors") is None


def test_options_page_states_the_condition_of_the_decision(window, pack):
    """The plain condition summary (IPDAS) is shown above the options."""
    window.open_decision("treatment-duration")
    condition = pack.decision("treatment-duration").condition.get("en")
    assert window.page("options").condition.plain == condition


def test_choosing_a_decision_shows_its_question_on_the_page(qtbot, window, pack):
    """The chosen decision's question and situation are shown in view, not only on hover."""
    window.go_to_page("welcome")
    page = window.page("welcome")
    assert not page.chosen_statement.isVisible()
    decision = pack.decision("postmenopausal-endocrine")
    click(qtbot, page.decision_buttons[decision.id])
    assert page.chosen_statement.isVisible()
    assert decision.statement.get("en") in page.chosen_statement.text()
    assert decision.condition.get("en") in page.chosen_statement.text()


def test_welcome_and_decision_menu_list_advanced_disease_last(window, pack):
    """Someone after surgery for early cancer does not meet 'advanced' at the top of the list."""
    window.go_to_page("welcome")
    page = window.page("welcome")
    buttons = sorted(
        page.decision_buttons.values(), key=lambda b: b.mapTo(page, b.rect().topLeft()).y()
    )
    shown = [b.text().lstrip("✔ ") for b in buttons]
    titles = [d.title.get("en") for d in pack.decisions.values()]
    assert shown == titles
    assert shown[-1] == pack.decision("advanced-disease").title.get("en")
    window._fill_decision_menu()
    menu = [a.text() for a in window.decision_menu.actions() if a.isCheckable()]
    assert menu == titles


def test_values_table_says_not_rated_until_she_rates(qtbot, window, pack):
    """A statement she has not rated reads 'not rated', not 0 ('does not matter at all')."""
    from PySide6.QtWidgets import QLabel

    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("values")
    page = window.page("values")
    first = pack.decision("ovarian-suppression-method").values[0]

    def rating_cells() -> list[str]:
        grid = page.table_grid
        return [
            grid.itemAtPosition(r, 1).widget().text()
            for r in range(1, grid.rowCount())
            if grid.itemAtPosition(r, 1) and isinstance(grid.itemAtPosition(r, 1).widget(), QLabel)
        ]

    assert rating_cells() and set(rating_cells()) == {"not rated"}
    page.controls[first.id].buttons[0].click()
    qtbot.waitUntil(lambda: "0" in rating_cells())
    assert rating_cells().count("not rated") == len(rating_cells()) - 1
