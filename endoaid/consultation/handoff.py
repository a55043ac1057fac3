"""A consultation handed from the clinic room to the waiting-room kiosk by a short code.

The clinician's copy writes the session, without any name or note, into the kiosk's inbox
folder, encrypted with a key derived from a 6-character code (scrypt, then AES-GCM from the
`cryptography` library). The folder alone reveals nothing: the file name is random, and only
the code opens the file. The header (format version, salt, nonce, expiry) is bound to the
ciphertext as associated data, so a changed byte anywhere is refused.

The kiosk tries the code on every file in the inbox; a file that opens is deleted at once,
and expired files are deleted whenever the inbox is looked at.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import struct
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from endoaid.consultation._atomic import write_atomic
from endoaid.errors import UserError

ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
"""25 letters and digits; none that is read as another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B)."""
CODE_LENGTH = 6
SUFFIX = ".endoaid-handoff"
MAGIC = b"ENDOAIDH"
VERSION = 1
HEADER = struct.Struct(">8sB16s12sq")  # magic, version, salt, nonce, expiry (Unix seconds)
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
DEFAULT_HOURS = 24.0
MAX_BYTES = 5_000_000
WRONG_LIMIT = 5
WRONG_WINDOW = 60.0
WAIT_SECONDS = 60.0


class HandoffError(UserError):
    """A hand-off cannot be written or opened; the message says why in one line."""


def new_code() -> str:
    """Return a random code of 6 characters from ALPHABET."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str | None:
    """Return the code typed in `text` (any case, spaces and dashes ignored), or None when it
    cannot be a code at all."""
    code = "".join(ch for ch in text.upper() if ch not in " -\t")
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return code


def pretty_code(code: str) -> str:
    """Return the code as it is shown and printed: two groups of three ('ACD 479')."""
    return f"{code[:3]} {code[3:]}"


def _key(code: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(code.encode("ascii"))


def anonymous_copy(session_json: bytes) -> bytes:
    """Return the session JSON without the names and the clinician's notes."""
    import json

    data = json.loads(session_json)
    data["patient_name"] = ""
    data["clinician_name"] = ""
    data["notes"] = ""
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def seal(payload: bytes, code: str, expires: int) -> bytes:
    """Return the encrypted file content for `payload`, opened by `code` until `expires`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = HEADER.pack(MAGIC, VERSION, salt, nonce, expires)
    return header + AESGCM(_key(code, salt)).encrypt(nonce, payload, header)


def read_header(blob: bytes) -> tuple[bytes, bytes, int] | None:
    """Return (salt, nonce, expiry) of a hand-off file's bytes, or None when it is not one."""
    if len(blob) < HEADER.size + 16 or len(blob) > MAX_BYTES:
        return None
    magic, version, salt, nonce, expires = HEADER.unpack_from(blob)
    if magic != MAGIC or version != VERSION:
        return None
    return salt, nonce, expires


def unseal(blob: bytes, code: str) -> bytes | None:
    """Return the payload when `code` opens `blob`; None for any other code or a changed byte."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = read_header(blob)
    if header is None:
        return None
    salt, nonce, _expires = header
    try:
        return AESGCM(_key(code, salt)).decrypt(nonce, blob[HEADER.size :], blob[: HEADER.size])
    except InvalidTag:
        return None


@dataclass(frozen=True)
class Sent:
    """A session written to the inbox: its code, file and expiry."""

    code: str
    path: Path
    expires: dt.datetime


def send(
    session_json: bytes,
    folder: Path,
    *,
    hours: float = DEFAULT_HOURS,
    now: float | None = None,
) -> Sent:
    """Write the session (without names) into the inbox `folder`; return its code and file."""
    folder = Path(folder)
    if not folder.is_dir():
        raise HandoffError(
            f"The kiosk inbox folder '{folder}' does not exist.",
            code="inbox_missing",
            folder=folder,
        )
    now = time.time() if now is None else now
    expires = int(now + hours * 3600)
    code = new_code()
    blob = seal(anonymous_copy(session_json), code, expires)
    path = folder / (secrets.token_hex(12) + SUFFIX)
    try:
        write_atomic(path, blob, mode=0o640)  # the kiosk account may read it through the group
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise HandoffError(
            f"The session could not be written to the kiosk inbox '{folder}': {reason}.",
            code="inbox_unwritable",
            folder=folder,
            reason=reason,
        ) from None
    return Sent(code, path, dt.datetime.fromtimestamp(expires, dt.UTC))


def inbox_files(folder: Path) -> list[Path]:
    """Return the hand-off files in the inbox (never the temporary files being written)."""
    try:
        return sorted(
            p for p in Path(folder).iterdir() if p.name.endswith(SUFFIX) and p.name[0] != "."
        )
    except OSError:
        return []


def _read(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError:
        return None


def _delete(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def sweep(folder: Path, *, now: float | None = None) -> int:
    """Delete expired and unreadable hand-off files; return how many were deleted."""
    now = time.time() if now is None else now
    deleted = 0
    for path in inbox_files(folder):
        blob = _read(path)
        header = read_header(blob) if blob is not None else None
        if header is None or header[2] <= now:
            _delete(path)
            deleted += 1
    return deleted


def clear_inbox(folder: Path) -> int:
    """Delete every hand-off file (a kiosk starting up); return how many were deleted."""
    files = inbox_files(folder)
    for path in files:
        _delete(path)
    return len(files)


def receive(folder: Path, code_text: str, *, now: float | None = None) -> bytes:
    """Return the session JSON the code opens, deleting its file; raise HandoffError when no
    file in the inbox opens with it (wrong, used or expired codes look the same)."""
    now = time.time() if now is None else now
    code = normalise_code(code_text)
    if code is None:
        raise HandoffError(
            f"A code has {CODE_LENGTH} letters and digits.", code="handoff_code_shape"
        )
    sweep(folder, now=now)
    for path in inbox_files(folder):
        blob = _read(path)
        if blob is None:
            continue
        payload = unseal(blob, code)
        if payload is not None:
            _delete(path)  # used: nobody opens it twice
            return payload
    raise HandoffError(
        "No session has this code: check it, or ask the clinic for a new one "
        "(a code works once, for a limited time).",
        code="handoff_wrong_code",
    )


class Throttle:
    """Counts wrong codes: after WRONG_LIMIT in WRONG_WINDOW seconds, wait WAIT_SECONDS.

    Kept in memory only: nothing about the codes tried is written anywhere.
    """

    def __init__(self, clock=time.monotonic) -> None:
        self.clock = clock
        self.wrong: deque[float] = deque()
        self.until = 0.0

    def seconds_left(self) -> int:
        """Return the whole seconds still to wait (0: a code may be tried)."""
        left = self.until - self.clock()
        return max(0, int(left + 0.999))

    def failed(self) -> None:
        now = self.clock()
        self.wrong.append(now)
        while self.wrong and now - self.wrong[0] > WRONG_WINDOW:
            self.wrong.popleft()
        if len(self.wrong) >= WRONG_LIMIT:
            self.until = now + WAIT_SECONDS
            self.wrong.clear()

    def reset(self) -> None:
        self.wrong.clear()
        self.until = 0.0
