"""The process survives many PySide6 void calls on Python 3.11 (endoaid.qtfix)."""

from __future__ import annotations

import subprocess
import sys


def _run_child(code: str) -> None:
    """Run `code` in a fresh Python after importing endoaid; it must print 'done' and exit 0."""
    result = subprocess.run(
        [sys.executable, "-c", "import endoaid\n" + code + "print('done')\n"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "done"


def test_many_void_qt_calls_do_not_abort_the_process():
    """Thousands of void PySide6 calls after importing endoaid exit cleanly, not with 134."""
    _run_child(
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(20000):\n"
        "    o.setObjectName('x')\n"
    )


def test_many_bool_signals_do_not_abort_the_process():
    """Thousands of emissions of a Python Signal(bool) exit cleanly, not with bool_dealloc."""
    _run_child(
        "from PySide6.QtCore import QObject, Signal\n"
        "class Switch(QObject):\n"
        "    toggled = Signal(bool)\n"
        "switch = Switch()\n"
        "switch.toggled.connect(lambda on: None)\n"
        "for _ in range(20000):\n"
        "    switch.toggled.emit(True)\n"
        "    switch.toggled.emit(False)\n"
    )
