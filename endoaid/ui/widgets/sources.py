"""Sources of a table cell: a button that shows them on click, with the same text on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from endoaid.content import ContentPack


def source_lines(pack: ContentPack, citation_ids: list[str]) -> list[str]:
    """Return '[n] full reference' lines for these citations, in list order."""
    numbers = pack.citation_numbers()
    lines = []
    for cid in citation_ids:
        citation = pack.citations.get(cid)
        if citation is not None:
            lines.append(f"[{numbers[cid]}] {citation.text}")
    return lines


class SourceButton(QPushButton):
    """'Sources 3, 5': click shows the references (signal), hover shows the same as a tooltip."""

    requested = Signal(list)

    def __init__(
        self, pack: ContentPack, citation_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.citation_ids = list(citation_ids)
        numbers = pack.citation_numbers()
        nums = ", ".join(str(n) for n in sorted(numbers[c] for c in citation_ids if c in numbers))
        self.setObjectName("sourceButton")
        self.setText(self.tr("Sources {0}").format(nums))
        self.setToolTip("\n".join(source_lines(pack, citation_ids)))
        self.setAccessibleName(self.tr("Show sources {0}").format(nums))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda: self.requested.emit(self.citation_ids))
