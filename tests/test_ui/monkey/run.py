"""A random run on the window the `endoaid` command opens: start it, play events, check it.

The window comes from the same function the command calls (`ui.app.application._open_window`,
with the real fonts, translators, stylesheet, log file, kiosk configuration and excepthook).
A run stops at the first unhandled exception or Qt warning and fails with the seed and the
last 20 events.
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.test_ui.monkey.answerer import DialogAnswerer
from tests.test_ui.monkey.events import Monkey
from tests.test_ui.monkey.log import EventLog

DEFAULT_EVENTS = 3000
DEFAULT_SEEDS = (1, 2, 3)


def event_count() -> int:
    """Return the events per run: ENDOAID_MONKEY_EVENTS, else 3,000."""
    return int(os.environ.get("ENDOAID_MONKEY_EVENTS", DEFAULT_EVENTS))


def seeds() -> list[int]:
    """Return the seeds to run: ENDOAID_MONKEY_SEEDS (e.g. "7", "4,9" or "1-10"), else 1, 2, 3."""
    text = os.environ.get("ENDOAID_MONKEY_SEEDS", "").strip()
    if not text:
        return list(DEFAULT_SEEDS)
    chosen: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _dash, last = part.partition("-")
        chosen += range(int(first), int(last or first) + 1)
    return chosen


class LinkCatcher(QObject):
    """Takes the links a run opens instead of the system browser or mail program."""

    def __init__(self, log: EventLog) -> None:
        super().__init__()
        self.log = log

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.log.add("link opened", url.toString()[:80])


@dataclass
class Problems:
    """Unhandled exceptions caught during a run."""

    exceptions: list[str] = field(default_factory=list)

    def hook(self, exc_type, exc, tb) -> None:
        import traceback

        self.exceptions.append("".join(traceback.format_exception(exc_type, exc, tb)))


@dataclass
class RealApp:
    """The window of a run and what it needs to be taken down cleanly."""

    window: object
    kiosk: bool
    problems: Problems
    log: EventLog
    folder: Path


def kiosk_toml(folder: Path) -> Path:
    """Write a kiosk configuration (test PIN, an export folder in `folder`); return its path."""
    from tests.test_ui.kiosk_helpers import PIN_HASH

    exports = folder / "clinic-exports"
    exports.mkdir(exist_ok=True)
    inbox = folder / "kiosk-inbox"  # the code screen and the record question are driven too
    inbox.mkdir(exist_ok=True)
    path = folder / "kiosk.toml"
    path.write_text(
        f'pin_hash = "{PIN_HASH}"\nidle_seconds = 600\ncountdown_seconds = 30\n'
        f'export_folder = "{exports.as_posix()}"\n'
        f'inbox_folder = "{inbox.as_posix()}"\n'
        f'audit_database = "{(folder / "record.db").as_posix()}"\n',
        encoding="utf-8",
    )
    return path


def sample_files(folder: Path) -> None:
    """Put files the file dialogs can pick into `folder`: good and damaged ones."""
    from endoaid.consultation import Session, save_session
    from endoaid.resources import content_dir

    folder.mkdir(parents=True, exist_ok=True)
    save_session(Session(lang="zh_CN"), folder / "good.endoaid.json")  # type: ignore[arg-type]
    (folder / "cut.endoaid.json").write_text('{"schema_version": 1, "lang": "e', encoding="utf-8")
    (folder / "binary.endoaid.json").write_bytes(bytes(range(256)))
    books = sorted((content_dir() / "price-books").glob("*.toml"))
    if books:
        (folder / "book.toml").write_bytes(books[0].read_bytes())
    (folder / "broken.toml").write_text('id = "x"\nname = [', encoding="utf-8")
    (folder / "a-folder.endoaid.json").mkdir(exist_ok=True)


@contextmanager
def real_app(tmp_path: Path, *, kiosk: bool) -> Iterator[RealApp]:
    """Start the window as `endoaid` (or `endoaid --kiosk`) does; take it down afterwards."""
    from endoaid.ui.app import application as entry
    from endoaid.ui.app.main_window import MainWindow

    qapp = QApplication.instance()
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    hook = sys.excepthook
    handlers = list(logging.getLogger("endoaid").handlers)
    folder = tmp_path / "files"
    sample_files(folder)
    config = kiosk_toml(tmp_path) if kiosk else None
    args = argparse.Namespace(kiosk=kiosk, lang="en", smoke_test=False, kiosk_config=config)
    log = EventLog()
    catcher = LinkCatcher(log)
    for scheme in ("http", "https", "mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    _app, window = entry._open_window(args)
    problems = Problems()
    sys.excepthook = problems.hook  # after the app's own hook: a failure here is a bug
    try:
        for step in entry.settle_steps(window)[:-1]:  # (the last one freezes the collector)
            step()
        window.setProperty("font_before_kiosk", font)
        yield RealApp(window, kiosk, problems, log, folder)
    finally:
        sys.excepthook = hook
        for scheme in ("http", "https", "mailto", "file"):
            QDesktopServices.unsetUrlHandler(scheme)
        window.ask_save_first = lambda _question: "discard"
        if kiosk:
            from tests.test_ui.kiosk_helpers import release

            release(window)
        window.close()
        if isinstance(window, MainWindow):
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        logger = logging.getLogger("endoaid")
        for handler in list(logger.handlers):
            if handler not in handlers:
                logger.removeHandler(handler)
                handler.close()
        from endoaid.i18n import install_translators

        install_translators(qapp, "en")
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setPalette(palette)


@dataclass
class RunResult:
    """What a run did: events played, dialogs answered, seconds taken."""

    events: int
    dialogs: int
    seconds: float


def play(app: RealApp, seed: int, count: int, qtlog) -> RunResult:
    """Play `count` random events; fail at the first exception or Qt warning."""
    rng = random.Random(seed)
    mode = "kiosk" if app.kiosk else "clinician"
    answerer = DialogAnswerer(random.Random(seed * 7919), app.log, app.folder)
    monkey = Monkey(app.window, rng, app.log, kiosk=app.kiosk, allow_quit=app.kiosk)
    seen = len(qtlog.records)
    started = time.perf_counter()
    answerer.start()
    try:
        for number in range(count):
            try:
                monkey.step()
                if number % 50 == 49:
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            except Exception:  # raised straight out of a slot the driver called
                app.problems.hook(*sys.exc_info())
            seen = _check(app, seed, mode, qtlog, seen)
            if not app.window.isVisible():  # (only the kiosk PIN closes it)
                app.log.add("window", "closed; shown again")
                app.window.show()
    finally:
        answerer.stop()
    answerer.close_all()
    _check(app, seed, mode, qtlog, seen)
    print(timing(monkey))
    return RunResult(count, answerer.answered, time.perf_counter() - started)


def timing(monkey: Monkey) -> str:
    """Return where a run spent its time: per kind of event, and the slowest single events."""
    groups: collections.Counter[str] = collections.Counter()
    for spent, line in monkey.slow:  # '  123 click: Button(name) at 4,5' -> 'click: Button(name)'
        groups[re.sub(r"^ *[0-9]+ | at [0-9,]+$", "", line)[:70]] += spent
    kinds = sorted(monkey.seconds.items(), key=lambda kv: -kv[1])
    slowest = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in groups.most_common(8))
    return (
        "time per kind: "
        + ", ".join(f"{k} {v:.1f}s" for k, v in kinds)
        + (f"\nslowest events: {slowest}")
    )


def _check(app: RealApp, seed: int, mode: str, qtlog, seen: int) -> int:
    import pytest

    records = qtlog.records
    warnings = [r.message for r in records[seen:] if not r.ignored and r.matches_level("WARNING")]
    if app.problems.exceptions or warnings:
        what = app.problems.exceptions[:1] or [f"Qt warning: {warnings[0]}"]
        pytest.fail(f"{app.log.report(seed, mode)}\n{what[0]}", pytrace=False)
    return len(records)
