"""`endoaid audit report|merge`: a clinic lead's PDF and CSV; merges without duplicates."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

from pypdf import PdfReader

from endoaid.cli import main
from endoaid.consultation import audit_record as audit

START = dt.datetime(2026, 2, 10, tzinfo=dt.UTC)


def _add(db, n, decision, before=1, after=4, month=2):
    now = START.replace(month=month)
    for _ in range(n):
        audit.add_record(
            db,
            audit.make_record(
                decision=decision,
                mode="kiosk",
                language="en",
                sure_before=before,
                sure_after=after,
                options=["tamoxifen", "gnrh-agonist"],
                leaning="tamoxifen",
                started=now - dt.timedelta(minutes=12),
                own_figures=False,
                now=now,
            ),
        )


def test_the_report_shows_large_groups_and_names_small_ones(tmp_path, capsys):
    db = tmp_path / "clinic.db"
    _add(db, 6, "ovarian-suppression-method")
    _add(db, 3, "treatment-duration", before=4)
    pdf, table = tmp_path / "report.pdf", tmp_path / "rows.csv"
    assert main(["audit", "report", str(db), "-o", str(pdf), "--csv", str(table)]) == 0
    assert "9 record(s)" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Of 9 women who answered both times, 3 were sure" in text
    assert "(n=6)" in text and "(n=3)" not in text
    assert "Not shown separately (fewer than 5 women)" in text
    assert "Stop after 5 years" in text  # the small group is named, not drawn
    with table.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 9 and set(rows[0]) == set(audit.COLUMNS)


def test_a_report_of_fewer_than_five_women_shows_nothing(tmp_path):
    db = tmp_path / "clinic.db"
    _add(db, 4, "ovarian-suppression-method")
    pdf = tmp_path / "r.pdf"
    assert main(["audit", "report", str(db), "-o", str(pdf)]) == 0
    text = PdfReader(pdf).pages[0].extract_text()
    assert "fewer than 5 women, so nothing is shown" in text.replace("\n", " ")


def test_merge_says_how_many_were_added_and_skipped(tmp_path, capsys):
    a, b, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "all.db"
    _add(a, 3, "treatment-duration")
    _add(b, 2, "treatment-duration")
    assert main(["audit", "merge", str(a), str(b), "-o", str(out)]) == 0
    assert main(["audit", "merge", str(a), "-o", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"5 record(s) added to {out}; 0 already there (the same record) skipped.",
        f"0 record(s) added to {out}; 3 already there (the same record) skipped.",
    ]


def test_a_damaged_or_foreign_file_is_one_line_and_exit_2(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite? no" * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    for path in (junk, other, tmp_path / "missing.db"):
        assert main(["audit", "report", str(path), "-o", str(tmp_path / "r.pdf")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot be used" in err
    assert not (tmp_path / "r.pdf").exists()


def test_a_session_file_alone_is_opened_like_a_document(tmp_path, capsys):
    from endoaid.cli import session_argument

    assert session_argument(["a.endoaid.json"]) == ["--open", "a.endoaid.json"]
    assert session_argument(["--lang", "zh_CN", "b.json"]) == [
        "--lang",
        "zh_CN",
        "--open",
        "b.json",
    ]
    assert session_argument(["export", "--session", "c.json"]) == ["export", "--session", "c.json"]
    broken = tmp_path / "broken.endoaid.json"
    broken.write_text('{"schema_version": 2, "lang": ', encoding="utf-8")
    assert main([str(broken)]) == 2
    err = capsys.readouterr().err
    assert err == "endoaid: 'broken.endoaid.json' is damaged or cut short (not complete JSON).\n"
    assert main([str(tmp_path / "gone.endoaid.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
