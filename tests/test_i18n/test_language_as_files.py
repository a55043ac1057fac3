"""A new interface language arrives as files: a table in languages.toml and its catalogue.

The test copies the resources folder, adds a language 'pseudo' there (its .qm generated from
today's sources, every string wrapped `[!! … !!]`, see pseudo_locale.py) and a table for it in
languages.toml, and touches no Python: the command line accepts it, the window's Language menu
lists it and shows its words, dates follow its format, the PDF is written in it, the
consultation's own sentences (a decision's reason, PREDICT's field errors, calendar events) are
in it, and the content pack may carry texts in it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from endoaid import cli, i18n, languages, resources
from endoaid.consultation import Session
from endoaid.content import ContentPack
from endoaid.content.schema import Localized
from endoaid.records import Invalid, validate
from endoaid.ui.app.main_window import MainWindow
from endoaid.ui.common.state import ConsultationState

from .pseudo_locale import CLOSE, OPEN, make_pseudo_catalogue, translation_tool

REPO = Path(__file__).resolve().parents[2]
PSEUDO_TABLE = """
[pseudo]
name = "Pseudo"
locale = "en_US"
system = ["pseudo"]
date_format = "yyyy-MM-dd"
word_gap = " "
"""


@pytest.fixture(scope="module")
def resources_with_pseudo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the resources folder with one more language, added as files only."""
    tool = translation_tool()
    try:
        tool.find_tool("pyside6-lupdate")
        tool.find_tool("pyside6-lrelease")
    except tool.ToolMissing as missing:
        pytest.skip(str(missing))
    shipped = resources.resources_root()
    root = tmp_path_factory.mktemp("resources")
    for part in shipped.iterdir():
        if part.name != "translations":
            (root / part.name).symlink_to(part, target_is_directory=part.is_dir())
    translations = root / "translations"
    shutil.copytree(shipped / "translations", translations)
    made = tmp_path_factory.mktemp("pseudo")
    qm, _sources = make_pseudo_catalogue(made, tool)
    shutil.copyfile(qm, translations / "endoaid_pseudo.qm")
    with (translations / "languages.toml").open("a", encoding="utf-8") as file:
        file.write(PSEUDO_TABLE)
    return root


@pytest.fixture
def with_pseudo(resources_with_pseudo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """endoaid reads its resources from the copy for the length of one test."""
    monkeypatch.setattr(resources, "resources_root", lambda: resources_with_pseudo)
    languages.all_languages.cache_clear()
    i18n._catalogue.cache_clear()
    yield
    monkeypatch.undo()
    languages.all_languages.cache_clear()
    i18n._catalogue.cache_clear()


def test_the_added_language_is_known_without_any_python(with_pseudo: None) -> None:
    del with_pseudo
    assert i18n.supported() == ("en", "zh_CN", "pseudo")
    assert i18n.resolve_language("pseudo") == "pseudo"
    assert i18n.format_date(dt.date(2027, 3, 1), "pseudo") == "2027-03-01"
    assert validate(Localized, {"en": "Tamoxifen", "pseudo": "[!! Tamoxifen !!]"}).get(
        "pseudo"
    ) == ("[!! Tamoxifen !!]")


def test_without_its_table_the_language_is_refused(resources_with_pseudo: Path) -> None:
    """The same texts are a typo while languages.toml does not list the language."""
    del resources_with_pseudo
    with pytest.raises(Invalid, match="'pseudo' is not a language"):
        validate(Localized, {"en": "Tamoxifen", "pseudo": "[!! Tamoxifen !!]"})
    with pytest.raises(i18n.UnsupportedLanguage):
        i18n.resolve_language("pseudo")


def test_the_window_offers_and_speaks_the_added_language(
    qtbot, qapp, pack: ContentPack, with_pseudo: None
) -> None:
    del with_pseudo
    state = ConsultationState(pack, Session(lang="en"))
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert [a.text() for a in window.lang_group.actions()] == ["English", "中文", "Pseudo"]
    english = window.step_bar.buttons()[0].text()
    try:
        window.lang_actions["pseudo"].trigger()
        assert state.lang == "pseudo"
        first = window.step_bar.buttons()[0].text()
        assert first.startswith(OPEN), first
        assert english in first
    finally:
        window.set_language("en")
    del qapp


def test_the_pdf_is_written_in_the_added_language(
    tmp_path: Path, with_pseudo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    del with_pseudo
    out = tmp_path / "summary.pdf"
    code = cli.main(
        [
            "export",
            "-o",
            str(out),
            "--decision",
            "postmenopausal-endocrine",
            "--menopause",
            "post",
            "--setting",
            "early",
            "--lang",
            "pseudo",
        ]
    )
    assert code == 0, capsys.readouterr().err
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "[!!" in text and "!!]" in text


def test_the_consultation_words_come_from_the_added_language(
    pack: ContentPack, with_pseudo: None
) -> None:
    """A decision's reason, a PREDICT field error and a calendar event are written in the
    added language: their words come from its catalogue, not from a table in Python."""
    del with_pseudo
    from endoaid.consultation.calendar import dose_calendar
    from endoaid.consultation.eligibility import decision_fits
    from endoaid.consultation.predict import TumourDetailsError, make_tumour_details
    from endoaid.consultation.profile import make_profile

    fits = decision_fits(pack, make_profile(menopause="post", setting="early"), "pseudo")
    refused = next(fit for fit in fits if not fit.applies)
    assert refused.reason.startswith(f"{OPEN}This decision is for women {OPEN}"), refused.reason
    reason = refused.reason
    assert reason.endswith(f"; you are {OPEN}after menopause{CLOSE}.{CLOSE}"), reason

    with pytest.raises(TumourDetailsError) as info:
        make_tumour_details(age=20, size_mm=20, grade=2, nodes=0, er="positive")
    error = info.value
    assert str(error) == "Age at diagnosis must be a whole number of years from 25 to 85."
    assert error.message_in("pseudo") == (
        f"{OPEN}{OPEN}Age at diagnosis{CLOSE} must be "
        f"{OPEN}a whole number of years from 25 to 85{CLOSE}.{CLOSE}"
    )

    events = dose_calendar(pack, "tamoxifen", None, dt.date(2027, 1, 4), 1, "pseudo")
    assert events[0].summary.startswith(f"{OPEN}Start{CLOSE}: "), events[0].summary
