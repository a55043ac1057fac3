"""The PDF summary a patient takes home: QtGui only (no widgets), so it runs headless."""

from __future__ import annotations

from endoaid.report.build import ExportError, build_report, ensure_gui_app, report_bytes
from endoaid.report.sections import ReportError, summary_blocks

__all__ = [
    "ExportError",
    "ReportError",
    "build_report",
    "ensure_gui_app",
    "report_bytes",
    "summary_blocks",
]
