"""The clinic's decision-quality report (`endoaid audit report`): a few pages of charts from
the anonymous record, laid out like the summary (QtGui only, headless)."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from endoaid import __version__
from endoaid.charts.audit import (
    MIN_GROUP,
    answered_both,
    audit_word,
    leaning_chart,
    minutes_chart,
    sure_before_after_chart,
    sure_share_chart,
)
from endoaid.charts.style import ChartSpec, figure_to_svg
from endoaid.consultation.audit_record import COLUMNS, AuditRecord
from endoaid.report.blocks import Block, Chart, DocumentInfo, Heading, Paragraph, Table, esc
from endoaid.report.build import ExportError, check_target, ensure_gui_app, write_atomic
from endoaid.report.pdf import render_pdf


def _chart(spec: ChartSpec) -> list[Block]:
    svg = figure_to_svg(spec.figure)
    blocks: list[Block] = [Chart(spec.title, spec.caption, svg, spec.notes, spec.source[0])]
    if spec.table.rows:
        n = len(spec.table.header)
        blocks.append(Table(spec.table.header, spec.table.rows, [1.0 / n] * n, small=True))
    return blocks


def audit_blocks(
    records: Sequence[AuditRecord], lang: str, names: Mapping[str, str]
) -> list[Block]:
    """Return the report's blocks: who is counted, then the charts (small groups left out)."""
    blocks: list[Block] = [Heading(audit_word("report_title", lang), level=0)]
    if len(records) < MIN_GROUP:
        blocks.append(Paragraph(esc(audit_word("too_few", lang, k=MIN_GROUP))))
        return blocks
    months = sorted({r.month for r in records})
    intro = audit_word(
        "report_intro",
        lang,
        n=len(records),
        first=months[0],
        last=months[-1],
        clinician=sum(r.mode == "clinician" for r in records),
        kiosk=sum(r.mode == "kiosk" for r in records),
        both=len(answered_both(records)),
    )
    blocks.append(Paragraph(esc(intro)))
    blocks.append(Paragraph(esc(audit_word("report_recorded", lang, k=MIN_GROUP)), small=True))
    if len(answered_both(records)) >= MIN_GROUP:
        blocks += _chart(sure_before_after_chart(records, lang))
        blocks += _chart(sure_share_chart(records, lang, by="decision", names=names))
        blocks += _chart(sure_share_chart(records, lang, by="month", names=names))
    blocks += _chart(minutes_chart(records, lang))
    blocks += _chart(leaning_chart(records, lang, names))
    return blocks


def audit_pdf(
    records: Sequence[AuditRecord], lang: str = "en", names: Mapping[str, str] | None = None
) -> bytes:
    """Return the report as PDF bytes."""
    ensure_gui_app()
    from endoaid.fonts import register_matplotlib_fonts, register_qt_fonts

    family = register_qt_fonts()
    register_matplotlib_fonts()
    info = DocumentInfo(
        title=audit_word("report_title", lang),
        lang=lang,
        content_version="",
        reviewed="",
        footer=audit_word("footer", lang, version=__version__),
    )
    return render_pdf(audit_blocks(records, lang, names or {}), info, family)


def write_audit_pdf(
    records: Sequence[AuditRecord], path: Path, lang: str, names: Mapping[str, str]
) -> Path:
    """Write the report atomically; raise ExportError (one line) when it cannot be written."""
    target = check_target(path)
    data = audit_pdf(records, lang, names)
    _write(target, data)
    return target


def write_csv(records: Sequence[AuditRecord], path: Path) -> Path:
    """Write every row as CSV (one line per record, the columns of the record) atomically."""
    target = check_target(path)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in records:
        writer.writerow(
            [
                r.record_id,
                r.month,
                r.decision,
                r.mode,
                r.language,
                "" if r.sure_before is None else r.sure_before,
                "" if r.sure_after is None else r.sure_after,
                r.options,
                r.leaning or "",
                r.minutes,
                int(r.own_figures),
            ]
        )
    _write(target, buffer.getvalue().encode("utf-8"))
    return target


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(
            f"Cannot write '{target}': {reason}.", code="export_not_written"
        ) from None
