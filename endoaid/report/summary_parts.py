"""The summary's closing parts (what matters, readiness, questions, next steps, about) and the
helpers every part uses; the opening parts and the order are in sections.py."""

from __future__ import annotations

import datetime as dt

from endoaid import __version__
from endoaid.charts.words import clinic_book_text, word
from endoaid.consultation import Session, ratings_for, sure_score, values_table
from endoaid.content import ContentPack, Decision, PriceBook
from endoaid.i18n import format_date
from endoaid.report.blocks import Block, Heading, Paragraph, References, Table, esc
from endoaid.report.standing import certainty_label, review_line, standing_blocks
from endoaid.report.words import say


def sure_change(before: dict[str, bool], after: dict[str, bool], lang: str) -> str:
    """Return both SURE rounds and the change in plain words ("Before: 2 of 4 'yes'. …")."""
    first = (
        say("sure_before_n", lang, n=sure_score(before))
        if before
        else say("sure_before_skipped", lang)
    )
    now = say("sure_now_n", lang, n=sure_score(after)) if after else say("sure_now_none", lang)
    if not (before and after):
        return say("sure_sentences", lang, before=first, now=now)
    change = sure_score(after) - sure_score(before)
    key = "sure_more" if change > 0 else "sure_fewer" if change < 0 else "sure_same"
    return say(
        "sure_sentences_change", lang, before=first, now=now, change=say(key, lang, n=abs(change))
    )


def day_text(day: dt.date, lang: str) -> str:
    """Return a day written the way the summary writes dates in `lang`."""
    return format_date(day, lang)


class SummaryParts:
    """The state of one summary being built, its helpers, and its closing sections."""

    pack: ContentPack
    session: Session
    lang: str
    decision: Decision
    options: list[str]
    book: PriceBook | None
    refs: References
    blocks: list[Block]
    personal: object | None
    """Her PREDICT figures when the summary shows them (the methods page then says where
    they come from)."""

    # --- helpers --------------------------------------------------------------------

    def name(self, ref: str) -> str:
        """Return an option's name as the decision shows it."""
        return self.pack.option_name(self.decision, ref, self.lang)

    def text(self, value: object) -> str:
        """Return a localized content text in the session language."""
        return value.get(self.lang)  # type: ignore[attr-defined, no-any-return]

    def cited(self, text: str, ids: list[str]) -> str:
        """Return escaped text followed by its reference marks."""
        marks = self.refs.cite(ids)
        return f"{esc(text)} <sup>{marks}</sup>" if marks else esc(text)

    def add(self, *blocks: Block) -> None:
        """Append blocks to the summary."""
        self.blocks.extend(blocks)

    # --- closing sections ---------------------------------------------------------

    def values(self) -> None:
        """Her ratings, most important first, and which options meet each one."""
        lang = self.lang
        self.add(Heading(say("what_matters", lang)))
        ratings = ratings_for(self.decision, self.session.ratings)
        table = values_table(self.pack, self.decision, self.options, ratings, lang)
        if not ratings:
            self.add(Paragraph(esc(say("no_ratings", lang))))
        header = [say("statement", lang), say("your_rating", lang)] + [
            self.name(ref) for ref in self.options
        ]
        rows = [
            [
                f"{esc(row.statement)}<br/><small>{esc(row.explanation)}</small>",
                esc(say("not_rated", lang))
                if row.rating is None
                else "●" * row.rating + "○" * (4 - row.rating) + f" {row.rating}",
            ]
            + [
                esc(say("meets" if row.meets[ref] else "does_not_meet", lang))
                for ref in self.options
            ]
            for row in table.rows
        ]
        n = len(self.options)
        self.add(Table(header, rows, [2.2, 1.0] + [1.0] * n))
        if self.session.own_concerns:
            self.add(Heading(say("own_concerns", lang), level=2))
            self.add(Paragraph("<br/>".join(f"• {esc(c)}" for c in self.session.own_concerns)))

    def readiness(self) -> None:
        """Where she is leaning and her SURE answers before and after."""
        lang = self.lang
        leaning = self.session.leaning
        if leaning == "unsure":
            text = say("leaning_unsure", lang)
        elif leaning:
            text = self.name(leaning) if leaning in self.decision.options else leaning
        else:
            text = say("leaning_none", lang)
        self.add(Heading(say("leaning", lang)), Paragraph(esc(text)))

        def answer(answers: dict[str, bool], item_id: str) -> str:
            if item_id not in answers:
                return say("not_answered", lang)
            return say("yes" if answers[item_id] else "no", lang)

        before, after = self.session.sure_before, self.session.sure_after
        rows = [
            [
                esc(f"{item.letter}{say('label_sep', lang)}{self.text(item.question)}"),
                answer(before, item.id),
                answer(after, item.id),
            ]
            for item in self.pack.sure.items
        ]
        rows.append(  # no answer at all is not a score of 0
            [f"<b>{esc(say('score', lang))}</b>"]
            + [str(sure_score(a)) if a else say("not_answered", lang) for a in (before, after)]
        )
        marks = self.refs.cite(list(self.pack.sure.citations))
        self.add(
            Heading(f"{say('sure', lang)} {marks}"),
            Table(["", say("at_start", lang), say("now", lang)], rows, [4.0, 1.0, 1.0]),
        )
        if before or after:
            self.add(Paragraph(f"<b>{esc(sure_change(before, after, lang))}</b>"))
        self.add(Paragraph(esc(say("sure_note", lang)), small=True))

    def questions_and_notes(self) -> None:
        """Her questions for the care team and the notes."""
        lang = self.lang
        questions = [q for q in self.session.questions if q.strip()]
        body = (
            "<br/>".join(f"{i}. {esc(q)}" for i, q in enumerate(questions, start=1))
            if questions
            else esc(say("no_questions", lang))
        )
        self.add(Heading(say("questions", lang)), Paragraph(body))
        if self.session.notes.strip():
            self.add(Heading(say("notes", lang)), Paragraph(esc(self.session.notes.strip())))

    def next_steps(self) -> None:
        """What happens next, then the disclaimer."""
        lang = self.lang
        steps = [self.text(s) for s in self.decision.next_steps]
        steps.append(self.text(self.pack.explainer.talk_to_team))
        self.add(
            Heading(say("next", lang)),
            Paragraph("<br/>".join(f"• {esc(s)}" for s in steps)),
            Paragraph(f"<b>{esc(self.text(self.pack.info.disclaimer))}</b>"),
        )

    def about(self) -> None:
        """Authors, reviewers, funding, conflicts, versions and the numbered references."""
        lang = self.lang
        info = self.pack.info

        def people(persons: list) -> str:  # type: ignore[type-arg]
            sep = say("list_sep", lang)
            return sep.join(
                self.text(p.name) + word("aside", lang, text=self.text(p.role)).rstrip()
                for p in persons
            )

        book = (
            f"{self.text(self.book.name)}, {day_text(self.book.valid_from, lang)}"
            if self.book
            else say("no_price_book", lang)
        )
        if self.book:  # a clinic's own book: whose prices, as of when, from where
            book = clinic_book_text(self.book, lang) or book
        lines = [
            f"<b>{esc(say('authors', lang))}:</b> {esc(people(info.authors))}",
            f"<b>{esc(say('reviewers', lang))}:</b> "
            + esc(
                review_line(self.pack, lang)
                if self.pack.signed_off()
                else people(info.reviewers) or "—"
            ),
            f"<b>{esc(say('funding', lang))}:</b> {esc(self.text(info.funding))}",
            f"<b>{esc(say('conflicts', lang))}:</b> {esc(self.text(info.conflicts_of_interest))}",
            f"<b>{esc(say('content_version', lang))}:</b> {esc(info.version)}, "
            f"{esc(say('reviewed', lang))} {day_text(info.last_reviewed, lang)}, "
            f"{esc(say('next_review', lang))} {day_text(info.next_review_due, lang)}",
            f"<b>{esc(say('price_book', lang))}:</b> {esc(book)}",
            f"<b>{esc(say('app_version', lang))}:</b> {esc(__version__)}",
        ]
        self.add(Heading(say("about", lang)), Paragraph("<br/>".join(lines), small=True))
        self.add(*standing_blocks(self.pack, lang, personal=self.personal is not None))
        self.add(Heading(say("references", lang)))
        ids = dict(self.refs.numbered_ids())
        for n, text in self.refs.entries():
            label = certainty_label(self.pack, ids[n], lang)
            self.add(Paragraph(f"[{n}] {esc(text)}{esc(label)}", small=True))
