"""The shipped pack loads, and a broken copy is refused with the file and field named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from endoaid.content import PackInvalid, load_pack


def _problems(path: Path) -> list[str]:
    with pytest.raises(PackInvalid) as info:
        load_pack(path)
    return [str(p) for p in info.value.problems]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_pack_loads_without_errors(pack):
    """The pack that ships with endoaid is valid."""
    assert pack.decisions
    assert "no-endocrine-therapy" in pack.options


def test_unknown_citation_is_named_with_file_and_field(pack_copy):
    """A figure citing a source that does not exist is refused, naming file and field."""
    _edit(pack_copy / "options" / "oophorectomy.toml", '["taylor-1998"]', '["no-such-source"]')
    problems = _problems(pack_copy)
    assert any(
        p.startswith("options/oophorectomy.toml: ") and "unknown citation id 'no-such-source'" in p
        for p in problems
    ), problems


def test_invalid_toml_names_the_file(pack_copy):
    """A syntax error is reported with the file name, not a traceback."""
    (pack_copy / "glossary.toml").write_text("[[terms]\nid = ", encoding="utf-8")
    problems = _problems(pack_copy)
    assert any(p.startswith("glossary.toml: invalid TOML") for p in problems), problems


def test_missing_option_named_by_a_decision(pack_copy):
    """A decision naming an option that has no file is refused."""
    (pack_copy / "options" / "gnrh-agonist.toml").unlink()
    problems = _problems(pack_copy)
    assert any("decisions/" in p and "unknown option 'gnrh-agonist'" in p for p in problems), (
        problems
    )


def test_wrong_type_names_the_field(pack_copy):
    """A text where a number belongs names the exact field."""
    _edit(pack_copy / "pack.toml", "review_interval_months = 12", 'review_interval_months = "x"')
    problems = _problems(pack_copy)
    assert any(p.startswith("pack.toml: pack.review_interval_months:") for p in problems), problems


def test_missing_required_language(pack_copy):
    """The pack requires zh_CN: a text with only English is refused, naming the field."""
    pack_file = pack_copy / "pack.toml"
    english_title_only = re.sub(
        r'^(title = \{ en = "[^"]*")(, zh_CN = "[^"]*")?',
        r"\1",
        pack_file.read_text("utf-8"),
        flags=re.M,
    )
    pack_file.write_text(english_title_only, encoding="utf-8")
    problems = _problems(pack_copy)
    assert "pack.toml: pack.title: missing language(s): zh_CN" in problems, problems
    assert all(re.match(r"^[\w./-]+\.toml: ", p) for p in problems), problems


def test_missing_folder_is_one_clear_problem(tmp_path):
    """A path that is not a pack folder gives one message."""
    problems = _problems(tmp_path / "nowhere")
    assert len(problems) == 1 and "is not a folder" in problems[0]


def test_chinese_consultations_start_from_the_cny_template(pack):
    """No verified Chinese price exists, so zh_CN defaults to the empty CNY price book."""
    book = pack.price_book(pack.default_price_book_id("zh_CN"))
    assert book.currency == "CNY" and book.items == []
    assert pack.default_price_book_id("en") == pack.info.default_price_book


def test_price_book_for_a_language_must_exist(pack_copy):
    """A language's default price book that is not shipped is refused at its field."""
    _edit(pack_copy / "pack.toml", 'zh_CN = "cn-template"', 'zh_CN = "cn-2030"')
    problems = _problems(pack_copy)
    assert "pack.toml: pack.price_book_by_language.zh_CN: names no shipped price book" in problems
