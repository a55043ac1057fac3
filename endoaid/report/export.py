"""`endoaid export`: the PDF summary from a saved session or from ids, with no window."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from endoaid.consultation import Session, load_session, make_profile
from endoaid.content import ContentPack, load_pack
from endoaid.errors import UserError
from endoaid.report.build import build_report, check_target
from endoaid.user_folders import content_cache_dir


class ExportInputError(UserError):
    """The export was asked for with ids or files that do not fit together."""


def _known_option(pack: ContentPack, ref: str) -> None:
    for part in ref.split("+"):
        if part not in pack.options:
            raise ExportInputError(f"There is no option '{part}'.")


def session_from_args(pack: ContentPack, args: argparse.Namespace) -> Session:
    """Return the session to summarise: loaded from --session, or built from the ids given."""
    if args.session is not None and args.decision is not None:
        raise ExportInputError("Give either --session or --decision, not both.")
    if args.session is not None:
        session = load_session(args.session)
        if session.decision_id is None:
            raise ExportInputError(f"'{Path(args.session).name}' has no decision to summarise.")
    elif args.decision is not None:
        session = Session(decision_id=pack.decision(args.decision).id)
    else:
        raise ExportInputError("Give --session FILE or --decision ID.")
    decision = pack.decision(session.decision_id or "")
    if args.options:
        if not 2 <= len(args.options) <= 3:
            raise ExportInputError("Give 2 or 3 options to compare, separated by commas.")
        for ref in args.options:
            _known_option(pack, ref)
            if ref not in decision.options:
                raise ExportInputError(
                    f"Option '{ref}' is not one of the options of '{decision.id}' "
                    f"({', '.join(decision.options)})."
                )
        session.options = list(args.options)
    elif not session.options:
        session.options = list(decision.standard_comparison)
    if args.menopause or args.setting:
        base = dataclasses.asdict(session.profile) if session.profile else {"menopause": "unsure"}
        if args.menopause:
            base["menopause"] = args.menopause
        if args.setting:
            base["setting"] = args.setting
        session.profile = make_profile(**base)
    if args.lang:
        session.lang = args.lang
    if getattr(args, "tumour", None) is not None:
        from endoaid.consultation.personal_figures import session_figures
        from endoaid.consultation.predict import load_tumour_file

        session.tumour = load_tumour_file(args.tumour)
        session_figures(pack, session)  # ER-negative or advanced: one line, exit 2, no PDF
    if args.price_book:
        session.price_book_id = pack.price_book(args.price_book).id
    session.content_version = pack.info.version
    return session


def export_command(args: argparse.Namespace) -> int:
    """Write the PDF summary asked for on the command line; return 0 (UserError otherwise)."""
    target = check_target(Path(args.output))
    pack = load_pack(cache_dir=content_cache_dir())
    session = session_from_args(pack, args)
    written = build_report(pack, session, target, paper=args.paper or "a4")
    print(written)
    return 0
