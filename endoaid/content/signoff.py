"""A clinic's sign-off: who reviewed its copy of the pack, when, and whether it changed since.

The sign-off is `sign-off.toml` in the clinic's copy of the pack. It names the clinic, the
reviewer, their role and the day, and what was reviewed: the content version and a SHA-256 of
every other file of the pack. A pack whose files no longer match that hash is shown as not yet
clinically reviewed again. Only words the clinic typed are ever shown as names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Annotated

from endoaid.errors import UserError
from endoaid.records import Bound, Check, record

FILE_NAME = "sign-off.toml"
MAX_CHARS = 120
"""The longest clinic name, reviewer name, role or contact accepted (one line of a footer)."""


class SignOffError(UserError):
    """A sign-off cannot be recorded or read; the message is one sentence for a person."""


def _one_line(text: str) -> str:
    if not text.strip():
        raise ValueError("is empty")
    if any(ch in text for ch in "\r\n\t") or any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValueError("must be one line of plain text")
    if len(text) > MAX_CHARS:
        raise ValueError(f"is longer than {MAX_CHARS} characters")
    return text.strip()


OneLine = Annotated[str, Check(_one_line)]


@record
class SignOff:
    """What the clinic's reviewer entered, and what exactly they reviewed."""

    clinic: OneLine
    name: OneLine
    role: OneLine
    date: dt.date
    content_version: Annotated[str, Bound(min_len=1, max_len=20)]
    pack_sha256: Annotated[str, Bound(min_len=64, max_len=64)]
    contact: OneLine | None = None
    """Where the clinic's patients report an error, as the clinic wrote it."""


@record
class ClinicalReview:
    """The sign-off found beside a pack, and whether the pack is still the one reviewed."""

    sign_off: SignOff
    current: bool
    """False when any file of the pack changed after the sign-off."""


def pack_files(root: Path) -> list[tuple[str, Path]]:
    """Return (name with '/', path) of every file the sign-off covers, sorted by name.

    Every file of the pack folder except the sign-off itself and hidden files (a half-written
    temporary file of a save in progress starts with a dot).
    """
    found: list[tuple[str, Path]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for file_name in files:
            path = Path(folder) / file_name
            name = path.relative_to(root).as_posix()
            if file_name.startswith(".") or name == FILE_NAME:
                continue
            found.append((name, path))
    return sorted(found)


def pack_hash(root: Path) -> str:
    """Return the SHA-256 (hex) of the pack's files: their names, lengths and bytes."""
    digest = hashlib.sha256()
    for name, path in pack_files(root):
        data = path.read_bytes()
        digest.update(b"%s\0%d\0" % (name.encode("utf-8"), len(data)))
        digest.update(data)
    return digest.hexdigest()


def read_review(root: Path) -> tuple[ClinicalReview | None, str | None]:
    """Return (the clinic's review, None) or (None, why the sign-off file cannot be used).

    (None, None) when the pack has no sign-off: it is simply not yet clinically reviewed.
    """
    path = Path(root) / FILE_NAME
    if not path.is_file():
        return None, None
    import tomllib

    from endoaid.records import Invalid, reason, validate, where

    try:
        data = tomllib.loads(path.read_bytes()[:20_000].decode("utf-8"))
        sign_off = validate(SignOff, data.get("sign_off", {}))
        current = pack_hash(root) == sign_off.pack_sha256
    except Invalid as exc:
        first = exc.errors[0]
        return None, f"sign_off.{where(tuple(first['loc']))}: {reason(first)}"
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, f"cannot be read: {exc}"
    return ClinicalReview(sign_off=sign_off, current=current), None


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sign_off_toml(sign_off: SignOff) -> str:
    """Return the sign-off as the TOML written beside the pack."""
    lines = [
        "# A clinic's sign-off of this content pack (written by `endoaid content sign-off`).",
        "# Any change to another file of the pack makes it out of date: the app then says",
        "# 'not yet clinically reviewed' again until the pack is signed off anew.",
        "[sign_off]",
        f"clinic = {_toml_string(sign_off.clinic)}",
        f"name = {_toml_string(sign_off.name)}",
        f"role = {_toml_string(sign_off.role)}",
        f"date = {sign_off.date.isoformat()}",
        f"content_version = {_toml_string(sign_off.content_version)}",
        f"pack_sha256 = {_toml_string(sign_off.pack_sha256)}",
    ]
    if sign_off.contact:
        lines.append(f"contact = {_toml_string(sign_off.contact)}")
    return "\n".join(lines) + "\n"


def make_sign_off(
    root: Path,
    *,
    version: str,
    clinic: str,
    name: str,
    role: str,
    day: dt.date,
    contact: str | None = None,
) -> SignOff:
    """Return a checked sign-off of the pack at `root` as it is now; raise SignOffError."""
    from endoaid.records import Invalid, reason, validate, where

    data = {
        "clinic": clinic,
        "name": name,
        "role": role,
        "date": day,
        "content_version": version,
        "pack_sha256": pack_hash(root),
    }
    if contact is not None:
        data["contact"] = contact
    try:
        return validate(SignOff, data)
    except Invalid as exc:
        first = exc.errors[0]
        raise SignOffError(f"--{where(tuple(first['loc']))}: {reason(first)}.") from None
