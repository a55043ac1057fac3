"""An exception injected into a page: a plain dialog and a logged traceback, or a kiosk restart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from endoaid.ui.app import unexpected
from endoaid.ui.app.main_window import STEP_PAGE_IDS
from endoaid.ui.pages.why import WhyPage
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.flow_helpers import click
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release

FAILURE = "injected failure 7f3a"
TECHNICAL = ("Traceback", "RuntimeError", FAILURE, "line ", ".py")


@pytest.fixture
def broken_why_page(monkeypatch):
    """Make the 'Why' page raise as it is entered, as a bug would."""

    def fail(_page) -> None:
        raise RuntimeError(FAILURE)

    monkeypatch.setattr(WhyPage, "on_enter", fail)


@pytest.fixture
def hook_installed(monkeypatch):
    """Let the app's hook, not pytest-qt's, receive uncaught exceptions; put sys's back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return unexpected.install_excepthook


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """Start the clinician log in a private folder; return its path and stop it afterwards."""
    monkeypatch.setenv("HOME", str(tmp_path))  # Qt's test-mode folders live under $HOME
    path = unexpected.start_log_file()
    handler = unexpected.log.handlers[-1]
    yield path
    unexpected.log.removeHandler(handler)
    handler.close()


def go_to_why(qtbot, window) -> None:
    """Click the step bar's 'Why' step, as she would."""
    click(qtbot, window.step_bar.buttons()[STEP_PAGE_IDS.index("why")])


def shown_text(box) -> str:
    """Return everything a person can read in a message box."""
    return " ".join((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_page_shows_plain_words_and_logs_the_traceback(
    qtbot, window, broken_why_page, hook_installed, log_file: Path
):
    """The dialog says what happened in plain words; the traceback goes to the log file."""
    hook_installed(window, kiosk=False)
    window.state.set_profile(premenopausal_early())
    go_to_why(qtbot, window)
    box = window.unexpected_box
    qtbot.waitUntil(box.isVisible)
    words = shown_text(box)
    assert "Something unexpected went wrong. What you entered is still here." in words
    assert str(log_file) in words
    assert not any(part in box.text() for part in TECHNICAL)
    unexpected.log.handlers[-1].flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and FAILURE in logged and "on_enter" not in words
    assert window.isVisible() and window.state.session.profile is not None


@pytest.mark.qt_no_exception_capture
def test_in_kiosk_mode_an_error_wipes_her_answers_and_starts_again(
    qtbot, pack, broken_why_page, hook_installed, caplog
):
    """Kiosk mode forgets the session, shows the first page and a plain line, logs nothing."""
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        hook_installed(window, kiosk=True)
        window.state.set_profile(premenopausal_early())
        window.open_decision("ovarian-suppression-method")
        go_to_why(qtbot, window)
        box = window.unexpected_box
        qtbot.waitUntil(box.isVisible)
        assert window.state.session.profile is None
        assert window.state.session.decision_id is None
        assert window.stack.currentIndex() == 0
        assert "the guide has started again" in box.text()
        assert not any(part in shown_text(box) for part in TECHNICAL)
        assert box.informativeText() == ""  # no log file named: kiosk mode keeps none
        assert FAILURE not in caplog.text
    finally:
        release(window)
