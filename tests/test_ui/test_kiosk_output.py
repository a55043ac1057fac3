"""Kiosk output: a PDF with a code name in the administrator's folder, or the printer, or a
clear message; never a file anywhere else."""

from __future__ import annotations

import errno
import io
import re

import pytest

from endoaid.ui.app.main_window import MainWindow
from tests.test_ui.flow_helpers import click
from tests.test_ui.kiosk_helpers import kiosk_config, kiosk_path_config, open_kiosk, release
from tests.test_ui.test_kiosk_privacy import NAME, enter_everything


@pytest.fixture
def kiosk(qtbot, pack):
    """Return a factory for kiosk windows that are released after the test."""
    windows: list[MainWindow] = []

    def make(config) -> MainWindow:
        window = open_kiosk(qtbot, pack, config)
        windows.append(window)
        return window

    yield make
    for window in windows:
        release(window)


def test_the_summary_is_saved_in_the_configured_folder_under_a_code_name(qtbot, kiosk, tmp_path):
    """One PDF, named endoaid-summary-<8 hex>.pdf, nothing of her name in the file name."""
    config = kiosk_path_config(tmp_path)
    window = kiosk(config)
    enter_everything(qtbot, window)
    window.go_to_page("export")
    panel = window.kiosk_shell.output
    assert panel.save_button.isVisible() and not panel.print_button.isVisible()
    click(qtbot, panel.save_button)
    files = list(config.export_folder.iterdir())
    assert len(files) == 1
    assert re.fullmatch(r"endoaid-summary-[0-9a-f]{8}\.pdf", files[0].name)
    assert files[0].read_bytes().startswith(b"%PDF")
    assert NAME.split()[0].lower() not in files[0].name.lower()
    code = files[0].stem.removeprefix("endoaid-summary-")
    assert panel.status.text() == f"✔ Saved for your care team under the code {code}."


def test_a_vanished_export_folder_says_so_and_writes_nothing(qtbot, kiosk, tmp_path):
    """The folder was removed: a message, no file anywhere under tmp, still in kiosk mode."""
    config = kiosk_path_config(tmp_path)
    window = kiosk(config)
    enter_everything(qtbot, window)
    config.export_folder.rmdir()
    window.go_to_page("export")
    click(qtbot, window.kiosk_shell.output.save_button)
    status = window.kiosk_shell.output.status.text()
    assert status.startswith("⚠ Not saved:") and "is not available" in status
    assert not config.export_folder.exists()
    assert window.isVisible() and not window.kiosk_shell.unlocked


def test_a_full_export_folder_says_so_and_leaves_no_partial_file(
    qtbot, kiosk, tmp_path, monkeypatch
):
    """No space left: a message, and the folder stays empty."""
    config = kiosk_path_config(tmp_path)
    window = kiosk(config)

    def full(_target, _data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("endoaid.report.build.write_atomic", full)
    window.state.set_decision("ovarian-suppression-method")
    window.go_to_page("export")
    click(qtbot, window.kiosk_shell.output.save_button)
    status = window.kiosk_shell.output.status.text()
    assert status.startswith("⚠ Not saved:") and "No space left on device" in status
    assert list(config.export_folder.iterdir()) == []


def test_a_missing_printer_says_so_and_prints_nothing(qtbot, kiosk):
    """The configured printer is not there: a message on screen, the kiosk carries on."""
    window = kiosk(kiosk_config(printer="Reception Laser"))
    enter_everything(qtbot, window)
    window.go_to_page("export")
    panel = window.kiosk_shell.output
    assert panel.print_button.isVisible() and not panel.save_button.isVisible()
    click(qtbot, panel.print_button)
    assert panel.status.text() == (
        "⚠ Not printed: The printer 'Reception Laser' is not available. Please ask at the desk."
    )
    assert window.isVisible()


def test_without_printer_or_folder_the_export_page_says_printing_is_not_set_up(qtbot, kiosk):
    """No output configured: no output buttons, one sentence instead."""
    window = kiosk(kiosk_config())
    window.go_to_page("export")
    panel = window.kiosk_shell.output
    assert not panel.print_button.isVisible() and not panel.save_button.isVisible()
    assert panel.status.text() == "Printing is not set up on this machine."
    page = window.page("export")
    assert not page.save_button.isVisible() and not page.print_button.isVisible()


def test_the_kiosk_prints_every_page_straight_to_the_configured_printer(
    qtbot, kiosk, monkeypatch, tmp_path
):
    """With the printer there: no dialog, every page of the summary reaches the printer."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from endoaid.ui.kiosk import output

    asked: list[str] = []
    spool = tmp_path / "spool.pdf"  # stands in for the printer: counts what it received

    class PrinterThere:
        def isNull(self) -> bool:
            return False

    def printer_info(name: str) -> PrinterThere:
        asked.append(name)
        return PrinterThere()

    class SpoolPrinter(QPrinter):
        def __init__(self, _info, mode) -> None:
            super().__init__(mode)
            QPrinter.setOutputFormat(self, QPrinter.OutputFormat.PdfFormat)
            QPrinter.setOutputFileName(self, str(spool))

        def setOutputFormat(self, _format) -> None:  # the spool keeps its format
            pass

        def setOutputFileName(self, _name: str) -> None:
            pass

    monkeypatch.setattr(QPrinterInfo, "printerInfo", staticmethod(printer_info))
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrinter", SpoolPrinter)
    window = kiosk(kiosk_config(printer="Reception Laser"))
    enter_everything(qtbot, window)
    window.go_to_page("export")
    click(qtbot, window.kiosk_shell.output.print_button)
    assert window.kiosk_shell.output.status.text() == (
        "✔ Sent to the printer. Please collect it at the desk."
    )
    assert asked == ["Reception Laser"]
    summary = PdfReader(io.BytesIO(output.summary_bytes(window.state.pack, window.state.session)))
    assert len(PdfReader(spool).pages) == len(summary.pages) >= 1


def test_she_can_see_her_summary_on_screen_and_it_is_forgotten_on_finish(qtbot, kiosk):
    """ "See my summary" shows every page over the window; Finish and clear drops it."""
    window = kiosk(kiosk_config())
    enter_everything(qtbot, window)
    window.go_to_page("export")
    panel = window.kiosk_shell.output
    click(qtbot, panel.preview_button)
    preview = panel.preview
    assert preview.isVisible() and preview.geometry() == window.centralWidget().geometry()
    assert window.kiosk_shell.bar.finish_button.isVisible(), "the kiosk bar stays reachable"
    assert preview.document.pageCount() >= 1
    click(qtbot, preview.close_button)
    assert not preview.isVisible()
    click(qtbot, panel.preview_button)
    click(qtbot, window.kiosk_shell.bar.home_button)
    assert not preview.isVisible() and window.current_page().page_id == "welcome"
    window.go_to_page("export")
    click(qtbot, panel.preview_button)
    window.kiosk_shell.finish_and_clear()
    assert not preview.isVisible() and preview.document.pageCount() == 0


def test_without_a_decision_the_kiosk_buttons_wait_and_the_page_says_why(qtbot, kiosk, tmp_path):
    """She is not sent to the desk for a summary that cannot exist yet."""
    window = kiosk(kiosk_path_config(tmp_path))
    window.go_to_page("export")
    panel = window.kiosk_shell.output
    buttons = (panel.preview_button, panel.save_button)
    assert not any(b.isEnabled() for b in buttons)
    assert "Choose a decision first" in window.page("export").status.text()
    enter_everything(qtbot, window)
    assert all(b.isEnabled() for b in buttons)
