"""A consultation saves and loads as versioned JSON; bad files are refused and change nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endoaid.consultation import Profile, Session, SessionError, load_session, save_session
from endoaid.consultation.predict import make_tumour_details
from endoaid.consultation.session import SCHEMA_VERSION, parse_session
from endoaid.errors import UserError
from endoaid.records import dump, dump_json, field_names


def _full_session() -> Session:
    return Session(
        lang="zh_CN",
        profile=Profile(
            menopause="pre",
            age=41,
            wants_pregnancy=True,
            baseline_risk_percent=20,
            baseline_risk_years=15,
            insurance_share_percent=80,
        ),
        decision_id="ovarian-suppression-method",
        options=["oophorectomy", "gnrh-agonist"],
        price_book_id="uk-nhs-2026",
        ratings={"keep-fertility": 4, "fewer-visits": 1},
        own_concerns=["Travelling for work"],
        sure_before={"sure": False, "understand": True},
        sure_after={"sure": True, "understand": True, "risk-benefit": True, "encouragement": True},
        questions=["Will my periods come back?"],
        notes="She will talk to her partner.\nSecond line, 中文.",
        leaning="gnrh-agonist",
        clinician_name="Dr Okafor",
        patient_name="A. N. Other",
        content_version="1.0",
        years=10,
        schedule_ids={"gnrh-agonist": "every-12-weeks"},
        tumour=make_tumour_details(age=41, size_mm=18.5, grade=2, nodes=1, er="positive"),
        tumour_years=15,
        priority_rows=["reversibility", "living-with"],
    )


def test_round_trip_keeps_everything(tmp_path):
    """Every field of a consultation comes back exactly as saved."""
    session = _full_session()
    path = tmp_path / "visit.endoaid.json"
    save_session(session, path)
    assert load_session(path) == session
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION == 3


def test_a_session_file_repeating_an_option_is_refused_in_one_line(tmp_path):
    """A file comparing the same option twice is not a session: one line names the option."""
    path = tmp_path / "twice.endoaid.json"
    path.write_text(
        json.dumps({"schema_version": 1, "options": ["gnrh-agonist", "tamoxifen", "gnrh-agonist"]})
    )
    with pytest.raises(SessionError) as caught:
        load_session(path)
    assert str(caught.value) == (
        "'twice.endoaid.json': options: the option 'gnrh-agonist' is listed twice."
    )


def test_a_session_cannot_be_given_an_option_twice():
    """Made or changed from a list, a session refuses a repeated option id."""
    with pytest.raises(ValueError, match="'tamoxifen' is listed twice"):
        Session(options=["tamoxifen", "tamoxifen"])
    session = Session(options=["tamoxifen", "anastrozole"])
    with pytest.raises(ValueError, match="'anastrozole' is listed twice"):
        session.options = ["anastrozole", "tamoxifen", "anastrozole"]
    assert session.options == ["tamoxifen", "anastrozole"]


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=6))
def test_repeated_option_finds_the_first_id_seen_again(options):
    """repeated_option names the first id met a second time, or None when all differ."""
    from endoaid.consultation import repeated_option

    found = repeated_option(options)
    if len(set(options)) == len(options):
        assert found is None
    else:
        first_again = next(o for i, o in enumerate(options) if o in options[:i])
        assert found == first_again


def test_new_session_round_trips(tmp_path):
    """An empty session saves and loads too."""
    path = tmp_path / "empty.json"
    save_session(Session(), path)
    assert load_session(path).profile is None


def test_clear_wipes_every_field():
    """Clearing a session leaves nothing of the last patient."""
    session = _full_session()
    session.clear()
    fresh = Session()
    assert dump(session, exclude={"created"}) == dump(fresh, exclude={"created"})
    assert session.patient_name == "" and session.profile is None and session.notes == ""


def test_assignment_is_validated():
    """A wrong value set on a live session is refused at once, not saved later."""
    session = Session()
    with pytest.raises(ValueError):
        session.ratings = {"fewer-visits": 9}
    with pytest.raises(ValueError):
        session.years = 0


def _data() -> dict:
    return json.loads(dump_json(_full_session()))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(schema_version=4), "newer endoaid (session version 4)"),
        (lambda d: d.update(schema_version="one"), "unknown session version"),
        (lambda d: d.update(schema_version=0), "unknown session version"),
        (lambda d: d.pop("schema_version"), "not an endoaid session"),
        (lambda d: d.update(years="10"), "years"),
        (lambda d: d.update(ratings={"fewer-visits": 7}), "ratings.fewer-visits"),
        (lambda d: d["profile"].update(age=150), "profile.age"),
        (lambda d: d.update(options="gnrh-agonist"), "options"),
        (lambda d: d.update(surprise=True), "surprise"),
        (lambda d: d.update(created="yesterday"), "created"),
        (lambda d: d.update(ratings={"\n": None}), "ratings.'\\n'"),
        (lambda d: d.update(ratings={"two\nlines " + "x" * 300: 9}), "ratings.two lines x"),
    ],
)
def test_wrong_content_is_refused_in_one_line(tmp_path, change, words):
    """A newer or unknown version and wrong types are refused, naming what is wrong."""
    data = _data()
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert words in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, UserError)


def test_truncated_file_is_refused(tmp_path):
    """A file cut short (a crash while copying) is refused as damaged."""
    text = dump_json(_full_session(), indent=2).decode()
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(SessionError, match="damaged or cut short"):
        load_session(path)


def test_missing_and_binary_files_are_refused(tmp_path):
    """A missing file or a binary one gives one line, not a traceback."""
    with pytest.raises(SessionError, match="does not exist"):
        load_session(tmp_path / "none.json")
    (tmp_path / "pic.json").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(SessionError, match="not a text file"):
        load_session(tmp_path / "pic.json")


def test_failed_load_changes_nothing(tmp_path):
    """Loading a bad file leaves the file itself untouched."""
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"schema_version": 99}')
    with pytest.raises(SessionError):
        load_session(path)
    assert path.read_bytes() == b'{"schema_version": 99}'


def test_crash_while_saving_keeps_the_old_file(tmp_path, monkeypatch):
    """If the rename fails, the earlier save is still whole and no temporary file is left."""
    path = tmp_path / "visit.json"
    save_session(Session(notes="first"), path)
    before = path.read_bytes()

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(SessionError, match="No space left"):
        save_session(Session(notes="second"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["visit.json"]


def test_saving_into_a_missing_folder_is_refused(tmp_path):
    """A folder that does not exist gives one line."""
    with pytest.raises(SessionError, match="Cannot save the session"):
        save_session(Session(), tmp_path / "no" / "visit.json")


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = sorted(field_names(Session))


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_only_ever_raise_session_error(raw):
    """Any bytes at all load as a session or raise SessionError, nothing else."""
    try:
        parse_session(raw)
    except SessionError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=8), st.sampled_from([1, 2, 3, "1"]))
def test_random_json_only_ever_raises_session_error(data, version):
    """Session-shaped JSON with random values loads or raises SessionError, nothing else."""
    data["schema_version"] = version
    try:
        session = parse_session(json.dumps(data).encode("utf-8"))
    except SessionError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(session, Session)


@FUZZ
@given(st.integers(min_value=1, max_value=2000))
def test_any_cut_of_a_saved_file_is_refused(cut):
    """A saved session cut at any point is refused with SessionError."""
    raw = dump_json(_full_session(), indent=2)
    if cut >= len(raw):
        return
    with pytest.raises(SessionError):
        parse_session(raw[:cut])


def test_a_file_name_with_a_line_break_still_gives_one_line(tmp_path):
    """The file's own name is part of the message; a line break in it does not break it."""
    path = tmp_path / "two\nlines.endoaid.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert "\n" not in str(info.value)
    assert "'two lines.endoaid.json'" in str(info.value)
    assert all("\n" not in value for value in info.value.details.values())


V1_FILE = Path(__file__).parent / "data" / "session-v1.endoaid.json"


def test_a_version_1_file_still_opens_without_tumour_details(tmp_path):
    """A session saved before tumour details existed opens as it was and saves as version 3."""
    session = load_session(V1_FILE)
    assert session.decision_id == "postmenopausal-endocrine"
    assert session.options == ["anastrozole", "tamoxifen"]
    assert session.tumour is None and session.tumour_years is None
    path = tmp_path / "again.endoaid.json"
    save_session(session, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
    assert load_session(path) == session


V2_FILE = Path(__file__).parent / "data" / "session-v2.endoaid.json"


def test_a_version_2_file_opens_with_no_question_ticked(tmp_path):
    """A session saved before questions could be ticked opens with none ticked, keeps the rest
    (tumour details included), and saves as version 3 with the ticks she adds."""
    session = load_session(V2_FILE)
    assert session.priority_rows == []
    assert session.tumour is not None and session.tumour_years == 10
    session.priority_rows = ["harms", "cost"]
    path = tmp_path / "again.endoaid.json"
    save_session(session, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 3 and saved["priority_rows"] == ["harms", "cost"]
    assert load_session(path) == session


def test_a_ticked_question_list_that_is_not_a_list_of_words_is_refused():
    """A damaged 'priority_rows' is refused in one line, not half-loaded."""
    raw = json.dumps({"schema_version": 3, "priority_rows": [1, 2]}).encode()
    with pytest.raises(SessionError) as info:
        parse_session(raw)
    assert "priority_rows" in str(info.value) and "\n" not in str(info.value)


def test_tumour_details_come_back_exactly_as_saved(tmp_path):
    """Her tumour details and the chosen time frame survive a save and a load."""
    session = _full_session()
    path = tmp_path / "tumour.endoaid.json"
    save_session(session, path)
    loaded = load_session(path)
    assert loaded.tumour == session.tumour
    assert loaded.tumour.size_mm == 18.5 and loaded.tumour_years == 15


def test_a_file_with_an_impossible_tumour_grade_is_refused_in_one_line(tmp_path):
    """Grade 4 in a saved session is refused naming the tumour field, and nothing changes."""
    data = json.loads(dump_json(_full_session()))
    data["tumour"]["grade"] = 4
    path = tmp_path / "grade4.endoaid.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert "tumour" in str(info.value) and "grade" in str(info.value)
    assert "\n" not in str(info.value)
