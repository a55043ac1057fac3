"""Broken session files: refused in one line or opened, never a traceback, a hang or a write."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import given

from endoaid.cli import main
from endoaid.consultation import Profile, Session, SessionError, load_session
from endoaid.records import dump_json
from tests.test_fuzz.mutations import mutated
from tests.test_fuzz.verdict import fuzz_settings, refused_or_loaded

VALID = dump_json(
    Session(
        created=dt.datetime(2026, 3, 1, 10, 30, tzinfo=dt.UTC),
        lang="zh_CN",
        profile=Profile(menopause="pre", setting="early", age=38),
        decision_id="ovarian-suppression-method",
        options=["gnrh-agonist", "tamoxifen"],
        ratings={"nothing-to-remember": 3},
        own_concerns=["骨质疏松"],
        questions=["How long?"],
        notes="notes",
        leaning="unsure",
    ),
    indent=2,
)
FUZZ = fuzz_settings(60)


@FUZZ
@given(mutated(VALID, "json"))
def test_a_broken_session_file_is_refused_in_one_line_or_opened(case):
    """Flipped, cut, retyped, huge, deep, re-encoded or doubled: one line or a session."""
    _kind, raw = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "broken.endoaid.json"
        path.write_bytes(raw)
        result = refused_or_loaded(load_session, path)
        assert isinstance(result, Session | SessionError)


def test_a_key_written_twice_is_refused(tmp_path):
    """JSON allows a key twice (the last wins); a session file with one is refused."""
    path = tmp_path / "twice.endoaid.json"
    path.write_bytes(b'{"lang": "en", ' + VALID.lstrip()[1:])
    with pytest.raises(SessionError, match="twice"):
        load_session(path)


@pytest.mark.parametrize(
    "raw",
    [
        VALID[: len(VALID) // 2],
        b'{"schema_version": 1, "notes": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
        VALID.decode().encode("utf-16"),
        b'{"schema_version": 1, "schema_version": 1}',
        bytes(range(256)),
    ],
    ids=["cut", "deep", "utf-16", "twice", "binary"],
)
def test_endoaid_export_refuses_a_broken_session_with_exit_2_and_one_line(tmp_path, capsys, raw):
    """`endoaid export --session FILE`: exit 2, one line on stderr, no PDF."""
    session = tmp_path / "broken.endoaid.json"
    session.write_bytes(raw)
    output = tmp_path / "out.pdf"
    code = main(["export", "--session", str(session), "-o", str(output)])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert not output.exists()
