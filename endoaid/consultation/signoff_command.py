"""`endoaid content sign-off PATH`: a clinic's reviewer signs off the clinic's copy of the pack."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from endoaid.consultation._atomic import write_atomic
from endoaid.content.signoff import FILE_NAME, SignOffError, make_sign_off, sign_off_toml


def add_sign_off_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of `endoaid content sign-off`."""
    parser.add_argument("path", type=Path, help="the clinic's copy of the content pack (folder)")
    parser.add_argument("--clinic", required=True, help="the clinic's name, as patients know it")
    parser.add_argument("--name", required=True, help="the reviewer's name, as it should be shown")
    parser.add_argument("--role", required=True, help="the reviewer's role, e.g. breast oncologist")
    parser.add_argument("--date", help="the day of the review, YYYY-MM-DD (default: today)")
    parser.add_argument("--contact", help="where the clinic's patients report an error (optional)")


def review_day(text: str | None, today: dt.date) -> dt.date:
    """Return the review day: today, or a date given as YYYY-MM-DD that is not in the future."""
    if text is None:
        return today
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise SignOffError(f"--date '{text}' is not a date like 2026-12-07.") from None
    if day > today:
        raise SignOffError(f"--date {day.isoformat()} is in the future.")
    return day


def _is_shipped(path: Path) -> bool:
    from endoaid.resources import ResourcesMissing, resource_path

    try:
        return path.resolve() == resource_path("content").resolve()
    except ResourcesMissing:
        return False


def sign_off_command(args: argparse.Namespace, today: dt.date | None = None) -> int:
    """Check the pack, then write its sign-off beside it (whole or not at all); return 0."""
    from endoaid.content import PackInvalid, load_pack

    root: Path = args.path
    if not (root / "pack.toml").is_file():
        raise SignOffError(f"'{root}' is not a folder with a content pack (no pack.toml).")
    if _is_shipped(root):
        raise SignOffError(
            "This is the pack shipped with endoaid: sign off the clinic's own copy "
            "(copy the folder and point ENDOAID_CONTENT at the copy)."
        )
    day = review_day(args.date, today or dt.date.today())
    try:
        pack = load_pack(root)
    except PackInvalid as exc:
        raise SignOffError(
            f"The pack in '{root}' has problems ({exc}); run 'endoaid content check {root}' first."
        ) from None
    sign_off = make_sign_off(
        root,
        version=pack.info.version,
        clinic=args.clinic,
        name=args.name,
        role=args.role,
        day=day,
        contact=args.contact,
    )
    try:
        write_atomic(root / FILE_NAME, sign_off_toml(sign_off).encode("utf-8"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SignOffError(f"'{root / FILE_NAME}' cannot be written ({reason}).") from None
    print(
        f"Signed off: reviewed for {sign_off.clinic} by {sign_off.name}, {sign_off.role} "
        f"on {day.isoformat()} (content {sign_off.content_version}, "
        f"pack SHA-256 {sign_off.pack_sha256[:12]}…). Any change to the pack undoes it."
    )
    return 0
