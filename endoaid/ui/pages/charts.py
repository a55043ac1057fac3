"""Charts: one large chart at a time with tabs, a plain sentence above and a table switch below.

matplotlib (through endoaid.charts) is imported the first time this page is shown, never at
start-up.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QWidget,
)

from endoaid.errors import UserError
from endoaid.ui.common.record_note import personal_estimate
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, clear_layout, wrapped_label
from endoaid.ui.widgets.chart_view import ChartView
from endoaid.ui.widgets.eliding_combo import ElidingComboBox
from endoaid.ui.widgets.sources import source_lines

if TYPE_CHECKING:
    from endoaid.charts import ChartSpec

TABS = ("cost", "duration", "reversibility", "side-effects", "benefit")


class ChartsPage(Page):
    """Cost/burden over time · How long · Can it be undone? · Side effects · Out of 100 women."""

    page_id = "charts"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.tabs = QTabBar()
        self.tabs.setObjectName("chartTabs")
        self.tabs.setExpanding(False)
        for _ in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(lambda _i: self.redraw())
        self.body_layout.addWidget(self.tabs)
        self.caption = wrapped_label(object_name="lead")
        self.body_layout.addWidget(self.caption)
        self.controls = QWidget()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.book_label, self.share_label, self.years_label = QLabel(), QLabel(), QLabel()
        self.book_combo = ElidingComboBox()
        self.book_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.book_combo.setMinimumContentsLength(24)  # a long price book name must not widen
        self.book_combo.activated.connect(self._book_chosen)
        self.share_spin = QSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.share_spin.valueChanged.connect(self._share_changed)
        self.years_spin = QSpinBox()
        self.years_spin.setRange(1, 15)
        self.years_spin.valueChanged.connect(self._years_changed)
        for label, widget in (
            (self.book_label, self.book_combo),
            (self.share_label, self.share_spin),
            (self.years_label, self.years_spin),
        ):
            label.setBuddy(widget)
            row.addWidget(label)
            # the price book's long name takes whatever width the row has to spare
            row.addWidget(widget, 1 if widget is self.book_combo else 0)
        self.schedule_box = QWidget()
        self.schedule_row = QGridLayout(self.schedule_box)
        self.schedule_row.setColumnStretch(1, 1)
        self.schedule_row.setContentsMargins(0, 0, 0, 0)
        self.schedule_combos: dict[str, QComboBox] = {}
        self.icons_box = QWidget()
        icons_row = QHBoxLayout(self.icons_box)
        icons_row.setContentsMargins(0, 0, 0, 0)
        self.person_icons, self.plain_icons = QRadioButton(), QRadioButton()
        self.icon_group = QButtonGroup(self)
        self.icon_group.addButton(self.person_icons)
        self.icon_group.addButton(self.plain_icons)
        self.person_icons.setChecked(True)
        self.icon_group.buttonClicked.connect(lambda _b: self.redraw())
        icons_row.addWidget(self.person_icons)
        icons_row.addWidget(self.plain_icons)
        icons_row.addStretch(1)
        # Your own figures (PREDICT) or the trials' figures, and the year hers are counted to.
        self.personal_box = QWidget()
        personal_row = QHBoxLayout(self.personal_box)
        personal_row.setContentsMargins(0, 0, 0, 0)
        self.her_figures, self.trial_figures = QRadioButton(), QRadioButton()
        self.figures_group = QButtonGroup(self)
        self.figures_group.addButton(self.her_figures)
        self.figures_group.addButton(self.trial_figures)
        self.her_figures.setChecked(True)
        self.figures_group.buttonClicked.connect(lambda _b: self.redraw())
        self.personal_years_label = QLabel()
        self.personal_years = QComboBox()
        self.personal_years_label.setBuddy(self.personal_years)
        self.personal_years.activated.connect(self._personal_years_chosen)
        for widget in (self.her_figures, self.trial_figures, self.personal_years_label):
            personal_row.addWidget(widget)
        personal_row.addWidget(self.personal_years)
        personal_row.addStretch(1)
        self.personal_box.hide()
        self._personal_available = False
        self.view = ChartView()
        self.view.setMinimumHeight(340)
        self.body_layout.addWidget(self.view, 1)
        # what the chart is worked out from sits beside the table switch, under the chart
        # (on its own row in kiosk mode, where the larger text needs the width)
        if kiosk:
            self.body_layout.addWidget(self.controls)
            self.body_layout.addWidget(self.icons_box)
        else:
            self.view.footer.addWidget(self.controls, 4)
            self.view.footer.addWidget(self.icons_box)
        self.body_layout.addWidget(self.schedule_box)
        self.body_layout.insertWidget(self.body_layout.indexOf(self.caption), self.personal_box)
        self.meta = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.meta)
        self.spec: ChartSpec | None = None
        self._entered = False
        self._drawn_for: tuple | None = None
        self._no_figures = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Charts")

    def tab_titles(self) -> list[str]:
        """Return the tab titles in order."""
        return [
            self.tr("Cost / burden over time"),
            self.tr("How long"),
            self.tr("Can it be undone?"),
            self.tr("Side effects"),
            self.tr("Out of 100 women"),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(self.tab_titles()):
            self.tabs.setTabText(i, text)
        self.tabs.setAccessibleName(self.tr("Choose a chart"))
        self.book_label.setText(self.tr("Prices:"))
        self.book_combo.setAccessibleName(self.tr("Price book"))
        self.share_label.setText(self.tr("Insurance pays:"))
        self.share_spin.setAccessibleName(self.tr("Share paid by insurance, percent"))
        self.years_label.setText(self.tr("Years:"))
        self.years_spin.setAccessibleName(self.tr("Number of years to count"))
        self.person_icons.setText(self.tr("Person-shaped icons"))
        self.plain_icons.setText(self.tr("Plain squares"))
        self.person_icons.setAccessibleName(self.tr("Show women as person-shaped icons"))
        self.plain_icons.setAccessibleName(self.tr("Show women as plain squares"))
        self.her_figures.setText(self.tr("Your estimate (PREDICT)"))
        self.her_figures.setAccessibleName(self.tr("Show your own estimate from PREDICT Breast"))
        self.trial_figures.setText(self.tr("Figures from the trials"))
        self.trial_figures.setAccessibleName(self.tr("Show the figures from the trials"))
        self._fill_personal_years()
        self.view.retranslate()

    def on_enter(self) -> None:
        self._entered = True
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            # a larger or smaller text size: draw the shown chart again at the new size
            QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        if not self._entered:
            return  # matplotlib waits until the page is first shown
        self._sync_controls()
        self.redraw()

    def _sync_controls(self) -> None:
        book = self.state.price_book()
        self.book_combo.blockSignals(True)
        self.book_combo.clear()
        for book_id, item in self.state.price_books.items():
            self.book_combo.addItem(self.state.text(item.name), book_id)
        if book is not None:
            self.book_combo.setCurrentIndex(self.book_combo.findData(book.id))
        self.book_combo.blockSignals(False)
        self._sync_schedules()
        for spin, value in (
            (self.share_spin, int(self.state.insurance_share() or 0)),
            (self.years_spin, self.state.session.years),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _sync_schedules(self) -> None:
        """Offer a choice of schedule (e.g. every 4 or every 12 weeks) where an option has one;
        made again only when they change (a redraw made new ones, the old left for Qt)."""
        session = self.state.session
        shown = (self.state.lang, tuple(session.options), tuple(session.schedule_ids.items()))
        if shown == getattr(self, "_schedules_for", None):
            return
        self._schedules_for = shown
        clear_layout(self.schedule_row)
        self.schedule_combos = {}
        for ref in session.options:
            choices = next(
                (p.schedules for p in self.state.pack.parts(ref) if len(p.schedules) > 1), []
            )
            if not choices:
                continue
            name = self.state.option_name(ref)
            label = wrapped_label(self.tr("{0}:").format(name))
            combo = ElidingComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            for schedule in choices:
                combo.addItem(self.state.text(schedule.name), schedule.id)
            chosen = session.schedule_ids.get(ref)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            if not chosen:
                part = next(p for p in self.state.pack.parts(ref) if len(p.schedules) > 1)
                combo.setCurrentIndex(max(combo.findData(part.default_schedule), 0))
            combo.setAccessibleName(self.tr("How {0} is given").format(name))
            combo.activated.connect(lambda _i, r=ref, c=combo: self._schedule_chosen(r, c))
            label.setBuddy(combo)
            row = len(self.schedule_combos)
            self.schedule_row.addWidget(label, row, 0)
            self.schedule_row.addWidget(combo, row, 1)
            self.schedule_combos[ref] = combo

    def _fill_personal_years(self) -> None:
        from endoaid.consultation.personal_figures import YEARS_FROM_NOW, years_offered

        offered = years_offered(self.state.pack, self.state.session.decision_id)
        if offered == YEARS_FROM_NOW:  # 5 or 10 years: she stands 5 years after diagnosis
            self.personal_years_label.setText(self.tr("Counted from now to:"))
            self.personal_years.setAccessibleName(self.tr("Years from now your estimate counts"))
        else:
            self.personal_years_label.setText(self.tr("Counted from diagnosis to:"))
            self.personal_years.setAccessibleName(
                self.tr("Years after diagnosis your estimate counts")
            )
        chosen = self.personal_years.currentData()
        self.personal_years.blockSignals(True)
        self.personal_years.clear()
        for years in offered:
            # short: a kiosk narrows choice boxes to 14 characters
            self.personal_years.addItem(self.tr("{0} years").format(years), years)
        self.personal_years.setCurrentIndex(max(self.personal_years.findData(chosen), 0))
        self.personal_years.blockSignals(False)

    def _personal_years_chosen(self, index: int) -> None:
        self.state.set_tumour_years(self.personal_years.itemData(index))

    def _schedule_chosen(self, ref: str, combo: QComboBox) -> None:
        ids = dict(self.state.session.schedule_ids)
        ids[ref] = combo.currentData()
        self.state.session.schedule_ids = ids
        self.state.notify("costs")

    def _book_chosen(self, index: int) -> None:
        self.state.set_price_book(self.book_combo.itemData(index))

    def _share_changed(self, value: int) -> None:
        self.state.set_insurance_share(float(value) if value else None)

    def _years_changed(self, value: int) -> None:
        self.state.set_years(value)

    def current_tab(self) -> str:
        """Return the id of the chart shown."""
        return TABS[self.tabs.currentIndex()]

    def _inputs(self) -> tuple:
        """Return everything the shown chart depends on (to skip redrawing the same chart)."""
        session = self.state.session
        book = self.state.price_book()
        return (
            self.current_tab(),
            session.decision_id,
            tuple(session.options),
            session.years,
            book,
            self.state.insurance_share(),
            session.profile,
            self.state.lang,
            tuple(sorted(session.schedule_ids.items())),
            self.person_icons.isChecked(),
            self.view.text_scale(),
            session.tumour,
            session.tumour_years,
            self.her_figures.isChecked(),
        )

    def redraw(self, *, force: bool = False) -> None:
        """Build the current chart from the session and show it (unless it is already shown)."""
        inputs = self._inputs()
        if not force and inputs == self._drawn_for:
            return
        self._drawn_for = inputs
        tab = self.current_tab()
        self.icons_box.setVisible(tab == "benefit")
        self._personal_available = False
        self.personal_box.setVisible(False)  # shown again below when her figures are drawn
        self.controls.setVisible(tab == "cost")
        self.schedule_box.setVisible(tab in ("cost", "duration") and bool(self.schedule_combos))
        decision = self.state.decision()
        options = list(self.state.session.options)
        self.spec = None
        if decision is None or not options:
            self.caption.setText("")
            self.meta.setText("")
            self.view.show_message(self.tr("Choose a decision and 2 or 3 options first."))
            return
        try:
            spec = self._build(tab, decision, options)
        except UserError as exc:
            self.caption.setText("")
            self.meta.setText("")
            self.view.show_message(str(exc))
            return
        self.spec = spec
        self.personal_box.setVisible(tab == "benefit" and self._personal_available)
        self.caption.setText(spec.caption)
        sources = source_lines(self.state.pack, spec.source)
        meta = [f"{spec.units} · {spec.time_frame}".strip(" ·"), *spec.notes]
        meta.append(self.tr("Sources: {0}").format(" ".join(sources)) if sources else "")
        self.meta.setText("\n".join(line for line in meta if line))
        if tab == "benefit" and self._no_figures:
            # an empty grid of icons would look broken: say plainly where the numbers are
            self.view.show_message(
                self.tr(
                    "No 'out of 100 women' figures for these options: see the side-by-side table."
                )
            )
            return
        self.view.show_spec(spec)

    def _build(self, tab: str, decision, options: list[str]) -> ChartSpec:
        from endoaid import charts
        from endoaid.consultation import benefit_figures, cost_course
        from endoaid.fonts import FontMissing, register_matplotlib_fonts

        with contextlib.suppress(FontMissing):  # without it charts use matplotlib's own font
            register_matplotlib_fonts()  # the shipped family draws Chinese as well as English

        pack, lang, session = self.state.pack, self.state.lang, self.state.session
        if tab == "cost":
            series = [
                cost_course(
                    pack,
                    ref,
                    self.state.price_book(),
                    session.years,
                    schedule_id=session.schedule_ids.get(ref),
                    insurance_share_percent=self.state.insurance_share(),
                )
                for ref in options
            ]
            return charts.cost_chart(pack, decision, series, lang, book=self.state.price_book())
        if tab == "duration":
            return charts.duration_chart(
                pack, decision, options, lang, schedule_ids=dict(session.schedule_ids)
            )
        if tab == "reversibility":
            return charts.reversibility_chart(pack, decision, options, lang)
        if tab == "side-effects":
            return charts.side_effects_chart(pack, decision, options, lang)
        icon = "person" if self.person_icons.isChecked() else "square"
        personal, reason = personal_estimate(self.state)
        self._personal_available = personal is not None
        if personal is not None:
            self._fill_personal_years()  # the decision may count from diagnosis or from now
            self.personal_years.setCurrentIndex(self.personal_years.findData(personal.years))
            if self.her_figures.isChecked():
                self._no_figures = False
                return charts.personal_icon_chart(personal, icon=icon)
        benefit = benefit_figures(pack, decision, options, session.profile, lang)
        self._no_figures = all(arm.events is None for arm in benefit.arms)
        spec = charts.icon_array_chart(pack, decision, benefit, lang, icon=icon)
        if reason:  # her details were entered: say why her own figures are not shown
            spec = dataclasses.replace(spec, notes=[*spec.notes, reason])
        return spec
