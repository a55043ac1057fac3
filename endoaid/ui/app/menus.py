"""The window's menus and keyboard actions: File, Decision, Prices, View, Language, Help.

A mixin of MainWindow (the attribute names, e.g. `open_action`, are what kiosk mode turns off).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from endoaid.languages import all_languages
from endoaid.ui.clinician import tools as clinician_tools
from endoaid.ui.common.theme_contrast import TEXT_SCALES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu


class WindowActions:
    """Builds and fills the menus of MainWindow; needs its state, kiosk flag and navigation."""

    file_menu: QMenu
    decision_menu: QMenu
    prices_menu: QMenu
    view_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu

    def _action(
        self: Any, shortcut: QKeySequence.StandardKey | str | None, slot: Callable[[], Any]
    ) -> QAction:
        action = QAction(self)
        # setShortcuts, not setShortcut: PySide6 sorts out setShortcut's overloads by building
        # the enums of Qt's whole namespace (~20 ms before the first window); a standard key
        # also gets every binding the platform has for it (e.g. Ctrl+Q and Ctrl+W for Quit).
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self: Any) -> None:
        bar = self.menuBar()
        self.about_action = self._action(QKeySequence.StandardKey.HelpContents, self.show_about)
        self.back_action = self._action("Alt+Left", self.back)
        self.next_action = self._action("Alt+Right", self.next)
        self.file_menu = bar.addMenu("")
        self.decision_menu = bar.addMenu("")
        self.prices_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_patient)
        self.open_action = self._action(
            QKeySequence.StandardKey.Open, lambda: clinician_tools.ask_open_session(self)
        )
        self.save_action = self._action(
            QKeySequence.StandardKey.Save, lambda: clinician_tools.ask_save_session(self)
        )
        self.copy_note_action = self._action(
            "Ctrl+Shift+C", lambda: clinician_tools.copy_note(self)
        )
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_action, self.open_action, self.save_action, self.copy_note_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        if not self.kiosk:  # Open recent, Send to the kiosk, Clinic settings
            from endoaid.ui.app.clinic_loop import add_clinic_actions

            add_clinic_actions(self)
        self.load_book_action = self._action(None, lambda: clinician_tools.ask_price_book(self))
        self.edit_prices_action = self._action(None, lambda: clinician_tools.edit_prices(self))
        self.edit_profile_action = self._action("Ctrl+P", lambda: self.go_to_page("profile"))
        self.lang_group = QActionGroup(self)
        self.lang_actions = {}
        for lang, name in ((info.id, info.name) for info in all_languages().values()):
            action = self._action(None, lambda _c=False, code=lang: self.set_language(code))
            action.setText(name)
            action.setCheckable(True)
            self.lang_group.addAction(action)
            self.language_menu.addAction(action)
            self.lang_actions[lang] = action
        self.size_group = QActionGroup(self)
        self.size_actions = {}
        for size in TEXT_SCALES:
            action = self._action(None, lambda _c=False, s=size: self.set_look(text_size=s))
            action.setCheckable(True)
            self.size_group.addAction(action)
            self.view_menu.addAction(action)
            self.size_actions[size] = action
        self.view_menu.addSeparator()
        self.contrast_action = self._action(
            None, lambda: self.set_look(high_contrast=self.contrast_action.isChecked())
        )
        self.contrast_action.setCheckable(True)
        self.view_menu.addAction(self.contrast_action)
        self.help_menu.addAction(self.about_action)
        self.decision_menu.aboutToShow.connect(self._fill_decision_menu)
        self.prices_menu.aboutToShow.connect(self._fill_prices_menu)
        self._fill_decision_menu()
        self._fill_prices_menu()
        if self.kiosk:
            bar.hide()  # no menus that reach the file system in kiosk mode
            for action in (
                self.open_action,
                self.save_action,
                self.load_book_action,
                self.edit_prices_action,
                self.copy_note_action,
            ):
                action.setEnabled(False)  # their shortcuts would still open file dialogs

    def _fill_decision_menu(self: Any) -> None:
        self.decision_menu.clear()
        for did, decision in self.state.pack.decisions.items():
            action = self.decision_menu.addAction(self.state.text(decision.title))
            action.setCheckable(True)
            action.setChecked(did == self.state.session.decision_id)
            action.triggered.connect(lambda _c=False, d=did: self.open_decision(d))
        self.decision_menu.addSeparator()
        self.decision_menu.addAction(self.edit_profile_action)

    def _fill_prices_menu(self: Any) -> None:
        self.prices_menu.clear()
        chosen = self.state.price_book()
        for book_id, book in self.state.price_books.items():
            action = self.prices_menu.addAction(self.state.text(book.name))
            action.setCheckable(True)
            action.setChecked(chosen is not None and chosen.id == book_id)
            action.triggered.connect(lambda _c=False, b=book_id: self.state.set_price_book(b))
        self.prices_menu.addSeparator()
        self.prices_menu.addAction(self.load_book_action)
        if not self.kiosk:  # entering prices writes files: clinician mode only
            self.prices_menu.addAction(self.edit_prices_action)

    def _retranslate_actions(self: Any) -> None:
        """Set the menu and action texts again (context 'MainWindow', as lupdate files them)."""
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.decision_menu.setTitle(QCoreApplication.translate("MainWindow", "&Decision"))
        self.prices_menu.setTitle(QCoreApplication.translate("MainWindow", "&Prices"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        # The same words as the kiosk bar's buttons, so both modes share one translation.
        self.size_actions["A"].setText(QCoreApplication.translate("KioskBar", "Normal text size"))
        self.size_actions["A+"].setText(QCoreApplication.translate("KioskBar", "Larger text"))
        self.size_actions["A++"].setText(QCoreApplication.translate("KioskBar", "Largest text"))
        self.contrast_action.setText(
            QCoreApplication.translate("KioskBar", "High contrast colours")
        )
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "New patient..."))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "Open session..."))
        self.save_action.setText(QCoreApplication.translate("MainWindow", "Save session..."))
        self.copy_note_action.setText(
            QCoreApplication.translate("MainWindow", "Copy note for the record")
        )
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "Quit"))
        self.load_book_action.setText(
            QCoreApplication.translate("MainWindow", "Load a price book...")
        )
        self.edit_prices_action.setText(QCoreApplication.translate("MainWindow", "Edit prices..."))
        self.edit_profile_action.setText(
            QCoreApplication.translate("MainWindow", "Edit your situation")
        )
        self.about_action.setText(QCoreApplication.translate("MainWindow", "About and sources"))
        if not self.kiosk:
            from endoaid.ui.app.clinic_loop import retranslate_clinic_actions

            retranslate_clinic_actions(self)
