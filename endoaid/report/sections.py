"""The summary's contents, in order, from the content pack and one consultation session."""

from __future__ import annotations

import datetime as dt

from endoaid import __version__
from endoaid.charts import (
    ChartSpec,
    cost_chart,
    duration_chart,
    figure_to_svg,
    icon_array_chart,
    personal_icon_chart,
    reversibility_chart,
    side_effects_chart,
)
from endoaid.charts.cost import units_phrase
from endoaid.charts.words import clinic_book_text, clinic_prices_line, word
from endoaid.consultation import (
    BenefitRefused,
    CostSeries,
    Profile,
    Session,
    benefit_figures,
    cost_course,
    ratings_for,
    sure_score,
    values_table,
)
from endoaid.consultation.costs import UNIT_KINDS
from endoaid.consultation.personal_figures import PersonalFigures, figures_or_reason
from endoaid.content import ContentError, ContentPack, Decision, PriceBook
from endoaid.i18n import format_date, format_money, format_number
from endoaid.report.blocks import (
    Block,
    Chart,
    DocumentInfo,
    Heading,
    Paragraph,
    References,
    Table,
    esc,
)
from endoaid.report.standing import (
    audience_blocks,
    certainty_label,
    review_line,
    standing_blocks,
)
from endoaid.report.words import say


class ReportError(ContentError):
    """The session cannot be summarised as it stands (no decision, unknown options)."""


def chosen_options(decision: Decision, session: Session) -> list[str]:
    """Return the options the summary compares: the session's, else the standard comparison."""
    options = list(session.options) or list(decision.standard_comparison)
    strangers = [o for o in options if o not in decision.options]
    if strangers:
        raise ReportError(
            f"Option '{strangers[0]}' is not one of the options of '{decision.id}' "
            f"({', '.join(decision.options)})."
        )
    return options


def sure_change(before: dict[str, bool], after: dict[str, bool], lang: str) -> str:
    """Return both SURE rounds and the change in plain words ("Before: 2 of 4 'yes'. …")."""
    parts = [
        say("sure_before_n", lang, n=sure_score(before))
        if before
        else say("sure_before_skipped", lang),
        say("sure_now_n", lang, n=sure_score(after)) if after else say("sure_now_none", lang),
    ]
    if before and after:
        change = sure_score(after) - sure_score(before)
        key = "sure_more" if change > 0 else "sure_fewer" if change < 0 else "sure_same"
        parts.append(say(key, lang, n=abs(change)))
    return ("" if lang == "zh_CN" else " ").join(parts)


def price_book_of(pack: ContentPack, session: Session) -> PriceBook | None:
    """Return the session's price book, else the pack's default, else None (no prices)."""
    book_id = session.price_book_id or pack.default_price_book_id(session.lang)
    return pack.price_book(book_id) if book_id else None


def _date(day: dt.date, lang: str) -> str:
    return format_date(day, lang)


def _situation(profile: Profile | None, lang: str) -> str:
    if profile is None:
        return say("no_profile", lang)
    items = [say(f"menopause_{profile.menopause}", lang), say(f"setting_{profile.setting}", lang)]
    if profile.age is not None:
        items.append(say("age", lang, n=profile.age))
    items.extend(say(f"history_{flag}", lang) for flag in sorted(profile.history_flags()))
    if profile.baseline_risk_percent is not None and profile.baseline_risk_years is not None:
        items.append(
            say(
                "risk",
                lang,
                percent=f"{profile.baseline_risk_percent:g}",
                years=f"{profile.baseline_risk_years:g}",
            )
        )
    if profile.insurance_share_percent is not None:
        items.append(say("insurance", lang, n=f"{profile.insurance_share_percent:g}"))
    return say("situation_you", lang, items=say("list_sep", lang).join(items))


class SummaryBuilder:
    """Collects the blocks of one summary, numbering sources as it goes."""

    def __init__(self, pack: ContentPack, session: Session, today: dt.date | None = None) -> None:
        if not session.decision_id:
            raise ReportError(
                "The session has no decision to summarise.", code="report_no_decision"
            )
        self.pack = pack
        self.session = session
        self.lang = session.lang
        self.today = today or dt.date.today()
        self.decision = pack.decision(session.decision_id)
        self.options = chosen_options(self.decision, session)
        self.book = price_book_of(pack, session)
        self.refs = References(pack)
        self.blocks: list[Block] = []
        profile = session.profile
        share = profile.insurance_share_percent if profile else None
        self.personal: PersonalFigures | None = None
        self.personal_reason = ""
        if session.tumour is not None:  # her own PREDICT figures, or why there are none
            self.personal, self.personal_reason = figures_or_reason(pack, session)
        self.costs: list[CostSeries] = [
            cost_course(pack, ref, self.book, session.years, session.schedule_ids.get(ref), share)
            for ref in self.options
        ]

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

    # --- sections -------------------------------------------------------------------

    def header(self) -> None:
        """Title, date, clinician and patient (only when entered), the decision and situation."""
        lang = self.lang
        self.add(Heading(self.text(self.decision.title), level=0))
        colon = say("label_sep", lang)
        facts = [f"{say('date', lang)}{colon}{_date(self.today, lang)}"]
        if self.session.clinician_name.strip():
            facts.append(f"{say('clinician', lang)}{colon}{self.session.clinician_name.strip()}")
        if self.session.patient_name.strip():
            facts.append(f"{say('patient', lang)}{colon}{self.session.patient_name.strip()}")
        self.add(Paragraph(esc(" · ".join(facts))))
        if self.pack.is_past_review(self.today):
            due = _date(self.pack.info.next_review_due, lang)
            self.add(Paragraph(f"<b>{esc(say('past_review', lang, due=due))}</b>"))
        self.add(Heading(say("situation", lang)))
        self.add(
            Paragraph(
                f"<b>{esc(self.text(self.decision.statement))}</b><br/>"
                f"{esc(self.text(self.decision.condition))}<br/>"
                f"{esc(_situation(self.session.profile, lang))}"
            )
        )
        self.add(*audience_blocks(self.pack, lang))

    def side_by_side(self) -> None:
        """The comparison table: the content's questions as rows, one column per option."""
        lang = self.lang
        header = [say("question", lang)] + [self.name(ref) for ref in self.options]
        rows: list[list[str]] = []
        for attribute in self.pack.attributes:
            row = [f"<b>{esc(self.text(attribute.question))}</b>"]
            for ref, series in zip(self.options, self.costs, strict=True):
                cell = self.pack.cell(self.decision, ref, attribute.id)
                parts = [self.cited(self.text(cell.text), cell.citations)] if cell else []
                if attribute.kind == "cost":
                    parts.append(self.cost_text(series))
                row.append("<br/>".join(parts) or esc(say("not_covered", lang)))
            rows.append(row)
        n = len(self.options)
        self.add(
            Heading(say("side_by_side", lang)),
            Table(header, rows, [1.0] + [2.4 / n * 2] * n),
        )
        self.personal_lines()
        clinic = clinic_prices_line(self.book, lang) if self.book else None
        if clinic:  # a clinic's own prices have no reference to cite: say whose they are
            self.add(Paragraph(esc(clinic), small=True))

    def personal_lines(self) -> None:
        """Her PREDICT figures under the table, in words: one block for every option, since
        PREDICT knows how long hormone therapy lasts, not which drug (or the reason none)."""
        if self.personal is None:
            if self.personal_reason:
                self.add(
                    Paragraph(
                        f"<b>{esc(say('her_estimate', self.lang))}</b> {esc(self.personal_reason)}"
                    )
                )
            return
        head, *arms = self.personal.lines()
        marks = self.refs.cite(self.personal.citations)
        body = "<br/>".join(esc(line) for line in arms)
        self.add(
            Paragraph(
                f"<b>{esc(say('her_estimate', self.lang))}</b> {esc(head)} <sup>{marks}</sup>"
                f"<br/>{body}<br/>{esc(self.personal.summary_caveat)}"
            ),
            Paragraph(esc(self.tumour_used()), small=True),
        )

    def tumour_used(self) -> str:
        """Return "Worked out from: <each tumour field and its value>." in the session language."""
        from endoaid.consultation.predict import LABELS

        tumour = self.session.tumour
        assert tumour is not None
        lang = self.lang
        items = []
        for name, (label_en, label_zh) in LABELS.items():
            value = getattr(tumour, name)
            if name == "size_mm":
                shown = say("tumour_mm", lang, n=f"{value:g}")
            elif name == "chemotherapy":
                shown = say(f"tumour_chemo_{value}", lang)
            elif isinstance(value, bool):
                shown = say("yes" if value else "no", lang)
            elif isinstance(value, str):
                shown = say(f"tumour_{value}", lang)
            else:
                shown = str(value)
            label = label_zh if lang == "zh_CN" else label_en
            items.append(f"{label}{say('label_sep', lang)}{shown}")
        return say("tumour_used", lang, items=say("list_sep", lang).join(items))

    def cost_text(self, series: CostSeries) -> str:
        """Return the cost cell's computed part: money over the years, or units when unpriced."""
        years = series.years
        total = series.total_at(years)
        if total is not None:
            money = (
                format_money(total, series.currency, self.lang)
                if series.currency
                else format_number(total, self.lang, places=2)
            )
            marks = self.refs.cite([c for item in series.price_items_used for c in item.citations])
            return (
                f"{esc(say('cost_over', self.lang, money=money, years=years))} <sup>{marks}</sup>"
            )
        units = word("clause_sep", self.lang).join(
            units_phrase(series.units[kind][-1], kind, self.lang)
            for kind in UNIT_KINDS
            if series.units[kind][-1]
        )
        return esc(say("cost_units", self.lang, years=years, units=units))

    def charts(self) -> None:
        """The five charts as vector SVG, each with its caption, notes and sources."""
        lang = self.lang
        specs: list[ChartSpec] = [
            cost_chart(self.pack, self.decision, self.costs, lang, book=self.book),
            duration_chart(
                self.pack, self.decision, self.options, lang, schedule_ids=self.session.schedule_ids
            ),
            reversibility_chart(self.pack, self.decision, self.options, lang),
            side_effects_chart(self.pack, self.decision, self.options, lang),
        ]
        notes: list[str] = []
        trial_icons = 0
        try:
            benefit = benefit_figures(
                self.pack, self.decision, self.options, self.session.profile, lang
            )
        except BenefitRefused as refused:
            notes.append(str(refused))
        else:
            # Icons only help when some option has a figure; else the table says why not.
            if any(
                a.events is not None for a in benefit.arms if a.option != self.decision.baseline
            ):
                specs.insert(0, icon_array_chart(self.pack, self.decision, benefit, lang))
                trial_icons = 1
        if self.personal is not None:  # her own figures next to the trials' (not instead)
            specs.insert(trial_icons, personal_icon_chart(self.personal))
        elif self.personal_reason:
            notes.append(self.personal_reason)
        # A chart with nothing to compare would be an empty frame: say so in words instead.
        for spec in [s for s in specs if not s.table.rows]:
            specs.remove(spec)
            notes.append(spec.caption)
        self.add(Heading(say("charts", lang)))
        if notes:
            self.add(Paragraph(" ".join(esc(n) for n in notes), small=True))
        for spec in specs:
            self.add(
                Chart(
                    title=spec.title,
                    caption=spec.caption,
                    svg=figure_to_svg(spec.figure),
                    notes=[n[:1].upper() + n[1:] for n in spec.notes if n],
                    source=self.refs.cite(spec.source),
                )
            )

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
            f"{self.text(self.book.name)}, {_date(self.book.valid_from, lang)}"
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
            f"{esc(say('reviewed', lang))} {_date(info.last_reviewed, lang)}, "
            f"{esc(say('next_review', lang))} {_date(info.next_review_due, lang)}",
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

    def build(self) -> tuple[list[Block], DocumentInfo]:
        """Return every block of the summary in reading order and the document's own facts."""
        self.header()
        self.side_by_side()
        self.charts()
        self.values()
        self.readiness()
        self.questions_and_notes()
        self.next_steps()
        self.about()
        info = DocumentInfo(
            title=self.text(self.decision.title),
            lang=self.lang,
            content_version=self.pack.info.version,
            reviewed=_date(self.pack.info.last_reviewed, self.lang),
            review=review_line(self.pack, self.lang),
        )
        return self.blocks, info


def summary_blocks(
    pack: ContentPack, session: Session, today: dt.date | None = None
) -> tuple[list[Block], DocumentInfo]:
    """Return the summary of a session as blocks, ready to be laid out on pages."""
    return SummaryBuilder(pack, session, today).build()
