"""File > Clinic settings: the kiosk's inbox folder, how long a code works, the record database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from endoaid.ui.clinician.file_dialogs import file_dialog
from endoaid.ui.common import settings

if TYPE_CHECKING:
    from endoaid.ui.clinician.window import ConsultationWindow


class ClinicSettingsDialog(QDialog):
    """Three settings of the clinic's loop; empty fields switch that part off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ClinicSettings", "Clinic settings"))
        form = QFormLayout(self)
        self.inbox = QLineEdit(settings.kiosk_inbox() or "")
        self.inbox.setAccessibleName(
            QCoreApplication.translate("ClinicSettings", "Kiosk inbox folder")
        )
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, 336)
        self.hours.setDecimals(0)
        self.hours.setValue(settings.handoff_hours())
        self.hours.setSuffix(QCoreApplication.translate("ClinicSettings", " hours"))
        self.hours.setAccessibleName(
            QCoreApplication.translate("ClinicSettings", "How long a code works")
        )
        self.database = QLineEdit(settings.audit_database() or "")
        self.database.setAccessibleName(
            QCoreApplication.translate("ClinicSettings", "Anonymous record database")
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("fieldError")
        form.addRow(
            QCoreApplication.translate("ClinicSettings", "Kiosk inbox folder:"),
            self._with_browse(self.inbox, folder=True),
        )
        form.addRow(QCoreApplication.translate("ClinicSettings", "A code works for:"), self.hours)
        form.addRow(
            QCoreApplication.translate("ClinicSettings", "Anonymous record (SQLite file):"),
            self._with_browse(self.database),
        )
        note = QLabel(
            QCoreApplication.translate(
                "ClinicSettings",
                "Leave a field empty to switch that part off. The record is kept only for "
                "women who say yes at the end of the guide.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(620)

    def _with_browse(self, edit: QLineEdit, *, folder: bool = False) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(QCoreApplication.translate("ClinicSettings", "Choose..."))
        button.clicked.connect(lambda: self._browse(edit, folder))
        row.addWidget(button)
        return box

    def _browse(self, edit: QLineEdit, folder: bool) -> None:
        if folder:
            name = file_dialog().getExistingDirectory(
                self, QCoreApplication.translate("ClinicSettings", "Kiosk inbox folder")
            )
        else:
            name, _f = file_dialog().getSaveFileName(
                self,
                QCoreApplication.translate("ClinicSettings", "Anonymous record database"),
                "decision-quality.db",
                QCoreApplication.translate("ClinicSettings", "Record databases (*.db)"),
                options=file_dialog().Option.DontConfirmOverwrite,
            )
        if name:
            edit.setText(name)

    def save(self) -> None:
        """Keep the settings; a folder that does not exist is said beside the fields."""
        inbox = self.inbox.text().strip()
        database = self.database.text().strip()
        if inbox and not Path(inbox).is_dir():
            self.problem.setText(
                QCoreApplication.translate(
                    "ClinicSettings", "The folder '{0}' does not exist."
                ).format(inbox)
            )
            return
        if database and not Path(database).parent.is_dir():
            self.problem.setText(
                QCoreApplication.translate(
                    "ClinicSettings", "The folder '{0}' does not exist."
                ).format(str(Path(database).parent))
            )
            return
        settings.set_clinic_loop(inbox or None, self.hours.value(), database or None)
        self.accept()


def edit_clinic_settings(window: ConsultationWindow) -> ClinicSettingsDialog:
    """Open the clinic settings; once saved, the record question follows them."""
    dialog = ClinicSettingsDialog(window)  # type: ignore[arg-type]
    dialog.accepted.connect(lambda: use_clinic_settings(window))
    window.clinic_settings_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def use_clinic_settings(window: ConsultationWindow) -> None:
    """Give the window's consultation the record database of the settings (or none)."""
    database = settings.audit_database()
    window.state.audit_path = Path(database) if database else None
    window.state.changed.emit("summary")
