"""Refreshes resources/translations/endoaid_zh_CN.ts from the sources and compiles the .qm.

    /work/venv/bin/python tools/update_translations.py            # lupdate, then lrelease
    /work/venv/bin/python tools/update_translations.py --check    # list unfinished strings only

pyside6-lupdate reads every .py file in endoaid/ and merges new strings into the .ts (keeping
translations already made; strings no longer in the code stay as "vanished" unless
--drop-obsolete). Translate the unfinished ones (Qt Linguist: pyside6-linguist, or by hand:
fill <translation> and remove type="unfinished"), then run this again: pyside6-lrelease builds
endoaid_zh_CN.qm, which ships in the wheel with resources/. Commit both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "endoaid"
TRANSLATIONS = REPO / "resources" / "translations"
PLURAL_ONLY = ("en",)
LANGUAGES = tuple(
    sorted(
        lang
        for lang in (p.stem.removeprefix("endoaid_") for p in TRANSLATIONS.glob("endoaid_*.ts"))
        if lang not in PLURAL_ONLY
    )
)
"""Every language with a catalogue: a new language is a new endoaid_<lang>.ts, nothing else."""
"""Languages whose catalogue holds only the plural strings ("%n tablet(s)" -> "1 tablet",
"2 tablets"): English is the source language, so it needs nothing else."""


class ToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease cannot be found."""


def find_tool(name: str) -> Path:
    """Return a PySide6 tool: beside the running Python (a venv) first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return beside
    found = shutil.which(name)
    if found:
        return Path(found)
    raise ToolMissing(f"{name} is not installed (it comes with PySide6-Essentials).")


def python_sources(root: Path = SOURCES) -> list[Path]:
    """Return every .py file of the package, sorted, so the .ts does not depend on disk order."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str) -> Path:
    """Return the committed translation source of a language."""
    return TRANSLATIONS / f"endoaid_{lang}.ts"


def qm_path(lang: str) -> Path:
    """Return the compiled translation of a language."""
    return TRANSLATIONS / f"endoaid_{lang}.qm"


def run_lupdate(
    ts: Path,
    lang: str,
    sources: list[Path],
    drop_obsolete: bool = False,
    plural_only: bool | None = None,
) -> None:
    """Merge the translatable strings of `sources` into `ts` (created when missing).

    The English catalogue takes only the plural strings (lupdate -pluralonly).
    """
    command = [str(find_tool("pyside6-lupdate")), "-silent", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", lang]
    if drop_obsolete:
        command.append("-no-obsolete")
    if plural_only if plural_only is not None else lang in PLURAL_ONLY:
        command.append("-pluralonly")
    command += [str(p) for p in sources] + ["-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` (unfinished translations are left out: they show in English)."""
    command = [str(find_tool("pyside6-lrelease")), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def unfinished_messages(ts: Path) -> list[str]:
    """Return 'context: source' for every current string without a finished translation."""
    missing: list[str] = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] or [
                (translation.text or "") if translation is not None else ""
            ]
            if kind == "unfinished" or not all(t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source', default='')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished strings")
    parser.add_argument("--drop-obsolete", action="store_true", help="forget vanished strings")
    args = parser.parse_args(argv)
    sources = python_sources()
    status = 0
    for lang in LANGUAGES + PLURAL_ONLY:
        if not args.check:
            run_lupdate(ts_path(lang), lang, sources, args.drop_obsolete)
            run_lrelease(ts_path(lang), qm_path(lang))
        missing = unfinished_messages(ts_path(lang))
        print(f"{lang}: {len(missing)} string(s) without a finished translation")
        for line in missing:
            print(f"  {line}")
        status = 1 if missing and args.check else status
    return status


if __name__ == "__main__":
    sys.exit(main())
