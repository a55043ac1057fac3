"""Who the summary is for and who stands behind it: audience, clinical review, methods, contact."""

from __future__ import annotations

from endoaid.content import ContentPack
from endoaid.i18n import format_date
from endoaid.report.blocks import Block, Heading, Paragraph, esc

WORDS: dict[str, dict[str, str]] = {
    "for_whom": {"en": "Who this guide is for", "zh_CN": "本工具适用于谁"},
    "clinical_review": {"en": "Clinical review", "zh_CN": "临床审阅"},
    "reviewed_for": {
        "en": "Reviewed for {clinic} by {name}, {role} on {date}",
        "zh_CN": "已由{name}（{role}）为{clinic}审阅，{date}",
    },
    "not_reviewed": {"en": "not yet clinically reviewed", "zh_CN": "尚未经过临床审阅"},
    "stale": {
        "en": "The content changed after it was reviewed for {clinic} on {date}: "
        "it needs reviewing again.",
        "zh_CN": "内容在{date}为{clinic}审阅之后又有改动，需要重新审阅。",
    },
    "report_error": {"en": "Report an error", "zh_CN": "报告错误"},
    "clinic_contact": {"en": "At {clinic}: {contact}", "zh_CN": "{clinic}：{contact}"},
    "methods": {"en": "How this guide was made", "zh_CN": "本工具是如何编写的"},
    "evidence": {"en": "How the evidence was chosen", "zh_CN": "如何选择证据"},
    "certainty": {"en": "How sure each source is", "zh_CN": "每个出处的把握程度"},
    "translation": {"en": "How the Chinese text was made", "zh_CN": "中文内容是如何编写的"},
    "readability": {"en": "How easy it is to read", "zh_CN": "是否容易读懂"},
    "predict": {"en": "Her own figures (PREDICT)", "zh_CN": "她个人的数字（PREDICT）"},
    "certainty_high": {"en": "certainty: high", "zh_CN": "把握程度：高"},
    "certainty_medium": {"en": "certainty: medium", "zh_CN": "把握程度：中"},
}


def word(key: str, lang: str, **values: object) -> str:
    """Return the word `key` in `lang` (English when missing), filled with `values`."""
    entry = WORDS[key]
    text = entry.get(lang) or entry["en"]
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
    return f" ({label})" if lang == "en" else f"（{label}）"
