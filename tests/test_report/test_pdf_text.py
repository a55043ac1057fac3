"""Text copied out of the PDF summary has spaces between words, in common readers' text layers."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QRawFont

from endoaid.consultation import Session, make_profile
from endoaid.content import ContentPack
from endoaid.fonts import font_files
from endoaid.report import report_bytes

DECISION = "ovarian-suppression-method"


@pytest.fixture(scope="module")
def pdfs(qapp: object, pack: ContentPack) -> dict[str, bytes]:
    """The summary of one decision, in English and in Chinese."""
    del qapp
    made = {}
    for lang in ("en", "zh_CN"):
        session = Session(
            lang=lang,
            decision_id=DECISION,
            options=list(pack.decision(DECISION).standard_comparison),
            profile=make_profile(menopause="pre", setting="early"),
        )
        made[lang] = report_bytes(pack, session)
    return made


def _pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def test_the_shipped_fonts_draw_a_tab_with_a_glyph_of_its_own(qapp: object) -> None:
    """The space glyph is reached by the space alone, so Qt's PDFs name it as a space."""
    del qapp
    for path in font_files():
        raw = QRawFont(str(path), 12)
        tab, space = raw.glyphIndexesForString("\t ")
        assert tab not in (0, space), path.name


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pypdf_extracts_no_tab_characters(pdfs: dict[str, bytes], lang: str) -> None:
    """pypdf's text of the summary has no tab anywhere, in either language."""
    assert "\t" not in _pypdf_text(pdfs[lang])


def test_pypdf_extracts_a_sentence_with_single_spaces(
    pdfs: dict[str, bytes], pack: ContentPack
) -> None:
    """The decision's question comes out of pypdf word for word, one space between words."""
    sentence = pack.decision(DECISION).statement.get("en")
    assert sentence in _pypdf_text(pdfs["en"])


def test_pypdf_extracts_chinese_words_unchanged(pdfs: dict[str, bytes], pack: ContentPack) -> None:
    """The Chinese question comes out of pypdf exactly as written."""
    sentence = pack.decision(DECISION).statement.get("zh_CN")
    assert sentence in _pypdf_text(pdfs["zh_CN"])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pdftotext_extracts_the_question_with_single_spaces_and_no_tabs(
    pdfs: dict[str, bytes], pack: ContentPack, tmp_path: Path, lang: str
) -> None:
    """poppler's pdftotext gives the decision's question unchanged and no tab characters."""
    text = _pdftotext(pdfs[lang], tmp_path)
    assert "\t" not in text
    assert pack.decision(DECISION).statement.get(lang) in text
