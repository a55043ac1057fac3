"""Measuring a window that stays open: resident memory, live charts, and the walks that use it.

Shared by the soak test (tests/test_ui/test_memory_soak.py) and the memory benchmark
(tests/benchmarks/bench_memory.py). Linux only for the resident memory (/proc/self/statm).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass

STATM = "/proc/self/statm"


def can_measure() -> bool:
    """Return True where the resident memory of this process can be read (/proc on Linux)."""
    return os.path.exists(STATM)


def resident_mb() -> float:
    """Return the current resident memory of this process in MB (not the peak)."""
    with open(STATM, encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def pump(*, deferred_deletes: bool = True) -> None:
    """Let Qt handle what is waiting, as a turn of the app's event loop does: events, then
    the widgets that were handed to deleteLater (pages rebuild some of theirs on a change).

    `deferred_deletes=False` leaves those waiting: chart redraws are driven that way, so a
    redraw must free what it replaced by itself, not only once Qt's loop comes round (a test,
    a scripted run or a modal dialog's loop never came round, and the charts piled up).
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    if deferred_deletes:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle_memory() -> None:
    """Handle waiting events and deferred deletes, then run the cycle collector."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@dataclass(frozen=True)
class Live:
    """Objects still alive once deferred deletes and the cycle collector have run."""

    figures: int
    canvases: int
    pdf_documents: int
    dialogs: int


def live_objects() -> Live:
    """Count live matplotlib figures and canvases, QPdfDocuments and dialogs (after settling)."""
    settle_memory()
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication, QDialog

    objects = gc.get_objects()
    documents = 0
    try:
        from PySide6.QtPdf import QPdfDocument

        documents = sum(isinstance(o, QPdfDocument) for o in objects)
    except ImportError:  # pragma: no cover - QtPdf is a dependency
        pass
    dialogs = [w for w in QApplication.allWidgets() if isinstance(w, QDialog)]
    return Live(
        figures=sum(isinstance(o, Figure) for o in objects),
        canvases=sum(isinstance(o, FigureCanvasBase) for o in objects),
        pdf_documents=documents,
        dialogs=len(dialogs),
    )


def charts_on_screen(window) -> int:
    """Return how many charts the window can show at once (one per chart view built)."""
    from endoaid.ui.widgets.chart_view import ChartView

    return len(window.findChildren(ChartView))


# --- what a person does --------------------------------------------------------------------


@dataclass(frozen=True)
class Patient:
    """One consultation: her decision and situation."""

    decision: str
    menopause: str
    setting: str
    age: int
    tumour: bool = False


PATIENTS = (
    Patient("premenopausal-endocrine", "pre", "early", 38, tumour=True),
    Patient("ovarian-suppression-method", "pre", "early", 41),
    Patient("postmenopausal-endocrine", "post", "early", 64, tumour=True),
    Patient("treatment-duration", "post", "early", 59),
    Patient("advanced-disease", "post", "advanced", 58),
)
"""Every decision of the shipped pack, with and without tumour details."""


def patients(count: int) -> Iterator[Patient]:
    """Return `count` consultations, going round every decision."""
    for index in range(count):
        yield PATIENTS[index % len(PATIENTS)]


def private_folders() -> str:
    """Point this process's settings, data and cache folders at a new temporary folder (for
    a script: the app's recovery copies and settings must not land in the user's own)."""
    import tempfile

    base = tempfile.mkdtemp(prefix="endoaid-memory-")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = os.path.join(base, name.lower())
    return base


def open_window(*, kiosk: bool = False, kiosk_config=None):
    """Return the app's own window, made as `endoaid` makes it, shown and settled."""
    import argparse

    from endoaid.ui.app.application import build_window, settle

    window = build_window(argparse.Namespace(kiosk=kiosk, lang="en"))
    if kiosk:
        from endoaid.ui.kiosk.shell import apply_kiosk

        apply_kiosk(window, kiosk_config)
    window.confirm = lambda *_args: True  # "New patient" asks first: she says yes
    window.ask_save_first = lambda _question: "discard"  # closing at the end of a run
    window.resize(1280, 800)
    window.show()
    settle(window)
    pump()
    return window


def start_consultation(window, patient: Patient) -> None:
    """Her situation and decision, as the profile form and the welcome page would set them."""
    from endoaid.consultation import Profile

    state = window.state
    state.set_profile(
        Profile(menopause=patient.menopause, setting=patient.setting, age=patient.age)
    )
    if patient.tumour and state.offers_personal_figures():
        from endoaid.consultation.predict import TumourDetails

        state.set_tumour(
            TumourDetails(age=patient.age, size_mm=22, grade=2, nodes=1, er="positive")
        )
    window.open_decision(patient.decision)
    pump()


def walk_to_summary(window) -> None:
    """Show every page in order from the first to the summary; every chart tab on the way."""
    from endoaid.ui.app.main_window import PAGE_IDS

    for index, page_id in enumerate(PAGE_IDS):
        window.go_to(index)
        pump()
        if page_id == "charts":
            page = window.page("charts")
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                pump()
        if page_id == "summary":
            return


def end_consultation(window) -> None:
    """'New patient' (clinician) or 'Finish and clear' (kiosk)."""
    if window.kiosk:
        window.kiosk_shell.finish_and_clear()
    else:
        assert window.new_patient()
    pump()


def consultation(window, patient: Patient) -> None:
    """One whole consultation, walked to the summary and ended."""
    start_consultation(window, patient)
    walk_to_summary(window)
    end_consultation(window)


def redraws(window, count: int) -> None:
    """Redraw the charts `count` times: every tab, both icon styles, the years 2 to 7."""
    window.go_to_page("charts")
    pump()
    page = window.page("charts")
    tabs = page.tabs.count()
    for index in range(count):
        turn = index // tabs
        if index % tabs == 0:
            (page.plain_icons if turn % 2 else page.person_icons).setChecked(True)
            if turn % 3 == 2:
                page.years_spin.setValue(2 + turn % 6)  # a redraw of the shown tab as well
        page.tabs.setCurrentIndex(index % tabs)
        page.redraw()
        pump(deferred_deletes=False)
