"""Who stands behind the guide, in the window's words: the clinic's sign-off or its absence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from endoaid.content import ContentPack
from endoaid.ui.common.formatting import date_text


def review_line(pack: ContentPack, lang: str) -> str:
    """Return 'Reviewed for <clinic> by <name, role> on <date>' or 'not yet clinically reviewed'.

    The names are the clinic's own words from its sign-off; a pack changed since is not reviewed.
    """
    review = pack.review
    if review is None or not review.current:
        return QCoreApplication.translate("ReviewWords", "not yet clinically reviewed")
    s = review.sign_off
    return QCoreApplication.translate("ReviewWords", "Reviewed for {0} by {1}, {2} on {3}").format(
        s.clinic, s.name, s.role, date_text(s.date, lang)
    )


def stale_line(pack: ContentPack, lang: str) -> str:
    """Return why an earlier sign-off no longer counts ('' when there is none or it counts)."""
    review = pack.review
    if review is None or review.current:
        return ""
    return QCoreApplication.translate(
        "ReviewWords",
        "The content changed after it was reviewed for {0} on {1}: it needs reviewing again.",
    ).format(review.sign_off.clinic, date_text(review.sign_off.date, lang))


def contact_lines(pack: ContentPack, lang: str) -> list[str]:
    """Return where to report an error: the pack's words, then the clinic's own contact."""
    lines = [pack.info.contact.get(lang)] if pack.info.contact is not None else []
    review = pack.review
    if review is not None and review.current and review.sign_off.contact:
        lines.append(
            QCoreApplication.translate("ReviewWords", "At {0}: {1}").format(
                review.sign_off.clinic, review.sign_off.contact
            )
        )
    return lines


def confidence_word(confidence: str) -> str:
    """Return a source's certainty label as shown beside it ('certainty: high')."""
    if confidence == "high":
        return QCoreApplication.translate("ReviewWords", "certainty: high")
    return QCoreApplication.translate("ReviewWords", "certainty: medium")
