"""Random events a person could cause: clicks, keys, typing, wheel, tabs, looks, sizes, menus.

Every event goes to what is on top (an open list or menu, else a modal dialog, else the
window), through Qt's own input path where Qt offers one, and is logged before it happens.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from tests.test_ui.monkey.log import EventLog
from tests.test_ui.monkey.targets import (
    KEYS,
    KIOSK_ONLY_KEYS,
    K,
    M,
    clickable_widgets,
    name_of,
    on_screen,
    send_keys,
    top_widget,
    usable,
)
from tests.test_ui.monkey.texts import random_text


class Monkey:
    """Draws events from a seeded random.Random and plays them on the real window."""

    def __init__(
        self, window, rng: random.Random, log: EventLog, *, kiosk: bool, allow_quit: bool
    ) -> None:
        self.window = window
        self.rng = rng
        self.log = log
        self.kiosk = kiosk
        self.keys = KEYS + (KIOSK_ONLY_KEYS if allow_quit else ())
        self.events: list[tuple[float, Callable[[], None]]] = [
            (40, self.click),
            (14, self.key),
            (8, self.text),
            (6, self.wheel),
            (1, self.tab),
            (7, self.nav),
            (5, self.action),
            (1, self.resize),
            (0.25, self.look),
            (0.25, self.language),
            (2, self.time_passes),
        ]
        self._weights = [weight for weight, _do in self.events]
        self.seconds: dict[str, float] = {}
        self.slow: list[tuple[float, str]] = []
        """Time spent per kind of event (with the events it caused), to keep runs short."""

    def step(self) -> None:
        """Play one random event."""
        (do,) = self.rng.choices([do for _w, do in self.events], weights=self._weights)
        if QApplication.activeWindow() is None and top_widget(self.window) is self.window:
            self.window.activateWindow()  # as a click into it would (after a dialog closed)
        started = time.perf_counter()
        do()
        QApplication.processEvents()
        name = do.__name__
        spent = time.perf_counter() - started
        if spent > 0.05:
            self.slow.append((spent, self.log.lines[-1] if self.log.lines else name))
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    # --- input -------------------------------------------------------------------------

    def click(self) -> None:
        """Click (sometimes double- or right-click) a random point of a random control."""
        root = top_widget(self.window)
        restyling = self._restyling_controls()
        widget = self.rng.choice(
            [w for w in clickable_widgets(root) if w not in restyling] or [root]
        )
        roll = self.rng.random()
        button = Qt.MouseButton.RightButton if roll < 0.05 else Qt.MouseButton.LeftButton
        what = "right-click" if roll < 0.05 else "double-click" if roll < 0.1 else "click"
        self._click_in(widget, what, button)

    def _click_in(self, widget: QWidget, what: str, button: Qt.MouseButton) -> None:
        """Click a random point of `widget` that is on screen, through its window."""
        area = on_screen(widget)
        if area.isEmpty():
            self.log.add(what, f"{name_of(widget)}: not on screen, skipped")
            return
        pos = QPoint(
            area.x() + self.rng.randrange(max(1, area.width())),
            area.y() + self.rng.randrange(max(1, area.height())),
        )
        self.log.add(what, f"{name_of(widget)} at {pos.x()},{pos.y()}")
        # Through the window, as a real click: what covers the control (an overlay) gets it.
        handle = widget.window().windowHandle()
        target, where = (
            (widget, pos) if handle is None else (handle, widget.mapTo(widget.window(), pos))
        )
        if what == "double-click":
            QTest.mouseDClick(target, button, Qt.KeyboardModifier.NoModifier, where)
        else:
            QTest.mouseClick(target, button, Qt.KeyboardModifier.NoModifier, where)

    def _restyling_controls(self) -> set[object]:
        """Return the controls that restyle the whole app (text size, contrast, language).

        Each such change takes 0.1-0.2 s; as random click targets they were a third of the
        kiosk's clicks and most of a run's time. The look and language events use them, less
        often.
        """
        if self.kiosk:
            bar = self.window.kiosk_shell.bar
            return {
                *bar.size_buttons.values(),
                bar.contrast_button,
                *bar.language_buttons.values(),
                bar.finish_button,
            }
        window = self.window
        return {
            *window.size_actions.values(),
            window.contrast_action,
            *window.lang_actions.values(),
        }

    def key(self) -> None:
        """Press a random key or key combination."""
        key, modifier = self.rng.choice(self.keys)
        text = QKeySequence(key.value | modifier.value).toString()
        self.log.add("key", text)
        send_keys(top_widget(self.window), key, modifier)

    def text(self) -> None:
        """Type or paste random text (Chinese through the input method, or control characters)."""
        target = QApplication.focusWidget() or top_widget(self.window)
        text = random_text(self.rng)
        if self.rng.random() < 0.5 and target.testAttribute(
            Qt.WidgetAttribute.WA_InputMethodEnabled
        ):
            self.log.add("input method", f"{name_of(target)} {text[:40]!r}")
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QApplication.sendEvent(target, event)
            return
        self.log.add("type", f"{name_of(target)} {text[:40]!r}")
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)
            )

    def wheel(self) -> None:
        """Turn the mouse wheel (sometimes with Ctrl) over a random control."""
        root = top_widget(self.window)
        widget = self.rng.choice([*clickable_widgets(root), root])
        seen = widget.visibleRegion().boundingRect()
        point = seen.center() if not seen.isEmpty() else widget.rect().center()
        # the control on top at that point gets the wheel (an overlay covers the page)
        at = widget.mapTo(root, point)
        widget = root.childAt(at) or root
        local = QPointF(widget.mapFrom(root, at))
        steps = self.rng.choice((-3, -1, 1, 3)) * 120
        modifier = M.ControlModifier if self.rng.random() < 0.1 else M.NoModifier
        self.log.add("wheel", f"{name_of(widget)} {steps}")
        event = QWheelEvent(
            local,
            QPointF(widget.mapToGlobal(local)),
            QPoint(0, 0),
            QPoint(0, steps),
            Qt.MouseButton.NoButton,
            modifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    def tab(self) -> None:
        """Click a random tab of a visible tab bar."""
        bars = [b for b in top_widget(self.window).findChildren(QTabBar) if b.isVisible()]
        if not bars:
            return self.click()
        bar = self.rng.choice(bars)
        index = self.rng.randrange(max(1, bar.count()))
        where = bar.tabRect(index).center()
        if not on_screen(bar).contains(where):
            self.log.add("tab", f"{name_of(bar)} {index}: not on screen, skipped")
            return
        self.log.add("tab", f"{name_of(bar)} {index}")
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)

    def nav(self) -> None:
        """Press Back or Next (by click, or Alt+Left/Right)."""
        forward = self.rng.random() < 0.6
        button = self.window.next_button if forward else self.window.back_button
        if top_widget(self.window) is self.window and button.isVisible() and button.isEnabled():
            self._click_in(button, "click", Qt.MouseButton.LeftButton)
        else:
            self.log.add("key", "Alt+Right" if forward else "Alt+Left")
            send_keys(
                top_widget(self.window), K.Key_Right if forward else K.Key_Left, M.AltModifier
            )

    def action(self) -> None:
        """Use a window action: its shortcut, or (clinician mode) its menu entry."""
        restyling = self._restyling_controls()
        actions = [
            a
            for a in self.window.findChildren(QAction)
            if usable(a, self.window) and a not in restyling
        ]
        if self.kiosk:
            actions = [a for a in actions if not a.shortcut().isEmpty()]
        if not actions:
            return
        action = self.rng.choice(actions)
        popup = QApplication.activePopupWidget()
        if popup is not None:  # an open menu takes the keys first (see send_keys)
            self.log.add("key", "Escape (a menu is open)")
            send_keys(popup, K.Key_Escape, M.NoModifier)
            return
        if not action.shortcut().isEmpty() and self.rng.random() < 0.5:
            self.log.add("shortcut", action.shortcut().toString())
            QTest.keySequence(self.window.windowHandle(), action.shortcut())
            return
        self.log.add("action", action.text() or action.shortcut().toString())
        action.trigger()

    # --- the window --------------------------------------------------------------------

    def resize(self) -> None:
        """Resize the window, down to 800x600."""
        width, height = self.rng.choice(((800, 600), (1024, 700), (1280, 800), (1600, 1000)))
        if self.rng.random() < 0.5:
            width, height = self.rng.randint(800, 1600), self.rng.randint(600, 1000)
        self.log.add("resize", f"{width}x{height}")
        self.window.resize(width, height)

    def look(self) -> None:
        """Choose another text size or switch high contrast (kiosk: or finish and clear)."""
        if self.kiosk:
            bar = self.window.kiosk_shell.bar
            looks = [*bar.size_buttons.values(), bar.contrast_button, bar.finish_button]
            button = self.rng.choice(looks)
            self.log.add("click", f"kiosk bar {button.text()}")
            button.click()
            return
        choice = self.rng.choice([*self.window.size_actions.values(), self.window.contrast_action])
        self.log.add("action", choice.text())
        choice.trigger()

    def language(self) -> None:
        """Switch the language of the interface."""
        lang = self.rng.choice(("en", "zh_CN"))
        self.log.add("language", lang)
        if self.kiosk:
            self.window.kiosk_shell.bar.language_buttons[lang].click()
        else:
            self.window.lang_actions[lang].trigger()

    def time_passes(self) -> None:
        """Kiosk mode: let the idle time or the 'still there?' countdown run out."""
        if not self.kiosk:
            return self.click()
        shell = self.window.kiosk_shell
        if shell.still_there.isVisible():
            self.log.add("time", "the countdown runs out")
            shell.still_there.deadline.timeout.emit()
        elif shell.idle.is_watching():
            self.log.add("time", "nobody touched the kiosk for a while")
            shell.idle.idle.emit()
