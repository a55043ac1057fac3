"""Kiosk screens at 1280×800 and 1920×1080: nothing clipped at any text size, no small text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.theme_contrast import KIOSK_MIN_POINTS, compose_stylesheet
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release


@pytest.fixture
def kiosk(qtbot, pack):
    """Return a factory for filled-in kiosk windows of a given size, released afterwards."""
    windows: list[MainWindow] = []

    def make(size: tuple[int, int]) -> MainWindow:
        window = open_kiosk(qtbot, pack, kiosk_config(printer="Reception"), size)
        window.state.set_profile(premenopausal_early())
        window.open_decision("ovarian-suppression-method")
        window.state.session.own_concerns = ["A concern of mine"]
        windows.append(window)
        return window

    yield make
    for window in windows:
        release(window)


def clipped(window: MainWindow) -> list[str]:
    """Return what is cut off on the current page: a body wider than the screen, or a
    kiosk-bar, step-bar or navigation button squeezed below the width its words need."""
    problems = []
    page = window.current_page()
    need, have = page.body.minimumSizeHint().width(), page.scroll.viewport().width()
    if need > have:
        problems.append(f"{page.page_id} needs {need} px, has {have}")
    chrome: list[QWidget] = [window.kiosk_shell.bar, window.step_bar, window.back_button.parent()]
    for root in chrome:
        for button in root.findChildren(QPushButton):
            if button.isVisible() and button.width() < button.sizeHint().width():
                problems.append(f"{button.text()!r} {button.width()} < {button.sizeHint().width()}")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
@pytest.mark.parametrize("text_size", ["A", "A+", "A++"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_page_is_clipped_at_any_text_size(qtbot, kiosk, size, text_size, lang):
    """Every page in both languages fits the screen width at A, A+ and A++."""
    window = kiosk(size)
    window.kiosk_shell.set_text_size(text_size)
    window.kiosk_shell.set_language(lang)
    problems = {}
    for index, page in enumerate(window.pages):
        window.go_to(index)
        qtbot.wait(1)
        if found := clipped(window):
            problems[page.page_id] = found
    assert problems == {}


def test_no_kiosk_text_is_below_14_points(qtbot, kiosk):
    """Every label and button on every page is drawn at 14 pt or more."""
    window = kiosk((1280, 800))
    small = {}
    for index, page in enumerate(window.pages):
        window.go_to(index)
        qtbot.wait(1)
        found = [
            f"{type(w).__name__}#{w.objectName()} {w.font().pointSizeF():g}pt"
            for w in window.findChildren(QWidget)
            if isinstance(w, QLabel | QAbstractButton)
            and w.isVisible()
            and 0 < w.font().pointSizeF() < KIOSK_MIN_POINTS
        ]
        if found:
            small[page.page_id] = found
    assert small == {}


def test_the_kiosk_stylesheet_never_sets_text_below_14_points():
    """Whatever the base stylesheet says, the kiosk composition raises it to 14 pt."""
    import re

    for high_contrast in (False, True):
        sheet = compose_stylesheet(kiosk=True, high_contrast=high_contrast)
        sizes = [float(v) for v in re.findall(r"font-size\s*:\s*(\d+(?:\.\d+)?)pt", sheet)]
        assert sizes and min(sizes) >= KIOSK_MIN_POINTS


@pytest.mark.parametrize("text_size", ["A", "A++"])
def test_titles_stand_above_the_body_text(qtbot, kiosk, text_size):
    """Page and section titles are drawn larger than the body text they head."""
    window = kiosk((1280, 800))
    window.kiosk_shell.set_text_size(text_size)
    body = window.font().pointSizeF()
    smaller = []
    for index, page in enumerate(window.pages):
        window.go_to(index)
        qtbot.wait(1)
        titles = [
            label
            for label in page.findChildren(QLabel)
            if label.isVisible() and label.objectName() in ("pageTitle", "sectionTitle")
        ]
        smaller += [
            f"{page.page_id}: {t.text()!r}" for t in titles if t.font().pointSizeF() <= body
        ]
    assert smaller == []
