"""Write docs/clinical-review.md: every claim of the content pack, for a reviewing clinician.

For each claim (a table cell, a benefit or harm, a benefit or side-effect comparison, a rule,
a value statement, a glossary definition, a PREDICT caveat): its text in English and Chinese,
its sources with their confidence and whom they studied, its time frame, and what this
review changed (the text at the review's base commit, read with `git show`).

    PYTHONPATH=$PWD python tools/clinical_review.py [--base REV] [--out docs/clinical-review.md]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BASE = "1300e84"
"""The commit the review started from: 'changed' and 'new' are counted against it."""

_FRAME = re.compile(
    r"[^.;:()]*\b(\d+(?:\.\d+)?\s+(?:more\s+)?(?:years?|months?|weeks?)|first year|"
    r"during treatment|while on treatment|after the operation)\b[^.;:()]*",
    re.IGNORECASE,
)


def _old_toml(base: str, rel: str) -> dict[str, Any] | None:
    """Return the file as it was at `base`, or None when it did not exist."""
    try:
        raw = subprocess.run(
            ["git", "show", f"{base}:resources/content/{rel}"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None
    return tomllib.loads(raw.decode("utf-8"))


def _dig(data: Any, path: str) -> Any:
    """Follow a dotted path (list indices as numbers) into parsed TOML; None when absent."""
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


_FRAMED = re.compile(
    r"\b(?:[Ww]ithin|[Oo]ver|[Dd]uring|[Ii]n|[Ff]rom|[Aa]fter)\b[^.;:()]{0,30}?"
    r"(?:\d+(?:\.\d+)?\s+(?:more\s+)?(?:years?|months?|weeks?)|first year|years? \d+ to \d+)"
)


def _frame(text: str) -> str:
    """Return the time frame a claim states ('within 10 years'), or '-' when it states none."""
    match = _FRAMED.search(text) or _FRAME.search(text)
    return match.group(0).strip() if match else "-"


def _claims(pack: Any) -> Iterator[tuple[str, str, Any, str]]:
    """Yield (file, field, text record, kind) for every claim of the pack, file by file."""
    from endoaid.content.checks import walk
    from endoaid.content.schema import (
        BenefitComparison,
        Cell,
        Localized,
        SideEffectComparison,
        ValueStatement,
    )

    records: list[tuple[str, Any]] = [("rules.toml", {"rules": pack.rules})]
    records += [("glossary.toml", {"terms": pack.glossary})]
    records += [(f"decisions/{d}.toml", r) for d, r in pack.decisions.items()]
    records += [(f"options/{o}.toml", r) for o, r in pack.options.items()]
    if pack.predict is not None:
        records.append(("predict.toml", pack.predict))
    for file, record in records:
        for path, value in walk(record):
            if isinstance(value, Cell):
                yield file, f"{path}.text", value, "cell"
            elif isinstance(value, BenefitComparison | SideEffectComparison):
                yield file, path, value, "comparison"
            elif isinstance(value, ValueStatement):
                yield file, f"{path}.explanation", value, "value"
            elif isinstance(value, Localized) and (
                path.endswith((".reason", ".definition", ".description"))
                or (path.startswith("caveats.") and path.endswith(".text"))
            ):
                yield file, path, (value, _parent(record, path)), "text"


def _parent(record: Any, path: str) -> Any:
    """Return the record that holds the field at `path` (it carries the citations)."""
    for part in path.split(".")[:-1]:
        if isinstance(record, dict):
            record = record[part]
        elif isinstance(record, list | tuple):
            record = record[int(part)]
        else:
            record = getattr(record, part)
    return record


def _sources(pack: Any, ids: list[str]) -> str:
    out = []
    for cid in dict.fromkeys(ids):
        c = pack.citations.get(cid)
        if c is None:
            continue
        who = "/".join(c.population.stage) + ", " + "/".join(c.population.menopause)
        out.append(f"`{cid}` ({c.confidence}; studied: {who})")
    return "; ".join(out) or "none (no figure)"


def _cites(value: Any) -> list[str]:
    from endoaid.content.checks import walk

    ids: list[str] = []
    for path, item in walk(value):
        if path.rsplit(".", 1)[-1] == "citations" and isinstance(item, list):
            ids += item
    return ids


def _md(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def render(pack: Any, base: str) -> tuple[str, dict[str, int]]:
    """Return the document and the counts of claims kept, changed and new."""
    counts = {"claims": 0, "changed": 0, "new": 0}
    old_files: dict[str, dict[str, Any] | None] = {}
    lines = [
        "# Clinical review: every claim of the content pack",
        "",
        "Generated by `tools/clinical_review.py` from `resources/content/` (do not edit by",
        f"hand). 'Changed' compares with commit `{base}`, where this review began.",
        "",
        "No clinician has reviewed this content yet. A reviewing clinician can work through",
        "this list claim by claim: the text a patient reads in English and Chinese, the sources",
        "behind it (confidence, and whom each source studied: stage of the cancer, menopause),",
        "the time frame the claim gives, and what changed in this review. A claim shown to",
        "women its sources did not study says so in its own words (its population note); the",
        "content check refuses it otherwise (`endoaid/content/claims.py`).",
        "",
    ]
    current = None
    for file, path, value, kind in _claims(pack):
        if file != current:
            current = file
            lines += ["", f"## {file}", ""]
            lines += ["| field | English | 中文 | sources | frame | this review |"]
            lines += ["|---|---|---|---|---|---|"]
            old_files[file] = _old_toml(base, file)
        if kind == "comparison":
            en = f"{value.population.en} ({value.time_frame.text.en})"
            zh = f"{value.population.get('zh_CN')} ({value.time_frame.text.get('zh_CN')})"
            frame = value.time_frame.text.en
            key = f"{path}.population.en"
        elif kind == "value":
            en, zh = value.explanation.en, value.explanation.get("zh_CN")
            favours = ", ".join(value.favours)
            en = f"{value.statement.en}: {en} (favours {favours})"
            frame, key = _frame(value.explanation.en), f"{path}.en"
        else:
            text = value.text if kind == "cell" else value[0]
            en, zh = text.en, text.get("zh_CN")
            frame, key = _frame(en), f"{path}.en"
        note = getattr(value, "population_note", None) if kind == "cell" else None
        if note is not None:
            en += f" [population note: {note.en}]"
        old = _dig(old_files[file], key) if old_files[file] is not None else None
        new_text = _dig_text(value, kind)
        if old is None:
            change = "new"
            counts["new"] += 1
        elif old != new_text:
            change = f"changed; was: {_md(str(old))}"
            counts["changed"] += 1
        else:
            change = "-"
        counts["claims"] += 1
        owner = value[1] if kind == "text" else value
        cells = [path, _md(en), _md(zh), _sources(pack, _cites(owner)), _md(frame), change]
        lines.append("| " + " | ".join(cells) + " |")
    summary = (
        f"\n{counts['claims']} claims; {counts['changed']} changed and {counts['new']} new "
        f"since `{base}`.\n"
    )
    lines.insert(12, summary)
    return "\n".join(lines) + "\n", counts


def _dig_text(value: Any, kind: str) -> str:
    if kind == "comparison":
        return value.population.en
    if kind == "value":
        return value.explanation.en
    return (value.text if kind == "cell" else value[0]).en


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=BASE, help="the commit the review began at")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "clinical-review.md")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from endoaid.content import load_pack

    pack = load_pack(REPO / "resources" / "content")
    text, counts = render(pack, args.base)
    args.out.write_text(text, encoding="utf-8")
    print(
        f"{args.out}: {counts['claims']} claims, {counts['changed']} changed, {counts['new']} new"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
