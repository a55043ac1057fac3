"""Unexpected errors: logged (clinician mode only), shown in a friendly dialog, window kept open.

In kiosk mode nothing is logged and the consultation is wiped: the next person must not meet
a half-broken page with someone else's answers; the guide starts again from its first page.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

log = logging.getLogger("endoaid")


def log_file_path() -> Path:
    """Return where the clinician-mode log is written (AppLocalDataLocation/endoaid.log)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / "endoaid.log"


def start_log_file() -> Path | None:
    """Send the endoaid log to a file (clinician mode); return its path, or None if impossible."""
    path = log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)  # no empty files
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(window: QWidget, *, kiosk: bool) -> ExceptHook:
    """Return a sys.excepthook that logs (not in kiosk mode) and shows a friendly dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox  # (not needed to open the window)

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if kiosk:
            _start_again(window)
            text = QCoreApplication.translate(
                "Unexpected", "Something unexpected went wrong, so the guide has started again."
            )
        else:
            log.error(
                "unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb))
            )
            text = QCoreApplication.translate(
                "Unexpected",
                "Something unexpected went wrong. What you entered is still here.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Unexpected", "Something went wrong"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        if not kiosk:
            box.setInformativeText(
                QCoreApplication.translate(
                    "Unexpected", "Details were written to the log file: {0}"
                ).format(str(log_file_path()))
            )
        box.setAccessibleName(QCoreApplication.translate("Unexpected", "Something went wrong"))
        window.setProperty("unexpected_errors", int(window.property("unexpected_errors") or 0) + 1)
        window.unexpected_box = box  # type: ignore[attr-defined]
        box.open()

    return hook


def _start_again(window: QWidget) -> None:
    """Wipe the kiosk's consultation and show the first page, as "Finish and clear" does."""
    from endoaid.ui.kiosk.wipe import wipe_consultation

    shell = getattr(window, "kiosk_shell", None)
    try:
        if shell is not None:
            shell.finish_and_clear()  # also the start language, text size and contrast
        else:
            wipe_consultation(window)
    except Exception:  # the shell's extras failed: the wipe itself must still happen
        wipe_consultation(window)


def install_excepthook(window: QWidget, *, kiosk: bool) -> None:
    """Route uncaught exceptions to the friendly dialog instead of closing the app."""
    sys.excepthook = make_excepthook(window, kiosk=kiosk)
