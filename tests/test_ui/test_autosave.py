"""Autosave in clinician mode: a recovery copy while entries are unsaved, offered at start."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from endoaid.consultation import Session, load_session, recovery, save_session
from endoaid.ui.clinician import tools as clinician_tools
from endoaid.ui.clinician.autosave import AutoSaver, autosave_interval_ms, restore_question
from tests.test_ui.flow_helpers import click
from tests.test_ui.test_unsaved import _rate_something as rate_something


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The recovery folder of these tests."""
    return tmp_path / "recovery"


@pytest.fixture
def saving_window(make_window, folder):
    """Return a factory for a clinician window with its AutoSaver in `folder`."""

    def make(interval_ms: int = 60_000):
        window = make_window()
        window.autosave = AutoSaver(window, folder, interval_ms=interval_ms)
        return window

    return make


def own_copy(window) -> Path:
    """Return where this window's recovery copy is written."""
    return window.autosave.file.path


def left_by_a_crash(folder: Path, minutes_ago: float = 3, **fields: object) -> Path:
    """Leave a copy as a run killed `minutes_ago` would have."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / recovery.copy_name(f"crashed{minutes_ago}")
    save_session(Session(**fields), path)
    when = dt.datetime.now().timestamp() - minutes_ago * 60
    os.utime(path, (when, when))
    return path


def the_prompt(window) -> QMessageBox:
    """Return the open restore prompt, found as any modal dialog would be."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box is window.autosave.prompt
    return box


def test_nothing_entered_writes_no_copy(qtbot, saving_window):
    """Looking around (page changes) without entering anything writes nothing."""
    window = saving_window()
    for page in ("why", "charts", "summary"):
        window.go_to_page(page)
    assert not own_copy(window).exists()


def test_a_page_change_writes_her_entries_to_a_copy_that_loads(qtbot, saving_window):
    """After an entry, the next page change writes a copy holding it."""
    window = saving_window()
    rate_something(qtbot, window)
    window.go_to_page("sure")
    copy = load_session(own_copy(window))
    assert copy.ratings == {"keep-fertility": 4}
    assert copy.decision_id == "ovarian-suppression-method"


def test_notes_typed_on_one_page_are_written_by_the_timer(qtbot, saving_window):
    """Typing (which signals no change) is written within one interval, without a page change."""
    window = saving_window(interval_ms=30)
    window.go_to_page("summary")
    qtbot.keyClicks(window.page("summary").notes, "Her sister had the operation.")
    qtbot.waitUntil(lambda: own_copy(window).exists(), timeout=5000)
    assert load_session(own_copy(window)).notes == "Her sister had the operation."


def test_an_explicit_save_removes_the_copy(qtbot, saving_window, tmp_path):
    """Saving the session to a file deletes the recovery copy."""
    window = saving_window()
    rate_something(qtbot, window)
    window.go_to_page("sure")
    assert own_copy(window).exists()
    assert clinician_tools.save_session_file(window, tmp_path / "visit.endoaid.json")
    assert not own_copy(window).exists()


def test_a_clean_exit_leaves_nothing_in_the_folder(qtbot, saving_window, folder):
    """Closing the window (her entries discarded on purpose) deletes the copy and its lock."""
    window = saving_window()
    rate_something(qtbot, window)
    window.go_to_page("sure")
    assert own_copy(window).exists()
    assert window.close()
    assert os.listdir(folder) == []


def test_restore_brings_back_her_entries_unsaved_and_copied_again(qtbot, saving_window, folder):
    """Restore shows the crashed consultation; it is unsaved and kept in this run's copy."""
    left = left_by_a_crash(folder, ratings={"keep-fertility": 3}, notes="Ask about swimming")
    window = saving_window()
    window.autosave.offer_restore()
    box = the_prompt(window)
    assert "Restore the consultation from" in box.text() and "today" in box.text()
    with qtbot.waitSignal(window.autosave.checked) as answered:
        click(qtbot, box.restore_button)
    assert answered.args == [True]
    assert window.state.session.ratings == {"keep-fertility": 3}
    window.go_to_page("summary")
    assert window.page("summary").notes.toPlainText() == "Ask about swimming"
    assert window.state.unsaved  # in no file of hers yet: closing will ask to save
    assert not left.exists()
    assert load_session(own_copy(window)).ratings == {"keep-fertility": 3}


def test_discard_deletes_the_copy_and_keeps_the_new_session(qtbot, saving_window, folder):
    """Discard deletes the copy; the window stays with an empty consultation."""
    left = left_by_a_crash(folder, ratings={"keep-fertility": 3})
    window = saving_window()
    window.autosave.offer_restore()
    box = the_prompt(window)
    with qtbot.waitSignal(window.autosave.checked) as answered:
        click(qtbot, next(b for b in box.buttons() if b is not box.restore_button))
    assert answered.args == [False]
    assert not left.exists()
    assert window.state.session.ratings == {}


def test_of_several_copies_the_newest_is_offered_and_the_older_deleted(
    qtbot, saving_window, folder
):
    """Two crashed runs: only the newer is offered, the older is deleted at once."""
    older = left_by_a_crash(folder, minutes_ago=50, notes="older")
    newer = left_by_a_crash(folder, minutes_ago=2, notes="newer")
    window = saving_window()
    window.autosave.offer_restore()
    the_prompt(window)
    assert newer.exists() and not older.exists()
    click(qtbot, the_prompt(window).restore_button)
    assert window.state.session.notes == "newer"


def test_a_damaged_copy_is_removed_logged_and_nothing_asked(qtbot, saving_window, folder, caplog):
    """A half-written copy never reaches the prompt: one log line, no question, no crash."""
    folder.mkdir(parents=True)
    damaged = folder / recovery.copy_name("cut")
    damaged.write_bytes(b'{"schema_version": 1, "ratings": {"keep-fert')
    window = saving_window()
    with (
        caplog.at_level(logging.WARNING, logger="endoaid"),
        qtbot.waitSignal(window.autosave.checked) as answered,
    ):
        window.autosave.offer_restore()
    assert answered.args == [False]
    assert window.autosave.prompt is None and QApplication.activeModalWidget() is None
    assert not damaged.exists()
    assert len(caplog.records) == 1


def test_the_question_names_the_time_today_yesterday_or_the_date():
    """The prompt says when the copy was written, as a person says it."""
    now = dt.datetime(2026, 12, 4, 9, 15)
    at = dt.datetime(2026, 12, 4, 14, 32)
    assert restore_question(at, now, "en") == "Restore the consultation from 14:32 today?"
    yesterday = at - dt.timedelta(days=1)
    assert restore_question(yesterday, now, "en").endswith("14:32 yesterday?")
    older = restore_question(at - dt.timedelta(days=3), now, "en")
    assert older == "Restore the consultation from 14:32 on 1 Dec 2026?"


def test_the_interval_is_thirty_seconds_at_most(monkeypatch):
    """The copy is written every 30 s; a test may ask for less, never for more."""
    monkeypatch.delenv("ENDOAID_AUTOSAVE_SECONDS", raising=False)
    assert autosave_interval_ms() == 30_000
    monkeypatch.setenv("ENDOAID_AUTOSAVE_SECONDS", "0.05")
    assert autosave_interval_ms() == 50
    monkeypatch.setenv("ENDOAID_AUTOSAVE_SECONDS", "600")
    assert autosave_interval_ms() == 30_000


@pytest.mark.parametrize("kiosk", [False, True])
def test_only_clinician_mode_keeps_a_recovery_copy(qtbot, tmp_path, monkeypatch, real_look, kiosk):
    """Once settled, a clinician window has an AutoSaver; a kiosk window none, and writes
    nothing."""
    import gc

    from endoaid.ui.app.application import build_window, settle
    from endoaid.user_folders import recovery_dir

    monkeypatch.setenv("HOME", str(tmp_path))  # Qt's test-mode folders live under $HOME
    # (real_look puts the application's font and stylesheet back afterwards)
    window = build_window(argparse.Namespace(kiosk=kiosk, lang="en"))
    qtbot.addWidget(window)
    window.show()
    try:
        settle(window)
    finally:
        gc.unfreeze()
    rate_something(qtbot, window)
    window.go_to_page("summary")
    folder = recovery_dir()
    assert str(folder).startswith(str(tmp_path))
    if kiosk:
        assert window.autosave is None and not folder.exists()
    else:
        assert window.autosave is not None and own_copy(window).parent == folder
        assert own_copy(window).exists()


def test_the_question_is_asked_in_chinese_too(qapp):
    """With the Chinese catalogue the prompt says today's time in Chinese."""
    from endoaid.i18n import install_translators

    now = dt.datetime(2026, 12, 4, 9, 15)
    try:
        install_translators(qapp, "zh_CN")
        today = restore_question(dt.datetime(2026, 12, 4, 14, 32), now, "zh_CN")
        older = restore_question(dt.datetime(2026, 12, 1, 8, 5), now, "zh_CN")
    finally:
        install_translators(qapp, "en")
    assert today == "要恢复今天 14:32 的咨询记录吗？"
    assert older == "要恢复 2026年12月1日 08:05 的咨询记录吗？"
