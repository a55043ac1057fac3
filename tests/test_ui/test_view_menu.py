"""The View menu: larger text and high contrast in clinician mode, remembered between runs."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QApplication

from endoaid.ui.common.theme_contrast import CLINICIAN_POINT_SIZE, TEXT_SCALES, read_style


@pytest.fixture
def restored(qapp, real_look):
    """Put the application's font, stylesheet and language back after the test."""
    yield qapp
    from endoaid.i18n import install_translators

    install_translators(qapp, "en")


def _high_contrast_rule() -> str:
    """Return a line of the high-contrast sheet that the standard sheet does not have."""
    base = read_style("endoaid.qss")
    return next(
        line
        for line in read_style("high-contrast.qss").splitlines()
        if "#" in line and ":" in line and line.strip() not in base
    )


def test_larger_text_grows_every_text_and_is_ticked(qtbot, make_window, restored):
    window = make_window()
    assert window.size_actions["A"].isChecked() and not window.contrast_action.isChecked()
    window.size_actions["A+"].trigger()
    expected = CLINICIAN_POINT_SIZE * TEXT_SCALES["A+"]
    assert QApplication.font().pointSizeF() == pytest.approx(expected)
    assert window.size_actions["A+"].isChecked()
    assert window.next_button.font().pointSizeF() >= expected - 0.01
    window.size_actions["A"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(CLINICIAN_POINT_SIZE)


def test_high_contrast_adds_its_colours_and_takes_them_away(qtbot, make_window, restored):
    window = make_window()
    window.contrast_action.trigger()
    assert window.contrast_action.isChecked()
    assert _high_contrast_rule() in QApplication.instance().styleSheet()
    window.contrast_action.trigger()
    assert _high_contrast_rule() not in QApplication.instance().styleSheet()


def _indicator_width(window) -> int:
    """Return the width of a radio button's circle, as the style lays it out."""
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    button = window.findChild(QRadioButton) or QRadioButton("0", window)
    option = QStyleOptionButton()
    option.initFrom(button)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    return rect.width()


def test_choice_circles_grow_with_the_text(qtbot, make_window, restored):
    window = make_window()
    normal = _indicator_width(window)
    window.size_actions["A++"].trigger()
    assert _indicator_width(window) > normal * 1.2
    window.size_actions["A"].trigger()
    assert _indicator_width(window) == normal


def test_high_contrast_draws_big_round_choice_circles(qtbot, make_window, restored):
    """Its radio circles are 26 px wide, so the 13 px corner keeps them round, not square."""
    window = make_window()
    assert _indicator_width(window) < 26
    window.contrast_action.trigger()
    assert _indicator_width(window) >= 26
    window.contrast_action.trigger()


def test_the_look_is_remembered_for_the_next_start(qtbot, make_window, restored):
    from endoaid.ui.app.application import build_window

    first = make_window()
    first.size_actions["A++"].trigger()
    first.contrast_action.trigger()
    again = build_window(argparse.Namespace(lang="en", kiosk=False, smoke_test=False))
    qtbot.addWidget(again)
    assert again.size_actions["A++"].isChecked() and again.contrast_action.isChecked()
    expected = CLINICIAN_POINT_SIZE * TEXT_SCALES["A++"]
    assert QApplication.font().pointSizeF() == pytest.approx(expected)
    assert _high_contrast_rule() in QApplication.instance().styleSheet()


def test_switching_language_keeps_the_larger_text(qtbot, make_window, restored):
    window = make_window()
    window.size_actions["A++"].trigger()
    window.set_language("zh_CN")
    expected = CLINICIAN_POINT_SIZE * TEXT_SCALES["A++"]
    assert QApplication.font().pointSizeF() == pytest.approx(expected)
    assert window.view_menu.title().startswith("显示")
    window.set_language("en")
    assert QApplication.font().pointSizeF() == pytest.approx(expected)
    window.size_actions["A"].trigger()


def test_kiosk_mode_leaves_the_look_to_its_own_bar(qtbot, make_window, restored):
    window = make_window(kiosk=True)
    window.set_look(text_size="A++", high_contrast=True)
    assert window.text_size == "A" and not window.high_contrast
    assert not window.menuBar().isVisible()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_page_scrolls_sideways_at_the_largest_text(qtbot, make_window, restored, lang):
    """At A++ every page of a two- and a three-option decision still fits 1280 px wide."""
    from PySide6.QtWidgets import QPushButton

    from endoaid.consultation import make_profile
    from endoaid.ui.app.main_window import PAGE_IDS

    window = make_window()
    window.set_language(lang)
    window.size_actions["A++"].trigger()
    problems = []
    for decision_id, profile in (
        ("ovarian-suppression-method", make_profile(menopause="pre", setting="early", age=40)),
        ("advanced-disease", make_profile(menopause="post", setting="advanced", age=60)),
    ):
        window.state.set_profile(profile)
        window.open_decision(decision_id)
        for page_id in PAGE_IDS:
            window.go_to_page(page_id)
            qtbot.wait(1)
            page = window.current_page()
            need, have = page.body.minimumSizeHint().width(), page.scroll.viewport().width()
            if need > have:
                problems.append(f"{decision_id} {page_id}: needs {need} px, has {have}")
            for root in (window.step_bar, window.back_button.parent()):
                for button in root.findChildren(QPushButton):
                    if button.isVisible() and button.width() < button.sizeHint().width():
                        problems.append(f"{page_id}: {button.text()!r} squeezed")
        if window.width() > 1280 or window.minimumSizeHint().width() > 1280:
            problems.append(f"{decision_id}: the window grew to {window.width()} px")
    window.set_language("en")
    window.size_actions["A"].trigger()
    assert problems == []


def test_the_shown_chart_grows_with_the_text(qtbot, make_window, restored):
    """Larger text reaches the chart: it is drawn again with its words and lines 1.4x larger."""
    from endoaid.consultation import make_profile

    window = make_window()
    window.state.set_profile(make_profile(menopause="pre", setting="early", age=40))
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("charts")
    view = window.page("charts").view
    qtbot.waitUntil(lambda: view.canvas is not None and view.canvas.isVisible())
    normal_figure, normal_dpi = view.canvas.figure, view.canvas.figure.dpi
    window.size_actions["A++"].trigger()
    qtbot.waitUntil(lambda: view.canvas.figure is not normal_figure)  # drawn again
    assert view.canvas.figure.dpi == pytest.approx(normal_dpi * TEXT_SCALES["A++"])
    window.size_actions["A"].trigger()
    qtbot.waitUntil(lambda: view.canvas.figure.dpi == pytest.approx(normal_dpi))
