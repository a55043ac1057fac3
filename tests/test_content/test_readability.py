"""The English patient text reads at about age 12-13 (Flesch-Kincaid grade, textstat)."""

from __future__ import annotations

import statistics

import pytest
import textstat

from endoaid.content import ContentPack
from endoaid.content.checks import walk
from endoaid.content.schema import Localized

AVERAGE_GRADE_MAX = 8.0
PARAGRAPH_GRADE_MAX = 10.0
PARAGRAPH_MIN_WORDS = 10
"""Shorter texts are labels or headings; the formula is not meaningful for them."""


def patient_texts(pack: ContentPack) -> list[tuple[str, str]]:
    """Return (where, English text) for every patient-facing text (not sources or prices)."""
    return patient_texts_in(pack, "en")


def patient_texts_in(pack: ContentPack, lang: str) -> list[tuple[str, str]]:
    """Return (where, text in `lang`) for every patient-facing text (not sources or prices)."""
    records: list[tuple[str, object]] = [("explainer", pack.explainer), ("sure", pack.sure)]
    records.append(("pack", pack.info))  # whom it is for, how it was made, the disclaimer
    records += [(f"glossary {g.id}", g) for g in pack.glossary]
    records += [(f"rule {r.id}", r) for r in pack.rules]
    records += [(f"attribute {a.id}", a) for a in pack.attributes]
    records += [(f"option {o.id}", o) for o in pack.options.values()]
    records += [(f"decision {d.id}", d) for d in pack.decisions.values()]
    if pack.predict is not None:
        records.append(("predict", pack.predict))
    return [
        (f"{where}: {path}", value.get(lang))
        for where, record in records
        for path, value in walk(record)
        if isinstance(value, Localized)
    ]


def paragraphs(pack: ContentPack) -> list[tuple[str, str]]:
    """Return the texts long enough to be read as paragraphs."""
    return [(w, t) for w, t in patient_texts(pack) if len(t.split()) >= PARAGRAPH_MIN_WORDS]


def test_there_is_enough_text_to_measure(pack):
    """The measure covers hundreds of paragraphs, not a handful."""
    assert len(paragraphs(pack)) > 200


def test_average_paragraph_is_grade_8_or_below(pack):
    """On average, a paragraph of patient text reads at grade 8 or lower."""
    grades = [textstat.flesch_kincaid_grade(t) for _, t in paragraphs(pack)]
    assert statistics.mean(grades) <= AVERAGE_GRADE_MAX


def test_all_text_together_is_grade_8_or_below(pack):
    """All patient text read as one document is grade 8 or lower."""
    sentences = [
        t if t.rstrip().endswith((".", "?", "!")) else f"{t}." for _, t in patient_texts(pack)
    ]
    assert textstat.flesch_kincaid_grade(" ".join(sentences)) <= AVERAGE_GRADE_MAX


def test_no_paragraph_above_grade_10(pack):
    """No single paragraph of patient text is harder than grade 10."""
    hard = [
        (round(textstat.flesch_kincaid_grade(t), 1), w)
        for w, t in paragraphs(pack)
        if textstat.flesch_kincaid_grade(t) > PARAGRAPH_GRADE_MAX
    ]
    assert hard == []


@pytest.mark.parametrize(
    ("text", "too_hard"),
    [
        ("The cancer came back in 25 out of 100 women. Most went home the next day.", False),
        (
            "Pharmacological ovarian function suppression demonstrated statistically "
            "significant improvements in invasive disease-free survival among "
            "premenopausal participants receiving concomitant aromatase inhibition.",
            True,
        ),
    ],
)
def test_the_grade_measure_tells_plain_from_technical(text, too_hard):
    """The measure used here flags technical prose and passes plain prose."""
    assert (textstat.flesch_kincaid_grade(text) > PARAGRAPH_GRADE_MAX) is too_hard
