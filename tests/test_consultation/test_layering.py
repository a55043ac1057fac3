"""The consultation layer is plain Python: importing it never loads Qt or matplotlib."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_neither_qt_nor_matplotlib():
    """`python -X importtime -c "import endoaid.consultation"` lists no PySide6 or matplotlib."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import endoaid.consultation"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    modules = [line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "endoaid.consultation" in modules
    loaded = {m.split(".")[0] for m in modules}
    assert "PySide6" not in loaded
    assert "matplotlib" not in loaded


def test_every_documented_name_is_exported():
    """Every name the API contract lists for endoaid.consultation can be imported from it."""
    import endoaid.consultation as consultation

    documented = [
        "Profile",
        "ProfileError",
        "profile_from_form",
        "decision_fits",
        "DecisionFit",
        "option_fits",
        "OptionFit",
        "RuleHit",
        "values_table",
        "ValuesTable",
        "ValuesRow",
        "load_price_book_file",
        "cost_course",
        "CostSeries",
        "cost_totals",
        "crossing_month",
        "timeline",
        "Timeline",
        "dose_calendar",
        "CalendarEvent",
        "write_ics",
        "schedule_command",
        "benefit_figures",
        "BenefitResult",
        "ArmFigure",
        "BenefitRefused",
        "Session",
        "save_session",
        "load_session",
        "SessionError",
        "sure_score",
    ]
    missing = [name for name in documented if not hasattr(consultation, name)]
    assert missing == []
    assert set(documented) <= set(consultation.__all__)
