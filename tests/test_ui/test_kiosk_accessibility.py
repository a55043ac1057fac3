"""Kiosk controls a screen reader can name, a keyboard can reach and a finger can hit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.focus_helpers import describe, each_page, tab_order_problems
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTabBar)
TOUCH_PX = 44


def controls(root: QWidget, within: QWidget) -> list[QWidget]:
    """Return the visible, enabled interactive widgets under root (inner editors left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(within):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner line edit speaks for its spin box or combo box
        if widget.isEnabled():
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface else ""


@pytest.fixture
def kiosk_window(qtbot, pack):
    """A kiosk window in a filled-in consultation, released after the test."""
    window = open_kiosk(qtbot, pack, kiosk_config(printer="Reception"))
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.state.session.own_concerns = ["A concern of mine"]
    yield window
    release(window)


@pytest.mark.parametrize("mode", ["clinician", "kiosk"])
def test_every_interactive_widget_on_every_page_has_an_accessible_name(
    qtbot, pack, make_window, mode
):
    """In both modes, each visible control on each page has a name a screen reader reads."""
    if mode == "kiosk":
        window = open_kiosk(qtbot, pack, kiosk_config(printer="Reception"))
    else:
        window = make_window()
    try:
        window.state.set_profile(premenopausal_early())
        window.open_decision("ovarian-suppression-method")
        window.state.session.own_concerns = ["A concern of mine"]
        missing = {}
        for page_id in each_page(qtbot, window):
            nameless = [describe(w) for w in controls(window, window) if not accessible_name(w)]
            if nameless:
                missing[page_id] = nameless
        assert missing == {}
    finally:
        if mode == "kiosk":
            release(window)


def test_the_kiosk_controls_have_names_and_descriptions(qtbot, kiosk_window):
    """The kiosk bar, output, countdown and PIN screens: name and description on each."""
    shell = kiosk_window.kiosk_shell
    kiosk_window.go_to_page("export")
    shell.still_there.start()
    roots = [shell.bar, shell.output, shell.still_there]
    widgets = [w for root in roots for w in controls(root, kiosk_window)]
    shell.still_there.stop()
    shell.pin_prompt.ask()
    widgets += controls(shell.pin_prompt, kiosk_window)
    assert len(widgets) > 15
    lacking = [
        describe(w) for w in widgets if not w.accessibleName() or not w.accessibleDescription()
    ]
    assert lacking == []


@pytest.mark.parametrize("text_size", ["A", "A++"])
def test_every_kiosk_control_is_at_least_44_pixels_both_ways(qtbot, kiosk_window, text_size):
    """Touch targets of 9 mm (44 px at 96 dpi) or more on every page, in both directions."""
    kiosk_window.kiosk_shell.set_text_size(text_size)
    small = {}
    for page_id in each_page(qtbot, kiosk_window):
        found = [
            f"{describe(w)} {w.width()}x{w.height()}"
            for w in controls(kiosk_window, kiosk_window)
            if w.height() < TOUCH_PX or w.width() < TOUCH_PX
        ]
        if found:
            small[page_id] = found
    assert small == {}


def test_every_kiosk_control_takes_keyboard_focus_and_shows_it(qtbot, kiosk_window):
    """Tab reaches each control; a focused button is drawn differently from an unfocused one."""
    for _page in each_page(qtbot, kiosk_window):
        for widget in controls(kiosk_window, kiosk_window):
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, describe(widget)
    button = kiosk_window.kiosk_shell.bar.home_button
    before = button.grab().toImage()
    kiosk_window.activateWindow()
    qtbot.waitUntil(kiosk_window.isActiveWindow, timeout=1000)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=1000)
    assert button.grab().toImage() != before


def test_hover_is_never_the_only_way_to_see_sources(qtbot, kiosk_window):
    """A tap on "Sources" beside a cell shows the references on the page itself."""
    kiosk_window.go_to_page("compare")
    page = kiosk_window.page("compare")
    sources = [b for b in page.findChildren(QAbstractButton) if b.objectName() == "sourceButton"]
    assert sources
    before = page.sources_text.text()
    sources[0].click()
    shown = page.sources_text.text()
    assert shown != before and "[" in shown


def test_tab_follows_the_reading_order_of_every_page(qtbot, kiosk_window):
    """From the step bar, Tab enters each page at its first control and goes down the page,
    each row from left to right, even for controls the page built after the others."""
    assert tab_order_problems(qtbot, kiosk_window) == {}


def test_reading_order_is_rows_top_to_bottom_then_left_to_right(qtbot):
    """Widgets placed in a 2×2 grid, created in a scrambled order, read row by row."""
    from PySide6.QtWidgets import QGridLayout, QPushButton

    from endoaid.ui.widgets.reading_order import reading_order

    root = QWidget()
    qtbot.addWidget(root)
    grid = QGridLayout(root)
    buttons = {name: QPushButton(name) for name in ("bottom-right", "top-left", "bottom-left")}
    buttons["top-right"] = QPushButton("top-right")
    for name, (row, col) in {
        "top-left": (0, 0),
        "top-right": (0, 1),
        "bottom-left": (1, 0),
        "bottom-right": (1, 1),
    }.items():
        grid.addWidget(buttons[name], row, col)
    root.show()
    qtbot.waitExposed(root)
    ordered = reading_order(root, list(buttons.values()))
    assert [b.text() for b in ordered] == ["top-left", "top-right", "bottom-left", "bottom-right"]
