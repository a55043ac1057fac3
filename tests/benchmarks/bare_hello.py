"""The baseline for the start-up benchmark: a bare PySide6 'hello' window, shown and closed."""

from __future__ import annotations

import sys
import time

started = time.perf_counter()

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402 (timed from the top)

app = QApplication(sys.argv[:1])
label = QLabel("Hello")
label.resize(1280, 800)
label.show()
app.processEvents()
print(f"startup_ms={(time.perf_counter() - started) * 1000:.0f}")
label.close()
