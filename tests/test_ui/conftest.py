"""Fixtures for the app: a real main window over the shipped pack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from endoaid.consultation import Profile, Session
from endoaid.content import ContentPack
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState


@pytest.fixture
def real_look(qapp):
    """Give the tests the app's own font and stylesheet, as `endoaid` starts with them."""
    from endoaid.ui.common.qt_app import apply_font, load_stylesheet

    font, sheet = qapp.font(), qapp.styleSheet()
    apply_font(qapp, "en")
    qapp.setStyleSheet(load_stylesheet())
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


@pytest.fixture
def make_window(qtbot, pack: ContentPack) -> Callable[..., MainWindow]:
    """Return a factory for a shown main window (clinician mode unless kiosk=True)."""

    def make(
        *, kiosk: bool = False, session: Session | None = None, resize: bool = True
    ) -> MainWindow:
        state = ConsultationState(pack, session or Session(), kiosk=kiosk)
        window = MainWindow(state, kiosk=kiosk)
        qtbot.addWidget(window)
        if resize:
            window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    """A shown clinician-mode main window with a new session."""
    return make_window()


def premenopausal_early() -> Profile:
    """A woman before menopause after surgery for early breast cancer."""
    return Profile(menopause="pre", setting="early", age=38)


def postmenopausal_early() -> Profile:
    """A woman after menopause after surgery for early breast cancer."""
    return Profile(menopause="post", setting="early", age=64)


def advanced() -> Profile:
    """A woman after menopause whose cancer has spread or come back."""
    return Profile(menopause="post", setting="advanced", age=58)
