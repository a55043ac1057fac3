"""What the random-event runs found, each pinned by a small deterministic test."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from endoaid.consultation import Session, ratings_for
from endoaid.report import summary_blocks
from endoaid.ui.widgets import pdf_output


def rated_under_another_decision() -> Session:
    """A session whose rating belongs to the first decision, now open on advanced disease."""
    return Session(
        decision_id="advanced-disease",
        options=["fulvestrant", "cdk46-inhibitor+letrozole"],
        ratings={"nothing-to-remember": 3, "longer-control": 4},
    )


def test_ratings_for_keeps_only_the_statements_of_the_decision(pack):
    """A rating given under another decision is left out of this decision's table."""
    decision = pack.decision("advanced-disease")
    assert ratings_for(decision, {"nothing-to-remember": 3, "longer-control": 4}) == {
        "longer-control": 4
    }


def test_the_values_page_opens_after_the_decision_changed(make_window):
    """Ratings from another decision no longer break the 'What matters' table (they stay)."""
    window = make_window(session=rated_under_another_decision())
    window.go_to_page("values")
    page = window.page("values")
    rows = {value_id for value_id, _ref in page.table_cells}
    assert "longer-control" in rows and "nothing-to-remember" not in rows
    assert window.state.session.ratings["nothing-to-remember"] == 3


def test_the_summary_is_made_after_the_decision_changed(pack):
    """The PDF summary's values table also leaves out ratings of another decision."""
    blocks, _info = summary_blocks(pack, rated_under_another_decision())
    assert blocks


def test_print_shows_the_print_dialog(tmp_path, qtbot, monkeypatch):
    """Print opens the print dialog (it failed before it: QPrinter was never imported)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QWidget

    shown = []

    def cancel(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert pdf_output.print_pdf(pdf, parent) is False
    assert len(shown) == 1


def test_still_there_survives_the_control_she_left_being_deleted(qtbot, pack):
    """'I'm still here' after the focused control was rebuilt away: no crash, question gone."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from endoaid.ui.kiosk.still_there import StillThereOverlay

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = QLineEdit()
    layout.addWidget(field)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    overlay = StillThereOverlay(window, 30)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=1000)
    overlay.start()
    field.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.waitSignal(overlay.still_here, timeout=1000):
        overlay._stay()
    assert not overlay.isVisible()
