"""A kiosk window for tests: a real main window with the kiosk shell, and its clean-up."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from endoaid.consultation import Session
from endoaid.content import ContentPack
from endoaid.i18n import install_translators
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.kiosk.config import KioskConfig
from endoaid.ui.kiosk.pin import hash_pin
from endoaid.ui.kiosk.shell import KioskShell, apply_kiosk

PIN = "2468"
# Few iterations keep the tests quick; the format is the one administrators use.
PIN_HASH = hash_pin(PIN, iterations=10_000, salt=b"kiosk-test-salt!")


def kiosk_config(**overrides: object) -> KioskConfig:
    """Return a kiosk configuration with the test PIN and long timeouts unless overridden."""
    config = KioskConfig(pin_hash=PIN_HASH, idle_seconds=600, countdown_seconds=30)
    return replace(config, **overrides)  # type: ignore[arg-type]


def open_kiosk(
    qtbot, pack: ContentPack, config: KioskConfig, size: tuple[int, int] = (1280, 800)
) -> MainWindow:
    """Return a shown kiosk window (not full screen, so tests can pick its size)."""
    state = ConsultationState(pack, Session(), kiosk=True)
    window = MainWindow(state, kiosk=True)
    window.setProperty("font_before_kiosk", QApplication.font())
    apply_kiosk(window, config)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def shell_of(window: MainWindow) -> KioskShell:
    """Return the kiosk shell of a window."""
    return window.kiosk_shell  # type: ignore[attr-defined]


def release(window: MainWindow) -> None:
    """Let the window close and take the kiosk's app-wide filter and theme away again."""
    shell = shell_of(window)
    shell.unlocked = True
    shell.idle.stop()
    app = QApplication.instance()
    app.removeEventFilter(shell.idle)
    app.removeEventFilter(shell.no_context_menus)
    app.setFont(window.property("font_before_kiosk"))  # later tests see the usual font
    install_translators(app, "en")  # and English, whatever language this kiosk ended in


def kiosk_path_config(tmp_path: Path, **overrides: object) -> KioskConfig:
    """Return a kiosk configuration whose export folder is a fresh folder under tmp_path."""
    folder = tmp_path / "clinic-exports"
    folder.mkdir(exist_ok=True)
    return kiosk_config(export_folder=folder, **overrides)
