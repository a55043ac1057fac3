"""The one base class for errors meant for a person: bad input, not a bug."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable file; `str(error)` is one clear sentence for a person.

    The CLI prints it on one line and exits 2; the app shows it beside the field or in a dialog.
    The message is English; `code` (stable, may be empty) and `details` (the names, paths and
    numbers in it) let the interface say the same in its own language.
    """

    def __init__(self, message: str = "", *, code: str = "", **details: object) -> None:
        super().__init__(_one_line(message))
        self.code = code
        self.details = {key: _one_line(str(value)) for key, value in details.items()}


def _one_line(text: str) -> str:
    """Return `text` on one line: a file name or a typed word may hold a line break."""
    return " ".join(text.split())
