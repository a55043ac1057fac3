"""The summary's contents, in order, from the content pack and one consultation session."""

from __future__ import annotations

import datetime as dt

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
from endoaid.charts.words import clinic_prices_line, word
from endoaid.consultation import (
    BenefitRefused,
    CostSeries,
    Profile,
    Session,
    benefit_figures,
    cost_course,
)
from endoaid.consultation.comparison import (
    BUILT_IN,
    built_in_entries,
    counted,
    mixed_frames,
    ordered_rows,
    row_ids,
)
from endoaid.consultation.costs import UNIT_KINDS
from endoaid.consultation.personal_figures import PersonalFigures, figures_or_reason
from endoaid.content import ContentError, ContentPack, Decision, PriceBook
from endoaid.i18n import format_money, format_number
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
from endoaid.report.living import built_in_cell, glossary_blocks, priority_note, row_question
from endoaid.report.standing import audience_blocks, review_line
from endoaid.report.summary_parts import SummaryParts, day_text
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


def price_book_of(pack: ContentPack, session: Session) -> PriceBook | None:
    """Return the session's price book, else the pack's default, else None (no prices)."""
    book_id = session.price_book_id or pack.default_price_book_id(session.lang)
    return pack.price_book(book_id) if book_id else None


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


class SummaryBuilder(SummaryParts):
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

    # --- sections -------------------------------------------------------------------

    def header(self) -> None:
        """Title, date, clinician and patient (only when entered), the decision and situation."""
        lang = self.lang
        self.add(Heading(self.text(self.decision.title), level=0))
        colon = say("label_sep", lang)
        facts = [f"{say('date', lang)}{colon}{day_text(self.today, lang)}"]
        if self.session.clinician_name.strip():
            facts.append(f"{say('clinician', lang)}{colon}{self.session.clinician_name.strip()}")
        if self.session.patient_name.strip():
            facts.append(f"{say('patient', lang)}{colon}{self.session.patient_name.strip()}")
        self.add(Paragraph(esc(" · ".join(facts))))
        if self.pack.is_past_review(self.today):
            due = day_text(self.pack.info.next_review_due, lang)
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
        """The comparison table: the content's questions and the built-in rows (living with
        it, for and against it), those she ticked as mattering most first; one column per
        option."""
        lang = self.lang
        header = [say("question", lang)] + [self.name(ref) for ref in self.options]
        attributes = {a.id: a for a in self.pack.attributes}
        priority = self.session.priority_rows
        rows: list[list[str]] = []
        ticked: list[str] = []
        for row_id in ordered_rows(row_ids(self.pack), priority):
            attribute = attributes.get(row_id)
            if attribute is None and row_id not in BUILT_IN:
                continue
            question = self.text(attribute.question) if attribute else row_question(row_id, lang)
            first = f"<b>{esc(question)}</b>"
            if row_id in priority:
                ticked.append(question)
                first += f"<br/><small>{esc(say('matters_most', lang))}</small>"
            if mixed_frames(self.row_counted(row_id)):
                first += f"<br/><small><i>{esc(say('mixed_frames', lang))}</i></small>"
            row = [first]
            for ref, series in zip(self.options, self.costs, strict=True):
                if attribute is None:
                    row.append(
                        built_in_cell(self.pack, self.decision, ref, row_id, lang, self.refs)
                    )
                    continue
                cell = self.pack.cell(self.decision, ref, attribute.id)
                parts = [self.cited(self.text(cell.text), cell.citations)] if cell else []
                if counted(cell, lang):
                    note = say("counted_in", lang, who=counted(cell, lang))
                    parts.append(f"<small><i>{esc(note)}</i></small>")
                if attribute.kind == "cost":
                    parts.append(self.cost_text(series))
                row.append("<br/>".join(parts) or esc(say("not_covered", lang)))
            rows.append(row)
        n = len(self.options)
        self.add(Heading(say("side_by_side", lang)))
        if ticked:
            self.add(Paragraph(priority_note(ticked, lang)))
        self.add(Table(header, rows, [1.0] + [2.4 / n * 2] * n))
        self.personal_lines()
        clinic = clinic_prices_line(self.book, lang) if self.book else None
        if clinic:  # a clinic's own prices have no reference to cite: say whose prices
            self.add(Paragraph(esc(clinic), small=True))

    def row_counted(self, row_id: str) -> list[str]:
        """Return whom and over what time each cell of a row counts ('' where it does not say)."""
        if row_id in BUILT_IN:
            return [
                e.counted
                for ref in self.options
                for e in built_in_entries(self.pack, self.decision, ref, row_id, self.lang)
            ]
        return [counted(self.pack.cell(self.decision, r, row_id), self.lang) for r in self.options]

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
        from endoaid.consultation.predict import LABELS, label

        tumour = self.session.tumour
        assert tumour is not None
        lang = self.lang
        items = []
        for name in LABELS:
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
            items.append(f"{label(name, lang)}{say('label_sep', lang)}{shown}")
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

    def build(self) -> tuple[list[Block], DocumentInfo]:
        """Return every block of the summary in reading order and the document's own facts."""
        self.header()
        self.side_by_side()
        self.charts()
        self.values()
        self.readiness()
        self.questions_and_notes()
        self.next_steps()
        self.add(*glossary_blocks(self.pack, self.blocks, self.lang))
        self.about()
        info = DocumentInfo(
            title=self.text(self.decision.title),
            lang=self.lang,
            content_version=self.pack.info.version,
            reviewed=day_text(self.pack.info.last_reviewed, self.lang),
            review=review_line(self.pack, self.lang),
        )
        return self.blocks, info


def summary_blocks(
    pack: ContentPack, session: Session, today: dt.date | None = None
) -> tuple[list[Block], DocumentInfo]:
    """Return the summary of a session as blocks, ready to be laid out on pages."""
    return SummaryBuilder(pack, session, today).build()
