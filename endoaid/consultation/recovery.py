"""Recovery copies of a consultation in progress, so a crash or a power cut loses (almost) nothing.

Each run of the app writes at most one copy, `recovery-<run>.endoaid.json`, in a folder it is
given, always whole (written beside it, fsynced and renamed). While the run lives it holds a
lock on `recovery-<run>.lock`, so another run started meanwhile leaves its copy alone; a copy
whose lock is free belongs to a run that ended without removing it: an abnormal exit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from endoaid.consultation._atomic import write_atomic

try:  # Linux and macOS
    import fcntl

    msvcrt = None
except ImportError:  # pragma: no cover - Windows: a byte-range lock on the lock file instead
    fcntl = None  # type: ignore[assignment]
    import msvcrt  # type: ignore[no-redef]

if TYPE_CHECKING:
    from endoaid.consultation.session import Session

PREFIX = "recovery-"
SUFFIX = ".endoaid.json"
LOCK_SUFFIX = ".lock"
MAX_AGE = dt.timedelta(days=14)

log = logging.getLogger("endoaid")


@dataclass(frozen=True)
class RecoveryCopy:
    """A copy left by an earlier run: where it is and when it was last written."""

    path: Path
    written: dt.datetime
    """Local time, aware (the file's modification time)."""


def copy_name(run: str) -> str:
    """Return the file name of run `run`'s recovery copy."""
    return f"{PREFIX}{run}{SUFFIX}"


def lock_path(folder: Path, run: str) -> Path:
    """Return the lock a live run `run` holds while it may write its copy."""
    return Path(folder) / f"{PREFIX}{run}{LOCK_SUFFIX}"


def run_of(name: str) -> str | None:
    """Return the run a copy, its lock or a temporary file of it belongs to, else None."""
    name = name.removeprefix(".")  # write_atomic's temporary files are ".<name>.<random>.tmp"
    if not name.startswith(PREFIX):
        return None
    for end in (SUFFIX, LOCK_SUFFIX):
        if end in name:
            run = name[len(PREFIX) : name.index(end)]
            return run or None
    return None


def new_run_id() -> str:
    """Return a name for this run, unique on the machine (start time and process id)."""
    return f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"


class RecoveryFile:
    """This run's recovery copy: written whole, removed on a clean exit or an explicit save."""

    def __init__(self, folder: Path, run: str | None = None) -> None:
        self.folder = Path(folder)
        self.run = run or new_run_id()
        self.path = self.folder / copy_name(self.run)
        self.lock_path = lock_path(self.folder, self.run)
        self._lock_fd: int | None = None

    def write(self, data: bytes) -> None:
        """Replace the copy with `data`, never leaving it half-written; raise OSError."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._hold_lock()
        write_atomic(self.path, data)

    def save(self, session: Session) -> bytes:
        """Write the session as the copy; return the bytes written (raise OSError)."""
        from endoaid.records import dump_json

        data = dump_json(session)
        self.write(data)
        return data

    def remove(self) -> None:
        """Delete the copy (nothing is left to recover); the lock stays held while we run."""
        with contextlib.suppress(OSError):
            self.path.unlink()

    def close(self) -> None:
        """Delete the copy and its lock: the run ends cleanly."""
        self.remove()
        if self._lock_fd is not None:
            # closed before it is unlinked: Windows cannot delete a file that is still open
            with contextlib.suppress(OSError):
                _unlock(self._lock_fd)
            with contextlib.suppress(OSError):
                os.close(self._lock_fd)
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
            self._lock_fd = None

    def _hold_lock(self) -> None:
        if self._lock_fd is not None:
            return
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise
        self._lock_fd = fd


def _lock(fd: int) -> None:
    """Take an exclusive lock on the open file `fd` without waiting; OSError if it is held."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


def _unlock(fd: int) -> None:
    """Release the lock `_lock` took (closing the file releases it too, but later on Windows)."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _run_is_live(folder: Path, run: str) -> bool:
    """Return True when another running process holds run `run`'s lock."""
    try:
        fd = os.open(lock_path(folder, run), os.O_RDWR)
    except OSError:
        return False  # no lock file: its run has ended
    try:
        _lock(fd)
    except OSError:
        return True
    else:
        _unlock(fd)
    finally:
        os.close(fd)
    return False


def _written(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None


def left_copies(folder: Path, *, own_run: str | None = None) -> list[RecoveryCopy]:
    """Return the copies left by ended runs, newest first (one listing of the folder).

    Temporary files, locks and the copies of runs still going (or of `own_run`) are not listed.
    """
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    copies: list[RecoveryCopy] = []
    for name in names:
        run = run_of(name)
        if run is None or name != copy_name(run) or run == own_run:
            continue
        path = Path(folder) / name
        written = _written(path)
        if written is not None and not _run_is_live(Path(folder), run):
            copies.append(RecoveryCopy(path, written))
    copies.sort(key=lambda c: c.written, reverse=True)
    return copies


def clean_up(folder: Path, now: dt.datetime, *, own_run: str | None = None) -> list[RecoveryCopy]:
    """Delete what ended runs left that is of no use; return their copies younger than 14 days.

    Deleted: copies older than MAX_AGE (with their locks), temporary files of ended runs (a
    write cut short), and locks without a copy. Copies of live runs are not touched.
    """
    folder = Path(folder)
    kept: list[RecoveryCopy] = []
    for copy in left_copies(folder, own_run=own_run):
        if now - copy.written > MAX_AGE:
            discard(copy)
        else:
            kept.append(copy)
    runs_with_copies = {run_of(c.path.name) for c in kept}
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            run = run_of(name)
            if run is None or run == own_run or name == copy_name(run):
                continue
            if run in runs_with_copies and name.endswith(LOCK_SUFFIX):
                continue
            if not _run_is_live(folder, run):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
    return kept


def discard(copy: RecoveryCopy) -> None:
    """Delete a copy left by an ended run, and its lock."""
    run = run_of(copy.path.name)
    with contextlib.suppress(OSError):
        copy.path.unlink()
    if run:
        with contextlib.suppress(OSError):
            lock_path(copy.path.parent, run).unlink()


def newest_session(copies: list[RecoveryCopy]) -> tuple[RecoveryCopy, Session] | None:
    """Return the newest copy that loads, with its session; delete damaged ones (a log line)."""
    from endoaid.consultation.session import SessionError, load_session
    from endoaid.errors import UserError

    for copy in copies:
        try:
            return copy, load_session(copy.path)
        except (SessionError, UserError) as exc:
            log.warning("recovery copy %s removed: %s", copy.path.name, exc)
            discard(copy)
    return None
