"""Each whole-pack check refuses a broken copy of the pack with `file: field: message`."""

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
    """Replace `old` once; an English-only `{ en = "…" }` in `old` also matches a translated one."""
    text = path.read_text(encoding="utf-8")
    pattern = re.escape(old).replace(re.escape('" }'), '"(?:, zh_CN = "(?:[^"\\\\]|\\\\.)*")? \\}')
    assert re.search(pattern, text), f"test setup: {old!r} not in {path.name}"
    path.write_text(re.sub(pattern, lambda _: new, text, count=1), encoding="utf-8")


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_unknown_option_in_a_rule(pack_copy):
    """A rule about an option that does not exist names the rule and the list position."""
    rules = pack_copy / "rules.toml"
    _edit(rules, 'options = ["toremifene"]', 'options = ["toremifen"]')
    problems = _problems(pack_copy)
    assert any(
        p.startswith("rules.toml: rules.") and ".options.0: unknown option 'toremifen'" in p
        for p in problems
    ), problems


def test_price_item_in_no_price_book(pack_copy):
    """A schedule pointing at a price no book holds is refused at the schedule item."""
    _edit(
        pack_copy / "options" / "tamoxifen.toml",
        'price_item = "tamoxifen-20mg"',
        'price_item = "tamoxifen-40mg"',
    )
    problems = _problems(pack_copy)
    assert (
        "options/tamoxifen.toml: schedules.0.items.0.price_item: "
        "unknown price item 'tamoxifen-40mg' (in no price book)"
    ) in problems


def test_numbers_differ_between_languages(pack_copy):
    """A translation that shows a different number from the English is refused."""
    _edit(
        pack_copy / "options" / "tamoxifen.toml",
        'text = { en = "One 20 mg tablet a day, at home." }',
        'text = { en = "One 20 mg tablet a day, at home.", zh_CN = "每天一片 10 毫克。" }',
    )
    problems = _problems(pack_copy)
    assert (
        "options/tamoxifen.toml: cells.how-taken.text: the languages do not show the same numbers"
    ) in problems


def test_cell_with_a_number_and_no_citation(pack_copy):
    """A table cell that shows a number without a source is refused."""
    _edit(
        pack_copy / "options" / "tamoxifen.toml",
        'text = { en = "Usually 5 years; some women go on to 10 years." }\n'
        'citations = ["ebctcg-tamoxifen-2011", "atlas-2013"]',
        'text = { en = "Usually 5 years; some women go on to 10 years." }',
    )
    problems = _problems(pack_copy)
    assert "options/tamoxifen.toml: cells.how-long: a cell with a number needs a citation" in (
        problems
    )


def test_duplicate_glossary_id(pack_copy):
    """Two glossary terms with one id are refused, naming the id and the count."""
    _append(
        pack_copy / "glossary.toml",
        '\n[[terms]]\nid = "estrogen"\nterm = { en = "Oestrogen" }\n'
        'definition = { en = "The same hormone, spelled the British way." }\n',
    )
    assert "glossary.toml: terms: id 'estrogen' is used 2 times" in _problems(pack_copy)


def test_duplicate_value_id_in_a_decision(pack_copy):
    """Two value statements with one id in a decision are refused at the second one."""
    decision = pack_copy / "decisions" / "treatment-duration.toml"
    _edit(decision, 'id = "no-more-side-effects"', 'id = "done-with-treatment"')
    problems = _problems(pack_copy)
    assert any(
        p.startswith("decisions/treatment-duration.toml: values.")
        and p.endswith(".id: id 'done-with-treatment' is used more than once")
        for p in problems
    ), problems


def test_missing_row_for_an_option(pack_copy):
    """An option without an answer to one question of the table is refused per decision."""
    _edit(
        pack_copy / "options" / "megestrol.toml",
        '[cells.visits]\ntext = { en = "Regular check-ups, including weight and blood sugar." }\n'
        'citations = ["megestrol-label"]\n',
        "",
    )
    assert (
        "decisions/advanced-disease.toml: cells.megestrol.visits: "
        "missing: every option needs every row"
    ) in _problems(pack_copy)


def test_unknown_attribute_in_an_option(pack_copy):
    """A cell for a row the table does not have is refused (a typo in the row id)."""
    _edit(pack_copy / "options" / "megestrol.toml", "[cells.visits]", "[cells.visit]")
    assert "options/megestrol.toml: cells.visit: unknown attribute 'visit'" in _problems(pack_copy)


def test_value_favouring_an_option_the_decision_does_not_offer(pack_copy):
    """A value tied to an option outside the decision is refused."""
    _edit(
        pack_copy / "decisions" / "treatment-duration.toml",
        'favours = ["no-endocrine-therapy", "tamoxifen"]',
        'favours = ["no-endocrine-therapy", "megestrol"]',
    )
    problems = _problems(pack_copy)
    assert any(
        p.startswith("decisions/treatment-duration.toml: values.")
        and p.endswith("option 'megestrol' is not one of this decision's options")
        for p in problems
    ), problems


def test_baseline_must_be_marked(pack_copy):
    """The decision's baseline must be the option marked as the baseline."""
    _edit(pack_copy / "options" / "no-endocrine-therapy.toml", "is_baseline = true", "")
    problems = _problems(pack_copy)
    assert (
        "decisions/advanced-disease.toml: baseline: 'no-endocrine-therapy' is not marked "
        "is_baseline"
    ) in problems


def test_combination_needs_a_name(pack_copy):
    """A combination without a plain name in option_labels is refused."""
    _edit(
        pack_copy / "decisions" / "advanced-disease.toml",
        '"everolimus+exemestane" = { en = "Everolimus plus exemestane" }\n',
        "",
    )
    assert (
        "decisions/advanced-disease.toml: option_labels.everolimus+exemestane: "
        "a combination needs a name in option_labels"
    ) in _problems(pack_copy)


def test_option_without_a_benefit_arm(pack_copy):
    """Every option of a decision needs a benefit figure or an explanation."""
    _edit(
        pack_copy / "decisions" / "advanced-disease.toml",
        '[[benefit.arms]]\noption = "megestrol"\n'
        'not_reported = { en = "Reported as months, not out of 100. See the table." }\n',
        "",
    )
    assert (
        "decisions/advanced-disease.toml: benefit.arms: no benefit figure or explanation for "
        "'megestrol'"
    ) in _problems(pack_copy)


def test_arms_with_different_denominators(pack_copy):
    """All benefit arms of a decision count out of the same number of women."""
    _edit(
        pack_copy / "decisions" / "treatment-duration.toml",
        "events = { value = 21.4, range_not_reported = true",
        "events = { value = 214, denominator = 1000, range_not_reported = true",
    )
    assert (
        "decisions/treatment-duration.toml: benefit.arms: all arms must use the same denominator"
    ) in _problems(pack_copy)


def test_default_price_book_must_ship(pack_copy):
    """The pack's default price book must be one of its price books."""
    (pack_copy / "price-books" / "cn-template.toml").unlink()
    _edit(
        pack_copy / "pack.toml",
        'default_price_book = "uk-nhs-2026"',
        'default_price_book = "cn-template"',
    )
    assert "pack.toml: pack.default_price_book: names no shipped price book" in _problems(pack_copy)


def test_unknown_citation_in_a_rule(pack_copy):
    """A rule citing a source that is not in citations.toml is refused at that citation."""
    _edit(pack_copy / "rules.toml", 'citations = ["megestrol-label"]', 'citations = ["megace"]')
    problems = _problems(pack_copy)
    assert any(
        p.startswith("rules.toml: rules.")
        and p.endswith(".citations.0: unknown citation id 'megace'")
        for p in problems
    ), problems


def test_past_review_date_is_a_warning_not_an_error(pack_copy):
    """A pack past its review date still loads, with a warning naming the due date."""
    _edit(pack_copy / "pack.toml", "last_reviewed = 2026-11-27", "last_reviewed = 2020-01-01")
    _edit(pack_copy / "pack.toml", "next_review_due = 2027-11-27", "next_review_due = 2021-01-01")
    pack = load_pack(pack_copy)
    assert [str(w) for w in pack.warnings] == [
        "warning: pack.toml: pack.next_review_due: the content was due for review on 2021-01-01"
    ]


def test_shipped_pack_has_no_warnings(pack):
    """The shipped pack passes the checker with nothing to warn about."""
    assert pack.warnings == []


def test_two_decisions_at_one_position(pack_copy):
    """Two decisions given the same place in the list are refused, naming the place."""
    _edit(pack_copy / "decisions" / "advanced-disease.toml", "position = 5", "position = 1")
    problems = _problems(pack_copy)
    assert "decisions: position: position 1 is given to 2 decisions" in problems, problems


def test_decisions_are_listed_by_position_not_by_file_name(pack):
    """Early-disease questions come first and the advanced-disease question last."""
    positions = [d.position for d in pack.decisions.values()]
    assert None not in positions and positions == sorted(positions)
    assert list(pack.decisions)[-1] == "advanced-disease"
    assert list(pack.decisions)[:2] == ["premenopausal-endocrine", "ovarian-suppression-method"]


def test_a_decision_without_a_position_is_listed_last(pack_copy):
    """A pack written before positions existed still loads; its unplaced decisions come last."""
    _edit(pack_copy / "decisions" / "premenopausal-endocrine.toml", "position = 1\n", "")
    assert list(load_pack(pack_copy).decisions)[-1] == "premenopausal-endocrine"


def test_a_decision_cell_for_no_row_is_refused_but_a_built_in_row_is_known(pack_copy):
    """A decision's own 'living-physical' or 'harms' cell is a row of the table; a typo is not."""
    _append(
        pack_copy / "decisions" / "treatment-duration.toml",
        '\n[cells.tamoxifen.living-physical]\ntext = { en = "One more tablet a day.", '
        'zh_CN = "每天再吃一片。" }\n\n[cells.tamoxifen.harm]\ntext = { en = "A typo.", '
        'zh_CN = "拼写错误。" }\n',
    )
    problems = _problems(pack_copy)
    assert "decisions/treatment-duration.toml: cells.tamoxifen.harm: unknown row 'harm'" in problems
    assert not any("living-physical" in p for p in problems), problems


def test_a_chinese_date_month_is_not_a_number_english_must_show() -> None:
    """'July 2026' and '2026年7月' say the same; a day that differs is still refused."""
    from endoaid.content.checks import numbers_in

    assert numbers_in("Drug Tariff July 2026") == numbers_in("药品价目表，2026年7月")
    assert numbers_in("October to December 2025") == numbers_in("2025年10月至12月")
    assert numbers_in("27 Nov 2026") == numbers_in("2026年11月27日")
    assert numbers_in("27 Nov 2026") != numbers_in("2026年11月28日")
