"""The process survives many PySide6 void calls on Python 3.11 (endoaid.qtfix)."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_process():
    """Thousands of void PySide6 calls after importing endoaid exit cleanly, not with 134."""
    code = (
        "import endoaid\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(20000):\n"
        "    o.setObjectName('x')\n"
        "print('done')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "done"
