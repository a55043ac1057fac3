"""Printing and previewing the PDF summary: QtPdf renders the pages the report layer wrote."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from endoaid.consultation import Session

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
from endoaid.content import ContentPack


def report_available() -> bool:
    """Return True when the report layer is installed (checked without importing matplotlib)."""
    import importlib.util

    try:
        return importlib.util.find_spec("endoaid.report") is not None
    except ModuleNotFoundError:
        return False


def report_builder():
    """Return endoaid.report.build_report, or None when the report layer is not available."""
    try:
        from endoaid.report import build_report
    except ImportError:
        return None
    return build_report


def write_pdf(pack: ContentPack, session: Session, path: Path) -> None:
    """Write the PDF summary of the session to `path` (atomically, by the report layer)."""
    build = report_builder()
    if build is None:
        from endoaid.errors import UserError

        raise UserError("The PDF summary is not available in this version.")
    build(pack, session, path)


class TemporaryPdf:
    """The summary written to a private temporary folder, removed when closed."""

    def __init__(self, pack: ContentPack, session: Session) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="endoaid-")
        self.path = Path(self._dir.name) / "summary.pdf"
        write_pdf(pack, session, self.path)

    def close(self) -> None:
        """Delete the temporary PDF."""
        self._dir.cleanup()


def print_pdf(
    path: Path, parent: QWidget, *, kiosk: bool = False, printer: QPrinter | None = None
) -> bool:
    """Show the print dialog and print every page of the PDF; return True when printed."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    try:
        if kiosk:
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        # The window would keep the dialog (its child) as long as it lives: one per print.
        dialog.deleteLater()
    document = QPdfDocument()  # no parent: freed with this call, not with the window
    document.load(str(path))
    painter = QPainter(printer)
    try:
        paint_pages(printer, painter, document)
    finally:
        painter.end()
        document.close()
    return True


PRINT_DPI = 300
"""Pages go to the printer as images of this resolution at most: enough for print, where the
printer's own (1200 dpi for a high-resolution QPrinter) made a 500 MB image of each A4 page and
took up to 19 s to print a summary."""


def paint_pages(printer: QPrinter, painter: QPainter, document: QPdfDocument) -> None:
    """Draw every page of `document` on `printer` (begun by `painter`), filling its page."""
    for index in range(document.pageCount()):
        if index:
            printer.newPage()
        target = painter.viewport()
        points = document.pagePointSize(index)
        scale = min(target.width() / points.width(), target.height() / points.height())
        placed = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
        pixels = min(scale, PRINT_DPI / 72)
        image = document.render(
            index, QSize(int(points.width() * pixels), int(points.height() * pixels))
        )
        painter.drawImage(placed, image)


class PreviewDialog(QDialog):
    """The PDF as it will print, page after page, in a QPdfView.

    Deleted when closed, with its document: a preview kept as the window's child held its
    pages (and QtPdf's copy of the file) for as long as the window lived.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Preview of the summary"))
        self.resize(QSizeF(900, 760).toSize())
        layout = QVBoxLayout(self)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Preview of the PDF summary"))
        layout.addWidget(self.view)
        self.finished.connect(self._close_document)

    def _close_document(self, _result: int) -> None:
        self.document.close()
