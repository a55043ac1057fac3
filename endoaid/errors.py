"""The one base class for errors meant for a person: bad input, not a bug."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable file; `str(error)` is one clear sentence for a person.

    The CLI prints it on one line and exits 2; the app shows it beside the field or in a dialog.
    """
