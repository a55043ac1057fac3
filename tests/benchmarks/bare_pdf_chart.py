"""The baseline for the export benchmark: import PySide6 and matplotlib, one chart, one PDF page.

Usage: python bare_pdf_chart.py OUT.pdf
"""

from __future__ import annotations

import io
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import matplotlib
from matplotlib.figure import Figure
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
figure = Figure(figsize=(7, 3.6))
ax = figure.add_subplot()
ax.plot([0, 1, 2, 3, 4, 5], [0, 1300, 2550, 3800, 5000, 6240], label="Injections")
ax.plot([0, 5], [4000, 4000], label="Operation")
ax.set_xlabel("Years")
ax.legend()
svg = io.BytesIO()
with matplotlib.rc_context({"svg.fonttype": "none", "font.family": ["DejaVu Sans"]}):
    figure.savefig(svg, format="svg")

writer = QPdfWriter(sys.argv[1])
writer.setResolution(300)
painter = QPainter(writer)
QSvgRenderer(QByteArray(svg.getvalue())).render(painter, QRectF(200, 200, 2100, 1080))
painter.end()
