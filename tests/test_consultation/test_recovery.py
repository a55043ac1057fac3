"""Recovery copies: named per run, written whole, found newest first, pruned after 14 days."""

from __future__ import annotations

import datetime as dt
import logging
import os
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import Session, load_session, recovery, save_session

NOW = dt.datetime(2026, 12, 4, 14, 32).astimezone()


def left_copy(folder: Path, run: str, written: dt.datetime, **fields: object) -> Path:
    """Write a copy as an ended run leaves it (no lock held), last written at `written`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / recovery.copy_name(run)
    save_session(Session(**fields), path)
    os.utime(path, (written.timestamp(), written.timestamp()))
    return path


@given(st.text(string.ascii_letters + string.digits + "-T", min_size=1, max_size=40))
def test_every_file_of_a_run_names_its_run(run):
    """The copy, its lock and a temporary file of a write all name the run they belong to."""
    name = recovery.copy_name(run)
    assert recovery.run_of(name) == run
    assert recovery.run_of(f".{name}.k3j_x.tmp") == run
    assert recovery.run_of(f"{recovery.PREFIX}{run}{recovery.LOCK_SUFFIX}") == run
    assert recovery.run_of("visit.endoaid.json") is None


def test_a_written_copy_loads_and_its_running_owner_hides_it_from_other_runs(tmp_path):
    """A run's copy loads; while the run lives, it is not offered or touched by another run."""
    own = recovery.RecoveryFile(tmp_path, "live")
    own.save(Session(questions=["Can I still swim?"]))
    assert load_session(own.path).questions == ["Can I still swim?"]
    assert recovery.left_copies(tmp_path) == []
    assert recovery.clean_up(tmp_path, NOW + dt.timedelta(days=30)) == []
    assert own.path.exists()
    own.close()
    assert os.listdir(tmp_path) == []


def test_a_copy_of_an_ended_run_is_found_with_the_time_it_was_written(tmp_path):
    """A copy without a live owner is listed with its last write time."""
    written = NOW - dt.timedelta(minutes=5)
    path = left_copy(tmp_path, "ended", written)
    (copy,) = recovery.left_copies(tmp_path)
    assert copy.path == path and abs(copy.written - written) < dt.timedelta(seconds=1)


def test_copies_are_listed_newest_first(tmp_path):
    """Of three copies, the one written last comes first."""
    for run, minutes in (("a", 30), ("b", 1), ("c", 90)):
        left_copy(tmp_path, run, NOW - dt.timedelta(minutes=minutes))
    assert [c.path.name for c in recovery.left_copies(tmp_path)] == [
        recovery.copy_name(run) for run in ("b", "a", "c")
    ]


@given(st.lists(st.floats(min_value=0, max_value=40), min_size=1, max_size=6))
def test_copies_older_than_fourteen_days_are_deleted_and_younger_kept(tmp_path_factory, ages):
    """clean_up keeps exactly the copies written within the last 14 days."""
    folder = tmp_path_factory.mktemp("recovery")
    for i, days in enumerate(ages):
        left_copy(folder, f"run{i}", NOW - dt.timedelta(days=days))
    kept = recovery.clean_up(folder, NOW)
    young = {recovery.copy_name(f"run{i}") for i, d in enumerate(ages) if d <= 14}
    assert {c.path.name for c in kept} == young
    assert set(os.listdir(folder)) == young


def test_temporary_files_and_lone_locks_of_ended_runs_are_cleaned(tmp_path):
    """A write cut short leaves a temporary file; the next start deletes it, keeps the copy."""
    copy = left_copy(tmp_path, "cut", NOW)
    (tmp_path / f".{copy.name}.a1b2.tmp").write_bytes(b'{"schema_version": 1, "no')
    (tmp_path / f"{recovery.PREFIX}gone{recovery.LOCK_SUFFIX}").touch()
    assert [c.path for c in recovery.clean_up(tmp_path, NOW)] == [copy]
    assert os.listdir(tmp_path) == [copy.name]


def test_a_failed_write_leaves_the_previous_copy_whole(tmp_path, monkeypatch):
    """When the rename fails, the copy on disk is still the last complete one."""
    own = recovery.RecoveryFile(tmp_path, "run")
    own.save(Session(questions=["first"]))

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        own.save(Session(questions=["first", "second"]))
    monkeypatch.undo()
    assert load_session(own.path).questions == ["first"]
    assert sorted(os.listdir(tmp_path)) == [own.path.name, f"{recovery.PREFIX}run.lock"]
    own.close()


def test_a_damaged_newest_copy_is_removed_with_one_log_line_and_the_next_one_used(tmp_path, caplog):
    """A truncated copy never stops the start: it is deleted, logged once, and skipped."""
    older = left_copy(tmp_path, "older", NOW - dt.timedelta(hours=1), notes="kept")
    damaged = tmp_path / recovery.copy_name("newer")
    damaged.write_bytes(b'{"schema_version": 1, "notes": "cut sh')
    os.utime(damaged, (NOW.timestamp(), NOW.timestamp()))
    with caplog.at_level(logging.WARNING, logger="endoaid"):
        found = recovery.newest_session(recovery.left_copies(tmp_path))
    assert found is not None and found[0].path == older and found[1].notes == "kept"
    assert not damaged.exists()
    assert len(caplog.records) == 1 and "newer" in caplog.text


def test_no_folder_means_no_copies(tmp_path):
    """A recovery folder that was never made is simply empty."""
    missing = tmp_path / "never-made"
    assert recovery.left_copies(missing) == []
    assert recovery.clean_up(missing, NOW) == []
