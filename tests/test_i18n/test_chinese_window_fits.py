"""The Chinese window at 1280x800: no button narrower than its words, no English chrome."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from endoaid import i18n
from endoaid.consultation import Session, make_profile
from endoaid.content import ContentPack
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.qt_app import apply_font, load_stylesheet
from endoaid.ui.common.state import ConsultationState

DECISIONS = [("ovarian-suppression-method", "pre"), ("postmenopausal-endocrine", "post")]
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
LATIN_ALLOWED = {"endoaid", "SURE", "GnRHa", "PDF"}
REFERENCE_MARKS = ("来源：", "原版测试：")
"""Text after these on a line is a reference, which stays in its own language."""


def _english_words(text: str) -> set[str]:
    words: set[str] = set()
    for line in text.splitlines():
        for mark in REFERENCE_MARKS:
            line = line.split(mark)[0]
        words |= set(ENGLISH_WORD.findall(line))
    return words - LATIN_ALLOWED


@pytest.fixture
def chinese_window(
    qtbot, pack: ContentPack, clean_language: QApplication, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """A shown zh_CN window with the app's font and stylesheet, a profile and a decision."""
    decision_id, menopause = request.param
    app = clean_language
    font, sheet = app.font(), app.styleSheet()
    i18n.install_translators(app, "zh_CN")
    apply_font(app, "zh_CN")
    app.setStyleSheet(load_stylesheet())
    state = ConsultationState(pack, Session(lang="zh_CN"))
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    state.set_profile(make_profile(menopause=menopause, setting="early", age=50))
    window.open_decision(decision_id)
    yield window
    app.setFont(font)
    app.setStyleSheet(sheet)


def _chrome_buttons(window: MainWindow) -> list[QAbstractButton]:
    roots = [window.step_bar, window.back_button.parent()]
    return [b for root in roots for b in root.findChildren(QAbstractButton) if b.isVisible()]


@pytest.mark.parametrize("chinese_window", DECISIONS, indirect=True, ids=lambda d: d[0])
def test_no_chinese_button_is_narrower_than_its_words(qtbot, chinese_window: MainWindow) -> None:
    """On every page the step bar and the navigation buttons show their whole Chinese text."""
    window = chinese_window
    problems = []
    for index in range(len(window.pages)):
        window.go_to(index)
        qtbot.wait(1)
        for button in _chrome_buttons(window):
            if button.width() < button.sizeHint().width():
                problems.append(f"{index} {button.text()!r} {button.width()} < {button.sizeHint()}")
    assert not problems, problems


def _shown(widget: QLabel | QAbstractButton) -> str:
    """Return the words a person sees: a rich-text label without its markup (a glossary word's
    link target is no word on the screen)."""
    text = widget.text()
    if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
        return re.sub(r"<[^>]+>", " ", text)
    return text


@pytest.mark.parametrize("chinese_window", DECISIONS, indirect=True, ids=lambda d: d[0])
def test_chinese_pages_show_no_english_interface_words(qtbot, chinese_window: MainWindow) -> None:
    """Headings, labels and buttons of every page are Chinese (names and references aside)."""
    window = chinese_window
    found: dict[str, set[str]] = {}
    for index, page in enumerate(window.pages):
        window.go_to(index)
        qtbot.wait(1)
        widgets = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        for widget in [*widgets, *_chrome_buttons(window)]:
            if not widget.isVisible() or widget.objectName() == "sourcesText":
                continue
            words = _english_words(_shown(widget))
            if words:
                found.setdefault(page.page_id, set()).update(words)
    assert not found, found
