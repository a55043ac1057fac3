"""Every PDF page says who reviewed the clinic's copy, or that nobody has; page 1 whom it is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from endoaid.cli import main
from tests.test_report.conftest import read_pdf


@pytest.fixture
def clinic_pdf(pack_copy: Path, export, monkeypatch, tmp_path):
    """Export a summary from the clinic's copy of the pack (no kept pack in between)."""
    monkeypatch.setenv("ENDOAID_CONTENT", str(pack_copy))
    monkeypatch.setenv("ENDOAID_NO_CACHE", "1")

    def run(name: str = "summary.pdf", *extra: str) -> list[str]:
        out = tmp_path / name
        args = ["-o", str(out), "--decision", "premenopausal-endocrine", *extra]
        code, _ = export(*args, "--menopause", "pre", "--setting", "early")
        assert code == 0
        return read_pdf(out)[1]

    return run


def _sign(pack_copy: Path) -> None:
    args = ["content", "sign-off", str(pack_copy), "--clinic", "Riverside Breast Unit"]
    args += ["--name", "Dr Mei Lin", "--role", "breast oncologist", "--date", "2026-12-01"]
    args += ["--contact", "the breast-care nurses, 0123 456"]
    assert main(args) == 0


def test_an_unsigned_pack_says_not_yet_clinically_reviewed_on_every_page(clinic_pdf):
    """No sign-off: every footer says so, and says 'evidence checked', not 'reviewed'."""
    pages = clinic_pdf()
    for text in pages:
        assert "not yet clinically reviewed" in text
        assert "evidence checked" in text
    assert not any("Reviewed for" in text for text in pages)


def test_a_signed_pack_names_the_clinic_and_reviewer_on_every_page(clinic_pdf, pack_copy):
    """After the sign-off every page reads 'Reviewed for <clinic> by <name, role> on <date>'."""
    _sign(pack_copy)
    pages = clinic_pdf()
    line = "Reviewed for Riverside Breast Unit by Dr Mei Lin, breast oncologist on 1 Dec 2026"
    for text in pages:
        assert line in text
        assert "not yet clinically reviewed" not in text
    whole = " ".join(pages)
    assert "At Riverside Breast Unit: the breast-care nurses, 0123 456" in whole


def test_a_change_after_the_sign_off_brings_the_warning_back_in_the_pdf(clinic_pdf, pack_copy):
    """An edit after signing: the footer says not reviewed and page text says why."""
    _sign(pack_copy)
    with (pack_copy / "attributes.toml").open("a", encoding="utf-8") as fh:
        fh.write("# changed\n")
    pages = clinic_pdf()
    assert all("not yet clinically reviewed" in text for text in pages)
    whole = " ".join(pages)
    assert "changed after it was reviewed for Riverside Breast Unit" in whole
    assert "Dr Mei Lin" not in whole  # a name is shown only while the sign-off holds


def test_page_one_says_whom_the_guide_is_for_and_the_end_how_it_was_made(clinic_pdf):
    """Audience on page 1; methods, error contact and certainty labels at the end."""
    pages = clinic_pdf()
    assert "Who this guide is for:" in pages[0] and "men with breast cancer" in pages[0]
    whole = " ".join(pages)
    for words in ("How this guide was made", "How the evidence was chosen", "Report an error"):
        assert words in whole
    assert "(certainty: high)" in whole


def test_the_chinese_summary_says_the_same(clinic_pdf, pack_copy):
    """zh_CN: not reviewed words, then the clinic's sign-off in Chinese word order."""
    pages = clinic_pdf("zh.pdf", "--lang", "zh_CN")
    flat = [t.replace(" ", "") for t in pages]
    assert all("尚未经过临床审阅" in t for t in flat)
    assert "本工具适用于谁" in flat[0]
    _sign(pack_copy)
    flat = [t.replace(" ", "") for t in clinic_pdf("zh2.pdf", "--lang", "zh_CN")]
    assert all("已由DrMeiLin（breastoncologist）为RiversideBreastUnit审阅" in t for t in flat)
