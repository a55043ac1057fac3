"""Side by side: the chosen options in columns, the pack's questions in rows, sources on click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from endoaid.consultation import CostError, cost_course
from endoaid.consultation.comparison import BUILT_IN, counted, mixed_frames, ordered_rows, row_ids
from endoaid.ui.common.formatting import burden_text, date_text, money
from endoaid.ui.common.record_note import personal_estimate, personal_text
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, clear_layout, wrapped_label
from endoaid.ui.pages.compare_rows import built_in_cell, counted_label, row_counted, row_question
from endoaid.ui.widgets.eliding_combo import ElidingComboBox
from endoaid.ui.widgets.glossary import GlossaryLabel
from endoaid.ui.widgets.sources import SourceButton, source_lines


def cost_lines(state: ConsultationState, ref: str) -> list[str]:
    """Return the computed cost and burden of an option over the session's years, in words."""
    years = state.session.years
    book = state.price_book()
    try:
        series = cost_course(
            state.pack,
            ref,
            book,
            years,
            schedule_id=state.session.schedule_ids.get(ref),
            insurance_share_percent=state.insurance_share(),
        )
    except CostError as exc:
        return [str(exc)]
    lines = [
        QCoreApplication.translate("ComparePage", "Over {0} years: {1}").format(
            years, burden_text(series, years)
        )
    ]
    total = series.total_at(years)
    if book is None:
        lines.append(QCoreApplication.translate("ComparePage", "No price book is chosen."))
    elif total is None:
        lines.append(
            QCoreApplication.translate(
                "ComparePage", "Cost not known: this price book has no price for some items."
            )
        )
    else:
        share = state.insurance_share()
        who = (
            QCoreApplication.translate("ComparePage", "your share after insurance")
            if share
            else QCoreApplication.translate("ComparePage", "total")
        )
        lines.append(f"{money(total, series.currency, state.lang)} ({who})")
    if book is not None and book.kind == "clinic":  # no citation to click: say whose prices
        lines.append(
            QCoreApplication.translate(
                "ComparePage", "Prices: {0}, as of {1}, from {2} (entered by the clinic)"
            ).format(
                state.text(book.name),
                date_text(book.valid_from, state.lang),
                state.text(book.source_summary),
            )
        )
    elif book is not None:
        lines.append(
            QCoreApplication.translate("ComparePage", "Prices: {0}, from {1}").format(
                state.text(book.name), date_text(book.valid_from, state.lang)
            )
        )
    return lines


class ComparePage(Page):
    """The comparison table: same rows, same order and same detail for every option."""

    page_id = "compare"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.statement = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.statement)
        self.table = QWidget()
        self.table.setObjectName("compareTable")
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        self.body_layout.addWidget(self.table)
        self.sources_title = QLabel()
        self.sources_title.setObjectName("sectionTitle")
        self.sources_text = wrapped_label(object_name="sourcesText")
        self.body_layout.addWidget(self.sources_title)
        self.body_layout.addWidget(self.sources_text)
        self.body_layout.addStretch(1)
        self.column_choices: list[QComboBox] = []
        self.column_names: list[QLabel] = []
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.ticks: dict[str, QCheckBox] = {}
        self.row_order: list[str] = []
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Side by side")

    def retranslate(self) -> None:
        super().retranslate()
        self.sources_title.setText(self.tr("Sources"))
        if not self.sources_text.text():
            self.sources_text.setText(
                self.tr("Click 'Sources' in a cell to see where it comes from.")
            )

    def cell_text(self, ref: str, attribute_id: str) -> str:
        """Return the text shown in a cell, as read (for tests and the copy note)."""
        label = self.cells.get((ref, attribute_id))
        if label is None:
            return ""
        return str(label.property("plain") or label.text())

    def refresh(self) -> None:
        clear_layout(self.grid)
        self.column_choices, self.column_names, self.cells = [], [], {}
        decision = self.state.decision()
        options = list(self.state.session.options)
        if decision is None or not options:
            self.statement.setText(self.tr("Choose a decision and 2 or 3 options first."))
            return
        self.statement.setText(
            self.tr(
                "The same questions for each option. Tick the questions that matter most to "
                "you: they move to the top, here and in your summary. Click 'Sources' to see "
                "where a statement comes from; click an underlined word to see what it means."
            )
        )
        corner = QLabel(self.tr("Your question"))
        corner.setObjectName("tableHeader")
        self.grid.addWidget(corner, 0, 0)
        visible = [f.option for f in self.state.fits() if f.status != "hidden"]
        for col, ref in enumerate(options, start=1):
            self.grid.addWidget(self._column_header(col, ref, visible, options), 0, col)
            self.grid.setColumnStretch(col, 3)
        self.grid.setColumnStretch(0, 2)
        attributes = {a.id: a for a in self.state.pack.attributes}
        self.row_order = ordered_rows(row_ids(self.state.pack), self.state.session.priority_rows)
        self.ticks = {}
        row = 0
        for row_id in self.row_order:
            row += 1
            attribute = attributes.get(row_id)
            mixed = mixed_frames(row_counted(self.state, options, row_id))
            box, tick = row_question(self.state, row_id, attribute, mixed)
            tick.setChecked(row_id in self.state.session.priority_rows)
            tick.toggled.connect(lambda on, r=row_id: self._ticked(r, on))
            self.ticks[row_id] = tick
            self.grid.addWidget(box, row, 0)
            for col, ref in enumerate(options, start=1):
                if attribute is None and row_id in BUILT_IN:
                    cell, labels = built_in_cell(self.state, ref, row_id, self._show_sources)
                    self.cells.update({(ref, key): label for key, label in labels.items()})
                    self.grid.addWidget(cell, row, col)
                elif attribute is not None:
                    self.grid.addWidget(self._cell(ref, attribute.id, attribute.kind), row, col)
            if row_id == "recurrence-effect" and self._add_personal_row(row + 1, options):
                row += 1

    def _ticked(self, row_id: str, on: bool) -> None:
        """Move a ticked question to the top (or back to its place) and keep it in the session."""
        chosen = [r for r in self.state.session.priority_rows if r != row_id]
        if on:
            chosen.append(row_id)
        rows = row_ids(self.state.pack)
        self.state.session.priority_rows = [r for r in rows if r in chosen]
        self.state.notify("priorities")
        # rebuilt after the click has been handled: the box that sent it is part of the table
        QTimer.singleShot(0, lambda: self._rebuild_keeping_focus(row_id))

    def _rebuild_keeping_focus(self, row_id: str) -> None:
        self.refresh()
        # the new tick is shown by its layout on the next turn of the event loop: focus it then
        QTimer.singleShot(0, lambda: self._focus_tick(row_id))

    def _focus_tick(self, row_id: str) -> None:
        tick = self.ticks.get(row_id)
        if tick is not None and tick.isVisible():
            tick.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(tick)

    def _add_personal_row(self, row: int, options: list[str]) -> bool:
        """Add the PREDICT figures under 'how well does it work', across every option column.

        One cell for all the options: PREDICT knows how long hormone therapy is taken, not
        which drug or whether the ovaries are suppressed, so no column gets a figure of its own.
        Return False (no row) without tumour details.
        """
        estimate = personal_estimate(self.state)
        text = personal_text(self.state, estimate)
        if not text:
            return False
        question = wrapped_label(self.tr("Your own estimate"), "rowQuestion")
        self.grid.addWidget(question, row, 0)
        box = QWidget()
        box.setObjectName("tableCell")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        label = wrapped_label(text, "cellText")
        layout.addWidget(label)
        self.cells[("her-estimate", "recurrence-effect")] = label
        figures = estimate[0]
        if figures is not None and figures.citations:
            button = SourceButton(self.state.pack, list(figures.citations))
            button.requested.connect(self._show_personal_sources)
            layout.addWidget(button)
        self.grid.addWidget(box, row, 1, 1, len(options))
        return True

    def _show_personal_sources(self, ids: list[str]) -> None:
        head = self.tr("Your own estimate")
        self.sources_text.setText("\n".join([head, *source_lines(self.state.pack, ids)]))

    def _column_header(self, col: int, ref: str, visible: list[str], options: list[str]) -> QWidget:
        """The option's full name, and a chooser to swap it for one not yet compared."""
        box = QWidget()
        box.setObjectName("tableHeader")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        name = wrapped_label(self.state.option_name(ref), "columnName")
        layout.addWidget(name)
        self.column_names.append(name)
        others = [o for o in visible if o not in options]
        if others:
            combo = ElidingComboBox()
            combo.setObjectName("columnChoice")
            # long option names wrap in the label above; the chooser must not widen the table
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.addItem(self.tr("Compare another instead..."), None)
            for other in others:
                combo.addItem(self.state.option_name(other), other)
            combo.setAccessibleName(
                self.tr("Swap {0} for another option").format(self.state.option_name(ref))
            )
            combo.activated.connect(lambda _i, c=col - 1, box=combo: self._swap(c, box))
            layout.addWidget(combo)
            self.column_choices.append(combo)
        return box

    def _cell(self, ref: str, attribute_id: str, kind: str) -> QWidget:
        box = QWidget()
        box.setObjectName("tableCell")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        decision = self.state.decision()
        assert decision is not None
        cell = self.state.pack.cell(decision, ref, attribute_id)
        text = self.state.text(cell.text) if cell else self.tr("Not reported")
        label = GlossaryLabel(
            text, self.state.pack.glossary, self.state.lang, "cellText", touch=self.kiosk
        )
        label.setProperty("plain", text)
        layout.addWidget(label)
        self.cells[(ref, attribute_id)] = label
        note = counted(cell, self.state.lang)
        if note:
            layout.addWidget(counted_label(note))
        if kind == "cost":
            extra = wrapped_label("\n".join(cost_lines(self.state, ref)), "costTotals")
            layout.addWidget(extra)
            self.cells[(ref, "cost-totals")] = extra
        if cell and cell.citations:
            button = SourceButton(self.state.pack, list(cell.citations))
            button.requested.connect(
                lambda ids, r=ref, a=attribute_id: self._show_sources(r, a, ids)
            )
            layout.addWidget(button)
        return box

    def _swap(self, column: int, combo: QComboBox) -> None:
        if combo.currentData() is None:
            return
        options = list(self.state.session.options)
        options[column] = combo.currentData()
        self.state.set_options(options)
        self.refresh()

    def _show_sources(self, ref: str, row_id: str, ids: list[str]) -> None:
        question = next(
            (self.state.text(a.question) for a in self.state.pack.attributes if a.id == row_id),
            "",
        ) or self.ticks[row_id].property("question")
        head = f"{self.state.option_name(ref)} — {question}"
        self.sources_text.setText("\n".join([head, *source_lines(self.state.pack, ids)]))
