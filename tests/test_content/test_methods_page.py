"""The methods page says what the pack is: its reading measures are the ones measured now."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from endoaid.content import ContentPack

REPO = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measure() -> ModuleType:
    """tools/readability.py, the measures the methods page quotes."""
    return _load("readability_tool", REPO / "tools" / "readability.py")


@pytest.fixture(scope="module")
def texts() -> ModuleType:
    """The readability test module, whose list of patient texts the measures use."""
    return _load("readability_texts", Path(__file__).with_name("test_readability.py"))


def _quoted(text: str, before: str) -> float:
    """Return the number written right before `before` in `text`."""
    found = re.search(r"(\d+(?:\.\d+)?)" + re.escape(before), text)
    assert found, f"no number before {before!r} in: {text}"
    return float(found.group(1))


def test_the_pack_says_whom_it_is_for_and_where_to_report_errors(pack: ContentPack) -> None:
    """Audience, contact and every methods paragraph are there in both languages."""
    info = pack.info
    assert info.audience is not None and info.contact is not None and info.methods is not None
    assert "men with breast cancer" in info.audience.en and "DCIS" in info.audience.en
    assert "男性乳腺癌" in info.audience.get("zh_CN")
    assert "not checked or endorsed" in info.methods.predict.en


def test_quoted_english_grade_is_the_measured_one(pack, measure, texts) -> None:
    """The English grade on the methods page is within half a grade of today's measure."""
    said = _quoted(pack.info.methods.readability.en, " on average per paragraph")
    mean, _whole = measure.english_measures([t for _, t in texts.patient_texts_in(pack, "en")])
    assert abs(said - mean) <= 0.5, f"the methods page says {said}, the text measures {mean:.1f}"


def test_quoted_chinese_measures_are_the_measured_ones(pack, measure, texts) -> None:
    """Characters per sentence and share of common characters match today's measure."""
    zh = pack.info.methods.readability.get("zh_CN")
    length, common = measure.chinese_measures(t for _, t in texts.patient_texts_in(pack, "zh_CN"))
    assert abs(_quoted(zh, "个字；") - length) <= 1.0
    assert abs(_quoted(zh, "%的字") - common) <= 0.5


@pytest.mark.parametrize(
    ("text", "per_sentence", "all_common"),
    [
        ("您好。今天我们谈一谈治疗。", 5.5, True),
        ("哌柏西利每天口服；依维莫司也是。", 7.0, False),
    ],
)
def test_the_chinese_measures_count_sentences_and_rare_characters(
    measure, text, per_sentence, all_common
) -> None:
    """Sentences end at 。；！？ and a rare character (哌) lowers the common share."""
    length, common = measure.chinese_measures([text])
    assert length == per_sentence
    assert (common == 100.0) is all_common
