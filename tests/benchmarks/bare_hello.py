"""The baseline for the start-up benchmark: a bare PySide6 'hello' window, shown and closed.

With --pydantic it also imports pydantic and defines one model (deferred, as endoaid's are):
the floor under any start-up that loads pydantic content, shown beside the bare window.
"""

from __future__ import annotations

import sys
import time

started = time.perf_counter()

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402 (timed from the top)

if "--pydantic" in sys.argv:
    from pydantic import BaseModel, ConfigDict

    class Text(BaseModel):
        model_config = ConfigDict(frozen=True, defer_build=True)
        en: str


app = QApplication(sys.argv[:1])
label = QLabel("Hello")
label.resize(1280, 800)
label.show()
app.processEvents()
print(f"startup_ms={(time.perf_counter() - started) * 1000:.0f}")
label.close()
