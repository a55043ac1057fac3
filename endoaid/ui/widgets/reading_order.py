"""Tab follows the page as a person reads it: top to bottom, then left to right in a row.

Qt's focus chain follows the order widgets were created, so controls a page builds later (the
decision buttons, rating buttons, answers rebuilt after a change) come after the ones below them.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from endoaid.ui.widgets.descriptions import INTERACTIVE

ROW_TOLERANCE_PX = 12


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Return the visible controls under root that Tab can reach (inner editors left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def reading_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """Return widgets sorted into rows by their top edge, each row from left to right."""
    placed = [(w.mapTo(root, QPoint(0, 0)), w) for w in widgets]
    placed.sort(key=lambda item: (item[0].y(), item[0].x()))
    rows: list[list[tuple[QPoint, QWidget]]] = []
    for point, widget in placed:
        if rows and abs(point.y() - rows[-1][0][0].y()) <= ROW_TOLERANCE_PX:
            rows[-1].append((point, widget))
        else:
            rows.append([(point, widget)])
    return [w for row in rows for _p, w in sorted(row, key=lambda item: item[0].x())]


def tab_in_reading_order(
    root: QWidget, before: list[QWidget] | None = None, after: list[QWidget] | None = None
) -> list[QWidget]:
    """Chain Tab through `before`, root's controls in reading order, then `after`.

    Returns the whole chain. `before` and `after` are the window's own controls around the
    page (its bars), so Tab enters the page at its first control and leaves after its last.
    """
    layout = root.layout()
    if layout is not None:
        layout.activate()
    chain = [*(before or []), *reading_order(root, focusable_controls(root)), *(after or [])]
    chain = [
        w for w in chain if w.isVisibleTo(w.window()) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain
