"""The command line: version, content check, usage errors as one line with exit code 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from endoaid import __version__
from endoaid.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "endoaid", *args], capture_output=True, text=True, check=False
    )


def test_version_prints_the_package_version():
    """`endoaid --version` prints the installed version and exits 0."""
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"endoaid {__version__}"


def test_content_check_of_the_shipped_pack_succeeds():
    """`endoaid content check` validates the shipped pack and says what it holds."""
    result = _run("content", "check")
    assert result.returncode == 0, result.stderr
    assert "is valid" in result.stdout


def test_content_check_of_a_broken_pack_lists_problems(pack_copy):
    """A broken pack prints `file: field: message` lines and exits 2, no traceback."""
    (pack_copy / "sure.toml").write_text("citations = [", encoding="utf-8")
    result = _run("content", "check", str(pack_copy))
    assert result.returncode == 2
    assert "sure.toml: invalid TOML" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["export"],
        ["export", "-o", "x.pdf", "--paper", "a5"],
        ["schedule", "--option", "gnrh-agonist"],
        ["--lang", "fr"],
    ],
)
def test_usage_errors_are_one_line_with_exit_code_2(args, capsys):
    """Bad arguments print a single line on stderr and exit 2."""
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err


def test_unexpected_error_is_one_line_and_exit_1(monkeypatch, capsys):
    """A bug inside a command prints one line, no traceback, and exits 1."""
    import endoaid.cli as cli

    def boom(_args):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_content_check", boom)
    assert main(["content", "check"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "endoaid: unexpected error: boom"


def test_package_version_matches_the_installed_metadata():
    """The version written in endoaid/__init__.py is the one the installed package reports."""
    from importlib import metadata

    assert metadata.version("endoaid") == __version__


def test_no_display_is_one_clear_line(monkeypatch, capsys):
    """On Linux without a display, the app says so in one line and exits 2 (no Qt abort)."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("endoaid: No display was found") and "\n" not in err


def test_smoke_test_without_a_display_runs_offscreen(monkeypatch):
    """`--smoke-test` on a machine with no screen falls back to the offscreen platform."""
    import argparse

    from endoaid.cli import _prepare_display

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    _prepare_display(argparse.Namespace(smoke_test=True))
    import os

    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
