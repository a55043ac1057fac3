"""Why endocrine therapy: the key-and-lock picture and the two ways treatment works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page, wrapped_label
from endoaid.ui.widgets.estrogen_diagram import KeyLockPicture
from endoaid.ui.widgets.glossary import GlossaryLabel
from endoaid.ui.widgets.sources import SourceButton


class WhyPage(Page):
    """Three pictures side by side: estrogen as a key, lower the keys, block the lock."""

    page_id = "why"

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__(state, kiosk=kiosk)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self.panel_titles: list[QLabel] = []
        self.pictures: list[KeyLockPicture] = []
        self.captions: list[QLabel] = []
        for col, mode in enumerate(KeyLockPicture.MODES):
            title = QLabel()
            title.setObjectName("sectionTitle")
            title.setWordWrap(True)
            picture = KeyLockPicture(mode)
            caption = GlossaryLabel(touch=kiosk)
            grid.addWidget(title, 0, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(picture, 1, col)
            grid.addWidget(caption, 2, col, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(col, 1)
            self.panel_titles.append(title)
            self.pictures.append(picture)
            self.captions.append(caption)
        self.body_layout.addWidget(grid_box)
        self.benefit = GlossaryLabel(object_name="lead", touch=kiosk)
        self.caveat = wrapped_label(object_name="note")
        self.talk = GlossaryLabel(touch=kiosk)
        for widget in (self.benefit, self.caveat, self.talk):
            self.body_layout.addWidget(widget)
        self.sources = SourceButton(state.pack, list(state.pack.explainer.citations))
        self.sources_text = wrapped_label(object_name="sourcesText")
        self.sources.requested.connect(self._show_sources)
        self.body_layout.addWidget(self.sources)
        self.body_layout.addWidget(self.sources_text)
        self.body_layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Why hormone therapy?")

    def retranslate(self) -> None:
        super().retranslate()
        names = (
            self.tr("Estrogen is the key, the receptor is the lock"),
            self.tr("Way 1: lower the estrogen"),
            self.tr("Way 2: block the lock"),
        )
        descriptions = (
            self.tr("Picture: a key (estrogen) fits a lock (receptor) on a cell; the cell grows."),
            self.tr("Picture: only a faint, crossed-out key is left; the lock stays empty."),
            self.tr("Picture: the lock is plugged, so the key cannot get in."),
        )
        for title, picture, name, text in zip(
            self.panel_titles, self.pictures, names, descriptions, strict=True
        ):
            title.setText(name)
            picture.setAccessibleName(name)
            picture.setAccessibleDescription(text)
            picture.setToolTip(text)
            picture.set_labels(self.tr("estrogen"), self.tr("receptor"), self.tr("cancer cell"))

    def refresh(self) -> None:
        ex = self.state.pack.explainer
        self.heading.setText(self.state.text(ex.why_title))
        for caption, text in zip(
            self.captions, (ex.why_estrogen, ex.why_lower, ex.why_block), strict=True
        ):
            caption.show_text(self.state.text(text), self.state.pack.glossary, self.state.lang)
        self.benefit.show_text(
            self.state.text(ex.why_benefit), self.state.pack.glossary, self.state.lang
        )
        self.caveat.setText(self.state.text(ex.averages_caveat))
        self.talk.show_text(
            self.state.text(ex.talk_to_team), self.state.pack.glossary, self.state.lang
        )

    def _show_sources(self, ids: list[str]) -> None:
        from endoaid.ui.widgets.sources import source_lines

        self.sources_text.setText("\n".join(source_lines(self.state.pack, ids)))
