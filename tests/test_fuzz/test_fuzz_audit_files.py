"""Broken record databases and hand-off files: refused in one line or read, never a crash."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import audit_record as audit
from endoaid.consultation import handoff
from tests.test_fuzz.verdict import fuzz_settings

FUZZ = fuzz_settings(40)
START = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def _valid_db() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clinic.db"
        for n in range(8):
            audit.add_record(
                path,
                audit.make_record(
                    decision="treatment-duration",
                    mode="clinician",
                    language="en",
                    sure_before=n % 5,
                    sure_after=4,
                    options=["tamoxifen"],
                    leaning=None,
                    started=START,
                    own_figures=False,
                    now=START + dt.timedelta(minutes=n),
                ),
            )
        return path.read_bytes()


VALID_DB = _valid_db()
NOW = 1_800_000_000.0


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(VALID_DB) - 1), st.integers(1, 255)), min_size=1, max_size=8
    ),
    st.booleans(),
)
def test_a_damaged_record_database_is_refused_in_one_line_or_read(flips, cut):
    data = bytearray(VALID_DB)
    for where, xor in flips:
        data[where] ^= xor
    raw = bytes(data[: flips[0][0]] if cut else data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clinic.db"
        path.write_bytes(raw)
        started = time.perf_counter()
        try:
            result: object = audit.read_records(path)
        except audit.AuditError as exc:
            assert "\n" not in str(exc) and "Traceback" not in str(exc)
            result = exc
        assert time.perf_counter() - started < 2.0
        assert path.read_bytes() == raw, "reading changed the file"
        if isinstance(result, list):
            assert all(isinstance(r, audit.AuditRecord) for r in result)


@FUZZ
@given(st.integers(min_value=0), st.integers(1, 255), st.booleans())
def test_a_changed_hand_off_file_never_opens_and_never_crashes(where, xor, cut):
    with tempfile.TemporaryDirectory() as folder:
        inbox = Path(folder)
        sent = handoff.send(b'{"schema_version": 2}', inbox, now=NOW)
        data = bytearray(sent.path.read_bytes())
        data[where % len(data)] ^= xor
        sent.path.write_bytes(bytes(data[: where % len(data)] if cut else data))
        try:
            handoff.receive(inbox, sent.code, now=NOW)
        except handoff.HandoffError as exc:
            assert "\n" not in str(exc)
        else:
            raise AssertionError("a changed file opened")
