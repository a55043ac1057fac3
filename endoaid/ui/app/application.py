"""Starts the consultation app: Qt application, stylesheet, content pack, main window.

`endoaid --smoke-test` stops as soon as the first page is ready for a click and prints the
time since `run_app` began (and, on Linux, since the process began).
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from endoaid.ui.common.qt_app import apply_font, load_stylesheet, make_application

if TYPE_CHECKING:
    from endoaid.ui.app.main_window import MainWindow


def _since_process_start_ms() -> int | None:
    """Return milliseconds since this process started (Linux /proc), or None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="utf-8") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="utf-8") as uptime:
            up = float(uptime.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return int((up - started) * 1000)


def build_window(args: argparse.Namespace):
    """Return the main window with the content pack loaded, ready to show."""
    from endoaid.consultation import new_session
    from endoaid.content import load_pack
    from endoaid.i18n import install_translators, resolve_language, use_catalogue_words
    from endoaid.ui.app.main_window import MainWindow
    from endoaid.ui.clinician.tools import load_remembered_price_books
    from endoaid.ui.common.allocator import map_large_blocks
    from endoaid.ui.common.state import ConsultationState
    from endoaid.user_folders import content_cache_dir

    map_large_blocks()  # before Qt's and the charts' large blocks (Linux glibc only; ≈ 0.03 ms)
    kiosk = bool(getattr(args, "kiosk", False))
    app = make_application()
    lang = resolve_language(getattr(args, "lang", None))
    install_translators(app, lang)
    use_catalogue_words()  # the charts' words, from the same catalogue as the window's
    apply_font(app, lang, kiosk=kiosk)
    app.setStyleSheet(load_stylesheet(kiosk))
    pack = load_pack(cache_dir=None if kiosk else content_cache_dir())
    session = new_session(lang, pack.info.version)
    state = ConsultationState(pack, session, kiosk=kiosk)
    window = MainWindow(state, kiosk=kiosk)
    if not kiosk:
        load_remembered_price_books(window)
        if window.look_changed():
            window.apply_look()  # larger text or high contrast, as chosen last time
    return window


PLAIN_MODULES = (
    "endoaid.content",
    "endoaid.content.cache",
    "endoaid.consultation.costs",
    "endoaid.consultation.eligibility",
    "endoaid.consultation.pricebook",
    "endoaid.consultation.session",
    "endoaid.fonts",
    "endoaid.i18n",
    "endoaid.user_folders",
)
"""The Qt-free modules the first window needs (the content and consultation layers)."""


def import_plain_modules() -> None:
    """Import the window's Qt-free modules before Qt itself.

    Once PySide6 is imported, it reads the source of every module imported after it (to see
    which ones use its `__feature__` switches); modules imported before it are spared that.
    """
    for name in PLAIN_MODULES:
        importlib.import_module(name)


def run_app(args: argparse.Namespace) -> int:
    """Run the window until it is closed; with --smoke-test, stop once it is ready."""
    started = time.perf_counter()
    # The cycle collector stays off while the window is made: start-up makes tens of thousands
    # of objects that live as long as the app (modules, Qt's enums, the content, the window),
    # and the collector walked them some sixty times before the first page was up, twice as
    # often as for a bare Qt window. settle() freezes them and turns it back on.
    gc.disable()
    try:
        app, window = _open_window(args)
    except BaseException:
        gc.enable()
        raise
    if getattr(args, "smoke_test", False):
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        print(f"startup_ms={elapsed:.0f}")
        total = _since_process_start_ms()
        if total is not None:
            print(f"since_process_start_ms={total}")
        window.setProperty("smoke_test", True)
        window.close()
        gc.enable()
        return 0

    settle_soon(window)  # while she reads the first page
    return app.exec()


def _open_window(args: argparse.Namespace):
    """Return the application and its main window, shown (full screen in kiosk mode)."""
    import_plain_modules()
    from endoaid.ui.app.unexpected import install_excepthook, start_log_file

    kiosk = bool(getattr(args, "kiosk", False))
    kiosk_config = None
    if kiosk:  # the administrator's kiosk configuration first: nothing starts without it
        from endoaid.ui.kiosk.shell import start_kiosk_config

        kiosk_config = start_kiosk_config(args)
        from endoaid.ui.kiosk.clinic_data import use_configured_content, use_private_caches

        use_configured_content(kiosk_config)
        use_private_caches()
    app = make_application()
    if not kiosk:
        start_log_file()  # kiosk mode writes nothing to disk
    window = build_window(args)
    if kiosk_config is not None:
        from endoaid.ui.kiosk.clinic_data import load_configured_price_books
        from endoaid.ui.kiosk.shell import apply_kiosk

        load_configured_price_books(window.state, kiosk_config)
        apply_kiosk(window, kiosk_config)
    install_excepthook(window, kiosk=kiosk)
    if kiosk:
        window.showFullScreen()
    else:
        window.show()
        from endoaid.ui.app.clinic_loop import SessionFileOpener

        window.file_opener = SessionFileOpener(window)
        app.installEventFilter(window.file_opener)
        if getattr(args, "open", None) is not None:  # `endoaid FILE.endoaid.json`
            from endoaid.ui.clinician.tools import open_session_file

            open_session_file(window, args.open)
    return app, window


CHART_MODULES = (
    "numpy",
    "matplotlib",
    "matplotlib.text",
    "matplotlib.axes",
    "matplotlib.figure",
    "matplotlib.backends.backend_qtagg",
    "endoaid.charts",
)
"""What the first chart needs, in the pieces it is imported in after the first page is up
(about 0.5 s in all here; on her first visit of the charts page it was a wait of that long)."""


def settle_steps(window: MainWindow | None = None) -> list[Callable[[], object]]:
    """Return what start-up left for later, in steps of at most about 50 ms each, but for
    numpy's and matplotlib's biggest modules (up to about 150 ms each on the project machine).

    The window's controls are described and put in Tab order (MainWindow.finish_start);
    clinician mode starts keeping a recovery copy of unsaved entries (ui.clinician.autosave), and
    once the session validators are built, offers a copy a crash left behind;
    pydantic is imported and the profile and session validators are built (start-up did
    without them; else her first edit would wait for them); numpy, matplotlib and the chart
    builders are imported, the shipped fonts registered with matplotlib and the charts page
    built (else her first visit of it waited about 0.6 s for them; now it only draws); then
    the objects made so far (modules, content, the window) are frozen out of the garbage
    collector's reach: they live as long as the app, and the collector's full sweeps over them
    showed up as the slowest chart redraws. The collector, off since start-up, is on again
    after the last step.
    """
    from endoaid.consultation import Profile, Session
    from endoaid.fonts import register_matplotlib_fonts
    from endoaid.records import VALIDATOR_MODULES, prepare

    first: list[Callable[[], object]] = []
    later: list[Callable[[], object]] = []
    if window is not None:
        first.append(window.finish_start)
        if not window.kiosk:  # kiosk mode keeps nothing on disk
            first.append(functools.partial(_start_autosave, window))
        later.append(functools.partial(window.page, "charts"))  # built, drawn on her first visit
    validators = [functools.partial(importlib.import_module, name) for name in VALIDATOR_MODULES]
    validators += [lambda: prepare(Profile), lambda: prepare(Session)]
    if window is not None and not window.kiosk:
        validators.append(functools.partial(_offer_restore, window))  # left by a crash, if any
    charts = [functools.partial(importlib.import_module, name) for name in CHART_MODULES]
    return [*first, *validators, *charts, register_matplotlib_fonts, *later, _collect_from_now]


def _start_autosave(window: MainWindow) -> None:
    from endoaid.ui.clinician.autosave import (
        start_autosave,  # here: the first page is up without it
    )

    start_autosave(window)


def _offer_restore(window: MainWindow) -> None:
    if window.autosave is not None:
        window.autosave.offer_restore()


def _collect_from_now() -> None:
    gc.freeze()
    gc.enable()


def settle(window: MainWindow | None = None) -> None:
    """Finish what start-up left for later, all at once (see settle_steps)."""
    for step in settle_steps(window):
        step()


def settle_soon(window: MainWindow | None = None) -> None:
    """Finish what start-up left for later, one step per turn of the event loop.

    All at once it took about 0.7 s just after the first page appeared; in steps, a click in
    between waits for one step at most.
    """
    from PySide6.QtCore import QTimer

    steps = settle_steps(window)

    def next_step() -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)
