"""The app killed (SIGKILL) at random moments, 50 times: every start gets back what was kept.

Each run is a real app process (tests/kill_driver.py) in private folders, writing its
recovery copy every 50 ms while it adds questions, changes pages and saves to a file. After each
kill, every recovery copy on disk must load; the next start must restore every question made up
to the last copy or save it reported, in order, and clear away the temporary files of writes
the kill cut short. Every fifth kill comes during start-up instead (the offer, the restore).
ENDOAID_KILL_SEED chooses other moments; the figures of a run are printed.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from endoaid.consultation import load_session, recovery

KILLS = 50
REPO = Path(__file__).resolve().parent.parent


class Run:
    """One app process and the lines it reports, read as they come."""

    def __init__(self, env: dict[str, str], save_file: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_driver", str(save_file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=REPO,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line the kill cut short was never reported
                self.lines.put(line.split())
        self.lines.put(["eof"])

    def wait_for_start(self, timeout: float = 60.0) -> tuple[int, bool]:
        """Return (questions after the start, whether they are all there in order)."""
        deadline = time.monotonic() + timeout
        while True:
            words = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert words[0] != "eof", "the app ended before it started"
            if words[0] == "start":
                return int(words[1]), words[2] == "True"

    def kill_after(self, seconds: float) -> list[list[str]]:
        """SIGKILL the app after `seconds`; return every line it reported before dying."""
        time.sleep(seconds)
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        reported: list[list[str]] = []
        while (words := self.lines.get(timeout=30)) != ["eof"]:
            reported.append(words)
        return reported


def _questions_kept(folder: Path, save_file: Path) -> list[str]:
    """Return the questions the next start will find: the newest copy's, else the saved file's."""
    found = recovery.newest_session(recovery.left_copies(folder))
    if found is not None:
        return found[1].questions
    return load_session(save_file).questions if save_file.exists() else []


def test_fifty_kills_during_entry_and_saving_never_lose_what_was_autosaved(tmp_path):
    """Killed at 50 random moments, the app's next start holds every entry up to the last
    reported autosave or save, and no recovery copy is ever half-written."""
    rng = random.Random(int(os.environ.get("ENDOAID_KILL_SEED", "16")))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        ENDOAID_AUTOSAVE_SECONDS="0.05",
    )
    env.pop("ENDOAID_NO_CACHE", None)
    folder = tmp_path / "data" / "endoaid" / "recovery"
    save_file = tmp_path / "visit.endoaid.json"
    kept: list[str] = []
    cut_short: set[str] = set()
    save_temps: set[str] = set()
    autosaves = saves = writes_cut = saves_cut = startup_kills = 0
    began = time.monotonic()
    for kill in range(KILLS):
        run = Run(env, save_file)
        if kill % 5 == 4:  # every fifth kill lands in start-up, the offer or the restore
            reported = run.kill_after(rng.uniform(0.2, 1.2))
            startup_kills += 1
        else:
            restored, in_order = run.wait_for_start()
            assert in_order, "the restored questions are not question 0, 1, ... in order"
            assert restored == len(kept), f"restored {restored} questions, {len(kept)} were kept"
            assert not any((folder / n).exists() for n in cut_short), "a temp file was left"
            reported = run.kill_after(rng.uniform(0.0, 0.6))
        events = [w for w in reported if w[0] in ("autosaved", "saved")]
        autosaves += sum(w[0] == "autosaved" for w in events)
        saves += sum(w[0] == "saved" for w in events)
        must_keep = int(events[-1][1]) if events else len(kept)
        names = os.listdir(folder) if folder.exists() else []
        cut_short = {n for n in names if n.endswith(".tmp")}
        writes_cut += bool(cut_short)
        for name in names:  # never half-written: every copy on disk loads
            if name.endswith(recovery.SUFFIX) and not name.startswith("."):
                load_session(folder / name)
        if save_file.exists():
            load_session(save_file)  # her own saved file: never half-written either
            left_beside = {p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"}
            saves_cut += bool(left_beside - save_temps)  # a new one: this kill cut a save
            save_temps |= left_beside
        kept = _questions_kept(folder, save_file)
        assert len(kept) >= must_keep, f"{must_keep} reported kept, {len(kept)} found"
        assert kept == [f"question {i}" for i in range(len(kept))]
    print(
        f"\nkills={KILLS} kills_in_start_up={startup_kills} autosaves={autosaves} saves={saves} "
        f"kills_during_a_write={writes_cut} kills_during_a_save={saves_cut} "
        f"questions_at_the_end={len(kept)} seconds={time.monotonic() - began:.1f}"
    )
