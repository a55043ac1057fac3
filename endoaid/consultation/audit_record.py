"""The clinic's anonymous record of decision quality: one row per woman who said yes.

A SQLite file (standard library), in WAL mode, one transaction per row, marked as endoaid's
by `PRAGMA application_id` and versioned by `PRAGMA user_version` (schema 1; MIGRATIONS takes
an older file to the current version). A row holds only: the month, the decision, the mode,
the language, SURE before and after (0-4 'yes'), the options looked at, the option she leans
to if she said, the minutes spent, and whether her own PREDICT figures were shown. Never a
name, a day, an age, tumour details or free text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from endoaid.errors import UserError
from endoaid.languages import language_ids

APPLICATION_ID = 0x454E4441  # "ENDA"
SCHEMA_VERSION = 1
MAX_MINUTES = 600

_SCHEMA_1 = """
CREATE TABLE record (
    record_id TEXT PRIMARY KEY NOT NULL CHECK (length(record_id) = 32),
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    decision TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('clinician', 'kiosk')),
    language TEXT NOT NULL CHECK (language IN ('en', 'zh_CN')),
    sure_before INTEGER CHECK (sure_before BETWEEN 0 AND 4),
    sure_after INTEGER CHECK (sure_after BETWEEN 0 AND 4),
    options TEXT NOT NULL,
    leaning TEXT,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
    own_figures INTEGER NOT NULL CHECK (own_figures IN (0, 1))
) STRICT;
"""

MIGRATIONS: dict[int, str] = {0: _SCHEMA_1}
"""The script taking a file from version N to N + 1 (0: a new, empty file)."""

_ID = re.compile(r"^[a-z0-9][a-z0-9+-]{0,80}$")


class AuditError(UserError):
    """The record database cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class AuditRecord:
    """One anonymous row (see the module's docstring for what it never holds)."""

    record_id: str
    month: str
    decision: str
    mode: str
    language: str
    sure_before: int | None
    sure_after: int | None
    options: str
    leaning: str | None
    minutes: int
    own_figures: bool

    def option_list(self) -> list[str]:
        return [o for o in self.options.split(",") if o]


COLUMNS = tuple(f.name for f in fields(AuditRecord))


def _clean_id(value: str | None) -> str | None:
    if value is None:
        return None
    return value if _ID.match(value) else None


def make_record(
    *,
    decision: str,
    mode: str,
    language: str,
    sure_before: int | None,
    sure_after: int | None,
    options: list[str],
    leaning: str | None,
    started: dt.datetime,
    own_figures: bool,
    now: dt.datetime | None = None,
) -> AuditRecord:
    """Return the row for one consultation; ids that are not plain ids are left out."""
    now = now or dt.datetime.now(dt.UTC)
    if started.tzinfo is None:
        started = started.replace(tzinfo=dt.UTC)
    minutes = int(max(0.0, (now - started).total_seconds()) // 60)
    kept = [o for o in options if _clean_id(o)]
    return AuditRecord(
        record_id=uuid.uuid4().hex,
        month=now.strftime("%Y-%m"),
        decision=_clean_id(decision) or "unknown",
        mode=mode,
        language=language,
        sure_before=sure_before,
        sure_after=sure_after,
        options=",".join(kept),
        leaning=_clean_id(leaning),
        minutes=min(minutes, MAX_MINUTES),
        own_figures=own_figures,
    )


def _problem(path: Path, reason: str) -> AuditError:
    return AuditError(
        f"The record database '{path}' cannot be used: {reason}.",
        code="audit_db",
        path=path,
        reason=reason,
    )


@contextlib.contextmanager
def connect(path: Path, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """Open the record database (made when missing and `create`), checked and migrated."""
    path = Path(path)
    if not create and not path.is_file():
        raise _problem(path, "there is no such file")
    if path.is_dir():
        raise _problem(path, "it is a folder")
    try:
        # Reading opens the file for writing too, but writes nothing: as the last connection
        # to close, it folds the write-ahead log back into the file and removes it (a
        # read-only connection leaves the -wal and -shm files behind).
        mode = "rwc" if create else ("rw" if os.access(path, os.W_OK) else "ro")
        uri = path.resolve().as_uri() + f"?mode={mode}"
        conn = sqlite3.connect(uri, timeout=30, isolation_level=None, uri=True)
    except sqlite3.Error as exc:
        raise _problem(path, str(exc)) from None
    try:
        _prepare_waiting(conn, path, write=create)
        yield conn
    except sqlite3.Error as exc:
        raise _problem(path, str(exc)) from None
    except (UnicodeDecodeError, ValueError, OverflowError):
        raise _problem(path, "it is damaged") from None
    finally:
        conn.close()


def _prepare_waiting(conn: sqlite3.Connection, path: Path, *, write: bool) -> None:
    """Prepare the file, waiting while another process makes it or switches it to WAL (SQLite
    does not wait by itself for a change of journal mode)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            _prepare(conn, path, write=write)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _prepare(conn: sqlite3.Connection, path: Path, *, write: bool = True) -> None:
    conn.execute("PRAGMA busy_timeout = 30000")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and version == 0 and tables == 0:
        pass  # a new file: made below
    elif app_id != APPLICATION_ID:
        raise _problem(path, "it is not an endoaid record database")
    elif version > SCHEMA_VERSION:
        raise _problem(path, f"it was made by a newer endoaid (schema {version})")
    if not write:
        if version < SCHEMA_VERSION:
            raise _problem(path, "it holds no records")
        return
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")  # one migration step, whole or not at all
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another writer?
            if version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = conn.execute("PRAGMA user_version").fetchone()[0]


def add_record(path: Path, row: AuditRecord) -> None:
    """Write one row in its own transaction; once this returns, the row is on disk."""
    with connect(path) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                f"INSERT INTO record ({', '.join(COLUMNS)}) VALUES "
                f"({', '.join('?' * len(COLUMNS))})",
                (*astuple(row)[:-1], int(row.own_figures)),
            )
            conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK")
            raise _problem(path, f"the row was refused ({exc})") from None


def read_records(path: Path) -> list[AuditRecord]:
    """Return every row of an existing record database, oldest month first."""
    with connect(path, create=False) as conn:
        rows = conn.execute(
            f"SELECT {', '.join(COLUMNS)} FROM record ORDER BY month, record_id"
        ).fetchall()
        records = [_checked(row) for row in rows]
    if None in records:
        raise _problem(path, "a row in it is damaged")
    return [r for r in records if r is not None]


def _checked(row: tuple) -> AuditRecord | None:
    """Return the record of a row read back, or None when a value is not what was written."""
    rid, month, decision, mode, lang, before, after, options, leaning, minutes, own = row
    texts = (rid, month, decision, mode, lang, options)
    if not all(isinstance(t, str) for t in texts) or len(rid) != 32:
        return None
    if mode not in ("clinician", "kiosk") or lang not in language_ids():
        return None
    for score in (before, after):
        if score is not None and (type(score) is not int or not 0 <= score <= 4):
            return None
    if leaning is not None and not isinstance(leaning, str):
        return None
    if type(minutes) is not int or not 0 <= minutes <= MAX_MINUTES or own not in (0, 1):
        return None
    if not re.fullmatch(r"\d{4}-[01]\d", month):
        return None
    return AuditRecord(
        rid, month, decision, mode, lang, before, after, options, leaning, minutes, bool(own)
    )


def merge(sources: list[Path], target: Path) -> tuple[int, int]:
    """Add the rows of every source to `target` (made when missing), skipping rows it already
    has (the same record id); return (added, duplicates)."""
    for source in sources:
        if Path(source).resolve() == Path(target).resolve():
            raise AuditError(
                f"'{target}' is both a source and the output; name a new output file.",
                code="audit_same",
                target=target,
            )
    rows = [row for source in sources for row in read_records(source)]
    added = duplicates = 0
    with connect(target) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for row in rows:
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO record ({', '.join(COLUMNS)}) VALUES "
                    f"({', '.join('?' * len(COLUMNS))})",
                    (*astuple(row)[:-1], int(row.own_figures)),
                )
                if cursor.rowcount == 1:
                    added += 1
                else:
                    duplicates += 1
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return added, duplicates
