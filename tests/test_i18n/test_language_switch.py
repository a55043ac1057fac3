"""Switching language from the Language menu re-translates the open window and keeps the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from endoaid.consultation import ProfileError, Session, make_profile
from endoaid.content import ContentPack
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.profile_messages import profile_error_text


@pytest.fixture
def window(qtbot, pack: ContentPack, clean_language: QApplication) -> Iterator[MainWindow]:
    """A shown English window at 1280x800 with a profile entered and a decision open."""
    state = ConsultationState(pack, Session())
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    state.set_profile(make_profile(menopause="pre", setting="early", age=41))
    win.open_decision("ovarian-suppression-method")
    win.go_to_page("profile")
    page = win.page("profile")
    page.reset()
    yield win  # (clean_language puts the app back to English)


def _step_texts(win: MainWindow) -> list[str]:
    return [button.text() for button in win.step_bar.buttons()]


def test_language_menu_switches_steps_and_buttons_to_chinese_and_back(window: MainWindow) -> None:
    """Choosing 中文 shows Chinese step titles and buttons; English brings the English back."""
    assert "Your situation" in _step_texts(window)
    assert window.next_button.text() == "Next ›"
    window.lang_actions["zh_CN"].trigger()
    assert "您的情况" in _step_texts(window)
    assert window.next_button.text() == "下一步 ›"
    assert window.page("profile").heading.text() == "您的情况"
    window.lang_actions["en"].trigger()
    assert "Your situation" in _step_texts(window)
    assert window.next_button.text() == "Next ›"
    assert window.page("profile").heading.text() == "Your situation"


def test_what_was_entered_stays_through_a_language_switch(window: MainWindow) -> None:
    """The profile, decision and options are the same after switching to Chinese and back."""
    session = window.state.session
    before = (session.profile, session.decision_id, list(session.options))
    window.lang_actions["zh_CN"].trigger()
    page = window.page("profile")
    assert page.fields["age"].text() == "41"
    assert page.menopause.currentText() == "未绝经"
    window.lang_actions["en"].trigger()
    assert (session.profile, session.decision_id, list(session.options)) == before
    assert page.menopause.currentText() == "Before menopause"


def test_opening_a_chinese_session_shows_the_whole_window_in_chinese(
    window: MainWindow, tmp_path
) -> None:
    """A session saved in Chinese opens in Chinese: content and interface alike, not the
    content in Chinese under English buttons and steps."""
    from endoaid.consultation import save_session
    from endoaid.ui.clinician.tools import open_session_file

    saved = Session(lang="zh_CN", decision_id="ovarian-suppression-method")
    saved.profile = make_profile(menopause="pre", setting="early", age=44)
    save_session(saved, tmp_path / "her.endoaid.json")
    assert open_session_file(window, tmp_path / "her.endoaid.json")
    assert window.state.lang == "zh_CN"
    assert window.next_button.text() == "下一步 ›"
    assert "您的情况" in _step_texts(window)
    assert window.lang_actions["zh_CN"].isChecked()
    assert window.page("profile").fields["age"].text() == "44"
    assert not window.state.unsaved  # as opened: closing does not ask to save


def test_a_refused_field_is_explained_in_chinese(window: MainWindow, qtbot) -> None:
    """An impossible age typed in the Chinese window is refused with a Chinese message."""
    window.lang_actions["zh_CN"].trigger()
    page = window.page("profile")
    page.fields["age"].clear()
    qtbot.keyClicks(page.fields["age"], "150")
    message = page.field_message("age")
    assert "18" in message and "100" in message
    assert "must" not in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)


@pytest.mark.parametrize(
    ("form_field", "typed"),
    [("age", "abc"), ("age", "40.5"), ("baseline_risk_percent", "120"), ("menopause", "")],
)
def test_every_profile_refusal_has_chinese_words(
    clean_language: QApplication, form_field: str, typed: str
) -> None:
    """Each kind of refused entry is worded in Chinese once the Chinese catalogue is loaded."""
    from endoaid import i18n
    from endoaid.consultation import profile_from_form

    i18n.install_translators(clean_language, "zh_CN")
    form = {"menopause": "pre", form_field: typed}
    with pytest.raises(ProfileError) as info:
        profile_from_form(form)
    text = profile_error_text(info.value, typed)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
