"""Chinese drawn with the shipped font extracts exactly from Qt's PDFs and stays text in SVGs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgRenderer

from endoaid.fonts import chart_font_family

OPTIONS = "卵巢切除 他莫昔芬 来曲唑"
MIXED = "一页 阿那曲唑 2.5 mg，每日一次（5年）– £4,001.13 ¥1,234.00 “提示”《指南》…"
RADICALS = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff]")


def _pdf_text(path: Path) -> str:
    """Return the PDF's extracted text with runs of whitespace (Qt writes tabs) as one space."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def _draw_pdf(path: Path, family: str, lines: list[tuple[str, bool]]) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    for row, (text, bold) in enumerate(lines):
        font = QFont(family)
        font.setPointSize(14)
        font.setBold(bold)
        painter.setFont(font)
        painter.drawText(200, 400 + row * 400, text)
    painter.end()


def test_option_names_extract_as_the_same_chinese_characters(
    cjk_family: str, tmp_path: Path
) -> None:
    """卵巢切除 他莫昔芬 来曲唑 drawn into a PDF come back exactly, with no radicals or boxes."""
    pdf = tmp_path / "options.pdf"
    _draw_pdf(pdf, cjk_family, [(OPTIONS, False)])
    text = _pdf_text(pdf)
    assert text == OPTIONS
    assert not RADICALS.search(text)


def test_mixed_chinese_latin_digits_and_punctuation_extract_exactly(
    cjk_family: str, tmp_path: Path
) -> None:
    """Digits, prices, dashes and full-width punctuation among Chinese come back unchanged."""
    pdf = tmp_path / "mixed.pdf"
    _draw_pdf(pdf, cjk_family, [(MIXED, False)])
    # pypdf guesses word gaps from glyph positions (it adds one after "，"): compare characters.
    assert _pdf_text(pdf).replace(" ", "") == MIXED.replace(" ", "")


def test_bold_chinese_heading_extracts_once(cjk_family: str, tmp_path: Path) -> None:
    """A bold heading uses the real Bold face, so its text is in the PDF once, not twice."""
    pdf = tmp_path / "bold.pdf"
    _draw_pdf(pdf, cjk_family, [("内分泌治疗的选择", True), (OPTIONS, False)])
    assert _pdf_text(pdf) == f"内分泌治疗的选择 {OPTIONS}"


def _chart_svg(family: str, title: str) -> bytes:
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    with rc_context({"svg.fonttype": "none", "font.family": [family]}):
        figure = Figure(figsize=(4, 3))
        axes = figure.add_subplot()
        axes.bar(["他莫昔芬", "来曲唑"], [3, 5])
        axes.set_title(title)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def test_chart_svg_keeps_chinese_as_text_in_the_chart_family(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """With svg.fonttype none the SVG holds the Chinese words as text in the shipped family."""
    family = chart_font_family("zh_CN")
    svg = _chart_svg(family, OPTIONS).decode("utf-8")
    assert OPTIONS in svg
    assert "他莫昔芬" in svg
    assert family in svg
    assert "findfont" not in caplog.text


def test_chart_svg_drawn_by_qt_into_a_pdf_extracts_the_chinese(
    cjk_family: str, tmp_path: Path
) -> None:
    """The chart SVG drawn by QtSvg into a PDF (as the report does) extracts the same words."""
    svg = _chart_svg(chart_font_family("zh_CN"), OPTIONS)
    renderer = QSvgRenderer(svg)
    assert renderer.isValid()
    pdf = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    renderer.render(painter, QRectF(0, 0, 4000, 3000))
    painter.end()
    text = _pdf_text(pdf)
    assert OPTIONS in text
    assert "他莫昔芬" in text.replace(OPTIONS, "")
    assert not RADICALS.search(text)
