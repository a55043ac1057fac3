"""The hand-off file: only its code opens it, once, before it expires; the folder tells nothing."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endoaid.consultation import handoff
from endoaid.consultation.handoff import HandoffError, Throttle

SESSION = json.dumps(
    {
        "schema_version": 2,
        "patient_name": "Mei Ling",
        "clinician_name": "Dr Wong",
        "notes": "call her sister",
        "decision_id": "ovarian-suppression-method",
    }
).encode()
NOW = 1_800_000_000.0


def test_the_code_opens_her_session_once_and_without_names(tmp_path):
    sent = handoff.send(SESSION, tmp_path, now=NOW)
    assert len(sent.code) == 6 and set(sent.code) <= set(handoff.ALPHABET)
    raw = sent.path.read_bytes()
    assert b"Mei" not in raw and b"ovarian" not in raw and sent.code not in sent.path.name
    opened = json.loads(handoff.receive(tmp_path, sent.code.lower(), now=NOW + 60))
    assert opened["decision_id"] == "ovarian-suppression-method"
    assert opened["patient_name"] == opened["clinician_name"] == opened["notes"] == ""
    assert not sent.path.exists()  # used: deleted
    with pytest.raises(HandoffError, match="No session has this code"):
        handoff.receive(tmp_path, sent.code, now=NOW + 61)


def test_an_expired_code_is_refused_and_its_file_deleted(tmp_path):
    sent = handoff.send(SESSION, tmp_path, hours=1, now=NOW)
    with pytest.raises(HandoffError, match="No session has this code"):
        handoff.receive(tmp_path, sent.code, now=NOW + 3601)
    assert not sent.path.exists()


def test_a_wrong_code_opens_nothing_and_leaves_the_file(tmp_path):
    sent = handoff.send(SESSION, tmp_path, now=NOW)
    other = next(c for c in ("ACDEFG", "ACDEFH") if c != sent.code)
    with pytest.raises(HandoffError):
        handoff.receive(tmp_path, other, now=NOW)
    assert sent.path.exists()
    with pytest.raises(HandoffError, match="6 letters"):
        handoff.receive(tmp_path, "O0I1L", now=NOW)


def test_two_sessions_in_one_inbox_each_open_with_their_own_code(tmp_path):
    first = handoff.send(SESSION, tmp_path, now=NOW)
    second = handoff.send(SESSION.replace(b"ovarian", b"duration"), tmp_path, now=NOW)
    assert b"duration" in handoff.receive(tmp_path, second.code, now=NOW)
    assert b"ovarian" in handoff.receive(tmp_path, first.code, now=NOW)


def test_a_missing_inbox_is_one_line(tmp_path):
    with pytest.raises(HandoffError, match="does not exist"):
        handoff.send(SESSION, tmp_path / "nowhere")


def test_a_start_clears_the_inbox_but_not_other_files(tmp_path):
    handoff.send(SESSION, tmp_path, now=NOW)
    (tmp_path / "readme.txt").write_text("x")
    assert handoff.clear_inbox(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["readme.txt"]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_a_flipped_byte_is_refused_never_a_crash(tmp_path_factory, where, xor):
    folder = tmp_path_factory.mktemp("inbox")
    sent = handoff.send(SESSION, folder, now=NOW)
    data = bytearray(sent.path.read_bytes())
    data[where % len(data)] ^= xor
    sent.path.write_bytes(bytes(data))
    with pytest.raises(HandoffError):
        handoff.receive(folder, sent.code, now=NOW)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=12))
def test_normalise_code_takes_only_codes(text):
    code = handoff.normalise_code(text)
    assert code is None or (len(code) == 6 and set(code) <= set(handoff.ALPHABET))


def test_five_wrong_codes_in_a_minute_mean_a_minute_of_waiting():
    clock = [0.0]
    throttle = Throttle(clock=lambda: clock[0])
    for _ in range(4):
        throttle.failed()
        clock[0] += 5
    assert throttle.seconds_left() == 0
    throttle.failed()
    assert throttle.seconds_left() == 60
    clock[0] += 59.5
    assert throttle.seconds_left() == 1
    clock[0] += 1
    assert throttle.seconds_left() == 0


def test_wrong_codes_spread_over_more_than_a_minute_never_block():
    clock = [0.0]
    throttle = Throttle(clock=lambda: clock[0])
    for _ in range(20):
        throttle.failed()
        clock[0] += 16
        assert throttle.seconds_left() == 0
