"""`endoaid --kiosk` as an administrator starts it: configuration first, nothing on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.test_ui.kiosk_helpers import PIN_HASH


def run_endoaid(home: Path, *args: str, env_extra: dict[str, str] | None = None):
    """Run the real command with its own empty home, config, data, cache and state folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ENDOAID_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        **(env_extra or {}),
    )
    return subprocess.run(
        [sys.executable, "-m", "endoaid", "--kiosk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_kiosk_mode_starts_with_a_configuration_and_writes_no_file(tmp_path):
    """With a valid kiosk.toml the window starts (exit 0) and no log or settings appear."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    done = run_endoaid(home, "--kiosk-config", str(config), "--smoke-test")
    assert done.returncode == 0, done.stderr
    assert "startup_ms=" in done.stdout
    assert files_under(home) == []


def test_the_environment_variable_points_kiosk_mode_at_its_configuration(tmp_path):
    """ENDOAID_KIOSK_CONFIG is used when no --kiosk-config is given."""
    config = tmp_path / "elsewhere.toml"
    config.write_text(f'pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    done = run_endoaid(home, "--smoke-test", env_extra={"ENDOAID_KIOSK_CONFIG": str(config)})
    assert done.returncode == 0, done.stderr


def test_kiosk_mode_without_a_pin_refuses_with_exit_2_and_one_line(tmp_path):
    """A configuration without pin_hash: exit 2, one sentence on stderr, no window left."""
    config = tmp_path / "kiosk.toml"
    config.write_text("idle_seconds = 60\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    done = run_endoaid(home, "--kiosk-config", str(config), "--smoke-test")
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert done.returncode == 2
    assert len(lines) == 1 and "no administrator PIN" in lines[0]
    assert "startup_ms" not in done.stdout
