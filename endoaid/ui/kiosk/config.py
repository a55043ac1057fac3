"""The administrator's kiosk configuration: a TOML file the patient cannot reach or change.

Looked up in this order: `--kiosk-config PATH`, the ENDOAID_KIOSK_CONFIG environment variable,
then the system-wide default for the platform. Anything missing or malformed refuses kiosk mode
with one sentence; there is no fallback, so a misconfigured kiosk never starts unlocked.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from endoaid.errors import UserError
from endoaid.languages import language_ids
from endoaid.ui.kiosk.pin import PinHashError, parse_pin_hash

ENV_VAR = "ENDOAID_KIOSK_CONFIG"
TEXT_SIZES = ("A", "A+", "A++")
KNOWN_FIELDS = {
    "pin_hash",
    "idle_seconds",
    "countdown_seconds",
    "export_folder",
    "printer",
    "language",
    "text_size",
    "content_pack",
    "price_book_files",
    "default_price_book",
    "inbox_folder",
    "audit_database",
}


class KioskConfigError(UserError):
    """The kiosk configuration is missing or unusable; kiosk mode does not start."""


@dataclass(frozen=True)
class KioskConfig:
    """What the administrator decided for this kiosk."""

    pin_hash: str
    idle_seconds: float = 120.0
    countdown_seconds: float = 30.0
    export_folder: Path | None = None
    printer: str | None = None
    language: str | None = None
    text_size: str = "A"
    content_pack: Path | None = None
    """A newer, checked content pack folder used instead of the bundled one."""
    price_book_files: tuple[Path, ...] = ()
    """The clinic's own price books (TOML or JSON), loaded at start."""
    default_price_book: str | None = None
    """The price book each new patient starts with (an id from the pack or the files)."""
    inbox_folder: Path | None = None
    """Where the clinic's window sends sessions by code; None: no 'I have a code' button."""
    audit_database: Path | None = None
    """The clinic's anonymous record (SQLite); None: the record question is not asked."""
    source: Path | None = None


def default_config_path(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """Return the system-wide place an administrator puts kiosk.toml on this platform."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform.startswith("win"):
        base = env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "endoaid" / "kiosk.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/endoaid/kiosk.toml")
    return Path("/etc/endoaid/kiosk.toml")


def config_path(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> Path:
    """Return the configuration file to read: explicit path, then the env variable, then default."""
    env = os.environ if env is None else env
    if explicit is not None:
        return Path(explicit)
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR])
    return default_config_path(env=env)


def _seconds(data: Mapping[str, object], name: str, default: float, where: Path) -> float:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 86_400:
        raise KioskConfigError(
            f"Kiosk configuration {where}: '{name}' must be a number of seconds above 0."
        )
    return float(value)


def _optional_text(data: Mapping[str, object], name: str, where: Path) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise KioskConfigError(f"Kiosk configuration {where}: '{name}' must be non-empty text.")
    return value.strip()


def parse_config(data: Mapping[str, object], where: Path) -> KioskConfig:
    """Return the KioskConfig in `data` (a parsed TOML table), or raise KioskConfigError."""
    unknown = sorted(set(data) - KNOWN_FIELDS)
    if unknown:
        raise KioskConfigError(
            f"Kiosk configuration {where}: unknown setting '{unknown[0]}'; kiosk mode is off."
        )
    pin_hash = data.get("pin_hash")
    if not isinstance(pin_hash, str) or not pin_hash.strip():
        raise KioskConfigError(
            f"Kiosk configuration {where} has no administrator PIN (pin_hash), so kiosk mode "
            f"cannot start: set one with 'endoaid kiosk set-pin --config {where}', then run "
            f"'endoaid kiosk check --config {where}'."
        )
    try:
        parse_pin_hash(pin_hash.strip())
    except PinHashError as exc:
        raise KioskConfigError(f"Kiosk configuration {where}: {exc}") from None
    folder_text = _optional_text(data, "export_folder", where)
    language = _optional_text(data, "language", where)
    if language is not None and language not in language_ids():
        raise KioskConfigError(
            f"Kiosk configuration {where}: 'language' must be one of {', '.join(language_ids())}."
        )
    text_size = _optional_text(data, "text_size", where) or "A"
    if text_size not in TEXT_SIZES:
        raise KioskConfigError(
            f"Kiosk configuration {where}: 'text_size' must be one of {', '.join(TEXT_SIZES)}."
        )
    books = data.get("price_book_files", [])
    if not isinstance(books, list) or not all(isinstance(b, str) and b.strip() for b in books):
        raise KioskConfigError(
            f"Kiosk configuration {where}: 'price_book_files' must be a list of file paths."
        )
    pack_text = _optional_text(data, "content_pack", where)
    inbox_text = _optional_text(data, "inbox_folder", where)
    audit_text = _optional_text(data, "audit_database", where)
    return KioskConfig(
        inbox_folder=Path(inbox_text) if inbox_text else None,
        audit_database=Path(audit_text) if audit_text else None,
        pin_hash=pin_hash.strip(),
        content_pack=Path(pack_text) if pack_text else None,
        price_book_files=tuple(Path(b.strip()) for b in books),
        default_price_book=_optional_text(data, "default_price_book", where),
        idle_seconds=_seconds(data, "idle_seconds", 120.0, where),
        countdown_seconds=_seconds(data, "countdown_seconds", 30.0, where),
        export_folder=Path(folder_text) if folder_text else None,
        printer=_optional_text(data, "printer", where),
        language=language,
        text_size=text_size,
        source=where,
    )


def load_kiosk_config(
    explicit: Path | None = None, env: Mapping[str, str] | None = None
) -> KioskConfig:
    """Read and check the kiosk configuration; raise KioskConfigError with one sentence."""
    path = config_path(explicit, env)
    return parse_config(read_config_table(path), path)


def read_config_table(path: Path) -> dict[str, object]:
    """Return the TOML table of the configuration at `path`; raise KioskConfigError (one
    sentence naming the commands that make one) when it is missing, unreadable or not TOML."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KioskConfigError(
            f"Kiosk mode needs an administrator configuration at {path}, and there is none: "
            f"make one with 'endoaid kiosk set-pin --config {path}', then run "
            f"'endoaid kiosk check --config {path}'."
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise KioskConfigError(
            f"The kiosk configuration {path} cannot be read: {reason}."
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise KioskConfigError(
            f"The kiosk configuration {path} is not valid TOML ({exc})."
        ) from None
    except RecursionError:  # tomllib recurses once per nested array or table
        raise KioskConfigError(
            f"The kiosk configuration {path} is not valid TOML (values nested too deeply)."
        ) from None
    return data
