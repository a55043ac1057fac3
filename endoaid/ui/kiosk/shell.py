"""Kiosk mode around the main window: locked full screen, idle wipe, PIN to leave, big controls.

`start_kiosk_config(args)` reads the administrator's configuration before anything else starts
(refusing with one sentence, on screen and on stderr); `apply_kiosk(window, config)` then turns
the clinician window into a kiosk without the window's own code knowing the details.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QToolBar,
    QWidget,
)

from endoaid.ui.common.theme_contrast import apply_theme
from endoaid.ui.kiosk.code_entry import apply_read_only, start_inbox
from endoaid.ui.kiosk.config import KioskConfig, KioskConfigError, load_kiosk_config
from endoaid.ui.kiosk.idle import IdleWatcher
from endoaid.ui.kiosk.kiosk_bar import KioskBar
from endoaid.ui.kiosk.output import KioskOutputPanel
from endoaid.ui.kiosk.pin import PinGate
from endoaid.ui.kiosk.pin_prompt import PinPrompt
from endoaid.ui.kiosk.still_there import StillThereOverlay
from endoaid.ui.kiosk.wipe import wipe_consultation
from endoaid.ui.widgets.reading_order import focusable_controls

# Window actions that reach files, the clipboard or a confirmation dialog: off in kiosk mode.
CLINICIAN_ONLY_ACTIONS = (
    "quit_action",  # replaced by the kiosk's own Ctrl+Q, which asks for the PIN
    "new_action",
    "open_action",
    "save_action",
    "copy_note_action",
    "load_book_action",
)


def show_refusal(message: str) -> None:
    """Show why kiosk mode does not start, in a dialog (a kiosk has no terminal to read)."""
    from endoaid.ui.common.qt_app import make_application

    make_application()
    box = QMessageBox(QMessageBox.Icon.Critical, "endoaid", message, QMessageBox.StandardButton.Ok)
    box.setAccessibleName("endoaid kiosk mode cannot start")
    box.exec()


def start_kiosk_config(args: argparse.Namespace) -> KioskConfig:
    """Return the kiosk configuration, or show why not and raise KioskConfigError (exit 2)."""
    try:
        return load_kiosk_config(getattr(args, "kiosk_config", None))
    except KioskConfigError as exc:
        if not getattr(args, "smoke_test", False):
            show_refusal(str(exc))
        raise


def fit_combo_boxes(root: QWidget, characters: int = 14) -> None:
    """Let choice boxes that size to their longest entry shrink, so large text still fits.

    The open list still shows every entry in full.
    """
    sizing = (
        QComboBox.SizeAdjustPolicy.AdjustToContents,
        QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow,
    )
    for combo in root.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() in sizing:
            combo.setMinimumContentsLength(characters)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        elif combo.minimumContentsLength() > characters:
            combo.setMinimumContentsLength(characters)
        else:
            continue
        # QComboBox keeps its old minimum size until its style changes: make it measure again.
        QCoreApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
        combo.updateGeometry()


class NoContextMenus(QObject):
    """Swallows every context-menu request in the application.

    A text field's menu offers Paste, Select All and Unicode control characters: nothing a
    patient alone at a kiosk needs, and an open one is a window left behind when the guide
    moves on (Alt+Right with one open crashed Qt now and then in random-input runs).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.ContextMenu


class KioskShell(QObject):
    """Owns everything kiosk mode adds to one main window."""

    def __init__(self, window, config: KioskConfig) -> None:
        super().__init__(window)
        self.window = window
        self.config = config
        window.controls_before_steps = lambda: focusable_controls(self.bar)
        self.unlocked = False
        self.start_language = config.language or window.state.lang
        self.text_size = config.text_size
        self.high_contrast = False
        self.gate = PinGate(config.pin_hash)
        self._lock_window()
        self.bar = KioskBar()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("kioskToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.toggleViewAction().setVisible(False)
        self.toolbar.addWidget(self.bar)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.bar.back_to_start.connect(self.back_to_start)
        self.bar.text_size_chosen.connect(self.set_text_size)
        self.bar.contrast_toggled.connect(self.set_high_contrast)
        self.bar.language_chosen.connect(self.set_language)
        self.bar.finish_and_clear.connect(self.finish_and_clear)
        self._output: KioskOutputPanel | None = None
        self._fitted: set[QWidget] = set()
        window.stack.currentChanged.connect(self._page_shown)
        self.still_there = StillThereOverlay(window, config.countdown_seconds)
        self.still_there.still_here.connect(self._carry_on)
        self.still_there.expired.connect(self.finish_and_clear)
        self.still_there.finish_now.connect(self.finish_and_clear)
        self.pin_prompt = PinPrompt(window, self.gate)
        self.pin_prompt.unlocked.connect(self._unlocked)
        self.pin_prompt.cancelled.connect(self.idle_restart)
        self.idle = IdleWatcher(config.idle_seconds, self)
        QApplication.instance().installEventFilter(self.idle)
        self.no_context_menus = NoContextMenus(self)
        QApplication.instance().installEventFilter(self.no_context_menus)
        self.idle.idle.connect(self._idle)
        self.code_entry = start_inbox(window, config)
        window.installEventFilter(self)
        window.state.changed.connect(self._state_changed)
        if window.state.lang != self.start_language:
            window.set_language(self.start_language)
        self.apply_theme()
        self.idle.start()

    # --- locking -----------------------------------------------------------------------

    def _lock_window(self) -> None:
        window = self.window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        window.menuBar().hide()
        window.menuBar().setEnabled(False)
        for name in CLINICIAN_ONLY_ACTIONS:
            action = getattr(window, name, None)
            if action is not None:
                action.setEnabled(False)
                action.setShortcut(QKeySequence())
        self.leave_actions = []
        for keys in ("Escape", "Alt+F4", "Ctrl+Q"):
            action = QAction(window)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(self.request_leave)
            window.addAction(action)
            self.leave_actions.append(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.unlocked or self.window.property("smoke_test"):
                return False
            event.ignore()  # a close refused: only the PIN lets the app end
            self.request_leave()
            return True
        return False

    def request_leave(self) -> None:
        """Escape, Alt+F4, Ctrl+Q or a close request: answer an overlay or ask for the PIN."""
        if self.still_there.isVisible():
            self.still_there._stay()
            return
        if self.pin_prompt.isVisible():
            self.pin_prompt.cancel()
            return
        if self.code_entry is not None and self.code_entry.isVisible():
            self.code_entry.cancel()
            return
        self.pin_prompt.ask()

    def _unlocked(self) -> None:
        self.unlocked = True
        self.idle.stop()
        wipe_consultation(self.window)
        self.window.close()

    def back_to_start(self) -> None:
        """Show the welcome page; her answers stay."""
        if self._output is not None and self._output.preview is not None:
            self._output.preview.forget()
        self.window.go_to(0)

    # --- privacy -----------------------------------------------------------------------

    def _idle(self) -> None:
        if self.pin_prompt.isVisible():
            self.pin_prompt.cancel()
        if self.code_entry is not None:
            self.code_entry.cancel()
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():  # e.g. About: the question must not hide behind it
                dialog.reject()
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open choice list would cover the question too
            popup.close()
            popup = QApplication.activePopupWidget() if popup.isHidden() else None
        self.idle.stop()
        self.still_there.start()

    def _carry_on(self) -> None:
        self.idle_restart()

    def idle_restart(self) -> None:
        """Count idle time again from now."""
        if not self.unlocked:
            self.idle.start()

    def finish_and_clear(self) -> None:
        """Forget everything about this patient now and show the welcome page."""
        self.still_there.stop()
        self.pin_prompt.cancel()
        if self.code_entry is not None:
            self.code_entry.cancel()
        if self._output is not None:
            self._output.clear()
        self.high_contrast = False
        self.text_size = self.config.text_size
        wipe_consultation(self.window, language=self.start_language)
        self.apply_theme()
        self.idle_restart()

    # --- reading -----------------------------------------------------------------------

    def apply_theme(self) -> None:
        """Apply the chosen text size and contrast to the whole application."""
        apply_theme(
            QApplication.instance(),
            self.window.state.lang,
            kiosk=True,
            high_contrast=self.high_contrast,
            text_size=self.text_size,
            window=self.window,
        )
        self.bar.show_choices(self.text_size, self.high_contrast, self.window.state.lang)

    def set_text_size(self, size: str) -> None:
        """Show every text at size A, A+ or A++."""
        self.text_size = size
        self.apply_theme()

    def set_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme on or off."""
        self.high_contrast = on
        self.apply_theme()

    def set_language(self, lang: str) -> None:
        """Show the guide in another language; her answers stay."""
        if lang != self.window.state.lang:
            self.window.set_language(lang)
        else:
            self.bar.show_choices(self.text_size, self.high_contrast, lang)

    def _state_changed(self, what: str) -> None:
        if what == "language":
            self.bar.retranslate()
            self.still_there.retranslate()
            self.pin_prompt.retranslate()
            if self.code_entry is not None:
                self.code_entry.retranslate()
                apply_read_only(self.window)
            if self._output is not None:
                self._output.retranslate()
            self.apply_theme()  # the window reset the font size for the new language

    @property
    def output(self) -> KioskOutputPanel:
        """The kiosk's print and save buttons on the export page (building that page)."""
        if self._output is None:
            self._output = self._add_output_panel(self.window.page("export"))
        return self._output

    def _page_shown(self, _index: int) -> None:
        apply_read_only(self.window)
        for page in self.window.built_pages():
            if page not in self._fitted:
                self._fitted.add(page)
                fit_combo_boxes(page)
        if self._output is None:
            built = {page.page_id for page in self.window.built_pages()}
            if "export" in built:
                self._output = self._add_output_panel(self.window.page("export"))

    def _add_output_panel(self, page: QWidget) -> KioskOutputPanel:
        for name in ("save_button", "print_button", "preview_button"):
            button = getattr(page, name, None)
            if button is not None:
                button.hide()
                button.setEnabled(False)
                button.setProperty("kiosk_hidden", True)
        panel = KioskOutputPanel(self.window, self.config)
        page.body_layout.insertWidget(1, panel)
        panel.show()
        return panel


def apply_kiosk(window: QWidget, config: KioskConfig) -> KioskShell:
    """Turn the main window into a kiosk; return the shell (kept alive by the window)."""
    shell = KioskShell(window, config)
    window.kiosk_shell = shell  # type: ignore[attr-defined]
    return shell
