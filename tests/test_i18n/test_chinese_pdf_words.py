"""A Chinese PDF summary is Chinese: almost no English word outside the reference list."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from endoaid.charts.common import option_label
from endoaid.consultation import Session, make_profile
from endoaid.content import ContentPack
from endoaid.report import report_bytes

CASES = [
    ("ovarian-suppression-method", "pre", "early"),
    ("premenopausal-endocrine", "pre", "early"),
    ("postmenopausal-endocrine", "post", "early"),
    ("treatment-duration", "post", "early"),
    ("advanced-disease", "post", "advanced"),
]
KEPT_IN_LATIN = {
    # the app's name and the SURE test's name
    "endoaid",
    "SURE",
    # drug classes and hormones written as clinicians in China write them (ZH-TERMS §1, §2)
    "GnRHa",
    "GnRH",
    "CDK",
    "mTOR",
    "HER",
    # trial names, never translated
    "SOFT",
    "TEXT",
    "ATLAS",
    "aTTom",
    "BIG",
    "FALCON",
    "PALOMA",
    "BOLERO",
    "MONALEESA",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
ALLOWED_STRAYS = 8
"""Words that may stay English (the app's name, units such as mg). A new untranslated heading
or label pushes the count over."""


def _body_text(pdf: bytes) -> str:
    """Return the PDF's text up to its reference list (references stay in their language)."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    cut = text.rfind("参考文献")
    assert cut > 0, "the Chinese PDF has no 参考文献 heading"
    return text[:cut]


def _stray_english(text: str) -> Counter[str]:
    words = (w.strip("'’-") for w in LATIN_WORD.findall(text))
    return Counter(w for w in words if len(w) >= 3 and w not in KEPT_IN_LATIN)


@pytest.mark.parametrize(("decision_id", "menopause", "setting"), CASES)
def test_chinese_pdf_has_almost_no_english_outside_the_references(
    pack: ContentPack, decision_id: str, menopause: str, setting: str
) -> None:
    """Outside the references, only names, trial names and drug abbreviations stay in Latin."""
    decision = pack.decision(decision_id)
    session = Session(
        decision_id=decision_id,
        options=list(decision.standard_comparison),
        profile=make_profile(menopause=menopause, setting=setting),
        lang="zh_CN",
    )
    body = _body_text(report_bytes(pack, session))
    flat = "".join(body.split())
    for ref in session.options:
        assert "".join(option_label(pack, decision, ref, "zh_CN").split()) in flat
    stray = _stray_english(body)
    assert sum(stray.values()) <= ALLOWED_STRAYS, f"English left in the Chinese PDF: {stray}"


def test_the_stray_word_count_sees_an_english_heading() -> None:
    """The counter flags an English heading left in Chinese text (so the test above can fail)."""
    text = "您的情况：未绝经 Your options side by side 选项对比 GnRHa SOFT endoaid"
    assert set(_stray_english(text)) == {"Your", "options", "side"}
