"""The words the PDF summary writes itself (headings, labels, footer), looked up in the catalogue.

What is said about treatments comes from the content pack; only the document's frame is here.
English source texts, marked for Qt's catalogue under the context "ReportWords" and looked up
the way the charts look up theirs (endoaid.catalogue).
"""

from __future__ import annotations

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.charts.words import WORDS as SHARED_WORDS

WORDS: dict[str, str] = {
    "summary_of": QT_TRANSLATE_NOOP("ReportWords", "Summary of your decision aid session"),
    "date": QT_TRANSLATE_NOOP("ReportWords", "Date"),
    "clinician": QT_TRANSLATE_NOOP("ReportWords", "Clinician"),
    "patient": QT_TRANSLATE_NOOP("ReportWords", "Patient"),
    "situation": QT_TRANSLATE_NOOP("ReportWords", "Your situation"),
    "decision": QT_TRANSLATE_NOOP("ReportWords", "The decision"),
    "side_by_side": QT_TRANSLATE_NOOP("ReportWords", "Your options side by side"),
    "question": QT_TRANSLATE_NOOP("ReportWords", "Your question"),
    "charts": QT_TRANSLATE_NOOP("ReportWords", "Your options in pictures"),
    "source": QT_TRANSLATE_NOOP("ReportWords", "Source"),
    "time_frame": QT_TRANSLATE_NOOP("ReportWords", "Time frame"),
    "what_matters": QT_TRANSLATE_NOOP("ReportWords", "What matters to you"),
    "statement": QT_TRANSLATE_NOOP("ReportWords", "What matters"),
    "your_rating": QT_TRANSLATE_NOOP("ReportWords", "How much (0 to 4)"),
    "meets": QT_TRANSLATE_NOOP("ReportWords", "meets this"),
    "does_not_meet": QT_TRANSLATE_NOOP("ReportWords", "—"),
    "no_ratings": QT_TRANSLATE_NOOP("ReportWords", "No ratings were entered."),
    "not_rated": QT_TRANSLATE_NOOP("ReportWords", "not rated"),
    "own_concerns": QT_TRANSLATE_NOOP("ReportWords", "Your own concerns"),
    "leaning": QT_TRANSLATE_NOOP("ReportWords", "Where you are leaning"),
    "leaning_unsure": QT_TRANSLATE_NOOP("ReportWords", "Not sure yet."),
    "leaning_none": QT_TRANSLATE_NOOP("ReportWords", "Not recorded."),
    "sure": QT_TRANSLATE_NOOP("ReportWords", "Ready to decide? (SURE test)"),
    "before": QT_TRANSLATE_NOOP("ReportWords", "Before"),
    "after": QT_TRANSLATE_NOOP("ReportWords", "After"),
    "at_start": QT_TRANSLATE_NOOP("ReportWords", "At the start"),
    "now": QT_TRANSLATE_NOOP("ReportWords", "Now"),
    "sure_before_n": QT_TRANSLATE_NOOP("ReportWords", "Before: {n} of 4 'yes'."),
    "sure_before_skipped": QT_TRANSLATE_NOOP("ReportWords", "Before: skipped."),
    "sure_now_n": QT_TRANSLATE_NOOP("ReportWords", "Now: {n} of 4 'yes'."),
    "sure_now_none": QT_TRANSLATE_NOOP("ReportWords", "Now: not answered."),
    "sure_more": QT_TRANSLATE_NOOP("ReportWords", "{n} more 'yes' now."),
    "sure_fewer": QT_TRANSLATE_NOOP("ReportWords", "{n} fewer 'yes' now."),
    "sure_same": QT_TRANSLATE_NOOP("ReportWords", "No change."),
    "yes": QT_TRANSLATE_NOOP("ReportWords", "Yes"),
    "no": QT_TRANSLATE_NOOP("ReportWords", "No"),
    "not_answered": QT_TRANSLATE_NOOP("ReportWords", "not answered"),
    "score": QT_TRANSLATE_NOOP("ReportWords", "Score (out of 4)"),
    "sure_note": QT_TRANSLATE_NOOP(
        "ReportWords", "A score below 4 can mean you would like more information or support."
    ),
    "questions": QT_TRANSLATE_NOOP("ReportWords", "Your questions for the care team"),
    "no_questions": QT_TRANSLATE_NOOP("ReportWords", "No questions were written down."),
    "notes": QT_TRANSLATE_NOOP("ReportWords", "Notes"),
    "next": QT_TRANSLATE_NOOP("ReportWords", "What happens next"),
    "about": QT_TRANSLATE_NOOP("ReportWords", "About this summary"),
    "authors": QT_TRANSLATE_NOOP("ReportWords", "Written by"),
    "reviewers": QT_TRANSLATE_NOOP("ReportWords", "Reviewed by"),
    "funding": QT_TRANSLATE_NOOP("ReportWords", "Funding"),
    "conflicts": QT_TRANSLATE_NOOP("ReportWords", "Conflicts of interest"),
    "references": QT_TRANSLATE_NOOP("ReportWords", "References"),
    "content_version": QT_TRANSLATE_NOOP("ReportWords", "Content version"),
    "reviewed": QT_TRANSLATE_NOOP("ReportWords", "evidence last checked"),
    "next_review": QT_TRANSLATE_NOOP("ReportWords", "next evidence check due"),
    "price_book": QT_TRANSLATE_NOOP("ReportWords", "Prices"),
    "no_price_book": QT_TRANSLATE_NOOP("ReportWords", "no local prices set"),
    "app_version": QT_TRANSLATE_NOOP("ReportWords", "endoaid version"),
    "page": QT_TRANSLATE_NOOP("ReportWords", "Page {n} of {total}"),
    "footer": QT_TRANSLATE_NOOP(
        "ReportWords",
        "{page} · content {version}, evidence checked {reviewed} · {review} · not medical advice",
    ),
    "not_reviewed": QT_TRANSLATE_NOOP("ReportWords", "not yet clinically reviewed"),
    "past_review": QT_TRANSLATE_NOOP(
        "ReportWords",
        "This content is past its review date ({due}); some figures may be out of date.",
    ),
    "not_covered": QT_TRANSLATE_NOOP("ReportWords", "Not covered for this option."),
    "cost_over": QT_TRANSLATE_NOOP("ReportWords", "{money} over {years} years"),
    "cost_units": QT_TRANSLATE_NOOP("ReportWords", "Over {years} years: {units}"),
    "menopause_pre": QT_TRANSLATE_NOOP("ReportWords", "before menopause"),
    "menopause_peri": QT_TRANSLATE_NOOP("ReportWords", "around menopause"),
    "menopause_post": QT_TRANSLATE_NOOP("ReportWords", "after menopause"),
    "menopause_unsure": QT_TRANSLATE_NOOP("ReportWords", "menopause status not sure"),
    "setting_early": QT_TRANSLATE_NOOP("ReportWords", "early breast cancer, after surgery"),
    "setting_advanced": QT_TRANSLATE_NOOP(
        "ReportWords", "breast cancer that has come back or spread"
    ),
    "age": QT_TRANSLATE_NOOP("ReportWords", "age {n}"),
    "history_blood-clots": QT_TRANSLATE_NOOP("ReportWords", "has had blood clots"),
    "history_osteoporosis": QT_TRANSLATE_NOOP("ReportWords", "has thin bones (osteoporosis)"),
    "history_uterine-problems": QT_TRANSLATE_NOOP("ReportWords", "has had problems of the womb"),
    "history_heart-disease": QT_TRANSLATE_NOOP("ReportWords", "has heart disease"),
    "history_wants-pregnancy": QT_TRANSLATE_NOOP("ReportWords", "may want a baby later"),
    "history_prior-endocrine-therapy": QT_TRANSLATE_NOOP(
        "ReportWords", "has already had hormone therapy"
    ),
    "risk": QT_TRANSLATE_NOOP(
        "ReportWords",
        "your own chance that the cancer comes back, as given by your care team: {percent} "
        "out of 100 within {years} years",
    ),
    "insurance": QT_TRANSLATE_NOOP("ReportWords", "insurance pays {n}% of costs"),
    "situation_you": QT_TRANSLATE_NOOP("ReportWords", "You: {items}."),
    "no_profile": QT_TRANSLATE_NOOP(
        "ReportWords",
        "Your situation was not entered; the figures are the averages from the studies.",
    ),
    "her_estimate": QT_TRANSLATE_NOOP("ReportWords", "Your own estimate:"),
    "tumour_used": QT_TRANSLATE_NOOP("ReportWords", "Worked out from: {items}."),
    "tumour_mm": QT_TRANSLATE_NOOP("ReportWords", "{n} mm"),
    "tumour_positive": QT_TRANSLATE_NOOP("ReportWords", "positive"),
    "tumour_negative": QT_TRANSLATE_NOOP("ReportWords", "negative"),
    "tumour_unknown": QT_TRANSLATE_NOOP("ReportWords", "not known"),
    "tumour_screen": QT_TRANSLATE_NOOP("ReportWords", "at screening"),
    "tumour_symptoms": QT_TRANSLATE_NOOP("ReportWords", "from symptoms"),
    "tumour_chemo_0": QT_TRANSLATE_NOOP("ReportWords", "none"),
    "tumour_chemo_2": QT_TRANSLATE_NOOP("ReportWords", "second generation"),
    "tumour_chemo_3": QT_TRANSLATE_NOOP("ReportWords", "third generation"),
    "row_living": QT_TRANSLATE_NOOP("ReportWords", "What is it like to live with?"),
    "row_for": QT_TRANSLATE_NOOP("ReportWords", "What speaks for it?"),
    "row_against": QT_TRANSLATE_NOOP("ReportWords", "What speaks against it?"),
    "aspect_physical": QT_TRANSLATE_NOOP("ReportWords", "Your body:"),
    "aspect_emotional": QT_TRANSLATE_NOOP("ReportWords", "Your feelings:"),
    "aspect_social": QT_TRANSLATE_NOOP("ReportWords", "Your daily life and the people around you:"),
    "matters_most": QT_TRANSLATE_NOOP("ReportWords", "(matters most to you)"),
    "priority_rows": QT_TRANSLATE_NOOP(
        "ReportWords", "The questions you ticked as mattering most to you come first:"
    ),
    "counted_in": QT_TRANSLATE_NOOP("ReportWords", "Counted in: {who}"),
    "mixed_frames": QT_TRANSLATE_NOOP(
        "ReportWords",
        "Not like for like: the figures in this row count different groups of women or "
        "different time frames (see under each one).",
    ),
    "glossary": QT_TRANSLATE_NOOP("ReportWords", "Words used in this summary"),
    "term": QT_TRANSLATE_NOOP("ReportWords", "Word"),
    "meaning": QT_TRANSLATE_NOOP("ReportWords", "What it means"),
    "benefit_note": QT_TRANSLATE_NOOP("ReportWords", "Out of 100 women: {population}."),
    "sure_sentences": QT_TRANSLATE_NOOP("ReportWords", "{before} {now}"),
    "sure_sentences_change": QT_TRANSLATE_NOOP("ReportWords", "{before} {now} {change}"),
}


def say(key: str, lang: str, **values: object) -> str:
    """Return the report word `key` in `lang` (English when missing), filled with `values`."""
    if key in WORDS:
        text = translated(lang, "ReportWords", WORDS[key])
    else:  # punctuation is shared with the charts
        text = translated(lang, "ChartWords", SHARED_WORDS[key])
    return text.format(**values) if values else text
