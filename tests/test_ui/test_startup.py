"""Start-up: the smoke test works and keeps matplotlib and pydantic out of the first window."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import argparse, sys
from endoaid.ui.app.application import run_app
code = run_app(argparse.Namespace(kiosk=False, lang="en", smoke_test=True))
print("matplotlib_loaded=%s" % ("matplotlib" in sys.modules))
print("pydantic_loaded=%s" % ("pydantic" in sys.modules))
print("model_loaded=%s" % ("endoaid.consultation.predict.model" in sys.modules))
import gc
print("collector_on=%s" % gc.isenabled())
sys.exit(code)
"""


def test_smoke_test_exits_zero_prints_startup_ms_and_never_loads_matplotlib(tmp_path):
    """`--smoke-test` prints startup_ms=N, exits 0 and has imported neither matplotlib nor
    the PREDICT model."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env["XDG_DATA_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    assert int(lines["startup_ms"]) > 0
    assert lines["matplotlib_loaded"] == "False"
    assert lines["model_loaded"] == "False"  # PREDICT loads when the tumour section opens
    assert lines["collector_on"] == "True"  # paused while the window was made, not after


def test_endoaid_command_smoke_test_exits_zero(tmp_path):
    """The installed `endoaid --smoke-test` command exits 0 offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env["XDG_DATA_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "endoaid", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("startup_ms=")


def test_the_second_start_uses_the_kept_pack_and_the_first_start_keeps_it(tmp_path):
    """The first start keeps the checked pack in the cache folder; the next start reads it."""
    cache = tmp_path / "cache"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.update(XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(cache))
    env.pop("ENDOAID_NO_CACHE", None)
    probe = (
        "import endoaid.content.loader as loader\n"
        "reads = []\n"
        "original = loader._read_and_check\n"
        "loader._read_and_check = lambda root: reads.append(root) or original(root)\n"
        + SCRIPT.replace("print(", 'print("pack_read=%s" % len(reads))\nprint(', 1)
    )
    runs = []
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
        )
        assert result.returncode == 0, result.stderr
        runs.append(dict(line.split("=", 1) for line in result.stdout.split() if "=" in line))
    kept = list((cache / "endoaid" / "content").glob("pack-*.pickle"))
    assert len(kept) == 1
    assert runs[0]["pack_read"] == "1"
    assert runs[1]["pack_read"] == "0"  # no file was parsed: the kept pack was used
    assert runs[0]["pydantic_loaded"] == "True"  # the pack's files were validated
    assert runs[1]["pydantic_loaded"] == "False"  # a kept pack and a new session need no pydantic


def test_settle_builds_the_validators_and_freezes_start_up_objects(qapp, monkeypatch):
    """After the first page is up, the app builds its validators and freezes what it made.

    The first edits afterwards (her profile, a rating) build no validator of their own.
    """
    import gc

    import pydantic

    from endoaid.consultation import Session, make_profile
    from endoaid.ui.app.application import settle

    try:
        settle()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()

    def no_new_validators(*_args, **_kwargs):
        raise AssertionError("a validator was built after settle()")

    monkeypatch.setattr(pydantic, "TypeAdapter", no_new_validators)
    session = Session()
    session.profile = make_profile(menopause="pre", age=41)
    session.ratings = {"fewer-visits": 3}
    session.years = 10
    assert session.profile.age == 41 and session.ratings == {"fewer-visits": 3}


def test_the_plain_modules_imported_before_qt_need_no_qt_matplotlib_or_pydantic():
    """What start-up imports before Qt really is Qt-free (else the early import gains nothing)."""
    code = (
        "import sys\n"
        "from endoaid.ui.app.application import PLAIN_MODULES, import_plain_modules\n"
        "import_plain_modules()\n"
        "assert all(name in sys.modules for name in PLAIN_MODULES)\n"
        "print(sorted(m for m in ('PySide6', 'matplotlib', 'pydantic') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_start_that_fails_leaves_the_garbage_collector_on(monkeypatch):
    """The collector is paused only while the window is made; a failed start turns it back on."""
    import argparse
    import gc

    from endoaid.errors import UserError
    from endoaid.ui.app import application as app

    paused = []

    def fail(_args):
        paused.append(not gc.isenabled())
        raise UserError("no window today")

    monkeypatch.setattr(app, "_open_window", fail)
    with pytest.raises(UserError):
        app.run_app(argparse.Namespace(kiosk=False, lang="en", smoke_test=True))
    assert paused == [True]
    assert gc.isenabled()


SETTLE_SOON = """
import argparse, gc, sys
from endoaid.ui.app import application as A
gc.disable()
application, window = A._open_window(argparse.Namespace(kiosk=False, lang="en", smoke_test=False))
print("pydantic_before=%s" % ("pydantic" in sys.modules))
steps = len(A.settle_steps(window))
A.settle_soon(window)
turns = 0
while not gc.isenabled() and turns < 500:
    application.processEvents()
    turns += 1
import pydantic
def refuse(*args, **kwargs):
    raise AssertionError("a validator was built after settling")
pydantic.TypeAdapter = refuse
from endoaid.consultation import make_profile
window.state.set_profile(make_profile(menopause="pre", age=41))
window.state.session.ratings = {"fewer-visits": 3}
print("steps=%d turns=%d frozen=%s" % (steps, turns, gc.get_freeze_count() > 0))
print("charts_built=%s" % any(p.page_id == "charts" for p in window.built_pages()))
before = set(sys.modules)
window.open_decision("ovarian-suppression-method")
window.go_to_page("charts")
application.processEvents()
chart_modules = [m for m in set(sys.modules) - before if m.split(".")[0] in ("matplotlib", "numpy")]
print("chart_drawn=%s new_chart_modules=%d" % (window.page("charts").view.canvas is not None,
      len(chart_modules)))
window.state.mark_saved()
window.close()
"""


def test_the_app_settles_in_steps_between_clicks_and_then_builds_nothing_more(tmp_path):
    """After the first page, pydantic and the validators, then matplotlib and the charts
    page, come one step per event-loop turn.

    Then her first edits (profile, a rating) build no validator, her first visit of the charts
    page imports nothing, and start-up's objects are frozen with the collector back on. (The
    second start uses the kept pack: no pydantic.)
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.update(XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("ENDOAID_NO_CACHE", None)
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", SETTLE_SOON],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    assert lines["pydantic_before"] == "False"
    assert int(lines["steps"]) >= 4
    assert int(lines["turns"]) >= 2  # not all in one go
    assert lines["frozen"] == "True"
    # her first visit of the charts page only draws: matplotlib and the page were made earlier
    assert lines["charts_built"] == "True"
    assert lines["chart_drawn"] == "True" and lines["new_chart_modules"] == "0"


QT_NAMESPACE = """
import argparse, enum, sys
made = []
create = enum.EnumType._create_
def noting(cls, *args, **kwargs):
    made.append(create(cls, *args, **kwargs))
    return made[-1]
enum.EnumType._create_ = noting  # PySide6 makes its Python enums with enum's functional API
def qt_enums():
    return sum(1 for kind in made if kind.__qualname__.startswith("Qt."))
from endoaid.ui.app import application as A
application, window = A._open_window(argparse.Namespace(kiosk=False, lang="en", smoke_test=False))
application.processEvents()
page = window.current_page()
print("shown=%s page=%s qt_enums=%d" % (window.isVisible(), page.page_id, qt_enums()))
print("start_described=%s" % bool(page.start_button.accessibleDescription()))
A.settle(window)
print("after_settle_qt_enums=%d" % qt_enums())
print("after_settle_described=%s" % bool(page.start_button.accessibleDescription()))
window.state.mark_saved()
window.close()
"""


def test_the_first_window_is_up_before_qts_namespace_enums_are_made(tmp_path):
    """PySide6 makes all ~100 enums of Qt's namespace (20–25 ms) when `Qt` is first touched.

    The first page is shown without them; the descriptions and Tab order that need them come
    when the app settles, and the page's controls are described then.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.update(XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run(
        [sys.executable, "-c", QT_NAMESPACE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    assert lines["shown"] == "True" and lines["page"] == "welcome"
    assert lines["qt_enums"] == "0"
    assert lines["start_described"] == "False"
    assert int(lines["after_settle_qt_enums"]) > 50  # the probe does see them once made
    assert lines["after_settle_described"] == "True"
