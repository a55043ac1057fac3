"""The PDF summary a patient takes home: QtGui only (no widgets), so it runs headless."""

from __future__ import annotations

from endoaid.i18n import use_catalogue_words
from endoaid.report.build import ExportError, build_report, ensure_gui_app, report_bytes
from endoaid.report.sections import ReportError, summary_blocks

# The report is a composition root of its own (`endoaid export`, the kiosk): its words and
# its charts' words come from the Qt catalogue of the session's language.
use_catalogue_words()

__all__ = [
    "ExportError",
    "ReportError",
    "build_report",
    "ensure_gui_app",
    "report_bytes",
    "summary_blocks",
]
