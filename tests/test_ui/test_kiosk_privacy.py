"""Kiosk privacy: idle wipe, "Finish and clear", no file dialog, nothing written to disk."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from endoaid.records import dump_json
from endoaid.ui.app.main_window import MainWindow
from tests.test_ui.flow_helpers import choose_decision, click, fill_profile, tick_options
from tests.test_ui.kiosk_helpers import kiosk_config, kiosk_path_config, open_kiosk, release

NAME = "Philippa Quenby-Marchetti"
QUESTION = "Will the injections clash with my salsa-dancing on Thursdays?"
NOTE = "Remember the orange folder for Dr Okonkwo"
CONCERN = "My cat Biscuit needs me at home every evening"
AGE = "71"


@pytest.fixture
def kiosk(qtbot, pack):
    """Return a factory for kiosk windows that are released after the test."""
    windows: list[MainWindow] = []

    def make(config, size=(1280, 800)) -> MainWindow:
        window = open_kiosk(qtbot, pack, config, size)
        windows.append(window)
        return window

    yield make
    for window in windows:
        release(window)


def enter_everything(qtbot, window: MainWindow) -> None:
    """Walk the flow as a patient: decision, age, options, ratings, SURE, concern, questions."""
    choose_decision(qtbot, window, "ovarian-suppression-method")
    fill_profile(qtbot, window, "pre", "early", AGE)
    tick_options(qtbot, window, ["oophorectomy", "gnrh-agonist"])
    window.go_to_page("charts")
    qtbot.waitUntil(lambda: window.page("charts").spec is not None, timeout=10_000)
    window.go_to_page("values")
    values = window.page("values")
    click(qtbot, values.controls["keep-fertility"].buttons[4])
    qtbot.keyClicks(values.concern_edit, CONCERN)
    click(qtbot, values.add_button)
    window.go_to_page("sure_before")
    first = next(iter(window.state.pack.sure.items))
    click(qtbot, window.page("sure_before").answers[first.id].yes)
    window.go_to_page("summary")
    summary = window.page("summary")
    click(qtbot, summary.leaning_buttons["gnrh-agonist"])
    qtbot.keyClicks(summary.questions, QUESTION)
    qtbot.keyClicks(summary.notes, NOTE)
    window.state.session.patient_name = NAME  # as an opened session or a future form would
    session = window.state.session
    assert session.profile is not None and session.profile.age == int(AGE)
    assert session.own_concerns == [CONCERN] and session.questions == [QUESTION]


def texts_on_screen(window: MainWindow) -> list[str]:
    """Return every text any widget under the window holds (values, items, names, tips)."""
    texts: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is not None:
            texts += [iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value)]
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
            texts.append(widget.placeholderText())
            if widget.isUndoAvailable():
                texts.append("<undo history>")
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
            if widget.document().isUndoAvailable():
                texts.append("<undo history>")
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for col in range(widget.columnCount()):
                    item = widget.item(row, col)
                    texts.append(item.text() if item else "")
    return texts


def choices_made(window: MainWindow, *, visit: bool = False) -> set[tuple[str, str, str]]:
    """Return the ticked buttons and spin box values, as (kind, name, text or value).

    With visit=True every page is shown once first, so pages that fill their controls on
    entry show their defaults.
    """
    if visit:
        for index in range(len(window.pages)):
            window.go_to(index)
        window.go_to(0)
    made = set()
    for button in window.findChildren(QAbstractButton):
        if button.isCheckable() and button.isChecked():
            made.add(("button", button.accessibleName(), button.text()))
    for box in window.findChildren(QSpinBox) + window.findChildren(QSlider):
        made.add(("value", box.accessibleName(), str(box.value())))
    return made


def assert_nothing_of_her_remains(window: MainWindow, fresh: set[tuple[str, str, str]]) -> None:
    """No widget and no part of the session holds any value she entered.

    `fresh` is what a new kiosk window had ticked and set before anyone touched it.
    """
    texts = "\n".join(t for t in texts_on_screen(window) if t)
    for value in (NAME, QUESTION, NOTE, CONCERN):
        assert value not in texts
    assert "<undo history>" not in texts
    for widget in window.findChildren(QLineEdit):
        assert widget.text() != AGE
    assert choices_made(window) <= fresh
    session = window.state.session
    dumped = dump_json(session).decode()
    for value in (NAME, QUESTION, NOTE, CONCERN):
        assert value not in dumped
    assert session.profile is None and session.decision_id is None
    assert session.options == [] and session.ratings == {} and session.own_concerns == []
    assert session.sure_before == {} and session.sure_after == {} and session.leaning is None
    assert session.questions == [] and session.notes == "" and session.patient_name in ("", None)
    assert window.state.insurance_share() is None
    charts = window.page("charts")
    assert charts.spec is None and charts.view.spec is None
    canvas = charts.view.canvas  # kept for the next patient's charts, with nothing of hers
    assert canvas is None or not (canvas.figure.axes or canvas.figure.texts)
    assert charts.view.table.rowCount() == 0


def test_after_the_idle_time_and_countdown_nothing_she_entered_remains(qtbot, kiosk):
    """Idle 0.2 s, countdown 0.2 s: the question shows, then every trace is wiped."""
    window = kiosk(kiosk_config(idle_seconds=0.2, countdown_seconds=0.2))
    shell = window.kiosk_shell
    shell.idle.stop()  # the walk below takes longer than 0.2 s
    fresh = choices_made(window, visit=True)
    enter_everything(qtbot, window)
    shell.idle.start()
    qtbot.waitUntil(shell.still_there.isVisible, timeout=3000)
    assert shell.still_there.title.text() == "Are you still there?"
    assert "second" in shell.still_there.countdown.text()
    qtbot.waitUntil(lambda: not shell.still_there.isVisible(), timeout=3000)
    assert window.current_page().page_id == "welcome"
    assert_nothing_of_her_remains(window, fresh)
    assert shell.idle.is_watching(), "the next patient is watched again"


def test_touching_the_screen_during_the_countdown_keeps_her_answers(qtbot, kiosk):
    """A tap on "Are you still there?" hides it and keeps everything."""
    window = kiosk(kiosk_config(idle_seconds=0.1, countdown_seconds=5))
    shell = window.kiosk_shell
    window.state.session.notes = NOTE
    qtbot.waitUntil(shell.still_there.isVisible, timeout=3000)
    QTest.mouseClick(shell.still_there, Qt.MouseButton.LeftButton)
    assert not shell.still_there.isVisible()
    assert window.state.session.notes == NOTE
    shell.idle.stop()


def test_input_restarts_the_idle_timer_and_is_not_swallowed(qtbot, kiosk):
    """Typing keeps the kiosk awake and the letters still arrive in the field."""
    window = kiosk(kiosk_config(idle_seconds=0.4, countdown_seconds=5))
    shell = window.kiosk_shell
    window.go_to_page("values")
    edit = window.page("values").concern_edit
    for letter in "abcdef":
        qtbot.keyClicks(edit, letter)
        qtbot.wait(150)
    assert edit.text() == "abcdef"
    assert not shell.still_there.isVisible()
    shell.idle.stop()


def test_finish_and_clear_wipes_everything_at_once(qtbot, kiosk):
    """The always-visible "Finish and clear" forgets her and shows the welcome page."""
    window = kiosk(kiosk_config())
    fresh = choices_made(window, visit=True)
    enter_everything(qtbot, window)
    QGuiApplication.clipboard().setText(NOTE)  # she copied her note
    bar = window.kiosk_shell.bar
    click(qtbot, bar.size_buttons["A++"])
    click(qtbot, bar.finish_button)
    assert window.current_page().page_id == "welcome"
    assert_nothing_of_her_remains(window, fresh)
    assert bar.size_buttons["A"].isChecked(), "the next patient starts at the normal size"
    assert QGuiApplication.clipboard().text() != NOTE


def test_no_file_dialog_is_ever_created_in_kiosk_mode(qtbot, kiosk, tmp_path, monkeypatch):
    """Walk the flow, press the clinician shortcuts, save and print: no QFileDialog at all."""
    created: list[str] = []

    def refuse(*_args, **_kwargs):
        created.append("QFileDialog")
        raise AssertionError("a file dialog was opened in kiosk mode")

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    monkeypatch.setattr(QFileDialog, "__init__", refuse)
    window = kiosk(kiosk_path_config(tmp_path, printer="No Such Printer"))
    enter_everything(qtbot, window)
    for key in (Qt.Key.Key_O, Qt.Key.Key_S, Qt.Key.Key_N, Qt.Key.Key_E, Qt.Key.Key_P):
        QTest.keyClick(window.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
    window.go_to_page("export")
    panel = window.kiosk_shell.output
    click(qtbot, panel.save_button)
    click(qtbot, panel.print_button)
    for button in window.page("export").findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            click(qtbot, button)
    assert created == []
    assert not [w for w in window.findChildren(QFileDialog)]


def _listing(folders: list[Path]) -> set[str]:
    return {str(p) for folder in folders for p in folder.rglob("*")}


def test_a_kiosk_session_writes_no_file_except_the_configured_export(
    qtbot, kiosk, tmp_path, monkeypatch
):
    """User data, config, cache and temp folders are unchanged; only the export folder gains."""
    home = tmp_path / "home"
    folders = []
    for name in ("config", "data", "cache", "state", "tmp"):
        (home / name).mkdir(parents=True)
        folders.append(home / name)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    QStandardPaths.setTestModeEnabled(False)
    try:
        qt_folders = [
            Path(QStandardPaths.writableLocation(kind))
            for kind in (
                QStandardPaths.StandardLocation.AppDataLocation,
                QStandardPaths.StandardLocation.AppConfigLocation,
                QStandardPaths.StandardLocation.AppLocalDataLocation,
                QStandardPaths.StandardLocation.GenericConfigLocation,
                QStandardPaths.StandardLocation.CacheLocation,
            )
        ]
        assert all(str(f).startswith(str(home)) for f in qt_folders), qt_folders
        config = kiosk_path_config(tmp_path, printer="No Such Printer")
        # matplotlib's own font cache (no patient data) may be made on first import; make it
        # before the snapshot so only what the session writes is compared.
        from endoaid.fonts import register_matplotlib_fonts

        register_matplotlib_fonts()
        before = _listing([home])
        window = kiosk(config)
        enter_everything(qtbot, window)
        window.go_to_page("export")
        saved = window.kiosk_shell.output.save_summary()
        window.kiosk_shell.output.print_summary()
        window.kiosk_shell.finish_and_clear()
        window.close()
        after = _listing([home])
    finally:
        QStandardPaths.setTestModeEnabled(True)
    assert after == before
    assert saved is not None and [p.name for p in config.export_folder.iterdir()] == [saved.name]


def test_the_question_is_not_hidden_behind_an_open_dialog(qtbot, kiosk):
    """About left open when she walks away: it closes, and the countdown is on top."""
    window = kiosk(kiosk_config(idle_seconds=0.1, countdown_seconds=5))
    window.show_about()
    qtbot.waitUntil(window.about_dialog.isVisible, timeout=2000)
    shell = window.kiosk_shell
    qtbot.waitUntil(shell.still_there.isVisible, timeout=3000)
    assert not window.about_dialog.isVisible()
    assert shell.still_there.countdown.text() in {"5 seconds left", "4 seconds left"}
    shell.still_there.stop()


# The offscreen platform cannot grab the keyboard for a popup; harmless here.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_question_is_not_hidden_behind_an_open_choice_list(qtbot, kiosk):
    """A choice list left open when she walks away closes before the countdown shows."""
    window = kiosk(kiosk_config(idle_seconds=0.3, countdown_seconds=5))
    window.go_to_page("profile")
    combo = window.page("profile").menopause
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    shell = window.kiosk_shell
    qtbot.waitUntil(shell.still_there.isVisible, timeout=3000)
    assert not combo.view().isVisible()
    shell.still_there.stop()


def test_carrying_on_puts_the_keyboard_back_where_she_was(qtbot, kiosk):
    """After "Yes, I am still here" typing goes on in the field she was typing in."""
    window = kiosk(kiosk_config(idle_seconds=0.2, countdown_seconds=5))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    window.go_to_page("values")
    edit = window.page("values").concern_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=1000)
    shell = window.kiosk_shell
    qtbot.waitUntil(shell.still_there.isVisible, timeout=3000)
    assert not edit.hasFocus()
    click(qtbot, shell.still_there.stay_button)
    assert edit.hasFocus()
    shell.idle.stop()
