"""Export: the PDF summary to take home, printed, saved or previewed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from endoaid.errors import UserError
from endoaid.ui.common.error_words import error_text
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, wrapped_label
from endoaid.ui.widgets import pdf_output


class ExportPage(Page):
    """Buttons for Export PDF, Print and Preview, all built by endoaid.report."""

    page_id = "export"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="lead")
        self.body_layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.preview_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_summary)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.setVisible(not kiosk)
        for button in (self.save_button, self.print_button, self.preview_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.status = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.status)
        self.disclaimer = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.disclaimer)
        self.body_layout.addStretch(1)
        self._preview = None
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Export")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Take a summary home: options, charts, what matters to you, questions, sources."
            )
        )
        for button, text, name in (
            (self.save_button, self.tr("Export PDF..."), self.tr("Save the summary as a PDF file")),
            (self.print_button, self.tr("Print..."), self.tr("Print the summary")),
            (self.preview_button, self.tr("Preview"), self.tr("Preview the summary")),
        ):
            button.setText(text)
            button.setAccessibleName(name)

    def refresh(self) -> None:
        available = pdf_output.report_available()
        chosen = self.state.decision() is not None
        for button in (self.save_button, self.print_button, self.preview_button):
            button.setEnabled(available and chosen)
        waiting = QCoreApplication.translate(
            "Errors", "Choose a decision first: there is nothing to summarise yet."
        )
        if not available:
            self.status.setText(self.tr("The PDF summary is not available in this version yet."))
        elif not chosen:  # said before she picks a file, not after
            self.status.setText(waiting)
        elif self.status.text() == waiting:
            self.status.setText("")
        self.disclaimer.setText(self.state.text(self.state.pack.info.disclaimer))

    def _fail(self, exc: UserError) -> None:
        self.status.setText(self.tr("⚠ The summary was not made: {0}").format(error_text(exc)))

    def export_pdf(self) -> None:
        """Ask where to save (clinician mode only) and write the PDF there."""
        if self.kiosk:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), "endoaid-summary.pdf", self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            pdf_output.write_pdf(*self.state.report_inputs(), path)
        except UserError as exc:
            self._fail(exc)
            return
        self.status.setText(self.tr("Saved: {0}").format(str(path)))

    def print_summary(self) -> None:
        """Write the PDF to a temporary file and print its pages."""
        try:
            pdf = pdf_output.TemporaryPdf(*self.state.report_inputs())
        except UserError as exc:
            self._fail(exc)
            return
        try:
            if pdf_output.print_pdf(pdf.path, self, kiosk=self.kiosk):
                self.status.setText(self.tr("Sent to the printer."))
        finally:
            pdf.close()

    def preview(self) -> None:
        """Show the PDF in a preview window."""
        try:
            pdf = pdf_output.TemporaryPdf(*self.state.report_inputs())
        except UserError as exc:
            self._fail(exc)
            return
        dialog = pdf_output.PreviewDialog(pdf.path, self)  # deleted when closed
        dialog.finished.connect(lambda _r: pdf.close())
        dialog.finished.connect(self._forget_preview)
        self._preview = dialog
        dialog.open()

    def _forget_preview(self, _result: int) -> None:
        self._preview = None
