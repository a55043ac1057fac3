"""A process-wide guard against a PySide6 6.12 reference-count bug on Python 3.11."""

from __future__ import annotations

import sys


def pin_none() -> None:
    """Give None a huge reference count, as Python 3.12+ does (immortal objects).

    WORKAROUND: PySide6 6.12 returns None from every void method (QPainter.save(),
    QTextDocument.setHtml(), QObject.setObjectName() …) without taking a new reference, which
    only works where None is immortal. On Python 3.11 each call takes one reference from
    None; an app session or a PDF makes thousands of calls, and the process later aborts with
    "Fatal Python error: none_dealloc" (exit code 134). Measured here: sys.getrefcount(None)
    drops by exactly 1000 over 1000 calls of QObject.setObjectName(). Does nothing on 3.12+.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 40
