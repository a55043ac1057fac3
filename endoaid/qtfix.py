"""A process-wide guard against PySide6 6.12 reference-count bugs on Python 3.11."""

from __future__ import annotations

import sys


def pin_singletons() -> None:
    """Give None, True and False a huge reference count, as Python 3.12+ does (immortal objects).

    WORKAROUND: PySide6 6.12 returns None from every void method (QPainter.save(),
    QTextDocument.setHtml(), QObject.setObjectName() …) without taking a new reference, and a
    Python signal with a bool argument (`Signal(bool)`) drops a reference to the bool each time
    it is emitted. Both only work where these objects are immortal. On Python 3.11 each call
    takes one reference away; an app session or a PDF makes thousands of calls, and the
    process later aborts with "Fatal Python error: none_dealloc" or "bool_dealloc" (exit code
    134). Measured here: sys.getrefcount(None) drops by exactly 1000 over 1000 calls of
    QObject.setObjectName(); a bare window aborts after about 5,500 QWidget.update() calls, and
    after about 600 emissions of a Signal(bool) with True. Does nothing on 3.12+.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < 1 << 40:
            count.value += 1 << 40
