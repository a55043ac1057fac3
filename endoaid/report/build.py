"""Writes the PDF summary of a session: build the blocks, lay them out, replace the file safely."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from endoaid.consultation import Session
from endoaid.content import ContentPack
from endoaid.errors import UserError
from endoaid.qtfix import pin_singletons
from endoaid.report.pdf import PAPERS, render_pdf
from endoaid.report.sections import summary_blocks


class ExportError(UserError):
    """The PDF cannot be written where asked (a missing folder, no permission, a full disk)."""


def ensure_gui_app() -> object:
    """Return the running QGuiApplication, creating an offscreen one when there is no display."""
    pin_singletons()  # idempotent; endoaid/__init__ already did it
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["endoaid"])
    return app


def check_target(path: Path) -> Path:
    """Return the absolute target path, or raise ExportError when its folder cannot take it."""
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if target.is_dir():
        raise ExportError(
            f"'{target}' is a folder; give a file name for the PDF.",
            code="export_is_folder",
            target=target,
        )
    if not folder.is_dir():
        raise ExportError(
            f"The folder '{folder}' does not exist.", code="export_no_folder", folder=folder
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            f"The folder '{folder}' cannot be written to.", code="export_read_only", folder=folder
        )
    return target


def _file_mode(target: Path) -> int:
    """Return the mode a new file gets here (umask applied), or the existing file's mode."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(target: Path, data: bytes) -> None:
    """Write data to a temporary file beside target, fsync it, then rename it over target.

    On any failure the temporary file is removed and an existing target is left untouched.
    """
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    try:
        os.chmod(temp_name, _file_mode(target))
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable; not every file system allows this
        folder = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


def report_bytes(
    pack: ContentPack, session: Session, paper: str = "a4", today: dt.date | None = None
) -> bytes:
    """Return the PDF summary of `session` as bytes (for printing or a preview, no file)."""
    if paper not in PAPERS:
        raise ExportError(f"Unknown paper size '{paper}' (use a4 or letter).")
    ensure_gui_app()
    from endoaid.fonts import register_matplotlib_fonts, register_qt_fonts

    family = register_qt_fonts()
    register_matplotlib_fonts()
    blocks, info = summary_blocks(pack, session, today)
    data = render_pdf(blocks, info, family, paper)
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ExportError("The PDF could not be made; nothing was written.", code="export_failed")
    return data


def build_report(
    pack: ContentPack,
    session: Session,
    path: Path | str,
    paper: str = "a4",
    today: dt.date | None = None,
) -> Path:
    """Write the PDF summary of `session` to `path` atomically and return the path written.

    Raises a UserError (nothing written, an existing file untouched) for a session that cannot
    be summarised or a place that cannot be written.
    """
    target = check_target(Path(path))
    data = report_bytes(pack, session, paper, today)
    try:
        write_atomic(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(
            f"Cannot write the PDF to '{target}': {reason}.",
            code="export_not_written",
            target=target,
            reason=reason,
        ) from None
    return target
