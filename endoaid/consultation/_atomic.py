"""Files a person hands over or gets back: read with a size limit, written whole or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from endoaid.errors import UserError


def read_bounded(path: Path, limit: int, error: type[UserError]) -> bytes:
    """Return up to `limit` + 1 bytes of a file a person chose (more means: too large).

    A missing or unreadable file raises `error` with one sentence naming it and a stable code
    (file_missing, file_unreadable) for the interface to say it in its own language.
    """
    name = path.name
    try:
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise error(f"'{name}' does not exist.", code="file_missing", name=name) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise error(
            f"'{name}' cannot be read ({reason}).", code="file_unreadable", name=name, reason=reason
        ) from None


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same folder, fsync and rename.

    `mode` gives the new file these permission bits (a temporary file is private, 0o600).
    Raises OSError when the folder is missing or not writable; the target is then untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    import tempfile  # here: start-up reads a session or nothing, never writes

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None:
                os.chmod(tmp_name, mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    # The rename itself is durable only once the folder entry is on disk.
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
