"""Every control on every page can be found by a screen reader and reached by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)

from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.focus_helpers import each_page, tab_order_problems

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTabBar)


def _controls(root: QWidget, kinds: tuple[type, ...] = INTERACTIVE) -> list[QWidget]:
    """Return the visible widgets of `kinds` under root, inner line edits left out."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.isVisibleTo(root)
        # the inner line edit of a spin box or combo box speaks for its parent
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
    ]


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in _controls(root, (*INTERACTIVE, QTableWidget)):
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        if not name.strip():
            text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def test_every_interactive_widget_on_every_page_has_an_accessible_name(qtbot, window):
    """Walk all pages of a filled-in consultation; no control is nameless."""
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    problems = {page: missing for page in each_page(qtbot, window) if (missing := _unnamed(window))}
    window.page("charts").view.as_table.setChecked(True)
    window.go_to_page("charts")
    if missing := _unnamed(window):
        problems["charts-table"] = missing
    assert problems == {}


def test_every_page_control_takes_keyboard_focus(qtbot, window):
    """Buttons, fields and choices on every page accept focus from the Tab key."""
    window.open_decision("ovarian-suppression-method")
    for index in range(len(window.pages)):
        window.go_to(index)
        qtbot.wait(1)
        for widget in window.current_page().findChildren(QWidget):
            if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(window):
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, type(widget).__name__


def test_tab_order_runs_steps_then_page_then_back_about_next(qtbot, window):
    """Tab goes through the step bar, then the page's own fields, then Back, About and Next."""
    window.go_to_page("profile")
    window.activateWindow()
    window.step_bar.buttons()[-1].setFocus()
    order = []
    for _ in range(30):
        window.focusNextChild()
        widget = QApplication.focusWidget()
        order.append(widget)
        if widget is window.next_button:
            break
    page = window.page("profile")
    inside = [w for w in order if page.isAncestorOf(w)]
    assert order[-3:] == [window.back_button, window.about_button, window.next_button]
    assert order.index(page.menopause) < order.index(page.fields["age"])
    assert all(order.index(w) < order.index(window.back_button) for w in inside)
    assert page.checks["prior_endocrine_therapy"] in inside


def test_tab_follows_the_reading_order_of_every_page(qtbot, window):
    """In clinician mode too, Tab goes down each page as it reads, even for controls a page
    builds late (the decision buttons, the rating buttons, the SURE answers)."""
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.state.session.own_concerns = ["A concern of mine"]
    assert tab_order_problems(qtbot, window) == {}


def _undescribed(root: QWidget) -> list[str]:
    missing = []
    for widget in _controls(root):
        if isinstance(widget, QTabBar):  # Qt's tab-bar interface speaks for the current tab
            described = widget.accessibleDescription()
        else:
            iface = QAccessible.queryAccessibleInterface(widget)
            described = iface.text(QAccessible.Text.Description) if iface else ""
        if not described.strip():
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return missing


def test_every_interactive_widget_on_every_page_has_a_description(qtbot, window):
    """Screen readers get a description after each control's name, on every page."""
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    problems = {
        page: missing for page in each_page(qtbot, window) if (missing := _undescribed(window))
    }
    assert problems == {}


def test_descriptions_follow_the_language(qtbot, window):
    """After switching to Chinese the descriptions are Chinese, and back to English again."""
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("compare")
    qtbot.wait(1)
    source = next(
        w for w in window.current_page().findChildren(QAbstractButton) if w.accessibleDescription()
    )
    english = source.accessibleDescription()
    window.set_language("zh_CN")
    try:
        chinese = source.accessibleDescription()
        assert chinese != english
        assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese)
    finally:
        window.set_language("en")
    assert source.accessibleDescription() == english


def test_the_keyboard_starts_on_the_step_bar_not_on_about_or_a_decision(qtbot, window):
    """When the window opens, focus is on the current step: Space does not open About (it
    did), and no decision wears a focus frame that could make it look chosen."""
    first_step = window.step_bar.buttons()[0]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_step)
    qtbot.keyClick(first_step, Qt.Key.Key_Space)
    assert not hasattr(window, "about_dialog")
    assert window.current_page().page_id == "welcome"
    assert window.state.session.decision_id is None
    window.focusNextChild()
    assert QApplication.focusWidget() is window.step_bar.buttons()[1]
