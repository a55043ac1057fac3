"""Export: the PDF summary saved, previewed and printed through endoaid.report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from endoaid.ui.widgets import pdf_output
from tests.test_ui.conftest import premenopausal_early


def _ready(window) -> None:
    window.state.set_profile(premenopausal_early())
    window.open_decision("ovarian-suppression-method")
    window.go_to_page("export")


def test_export_pdf_writes_the_summary_where_the_clinician_chose(
    qtbot, window, tmp_path, monkeypatch
):
    """Export PDF... asks for a file name and writes a PDF there."""
    _ready(window)
    target = tmp_path / "summary"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.page("export").save_button.click()
    written = Path(str(target) + ".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in window.page("export").status.text()


def test_preview_shows_the_pdf_pages(qtbot, window):
    """Preview opens a window holding the summary's pages."""
    _ready(window)
    window.page("export").preview_button.click()
    dialog = window.page("export")._preview
    assert dialog is not None and dialog.isVisible()
    assert dialog.document.pageCount() >= 1
    dialog.close()


def test_temporary_pdf_is_removed_when_closed(window):
    """The PDF made for printing or previewing does not stay on disk."""
    _ready(window)
    pdf = pdf_output.TemporaryPdf(window.state.pack, window.state.session)
    assert pdf.path.is_file()
    pdf.close()
    assert not pdf.path.exists()


def test_print_renders_every_pdf_page_to_the_printer(qtbot, window, tmp_path, monkeypatch):
    """Printing sends each page of the summary to the printer chosen in the print dialog."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    _ready(window)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pdf = pdf_output.TemporaryPdf(window.state.pack, window.state.session)
    try:
        assert pdf_output.print_pdf(pdf.path, window, printer=printer)
        source = QPdfDocument()
        source.load(str(pdf.path))
        printed = QPdfDocument()
        printed.load(str(tmp_path / "printed.pdf"))
        assert printed.pageCount() == source.pageCount() >= 1
    finally:
        pdf.close()


def test_without_a_decision_the_page_says_so_before_any_file_is_chosen(qtbot, window):
    """No decision yet: the buttons wait, and the page says what to do first."""
    window.go_to_page("export")
    page = window.page("export")
    buttons = (page.save_button, page.print_button, page.preview_button)
    assert not any(b.isEnabled() for b in buttons)
    assert "Choose a decision first" in page.status.text()
    _ready(window)
    assert all(b.isEnabled() for b in buttons)
    assert page.status.text() == ""


def test_print_sends_pages_as_images_of_at_most_300_dpi(qtbot, window, tmp_path, monkeypatch):
    """A high-resolution printer (1200 dpi) gets each page rendered at 300 dpi, filling the
    page: rendered at 1200 dpi an A4 page is a 500 MB image and printing took many seconds."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    _ready(window)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    rendered: list[tuple[float, float]] = []
    render = QPdfDocument.render

    def recording_render(document, index, size, *args):
        points = document.pagePointSize(index)
        rendered.append((size.width() / points.width() * 72, size.height() / points.height() * 72))
        return render(document, index, size, *args)

    monkeypatch.setattr(QPdfDocument, "render", recording_render)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.resolution() >= 600
    pdf = pdf_output.TemporaryPdf(window.state.pack, window.state.session)
    try:
        assert pdf_output.print_pdf(pdf.path, window, printer=printer)
    finally:
        pdf.close()
    assert rendered
    for dpi_wide, dpi_high in rendered:
        assert 290 <= dpi_wide <= 300 and 290 <= dpi_high <= 300
