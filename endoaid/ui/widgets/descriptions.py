"""Accessible descriptions: what each control does, for screen readers, in the current language.

Pages name their controls; this module adds the description Qt accessibility reads after the
name, so no page has to repeat the same sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from endoaid.ui.widgets.choices import RatingControl, YesNo
from endoaid.ui.widgets.sources import SourceButton
from endoaid.ui.widgets.step_bar import StepBar

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def description_for(widget: QWidget, page_title: str) -> str:
    """Return the sentence describing what `widget` does."""
    if isinstance(widget, SourceButton):
        return QCoreApplication.translate("Descriptions", "Shows where this answer comes from.")
    if isinstance(widget, QRadioButton) and _inside(widget, RatingControl):
        return QCoreApplication.translate(
            "Descriptions", "0 means this does not matter to you, 4 means it matters a lot."
        )
    if isinstance(widget, QRadioButton) and _inside(widget, YesNo):
        return QCoreApplication.translate(
            "Descriptions", "Answer yes or no; you can change your answer at any time."
        )
    if _inside(widget, StepBar):
        return QCoreApplication.translate(
            "Descriptions", "Goes straight to this step; nothing you entered is lost."
        )
    if isinstance(widget, QCheckBox):
        return QCoreApplication.translate(
            "Descriptions", "Tick or untick; you can change it at any time."
        )
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox):
        return QCoreApplication.translate(
            "Descriptions", "On the page '%1'; a problem with what you enter is shown beside it."
        ).replace("%1", page_title)
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return QCoreApplication.translate(
            "Descriptions", "Your own words; they are kept in the summary."
        )
    return QCoreApplication.translate("Descriptions", "On the page '%1'.").replace("%1", page_title)


def describe_controls(root: QWidget, page_title: str, skip_inside: tuple[type, ...] = ()) -> None:
    """Give every interactive control under `root` a description (keeping any set by hand).

    Controls inside a widget of a `skip_inside` type are left to their own pass (and not even
    visited: the window's own pass would otherwise walk every page).
    """
    for widget in _controls_under(root, skip_inside):
        if widget.property("endoaid_described") or not widget.accessibleDescription():
            widget.setAccessibleDescription(description_for(widget, page_title))
            widget.setProperty("endoaid_described", True)


def _controls_under(root: QWidget, skip_inside: tuple[type, ...]) -> list[QWidget]:
    """Return the interactive widgets below `root`, not looking inside `skip_inside` widgets."""
    if not skip_inside:  # one call into Qt walks the whole tree faster than Python can
        return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    found: list[QWidget] = []
    waiting = [child for child in root.children() if isinstance(child, QWidget)]
    while waiting:
        widget = waiting.pop()
        if isinstance(widget, skip_inside):
            continue
        if isinstance(widget, INTERACTIVE):
            found.append(widget)
        waiting.extend(child for child in widget.children() if isinstance(child, QWidget))
    return found
