"""The only ways a summary leaves a kiosk: a PDF in the administrator's folder, or the printer.

Never a file dialog. The folder copy gets a random, non-identifying name; printing renders the
PDF in memory and sends it straight to the configured printer, so nothing is written locally.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from endoaid.consultation import Session
from endoaid.content import ContentPack
from endoaid.errors import UserError
from endoaid.ui.common.error_words import error_text
from endoaid.ui.kiosk.config import KioskConfig
from endoaid.ui.widgets.pdf_output import paint_pages


class KioskOutputError(UserError):
    """The summary could not be printed or saved; nothing was written."""


def summary_name() -> str:
    """Return a file name that says nothing about the patient: endoaid-summary-<random>.pdf."""
    return f"endoaid-summary-{secrets.token_hex(4)}.pdf"


def save_to_folder(pack: ContentPack, session: Session, folder: Path) -> Path:
    """Write the PDF summary into the configured folder under a random name; return its path."""
    from endoaid.report import build_report

    if not folder.is_dir():
        raise KioskOutputError(
            f"The folder for summaries ({folder}) is not available.",
            code="kiosk_folder_missing",
            folder=folder,
        )
    for _attempt in range(5):
        target = folder / summary_name()
        if not target.exists():
            break
    else:  # pragma: no cover - 2**32 names
        raise KioskOutputError("No free file name was found for the summary.", code="kiosk_no_name")
    try:
        return build_report(pack, session, target)
    except UserError as exc:
        raise KioskOutputError(str(exc), code=exc.code, **exc.details) from None


def summary_bytes(pack: ContentPack, session: Session) -> bytes:
    """Return the PDF summary as bytes, made in memory."""
    from endoaid.fonts import register_matplotlib_fonts, register_qt_fonts
    from endoaid.report import summary_blocks
    from endoaid.report.pdf import render_pdf

    family = register_qt_fonts()
    register_matplotlib_fonts()
    blocks, info = summary_blocks(pack, session)
    return render_pdf(blocks, info, family, "a4")


def print_to(pack: ContentPack, session: Session, printer_name: str) -> None:
    """Print the summary on the named printer, without a dialog; raise KioskOutputError."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise KioskOutputError(
            f"The printer '{printer_name}' is not available.",
            code="kiosk_printer_missing",
            printer=printer_name,
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    printer.setDocName("endoaid summary")
    data = QByteArray(summary_bytes(pack, session))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() < 1:
        raise KioskOutputError(
            "The summary could not be made for printing.", code="kiosk_print_not_made"
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise KioskOutputError(
            f"The printer '{printer_name}' did not accept the summary.",
            code="kiosk_printer_refused",
            printer=printer_name,
        )
    try:
        paint_pages(printer, painter, document)
    finally:
        ended = painter.end()
        document.close()
        buffer.close()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise KioskOutputError(
            f"The printer '{printer_name}' reported a problem.",
            code="kiosk_printer_problem",
            printer=printer_name,
        )


class KioskOutputPanel(QWidget):
    """'Print my summary' and 'Save for the care team', as configured; messages on screen."""

    def __init__(self, window, config: KioskConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.config = config
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.print_button = QPushButton()
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_summary)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_summary)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.show_preview)
        self.preview = None
        self.print_button.setVisible(config.printer is not None)
        self.save_button.setVisible(config.export_folder is not None)
        row.addWidget(self.preview_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("kioskStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()
        window.state.changed.connect(self._follow_decision)
        self._follow_decision()

    def _follow_decision(self, _what: str = "") -> None:
        """The buttons wait until a decision is chosen (the export page says so meanwhile)."""
        chosen = self.window.state.decision() is not None
        for button in (self.print_button, self.save_button, self.preview_button):
            button.setEnabled(chosen)

    def retranslate(self) -> None:
        """Set the interface strings again."""
        self.print_button.setText(self.tr("Print my summary"))
        self.print_button.setAccessibleName(self.tr("Print my summary"))
        self.print_button.setAccessibleDescription(
            self.tr("Prints on the clinic printer; nothing is kept on this machine")
        )
        self.save_button.setText(self.tr("Save for my care team"))
        self.save_button.setAccessibleName(self.tr("Save the summary for my care team"))
        self.save_button.setAccessibleDescription(
            self.tr("Saves a PDF with a code name in the clinic's folder")
        )
        self.preview_button.setText(self.tr("See my summary"))
        self.preview_button.setAccessibleName(self.tr("See my summary on the screen"))
        self.preview_button.setAccessibleDescription(
            self.tr("Shows the pages that would be printed; nothing is saved")
        )
        if self.preview is not None:
            self.preview.retranslate()
        if self.config.printer is None and self.config.export_folder is None:
            self.status.setText(self.tr("Printing is not set up on this machine."))

    def clear(self) -> None:
        """Forget the last message (it may name her file) and the summary on screen."""
        self.status.setText("")
        if self.preview is not None:
            self.preview.forget()
        self.retranslate()

    def show_preview(self) -> bool:
        """Show the summary over the window, made in memory; say so when it cannot be made."""
        from endoaid.ui.kiosk.preview import SummaryPreview

        if self.preview is None:
            self.preview = SummaryPreview(self.window)
        state = self.window.state
        try:
            self.preview.show_summary(summary_bytes(*state.report_inputs()))
        except UserError as exc:
            self.preview.forget()
            self.status.setText(
                self.tr("⚠ The summary cannot be shown: {0}").format(error_text(exc))
            )
            return False
        return True

    def print_summary(self) -> bool:
        """Print the summary on the configured printer; say what happened."""
        state = self.window.state
        try:
            print_to(*state.report_inputs(), self.config.printer or "")
        except UserError as exc:
            self.status.setText(
                self.tr("⚠ Not printed: {0} Please ask at the desk.").format(error_text(exc))
            )
            return False
        self.status.setText(self.tr("✔ Sent to the printer. Please collect it at the desk."))
        return True

    def save_summary(self) -> Path | None:
        """Save the summary in the configured folder; say the code name or what went wrong."""
        state = self.window.state
        folder = self.config.export_folder
        try:
            if folder is None:
                raise KioskOutputError("No folder is set up for summaries.", code="kiosk_no_folder")
            path = save_to_folder(*state.report_inputs(), folder)
        except UserError as exc:
            self.status.setText(
                self.tr("⚠ Not saved: {0} Please ask at the desk.").format(error_text(exc))
            )
            return None
        self.status.setText(
            self.tr("✔ Saved for your care team under the code {0}.").format(path.stem[-8:])
        )
        return path
