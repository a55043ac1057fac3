"""Bad input to `endoaid export`: one line, exit code 2, and no file left behind."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from endoaid.content import load_pack
from tests.test_report.conftest import flat

PACK = load_pack()
DECISION = "ovarian-suppression-method"
Export = Callable[..., tuple[int, str]]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder the PDF would be written to."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _refused(code: int, err: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args, reason",
    [
        (["--decision", "no-such-decision"], "no decision 'no-such-decision'"),
        (
            ["--decision", DECISION, "--options", "oophorectomy,magic-pill"],
            "no option 'magic-pill'",
        ),
        (["--decision", DECISION, "--options", "oophorectomy,tamoxifen"], "not one of the options"),
        (["--decision", DECISION, "--price-book", "no-such-book"], "no price book"),
        ([], "--session FILE or --decision ID"),
    ],
)
def test_wrong_ids_are_refused_in_one_line_without_a_file(
    out_dir: Path, export: Export, capsys: pytest.CaptureFixture[str], args: list[str], reason: str
) -> None:
    """Unknown decision, option or price book, or a foreign option: exit 2, one line, no PDF."""
    code, err = export("-o", str(out_dir / "summary.pdf"), *args, capsys=capsys)
    _refused(code, err)
    assert reason in err
    assert list(out_dir.iterdir()) == []


def test_a_missing_session_file_is_refused(
    out_dir: Path, tmp_path: Path, export: Export, capsys: pytest.CaptureFixture[str]
) -> None:
    """A session path that does not exist: exit 2 naming it, no PDF."""
    code, err = export(
        "-o",
        str(out_dir / "s.pdf"),
        "--session",
        str(tmp_path / "gone.endoaid.json"),
        capsys=capsys,
    )
    _refused(code, err)
    assert "gone.endoaid.json" in err
    assert list(out_dir.iterdir()) == []


def test_a_corrupt_session_file_is_refused(
    out_dir: Path, tmp_path: Path, export: Export, capsys: pytest.CaptureFixture[str]
) -> None:
    """A session file cut short: exit 2, no PDF."""
    broken = tmp_path / "broken.endoaid.json"
    broken.write_text('{"schema_version": 1, "decision_id": "ovar')
    code, err = export("-o", str(out_dir / "s.pdf"), "--session", str(broken), capsys=capsys)
    _refused(code, err)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    "options", ["oophorectomy,oophorectomy", "oophorectomy, gnrh-agonist,oophorectomy"]
)
def test_an_option_given_twice_is_refused_in_one_line_without_a_file(
    out_dir: Path, capsys: pytest.CaptureFixture[str], options: str
) -> None:
    """`--options` naming the same id twice: exit 2, one line naming it, no PDF."""
    from endoaid.cli import main

    target = out_dir / "summary.pdf"
    with pytest.raises(SystemExit) as stopped:
        main(["export", "-o", str(target), "--decision", DECISION, "--options", options])
    err = capsys.readouterr().err
    _refused(stopped.value.code, err)
    assert "'oophorectomy' is given twice" in err
    assert list(out_dir.iterdir()) == []


def test_a_session_file_comparing_an_option_with_itself_is_refused(
    out_dir: Path, tmp_path: Path, export: Export, capsys: pytest.CaptureFixture[str]
) -> None:
    """A saved session whose options repeat an id: exit 2 naming the id, no PDF."""
    twice = tmp_path / "twice.endoaid.json"
    data = {"schema_version": 1, "decision_id": DECISION, "options": ["oophorectomy"] * 2}
    twice.write_text(json.dumps(data))
    code, err = export("-o", str(out_dir / "s.pdf"), "--session", str(twice), capsys=capsys)
    _refused(code, err)
    assert "'oophorectomy' is listed twice" in err
    assert list(out_dir.iterdir()) == []


def test_a_missing_output_folder_is_refused(
    tmp_path: Path, export: Export, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writing into a folder that does not exist: exit 2 and the folder is not created."""
    target = tmp_path / "nowhere" / "s.pdf"
    code, err = export("-o", str(target), "--decision", DECISION, capsys=capsys)
    _refused(code, err)
    assert "does not exist" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into any folder")
def test_a_read_only_folder_is_refused(
    out_dir: Path, export: Export, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder without write permission: exit 2, nothing written."""
    out_dir.chmod(0o500)
    try:
        code, err = export("-o", str(out_dir / "s.pdf"), "--decision", DECISION, capsys=capsys)
    finally:
        out_dir.chmod(0o700)
    _refused(code, err)
    assert list(out_dir.iterdir()) == []


def test_a_full_disk_leaves_no_partial_pdf_and_keeps_the_old_one(
    out_dir: Path,
    export: Export,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the disk fills up mid-write, the old PDF stays as it was and no temp file remains."""
    target = out_dir / "summary.pdf"
    target.write_bytes(b"%PDF-old summary")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("endoaid.report.build.os.fsync", full)
    code, err = export("-o", str(target), "--decision", DECISION, capsys=capsys)
    _refused(code, err)
    assert "No space left on device" in err
    assert target.read_bytes() == b"%PDF-old summary"
    assert [p.name for p in out_dir.iterdir()] == ["summary.pdf"]


def test_an_existing_pdf_is_untouched_when_the_input_is_bad(
    out_dir: Path, export: Export, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failed export never overwrites yesterday's summary."""
    target = out_dir / "summary.pdf"
    target.write_bytes(b"%PDF-yesterday")
    code, err = export("-o", str(target), "--decision", "no-such-decision", capsys=capsys)
    _refused(code, err)
    assert target.read_bytes() == b"%PDF-yesterday"


def test_a_successful_export_replaces_the_old_pdf(out_dir: Path, export: Export) -> None:
    """An export that works replaces an older file of the same name."""
    target = out_dir / "summary.pdf"
    target.write_bytes(b"%PDF-yesterday")
    code, _ = export("-o", str(target), "--decision", DECISION)
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF-1.")
    assert [p.name for p in out_dir.iterdir()] == ["summary.pdf"]


def test_an_unknown_paper_size_is_refused_before_anything_is_written(
    out_dir: Path, qapp: object
) -> None:
    """build_report with a paper the app does not know raises a UserError and writes nothing."""
    from endoaid.consultation import Session
    from endoaid.errors import UserError
    from endoaid.report import build_report

    with pytest.raises(UserError, match="paper size"):
        build_report(PACK, Session(decision_id=DECISION), out_dir / "s.pdf", paper="a3")
    assert list(out_dir.iterdir()) == []


def test_report_bytes_give_the_same_document_without_a_file(qapp: object) -> None:
    """The in-memory summary (for printing and the preview) is a complete PDF."""
    from io import BytesIO

    from pypdf import PdfReader

    from endoaid.consultation import Session
    from endoaid.report import report_bytes

    data = report_bytes(PACK, Session(decision_id=DECISION))
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) >= 3
    assert PACK.decision(DECISION).title.get("en") in flat(reader.pages[0].extract_text() or "")
