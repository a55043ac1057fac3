"""`endoaid kiosk set-pin` and `endoaid kiosk check`: an administrator sets up a kiosk.

No Qt here: setting a PIN starts at once, and checking imports Qt's printing module only when
the configuration names a printer (to ask the system whether it knows that printer).
"""

from __future__ import annotations

import getpass
import os
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from endoaid.errors import UserError
from endoaid.ui.kiosk.config import (
    KioskConfig,
    KioskConfigError,
    config_path,
    parse_config,
    read_config_table,
)
from endoaid.ui.kiosk.pin import (
    MIN_ITERATIONS,
    MIN_PIN_LENGTH,
    PinHashError,
    hash_pin,
    parse_pin_hash,
)

PIN_LINE = re.compile(r"^\s*pin_hash\s*=.*$", re.MULTILINE)
# Stands in for the PIN while the other settings are checked, so one run lists every problem.
_PLACEHOLDER_HASH = hash_pin("0000", iterations=MIN_ITERATIONS, salt=bytes(16))


def ask_hidden(prompt: str) -> str:
    """Return a line typed without echo at a terminal; read from stdin when there is none."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def new_pin_line(ask: Callable[[str], str] = ask_hidden) -> str:
    """Ask for a new PIN twice; return the 'pin_hash = "…"' line (the PIN itself goes nowhere)."""
    pin = ask("New kiosk administrator PIN: ")
    if len(pin) < MIN_PIN_LENGTH:
        raise UserError(f"The PIN needs at least {MIN_PIN_LENGTH} characters; nothing was changed.")
    if ask("The same PIN again: ") != pin:
        raise UserError("The two PINs differ; nothing was changed.")
    return f'pin_hash = "{hash_pin(pin)}"'


def with_pin_line(text: str, line: str) -> str:
    """Return configuration text with its pin_hash line replaced (or added at the top)."""
    if PIN_LINE.search(text):
        return PIN_LINE.sub(lambda _m: line, text, count=1)
    return f"{line}\n{text}"


def _writable(path: Path) -> str | None:
    """Return why `path` cannot be written in place, or None when it can."""
    folder = path.parent
    if not folder.is_dir():
        return f"its folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} cannot be written to"
    if path.exists() and not os.access(path, os.W_OK):
        return "it cannot be written to"
    return None


def set_pin(
    config: Path | None, *, ask: Callable[[str], str] = ask_hidden, out: TextIO | None = None
) -> int:
    """Ask for a PIN; write its hash into `config` when writable, else print the line to paste."""
    from endoaid.consultation._atomic import write_atomic

    out = out or sys.stdout
    line = new_pin_line(ask)
    if config is None:
        print(line, file=out)
        print(f"Put this line in the kiosk configuration ({config_path()}).", file=out)
        return 0
    why_not = _writable(config)
    old = ""
    if why_not is None and config.exists():
        try:
            old = config.read_text(encoding="utf-8")
            tomllib.loads(old)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            why_not = f"it cannot be read as TOML ({exc})"
    if why_not is None:
        mode = config.stat().st_mode & 0o777 if config.exists() else 0o644
        try:
            write_atomic(config, with_pin_line(old, line).encode("utf-8"), mode=mode)
        except OSError as exc:
            why_not = exc.strerror or str(exc)
        else:
            print(f"The new PIN is set in {config}.", file=out)
            return 0
    print(f"{config} was not changed ({why_not}); paste this line into it:", file=out)
    print(line, file=out)
    return 0


def config_problems(path: Path) -> list[str]:
    """Return every problem of the kiosk configuration at `path`, one sentence each."""
    try:
        data = read_config_table(path)
    except KioskConfigError as exc:
        return [str(exc)]
    problems = _pin_problems(data, path)
    try:
        config = parse_config({**data, "pin_hash": _PLACEHOLDER_HASH}, path)
    except KioskConfigError as exc:
        return [*problems, str(exc)]
    return problems + _folder_problems(config) + _printer_problems(config) + _data_problems(config)


def _pin_problems(data: dict[str, object], path: Path) -> list[str]:
    pin_hash = data.get("pin_hash")
    if not isinstance(pin_hash, str) or not pin_hash.strip():
        return [
            f"{path} has no administrator PIN (pin_hash): set one with "
            f"'endoaid kiosk set-pin --config {path}'."
        ]
    try:
        parse_pin_hash(pin_hash.strip())
    except PinHashError as exc:
        return [f"{path}: {exc}"]
    return []


def _folder_problems(config: KioskConfig) -> list[str]:
    return _export_problems(config) + _inbox_problems(config) + _record_problems(config)


def _inbox_problems(config: KioskConfig) -> list[str]:
    folder = config.inbox_folder
    if folder is None:
        return []
    if not folder.is_dir():
        return [f"The inbox folder {folder} does not exist."]
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        return [
            f"The inbox folder {folder} cannot be read and written by this user (the kiosk "
            "deletes each session once opened)."
        ]
    return []


def _record_problems(config: KioskConfig) -> list[str]:
    path = config.audit_database
    if path is None:
        return []
    if not path.parent.is_dir():
        return [f"The folder of the record database {path} does not exist."]
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return [f"The folder of the record database {path} cannot be written to."]
    if path.exists():
        from endoaid.consultation.audit_record import AuditError, read_records

        try:
            read_records(path)
        except AuditError as exc:
            return [str(exc)]
    return []


def _export_problems(config: KioskConfig) -> list[str]:
    folder = config.export_folder
    if folder is None:
        return []
    if not folder.is_dir():
        return [f"The export folder {folder} does not exist."]
    if not os.access(folder, os.W_OK | os.X_OK):
        return [f"The export folder {folder} cannot be written to by this user."]
    return []


def _printer_problems(config: KioskConfig) -> list[str]:
    if config.printer is None:
        return []
    from PySide6.QtPrintSupport import QPrinterInfo

    from endoaid.report import ensure_gui_app

    ensure_gui_app()
    known = QPrinterInfo.availablePrinterNames()
    if config.printer not in known:
        listed = ", ".join(known) if known else "none"
        return [f"The printer '{config.printer}' is not known to this system (known: {listed})."]
    return []


def _data_problems(config: KioskConfig) -> list[str]:
    from endoaid.consultation import load_price_book_file
    from endoaid.content import ContentError, load_pack

    problems: list[str] = []
    book_ids: set[str] = set()
    try:
        pack = load_pack(config.content_pack)
        book_ids.update(pack.price_books)
    except ContentError as exc:
        where = config.content_pack or "the shipped content pack"
        found = [p for p in getattr(exc, "problems", []) if p.severity == "error"] or [exc]
        problems.extend(f"Content pack {where}: {p}" for p in found)
    for path in config.price_book_files:
        try:
            book_ids.add(load_price_book_file(path).id)
        except (UserError, OSError) as exc:
            problems.append(f"The price book {path} cannot be used: {exc}")
    wanted = config.default_price_book
    if wanted is not None and not problems and wanted not in book_ids:
        problems.append(
            f"The default price book '{wanted}' is neither shipped nor in price_book_files."
        )
    return problems


def check(config: Path | None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print each problem of the configuration on its own line (exit 2), or one 'ok' line."""
    out, err = out or sys.stdout, err or sys.stderr
    path = config_path(config)
    problems = config_problems(path)
    for problem in problems:
        print(problem, file=err)
    if problems:
        print(f"{len(problems)} problem(s) in {path}; kiosk mode would not start.", file=err)
        return 2
    print(
        f"ok: the kiosk configuration {path} is ready (PIN set; folders, inbox, record, "
        "printer, content and price books checked).",
        file=out,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Ask for a new PIN twice and print the pin_hash line (as `endoaid kiosk set-pin`)."""
    del argv
    try:
        return set_pin(None)
    except UserError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
