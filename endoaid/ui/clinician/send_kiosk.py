"""File > Send to the kiosk: her session, without any name, into the kiosk's inbox by a code.

The code is shown large with the time it stops working, and a "Print the slip" button prints
it on a small slip she takes to the waiting room.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from endoaid.consultation import handoff
from endoaid.records import dump_json
from endoaid.ui.common import settings
from endoaid.ui.common.error_words import error_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from endoaid.ui.clinician.window import ConsultationWindow


def send_to_kiosk(window: ConsultationWindow) -> SendDialog | None:
    """Write the session into the kiosk inbox and show its code; a problem is one line."""
    inbox = settings.kiosk_inbox()
    if inbox is None:
        window.show_problem(
            QCoreApplication.translate("SendToKiosk", "The session was not sent"),
            QCoreApplication.translate(
                "SendToKiosk", "Choose the kiosk's inbox folder first: File > Clinic settings."
            ),
        )
        return None
    if window.state.session.decision_id is None:
        window.show_problem(
            QCoreApplication.translate("SendToKiosk", "The session was not sent"),
            QCoreApplication.translate(
                "SendToKiosk", "Choose a decision first: there is nothing to send yet."
            ),
        )
        return None
    try:
        sent = handoff.send(
            dump_json(window.state.session), Path(inbox), hours=settings.handoff_hours()
        )
    except handoff.HandoffError as exc:
        window.show_problem(
            QCoreApplication.translate("SendToKiosk", "The session was not sent"), error_text(exc)
        )
        return None
    dialog = SendDialog(sent, window)  # type: ignore[arg-type]
    window.send_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _until(expires: dt.datetime) -> str:
    return expires.astimezone().strftime("%Y-%m-%d %H:%M")


class SendDialog(QDialog):
    """Shows the code large, when it stops working, and offers to print the slip."""

    def __init__(self, sent: handoff.Sent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sent = sent
        self.setWindowTitle(QCoreApplication.translate("SendToKiosk", "Sent to the kiosk"))
        layout = QVBoxLayout(self)
        self.lead = QLabel(
            QCoreApplication.translate(
                "SendToKiosk",
                "At the kiosk, touch \u201cI have a code from my clinic\u201d and enter:",
            )
        )
        self.lead.setWordWrap(True)
        self.code = QLabel(handoff.pretty_code(sent.code))
        self.code.setObjectName("handoffCode")
        font = QFont(self.font())
        font.setPixelSize(64)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 6)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(
            QCoreApplication.translate("SendToKiosk", "Code for the kiosk: {0}").format(
                " ".join(sent.code)
            )
        )
        self.until = QLabel(
            QCoreApplication.translate(
                "SendToKiosk", "It works once, until {0}. Her name and your notes are not in it."
            ).format(_until(sent.expires))
        )
        self.until.setWordWrap(True)
        self.print_button = QPushButton(
            QCoreApplication.translate("SendToKiosk", "Print the slip...")
        )
        self.print_button.clicked.connect(self.ask_print)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        for widget in (self.lead, self.code, self.until, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def ask_print(self) -> bool:
        """Ask where to print (the system's dialog), then print the slip."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_slip(printer)

    def print_slip(self, printer: QPrinter) -> bool:
        """Paint the slip on `printer` (a real printer or a PDF file); True when printed."""
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A6),
                QPageLayout.Orientation.Landscape,
                QMarginsF(8, 8, 8, 8),
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            area = QRectF(painter.viewport())
            unit = area.height() / 20
            lines = (
                (
                    QCoreApplication.translate(
                        "SendToKiosk", "Your code for the waiting-room kiosk"
                    ),
                    1.1,
                    False,
                    3,
                ),
                (handoff.pretty_code(self.sent.code), 3.6, True, 7),
                (
                    QCoreApplication.translate(
                        "SendToKiosk",
                        "Touch \u201cI have a code from my clinic\u201d and enter it.",
                    ),
                    0.9,
                    False,
                    3,
                ),
                (
                    QCoreApplication.translate("SendToKiosk", "It works once, until {0}.").format(
                        _until(self.sent.expires)
                    ),
                    0.9,
                    False,
                    3,
                ),
            )
            top = area.top() + unit
            for text, size, bold, height in lines:
                font = QFont(self.font())
                font.setPixelSize(max(1, int(unit * size)))
                font.setBold(bold)
                painter.setFont(font)
                box = QRectF(area.left(), top, area.width(), unit * height)
                painter.drawText(
                    box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text
                )
                top += unit * height
        finally:
            painter.end()
        return True
