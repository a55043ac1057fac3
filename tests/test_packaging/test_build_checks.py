"""An incomplete checkout refuses to build, and the frozen entry point never shows a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from endoaid.resources import ResourcesMissing

from .conftest import PACKAGING, REPO, load_script

CHECK = PACKAGING / "check_resources.py"


def _complete_resources(tmp_path: Path) -> Path:
    """A resources folder with one of everything the build requires."""
    root = tmp_path / "resources"
    for folder in ("content/decisions", "content/options", "translations", "fonts", "icons"):
        (root / folder).mkdir(parents=True)
    for name in (
        "content/pack.toml",
        "content/decisions/a.toml",
        "content/options/b.toml",
        "translations/endoaid_zh_CN.qm",
        "fonts/Some.otf",
        "icons/endoaid.svg",
    ):
        (root / name).write_text("x", encoding="utf-8")
    return root


def _check(root: Path, allow: str = "") -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "ENDOAID_ALLOW_INCOMPLETE": allow}
    return subprocess.run(
        [sys.executable, str(CHECK), str(root)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_complete_resources_pass_the_build_check(tmp_path: Path) -> None:
    """A folder with content, translations, fonts and the icon lets the build go on."""
    result = _check(_complete_resources(tmp_path))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("remove", "named"),
    [
        ("content/pack.toml", "content/pack.toml"),
        ("fonts/Some.otf", "fonts"),
        ("translations/endoaid_zh_CN.qm", "translations"),
        ("icons/endoaid.svg", "icons/endoaid.svg"),
    ],
)
def test_missing_resource_stops_the_build_and_is_named(
    tmp_path: Path, remove: str, named: str
) -> None:
    """Each missing piece fails the check with exit 2 and a line naming its path."""
    root = _complete_resources(tmp_path)
    (root / remove).unlink()
    result = _check(root)
    assert result.returncode == 2
    assert str(root / named) in result.stderr
    assert "Traceback" not in result.stderr


def test_every_missing_resource_is_listed_at_once(tmp_path: Path) -> None:
    """Two missing pieces give two lines, so one build run shows the whole problem."""
    root = _complete_resources(tmp_path)
    shutil.rmtree(root / "fonts")
    shutil.rmtree(root / "translations")
    result = _check(root)
    assert result.returncode == 2
    assert "2 resource(s) missing" in result.stderr
    assert str(root / "fonts") in result.stderr and str(root / "translations") in result.stderr


def test_development_builds_may_waive_fonts_but_never_content(tmp_path: Path) -> None:
    """ENDOAID_ALLOW_INCOMPLETE turns a missing font into a warning; content stays required."""
    root = _complete_resources(tmp_path)
    (root / "fonts" / "Some.otf").unlink()
    assert _check(root, allow="fonts").returncode == 0
    (root / "content" / "pack.toml").unlink()
    assert _check(root, allow="fonts,content").returncode == 2


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--kiosk"], True),
        (["--lang", "zh_CN", "--kiosk"], True),
        (["--smoke-test"], True),
        (["--version"], False),
        (["content", "check"], False),
        (["kiosk", "set-pin", "--config", "kiosk.toml"], False),
        (["export", "-o", "out.pdf"], False),
        (["--lang", "en", "schedule", "--option", "tamoxifen"], False),
        (["--help"], False),
    ],
)
def test_entry_point_tells_window_launches_from_printing_commands(
    argv: list[str], window: bool
) -> None:
    """Only a launch of the window gets the dialog; commands print their one line."""
    assert load_script("endoaid_main").opens_window(argv) is window


def test_window_launch_without_resources_shows_a_dialog(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Starting the window with no resources shows the reason in a dialog and exits 2."""
    entry = load_script("endoaid_main")
    shown: list[str] = []

    def missing() -> Path:
        raise ResourcesMissing("endoaid's resources folder is missing (looked in: /x).")

    monkeypatch.setattr("endoaid.resources.resources_root", missing)
    monkeypatch.setattr(entry, "show_missing_resources", shown.append)
    assert entry.run(["--kiosk"]) == 2
    assert shown == ["endoaid's resources folder is missing (looked in: /x)."]
    assert "resources folder is missing" in capsys.readouterr().err


def test_command_without_resources_prints_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`endoaid content check` with no resources prints one line, exit 2, no dialog."""
    entry = load_script("endoaid_main")

    def missing() -> Path:
        raise ResourcesMissing("endoaid's resources folder is missing (looked in: /x).")

    monkeypatch.setattr("endoaid.resources.resources_root", missing)
    monkeypatch.setattr(entry, "show_missing_resources", pytest.fail)
    assert entry.run(["content", "check"]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "endoaid: endoaid's resources folder is missing (looked in: /x)."
    ]


def test_build_script_is_executable_and_strict() -> None:
    """build.sh runs as a command and stops at the first failing step."""
    script = PACKAGING / "build.sh"
    assert script.stat().st_mode & 0o111
    assert "set -euo pipefail" in script.read_text(encoding="utf-8")
    assert (REPO / ".gitignore").read_text(encoding="utf-8").count("/dist/") >= 1
