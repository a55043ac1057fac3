"""Everything of one consultation, saved and loaded as versioned JSON without ever losing a file.

Saving writes a temporary file beside the target, fsyncs and renames it, so a crash leaves the
old file or the new one. Loading refuses a newer or unknown schema version, a truncated or
damaged file and wrong types with one line (SessionError), and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from pathlib import Path
from typing import Annotated, Any, Literal

from endoaid.consultation._atomic import read_bounded, write_atomic
from endoaid.consultation.predict import TumourDetails
from endoaid.consultation.profile import Profile
from endoaid.errors import UserError
from endoaid.languages import language_ids
from endoaid.records import (
    Bound,
    Check,
    Invalid,
    dump_json,
    field_names,
    one_line,
    record,
    validate_field,
    validate_json,
    where,
)

SCHEMA_VERSION = 3
"""2 added the tumour details for PREDICT (`tumour`, `tumour_years`); 3 added the questions
ticked as mattering most (`priority_rows`). Files of versions 1 and 2 still open."""
MAX_BYTES = 5_000_000

Rating = Annotated[int, Bound(ge=0, le=4)]
ShortText = Annotated[str, Bound(max_len=2000)]
RowId = Annotated[str, Bound(max_len=100)]


def repeated_option(options: list[str]) -> str | None:
    """Return the first option id that appears more than once in `options`, or None."""
    seen: set[str] = set()
    for ref in options:
        if ref in seen:
            return ref
        seen.add(ref)
    return None


def _distinct_options(options: list[str]) -> list[str]:
    """Return `options` when no id is repeated; raise ValueError naming the repeated one."""
    twice = repeated_option(options)
    if twice is not None:
        raise ValueError(f"the option '{one_line(twice, 40)}' is listed twice")
    return options


OptionRefs = Annotated[list[str], Check(_distinct_options)]
"""The options compared: each id at most once (the same option twice is no comparison)."""


class SessionError(UserError):
    """A session file cannot be saved or loaded; the message says why in one line."""


def _known_language(lang: str) -> str:
    if lang not in language_ids():
        raise ValueError(f"'{one_line(lang, 20)}' is not a language endoaid speaks")
    return lang


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@record(frozen=False)
class Session:
    """One consultation: her situation, the options compared, what matters, where she leans.

    Made with the program's own values; every later assignment is checked (a wrong value is
    refused at once, not saved to be refused when the file is opened again).
    """

    schema_version: Literal[1, 2, 3] = SCHEMA_VERSION
    created: dt.datetime = field(default_factory=_now)
    lang: Annotated[str, Check(_known_language)] = "en"
    profile: Profile | None = None
    decision_id: str | None = None
    options: OptionRefs = field(default_factory=list)
    price_book_id: str | None = None
    ratings: dict[str, Rating] = field(default_factory=dict)
    own_concerns: list[ShortText] = field(default_factory=list)
    sure_before: dict[str, bool] = field(default_factory=dict)
    sure_after: dict[str, bool] = field(default_factory=dict)
    questions: list[ShortText] = field(default_factory=list)
    notes: Annotated[str, Bound(max_len=100_000)] = ""
    leaning: str | None = None
    """An option ref, or "unsure"."""
    clinician_name: str = ""
    patient_name: str = ""
    content_version: str | None = None
    years: Annotated[int, Bound(ge=1, le=15)] = 5
    schedule_ids: dict[str, str] = field(default_factory=dict)
    tumour: TumourDetails | None = None
    """Her tumour and treatments for PREDICT's estimate; None: the trial figures only."""
    tumour_years: Literal[5, 10, 15] | None = None
    """The time frame chosen for her estimate; None: the decision's own (predict.toml)."""
    priority_rows: Annotated[list[RowId], Bound(max_len=50)] = field(default_factory=list)
    """The side-by-side rows (questions) ticked as mattering most, shown first everywhere."""

    def __post_init__(self) -> None:
        _distinct_options(self.options)  # also when made by the program from a list

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self.__dict__:  # set before: an assignment, not the making of the session
            value = validate_field(Session, name, value)
        elif name not in FIELDS:
            raise AttributeError(f"a session has no field '{name}'")
        object.__setattr__(self, name, value)

    def clear(self) -> None:
        """Wipe every field back to a new session (for the next patient at a kiosk)."""
        fresh = Session()
        for name in FIELDS:
            object.__setattr__(self, name, getattr(fresh, name))


FIELDS = frozenset(field_names(Session))


def new_session(lang: str, content_version: str) -> Session:
    """Return an empty session in `lang` for the pack of `content_version`.

    Nothing is validated here (both arguments come from the program, not from a person), so
    start-up does not wait for pydantic; the app builds the validators once its first page is
    up (`endoaid.ui.app.application.settle_steps`).
    """
    return Session(lang=lang, content_version=content_version)  # type: ignore[arg-type]


def save_session(session: Session, path: Path | str) -> None:
    """Write the session as JSON atomically; raise SessionError when it cannot be written."""
    target = Path(path)
    if target.is_dir():
        raise SessionError(
            f"'{target}' is a folder, not a file name for the session.",
            code="session_folder",
            target=target,
        )
    data = dump_json(session, indent=2)
    try:
        write_atomic(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SessionError(
            f"Cannot save the session to '{target}': {reason}.",
            code="session_not_saved",
            target=target,
            reason=reason,
        ) from None


def _version(data: Any, name: str) -> None:
    if not isinstance(data, dict) or "schema_version" not in data:
        raise SessionError(
            f"'{name}' is not an endoaid session file.", code="session_not_session", name=name
        )
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SessionError(
            f"'{name}' has an unknown session version ({str(version)[:20]!r}).",
            code="session_version_unknown",
            name=name,
            version=str(version)[:20],
        )
    if version > SCHEMA_VERSION:
        raise SessionError(
            f"'{name}' was saved by a newer endoaid (session version {version}); this version "
            f"reads up to version {SCHEMA_VERSION}.",
            code="session_version_newer",
            name=name,
            version=version,
            supported=SCHEMA_VERSION,
        )


def load_session(path: Path | str) -> Session:
    """Return the session saved in a file, or raise SessionError (one line); changes nothing."""
    source = Path(path)
    name = source.name
    raw = read_bounded(source, MAX_BYTES, SessionError)
    if len(raw) > MAX_BYTES:
        raise SessionError(
            f"'{name}' is too large to be an endoaid session file.",
            code="session_too_large",
            name=name,
        )
    return parse_session(raw, name)


def parse_session(raw: bytes, name: str = "session") -> Session:
    """Return the session in JSON bytes, or raise SessionError naming what is wrong."""
    from endoaid.consultation._json import DuplicateKey, loads_unique  # (start-up reads none)

    try:
        text = raw.decode("utf-8")
        data = loads_unique(text)
    except UnicodeDecodeError:
        raise SessionError(
            f"'{name}' is not a text file; it is not an endoaid session.",
            code="session_not_session",
            name=name,
        ) from None
    except DuplicateKey as exc:
        raise SessionError(
            f"'{name}' is damaged: {exc}.",
            code="session_duplicate_key",
            name=name,
            key=exc.key,
        ) from None
    except (ValueError, RecursionError):
        raise SessionError(
            f"'{name}' is damaged or cut short (not complete JSON).",
            code="session_damaged",
            name=name,
        ) from None
    _version(data, name)
    try:
        session = validate_json(Session, text, strict=True)
    except Invalid as exc:
        error = exc.errors[0]
        msg = error["msg"]
        place = where(error["loc"])
        raise SessionError(
            f"'{name}': {place}: {msg}.",
            code="session_field",
            name=name,
            where=place,
            reason=msg,
        ) from None
    except (ValueError, RecursionError):
        raise SessionError(
            f"'{name}' is damaged (not a valid endoaid session).",
            code="session_damaged",
            name=name,
        ) from None
    # An older file has every field it knew; saved again, it is a file of this version.
    object.__setattr__(session, "schema_version", SCHEMA_VERSION)
    return session
