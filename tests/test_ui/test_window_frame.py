"""What surrounds every page: header, footer, About, the review notice, errors, window size."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from endoaid.consultation import Session
from endoaid.ui.app import unexpected
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState
from tests.test_ui.flow_helpers import click


def test_header_shows_decision_statement_and_content_version(window, pack):
    """The IPDAS decision statement and the content version are in the header."""
    window.open_decision("ovarian-suppression-method")
    assert window.statement.text() == pack.decision("ovarian-suppression-method").statement.get(
        "en"
    )
    assert pack.info.version in window.version_label.text()
    assert "not medical advice" in window.footer.text()
    assert pack.info.version in window.footer.text()


def test_about_opens_from_every_page_with_disclosure_and_numbered_sources(qtbot, window, pack):
    """F1 or the footer button opens About: policy, authors, funding, conflicts and sources."""
    for index in (0, 4, 9):
        window.go_to(index)
        if index == 0:
            QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
        else:
            click(qtbot, window.about_button)
        dialog = window.about_dialog
        assert dialog.isVisible()
        text = dialog.browser.toPlainText()
        for expected in (
            pack.info.version,
            pack.info.update_policy.get("en"),
            pack.info.authors[0].name.get("en"),
            pack.info.funding.get("en"),
            pack.info.conflicts_of_interest.get("en"),
        ):
            assert expected in text
        first = next(iter(pack.citations.values()))
        assert f"1. {first.text}" in text or first.text in text
        dialog.close()


def test_review_notice_shows_on_every_page_only_when_content_is_past_review(qtbot, pack):
    """A pack past its review date puts a notice above every page; a current pack does not."""
    old_info = dataclasses.replace(
        pack.info, last_reviewed=dt.date(2020, 1, 1), next_review_due=dt.date(2021, 1, 1)
    )
    old = dataclasses.replace(pack, info=old_info)
    window = MainWindow(ConsultationState(old, Session()))
    qtbot.addWidget(window)
    window.show()
    for index in range(len(window.pages)):
        window.go_to(index)
        assert window.review_notice.isVisible()
    assert "was due for review" in window.review_notice.text()
    current = MainWindow(ConsultationState(pack, Session()))
    qtbot.addWidget(current)
    current.show()
    assert not current.review_notice.isVisible()


def test_unexpected_error_shows_a_friendly_dialog_logs_it_and_keeps_the_window(
    qtbot, window, caplog
):
    """An exception in a slot is logged, a calm dialog appears, the window stays open."""
    hook = unexpected.make_excepthook(window, kiosk=False)
    with caplog.at_level(logging.ERROR, logger="endoaid"):
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            hook(*sys.exc_info())
    assert window.isVisible()
    assert window.unexpected_box.isVisible()
    assert "What you entered is still here" in window.unexpected_box.text()
    assert "boom in a slot" in caplog.text


def test_unexpected_error_in_kiosk_mode_is_not_logged(qtbot, make_window, caplog):
    """Kiosk mode shows the dialog but writes nothing about the error."""
    window = make_window(kiosk=True)
    hook = unexpected.make_excepthook(window, kiosk=True)
    with caplog.at_level(logging.DEBUG, logger="endoaid"):
        try:
            raise RuntimeError("private detail")
        except RuntimeError:
            hook(*sys.exc_info())
    assert window.unexpected_box.isVisible()
    assert "private detail" not in caplog.text


def test_kiosk_window_has_no_menus_and_no_export_file_button(make_window):
    """Kiosk mode hides the menu bar (file dialogs) and the Export PDF… button."""
    window = make_window(kiosk=True)
    assert not window.menuBar().isVisible()
    window.go_to_page("export")
    assert not window.page("export").save_button.isVisible()


def test_window_size_is_remembered_between_runs(qtbot, make_window):
    """Closing a window stores its size; the next window opens at that size."""
    window = make_window()
    window.resize(700, 500)  # small enough for the offscreen screen (800×600)
    qtbot.waitUntil(lambda: window.height() == 500)
    size = window.size()
    window.close()
    again = make_window(resize=False)
    assert again.size() == size
    assert again.size() != make_window().size()


def test_switching_language_keeps_the_session_and_redraws_content(qtbot, window, pack):
    """After a language switch every entry is kept and content text is shown again."""
    window.open_decision("ovarian-suppression-method")
    window.state.session.ratings = {"keep-fertility": 3}
    window.set_language("zh_CN")
    assert window.state.session.ratings == {"keep-fertility": 3}
    assert window.state.session.decision_id == "ovarian-suppression-method"
    decision = pack.decision("ovarian-suppression-method")
    assert window.statement.text() == decision.statement.get("zh_CN")
    window.set_language("en")
    assert window.statement.text() == decision.statement.get("en")


def test_clinician_log_file_lives_in_app_local_data_and_receives_errors(
    qtbot, window, tmp_path, monkeypatch
):
    """The log file is under AppLocalDataLocation and the error hook writes the traceback there."""
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("HOME", str(tmp_path))  # Qt's test-mode folders live under $HOME

    path = unexpected.start_log_file()
    handler = unexpected.log.handlers[-1]
    try:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppLocalDataLocation
        )
        assert path is not None and str(path).startswith(folder)
        assert str(path).startswith(str(tmp_path))
        hook = unexpected.make_excepthook(window, kiosk=False)
        try:
            raise ValueError("written to the log")
        except ValueError:
            hook(*sys.exc_info())
        handler.flush()
        assert "written to the log" in path.read_text(encoding="utf-8")
    finally:
        unexpected.log.removeHandler(handler)
        handler.close()


def test_kiosk_window_file_shortcuts_open_no_dialog(qtbot, make_window, monkeypatch):
    """Ctrl+O and Ctrl+S do nothing in kiosk mode: no file dialog can appear."""
    from PySide6.QtWidgets import QFileDialog

    def refuse(*_args, **_kwargs):
        raise AssertionError("a file dialog was opened in kiosk mode")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(refuse))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(refuse))
    window = make_window(kiosk=True)
    for key in (Qt.Key.Key_O, Qt.Key.Key_S):
        QTest.keyClick(window.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)
    assert not window.open_action.isEnabled() and not window.save_action.isEnabled()


def test_language_switch_rerenders_table_cells_and_keeps_entries(qtbot, window, pack):
    """After switching to Chinese the side-by-side cells show the pack's Chinese text."""
    from tests.test_ui.flow_helpers import fill_profile

    fill_profile(qtbot, window, "pre", "early", "39")
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("compare")
    window.set_language("zh_CN")
    decision = pack.decision("ovarian-suppression-method")
    cell = pack.cell(decision, "gnrh-agonist", "how-taken")
    page = window.page("compare")
    assert page.cell_text("gnrh-agonist", "how-taken") == cell.text.get("zh_CN")
    assert window.page("profile").fields["age"].text() == "39"
    window.set_language("en")
    assert page.cell_text("gnrh-agonist", "how-taken") == cell.text.get("en")
