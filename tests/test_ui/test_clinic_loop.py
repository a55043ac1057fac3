"""The clinic's loop, driven as people do: a session sent from the clinic window opens at a
kiosk window by its code; wrong, used and expired codes are refused; the record question."""

from __future__ import annotations

import json
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from endoaid.consultation import Session, audit_record, handoff
from endoaid.ui.app.clinic_loop import open_recent
from endoaid.ui.clinician.tools import save_session_file
from endoaid.ui.common import settings
from tests.test_ui.conftest import premenopausal_early
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release, shell_of


def her_session() -> Session:
    return Session(
        lang="en",
        profile=premenopausal_early(),
        decision_id="ovarian-suppression-method",
        options=["gnrh-agonist", "oophorectomy"],
        patient_name="Mei Ling Wong",
        clinician_name="Dr Chan",
        notes="Sister is a nurse.",
        sure_before={
            "sure": False,
            "understand": True,
            "risk-benefit": False,
            "encouragement": True,
        },
    )


def send_from_clinic(qtbot, make_window, inbox):
    settings.set_clinic_loop(str(inbox), 24, None)
    clinic = make_window(session=her_session())
    clinic.send_action.trigger()
    dialog = clinic.send_dialog
    qtbot.waitUntil(dialog.isVisible)
    return clinic, dialog


def type_code(qtbot, kiosk, code: str) -> None:
    entry = shell_of(kiosk).code_entry
    keys = {button.text(): button for button in entry.keys}
    for ch in code:
        qtbot.mouseClick(keys[ch], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.open_button, Qt.MouseButton.LeftButton)


def open_code_screen(qtbot, kiosk) -> None:
    kiosk.go_to(0)
    welcome = kiosk.page("welcome")
    assert welcome.code_button.isVisible()
    qtbot.mouseClick(welcome.code_button, Qt.MouseButton.LeftButton)
    assert shell_of(kiosk).code_entry.isVisible()


def test_a_session_sent_from_the_clinic_opens_at_the_kiosk_by_its_code(
    qtbot, make_window, pack, tmp_path
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _clinic, dialog = send_from_clinic(qtbot, make_window, inbox)
    code = dialog.sent.code
    assert dialog.code.text() == f"{code[:3]} {code[3:]}"
    assert dialog.code.font().pixelSize() >= 48  # large
    (sent_file,) = inbox.iterdir()
    assert b"Mei Ling" not in sent_file.read_bytes()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    assert dialog.print_slip(printer)
    slip = " ".join(PdfReader(tmp_path / "slip.pdf").pages[0].extract_text().split())
    assert f"{code[:3]} {code[3:]}" in slip and "I have a code from my clinic" in slip

    kiosk = open_kiosk(qtbot, pack, kiosk_config(inbox_folder=inbox))
    try:
        open_code_screen(qtbot, kiosk)
        type_code(qtbot, kiosk, code)
        session = kiosk.state.session
        assert session.decision_id == "ovarian-suppression-method"
        assert session.options == ["gnrh-agonist", "oophorectomy"]
        assert session.profile == premenopausal_early()
        assert session.patient_name == session.clinician_name == session.notes == ""
        assert kiosk.current_page().page_id == "charts"  # she had answered SURE already
        assert list(inbox.iterdir()) == []  # used: deleted
        kiosk.go_to_page("profile")
        assert not kiosk.page("profile").body.isEnabled()  # her details as the clinic set them
        assert not kiosk.page("welcome").decision_box.isEnabled()
        shell_of(kiosk).finish_and_clear()
        assert kiosk.state.session.decision_id is None and not kiosk.state.read_only
        kiosk.go_to_page("profile")
        assert kiosk.page("profile").body.isEnabled()
        # the same code again: used
        open_code_screen(qtbot, kiosk)
        type_code(qtbot, kiosk, code)
        assert kiosk.state.session.decision_id is None
        assert "No session has this code" in shell_of(kiosk).code_entry.message.text()
    finally:
        release(kiosk)


def test_wrong_codes_are_refused_and_five_in_a_minute_mean_a_wait(
    qtbot, make_window, pack, tmp_path
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _clinic, dialog = send_from_clinic(qtbot, make_window, inbox)
    wrong = "ACDEFG" if dialog.sent.code != "ACDEFG" else "ACDEFH"
    kiosk = open_kiosk(qtbot, pack, kiosk_config(inbox_folder=inbox))
    try:
        entry = shell_of(kiosk).code_entry
        open_code_screen(qtbot, kiosk)
        type_code(qtbot, kiosk, "ACD")
        assert entry.message.text() == "A code has 6 letters and digits. Please try again."
        for attempt in range(5):
            type_code(qtbot, kiosk, wrong)
            if attempt < 4:
                assert entry.message.text().startswith("No session has this code")
        assert entry.message.text().startswith("Too many wrong codes. Please wait 60 seconds")
        assert not entry.open_button.isEnabled()
        type_code(qtbot, kiosk, dialog.sent.code)  # even the right one waits
        assert kiosk.state.session.decision_id is None and len(list(inbox.iterdir())) == 1
        entry.throttle.until = 0  # the minute has passed
        entry.ask()
        type_code(qtbot, kiosk, dialog.sent.code)
        assert kiosk.state.session.decision_id == "ovarian-suppression-method"
    finally:
        release(kiosk)


def test_an_expired_code_is_refused_and_its_file_deleted(qtbot, pack, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    kiosk = open_kiosk(qtbot, pack, kiosk_config(inbox_folder=inbox))
    try:
        payload = json.dumps({"schema_version": 2, "decision_id": "treatment-duration"})
        sent = handoff.send(payload.encode(), inbox, hours=24, now=time.time() - 25 * 3600)
        open_code_screen(qtbot, kiosk)
        type_code(qtbot, kiosk, sent.code)
        assert kiosk.state.session.decision_id is None
        assert shell_of(kiosk).code_entry.message.text().startswith("No session has this code")
        assert not sent.path.exists()
    finally:
        release(kiosk)


def test_a_kiosk_without_an_inbox_offers_no_code(qtbot, pack):
    kiosk = open_kiosk(qtbot, pack, kiosk_config())
    try:
        assert not kiosk.page("welcome").code_button.isVisible()
        assert shell_of(kiosk).code_entry is None
    finally:
        release(kiosk)


def test_the_record_question_is_asked_once_and_keeps_one_row(qtbot, make_window, tmp_path):
    db = tmp_path / "clinic.db"
    settings.set_clinic_loop(None, 24, str(db))
    window = make_window(session=her_session())
    window.go_to_page("summary")
    question = window.page("summary").record_question
    assert question.isVisible()
    assert not question.yes_button.isChecked() and not question.no_button.isChecked()
    qtbot.mouseClick(question.yes_button, Qt.MouseButton.LeftButton)
    assert question.status.text() == "Kept. Thank you."
    assert not question.yes_button.isVisible()
    question.answer("yes")  # asked once: a second answer changes nothing
    (row,) = audit_record.read_records(db)
    assert row.mode == "clinician" and row.decision == "ovarian-suppression-method"
    assert row.sure_before == 2 and row.sure_after is None
    window.state.mark_saved()


def test_a_damaged_record_database_is_one_line_and_the_guide_goes_on(qtbot, make_window, tmp_path):
    db = tmp_path / "clinic.db"
    db.write_bytes(b"not a database" * 200)
    settings.set_clinic_loop(None, 24, str(db))
    window = make_window(session=her_session())
    window.go_to_page("summary")
    question = window.page("summary").record_question
    qtbot.mouseClick(question.yes_button, Qt.MouseButton.LeftButton)
    assert question.status.text().startswith("The record could not be kept:")
    assert "\n" not in question.status.text()
    window.go_to_page("export")
    assert window.current_page().page_id == "export"
    window.state.mark_saved()


def test_no_record_database_means_no_question(make_window):
    window = make_window(session=her_session())
    window.go_to_page("summary")
    assert not window.page("summary").record_question.isVisible()
    window.state.mark_saved()


def test_open_recent_lists_saved_sessions_and_drops_missing_ones(make_window, tmp_path):
    window = make_window(session=her_session())
    first, second = tmp_path / "a.endoaid.json", tmp_path / "b.endoaid.json"
    assert save_session_file(window, first) and save_session_file(window, second)
    assert settings.recent_sessions() == [str(second), str(first)]
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == [second.name, first.name]
    first.unlink()
    assert not open_recent(window, str(first))
    assert "no longer there" in window.problem_box.text()
    assert settings.recent_sessions() == [str(second)]
    assert open_recent(window, str(second))


OPEN_FILE = """
import argparse, sys
from pathlib import Path
from endoaid.ui.app import application as A
args = argparse.Namespace(kiosk=False, lang="en", smoke_test=False, open=Path(sys.argv[1]))
application, window = A._open_window(args)
application.processEvents()
print("decision=%s" % window.state.session.decision_id)
window.recent_menu.aboutToShow.emit()
print("recent=%s" % window.recent_menu.actions()[0].text())
window.state.mark_saved()
window.close()
"""


def test_endoaid_file_opens_the_session_in_the_window(tmp_path):
    import os
    import subprocess
    import sys

    from endoaid.consultation import save_session

    path = tmp_path / "hers.endoaid.json"
    save_session(her_session(), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.update(XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run(
        [sys.executable, "-c", OPEN_FILE, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "decision=ovarian-suppression-method" in result.stdout
    assert "recent=hers.endoaid.json" in result.stdout


def test_a_file_open_event_opens_the_session(make_window, tmp_path):
    """macOS hands a double-clicked file to the app as a FileOpen event."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from endoaid.consultation import save_session
    from endoaid.ui.app.clinic_loop import SessionFileOpener

    path = tmp_path / "hers.endoaid.json"
    save_session(her_session(), path)
    window = make_window()
    opener = SessionFileOpener(window)
    QCoreApplication.instance().installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(path)))
    finally:
        QCoreApplication.instance().removeEventFilter(opener)
    assert window.state.session.decision_id == "ovarian-suppression-method"


def test_kiosk_check_names_a_missing_inbox_and_a_damaged_record(tmp_path, capsys):
    from endoaid.cli import main
    from tests.test_ui.kiosk_helpers import PIN_HASH

    junk = tmp_path / "record.db"
    junk.write_bytes(b"not sqlite at all " * 100)
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'pin_hash = "{PIN_HASH}"\ninbox_folder = "{tmp_path / "gone"}"\n'
        f'audit_database = "{junk}"\n'
    )
    assert main(["kiosk", "check", "--config", str(config)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == f"The inbox folder {tmp_path / 'gone'} does not exist."
    assert lines[1].startswith(f"The record database '{junk}' cannot be used: ")
    assert lines[2] == f"2 problem(s) in {config}; kiosk mode would not start."
    (tmp_path / "inbox").mkdir()
    config.write_text(
        f'pin_hash = "{PIN_HASH}"\ninbox_folder = "{tmp_path / "inbox"}"\n'
        f'audit_database = "{tmp_path / "new.db"}"\n'
    )
    assert main(["kiosk", "check", "--config", str(config)]) == 0
    assert not (tmp_path / "new.db").exists()  # checking creates nothing


def test_the_kiosk_asks_too_and_forgets_the_answer_with_her(qtbot, make_window, pack, tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "kiosk.db"
    inbox.mkdir()
    _clinic, dialog = send_from_clinic(qtbot, make_window, inbox)
    kiosk = open_kiosk(qtbot, pack, kiosk_config(inbox_folder=inbox, audit_database=db))
    try:
        open_code_screen(qtbot, kiosk)
        type_code(qtbot, kiosk, dialog.sent.code)
        kiosk.go_to_page("summary")
        question = kiosk.page("summary").record_question
        assert question.isVisible()
        qtbot.mouseClick(question.yes_button, Qt.MouseButton.LeftButton)
        (row,) = audit_record.read_records(db)
        assert row.mode == "kiosk" and row.minutes == 0 and row.sure_before == 2
        shell_of(kiosk).finish_and_clear()
        assert kiosk.state.record_answer is None
        kiosk.state.set_decision("treatment-duration")
        kiosk.go_to_page("summary")
        assert question.yes_button.isVisible()  # the next woman is asked again
    finally:
        release(kiosk)


def test_a_session_of_other_content_is_not_opened(qtbot, pack, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    kiosk = open_kiosk(qtbot, pack, kiosk_config(inbox_folder=inbox))
    try:
        payload = json.dumps({"schema_version": 2, "decision_id": "a-retired-decision"})
        sent = handoff.send(payload.encode(), inbox)
        open_code_screen(qtbot, kiosk)
        type_code(qtbot, kiosk, sent.code)
        assert kiosk.state.session.decision_id is None
        assert "other content" in shell_of(kiosk).code_entry.message.text()
    finally:
        release(kiosk)


def test_sending_without_a_decision_is_refused_in_one_line(make_window, tmp_path):
    settings.set_clinic_loop(str(tmp_path), 24, None)
    window = make_window()
    window.send_action.trigger()
    assert "Choose a decision first" in window.problem_box.text()
    assert not list(tmp_path.glob("*.endoaid-handoff"))


def test_a_session_opened_by_code_writes_nothing_anywhere(qtbot, pack, tmp_path, monkeypatch):
    """Home, config, data, cache and temp folders are unchanged; the inbox file is gone."""
    import tempfile

    from PySide6.QtCore import QStandardPaths

    home = tmp_path / "home"
    for name in ("config", "data", "cache", "state", "tmp"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for var, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / name))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sent = handoff.send(her_session_json().encode(), inbox)
    from endoaid.fonts import register_matplotlib_fonts

    register_matplotlib_fonts()
    QStandardPaths.setTestModeEnabled(False)
    try:
        before = {str(p) for p in home.rglob("*")}
        kiosk = open_kiosk(qtbot, pack, kiosk_config(inbox_folder=inbox))
        try:
            open_code_screen(qtbot, kiosk)
            type_code(qtbot, kiosk, sent.code)
            assert kiosk.state.session.decision_id == "ovarian-suppression-method"
            for page in ("charts", "values", "sure", "summary", "export"):
                kiosk.go_to_page(page)
                qtbot.wait(10)
            shell_of(kiosk).finish_and_clear()
        finally:
            release(kiosk)
        after = {str(p) for p in home.rglob("*")}
    finally:
        QStandardPaths.setTestModeEnabled(True)
    assert after == before
    assert list(inbox.iterdir()) == []


def her_session_json() -> str:
    from endoaid.records import dump_json

    return dump_json(her_session()).decode()


def test_killed_while_keeping_records_no_row_said_kept_is_lost(tmp_path):
    """The app killed 6 times while women say yes: every 'Kept' she saw is a whole row."""
    import os
    import random
    import signal
    import sqlite3
    import subprocess
    import sys

    from tests.test_ui.conftest import __file__ as here

    repo = Path(here).resolve().parents[2]
    db = tmp_path / "record.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo))
    rng = random.Random(25)
    on_disk = 0
    for _ in range(6):
        run = subprocess.Popen(
            [sys.executable, "-m", "tests.audit_app_writer", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=repo,
        )
        assert run.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.2, 0.8))
        run.send_signal(signal.SIGKILL)
        out, _err = run.communicate(timeout=30)
        kept = [line for line in out.split("\n")[:-1] if line.startswith("kept ")]
        rows = audit_record.read_records(db)
        assert on_disk + len(kept) <= len(rows) <= on_disk + len(kept) + 1
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert all(r.sure_after == 4 and r.mode == "kiosk" for r in rows)
        on_disk = len(rows)
    assert on_disk > 6  # rows were being written when the kills came
    print(f"kills=6 rows={on_disk}")
