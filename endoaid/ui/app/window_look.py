"""The window's look: its language, text size and contrast (a part of MainWindow)."""

from __future__ import annotations

from typing import Any

from endoaid.ui.common import settings


class WindowLook:
    """Language, text size and contrast of MainWindow (its state, kiosk flag and View menu)."""

    def set_language(self: Any, lang: str) -> None:
        """Show the window in another language without losing the session."""
        from PySide6.QtWidgets import QApplication

        from endoaid.i18n import install_translators
        from endoaid.ui.common.qt_app import apply_font

        app = QApplication.instance()
        install_translators(app, lang)
        apply_font(app, lang, kiosk=self.kiosk)
        self.state.set_language(lang)  # the window and its pages re-translate (_state_changed)
        if self.look_changed():
            self.apply_look()  # the language's font at her chosen size

    def look_changed(self: Any) -> bool:
        """Return True when the View menu asks for more than the standard look."""
        return self.text_size != "A" or self.high_contrast

    def set_look(
        self: Any, *, text_size: str | None = None, high_contrast: bool | None = None
    ) -> None:
        """Show every text at size A, A+ or A++, and/or in high contrast (remembered)."""
        if self.kiosk:  # kiosk mode has its own bar for this
            return
        if text_size is not None:
            self.text_size = text_size
        if high_contrast is not None:
            self.high_contrast = high_contrast
        settings.remember_look(self.text_size, self.high_contrast)
        self.apply_look()

    def apply_look(self: Any) -> None:
        """Apply the chosen text size and contrast to the whole application."""
        from PySide6.QtWidgets import QApplication

        from endoaid.ui.common.theme_contrast import apply_theme

        apply_theme(
            QApplication.instance(),
            self.state.lang,
            kiosk=False,
            high_contrast=self.high_contrast,
            text_size=self.text_size,
        )
        self.show_look()

    def show_look(self: Any) -> None:
        """Tick the View menu's entries for the look in use."""
        self.size_actions[self.text_size].setChecked(True)
        self.contrast_action.setChecked(self.high_contrast)
