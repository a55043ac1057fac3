"""Random clicks, keys, text, wheel, sizes, languages and dialogs never break the window.

3 seeds x 3,000 events in each mode by default; ENDOAID_MONKEY_EVENTS and ENDOAID_MONKEY_SEEDS
("7", "4,9" or "1-10") run longer or other seeds. A failure names the seed and the last 20
events; replay it with ENDOAID_MONKEY_SEEDS=<seed>.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from endoaid.ui.app.main_window import MainWindow
from tests.test_ui.monkey.run import event_count, play, real_app, seeds

# The real "save first?" question, before the suite's fixture answers it with Discard: a
# random run meets the real box and answers it like any other.
ASK_SAVE_FIRST = MainWindow.ask_save_first


def still_answers(window: MainWindow, qtbot) -> None:
    """Next and Back still move between steps, and the window still paints."""
    window.activateWindow()
    window.go_to_page("profile")
    start = window.stack.currentIndex()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == start + 1
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == start
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentIndex() == start + 1
    assert not window.grab().isNull()


# The offscreen platform cannot grab the keyboard or mouse for an open menu or list (as in
# test_kiosk_privacy); the only Qt messages a random run may cause besides pyproject's.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the (keyboard|mouse)")
@pytest.mark.parametrize("seed", seeds())
@pytest.mark.parametrize("mode", ["clinician", "kiosk"])
def test_random_events_never_break_the_window(
    mode, seed, tmp_path, qtbot, qtlog, monkeypatch, record_property
):
    """Thousands of random events: no unhandled exception, no Qt warning, the window answers."""
    monkeypatch.setattr(MainWindow, "ask_save_first", ASK_SAVE_FIRST)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.chdir(tmp_path)  # a print-to-file or a relative save lands here
    # Qt's file dialog keeps its state in QtProject.conf (native format, outside the app's
    # settings); it goes to the test's folder too.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    with real_app(tmp_path, kiosk=mode == "kiosk") as app:
        result = play(app, seed, event_count(), qtlog)
        record_property("monkey", f"{mode} seed={seed} {result}")
        print(f"\nmonkey {mode} seed={seed}: {result}")
        still_answers(app.window, qtbot)
