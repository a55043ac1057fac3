"""`endoaid content sign-off`: a clinic's review recorded beside its copy, undone by any change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from endoaid.cli import main
from endoaid.content import load_pack
from endoaid.content.signoff import FILE_NAME, pack_hash, read_review

TODAY = dt.date.today()


def sign(pack_dir: Path, *extra: str) -> int:
    """Run `endoaid content sign-off` on `pack_dir` with a clinic, a name and a role."""
    args = ["content", "sign-off", str(pack_dir), "--clinic", "Riverside Breast Unit"]
    args += ["--name", "Dr Mei Lin", "--role", "breast oncologist", *extra]
    return main(args)


def test_a_sign_off_is_written_beside_the_pack_and_read_back(pack_copy, capsys):
    """The reviewer, role, day, content version and the pack's hash are kept; it counts."""
    assert sign(pack_copy, "--date", "2026-12-01", "--contact", "breast nurses, ward 4") == 0
    out = capsys.readouterr().out
    assert "Riverside Breast Unit" in out and "Dr Mei Lin" in out
    pack = load_pack(pack_copy)
    assert pack.signed_off()
    assert pack.review is not None
    s = pack.review.sign_off
    assert (s.clinic, s.name, s.role, s.date) == (
        "Riverside Breast Unit",
        "Dr Mei Lin",
        "breast oncologist",
        dt.date(2026, 12, 1),
    )
    assert s.content_version == pack.info.version
    assert s.pack_sha256 == pack_hash(pack_copy)
    assert s.contact == "breast nurses, ward 4"
    assert not [w for w in pack.warnings if w.file == FILE_NAME]


def test_the_day_defaults_to_today(pack_copy):
    """Without --date the review is dated today."""
    assert sign(pack_copy) == 0
    review, _ = read_review(pack_copy)
    assert review is not None and review.sign_off.date == TODAY


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda p: (p / "glossary.toml").write_text("terms = []\n", encoding="utf-8"), "edit"),
        (lambda p: (p / "options" / "extra.toml").write_text("x = 1\n"), "new file"),
        (lambda p: (p / "rules.toml").unlink(), "removed file"),
    ],
)
def test_any_change_after_the_sign_off_brings_the_warning_back(pack_copy, change, where):
    """An edited, added or removed file makes the sign-off out of date."""
    assert sign(pack_copy) == 0
    change(pack_copy)
    review, problem = read_review(pack_copy)
    assert problem is None and review is not None
    assert not review.current, where


def test_an_out_of_date_sign_off_is_a_warning_of_the_content_check(pack_copy, capsys):
    """`content check` says the pack changed after its sign-off (and still exits 0)."""
    assert sign(pack_copy) == 0
    with (pack_copy / "attributes.toml").open("a", encoding="utf-8") as fh:
        fh.write("# a local note\n")
    capsys.readouterr()
    assert main(["content", "check", str(pack_copy)]) == 0
    err = capsys.readouterr().err
    assert "sign-off.toml" in err and "sign it off again" in err
    assert not load_pack(pack_copy).signed_off()


def test_a_broken_sign_off_file_leaves_the_pack_usable_and_unreviewed(pack_copy):
    """A sign-off file that cannot be read is a warning: the pack is not reviewed."""
    (pack_copy / FILE_NAME).write_text("[sign_off]\nclinic = 3\n", encoding="utf-8")
    pack = load_pack(pack_copy)
    assert not pack.signed_off() and pack.review is None
    assert any(w.file == FILE_NAME for w in pack.warnings)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--clinic", "  "], "--clinic: is empty"),
        (["--name", "Dr\nLin"], "--name: must be one line"),
        (["--role", "x" * 121], "--role: is longer than 120 characters"),
        (["--date", "2026-13-01"], "is not a date like"),
        (["--date", (TODAY + dt.timedelta(days=1)).isoformat()], "is in the future"),
    ],
)
def test_bad_entries_are_one_line_with_exit_code_2_and_write_nothing(
    pack_copy, capsys, extra, message
):
    """A bad clinic, name, role or date: one line on stderr, exit 2, no sign-off file."""
    args = ["content", "sign-off", str(pack_copy), "--clinic", "A", "--name", "B", "--role", "C"]
    assert main([*args, *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    assert not (pack_copy / FILE_NAME).exists()


def test_a_folder_without_a_pack_is_refused(tmp_path, capsys):
    """A folder that holds no pack.toml cannot be signed off."""
    assert sign(tmp_path) == 2
    assert "is not a folder with a content pack" in capsys.readouterr().err


def test_a_pack_with_problems_is_refused(pack_copy, capsys):
    """A pack that fails its check is not signed off: the reviewer is sent to `content check`."""
    (pack_copy / "sure.toml").write_text("citations = [", encoding="utf-8")
    assert sign(pack_copy) == 2
    assert "run 'endoaid content check" in capsys.readouterr().err
    assert not (pack_copy / FILE_NAME).exists()


def test_the_shipped_pack_is_refused(capsys):
    """Only a clinic's own copy is signed off, never the pack shipped with the program."""
    from endoaid.resources import content_dir

    assert sign(content_dir()) == 2
    assert "sign off the clinic's own copy" in capsys.readouterr().err


def test_a_failed_write_leaves_no_file_and_exits_2(pack_copy, capsys, monkeypatch):
    """When the file cannot be written the command says so in one line; nothing is left."""
    import endoaid.consultation.signoff_command as command

    def refuse(path: Path, data: bytes, *, mode: int | None = None) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(command, "write_atomic", refuse)
    assert sign(pack_copy) == 2
    assert "cannot be written (Permission denied)" in capsys.readouterr().err
    assert not (pack_copy / FILE_NAME).exists()
    assert not [p for p in pack_copy.iterdir() if p.name.startswith(".")]


def test_the_hash_ignores_the_sign_off_and_hidden_files(pack_copy):
    """Writing the sign-off (or a half-written temporary file) does not change the hash."""
    before = pack_hash(pack_copy)
    (pack_copy / FILE_NAME).write_text("# anything\n", encoding="utf-8")
    (pack_copy / ".sign-off.toml.abc.tmp").write_text("partial", encoding="utf-8")
    assert pack_hash(pack_copy) == before


def test_content_check_names_a_current_sign_off(pack_copy, capsys):
    """`content check` of a signed-off pack says who signed it off for which clinic."""
    assert sign(pack_copy, "--date", "2026-12-01") == 0
    capsys.readouterr()
    assert main(["content", "check", str(pack_copy)]) == 0
    out = capsys.readouterr().out
    assert (
        "Signed off for Riverside Breast Unit by Dr Mei Lin, breast oncologist on 2026-12-01" in out
    )
