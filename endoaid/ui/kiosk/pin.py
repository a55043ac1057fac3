"""The administrator PIN: stored only as a salted PBKDF2 hash, checked with a lock-out.

Administrators set it with `endoaid kiosk set-pin [--config PATH]` (asks for the PIN twice,
writes or prints the pin_hash line; see endoaid.ui.kiosk.admin). No Qt here, so it starts at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from endoaid.errors import UserError

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000
MIN_ITERATIONS = 10_000
MAX_ITERATIONS = 10_000_000
MIN_PIN_LENGTH = 4
MAX_FAILURES = 3
LOCKOUT_SECONDS = 30.0


class PinHashError(UserError):
    """A pin_hash that is not 'pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>'."""


def hash_pin(pin: str, *, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None) -> str:
    """Return 'pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>' for this PIN."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def parse_pin_hash(pin_hash: str) -> tuple[int, bytes, bytes]:
    """Return (iterations, salt, digest) of a stored hash, or raise PinHashError."""
    parts = pin_hash.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        raise PinHashError(
            "the pin_hash must look like 'pbkdf2_sha256$<iterations>$<salt>$<hash>' "
            "(set one with: endoaid kiosk set-pin)."
        )
    try:
        iterations = int(parts[1])
        salt, digest = bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    except ValueError:
        raise PinHashError("the pin_hash has a part that is not a number or hex.") from None
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise PinHashError(
            f"the pin_hash iterations must be between {MIN_ITERATIONS} and {MAX_ITERATIONS}."
        )
    if len(salt) < 8 or len(digest) != 32:
        raise PinHashError("the pin_hash salt or hash has the wrong length.")
    return iterations, salt, digest


def verify_pin(pin: str, pin_hash: str) -> bool:
    """Return True when `pin` matches the stored hash (compared in constant time)."""
    iterations, salt, digest = parse_pin_hash(pin_hash)
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(candidate, digest)


@dataclass(frozen=True)
class PinAnswer:
    """The outcome of one PIN attempt."""

    accepted: bool
    locked_seconds: float = 0.0
    """Seconds until the next attempt is allowed (0 when not locked out)."""


class PinGate:
    """Checks PINs; after MAX_FAILURES wrong ones in a row, refuses every try for a while."""

    def __init__(
        self,
        pin_hash: str,
        *,
        max_failures: int = MAX_FAILURES,
        lockout_seconds: float = LOCKOUT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        parse_pin_hash(pin_hash)
        self._hash = pin_hash
        self._max = max_failures
        self._lockout = lockout_seconds
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    def locked_seconds(self) -> float:
        """Return how many seconds are left of the lock-out (0 when none)."""
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str) -> PinAnswer:
        """Try a PIN; a right PIN during a lock-out is refused too."""
        left = self.locked_seconds()
        if left > 0:
            return PinAnswer(False, left)
        if verify_pin(pin, self._hash):
            self._failures = 0
            return PinAnswer(True)
        self._failures += 1
        if self._failures >= self._max:
            self._failures = 0
            self._locked_until = self._clock() + self._lockout
            return PinAnswer(False, self._lockout)
        return PinAnswer(False)
