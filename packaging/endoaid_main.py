"""The frozen app's entry point: the endoaid command, plus a dialog when resources are missing.

PyInstaller starts this file instead of the console script. Commands that print (export,
schedule, content check, kiosk set-pin/check, --version, --help) go straight to
`endoaid.cli.main`, which turns a missing resources folder into one line and exit code 2.
Opening the window without resources shows a message box instead, because a windowed build
(Windows, macOS) has no terminal for a traceback or a printed line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

PRINTING_COMMANDS = frozenset({"export", "schedule", "content", "kiosk"})
PRINTING_FLAGS = frozenset({"--version", "-h", "--help"})


def opens_window(argv: Sequence[str]) -> bool:
    """Return True when these arguments start the app's window rather than a printing command."""
    if any(arg in PRINTING_FLAGS for arg in argv):
        return False
    return not any(arg in PRINTING_COMMANDS for arg in argv)


def show_missing_resources(message: str) -> None:
    """Tell the person in a dialog that the installation is incomplete."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "endoaid cannot start",
        "endoaid cannot start because its installation is incomplete. "
        "Please ask your IT team to reinstall it.",
    )
    box.setDetailedText(message)
    box.exec()
    del app


def run(argv: Sequence[str]) -> int:
    """Check the resources before opening a window, then run the command line."""
    from endoaid.resources import ResourcesMissing, resources_root

    if opens_window(argv):
        try:
            resources_root()
        except ResourcesMissing as exc:
            print(f"endoaid: {exc}", file=sys.stderr)
            show_missing_resources(str(exc))
            return 2
    from endoaid.cli import main

    return main(list(argv))


if __name__ == "__main__":
    from endoaid.cli import leave

    leave(run(sys.argv[1:]))
