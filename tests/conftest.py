"""Shared fixtures: offscreen Qt, the shipped pack, and a writable copy of it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Before any QApplication exists: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# matplotlib must never try an interactive backend in tests.
os.environ.setdefault("MPLBACKEND", "Agg")
# Checked content packs are kept in a throwaway folder, never in the user's cache.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="endoaid-test-cache-")

from endoaid.content import ContentPack, load_pack
from endoaid.resources import content_dir

# Property tests draw the same examples on every run, so a run (CI above all) never fails by
# chance; ENDOAID_HYPOTHESIS=explore draws new ones each run, many more, to look for bugs.
# No deadline: a busy shared machine must not turn a slow example into a failure.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("ENDOAID_HYPOTHESIS", "repeatable"))

REPO = Path(__file__).resolve().parent.parent


SLOW = (
    "test_fuzz/",
    "test_kill_recovery.py",
    "test_ui/",
    "test_report/",
    "benchmarks/",
    "test_packaging/",
    "test_i18n/test_pseudo_locale.py",
    "test_i18n/test_chinese_window_fits.py",
    "test_i18n/test_language_switch.py",
    "test_i18n/test_money_shown.py",
)
"""Test files left out of the quick loop (`pytest -m "not slow"`, under a minute): the fuzzers,
the kill test, the random-input monkey runs and every other window walk, the PDF renders, the
benchmarks and the frozen build. The full suite (CI) runs them all."""
QUICK_UI = ("test_ui/test_navigation.py", "test_ui/test_qt_properties.py")
"""Two window tests kept in the quick loop, so it still opens the window once."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests of SLOW files `slow` (the quick loop deselects them)."""
    del config
    for item in items:
        where = item.path.relative_to(REPO / "tests").as_posix()
        if where.startswith(SLOW) and not where.startswith(QUICK_UI):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def _throwaway_cache():
    """Remove the kept content packs of this run at its end."""
    yield
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)


@pytest.fixture(scope="session")
def pack() -> ContentPack:
    """The shipped content pack, loaded once."""
    return load_pack()


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped pack folder, for breaking on purpose."""
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target)
    return target


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp):
    """Make the QApplication before any test can: the report makes a QGuiApplication when
    none exists, and widget tests that ran after it (in any order) could not start.

    Like the app's start-up (the composition root), hand the charts the Qt catalogue."""
    from endoaid.i18n import use_catalogue_words

    use_catalogue_words()
    return qapp


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path: Path) -> Path:
    """Keep QSettings and QStandardPaths away from the real user folders, in every test.

    (Only the app's tests had this once; a language test then read a text size someone had
    chosen in the real app, and failed.)"""
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName("endoaid")
    qapp.setApplicationName("endoaid")
    return folder


@pytest.fixture(autouse=True)
def _closing_never_waits_for_a_person(monkeypatch):
    """Closing a window with unsaved entries asks 'save first?' in a modal box, which nobody
    answers in a test: the default answer here is Discard; tests of the question set their own."""
    from endoaid.ui.app.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_save_first", lambda _self, _question: "discard")


@pytest.fixture(autouse=True)
def _no_widgets_left_behind():
    """Close and delete every window a test left open, so the next test starts clean.

    pytest-qt only asks for deletion (deleteLater); with no event loop running between tests
    those windows stayed alive, and restyling the whole application later walked them all.
    """
    yield
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return
    app = widgets.QApplication.instance()
    if not isinstance(app, widgets.QApplication):
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
