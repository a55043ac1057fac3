"""A pseudo language proves every interface string goes through the catalogues and still fits.

The language is generated at test time (tests/test_i18n/pseudo_locale.py): every source string
of every context, as lupdate finds them in today's code, wrapped as `[!! Next !!]` and compiled
with pyside6-lrelease. With it installed, the window (every page, clinician and kiosk), every
chart and the PDF summary are walked; a text shown without the wrap bypasses the catalogues,
and a text cut off by its box would be cut off in a language with longer words. (A string
written with no tr() at all is in no catalogue: lupdate cannot see it, and neither can this.)
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from pypdf import PdfReader
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from endoaid import catalogue, i18n
from endoaid.consultation import Session, make_profile
from endoaid.content import ContentPack
from endoaid.content.checks import walk
from endoaid.content.schema import Localized
from endoaid.report import report_bytes, sections
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState

from .pseudo_locale import fragments, load, make_pseudo_catalogue, translation_tool, untranslated

REPO = Path(__file__).resolve().parents[2]
WIDTH = 1280


@pytest.fixture(scope="module")
def pseudo(
    tmp_path_factory: pytest.TempPathFactory, qapp, pack: ContentPack
) -> tuple[QTranslator, set[str]]:
    """The pseudo catalogue (a translator, not installed) and the pieces of every source that
    the content's own words never say (those are shown unwrapped, rightly: content is data)."""
    del qapp
    tool = translation_tool()
    try:
        tool.find_tool("pyside6-lupdate")
        tool.find_tool("pyside6-lrelease")
    except tool.ToolMissing as missing:
        pytest.skip(str(missing))
    qm, sources = make_pseudo_catalogue(tmp_path_factory.mktemp("pseudo"), tool)
    pieces = fragments([s for texts in sources.values() for s in texts])
    content = " ".join(
        value.get("en").lower() for _path, value in walk(pack) if isinstance(value, Localized)
    )
    assert len(content) > 10_000, "the content's words were not found"
    return load(qm), {piece for piece in pieces if piece.lower() not in content}


@pytest.fixture
def pseudo_words(pseudo) -> Iterator[tuple[QTranslator, set[str]]]:
    """Charts and the report look their words up in the pseudo catalogue."""
    translator, _pieces = pseudo
    catalogue.use_lookup(lambda _lang, context, text: translator.translate(context, text) or text)
    yield pseudo
    i18n.use_catalogue_words()


def _sessions(pack: ContentPack) -> Iterator[Session]:
    for decision_id, decision in pack.decisions.items():
        menopause = "post" if "post" in decision_id else "pre"
        setting = "advanced" if "advanced" in decision_id else "early"
        yield Session(
            lang="en",
            decision_id=decision_id,
            options=list(decision.standard_comparison),
            profile=make_profile(menopause=menopause, setting=setting, age=50),
            ratings={s.id: 3 for s in decision.values[:2]} if decision.values else {},
            sure_before={"sure": True},
            sure_after={"sure": True, "understand": False},
            questions=["When do I start?"],
        )


def _text_outside(figure: Figure) -> list[str]:
    """Return the chart texts drawn (partly) outside the figure."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    box = figure.bbox
    # matplotlib keeps tick labels for ticks beyond the axis limits but never draws them.
    undrawn = set()
    for axes in figure.axes:
        for axis, (low, high) in ((axes.xaxis, axes.get_xlim()), (axes.yaxis, axes.get_ylim())):
            low, high = min(low, high), max(low, high)
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    undrawn |= {id(tick.label1), id(tick.label2)}
    outside = []
    for text in figure.findobj(Text):
        if id(text) in undrawn or not text.get_visible() or not text.get_text().strip():
            continue
        extent = text.get_window_extent(renderer)
        if (
            extent.x0 < box.x0 - 1
            or extent.x1 > box.x1 + 1
            or extent.y0 < box.y0 - 1
            or extent.y1 > box.y1 + 1
        ):
            outside.append(text.get_text())
    return outside


def test_the_pdf_and_its_charts_use_only_catalogue_words_that_fit(
    pack: ContentPack, pseudo_words, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every decision's summary: no chrome word outside the catalogue, no chart text cut off."""
    _translator, pieces = pseudo_words
    figures: list[tuple[str, Figure]] = []
    to_svg = sections.figure_to_svg

    def keep(figure: Figure) -> bytes:
        figures.append((decision_id, figure))
        return to_svg(figure)

    monkeypatch.setattr(sections, "figure_to_svg", keep)
    found: dict[str, set[str]] = {}
    for session in _sessions(pack):
        decision_id = session.decision_id or ""
        pdf = report_bytes(pack, session)
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        # The PDF's text layer breaks lines anywhere: compare with the line breaks taken out.
        missing = untranslated(" ".join(text.split()), pieces)
        if missing:
            found[decision_id] = missing
    assert not found, f"strings outside the catalogues: {found}"
    assert figures, "no chart was drawn"
    cut = {f"{d}: {t!r}" for d, figure in figures for t in _text_outside(figure)}
    assert not cut, f"chart texts outside their figure: {sorted(cut)}"


def _shown_texts(root: QWidget) -> list[QWidget]:
    widgets = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
    return [w for w in widgets if w.isVisible() and w.text()]


def _text_room(button: QPushButton) -> int:
    """Return the width a push button has for its text: its width less the style's padding."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    contents = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    if not button.icon().isNull():
        return contents.width() - button.iconSize().width() - 4
    return contents.width()


def _problems(window: MainWindow, pieces: set[str]) -> tuple[set[str], set[str]]:
    """Return (texts outside the catalogues, texts that do not fit) on the page shown."""
    missing: set[str] = set()
    clipped: set[str] = set()
    for widget in _shown_texts(window):
        text = widget.text()
        missing |= untranslated(text, pieces)
        if isinstance(widget, QPushButton):
            room = _text_room(widget)
            needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            if room < needed:
                clipped.add(f"button {text!r}")
        elif (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and "<" not in text
            and "\n" not in text
        ):
            needed = widget.fontMetrics().horizontalAdvance(text)
            if widget.contentsRect().width() < needed:
                clipped.add(f"label {text!r}")
    if window.width() > WIDTH or window.minimumSizeHint().width() > WIDTH:
        clipped.add(f"window wider than {WIDTH}")
    for title in [
        window.windowTitle(),
        *(m.title() for m in window.menuBar().findChildren(QWidget) if hasattr(m, "title")),
    ]:
        missing |= untranslated(title, pieces)
    return missing, clipped


@pytest.fixture
def pseudo_app(pseudo, pseudo_words) -> Iterator[tuple[QApplication, set[str]]]:
    """The application with the pseudo catalogue installed (English content underneath)."""
    translator, pieces = pseudo
    app = QApplication.instance()
    app.installTranslator(translator)
    yield app, pieces
    app.removeTranslator(translator)
    i18n.install_translators(app, "en")


def _walk(qtbot, window: MainWindow, pieces: set[str]) -> tuple[dict, dict]:
    missing: dict[str, set[str]] = {}
    clipped: dict[str, set[str]] = {}
    for index in range(len(window.pages)):
        window.go_to(index)
        qtbot.wait(1)
        page_id = window.current_page().page_id
        lost, cut = _problems(window, pieces)
        if lost:
            missing[page_id] = lost
        if cut:
            clipped[page_id] = cut
    return missing, clipped


@pytest.mark.parametrize("decision_id", ["ovarian-suppression-method", "postmenopausal-endocrine"])
def test_every_clinician_page_uses_catalogue_words_that_fit(
    qtbot, pack: ContentPack, pseudo_app, decision_id: str
) -> None:
    """Clinician mode, 1280x800: every page's labels and buttons wrapped, none cut off, and
    the window no wider than the screen."""
    _app, pieces = pseudo_app
    state = ConsultationState(pack, Session(lang="en"))
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(WIDTH, 800)
    window.show()
    qtbot.waitExposed(window)
    menopause = "post" if "post" in decision_id else "pre"
    state.set_profile(make_profile(menopause=menopause, setting="early", age=50))
    window.open_decision(decision_id)
    missing, clipped = _walk(qtbot, window, pieces)
    window.setProperty("smoke_test", True)
    assert not missing, f"strings outside the catalogues: {missing}"
    assert not clipped, f"texts cut off: {clipped}"


def test_every_kiosk_page_uses_catalogue_words_that_fit(
    qtbot, pack: ContentPack, pseudo_app
) -> None:
    """Kiosk mode, 1280x800, with its bar and big buttons: wrapped, none cut off."""
    from tests.test_ui.kiosk_helpers import kiosk_config, open_kiosk, release

    _app, pieces = pseudo_app
    window = open_kiosk(qtbot, pack, kiosk_config())
    try:
        window.state.set_profile(make_profile(menopause="pre", setting="early", age=45))
        window.open_decision("ovarian-suppression-method")
        missing, clipped = _walk(qtbot, window, pieces)
    finally:
        release(window)
    assert not missing, f"strings outside the catalogues: {missing}"
    assert not clipped, f"texts cut off: {clipped}"


def test_a_string_outside_the_catalogues_is_found() -> None:
    """The check can fail: an unwrapped piece is found, inside or beside wrapped strings."""
    from .pseudo_locale import wrap

    pieces = {"Your options side by side", "What happens next"}
    shown = f"{wrap('Content {0}').replace('{0}', wrap('1.0'))} · Your options side by side"
    assert untranslated(shown, pieces) == {"Your options side by side"}
    assert untranslated(wrap("What happens next"), pieces) == set()
