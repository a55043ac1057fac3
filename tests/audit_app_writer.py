"""Answers the record question 'yes' in a real window part, over and over, for the kill test.

Run as `python -m tests.audit_app_writer DB` with QT_QPA_PLATFORM=offscreen: each round a new
patient's consultation, a click on "Yes, keep it", and `kept N` printed once the question says
"Kept. Thank you." (what she is told).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from endoaid.consultation import Session
from endoaid.content import load_pack
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.widgets.record_question import RecordQuestion


def main() -> None:
    app = QApplication.instance() or QApplication(["endoaid"])
    state = ConsultationState(load_pack(), Session(), kiosk=True)
    state.audit_path = Path(sys.argv[1])
    question = RecordQuestion(state)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = 0
    while True:
        state.new_patient()
        state.session.decision_id = "treatment-duration"
        state.session.sure_after = {
            "sure": True,
            "understand": True,
            "risk-benefit": True,
            "encouragement": True,
        }
        question.refresh()
        question.yes_button.click()
        app.processEvents()
        assert question.status.text() == "Kept. Thank you.", question.status.text()
        n += 1
        sys.stdout.write(f"kept {n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
