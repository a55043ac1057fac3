"""What matters to you: her ratings, the table of which options meet them, her own concerns."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from endoaid.consultation import ratings_for, values_table
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, clear_layout, wrapped_label
from endoaid.ui.widgets.choices import RatingControl


class ValuesPage(Page):
    """Rate each statement 0-4; the table shows them back beside the options. No verdict."""

    page_id = "values"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        self.intro = wrapped_label(object_name="note")
        self.body_layout.addWidget(self.intro)
        self.ratings_box = QWidget()
        self.ratings_grid = QGridLayout(self.ratings_box)
        self.ratings_grid.setContentsMargins(0, 0, 0, 0)
        self.ratings_grid.setColumnStretch(0, 1)
        self.body_layout.addWidget(self.ratings_box)
        self.table_title = QLabel()
        self.table_title.setObjectName("sectionTitle")
        self.body_layout.addWidget(self.table_title)
        self.table_box = QWidget()
        self.table_box.setObjectName("valuesTable")
        self.table_grid = QGridLayout(self.table_box)
        self.table_grid.setContentsMargins(0, 0, 0, 0)
        self.table_grid.setHorizontalSpacing(0)
        self.table_grid.setVerticalSpacing(0)
        self.body_layout.addWidget(self.table_box)
        self.concern_title = QLabel()
        self.concern_title.setObjectName("sectionTitle")
        self.body_layout.addWidget(self.concern_title)
        row = QHBoxLayout()
        self.concern_edit = QLineEdit()
        self.concern_edit.setMaxLength(2000)
        self.concern_edit.returnPressed.connect(self._add_concern)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_concern)
        row.addWidget(self.concern_edit, 1)
        row.addWidget(self.add_button)
        self.body_layout.addLayout(row)
        self.concerns_box = QWidget()
        self.concerns_layout = QVBoxLayout(self.concerns_box)
        self.concerns_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.concerns_box)
        self.body_layout.addStretch(1)
        self.controls: dict[str, RatingControl] = {}
        self.statement_labels: dict[str, QLabel] = {}
        self.table_cells: dict[tuple[str, str], QLabel] = {}
        self._decision_shown: str | None = None
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("What matters to you")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr("How much does each of these matter to you? 0 means not at all, 4 means a lot.")
        )
        self.table_title.setText(self.tr("Which options meet what matters to you"))
        self.concern_title.setText(self.tr("Add a concern of your own"))
        self.concern_edit.setPlaceholderText(self.tr("In your own words"))
        self.concern_edit.setAccessibleName(self.tr("A concern of your own"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this concern"))

    def refresh(self) -> None:
        decision = self.state.decision()
        if decision is None:
            self._clear(self.ratings_grid)
            self.controls = {}
            self._decision_shown = None
        elif decision.id != self._decision_shown or set(self.controls) != {
            v.id for v in decision.values
        }:
            self._build_ratings()
        for value_id, control in self.controls.items():
            value = next(v for v in decision.values if v.id == value_id) if decision else None
            if value is not None:
                text = self.state.text(value.statement)
                self.statement_labels[value_id].setText(text)
                control.retranslate(text)
            control.set_rating(self.state.session.ratings.get(value_id))
        self._build_table()
        self._build_concerns()

    def _clear(self, layout: QGridLayout | QVBoxLayout) -> None:
        clear_layout(layout)

    def _build_ratings(self) -> None:
        self._clear(self.ratings_grid)
        self.controls, self.statement_labels = {}, {}
        decision = self.state.decision()
        assert decision is not None
        self._decision_shown = decision.id
        for row, value in enumerate(decision.values):
            text = self.state.text(value.statement)
            label = wrapped_label(text)
            control = RatingControl(text)
            control.rating_changed.connect(lambda r, vid=value.id: self._rated(vid, r))
            self.ratings_grid.addWidget(label, row, 0)
            self.ratings_grid.addWidget(control, row, 1)
            self.controls[value.id] = control
            self.statement_labels[value.id] = label

    def _rated(self, value_id: str, rating: int) -> None:
        ratings = dict(self.state.session.ratings)
        ratings[value_id] = rating
        self.state.session.ratings = ratings
        self.state.notify("ratings")
        self._build_table()

    def _build_table(self) -> None:
        self._clear(self.table_grid)
        self.table_cells = {}
        decision = self.state.decision()
        options = list(self.state.session.options)
        if decision is None or not options:
            return
        ratings = ratings_for(decision, dict(self.state.session.ratings))
        table = values_table(self.state.pack, decision, options, ratings, self.state.lang)
        headers = [self.tr("What matters"), self.tr("How much (0-4)")]
        headers += [self.state.option_name(ref) for ref in options]
        for col, text in enumerate(headers):
            label = wrapped_label(text, "tableHeader")
            self.table_grid.addWidget(label, 0, col)
            self.table_grid.setColumnStretch(col, 3 if col != 1 else 1)
        for row, value_row in enumerate(table.rows, start=1):
            self.table_grid.addWidget(wrapped_label(value_row.statement, "tableCellText"), row, 0)
            rating = self.tr("not rated") if value_row.rating is None else str(value_row.rating)
            self.table_grid.addWidget(wrapped_label(rating, "tableCellText"), row, 1)
            for col, ref in enumerate(options, start=2):
                meets = value_row.meets[ref]
                mark = self.tr("✔ Yes") if meets else self.tr("— No")
                text = f"{mark}\n{value_row.explanation}" if meets else mark
                label = wrapped_label(text, "tableCellText")
                label.setProperty("meets", meets)
                self.table_grid.addWidget(label, row, col)
                self.table_cells[(value_row.value_id, ref)] = label

    def _add_concern(self) -> None:
        text = self.concern_edit.text().strip()
        if not text:
            return
        self.state.session.own_concerns = [*self.state.session.own_concerns, text]
        self.concern_edit.clear()
        self.state.notify("ratings")
        self._build_concerns()

    def _remove_concern(self, index: int) -> None:
        concerns = list(self.state.session.own_concerns)
        del concerns[index]
        self.state.session.own_concerns = concerns
        self.state.notify("ratings")
        self._build_concerns()

    def _build_concerns(self) -> None:
        self._clear(self.concerns_layout)
        for index, text in enumerate(self.state.session.own_concerns):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(wrapped_label("• " + text, "ownConcern"), 1)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove the concern: {0}").format(text))
            remove.clicked.connect(lambda _c=False, i=index: self._remove_concern(i))
            layout.addWidget(remove)
            self.concerns_layout.addWidget(row)
