"""One chart at a time: the matplotlib canvas (imported on first use) or its numbers as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from endoaid.charts import ChartSpec


class ChartView(QWidget):
    """Shows a ChartSpec: its figure in a FigureCanvasQTAgg, or its table when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.canvas_holder = QWidget()
        self.canvas_layout = QVBoxLayout(self.canvas_holder)
        self.canvas_layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("chartMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack.addWidget(self.canvas_holder)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.as_table = QCheckBox()
        self.as_table.toggled.connect(self._switch)
        self.footer = QHBoxLayout()
        """The row under the chart: the table switch first, then whatever the page adds."""
        self.footer.addWidget(self.as_table)
        self.footer.addStretch(1)
        layout.addLayout(self.footer)
        self.canvas: Any = None
        self.spec: ChartSpec | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the interface strings again."""
        self.as_table.setText(self.tr("Show as table"))
        self.as_table.setAccessibleName(self.tr("Show the chart as a table"))
        self.table.setAccessibleName(self.tr("The chart's numbers as a table"))

    def text_scale(self) -> float:
        """Return how much larger than the standard text this view's text is (1.0 to 1.4).

        Charts are drawn larger by the same factor, so her chosen text size (and the kiosk's
        larger text) reaches the words and numbers inside the chart too. It stops at the A++
        factor: beyond it a chart grows taller than the screen's room for it.
        """
        from endoaid.ui.common.theme_contrast import CLINICIAN_POINT_SIZE, TEXT_SCALES

        scale = self.font().pointSizeF() / CLINICIAN_POINT_SIZE
        return round(min(max(1.0, scale), TEXT_SCALES["A++"]), 2)

    def show_spec(self, spec: ChartSpec) -> None:
        """Draw a chart in this view's one canvas (the figure it replaces is emptied) and fill
        its table."""
        self.spec = spec
        # More dots per inch: every text and line of the chart grows with her text size.
        spec.figure.set_dpi(spec.figure.dpi * self.text_scale())
        if self.canvas is None:
            self._make_canvas(spec.figure)
        else:
            self._swap_figure(spec.figure)
        self.canvas.setAccessibleName(spec.title)
        self.canvas.setAccessibleDescription(spec.caption)
        table = spec.table
        self.table.clear()
        self.table.setColumnCount(len(table.header))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels(table.header)
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.as_table.setEnabled(True)
        self._switch(self.as_table.isChecked())
        self.canvas.draw_idle()

    def _make_canvas(self, figure: Figure) -> None:
        """Make the view's canvas, once: every later chart is drawn in the same one.

        A new canvas for each chart left the replaced ones (a widget with its figure and a
        full-size image of it, about 2.5 MB) with their Qt parent until Qt's deferred delete
        and Python's cycle collector came round; over a consultation they piled up faster than
        they went, and the memory they had taken was not given back to the system.
        """
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas_layout.addWidget(self.canvas)
        self.canvas.show()

    def _swap_figure(self, figure: Figure) -> None:
        """Put `figure` in the canvas in place of the one shown, sized to the canvas, and
        empty the old one (nothing else holds it; emptied, no cycle keeps its parts)."""
        canvas = self.canvas
        old = canvas.figure
        if old is figure:
            return
        figure.set_canvas(canvas)
        canvas.figure = figure
        # what the canvas did for its first figure when it was made and shown: the figure's
        # own resolution, times the screen's pixel ratio, at the canvas's size in pixels
        ratio = canvas.device_pixel_ratio
        figure._original_dpi = figure.dpi
        if ratio != 1:
            figure.set_dpi(figure.dpi * ratio)
        figure.set_size_inches(
            canvas.width() * ratio / figure.dpi, canvas.height() * ratio / figure.dpi, forward=False
        )
        old.clear()

    def forget(self) -> None:
        """Drop the chart and its numbers: an empty figure drawn over hers, the table emptied."""
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.spec = None
        if self.canvas is not None:
            from matplotlib.figure import Figure

            self._swap_figure(Figure())
            self.canvas.draw()  # her chart's pixels are painted over, not only hidden

    def show_message(self, text: str) -> None:
        """Show a sentence instead of a chart (e.g. why the figures cannot be drawn)."""
        self.spec = None
        self.message.setText(text)
        self.as_table.setEnabled(False)
        self.stack.setCurrentWidget(self.message)

    def _switch(self, table: bool) -> None:
        if self.spec is None:
            return
        self.stack.setCurrentWidget(self.table if table else self.canvas_holder)
