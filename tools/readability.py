"""Measure how hard the pack's patient text is to read, in English and in Chinese.

English: the Flesch-Kincaid grade (textstat), as tests/test_content/test_readability.py does.
Chinese has no formula in textstat, so two plain measures that Chinese readability formulas
are built on: how long a sentence is (in characters), and how many of its characters are
among the 3,755 common characters of GB 2312 level 1 (一级汉字, sorted by use when the
standard was made). Run: `PYTHONPATH=. python tools/readability.py` (prints the numbers the
methods page quotes).
"""

from __future__ import annotations

import re
import statistics
import sys
from collections.abc import Iterable
from pathlib import Path

SENTENCE_END = re.compile(r"[。！？；!?;]+")
"""Where a Chinese sentence ends (a semicolon joins two sentences in the pack's style)."""


def is_hanzi(ch: str) -> bool:
    """Return True for a CJK unified ideograph (not punctuation, digits or Latin letters)."""
    return "\u4e00" <= ch <= "\u9fff"


def is_common(ch: str) -> bool:
    """Return True for one of GB 2312's 3,755 level-1 (most common) characters."""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    # Level 1 fills rows 16-55 of GB 2312: first byte 0xB0-0xD7 in EUC-CN.
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


def sentences_zh(text: str) -> list[str]:
    """Return the sentences of a Chinese text that hold at least one character."""
    return [s for s in SENTENCE_END.split(text) if any(is_hanzi(c) for c in s)]


def chinese_measures(texts: Iterable[str]) -> tuple[float, float]:
    """Return (mean characters per sentence, percent of characters that are common)."""
    lengths: list[int] = []
    chars = common = 0
    for text in texts:
        for sentence in sentences_zh(text):
            hanzi = [c for c in sentence if is_hanzi(c)]
            lengths.append(len(hanzi))
            chars += len(hanzi)
            common += sum(1 for c in hanzi if is_common(c))
    if not lengths:
        return 0.0, 0.0
    return statistics.mean(lengths), 100 * common / chars


def english_measures(texts: list[str], min_words: int = 10) -> tuple[float, float]:
    """Return (mean Flesch-Kincaid grade of paragraphs, grade of all text as one document)."""
    import textstat

    paragraphs = [t for t in texts if len(t.split()) >= min_words]
    mean = statistics.mean(textstat.flesch_kincaid_grade(t) for t in paragraphs)
    whole = " ".join(t if t.rstrip().endswith((".", "?", "!")) else f"{t}." for t in texts)
    return mean, textstat.flesch_kincaid_grade(whole)


def main() -> int:
    """Print the measures for the shipped pack."""
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    import importlib.util

    from endoaid.content import load_pack

    spec = importlib.util.spec_from_file_location(
        "test_readability", root / "tests" / "test_content" / "test_readability.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    patient_texts_in = module.patient_texts_in

    pack = load_pack()
    en = [t for _, t in patient_texts_in(pack, "en")]
    zh = [t for _, t in patient_texts_in(pack, "zh_CN")]
    mean, whole = english_measures(en)
    length, common = chinese_measures(zh)
    print(f"English: Flesch-Kincaid grade {mean:.1f} per paragraph on average, {whole:.1f} overall")
    print(f"Chinese: {length:.1f} characters per sentence, {common:.1f}% common characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
