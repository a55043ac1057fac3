"""A row of widgets that goes on to a second line when the window is too narrow for it.

Longer step titles (a language with longer words, or larger text) would otherwise make the
window wider than the screen or cut the titles off. In a wide enough window it is one row.
Its size hint is the height it needs at the width it was last given (not height-for-width,
which the main window's layouts do not all follow): given a new width, it asks its parent to
lay it out again when that changes its height.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowRow(QLayout):
    """Lays its items out left to right, starting a new line where the next would not fit; a
    spacer that expands pushes what follows it on its line to the right, like a stretch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._width: int | None = None
        """The width last given (None: not laid out yet, so one line is assumed)."""
        self._height = 0

    def addItem(self, item: QLayoutItem) -> None:
        """Add an item at the end of the row."""
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        """Return the number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """Return the item at `index`, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at `index`, or None."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def sizeHint(self) -> QSize:
        """Return the width of everything on one line, and the height needed as laid out."""
        margins = self.contentsMargins()
        widths = [h.width() for _item, h in self._hints()]
        one_line = sum(widths) + self.spacing() * max(len(widths) - 1, 0)
        return QSize(one_line + margins.left() + margins.right(), self._needed_height())

    def minimumSize(self) -> QSize:
        """Return the widest item's width (narrower, nothing can help) and the height needed."""
        margins = self.contentsMargins()
        widest = max((h.width() for _item, h in self._hints()), default=0)
        return QSize(widest + margins.left() + margins.right(), self._needed_height())

    def setGeometry(self, rect: QRect) -> None:
        """Place the items inside `rect`; ask for another height when the lines changed."""
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        self._width = rect.width()
        if height != self._height:
            self._height = height
            self.invalidate()
            parent = self.parentWidget()
            if parent is not None:
                parent.updateGeometry()

    def _needed_height(self) -> int:
        width = self._width if self._width is not None else 1 << 20
        self._height = self._place(QRect(0, 0, width, 0), move=False)
        return self._height

    def _hints(self) -> list[tuple[QLayoutItem, QSize]]:
        return [
            (item, item.sizeHint().expandedTo(item.minimumSize()))
            for item in self._items
            if not item.isEmpty() or item.spacerItem() is not None
        ]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Place (or only measure) the items in `rect`; return the height they take."""
        margins = self.contentsMargins()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        right = rect.x() + rect.width() - margins.right()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = left
        for item, hint in self._hints():
            if lines[-1] and x + hint.width() > right:
                lines.append([])
                x = left
            lines[-1].append((item, hint))
            x += hint.width() + self.spacing()
        y = top
        for line in lines:
            used = sum(h.width() for _i, h in line) + self.spacing() * max(len(line) - 1, 0)
            spare = max(right - left - used, 0)
            x, height = left, max((h.height() for _i, h in line), default=0)
            for item, hint in line:
                if _stretches(item):
                    x, spare = x + spare, 0
                if move:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()


def _stretches(item: QLayoutItem) -> bool:
    """Return True for a spacer that takes its line's spare width (a stretch, not a gap)."""
    spacer = item.spacerItem()
    return (
        spacer is not None
        and spacer.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding
    )
