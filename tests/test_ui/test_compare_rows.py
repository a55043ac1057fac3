"""Side by side: living with each option, for and against, questions ticked first, and
glossary words that explain themselves by mouse, keyboard and at the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from endoaid.consultation import Session
from endoaid.ui.widgets.glossary import GlossaryLabel, GlossaryPopup
from tests.test_ui.conftest import postmenopausal_early
from tests.test_ui.flow_helpers import click
from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release

OPTIONS = ["no-endocrine-therapy", "tamoxifen", "letrozole"]


def _session(**fields) -> Session:
    return Session(
        profile=postmenopausal_early(), decision_id="treatment-duration", options=OPTIONS, **fields
    )


def _questions(page) -> list[str]:
    """Return the row questions as shown, top to bottom."""
    rows = []
    for row in range(1, page.grid.rowCount()):
        item = page.grid.itemAtPosition(row, 0)
        if item is not None and item.widget() is not None and item.widget().isVisible():
            label = item.widget().findChild(GlossaryLabel)
            rows.append(label.plain if label else item.widget().text())
    return rows


def test_every_option_shows_living_with_and_for_and_against_in_the_same_rows(qtbot, make_window):
    """Each column has body, feelings and daily life, and every point for and against, as the
    content writes them (the decision's own points for and against where it relabels an
    option, else the option's own words)."""
    window = make_window(session=_session())
    window.go_to_page("compare")
    page = window.page("compare")
    pack = window.state.pack
    assert "What is it like to live with?" in _questions(page)
    for ref in OPTIONS:
        option = pack.option(ref)
        assert page.cell_text(ref, "living-physical") == option.what_it_is_like.physical.get("en")
        assert page.cell_text(ref, "living-social") == option.what_it_is_like.social.get("en")
        benefits, harms = pack.for_and_against(window.state.decision(), ref)
        shown = page.cell_text(ref, "harms").split("\n")
        assert shown == [f"• {c.text.get('en')}" for c in harms]
        assert len(page.cell_text(ref, "benefits").split("\n")) == len(benefits)


def test_a_ticked_question_moves_to_the_top_and_is_saved(qtbot, make_window):
    """Ticking 'What speaks against it?' puts it first; it is in the session, the summary and
    the note; unticking puts it back in its place."""
    window = make_window(session=_session())
    window.go_to_page("compare")
    page = window.page("compare")
    before = _questions(page)
    click(qtbot, page.ticks["harms"])
    qtbot.waitUntil(lambda: _questions(page)[0] == "What speaks against it?")
    assert window.state.session.priority_rows == ["harms"]
    assert page.ticks["harms"].isChecked()
    qtbot.waitUntil(lambda: window.focusWidget() is page.ticks["harms"])
    assert sorted(_questions(page)) == sorted(before)
    window.go_to_page("summary")
    summary = window.page("summary")
    assert "What speaks against it? (a question you ticked)" in summary.priorities_text.text()
    assert "Questions that matter most to her: What speaks against it?" in summary.copy_note()
    window.go_to_page("compare")
    click(qtbot, page.ticks["harms"])
    qtbot.waitUntil(lambda: _questions(page) == before)
    assert window.state.session.priority_rows == []


def test_the_tick_names_its_question_for_a_screen_reader(qtbot, make_window):
    """A screen reader hears which question the tick is for."""
    window = make_window(session=_session())
    window.go_to_page("compare")
    tick = window.page("compare").ticks["living-with"]
    name = QAccessible.queryAccessibleInterface(tick).text(QAccessible.Text.Name)
    assert name == "Matters most to me: What is it like to live with?"


def _label_with(page, term_id: str) -> GlossaryLabel:
    labels = [
        w for w in page.findChildren(GlossaryLabel) if term_id in w.term_ids and w.isVisible()
    ]
    assert labels, term_id
    return labels[0]


def test_a_glossary_word_opens_its_meaning_on_click(qtbot, make_window):
    """'aromatase inhibitor' is a link; a click shows the glossary's definition."""
    window = make_window(session=_session())
    window.go_to_page("compare")
    label = _label_with(window.page("compare"), "aromatase-inhibitor")
    assert '<a href="glossary:aromatase-inhibitor">' in label.text()
    label.linkActivated.emit("glossary:aromatase-inhibitor")
    popup = label.popup
    assert isinstance(popup, GlossaryPopup) and popup.isVisible()
    definition = next(
        t for t in window.state.pack.glossary if t.id == "aromatase-inhibitor"
    ).definition.get("en")
    assert popup.definition.text() == definition
    assert QAccessible.queryAccessibleInterface(popup).text(QAccessible.Text.Name) == (
        "Aromatase inhibitor (AI)"
    )
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_the_keyboard_reaches_a_word_with_tab_and_opens_it_with_enter_or_space(qtbot, make_window):
    """Tab into a text lands on its first marked word; Enter opens it; Space does too."""
    window = make_window(session=_session())
    window.go_to_page("compare")
    window.activateWindow()
    qtbot.waitActive(window)
    label = _label_with(window.page("compare"), "aromatase-inhibitor")
    assert "Words explained here" in QAccessible.queryAccessibleInterface(label).text(
        QAccessible.Text.Description
    )
    opened: list[str] = []
    label.linkActivated.connect(opened.append)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        label.previousInFocusChain().setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.wait(10)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
        qtbot.wait(10)
        assert label.hasFocus() and label.selectedText(), key  # the first marked word
        QTest.keyClick(window.windowHandle(), key)
        assert opened and opened[-1] == f"glossary:{label.term_ids[0]}"
        assert label.popup is not None and label.popup.isVisible()
        label.popup.close()
        window.activateWindow()  # a window manager does this when the explanation closes
        qtbot.waitActive(window)
    assert len(opened) == 2


def test_chinese_words_are_marked_without_spaces(qtbot, make_window):
    """In Chinese the terms inside a sentence are marked and explained in Chinese."""
    window = make_window(session=_session(lang="zh_CN"))
    window.go_to_page("compare")
    label = _label_with(window.page("compare"), "hot-flushes")
    assert '<a href="glossary:hot-flushes">潮热</a>' in label.text()
    popup = label.explain("hot-flushes")
    assert popup is not None and "雌激素水平低时很常见" in popup.definition.text()
    popup.close()


def test_at_the_kiosk_the_meaning_closes_with_a_touch_sized_button(qtbot, pack):
    """At the kiosk the explanation's Close button is at least 44 pixels high."""
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        window.state.replace_session(_session())
        window.go_to_page("compare")
        label = _label_with(window.page("compare"), "hot-flushes")
        popup = label.explain("hot-flushes")
        assert popup is not None
        qtbot.waitExposed(popup)
        assert popup.close_button.height() >= 44
        popup.close()
    finally:
        release(window)


def test_a_row_counting_different_women_says_so_and_each_cell_says_whom(qtbot, pack):
    """Tamoxifen's rate from women after menopause beside injections' from women before it:
    the row says it is not like for like, and each cell says whom and when it counts."""
    from endoaid.ui.app.main_window import MainWindow
    from endoaid.ui.common.state import ConsultationState
    from tests.test_ui.conftest import premenopausal_early
    from tests.test_ui.frames_helpers import DECISION, OFS, TAMOXIFEN, pack_with_frames

    session = Session(
        profile=premenopausal_early(),
        decision_id=DECISION,
        options=["tamoxifen", "gnrh-agonist+exemestane"],
    )
    window = MainWindow(ConsultationState(pack_with_frames(pack), session))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.go_to_page("compare")
    page = window.page("compare")
    texts = [w.text() for w in page.table.findChildren(QLabel) if w.isVisible()]
    assert f"Counted in: {TAMOXIFEN.get('en')}" in texts
    assert f"Counted in: {OFS.get('en')}" in texts
    warnings = [t for t in texts if t.startswith("Not like for like")]
    assert len(warnings) == 1  # only the row whose cells differ


def test_in_high_contrast_the_words_to_look_up_are_light_on_black(qtbot, make_window):
    """The palette's dark blue link would vanish on black: high contrast draws links cyan."""
    from endoaid.ui.common.theme_contrast import compose_stylesheet

    window = make_window(session=_session())
    window.go_to_page("compare")
    label = _label_with(window.page("compare"), "hot-flushes")
    assert "color:#00ffff" not in label.text()
    window.setStyleSheet(compose_stylesheet(kiosk=False, high_contrast=True))
    qtbot.waitUntil(lambda: "color:#00ffff" in label.text())
    window.setStyleSheet(compose_stylesheet(kiosk=False, high_contrast=False))
    qtbot.waitUntil(lambda: "color:#00ffff" not in label.text())


def _link_box(label: GlossaryLabel):
    """Return the box of the label's link as painted (its blue pixels)."""
    from PySide6.QtCore import QRect

    image = label.grab().toImage()
    scale = image.width() / max(1, label.width())
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.blue() > 150 and c.red() < 90 and c.green() < 90:
                xs.append(x)
                ys.append(y)
    assert xs, "no link painted"
    return QRect(
        int(min(xs) / scale), int(min(ys) / scale), int((max(xs) - min(xs)) / scale) + 1,
        int((max(ys) - min(ys)) / scale) + 1,
    )  # fmt: skip


def _single_term_label(page) -> GlossaryLabel:
    labels = [
        w
        for w in page.findChildren(GlossaryLabel)
        if w.isVisible() and len(w.term_ids) == 1 and w.height() > 40
    ]
    assert labels
    return labels[0]


def _tap_beside_the_word(qtbot, label: GlossaryLabel) -> None:
    from PySide6.QtCore import QPoint

    box = _link_box(label)
    y = box.bottom() + 9 if box.bottom() + 12 < label.height() else box.top() - 9
    QTest.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(box.center().x(), y))


def test_at_the_kiosk_a_tap_beside_a_word_opens_it(qtbot, pack):
    """A finger that lands 9 pixels off the word still opens it at the kiosk."""
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        window.state.replace_session(_session())
        window.go_to_page("compare")
        label = _single_term_label(window.page("compare"))
        window.page("compare").scroll.ensureWidgetVisible(label)
        _tap_beside_the_word(qtbot, label)
        assert label.popup is not None and label.popup.isVisible()
        label.popup.close()
    finally:
        release(window)


def test_in_the_clinic_a_click_beside_a_word_selects_text_and_opens_nothing(qtbot, make_window):
    """With a mouse, only a click on the word itself opens it."""
    window = make_window(session=_session())
    window.go_to_page("compare")
    label = _single_term_label(window.page("compare"))
    window.page("compare").scroll.ensureWidgetVisible(label)
    _tap_beside_the_word(qtbot, label)
    assert label.popup is None
