"""A generated language that wraps every catalogue string as `[!! Next !!]`, and its checks.

Made from the committed zh_CN catalogue (every context, every source string) at test time with
pyside6-lrelease: nothing about it is written in Python but the wrapping, which is how a new
language arrives (files only). A text shown without the wrap is a string that bypasses the
catalogues; the wrap also lengthens every string by 8 characters, the way German or French do.
"""

from __future__ import annotations

import html
import importlib.util
import re
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QTranslator

from endoaid.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "[!! ", " !!]"
_WRAPPED = re.compile(r"\[!! (?:(?!\[!! ).)*? !!\]", re.DOTALL)
_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d|&(?=\w)")
MIN_FRAGMENT = 12
"""Shorter pieces of a source string ("Yes", "Notes") also occur in the content's own words."""


def translation_tool() -> ModuleType:
    """Load tools/update_translations.py, which holds the lupdate/lrelease steps."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wrap(text: str) -> str:
    """Return `text` as the pseudo language writes it."""
    return f"{OPEN}{text}{CLOSE}"


def make_pseudo_catalogue(folder: Path, tool: ModuleType) -> tuple[Path, dict[str, list[str]]]:
    """Write endoaid_pseudo.ts/.qm into `folder`; return the .qm and each context's sources.

    The sources are today's: lupdate (tools/update_translations.py) reads the code first, so a
    string added since the catalogue was last updated is wrapped as well.
    """
    current = folder / "current.ts"
    current.write_bytes(Path(resource_path("translations", "endoaid_zh_CN.ts")).read_bytes())
    tool.run_lupdate(current, "zh_CN", tool.python_sources())
    source = current.read_text(encoding="utf-8")
    sources: dict[str, list[str]] = {}

    def pseudo_context(match: re.Match[str]) -> str:
        block = match.group(0)
        name = re.search(r"<name>(.*?)</name>", block)
        context = html.unescape(name.group(1)) if name else ""

        def pseudo_message(message: re.Match[str]) -> str:
            body = message.group(0)
            found = re.search(r"<source>(.*?)</source>", body, re.DOTALL)
            if found is None:
                return body
            sources.setdefault(context, []).append(html.unescape(found.group(1)))
            wrapped = f"{html.escape(OPEN)}{found.group(1)}{html.escape(CLOSE)}"
            body = re.sub(
                r"<numerusform>.*?</numerusform>", f"<numerusform>{wrapped}</numerusform>", body
            )
            if "<numerusform>" in body:
                return body.replace(' type="unfinished"', "")
            return re.sub(
                r"<translation[^>]*>.*?</translation>|<translation[^>]*/>",
                f"<translation>{wrapped}</translation>",
                body,
                flags=re.DOTALL,
            )

        return re.sub(r"<message.*?</message>", pseudo_message, block, flags=re.DOTALL)

    text = re.sub(r"<context>.*?</context>", pseudo_context, source, flags=re.DOTALL)
    ts, qm = folder / "endoaid_pseudo.ts", folder / "endoaid_pseudo.qm"
    ts.write_text(text, encoding="utf-8")
    tool.run_lrelease(ts, qm)
    return qm, sources


def load(qm: Path) -> QTranslator:
    """Return a translator holding the pseudo catalogue (not installed)."""
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return translator


def unwrapped(text: str) -> str:
    """Return what is left of `text` once every wrapped string (innermost first) is taken out."""
    while True:
        shorter = _WRAPPED.sub("\u2063", text)
        if shorter == text:
            return text
        text = shorter


def fragments(sources: list[str]) -> set[str]:
    """Return the pieces of the source strings between placeholders, long enough to tell."""
    pieces: set[str] = set()
    for source in sources:
        for piece in _PLACEHOLDER.split(source):
            piece = piece.strip(" :;,.()·–—\n")
            if len(piece) >= MIN_FRAGMENT and re.search(r"[A-Za-z]{3}", piece):
                pieces.add(piece)
    return pieces


def untranslated(text: str, pieces: set[str]) -> set[str]:
    """Return the catalogue pieces that `text` shows without the wrap."""
    rest = unwrapped(text)
    return {piece for piece in pieces if piece in rest}
