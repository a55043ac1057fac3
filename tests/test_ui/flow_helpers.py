"""Steps a person takes through the app, written once for the flow tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton

from endoaid.ui.app.main_window import MainWindow


def click(qtbot, widget) -> None:
    """Click a widget with the left mouse button, as a person would (once it is on screen)."""
    qtbot.waitUntil(widget.isVisible, timeout=2000)
    if isinstance(widget, QCheckBox | QRadioButton):
        # only the indicator and the words react, not the empty width beside them
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fill_profile(qtbot, window: MainWindow, menopause: str, setting: str, age: str) -> None:
    """Open 'Her situation' and fill menopause, stage and age."""
    window.go_to_page("profile")
    page = window.page("profile")
    page.menopause.setCurrentIndex(page.menopause.findData(menopause))
    page.setting.setCurrentIndex(page.setting.findData(setting))
    page.fields["age"].clear()
    qtbot.keyClicks(page.fields["age"], age)


def choose_decision(qtbot, window: MainWindow, decision_id: str) -> None:
    """Pick a decision on the welcome page and press Start."""
    window.go_to_page("welcome")
    page = window.page("welcome")
    click(qtbot, page.decision_buttons[decision_id])
    click(qtbot, page.start_button)


def tick_options(qtbot, window: MainWindow, options: list[str]) -> None:
    """On the options page, leave exactly these options ticked."""
    window.go_to_page("options")
    page = window.page("options")
    for ref, check in page.checks.items():
        if check.isChecked() and ref not in options:
            click(qtbot, check)
    for ref in options:
        if not page.checks[ref].isChecked():
            click(qtbot, page.checks[ref])
