"""`endoaid audit report|merge`: the clinic's anonymous decision-quality record."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from endoaid.languages import language_ids


def add_audit_parser(sub: argparse._SubParsersAction) -> None:
    """Add `endoaid audit` and its actions to the command line."""
    audit = sub.add_parser("audit", help="the clinic's anonymous decision-quality record")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    report = actions.add_parser("report", help="write a PDF report (and a CSV) of the record")
    report.add_argument("database", type=Path, help="the record database (.db)")
    report.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    report.add_argument("--csv", type=Path, help="also write every record as CSV")
    report.add_argument("--lang", choices=language_ids(), default="en")
    merge = actions.add_parser(
        "merge", help="combine the records of several machines, each record once"
    )
    merge.add_argument("databases", type=Path, nargs="+", help="the record databases")
    merge.add_argument("-o", "--output", type=Path, required=True, help="the database to write")
    sample = actions.add_parser("sample", help=argparse.SUPPRESS)  # made-up records, for trying
    sample.add_argument("database", type=Path)
    sample.add_argument("--count", type=int, default=200)
    sample.add_argument("--seed", type=int, default=25)


def audit_command(args: argparse.Namespace) -> int:
    """Run `endoaid audit ACTION`; one line and exit 2 for a file that cannot be used."""
    from endoaid.consultation import audit_record

    if args.audit_command == "merge":
        added, duplicates = audit_record.merge(list(args.databases), args.output)
        print(
            f"{added} record(s) added to {args.output}; {duplicates} already there "
            "(the same record) skipped."
        )
        return 0
    if args.audit_command == "sample":
        for row in sample_records(args.count, args.seed):
            audit_record.add_record(args.database, row)
        print(f"{args.count} made-up record(s) added to {args.database}.")
        return 0
    records = audit_record.read_records(args.database)
    from endoaid.report import audit_report

    names = _names(args.lang)
    target = audit_report.write_audit_pdf(records, args.output, args.lang, names)
    print(f"{len(records)} record(s): report written to {target}.")
    if args.csv is not None:
        print(f"CSV written to {audit_report.write_csv(records, args.csv)}.")
    return 0


def _names(lang: str) -> dict[str, str]:
    """Return the names of the shipped decisions and options in `lang` (ids when unavailable)."""
    try:
        from endoaid.content import load_pack

        pack = load_pack()
    except Exception:  # the report still works with ids
        print("endoaid: the content pack cannot be read; ids are shown.", file=sys.stderr)
        return {}
    names = {did: d.title.get(lang) for did, d in pack.decisions.items()}
    names.update({oid: o.name.get(lang) for oid, o in pack.options.items()})
    return names


def sample_records(count: int, seed: int):
    """Return `count` made-up records spread over six months, for trying the report."""
    import datetime as dt

    from endoaid.consultation.audit_record import make_record
    from endoaid.content import load_pack

    rng = random.Random(seed)
    pack = load_pack()
    decisions = list(pack.decisions.values())
    weights = [40, 25, 20, 10, 3][: len(decisions)]
    rows = []
    for _ in range(count):
        decision = rng.choices(decisions, weights=weights[: len(decisions)])[0]
        options = list(decision.options)[:3]
        month = dt.datetime(2026, rng.randint(1, 6), 15, 12, tzinfo=dt.UTC)
        before = rng.choice([0, 1, 1, 2, 2, 3, 3, 4, None])
        after = None if before is None else min(4, before + rng.choice([0, 1, 1, 2, 4]))
        leaning = rng.choice([*options, options[0], "unsure", None])
        rows.append(
            make_record(
                decision=decision.id,
                mode=rng.choice(["clinician", "kiosk", "kiosk"]),
                language=rng.choice(["en", "zh_CN"]),
                sure_before=before,
                sure_after=after,
                options=options,
                leaning=leaning,
                started=month - dt.timedelta(minutes=rng.choice(range(4, 70))),
                own_figures=rng.random() < 0.4,
                now=month,
            )
        )
    return rows
