"""A refused file or export, said in the interface's language, from the error's stable code.

The consultation and report layers say what went wrong in English (for the command line and
the log) and give a `code` with the names and numbers in `details`; the words a person reads
in the app are chosen here. An error without a known code keeps its English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from endoaid.errors import UserError


def _templates() -> dict[str, str]:
    # Built on each call, so a language switch is followed at once.
    return {
        "file_missing": QCoreApplication.translate("Errors", "'{name}' does not exist."),
        "file_unreadable": QCoreApplication.translate(
            "Errors", "'{name}' cannot be read ({reason})."
        ),
        "session_folder": QCoreApplication.translate(
            "Errors", "'{target}' is a folder, not a file name for the session."
        ),
        "session_not_saved": QCoreApplication.translate(
            "Errors", "Cannot save the session to '{target}' ({reason})."
        ),
        "session_not_session": QCoreApplication.translate(
            "Errors", "'{name}' is not an endoaid session file."
        ),
        "session_version_unknown": QCoreApplication.translate(
            "Errors", "'{name}' has an unknown session version ({version})."
        ),
        "session_version_newer": QCoreApplication.translate(
            "Errors",
            "'{name}' was saved by a newer endoaid (session version {version}); this version "
            "reads up to version {supported}.",
        ),
        "session_too_large": QCoreApplication.translate(
            "Errors", "'{name}' is too large to be an endoaid session file."
        ),
        "session_damaged": QCoreApplication.translate(
            "Errors", "'{name}' is damaged or cut short."
        ),
        "session_duplicate_key": QCoreApplication.translate(
            "Errors", "'{name}' is damaged: the key '{key}' is written twice."
        ),
        "session_field": QCoreApplication.translate(
            "Errors", "'{name}': the entry '{where}' cannot be used ({reason})."
        ),
        "pricebook_not_table": QCoreApplication.translate(
            "Errors", "'{name}' must be a table of fields, not a list or a value."
        ),
        "pricebook_field": QCoreApplication.translate(
            "Errors", "'{name}': the entry '{where}' cannot be used ({reason})."
        ),
        "pricebook_duplicate": QCoreApplication.translate(
            "Errors", "'{name}': the price id '{id}' is used more than once."
        ),
        "pricebook_kind": QCoreApplication.translate(
            "Errors", "'{name}': a price book must be a .toml or .json file."
        ),
        "pricebook_too_large": QCoreApplication.translate(
            "Errors", "'{name}' is too large to be a price book."
        ),
        "pricebook_not_text": QCoreApplication.translate("Errors", "'{name}' is not UTF-8 text."),
        "pricebook_syntax": QCoreApplication.translate(
            "Errors", "'{name}' is not valid {kind} ({reason})."
        ),
        "pricebook_not_written": QCoreApplication.translate(
            "Errors", "'{name}': the price book cannot be written ({reason})."
        ),
        "price_negative": QCoreApplication.translate("Errors", "A price cannot be negative."),
        "price_comma": QCoreApplication.translate(
            "Errors", "No commas: use a point for decimals (1.5), no thousands separator."
        ),
        "price_decimals": QCoreApplication.translate(
            "Errors", "At most {n} digits after the point."
        ),
        "price_too_large": QCoreApplication.translate("Errors", "This price is too large."),
        "price_not_number": QCoreApplication.translate(
            "Errors", "Not a number: type digits only, like 12 or 12.50 (no currency sign)."
        ),
        "export_is_folder": QCoreApplication.translate(
            "Errors", "'{target}' is a folder; give a file name for the PDF."
        ),
        "export_no_folder": QCoreApplication.translate(
            "Errors", "The folder '{folder}' does not exist."
        ),
        "export_read_only": QCoreApplication.translate(
            "Errors", "The folder '{folder}' cannot be written to."
        ),
        "export_failed": QCoreApplication.translate(
            "Errors", "The PDF could not be made; nothing was written."
        ),
        "export_not_written": QCoreApplication.translate(
            "Errors", "Cannot write the PDF to '{target}' ({reason})."
        ),
        "report_no_decision": QCoreApplication.translate(
            "Errors", "Choose a decision first: there is nothing to summarise yet."
        ),
        "kiosk_folder_missing": QCoreApplication.translate(
            "Errors", "The folder for summaries is not available."
        ),
        "kiosk_no_name": QCoreApplication.translate(
            "Errors", "No free file name was found for the summary."
        ),
        "kiosk_no_folder": QCoreApplication.translate(
            "Errors", "No folder is set up for summaries."
        ),
        "kiosk_printer_missing": QCoreApplication.translate(
            "Errors", "The printer '{printer}' is not available."
        ),
        "kiosk_print_not_made": QCoreApplication.translate(
            "Errors", "The summary could not be made for printing."
        ),
        "kiosk_printer_refused": QCoreApplication.translate(
            "Errors", "The printer '{printer}' did not accept the summary."
        ),
        "kiosk_printer_problem": QCoreApplication.translate(
            "Errors", "The printer '{printer}' reported a problem."
        ),
        "inbox_missing": QCoreApplication.translate(
            "Errors", "The kiosk inbox folder '{folder}' does not exist."
        ),
        "inbox_unwritable": QCoreApplication.translate(
            "Errors", "The session could not be written to the kiosk inbox '{folder}' ({reason})."
        ),
        "handoff_code_shape": QCoreApplication.translate(
            "Errors", "A code has 6 letters and digits."
        ),
        "handoff_wrong_code": QCoreApplication.translate(
            "Errors", "No session has this code: check it, or ask the clinic for a new one."
        ),
        "audit_db": QCoreApplication.translate(
            "Errors", "The record database '{path}' cannot be used ({reason})."
        ),
        "audit_same": QCoreApplication.translate(
            "Errors", "'{target}' is both a source and the output; name a new output file."
        ),
    }


def worded_codes() -> frozenset[str]:
    """Return every code worded here (a test checks them against the layers that raise them)."""
    return frozenset(_templates())


def error_text(error: UserError) -> str:
    """Return the error's sentence in the interface's language (its English one otherwise)."""
    template = _templates().get(getattr(error, "code", ""))
    if template is None:
        return str(error)
    try:
        return template.format(**getattr(error, "details", {}))
    except (KeyError, IndexError, ValueError):  # a translation that lost a {name}: say it plainly
        return str(error)
