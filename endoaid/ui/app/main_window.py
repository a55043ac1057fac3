"""The main window: wires the header, step bar, pages, navigation, footer and menus together."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from endoaid.ui.app.menus import WindowActions
from endoaid.ui.app.window_look import WindowLook
from endoaid.ui.app.window_session import WindowSession
from endoaid.ui.common import settings
from endoaid.ui.common.formatting import date_text
from endoaid.ui.common.qt_properties import set_enum_property
from endoaid.ui.common.review_words import review_line
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.base import Page
from endoaid.ui.widgets.step_bar import StepBar

if TYPE_CHECKING:  # (the first window is made without QMessageBox and QEvent's enums)
    from PySide6.QtWidgets import QMessageBox

    from endoaid.ui.clinician.autosave import AutoSaver

PAGES: tuple[tuple[str, str], ...] = (
    ("welcome", "WelcomePage"),
    ("sure_before", "SureBeforePage"),
    ("why", "WhyPage"),
    ("profile", "ProfilePage"),
    ("options", "OptionsPage"),
    ("compare", "ComparePage"),
    ("charts", "ChartsPage"),
    ("values", "ValuesPage"),
    ("sure", "SurePage"),
    ("summary", "SummaryPage"),
    ("export", "ExportPage"),
)
"""The steps in order: page id (= module in endoaid.ui.pages) and the page class."""
PAGE_IDS: tuple[str, ...] = tuple(page_id for page_id, _cls in PAGES)
STEP_PAGE_IDS: tuple[str, ...] = tuple(p for p in PAGE_IDS if p != "sure_before")
"""The pages with an entry in the step bar. The short 'before' questions belong to the start:
the bar marks Welcome while they are shown (an eleventh entry would not fit a kiosk's width)."""


def step_of_page(index: int) -> int:
    """Return the step-bar entry marked while page `index` is shown."""
    shown = [i for i, page_id in enumerate(PAGE_IDS) if page_id in STEP_PAGE_IDS and i <= index]
    return len(shown) - 1


class MainWindow(WindowActions, WindowLook, WindowSession, QMainWindow):
    """Header, review notice, step bar, one page at a time, Back/Next and the footer line."""

    def __init__(self, state: ConsultationState, *, kiosk: bool = False) -> None:
        super().__init__()
        self.state = state
        self.kiosk = kiosk
        self.setObjectName("mainWindow")
        self.problem_box: QMessageBox | None = None
        self.autosave: AutoSaver | None = None
        """The recovery copy's keeper (clinician mode, given by the app)."""
        self.controls_before_steps: Callable[[], list[QWidget]] = list
        """Controls Tab visits before the step bar (kiosk mode puts its own bar there)."""
        self.text_size, self.high_contrast = ("A", False) if kiosk else settings.remembered_look()
        """Clinician mode's text size (A, A+, A++) and contrast, from the View menu."""
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = QWidget()
        self.header.setObjectName("header")
        head = QHBoxLayout(self.header)
        self.app_name = QLabel("endoaid")
        self.app_name.setObjectName("appName")
        self.statement = QLabel()
        self.statement.setObjectName("decisionStatement")
        self.statement.setWordWrap(True)
        self.version_label = QLabel()
        self.version_label.setObjectName("contentVersion")
        head.addWidget(self.app_name)
        head.addWidget(self.statement, 1)
        head.addWidget(self.version_label)
        outer.addWidget(self.header)
        self.review_notice = QLabel()
        self.review_notice.setObjectName("reviewNotice")
        self.review_notice.setWordWrap(True)
        self.review_notice.setVisible(state.pack.is_past_review())
        outer.addWidget(self.review_notice)
        self.step_bar = StepBar()
        self.step_bar.jump.connect(lambda step: self.go_to_page(STEP_PAGE_IDS[step]))
        outer.addWidget(self.step_bar)
        self.stack = QStackedWidget()
        # Pages are built when first shown, so the first window does not wait for all ten.
        self._pages: list[Page | None] = [None] * len(PAGES)
        self._placeholders = [QWidget() for _ in PAGES]
        for placeholder in self._placeholders:
            self.stack.addWidget(placeholder)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self._build_nav())
        self.setCentralWidget(central)
        self._build_actions()
        self.show_look()
        state.changed.connect(self._state_changed)
        self.retranslate()
        self._show(0)  # described and put in Tab order by finish_start(), once it is up
        # The keyboard starts on the step bar, where Tab's order starts: not on "About" (Space
        # opened it), and not on a decision, whose focus frame would make it look chosen.
        self.step_bar.buttons()[0].setFocus()
        self._restore_size()

    # --- building ----------------------------------------------------------------------

    def _build_nav(self) -> QWidget:
        nav = QWidget()
        nav.setObjectName("navBar")
        row = QHBoxLayout(nav)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.footer = QLabel()
        self.footer.setObjectName("footer")
        self.footer.setWordWrap(True)
        set_enum_property(self.footer, "alignment", "AlignCenter")
        self.about_button = QPushButton()
        self.about_button.setObjectName("linkButton")
        self.about_button.clicked.connect(self.show_about)
        self.nav_hint = QLabel()
        self.nav_hint.setObjectName("navHint")
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.back_button)
        middle = QVBoxLayout()
        middle.addWidget(self.footer)
        middle.addWidget(self.nav_hint)
        row.addWidget(self.about_button)
        row.addLayout(middle, 1)
        row.addWidget(self.next_button)
        return nav

    # --- text --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every interface string of the window again."""
        self.setWindowTitle(self.tr("endoaid — hormone therapy decision aid"))
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.next_button.setText(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.about_button.setText(self.tr("About and sources"))
        self.about_button.setAccessibleName(self.tr("About this guide and its sources"))
        self.back_button.setAccessibleDescription(
            self.tr("Goes to the previous step; nothing you entered is lost.")
        )
        self.next_button.setAccessibleDescription(
            self.tr("Goes to the next step; nothing you entered is lost.")
        )
        self.about_button.setAccessibleDescription(
            self.tr("Who wrote the content, how it is funded, and every source.")
        )
        self._retranslate_actions()
        for page in self.built_pages():
            page.retranslate()
        self.step_bar.set_steps(self.step_titles())
        self._update_header()
        if self.built_pages():  # (while the window is made, finish_start describes them)
            self.describe_controls()

    def _update_header(self) -> None:
        info, lang = self.state.pack.info, self.state.lang
        decision = self.state.decision()
        self.statement.setText(
            self.state.text(decision.statement) if decision else self.state.text(info.title)
        )
        self.version_label.setText(self.tr("Content {0}").format(info.version))
        checked = date_text(info.last_reviewed, lang)
        self.footer.setText(
            self.tr(
                "Sources listed under About · content {0}, evidence checked {1} · {2} · "
                "not medical advice"
            ).format(info.version, checked, review_line(self.state.pack, lang))
        )
        self.review_notice.setText(
            self.tr(
                "⚠ This content was due for review on {0}. Figures or prices may be out of date."
            ).format(date_text(info.next_review_due, lang))
        )
        if lang in self.lang_actions:
            self.lang_actions[lang].setChecked(True)

    # --- navigation --------------------------------------------------------------------

    def step_titles(self) -> list[str]:
        """Return the step bar's titles, in order."""
        return [
            self.tr("Welcome"),
            self.tr("Why"),
            self.tr("Your situation"),
            self.tr("Options"),
            self.tr("Side by side"),
            self.tr("Charts"),
            self.tr("What matters"),
            self.tr("Ready to decide?"),
            self.tr("Summary"),
            self.tr("Export"),
        ]

    def page_at(self, index: int) -> Page:
        """Return the page at step `index`, building it on first use."""
        page = self._pages[index]
        if page is None:
            page_id, class_name = PAGES[index]
            module = importlib.import_module(f"endoaid.ui.pages.{page_id}")
            page = getattr(module, class_name)(self.state, kiosk=self.kiosk)
            page.request_page.connect(self._page_request)
            placeholder = self._placeholders[index]
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
        return page

    def drop_pages(self, keep: tuple[str, ...] = ("welcome", "compare", "charts")) -> list[Page]:
        """Delete the pages built for the last patient but those in `keep`; the next one
        builds them again when first shown (each in well under 100 ms).

        Kept, the pages held about 7 MB of widgets that a new consultation rebuilds or refills
        anyway. The charts page stays (built ahead on purpose: its first visit waited about
        0.6 s), and so does the side-by-side page (built and filled, it took 165 ms instead of
        90; dropped, it saved nothing more). Qt deletes the dropped pages (returned) on its
        next turn (deleteLater).
        """
        dropped: list[Page] = []
        shown = self.stack.currentWidget()
        for index, page in enumerate(self._pages):
            if page is None or page is shown or page.page_id in keep:
                continue
            placeholder = QWidget()
            self._placeholders[index] = placeholder
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            self._pages[index] = None
            page.deleteLater()
            dropped.append(page)
        return dropped

    @property
    def pages(self) -> list[Page]:
        """Return every page in order (building those not built yet)."""
        return [self.page_at(i) for i in range(len(PAGES))]

    def built_pages(self) -> list[Page]:
        """Return the pages built so far."""
        return [p for p in self._pages if p is not None]

    def current_page(self) -> Page:
        """Return the page shown."""
        return self.page_at(self.stack.currentIndex())

    def page(self, page_id: str) -> Page:
        """Return the page with this id."""
        return self.page_at(PAGE_IDS.index(page_id))

    def go_to(self, index: int) -> None:
        """Show page `index` (any page can be reached at any time)."""
        self._show(index)
        self.describe_controls(only_current=True)
        # Some pages finish building after the event loop runs (charts): describe them then too.
        QTimer.singleShot(0, self, lambda: self.describe_controls(only_current=True))
        self.order_tab_soon()

    def _show(self, index: int) -> None:
        index = max(0, min(index, len(PAGES) - 1))
        page = self.page_at(index)
        # Brought up to date before it is shown, so what it rebuilds is laid out with it: shown
        # first, a page was painted once squeezed into the window's height, then at its own.
        page.on_enter()
        self.stack.setCurrentWidget(page)
        self.step_bar.set_current(step_of_page(index))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(PAGES) - 1)
        self.nav_hint.setText("")

    def finish_start(self) -> None:
        """Describe the first page's controls and put them in Tab order.

        The window is made and shown without this (it needs the Python enums of Qt's namespace,
        20–25 ms); the app calls it in the first turn of the event loop (see app.settle_steps).
        """
        self.describe_controls()
        self.order_tab()

    def order_tab_soon(self) -> None:
        """Put Tab in reading order once the page has shown what it builds late."""
        # Twice deferred: controls a page adds are shown by a queued call, and only shown
        # controls have a place on the page to sort by.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.order_tab))

    def order_tab(self) -> None:
        """Chain Tab: kiosk bar, step bar, the page top to bottom, then Back, About, Next."""
        from endoaid.ui.widgets.reading_order import tab_in_reading_order

        body = getattr(self.stack.currentWidget(), "body", None)
        if body is None:
            return
        before = self.controls_before_steps() + self.step_bar.buttons()
        after = [self.back_button, self.about_button, self.next_button]
        tab_in_reading_order(body, before, after)

    def describe_controls(self, *, only_current: bool = False) -> None:
        """Give every control of the window an accessible description in the current language.

        `only_current`: of the pages, only the one shown (a page's controls change while it is
        shown; the others were described when they were, or when the language last changed).
        """
        from endoaid.ui.widgets.descriptions import describe_controls

        shown = self.stack.currentWidget()
        for page in self.built_pages():
            if not only_current or page is shown:
                describe_controls(page, page.title())
        describe_controls(self, self.windowTitle(), skip_inside=(Page,))

    def go_to_page(self, page_id: str) -> None:
        """Show the page with this id."""
        self.go_to(PAGE_IDS.index(page_id))

    def next(self) -> None:
        """Go one step on; a gentle hint says what is still missing."""
        reason = self.current_page().ready_for_next()
        self.go_to(self.stack.currentIndex() + 1)
        if reason:
            self.nav_hint.setText(reason)

    def back(self) -> None:
        """Go one step back."""
        self.go_to(self.stack.currentIndex() - 1)

    def _page_request(self, page_id: str) -> None:
        if page_id == "next":
            self.next()
        else:
            self.go_to_page(page_id)

    def open_decision(self, decision_id: str) -> None:
        """Open a decision (its standard comparison) and show its options."""
        if decision_id != self.state.session.decision_id:
            self.state.set_decision(decision_id)
        self.go_to_page("options")

    # --- the session -------------------------------------------------------------------

    def _state_changed(self, what: str) -> None:
        self.order_tab_soon()  # pages rebuild some controls after a change
        if what == "language":
            for page in self.built_pages():
                page.set_language(self.state.lang)
            self.retranslate()
            return
        if what == "all":
            for page in self.built_pages():
                page.reset()
        elif what in ("decision", "options", "costs", "profile", "tumour"):
            current = self.current_page()
            if current.page_id in ("charts",) and what in ("costs", "options", "profile", "tumour"):
                current.refresh()
        self._update_header()
