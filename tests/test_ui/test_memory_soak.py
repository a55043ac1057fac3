"""A window that stays open all day: memory does not grow with use (issue 22).

From the app's own start-up (build_window and settle, as `endoaid` runs them), after a warm-up:
300 chart redraws across every tab and both icon styles, then 20 consultations walked to the
summary and ended with "New patient" (clinician) or "Finish and clear" (kiosk); and 50 PDF
exports, with previews and prints, in one process. Current resident memory (not the peak) may
grow by 30 MB at most, and no more matplotlib figures and canvases are alive than charts the
window can show. Events are handled between steps as in the app, but Qt's deferred deletes
only when measuring: a redraw must let go of what it replaced by itself.

About 2.5 minutes in all on the project machine (2 cores); slow (the quick loop leaves it out).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests import memory_helpers as mem

pytestmark = pytest.mark.skipif(
    not mem.can_measure(), reason="resident memory is read from /proc/self/statm (Linux only)"
)

GROWTH_MB = 30
REDRAWS = 300
CONSULTATIONS = 20
EXPORTS = 50
PREVIEWS_AND_PRINTS = 10


@pytest.fixture
def app_window(qtbot, tmp_path: Path, monkeypatch) -> Iterator:
    """Return a factory for the app's own window; restores the app's look and language after."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    made = []

    def make(*, kiosk: bool = False, config=None):
        gc.collect()  # what earlier tests left is not frozen with the window's objects
        window = mem.open_window(kiosk=kiosk, kiosk_config=config)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    from endoaid.i18n import install_translators
    from tests.test_ui.kiosk_helpers import release

    for window in made:
        if window.kiosk:
            window.setProperty("font_before_kiosk", font)
            release(window)
    gc.unfreeze()  # the app freezes its start-up objects for good; a test run must not
    app.setFont(font)
    app.setStyleSheet(sheet)
    install_translators(app, "en")


def assert_flat(window, start_mb: float, what: str) -> None:
    """Memory grew by GROWTH_MB at most since `start_mb`; no figure or canvas is left over."""
    live = mem.live_objects()
    now = mem.resident_mb()
    charts = mem.charts_on_screen(window)
    print(f"{what}: {start_mb:.1f} MB -> {now:.1f} MB, {live}")  # shown with pytest -s
    assert now - start_mb <= GROWTH_MB, (
        f"after {what}: {start_mb:.0f} MB -> {now:.0f} MB (+{now - start_mb:.0f} MB; "
        f"{live.figures} figures, {live.canvases} canvases alive)"
    )
    assert live.figures <= charts and live.canvases <= charts, (
        f"after {what}: {live.figures} figures and {live.canvases} canvases alive, "
        f"{charts} chart(s) on screen"
    )


def soak(window) -> None:
    """Warm up, then the redraws and the consultations, checking memory after each."""
    for patient in mem.patients(len(mem.PATIENTS)):  # every decision once, every chart drawn
        mem.consultation(window, patient)
    mem.start_consultation(window, mem.PATIENTS[0])
    mem.redraws(window, 20)
    mem.settle_memory()
    start = mem.resident_mb()

    mem.redraws(window, REDRAWS)
    assert_flat(window, start, f"{REDRAWS} redraws")
    mem.end_consultation(window)

    for patient in mem.patients(CONSULTATIONS):
        mem.consultation(window, patient)
    assert_flat(window, start, f"{REDRAWS} redraws and {CONSULTATIONS} consultations")
    assert window.current_page().page_id == "welcome"
    assert window.state.session.decision_id is None, "each consultation ended cleared"


def test_a_clinician_window_stays_flat_over_redraws_and_new_patients(app_window):
    """Clinician mode: 300 redraws, then 20 consultations each ended with 'New patient'."""
    soak(app_window())


def test_a_kiosk_stays_flat_over_redraws_and_finish_and_clear(app_window):
    """Kiosk mode: 300 redraws, then 20 consultations each ended with 'Finish and clear'."""
    from tests.test_ui.kiosk_helpers import kiosk_config

    window = app_window(kiosk=True, config=kiosk_config())
    assert window.kiosk_shell is not None
    soak(window)


def test_pdf_exports_previews_and_prints_leave_nothing_behind(app_window, tmp_path, monkeypatch):
    """50 PDF exports from the export page, then 10 previews and 10 prints: memory stays flat,
    and no figure, PDF document or dialog outlives its use."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    from endoaid.ui.widgets import pdf_output

    window = app_window()
    mem.start_consultation(window, mem.PATIENTS[0])
    window.go_to_page("export")
    page = window.page("export")
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    printed = tmp_path / "printed.pdf"

    def printer_to_file() -> QPrinter:
        printer = QPrinter()  # a PDF file stands in for the printer
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    def preview_and_print() -> None:
        page.preview_button.click()
        mem.pump()
        dialog = page._preview
        assert dialog is not None and dialog.document.pageCount() >= 1
        dialog.close()
        mem.pump()
        pdf = pdf_output.TemporaryPdf(*window.state.report_inputs())
        try:
            assert pdf_output.print_pdf(pdf.path, page, printer=printer_to_file())
        finally:
            pdf.close()

    for _ in range(3):  # warm-up: the report's fonts, QtPdf and the print system are loaded
        page.save_button.click()
        preview_and_print()
    mem.settle_memory()
    start = mem.resident_mb()
    for _ in range(EXPORTS):
        target.unlink()
        page.save_button.click()
        mem.pump()
        assert target.read_bytes().startswith(b"%PDF"), page.status.text()
    assert_flat(window, start, f"{EXPORTS} PDF exports")
    for _ in range(PREVIEWS_AND_PRINTS):
        preview_and_print()
    assert printed.read_bytes().startswith(b"%PDF")
    assert_flat(window, start, f"{PREVIEWS_AND_PRINTS} previews and prints")
    live = mem.live_objects()
    assert live.pdf_documents == 0, f"{live.pdf_documents} PDF documents outlived their use"
    assert live.dialogs == 0, f"{live.dialogs} dialogs outlived their use"


def test_the_allocator_settings_apply_on_linux_glibc_and_do_nothing_elsewhere(monkeypatch):
    """glibc takes the 256 KB threshold and trims; on another system neither call does a thing."""
    import platform
    import sys

    from endoaid.ui.common import allocator

    assert allocator.map_large_blocks() is (platform.libc_ver()[0] == "glibc")
    assert isinstance(allocator.give_back_memory(), bool)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert allocator.map_large_blocks() is False
    assert allocator.give_back_memory() is False
