"""The 'key and lock' picture: estrogen drives the cell, and the two ways treatment stops it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1f3a4d")
CELL = QColor("#dfeaf2")
KEY = QColor("#c8841a")
LOCK = QColor("#3b6e8f")
PLUG = QColor("#555555")


class KeyLockPicture(QWidget):
    """One panel: 'grow' (key in lock), 'lower' (few keys, lock empty) or 'block' (lock plugged)."""

    MODES = ("grow", "lower", "block")

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in self.MODES:
            raise ValueError(f"unknown picture mode {mode!r}")
        self.mode = mode
        self.labels = ("", "", "")
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(320, 230)

    def set_labels(self, key: str, lock: str, cell: str) -> None:
        """Set the words written in the picture (estrogen, receptor, cell) and repaint."""
        self.labels = (key, lock, cell)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        s = min(w / 300, h / 200)
        p.translate((w - 300 * s) / 2, (h - 200 * s) / 2)
        p.scale(s, s)
        self._cell(p)
        lock_center = QPointF(150, 110)
        self._lock(p, lock_center, plugged=self.mode == "block")
        if self.mode == "grow":
            self._key(p, QPointF(150, 88), 1.0)
            self._growth_arrows(p)
        elif self.mode == "lower":
            self._key(p, QPointF(60, 60), 0.35)
            self._cross(p, QPointF(60, 45))
        else:
            self._key(p, QPointF(150, 50), 1.0)
            self._cross(p, QPointF(150, 72))
        self._words(p)
        p.end()

    def _words(self, p: QPainter) -> None:
        key, lock, cell = self.labels
        font = p.font()
        font.setPointSizeF(9.5)
        p.setFont(font)
        p.setPen(INK)
        key_at = {"grow": QPointF(172, 52), "lower": QPointF(82, 30), "block": QPointF(172, 14)}
        p.drawText(QRectF(key_at[self.mode], QSize(128, 40)).toRect(), 0, key)
        p.drawText(QRectF(190, 90, 110, 20).toRect(), 0, lock)
        p.drawText(QRectF(45, 150, 75, 40).toRect(), Qt.TextFlag.TextWordWrap, cell)

    def _cell(self, p: QPainter) -> None:
        p.setPen(QPen(INK, 2))
        p.setBrush(CELL)
        p.drawEllipse(QRectF(30, 105, 240, 93))
        p.setBrush(QColor("#b9cfdf"))
        p.drawEllipse(QRectF(120, 145, 60, 36))  # nucleus

    def _lock(self, p: QPainter, c: QPointF, *, plugged: bool) -> None:
        p.setPen(QPen(INK, 2))
        p.setBrush(LOCK)
        path = QPainterPath()
        path.addRoundedRect(QRectF(c.x() - 26, c.y() - 18, 52, 30), 6, 6)
        notch = QPainterPath()
        notch.addRect(QRectF(c.x() - 7, c.y() - 19, 14, 18))
        p.drawPath(path.subtracted(notch))
        if plugged:
            p.setBrush(PLUG)
            p.drawRect(QRectF(c.x() - 9, c.y() - 26, 18, 22))

    def _key(self, p: QPainter, c: QPointF, opacity: float) -> None:
        p.setOpacity(opacity)
        p.setPen(QPen(INK, 2))
        p.setBrush(KEY)
        p.drawEllipse(c + QPointF(-12, -34), 12, 12)
        p.drawRect(QRectF(c.x() - 4, c.y() - 24, 8, 30))
        p.drawRect(QRectF(c.x() + 4, c.y() - 4, 7, 4))
        p.drawRect(QRectF(c.x() + 4, c.y() + 2, 5, 4))
        p.setOpacity(1.0)

    def _cross(self, p: QPainter, c: QPointF) -> None:
        p.setPen(QPen(INK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(c + QPointF(-16, -16), c + QPointF(16, 16))
        p.drawLine(c + QPointF(-16, 16), c + QPointF(16, -16))

    def _growth_arrows(self, p: QPainter) -> None:
        p.setPen(QPen(INK, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for x in (215, 240):
            p.drawLine(QPointF(x, 185), QPointF(x, 150))
            p.drawLine(QPointF(x, 150), QPointF(x - 7, 158))
            p.drawLine(QPointF(x, 150), QPointF(x + 7, 158))
