"""`endoaid kiosk set-pin` and `endoaid kiosk check`: an administrator sets up a kiosk safely."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from endoaid.cli import main
from endoaid.ui.kiosk import admin
from endoaid.ui.kiosk.config import load_kiosk_config
from endoaid.ui.kiosk.pin import verify_pin
from tests.test_ui.kiosk_helpers import PIN_HASH

SECRET = "kiosk-secret-7"
"""A PIN that cannot appear by chance in a path or a hash."""


def _answers(*typed: str):
    """Return an input function that gives these answers in turn."""
    left = list(typed)
    return lambda _prompt: left.pop(0)


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `endoaid ARGS…` in a new process with `stdin` (not a terminal) as its input."""
    return subprocess.run(
        [sys.executable, "-m", "endoaid", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _stored_hash(path: Path) -> str:
    return load_kiosk_config(path).pin_hash


def test_set_pin_writes_the_hash_into_the_configuration_and_keeps_the_rest(tmp_path):
    """Typed twice on stdin, the new hash replaces the old one; other settings stay unchanged."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'# clinic kiosk\npin_hash = "{PIN_HASH}"\nidle_seconds = 90\n')
    done = _run("kiosk", "set-pin", "--config", str(config), stdin=f"{SECRET}\n{SECRET}\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"The new PIN is set in {config}."
    text = config.read_text()
    assert text.startswith("# clinic kiosk\npin_hash = ") and text.endswith("idle_seconds = 90\n")
    assert verify_pin(SECRET, _stored_hash(config))
    assert SECRET not in text + done.stdout + done.stderr


def test_set_pin_makes_a_new_configuration_file_when_its_folder_is_writable(tmp_path):
    """Without a file yet, set-pin makes one holding the hash, readable by the kiosk."""
    config = tmp_path / "kiosk.toml"
    assert admin.set_pin(config, ask=_answers(SECRET, SECRET), out=io.StringIO()) == 0
    assert verify_pin(SECRET, _stored_hash(config))
    assert config.stat().st_mode & 0o777 == 0o644


def test_set_pin_keeps_the_files_permissions(tmp_path):
    """A configuration readable only by its group stays so after the PIN changes."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'pin_hash = "{PIN_HASH}"\n')
    config.chmod(0o640)
    admin.set_pin(config, ask=_answers(SECRET, SECRET), out=io.StringIO())
    assert config.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (f"{SECRET}\nsomething-else\n", "The two PINs differ; nothing was changed."),
        ("12\n12\n", "The PIN needs at least 4 characters; nothing was changed."),
        ("", "The PIN needs at least 4 characters; nothing was changed."),
    ],
)
def test_set_pin_refuses_in_one_line_and_changes_nothing(tmp_path, typed, reason):
    """Two different PINs, or one too short: exit 2, one line, the file untouched."""
    config = tmp_path / "kiosk.toml"
    before = f'pin_hash = "{PIN_HASH}"\n'
    config.write_text(before)
    done = _run("kiosk", "set-pin", "--config", str(config), stdin=typed)
    assert done.returncode == 2
    assert done.stderr.strip() == f"endoaid: {reason}"
    assert config.read_text() == before
    assert "Traceback" not in done.stderr


def test_set_pin_without_a_configuration_prints_the_line_to_paste(capsys):
    """Without --config the pin_hash line is printed, never the PIN."""
    assert admin.set_pin(None, ask=_answers(SECRET, SECRET)) == 0
    out = capsys.readouterr().out
    line = out.splitlines()[0]
    assert line.startswith('pin_hash = "pbkdf2_sha256$')
    assert verify_pin(SECRET, line.split('"')[1])
    assert SECRET not in out


def test_set_pin_prints_the_line_when_the_file_cannot_be_written(tmp_path, capsys):
    """A configuration in a folder that does not exist: nothing is made, the line is printed."""
    config = tmp_path / "missing-folder" / "kiosk.toml"
    assert admin.set_pin(config, ask=_answers(SECRET, SECRET)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{config} was not changed (its folder")
    assert verify_pin(SECRET, out[1].split('"')[1])
    assert not config.parent.exists()


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch, capsys):
    """When the disk refuses the new file, the old one is untouched and the line is printed."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'pin_hash = "{PIN_HASH}"\n')

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("endoaid.consultation._atomic.write_atomic", full_disk)
    assert admin.set_pin(config, ask=_answers(SECRET, SECRET)) == 0
    assert config.read_text() == f'pin_hash = "{PIN_HASH}"\n'
    assert "No space left on device" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


def test_hidden_input_uses_getpass_at_a_terminal_and_stdin_otherwise(monkeypatch):
    """At a terminal the PIN is asked without echo; piped in, it is read from stdin."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("getpass.getpass", lambda prompt="": "from-getpass")
    monkeypatch.setattr(sys, "stdin", Terminal("typed\n"))
    assert admin.ask_hidden("PIN: ") == "from-getpass"
    monkeypatch.setattr(sys, "stdin", io.StringIO("piped-pin\r\n"))
    assert admin.ask_hidden("PIN: ") == "piped-pin"


def test_set_pin_starts_without_qt():
    """Setting a PIN imports no Qt module at all (it starts at once, even without a screen)."""
    script = (
        "import sys; from endoaid.cli import main; code = main(['kiosk', 'set-pin']);"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')), code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input="2468\n2468\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.splitlines()[-1] == "[] 0", done.stderr


def test_check_of_a_good_configuration_says_ok(tmp_path, capsys):
    """A configuration with a PIN, a writable folder and valid data: exit 0, one 'ok' line."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'pin_hash = "{PIN_HASH}"\nexport_folder = "{tmp_path}"\n')
    assert main(["kiosk", "check", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"ok: the kiosk configuration {config} is ready")
    assert captured.err == ""


def test_check_lists_every_problem_on_its_own_line(tmp_path, capsys):
    """No PIN, a missing folder, a broken price book and a bad pack: one line each, exit 2."""
    book = tmp_path / "clinic.toml"
    book.write_text("this is = not [ a price book\n")
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'export_folder = "{tmp_path / "gone"}"\n'
        f'content_pack = "{tmp_path / "no-pack"}"\n'
        f'price_book_files = ["{book}"]\n'
    )
    assert main(["kiosk", "check", "--config", str(config)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == (
        f"{config} has no administrator PIN (pin_hash): set one with "
        f"'endoaid kiosk set-pin --config {config}'."
    )
    assert lines[1] == f"The export folder {tmp_path / 'gone'} does not exist."
    assert lines[2].startswith(f"Content pack {tmp_path / 'no-pack'}: ")
    assert lines[3].startswith(f"The price book {book} cannot be used: ")
    assert lines[4] == f"4 problem(s) in {config}; kiosk mode would not start."


def test_check_names_an_unknown_printer(tmp_path, capsys):
    """A printer the system does not know is a problem, named with the printers it does know."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'pin_hash = "{PIN_HASH}"\nprinter = "No Such Printer 9"\n')
    assert main(["kiosk", "check", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "The printer 'No Such Printer 9' is not known to this system (known: " in err


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('pin_hash = "2468"\n', "pbkdf2_sha256"),
        ("pin_hash = [\n", "is not valid TOML"),
        (f'pin_hash = "{PIN_HASH}"\nlanguage = "fr"\n', "'language' must be one of"),
    ],
)
def test_check_reports_a_bad_pin_or_setting_in_one_line(tmp_path, capsys, text, words):
    """A malformed PIN hash, broken TOML or a wrong setting: named in one line, exit 2."""
    config = tmp_path / "kiosk.toml"
    config.write_text(text)
    assert main(["kiosk", "check", "--config", str(config)]) == 2
    problems = capsys.readouterr().err.strip().splitlines()[:-1]
    assert len(problems) == 1 and words in problems[0]


def test_check_of_a_missing_configuration_says_how_to_make_one(tmp_path, capsys):
    """No file at all: one line naming 'endoaid kiosk set-pin --config PATH'."""
    config = tmp_path / "kiosk.toml"
    assert main(["kiosk", "check", "--config", str(config)]) == 2
    assert f"endoaid kiosk set-pin --config {config}" in capsys.readouterr().err


@pytest.mark.parametrize("text", [None, "idle_seconds = 60\n"])
def test_the_kiosk_refusal_names_the_setup_commands(tmp_path, text):
    """Kiosk mode without a configuration or a PIN says which commands set it up."""
    from endoaid.ui.kiosk.config import KioskConfigError

    config = tmp_path / "kiosk.toml"
    if text is not None:
        config.write_text(text)
    with pytest.raises(KioskConfigError) as refused:
        load_kiosk_config(config)
    message = str(refused.value)
    assert f"endoaid kiosk set-pin --config {config}" in message
    assert f"endoaid kiosk check --config {config}" in message
