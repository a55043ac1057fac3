"""The summary on screen before it is printed: made in memory, shown over the page, not saved."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from endoaid.ui.kiosk.overlay import WindowOverlay


class SummaryPreview(WindowOverlay):
    """Covers the page area with the PDF summary, page after page, and a big Close button."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "summaryPreview")
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("overlayText")
        row.addWidget(self.title, 1)
        self.close_button = QPushButton()
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.forget)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the interface strings again."""
        self.title.setText(self.tr("Your summary, as it will be printed"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the summary"))
        self.close_button.setAccessibleDescription(self.tr("Goes back to the printing page"))
        self.view.setAccessibleName(self.tr("Your summary, as it will be printed"))
        self.view.setAccessibleDescription(
            self.tr("The same text as the pages before: options, what matters to you, questions")
        )

    def show_summary(self, pdf: bytes) -> int:
        """Show the summary (a PDF made in memory by the output panel); return its page count."""
        self.forget()
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.setGeometry(self.area())
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.document.pageCount()

    def forget(self) -> None:
        """Hide and drop the summary from memory."""
        self.hide()
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = None
        self._data = None

    def area(self) -> QRect:
        """Return where the summary goes: over the page area, leaving the kiosk bar visible."""
        parent = self.parentWidget()
        central = parent.centralWidget() if hasattr(parent, "centralWidget") else None
        return central.geometry() if central is not None else parent.rect()
