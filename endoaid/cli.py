"""The `endoaid` command: parses arguments, then imports Qt and matplotlib only where needed.

Exit codes: 0 success; 2 bad input or usage, with one line on stderr; 1 unexpected error.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from endoaid import __version__
from endoaid.cli_parser import add_predict_arguments
from endoaid.errors import UserError
from endoaid.languages import language_ids
from endoaid.resources import ResourcesMissing

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2

log = logging.getLogger("endoaid")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _comma_list(text: str) -> list[str]:
    items = [part.strip() for part in text.split(",") if part.strip()]
    if not items:
        raise argparse.ArgumentTypeError("give at least one id, separated by commas")
    from endoaid.consultation.session import repeated_option

    twice = repeated_option(items)
    if twice is not None:
        raise argparse.ArgumentTypeError(f"'{twice}' is given twice; give each option once")
    return items


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for the whole command line (stable contract, see DESIGN.md)."""
    parser = _Parser(
        prog="endoaid",
        description="A decision aid for endocrine (hormone) therapy after breast-cancer surgery.",
    )
    parser.add_argument("--version", action="version", version=f"endoaid {__version__}")
    parser.add_argument("--kiosk", action="store_true", help="start in kiosk mode")
    parser.add_argument("--lang", choices=language_ids(), help="language of the interface")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the main window ready for a click, print startup_ms=N and exit",
    )
    parser.add_argument("--kiosk-config", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--open", type=Path, help=argparse.SUPPRESS)  # `endoaid FILE.endoaid.json`
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = sub.add_parser("export", help="write the PDF summary without opening a window")
    export.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    export.add_argument("--session", type=Path, help="a saved session (.endoaid.json)")
    export.add_argument("--decision", help="decision id, e.g. ovarian-suppression-method")
    export.add_argument("--options", type=_comma_list, help="2 or 3 option ids, comma-separated")
    export.add_argument("--menopause", choices=["pre", "post"])
    export.add_argument("--setting", choices=["early", "advanced"])
    export.add_argument("--lang", choices=language_ids(), default=None)
    export.add_argument("--price-book", help="price book id")
    export.add_argument("--paper", choices=["a4", "letter"], default="a4")
    export.add_argument(
        "--tumour",
        type=Path,
        metavar="FILE.toml",
        help="her tumour details (the fields of `endoaid predict`) for her own PREDICT figures",
    )

    schedule = sub.add_parser("schedule", help="write a dose and check-up calendar (.ics)")
    schedule.add_argument("--option", required=True, help="option id, e.g. gnrh-agonist")
    schedule.add_argument("--schedule", help="schedule id of the option (default: its standard)")
    schedule.add_argument("--start", required=True, help="first day, YYYY-MM-DD")
    schedule.add_argument("--years", type=float, default=None, help="how many years to plan")
    schedule.add_argument("-o", "--output", required=True, type=Path, help="the .ics to write")
    schedule.add_argument("--lang", choices=language_ids(), default=None)

    predict = sub.add_parser(
        "predict", help="PREDICT Breast v3.0: her estimated survival with hormone therapy"
    )
    add_predict_arguments(predict)
    from endoaid.cli_audit import add_audit_parser

    add_audit_parser(sub)

    kiosk = sub.add_parser("kiosk", help="set up kiosk mode (for administrators)")
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    set_pin = kiosk_sub.add_parser(
        "set-pin", help="ask for a new administrator PIN twice and store only its hash"
    )
    kiosk_check = kiosk_sub.add_parser(
        "check", help="check the kiosk configuration and list every problem"
    )
    for action in (set_pin, kiosk_check):
        action.add_argument(
            "--config", type=Path, help="the kiosk configuration (default: the system one)"
        )

    content = sub.add_parser("content", help="work with content packs")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_sub.add_parser(
        "check", help="validate a content pack or a price-book file and list every problem"
    )
    check.add_argument(
        "path",
        nargs="?",
        type=Path,
        help="pack folder (default: the shipped one), or a price-book file (.toml or .json)",
    )
    from endoaid.consultation.signoff_command import add_sign_off_arguments

    add_sign_off_arguments(
        content_sub.add_parser(
            "sign-off", help="record a clinician's review of the clinic's copy of a content pack"
        )
    )
    return parser


def _price_book_check(path: Path) -> int:
    """Check one price-book file: every problem on its own line, or one 'valid' line."""
    from endoaid.consultation.pricebook import check_price_book_file

    book, problems = check_price_book_file(path)
    if problems or book is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return EXIT_USAGE
    kind = "a clinic's own" if book.kind == "clinic" else "a published"
    print(
        f"Price book {path.name} is valid: '{book.id}', {kind} book in {book.currency}, "
        f"{len(book.items)} priced item(s), as of {book.valid_from.isoformat()}."
    )
    return EXIT_OK


def _content_check(args: argparse.Namespace) -> int:
    from endoaid.content import PackInvalid, load_pack

    if (
        args.path is not None
        and not args.path.is_dir()
        and args.path.suffix.lower()
        in (
            ".toml",
            ".json",
        )
    ):
        return _price_book_check(args.path)

    try:
        pack = load_pack(args.path)
    except PackInvalid as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        errors = sum(1 for p in exc.problems if p.severity == "error")
        print(f"{errors} problem(s) found.", file=sys.stderr)
        return EXIT_USAGE
    for warning in pack.warnings:
        print(warning, file=sys.stderr)
    print(
        f"Content pack {pack.info.version} is valid: {len(pack.decisions)} decisions, "
        f"{len(pack.options)} options, {len(pack.citations)} sources, "
        f"{len(pack.price_books)} price book(s)."
    )
    if pack.signed_off() and pack.review is not None:
        s = pack.review.sign_off
        print(f"Signed off for {s.clinic} by {s.name}, {s.role} on {s.date.isoformat()}.")
    return EXIT_OK


def _kiosk_admin(args: argparse.Namespace) -> int:
    from endoaid.ui.kiosk import admin

    if args.kiosk_command == "set-pin":
        return admin.set_pin(args.config)
    return admin.check(args.config)


def _not_yet(name: str) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        raise UserError(f"'{name}' is not available in this version yet.")

    return run


def _prepare_display(args: argparse.Namespace) -> None:
    """On Linux, say in one line why no window can open, instead of letting Qt abort."""
    if not sys.platform.startswith("linux"):
        return
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not platform and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        if args.smoke_test:  # a smoke test on a machine without a screen runs offscreen
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return
        raise UserError(
            "No display was found: start endoaid from a desktop session "
            "(or set QT_QPA_PLATFORM=offscreen to run without a screen)."
        )
    if (platform or "xcb").startswith("xcb") and not os.environ.get("WAYLAND_DISPLAY"):
        import ctypes

        try:
            ctypes.CDLL("libxcb-cursor.so.0")
        except OSError:
            raise UserError(
                "Qt needs the system library libxcb-cursor0 to open a window: install it "
                "(for example: sudo apt-get install libxcb-cursor0)."
            ) from None


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    """Return the function that runs the chosen command, importing only what it needs."""
    if args.command == "content":
        if args.content_command == "sign-off":
            from endoaid.consultation.signoff_command import sign_off_command

            return sign_off_command
        return _content_check
    if args.command == "kiosk":
        return _kiosk_admin
    if args.command == "audit":
        from endoaid.cli_audit import audit_command

        return audit_command
    if args.command == "export":
        try:
            from endoaid.report.export import export_command
        except ModuleNotFoundError:
            return _not_yet("endoaid export")
        return export_command
    if args.command == "predict":
        from endoaid.consultation.predict import predict_command

        return predict_command
    if args.command == "schedule":
        try:
            from endoaid.consultation.calendar import schedule_command
        except ModuleNotFoundError:
            return _not_yet("endoaid schedule")
        from endoaid.i18n import use_catalogue_words

        use_catalogue_words()  # the events' own words in --lang, from the Qt catalogue
        return schedule_command
    _check_session_file(args)
    _prepare_display(args)
    try:
        from endoaid.ui.app.application import run_app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("endoaid"):
            return _not_yet("the endoaid window")
        raise
    return run_app


def _quiet_logging() -> None:
    """Keep tracebacks off the terminal: the app adds its own log file where one is allowed."""
    if not log.handlers:
        log.addHandler(logging.NullHandler())
        log.propagate = False


def session_argument(argv: Sequence[str]) -> list[str]:
    """Return the arguments with a session file given alone (`endoaid FILE.endoaid.json`, as a
    double-click starts it) turned into `--open FILE`."""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg in COMMANDS:
            break
        after_option = index > 0 and args[index - 1] in ("--kiosk-config", "--lang", "--open")
        if not arg.startswith("-") and arg.lower().endswith(".json") and not after_option:
            return [*args[:index], "--open", arg, *args[index + 1 :]]
    return args


COMMANDS = ("export", "schedule", "predict", "kiosk", "content", "audit")


def _check_session_file(args: argparse.Namespace) -> None:
    """A session file that cannot be opened is one line and exit 2, before any window."""
    if getattr(args, "open", None) is None:
        return
    if args.kiosk:
        raise UserError("A kiosk opens sessions by code only; start it without a file.")
    from endoaid.consultation import load_session

    load_session(args.open)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(session_argument(sys.argv[1:] if argv is None else argv))
    _quiet_logging()
    try:
        return _handler(args)(args)
    except UserError as exc:
        print(f"endoaid: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except ResourcesMissing as exc:  # an incomplete installation, not a bug: one line
        print(f"endoaid: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last guard: one line for a person, details in the log
        log.exception("unexpected error")
        print(f"endoaid: unexpected error: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED


def leave(code: int) -> NoReturn:
    """Exit with `code` once everything is flushed, skipping the last sweep over every object.

    By then the file is written and the window closed. At exit the interpreter would walk the
    hundreds of thousands of matplotlib, Qt and content objects once more looking for cycles
    (about 0.2 s for an export); freezing them first skips that walk. Objects are still freed.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    gc.freeze()
    sys.exit(code)


def run() -> NoReturn:
    """The `endoaid` command (and `python -m endoaid`)."""
    leave(main())


if __name__ == "__main__":  # pragma: no cover
    run()
