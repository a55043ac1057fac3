"""Walking the pages and following Tab, for the keyboard tests of both modes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from endoaid.ui.app.main_window import MainWindow


def describe(widget: QWidget) -> str:
    """Return a short name for a widget in a failure message."""
    return f"{type(widget).__name__}#{widget.objectName()} {getattr(widget, 'text', str)()!r}"


def each_page(qtbot, window: MainWindow):
    """Show every page in turn, yielding its id."""
    for index, page in enumerate(window.pages):
        window.go_to(index)
        qtbot.wait(5)
        yield page.page_id


def tab_sequence(start: QWidget, among: list[QWidget]) -> list[QWidget]:
    """Return the widgets of `among` in the order Tab reaches them from `start`."""
    seen: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not start and len(seen) < len(among):
        if widget in among and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def tab_order_problems(qtbot, window: MainWindow) -> dict[str, object]:
    """Return, per page, where Tab leaves reading order (empty when it never does).

    From the last step button, Tab must enter each page at its first control and go down the
    page, each row from left to right, even for controls the page built after the others.
    """
    from endoaid.ui.widgets.reading_order import focusable_controls, reading_order

    wrong: dict[str, object] = {}
    for page_id in each_page(qtbot, window):
        qtbot.wait(20)  # the window orders Tab once the page's new controls are shown
        body = window.current_page().body
        expected = reading_order(body, focusable_controls(body))
        last_step = window.step_bar.buttons()[-1]
        if tab_sequence(last_step, expected) != expected:
            wrong[page_id] = [describe(w) for w in tab_sequence(last_step, expected)][:4]
        following = last_step.nextInFocusChain()
        while following is not None and not following.isVisible():
            following = following.nextInFocusChain()
        if expected and following is not expected[0]:
            wrong[f"{page_id} first"] = describe(following)
    return wrong
