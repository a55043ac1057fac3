"""The kiosk shell: locked full screen, the PIN to leave, lock-out, controls always on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.theme_contrast import TEXT_SCALES
from tests.test_ui.flow_helpers import click
from tests.test_ui.kiosk_helpers import PIN, kiosk_config, open_kiosk, release


@pytest.fixture
def window(qtbot, pack):
    """A kiosk window with the test PIN, released after the test."""
    win = open_kiosk(qtbot, pack, kiosk_config())
    yield win
    release(win)


def type_pin(qtbot, window: MainWindow, pin: str) -> None:
    """Type a PIN on the PIN screen with the touch keypad and press the unlock button."""
    prompt = window.kiosk_shell.pin_prompt
    keys = {button.text(): button for button in prompt.keys}
    for digit in pin:
        click(qtbot, keys[digit])
    click(qtbot, prompt.unlock_button)


def test_the_kiosk_window_has_no_frame_no_menus_and_no_context_menu(window):
    """Frameless, the menu bar hidden and disabled, no right-click toolbar menu."""
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.menuBar().isVisible() and not window.menuBar().isEnabled()
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    for name in ("open_action", "save_action", "load_book_action", "copy_note_action"):
        assert not getattr(window, name).isEnabled(), name


def test_closing_without_the_pin_is_refused_and_asks_for_it(qtbot, window):
    """A close request leaves the window open and shows the PIN screen."""
    assert window.close() is False
    assert window.isVisible()
    assert window.kiosk_shell.pin_prompt.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_escape_ctrl_q_and_alt_f4_ask_for_the_pin(qtbot, window, key, modifier):
    """Each leaving shortcut shows the PIN screen and the app stays."""
    QTest.keyClick(window.windowHandle(), key, modifier)
    qtbot.waitUntil(window.kiosk_shell.pin_prompt.isVisible, timeout=2000)
    assert window.isVisible()


def test_the_right_pin_closes_the_app(qtbot, window):
    """With the administrator PIN the window closes."""
    window.close()
    type_pin(qtbot, window, PIN)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert window.kiosk_shell.unlocked


def test_a_wrong_pin_says_so_and_keeps_the_kiosk(qtbot, window):
    """A wrong PIN: a message on the PIN screen, the field empty, the window open."""
    window.close()
    type_pin(qtbot, window, "1111")
    prompt = window.kiosk_shell.pin_prompt
    assert prompt.message.text() == "That PIN is not right. Please try again."
    assert prompt.pin_edit.text() == "" and not prompt.pin_edit.isUndoAvailable()
    assert window.isVisible() and not window.kiosk_shell.unlocked


def test_three_wrong_pins_lock_out_the_right_one(qtbot, window):
    """After three misses even the right PIN is refused, with the wait shown."""
    window.close()
    for _ in range(3):
        type_pin(qtbot, window, "0000")
    type_pin(qtbot, window, PIN)
    prompt = window.kiosk_shell.pin_prompt
    assert prompt.message.text().startswith("Too many wrong PINs. Try again in")
    assert window.isVisible() and not window.kiosk_shell.unlocked


def test_escape_on_the_pin_screen_goes_back_to_the_guide(qtbot, window):
    """Escape a second time cancels the PIN screen; the guide is there again."""
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert not window.kiosk_shell.pin_prompt.isVisible()
    assert window.isVisible()


def test_back_to_start_and_finish_and_clear_are_on_screen_on_every_page(qtbot, window):
    """On each of the ten steps both buttons are visible and enabled."""
    bar = window.kiosk_shell.bar
    for index in range(len(window.pages)):
        window.go_to(index)
        assert bar.home_button.isVisible() and bar.home_button.isEnabled()
        assert bar.finish_button.isVisible() and bar.finish_button.isEnabled()
    click(qtbot, bar.home_button)
    assert window.current_page().page_id == "welcome"


def test_back_to_start_keeps_her_answers(qtbot, window):
    """ "Back to start" only moves; "Finish and clear" is the one that forgets."""
    window.state.session.notes = "my note"
    window.go_to_page("summary")
    click(qtbot, window.kiosk_shell.bar.home_button)
    assert window.state.session.notes == "my note"


def test_text_size_buttons_make_the_words_bigger(qtbot, window):
    """A+ and A++ raise the application font; A brings it back."""
    bar = window.kiosk_shell.bar
    normal = QApplication.font().pointSizeF()
    click(qtbot, bar.size_buttons["A++"])
    assert QApplication.font().pointSizeF() == pytest.approx(normal * TEXT_SCALES["A++"])
    assert TEXT_SCALES["A++"] >= 1.4
    assert bar.size_buttons["A++"].isChecked()
    click(qtbot, bar.size_buttons["A"])
    assert QApplication.font().pointSizeF() == pytest.approx(normal)


def test_the_kiosk_base_font_is_at_least_14_points(window):
    """Kiosk text starts at 14 pt or more."""
    assert QApplication.font().pointSizeF() >= 14


def test_the_language_buttons_switch_the_guide_and_keep_the_size(qtbot, window):
    """中文 shows Chinese text; the chosen text size survives the switch."""
    bar = window.kiosk_shell.bar
    click(qtbot, bar.size_buttons["A+"])
    size = QApplication.font().pointSizeF()
    click(qtbot, bar.language_buttons["zh_CN"])
    assert window.state.lang == "zh_CN"
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    click(qtbot, bar.language_buttons["en"])
    assert window.state.lang == "en"


def test_the_configured_language_is_where_every_patient_starts(qtbot, pack):
    """language = "zh_CN" in the configuration: the kiosk opens, and returns, in Chinese."""
    win = open_kiosk(qtbot, pack, kiosk_config(language="zh_CN"))
    try:
        assert win.state.lang == "zh_CN"
        win.set_language("en")
        win.kiosk_shell.finish_and_clear()
        assert win.state.lang == "zh_CN"
    finally:
        release(win)


def test_a_refused_kiosk_shows_its_reason_in_a_dialog(monkeypatch, tmp_path):
    """Without a terminal the reason must be on screen: a dialog with the same sentence."""
    from argparse import Namespace

    from endoaid.ui.kiosk import shell
    from endoaid.ui.kiosk.config import KioskConfigError

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(self.text()) or 0)
    with pytest.raises(KioskConfigError) as caught:
        shell.start_kiosk_config(Namespace(kiosk_config=tmp_path / "none.toml"))
    assert seen == [str(caught.value)]


def test_tab_on_the_pin_screen_stays_on_the_pin_screen(qtbot, window):
    """Tab cycles the PIN field and its two buttons; the form underneath is never reached."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    prompt = window.kiosk_shell.pin_prompt
    prompt.ask()
    seen = []
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert set(seen) == {prompt.pin_edit, prompt.cancel_button, prompt.unlock_button}


def _popup_after_right_click(qtbot, field) -> str | None:
    """Right-click `field` through its window; return the class name of any popup that opened
    (then closed)."""
    from PySide6.QtCore import QPoint, QTimer

    seen: list[str | None] = []

    def look_and_close() -> None:
        popup = QApplication.activePopupWidget()
        seen.append(type(popup).__name__ if popup is not None else None)
        if popup is not None:
            popup.close()

    # A page just built still has layout work queued; a click made before it runs saw its
    # menu closed at once by the same click's release (seen once the profile page grew).
    qtbot.wait(50)
    QTimer.singleShot(100, look_and_close)  # a menu's exec() would wait here until it closes
    window = field.window()
    pos = field.mapTo(window, QPoint(10, 10))
    QTest.mouseClick(
        window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    return seen[0]


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # an open menu asks it
@pytest.mark.parametrize("kiosk", [True, False])
def test_text_fields_offer_no_context_menu_in_kiosk_mode(qtbot, pack, make_window, kiosk):
    """A right-click in a text field opens Paste/Select All for a clinician, nothing at a
    kiosk."""
    win = open_kiosk(qtbot, pack, kiosk_config()) if kiosk else make_window()
    try:
        win.go_to_page("profile")
        field = next(iter(win.page("profile").fields.values()))
        popup = _popup_after_right_click(qtbot, field)
        assert (popup is None) if kiosk else (popup == "QMenu"), popup
    finally:
        if kiosk:
            release(win)
