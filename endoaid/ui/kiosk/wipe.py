"""Forgets one patient completely: the session, every page's widgets, dialogs and clipboard.

`Session.clear()` empties the model; the pages reload from it. What the pages cannot know is
wiped here: undo histories of text fields (they still hold what was typed), chart tables and
figures drawn for her, dialogs left open, the clipboard, and widgets waiting for deleteLater.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)

from endoaid.ui.common.allocator import give_back_memory


def _close_dialogs(window: QWidget) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is window:
            continue
        if isinstance(widget, QDialog | QMessageBox) and widget.parentWidget() is not None:
            widget.hide()
            widget.deleteLater()
    for name in ("problem_box", "about_dialog", "unexpected_box"):
        if getattr(window, name, None) is not None:
            setattr(window, name, None)


def _forget_charts(window: QWidget) -> None:
    from endoaid.ui.widgets.chart_view import ChartView

    for view in window.findChildren(ChartView):
        view.forget()
    for page in window.built_pages():
        if hasattr(page, "spec"):
            page.spec = None


def _forget_undo(window: QWidget) -> None:
    for edit in window.findChildren(QLineEdit):
        edit.setText(edit.text())  # setText drops the undo history
    for edit in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        edit.document().clearUndoRedoStacks()


def wipe_consultation(window, *, language: str | None = None) -> None:
    """Forget everything about the current patient and show the welcome page."""
    _close_dialogs(window)
    state = window.state
    state.new_patient()  # Session.clear(); every page reloads from the empty session
    if language and language != state.lang:
        window.set_language(language)
    _forget_charts(window)
    _forget_undo(window)
    for bar in window.findChildren(QStatusBar):
        bar.clearMessage()
    window.go_to(0)
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()
    # Widgets the pages dropped (deleteLater) still hold her text until they are deleted.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    give_back_memory()  # what her consultation took goes back to the system
    gc.collect()
