"""Drives a real endoaid run for the kill test: restores, types, saves, reports on stdout.

Run as `python -m tests.kill_driver SAVE_FILE` with QT_QPA_PLATFORM=offscreen and private
HOME/XDG folders. It starts the app as `endoaid` does, answers "Restore" when a copy is
offered (else opens SAVE_FILE if it exists), then adds one question every few milliseconds,
saves to SAVE_FILE every 25 questions and changes page every 7. Lines printed:
`start N OK` (N questions after the start; OK says they are question 0..N-1 in order),
`autosaved N` after each recovery copy, `saved N` after each explicit save. Every fsync
takes 10 ms longer than the machine's (a slow disk), so kills often land inside a write.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from endoaid.ui.app import application as endoaid_app
from endoaid.ui.clinician import autosave

SAVE_EVERY = 25
PAGE_EVERY = 7
PAGES = ("welcome", "why", "summary", "options")
# Long notes make each write take a little longer, so more kills land inside one.
NOTES = "She wants to talk it over with her sister before deciding. " * 400


def say(*parts: object) -> None:
    """Print one report line at once (the test reads it as the kill may come any moment)."""
    sys.stdout.write(" ".join(map(str, parts)) + "\n")  # one short write: whole or not at all
    sys.stdout.flush()


def in_order(questions: list[str]) -> bool:
    """Return True when the questions are question 0, 1, ... with none missing."""
    return questions == [f"question {i}" for i in range(len(questions))]


def drive(window, save_file: Path) -> None:
    """Answer the start-up offer, then make entries and saves on a timer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from endoaid.ui.clinician.tools import save_session_file

    saver, state = window.autosave, window.state
    saver.written.connect(lambda _path: say("autosaved", len(state.session.questions)))

    def answer_offer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box is saver.prompt:
            box.restore_button.click()

    def add_entry() -> None:
        session = state.session
        n = len(session.questions)
        session.questions = [*session.questions, f"question {n}"]
        if not session.notes:
            session.notes = NOTES
        n += 1
        if n % SAVE_EVERY == 0 and save_session_file(window, save_file):
            say("saved", n)
        elif n % PAGE_EVERY == 0:
            window.go_to_page(PAGES[(n // PAGE_EVERY) % len(PAGES)])

    entries = QTimer(window)
    entries.setInterval(3)
    entries.timeout.connect(add_entry)

    def started(restored: bool) -> None:
        offer.stop()
        if not restored and save_file.exists():
            from endoaid.ui.clinician.tools import open_session_file

            open_session_file(window, save_file)
        questions = state.session.questions
        say("start", len(questions), in_order(questions))
        entries.start()

    offer = QTimer(window)
    offer.setInterval(5)
    offer.timeout.connect(answer_offer)
    offer.start()
    saver.checked.connect(started)


def without_charts(steps: list) -> list:
    """Return the settle steps without matplotlib's and the charts page's (about a second
    here): kills should land while she types and saves, not while charts are prepared."""
    from endoaid.fonts import register_matplotlib_fonts

    def for_charts(step) -> bool:
        args = getattr(step, "args", ())
        return step is register_matplotlib_fonts or (
            bool(args) and (args[0] in endoaid_app.CHART_MODULES or args[0] == "charts")
        )

    return [step for step in steps if not for_charts(step)]


def slow_disk(seconds: float = 0.01) -> None:
    """Make every fsync take `seconds` longer, as on a slow laptop disk or SD card: a write then
    lasts long enough for many kills to land inside one."""
    fsync = os.fsync

    def slow_fsync(fd: int) -> None:
        time.sleep(seconds)
        fsync(fd)

    os.fsync = slow_fsync


def main() -> int:
    """Start the app with the driver attached; run until killed."""
    slow_disk()
    save_file = Path(sys.argv[1])
    settle_steps = endoaid_app.settle_steps
    endoaid_app.settle_steps = lambda window=None: without_charts(settle_steps(window))
    start_autosave = autosave.start_autosave

    def start_and_drive(window):
        saver = start_autosave(window)
        drive(window, save_file)  # before the app offers a copy, a few steps later
        return saver

    autosave.start_autosave = start_and_drive
    return endoaid_app.run_app(argparse.Namespace(kiosk=False, lang="en", smoke_test=False))


if __name__ == "__main__":
    sys.exit(main())
