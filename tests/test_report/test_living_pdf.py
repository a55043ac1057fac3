"""The PDF: living with each option and for and against it in the table, the questions she
ticked first, and a short glossary of the words the summary uses (English and Chinese)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from endoaid.consultation import Session, make_profile
from endoaid.content import ContentPack
from endoaid.report import report_bytes
from tests.test_report.conftest import flat

DECISION = "treatment-duration"
OPTIONS = ["no-endocrine-therapy", "tamoxifen", "letrozole"]


def _text(pack: ContentPack, lang: str, priority: list[str]) -> str:
    session = Session(
        lang=lang,
        decision_id=DECISION,
        options=OPTIONS,
        profile=make_profile(menopause="post", setting="early"),
        priority_rows=priority,
    )
    reader = PdfReader(io.BytesIO(report_bytes(pack, session)))
    return flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def texts(qapp: object, pack: ContentPack) -> dict[str, str]:
    del qapp
    return {
        "en": _text(pack, "en", ["harms"]),
        "zh_CN": _text(pack, "zh_CN", ["living-with"]),
        "none": _text(pack, "en", []),
    }


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_option_has_its_living_with_and_its_points_for_and_against(texts, pack, lang):
    """Each option's body, feelings and daily-life text, and its first point for and against
    as this decision gives them (its own for 5 more years), are in the PDF in the session's
    language (a table cell may wrap, so compare its start)."""
    text = texts[lang].replace(" ", "") if lang == "zh_CN" else texts[lang]
    decision = pack.decision(DECISION)
    for ref in OPTIONS:
        like = pack.option(ref).what_it_is_like
        benefits, harms = pack.for_and_against(decision, ref)
        for part in (like.physical, like.emotional, like.social, benefits[0].text, harms[0].text):
            words = flat(part.get(lang))[:25]
            words = words.replace(" ", "") if lang == "zh_CN" else words
            assert words in text, (ref, words)


def test_the_ticked_question_comes_first_and_is_named(texts):
    """Ticked 'What speaks against it?' is named above the table and comes before the pack's
    first question; without a tick the table starts with the pack's first question."""
    text = texts["en"]
    head = "The questions you ticked as mattering most to you come first:"
    assert text[text.index(head) + len(head) :].split("?")[0].endswith("What speaks against it")
    assert text.index("What speaks against it? (matters most to you)") < text.index(
        "What is it and how does it work?"
    )
    plain = texts["none"]
    assert "(matters most to you)" not in plain
    assert plain.index("What is it and how does it work?") < plain.index("What speaks against it?")


def test_the_glossary_lists_the_words_the_summary_uses_with_their_meanings(texts, pack):
    """'Words used in this summary' explains terms the PDF uses, and no term it does not use."""
    text = texts["en"]
    glossary = text[text.index("Words used in this summary") :]
    glossary = glossary[: glossary.index("About this summary")]
    terms = {t.id: t for t in pack.glossary}
    assert "Aromatase inhibitor (AI)" in glossary
    assert flat(terms["aromatase-inhibitor"].definition.get("en"))[:40] in glossary
    assert "Oophorectomy" not in glossary  # no operation is discussed in this decision
    zh = texts["zh_CN"].replace(" ", "")
    assert "本小结中用到的词语" in zh
    assert "芳香化酶抑制剂（AI）" in zh


def test_a_row_counting_different_women_says_so_in_the_pdf(qapp, pack):
    """The PDF's row says it is not like for like, and each cell whom and when it counts."""
    from tests.test_ui.frames_helpers import DECISION, OFS, TAMOXIFEN, pack_with_frames

    del qapp
    session = Session(
        lang="en",
        decision_id=DECISION,
        options=["tamoxifen", "gnrh-agonist+exemestane"],
        profile=make_profile(menopause="pre", setting="early"),
    )
    reader = PdfReader(io.BytesIO(report_bytes(pack_with_frames(pack), session)))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert f"Counted in: {TAMOXIFEN.get('en')}" in text
    assert f"Counted in: {OFS.get('en')}" in text
    assert text.count("Not like for like") == 1
