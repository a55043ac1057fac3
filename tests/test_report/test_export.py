"""Exporting each decision gives a real, readable, vector PDF with everything the issue lists."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from endoaid.consultation import Session, make_profile, save_session
from endoaid.content import load_pack
from endoaid.i18n import format_date
from tests.test_report.conftest import flat, read_pdf

PACK = load_pack()
DECISIONS = sorted(PACK.decisions)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Path]:
    """Each shipped decision exported once with its standard comparison."""
    from endoaid.cli import main

    del qapp
    folder = tmp_path_factory.mktemp("pdfs")
    paths: dict[str, Path] = {}
    for decision_id in DECISIONS:
        setting = "advanced" if "advanced" in decision_id else "early"
        menopause = "post" if decision_id.startswith("post") else "pre"
        out = folder / f"{decision_id}.pdf"
        args = ["export", "-o", str(out), "--decision", decision_id]
        assert main([*args, "--menopause", menopause, "--setting", setting]) == 0
        paths[decision_id] = out
    return paths


def _image_sizes(reader: PdfReader) -> list[int]:
    sizes: list[int] = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append(int(obj.get("/Width", 0)) * int(obj.get("/Height", 0)))
    return sizes


@pytest.mark.parametrize("decision_id", DECISIONS)
def test_summary_names_every_option_and_question(
    exported: dict[str, Path], decision_id: str
) -> None:
    """The side-by-side table shows each compared option and every row question."""
    decision = PACK.decision(decision_id)
    _reader, pages = read_pdf(exported[decision_id])
    text = " ".join(pages)
    assert flat(decision.title.get("en")) in text
    for ref in decision.standard_comparison:
        assert flat(PACK.option_name(decision, ref, "en")) in text
    for attribute in PACK.attributes:
        assert flat(attribute.question.get("en")) in text


@pytest.mark.parametrize("decision_id", DECISIONS)
def test_every_page_has_a_footer_with_page_number_version_and_review_date(
    exported: dict[str, Path], decision_id: str
) -> None:
    """Each page says 'Page n of N', the content version and the review date."""
    reader, pages = read_pdf(exported[decision_id])
    assert len(reader.pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in text
        assert f"content {PACK.info.version}" in text
        assert format_date(PACK.info.last_reviewed, "en") in text


@pytest.mark.parametrize("decision_id", DECISIONS)
def test_references_are_numbered_and_every_cited_source_is_listed(
    exported: dict[str, Path], decision_id: str
) -> None:
    """Each source behind the table's cells appears in the numbered reference list."""
    decision = PACK.decision(decision_id)
    _reader, pages = read_pdf(exported[decision_id])
    text = " ".join(pages)
    tail = text[text.rindex("References") :]
    cited = {
        cid
        for ref in decision.standard_comparison
        for attribute in PACK.attributes
        if (cell := PACK.cell(decision, ref, attribute.id)) is not None
        for cid in cell.citations
    }
    numbers = [int(n) for n in re.findall(r"\[(\d+)\] ", tail)]
    assert numbers == list(range(1, len(numbers) + 1))
    for cid in cited:
        assert flat(PACK.citations[cid].text)[:40] in tail


@pytest.mark.parametrize("decision_id", DECISIONS)
def test_charts_are_vector_drawings_with_real_text(
    exported: dict[str, Path], decision_id: str
) -> None:
    """No chart is a picture: no large images, and the chart labels are extractable text."""
    reader, pages = read_pdf(exported[decision_id])
    assert all(size < 64 * 64 for size in _image_sizes(reader))
    text = " ".join(pages)
    assert "Years from the start" in text  # the cost and duration charts' axis label
    decision = PACK.decision(decision_id)
    compared = {
        arm.option for comparison in decision.side_effects for arm in comparison.arms
    } & set(decision.standard_comparison)
    if compared:  # the side-effect chart is drawn only when there is something to compare
        assert "Women out of 100" in text


def test_document_metadata_names_the_decision_and_the_app(exported: dict[str, Path]) -> None:
    """The PDF's title is the decision; author and creator are endoaid; it has a date."""
    decision_id = DECISIONS[0]
    meta = PdfReader(exported[decision_id]).metadata
    assert meta is not None
    assert meta.title == PACK.decision(decision_id).title.get("en")
    assert meta.author == "endoaid"
    assert meta.creator == "endoaid"
    assert meta.creation_date is not None


def test_letter_paper_gives_letter_pages(
    tmp_path: Path, export: Callable[..., tuple[int, str]]
) -> None:
    """--paper letter makes 8.5 × 11 inch pages (A4 is the default)."""
    out = tmp_path / "letter.pdf"
    code, _ = export("-o", str(out), "--decision", DECISIONS[0], "--paper", "letter")
    assert code == 0
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_session_export_carries_her_answers_and_names(
    tmp_path: Path, export: Callable[..., tuple[int, str]]
) -> None:
    """A saved session's names, ratings, leaning, SURE answers and questions reach the PDF."""
    decision = PACK.decision("ovarian-suppression-method")
    value = decision.values[0]
    session = Session(
        decision_id=decision.id,
        profile=make_profile(menopause="pre", setting="early", age=41),
        options=list(decision.standard_comparison),
        ratings={value.id: 4},
        sure_before={"sure": False},
        sure_after={"sure": True, "understand": True, "risk-benefit": True, "encouragement": True},
        questions=["Will I need a bone density scan?"],
        notes="Talked about work and travel.",
        leaning=decision.standard_comparison[1],
        clinician_name="Dr Rowan Example",
        patient_name="Mei Testperson",
    )
    saved = tmp_path / "visit.endoaid.json"
    save_session(session, saved)
    out = tmp_path / "visit.pdf"
    code, _ = export("-o", str(out), "--session", str(saved))
    assert code == 0
    text = " ".join(read_pdf(out)[1])
    for expected in (
        "Dr Rowan Example",
        "Mei Testperson",
        "Will I need a bone density scan?",
        "Talked about work and travel.",
        flat(value.statement.get("en")),
        "age 41",
    ):
        assert expected in text
    assert "●●●● 4" in text
    assert "not rated" in text and "○○○○ 0" not in text  # not rated is not "not at all"
    leaning = text[text.index("Where you are leaning") :][:200]
    assert flat(PACK.option_name(decision, decision.standard_comparison[1], "en")) in leaning


def test_sure_score_is_not_a_zero_when_nothing_was_answered(exported: dict[str, Path]) -> None:
    """Without answers the score row says 'not answered' twice, not 0 and 0."""
    text = " ".join(read_pdf(exported[DECISIONS[0]])[1])
    assert "Score (out of 4) not answered not answered" in text


def test_patient_name_is_left_out_when_not_entered(exported: dict[str, Path]) -> None:
    """Without a name there is no 'Patient:' line at all."""
    text = " ".join(read_pdf(exported[DECISIONS[0]])[1])
    assert "Patient:" not in text
    assert "Clinician:" not in text


def test_chinese_summary_has_extractable_chinese_text(
    tmp_path: Path, export: Callable[..., tuple[int, str]]
) -> None:
    """With --lang zh_CN the headings, footer and chart labels are real Chinese text."""
    out = tmp_path / "zh.pdf"
    code, _ = export("-o", str(out), "--decision", DECISIONS[0], "--lang", "zh_CN")
    assert code == 0
    pages = read_pdf(out)[1]
    assert "第1页" in pages[0]
    assert "从开始起的年数" in " ".join(pages)
