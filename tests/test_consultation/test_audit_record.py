"""The anonymous record: rows kept whole, foreign files refused, merges without duplicates."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from endoaid.consultation import audit_record as audit
from endoaid.consultation.audit_record import AuditError

REPO = Path(__file__).resolve().parents[2]
START = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)


def row(**changes) -> audit.AuditRecord:
    values = dict(
        decision="ovarian-suppression-method",
        mode="kiosk",
        language="zh_CN",
        sure_before=1,
        sure_after=4,
        options=["gnrh-agonist", "tamoxifen"],
        leaning="gnrh-agonist",
        started=START,
        own_figures=True,
        now=START + dt.timedelta(minutes=23, seconds=50),
    )
    values.update(changes)
    return audit.make_record(**values)


def test_a_row_holds_the_month_and_nothing_finer(tmp_path):
    db = tmp_path / "clinic.db"
    audit.add_record(db, row())
    (kept,) = audit.read_records(db)
    assert kept.month == "2026-03" and kept.minutes == 23
    assert kept.sure_before == 1 and kept.sure_after == 4 and kept.own_figures is True
    assert kept.option_list() == ["gnrh-agonist", "tamoxifen"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == audit.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = [r[1] for r in conn.execute("PRAGMA table_info(record)")]
    assert columns == list(audit.COLUMNS)
    assert not {"name", "age", "date", "notes", "tumour"} & set(columns)


def test_free_text_never_gets_in_through_an_id():
    kept = row(leaning="Mei Ling, 44", options=["tamoxifen", "call me on 555"])
    assert kept.leaning is None and kept.options == "tamoxifen"


def test_minutes_are_capped_and_never_negative():
    assert row(now=START - dt.timedelta(hours=1)).minutes == 0
    assert row(now=START + dt.timedelta(days=3)).minutes == audit.MAX_MINUTES


@pytest.mark.parametrize(
    "content, words",
    [
        (b"this is not a database at all" * 40, "not a database"),
        (b"", "holds no records"),
    ],
)
def test_a_damaged_or_empty_file_is_one_line(tmp_path, content, words):
    db = tmp_path / "bad.db"
    db.write_bytes(content)
    with pytest.raises(AuditError, match=words) as caught:
        audit.read_records(db)
    assert "\n" not in str(caught.value)


def test_a_foreign_database_is_refused_and_left_alone(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = db.read_bytes()
    with pytest.raises(AuditError, match="not an endoaid record database"):
        audit.add_record(db, row())
    assert db.read_bytes() == before


def test_a_newer_schema_is_refused(tmp_path):
    db = tmp_path / "new.db"
    audit.add_record(db, row())
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 7")
    with pytest.raises(AuditError, match="newer endoaid"):
        audit.add_record(db, row())


def test_merge_adds_each_record_once(tmp_path):
    a, b, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "all.db"
    for _ in range(3):
        audit.add_record(a, row())
    for _ in range(2):
        audit.add_record(b, row(mode="clinician"))
    assert audit.merge([a, b], out) == (5, 0)
    assert audit.merge([a, b], out) == (0, 5)
    assert len(audit.read_records(out)) == 5
    with pytest.raises(AuditError, match="both a source and the output"):
        audit.merge([a, out], out)


def _writer(db: Path, count: int, tag: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.audit_writer", str(db), str(count), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "shared.db"
    runs = [_writer(db, 60, tag) for tag in ("room-a", "room-b")]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert out.splitlines()[-1].startswith("kept 60")
    rows = audit.read_records(db)
    assert sorted(r.decision for r in rows) == ["room-a"] * 60 + ["room-b"] * 60


def test_a_kill_never_leaves_a_half_row_or_loses_a_kept_one(tmp_path):
    """Killed 12 times at random moments while writing: every reported row is there, whole."""
    db = tmp_path / "killed.db"
    rng = random.Random(int(os.environ.get("ENDOAID_KILL_SEED", "25")))
    on_disk = 0
    for _ in range(12):
        run = _writer(db, 0, "x")
        time.sleep(rng.uniform(0.3, 1.2))
        run.send_signal(signal.SIGKILL)
        out, _err = run.communicate(timeout=30)
        kept = [line for line in out.split("\n")[:-1] if line.startswith("kept ")]
        rows = audit.read_records(db)
        assert len(rows) >= on_disk + len(kept)  # every row it said it kept
        assert len(rows) <= on_disk + len(kept) + 1  # (killed between commit and line)
        on_disk = len(rows)
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert all(r.decision == "x" and r.sure_after == 4 and len(r.record_id) == 32 for r in rows)
    print(f"kills=12 rows={on_disk}")
