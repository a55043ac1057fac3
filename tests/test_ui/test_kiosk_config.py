"""The administrator's kiosk configuration and PIN: read strictly, refused in one sentence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endoaid.cli import main
from endoaid.ui.kiosk.config import (
    ENV_VAR,
    KioskConfigError,
    config_path,
    default_config_path,
    load_kiosk_config,
)
from endoaid.ui.kiosk.pin import PinGate, PinHashError, hash_pin, parse_pin_hash, verify_pin
from tests.test_ui.kiosk_helpers import PIN, PIN_HASH


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_configuration_is_read_with_every_field(tmp_path):
    """Every documented field arrives in the KioskConfig."""
    path = write(
        tmp_path,
        f'pin_hash = "{PIN_HASH}"\nidle_seconds = 90\ncountdown_seconds = 20\n'
        f'export_folder = "{tmp_path}"\nprinter = "Reception"\nlanguage = "zh_CN"\n'
        'text_size = "A+"\n',
    )
    config = load_kiosk_config(path)
    assert (config.idle_seconds, config.countdown_seconds) == (90.0, 20.0)
    assert config.export_folder == tmp_path
    assert (config.printer, config.language, config.text_size) == ("Reception", "zh_CN", "A+")


def test_defaults_are_two_minutes_idle_and_thirty_seconds_countdown(tmp_path):
    """Only the PIN is required; idle 120 s and countdown 30 s by default."""
    config = load_kiosk_config(write(tmp_path, f'pin_hash = "{PIN_HASH}"\n'))
    assert (config.idle_seconds, config.countdown_seconds) == (120.0, 30.0)
    assert config.export_folder is None and config.printer is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("idle_seconds = 60\n", "no administrator PIN"),
        ('pin_hash = "2468"\n', "pbkdf2_sha256"),
        ('pin_hash = "@H"\nidle_seconds = -1\n', "idle_seconds"),
        ("pin_hash = [\n", "not valid TOML"),
        ('pin_hash = "@H"\ncolour = "red"\n', "unknown setting 'colour'"),
        ('pin_hash = "@H"\nlanguage = "fr"\n', "language"),
        ('pin_hash = "@H"\ntext_size = "huge"\n', "text_size"),
        ('pin_hash = "@H"\ncountdown_seconds = "soon"\n', "countdown_seconds"),
    ],
)
def test_a_bad_configuration_is_refused_in_one_sentence(tmp_path, text, words):
    """Missing PIN, plain-text PIN, bad numbers, bad TOML, unknown keys: one line naming it."""
    path = write(tmp_path, text.replace("@H", PIN_HASH))
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    message = str(caught.value)
    assert words in message and "\n" not in message


def test_a_missing_configuration_names_where_it_was_looked_for(tmp_path):
    """No file: the sentence says where the administrator should put it."""
    with pytest.raises(KioskConfigError, match=r"kiosk\.toml"):
        load_kiosk_config(tmp_path / "kiosk.toml")


def test_the_default_place_depends_on_the_platform():
    """/etc on Linux, ProgramData on Windows, /Library/Application Support on macOS."""
    assert default_config_path("linux", {}) == Path("/etc/endoaid/kiosk.toml")
    win = default_config_path("win32", {"PROGRAMDATA": r"D:\Data"})
    assert win.parts[-2:] == ("endoaid", "kiosk.toml") and "Data" in str(win)
    mac = default_config_path("darwin", {})
    assert mac == Path("/Library/Application Support/endoaid/kiosk.toml")


def test_the_environment_variable_overrides_the_default_and_the_option_overrides_both(tmp_path):
    """--kiosk-config beats ENDOAID_KIOSK_CONFIG, which beats the platform default."""
    env = {ENV_VAR: str(tmp_path / "env.toml")}
    assert config_path(None, env) == tmp_path / "env.toml"
    assert config_path(tmp_path / "cli.toml", env) == tmp_path / "cli.toml"


def test_kiosk_mode_without_a_configuration_exits_2_with_one_line(tmp_path, capsys, monkeypatch):
    """`endoaid --kiosk` with no usable configuration starts nothing and exits 2."""
    shown: list[str] = []
    monkeypatch.setattr("endoaid.ui.kiosk.shell.show_refusal", shown.append)
    built: list[object] = []
    monkeypatch.setattr("endoaid.ui.app.application.build_window", built.append)
    code = main(["--kiosk", "--kiosk-config", str(tmp_path / "nowhere.toml")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("endoaid: Kiosk mode needs")
    assert shown == [err[0].removeprefix("endoaid: ")]  # the same sentence on screen
    assert built == []


def test_the_stored_pin_is_a_salted_hash_never_the_pin():
    """hash_pin gives the pbkdf2 format, a new salt each time, and verifies only the PIN."""
    first, second = hash_pin("1234", iterations=10_000), hash_pin("1234", iterations=10_000)
    assert first != second and "1234" not in first.split("$", 2)[2]
    assert first.startswith("pbkdf2_sha256$10000$")
    assert verify_pin("1234", first) and not verify_pin("1235", first)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=60))
def test_any_malformed_pin_hash_is_refused_as_a_user_error(text):
    """Whatever the administrator pastes, a bad hash is a PinHashError, never a crash."""
    try:
        parse_pin_hash(text)
    except PinHashError as exc:
        assert str(exc)


def test_three_wrong_pins_lock_out_even_the_right_one_until_the_time_is_up():
    """After 3 misses the right PIN is refused for 30 s, then accepted."""
    now = [1000.0]
    gate = PinGate(PIN_HASH, clock=lambda: now[0])
    assert [gate.check("0000").accepted for _ in range(2)] == [False, False]
    third = gate.check("0000")
    assert not third.accepted and third.locked_seconds == pytest.approx(30)
    now[0] += 29
    assert not gate.check(PIN).accepted
    now[0] += 2
    assert gate.check(PIN).accepted


def test_the_admin_command_prints_a_pin_hash_line_for_the_configuration():
    """`python -m endoaid.ui.kiosk.admin` reads the PIN twice and prints a usable pin_hash line."""
    script = (
        "import runpy, sys; sys.argv = ['pin'];"
        "runpy.run_module('endoaid.ui.kiosk.admin', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input="97531\n97531\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    line = done.stdout.splitlines()[0]
    assert done.returncode == 0, done.stderr
    assert line.startswith('pin_hash = "pbkdf2_sha256$')
    assert verify_pin("97531", line.split('"')[1])
