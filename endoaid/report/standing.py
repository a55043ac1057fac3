"""Who the summary is for and who stands behind it: audience, clinical review, methods, contact."""

from __future__ import annotations

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.content import ContentPack
from endoaid.i18n import format_date
from endoaid.report.blocks import Block, Heading, Paragraph, esc

WORDS: dict[str, str] = {
    "for_whom": QT_TRANSLATE_NOOP("StandingWords", "Who this guide is for"),
    "clinical_review": QT_TRANSLATE_NOOP("StandingWords", "Clinical review"),
    "reviewed_for": QT_TRANSLATE_NOOP(
        "StandingWords", "Reviewed for {clinic} by {name}, {role} on {date}"
    ),
    "not_reviewed": QT_TRANSLATE_NOOP("StandingWords", "not yet clinically reviewed"),
    "stale": QT_TRANSLATE_NOOP(
        "StandingWords",
        "The content changed after it was reviewed for {clinic} on {date}: "
        "it needs reviewing again.",
    ),
    "report_error": QT_TRANSLATE_NOOP("StandingWords", "Report an error"),
    "clinic_contact": QT_TRANSLATE_NOOP("StandingWords", "At {clinic}: {contact}"),
    "methods": QT_TRANSLATE_NOOP("StandingWords", "How this guide was made"),
    "evidence": QT_TRANSLATE_NOOP("StandingWords", "How the evidence was chosen"),
    "certainty": QT_TRANSLATE_NOOP("StandingWords", "How sure each source is"),
    "translation": QT_TRANSLATE_NOOP("StandingWords", "How the Chinese text was made"),
    "readability": QT_TRANSLATE_NOOP("StandingWords", "How easy it is to read"),
    "predict": QT_TRANSLATE_NOOP("StandingWords", "Your own figures (PREDICT)"),
    "certainty_high": QT_TRANSLATE_NOOP("StandingWords", "certainty: high"),
    "certainty_medium": QT_TRANSLATE_NOOP("StandingWords", "certainty: medium"),
    "aside": QT_TRANSLATE_NOOP("StandingWords", " ({text})"),
}


def word(key: str, lang: str, **values: object) -> str:
    """Return the word `key` in `lang` (English when missing), filled with `values`."""
    text = translated(lang, "StandingWords", WORDS[key])
    return text.format(**values) if values else text


def review_line(pack: ContentPack, lang: str) -> str:
    """Return 'Reviewed for <clinic> by <name, role> on <date>' or 'not yet clinically reviewed'."""
    review = pack.review
    if review is None or not review.current:
        return word("not_reviewed", lang)
    s = review.sign_off
    date = format_date(s.date, lang)
    return word("reviewed_for", lang, clinic=s.clinic, name=s.name, role=s.role, date=date)


def audience_blocks(pack: ContentPack, lang: str) -> list[Block]:
    """Return whom the guide is for and not for, for page 1 (nothing if the pack has none)."""
    if pack.info.audience is None:
        return []
    return [Paragraph(f"<b>{esc(word('for_whom', lang))}:</b> {esc(pack.info.audience.get(lang))}")]


def standing_blocks(pack: ContentPack, lang: str, *, personal: bool = False) -> list[Block]:
    """Return the clinical review, where to report an error, and how the guide was made.

    The paragraph on PREDICT is printed only when the summary shows her PREDICT figures.
    """
    info, review = pack.info, pack.review
    blocks: list[Block] = []
    if review is not None and not review.current:  # (a current one is under "Reviewed by")
        date = format_date(review.sign_off.date, lang)
        stale = word("stale", lang, clinic=review.sign_off.clinic, date=date)
        blocks += [
            Heading(word("clinical_review", lang), level=2),
            Paragraph(f"<b>{esc(review_line(pack, lang))}.</b> {esc(stale)}", small=True),
        ]
    contact = [info.contact.get(lang)] if info.contact is not None else []
    if review is not None and review.current and review.sign_off.contact:
        s = review.sign_off
        contact.append(word("clinic_contact", lang, clinic=s.clinic, contact=s.contact))
    if contact:
        blocks += [
            Heading(word("report_error", lang), level=2),
            Paragraph("<br/>".join(esc(c) for c in contact), small=True),
        ]
    if info.methods is not None:
        keys = ["evidence", "certainty", "translation", "readability"]
        keys += ["predict"] if personal else []
        paragraphs = [
            f"<b>{esc(word(key, lang))}</b><br/>{esc(getattr(info.methods, key).get(lang))}"
            for key in keys
        ]
        blocks += [
            Heading(word("methods", lang), level=2),
            Paragraph("<br/>".join(paragraphs), small=True),
        ]
    return blocks


def certainty_label(pack: ContentPack, citation_id: str, lang: str) -> str:
    """Return ' (certainty: high)' for a source, as printed after it in the reference list."""
    citation = pack.citations.get(citation_id)
    if citation is None:
        return ""
    label = word(f"certainty_{citation.confidence}", lang)
    return word("aside", lang, text=label)
