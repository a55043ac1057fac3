"""Start-up: the smoke test path works and keeps matplotlib out of the first window."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import argparse, sys
from endoaid.ui.app import run_app
code = run_app(argparse.Namespace(kiosk=False, lang="en", smoke_test=True))
print("matplotlib_loaded=%s" % ("matplotlib" in sys.modules))
sys.exit(code)
"""


def test_smoke_test_exits_zero_prints_startup_ms_and_never_loads_matplotlib(tmp_path):
    """`--smoke-test` prints startup_ms=N, exits 0 and has not imported matplotlib."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env["XDG_DATA_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    assert int(lines["startup_ms"]) > 0
    assert lines["matplotlib_loaded"] == "False"


def test_endoaid_command_smoke_test_exits_zero(tmp_path):
    """The installed `endoaid --smoke-test` command exits 0 offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env["XDG_DATA_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "endoaid", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("startup_ms=")
