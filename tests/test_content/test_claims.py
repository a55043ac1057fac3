"""The clinical checks refuse the kinds of mistake a clinical review found, each on a copy of
the pack with one such mistake put back."""

from __future__ import annotations

import re
from pathlib import Path

from endoaid.content.claims import check_claims
from tests.test_content.test_checks import _edit, _problems


def _remove_block(path: Path, header: str) -> None:
    """Remove a TOML table (its header line up to the next blank line)."""
    text = path.read_text(encoding="utf-8")
    start = text.index(header)
    end = text.index("\n\n", start)
    path.write_text(text[:start] + text[end + 2 :], encoding="utf-8")


def test_the_shipped_pack_passes_every_clinical_check(pack):
    assert check_claims(pack) == []


def test_a_citation_must_say_whom_it_studied(pack_copy):
    path = pack_copy / "citations.toml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'(id = "atac-2006"\n(?:.*\n)*?)population = .*\n', r"\1", text, count=1)
    path.write_text(text, encoding="utf-8")
    problems = _problems(pack_copy)
    assert any("citations.toml" in p and "population" in p for p in problems), problems


def test_a_low_confidence_source_is_refused(pack_copy):
    path = pack_copy / "citations.toml"
    text = path.read_text(encoding="utf-8")
    old = 'id = "kenkhuis-2010"'
    start = text.index(old)
    end = text.index('confidence = "medium"', start)
    text = text[:end] + 'confidence = "low"' + text[end + len('confidence = "medium"') :]
    path.write_text(text, encoding="utf-8")
    problems = _problems(pack_copy)
    assert any("citations.toml" in p and "confidence" in p for p in problems), problems


def test_an_early_disease_figure_shown_in_advanced_disease_is_refused(pack_copy):
    """The ovarian-suppression decision opened to advanced disease again shows '41 vs 29
    within 15 years', from trials after surgery, to women whose cancer has spread."""
    path = pack_copy / "decisions" / "ovarian-suppression-method.toml"
    _edit(path, 'setting = ["early"] }', 'setting = ["early", "advanced"] }')
    problems = _problems(pack_copy)
    assert any(
        "recurrence-effect" in p and "pre-menopause with advanced cancer" in p for p in problems
    ), problems


def test_a_cell_from_women_after_menopause_shown_before_it_must_say_so(pack_copy):
    """Tamoxifen 'does not thin the bones' (a trial after menopause) before menopause."""
    path = pack_copy / "options" / "tamoxifen.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        'population_note = { en = "After menopause", zh_CN = "绝经后服用" }\n', "", 1
    )
    path.write_text(text, encoding="utf-8")
    problems = _problems(pack_copy)
    assert any(
        p.startswith("options/tamoxifen.toml: benefits.2") and "pre-menopause" in p
        for p in problems
    ), problems


def test_a_population_note_must_stand_in_the_cell_text(pack_copy):
    path = pack_copy / "options" / "tamoxifen.toml"
    _edit(
        path,
        'population_note = { en = "After menopause", zh_CN = "绝经后服用" }',
        'population_note = { en = "In women after menopause", zh_CN = "绝经后服用" }',
    )
    problems = _problems(pack_copy)
    assert any("population_note: the note is not in the cell's text" in p for p in problems)


def test_a_value_may_not_favour_an_option_some_women_cannot_use(pack_copy):
    """'Fewer clinic visits' favouring toremifene, which is not licensed before menopause."""
    path = pack_copy / "decisions" / "premenopausal-endocrine.toml"
    _edit(
        path,
        'favours = ["tamoxifen"]\nexplanation = { en = "Tamoxifen tablets alone',
        ('favours = ["tamoxifen", "toremifene"]\nexplanation = { en = "Tamoxifen tablets alone'),
    )
    problems = _problems(pack_copy)
    assert any(
        "premenopausal-endocrine.toml: values." in p and "favours 'toremifene'" in p
        for p in problems
    ), problems


def test_a_benefit_or_harm_figure_needs_its_time_frame(pack_copy):
    path = pack_copy / "options" / "letrozole.toml"
    _edit(
        path,
        "Over 5 years of treatment, 23 out of 100 women on letrozole had joint pain.",
        "23 out of 100 women on letrozole had joint pain.",
    )
    problems = _problems(pack_copy)
    assert any(
        p.startswith("options/letrozole.toml: harms.0") and "time frame" in p for p in problems
    ), problems


def test_a_side_effect_comparison_needs_years(pack_copy):
    path = pack_copy / "decisions" / "postmenopausal-endocrine.toml"
    _edit(
        path,
        'time_frame = { years = 5, text = { en = "over 5 years of treatment"',
        'time_frame = { text = { en = "during the trial"',
    )
    problems = _problems(pack_copy)
    assert any("side_effects.0.time_frame: a side effect needs years" in p for p in problems)


def test_a_renamed_option_needs_its_own_benefits_and_harms(pack_copy):
    """'Continue tamoxifen to 10 years' must not show the first 5 years' benefits."""
    path = pack_copy / "decisions" / "treatment-duration.toml"
    _remove_block(path, "[for_and_against.tamoxifen]")
    problems = _problems(pack_copy)
    assert any("treatment-duration.toml: for_and_against.tamoxifen" in p for p in problems), (
        problems
    )


def test_the_words_around_a_benefit_chart_need_their_sources(pack_copy):
    """'Other trials show … one third fewer deaths' stood in the postmenopausal decision
    with no source."""
    path = pack_copy / "decisions" / "postmenopausal-endocrine.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\n[benefit]\n")
    cut = text.index("\ncitations = [", start)
    end = text.index("\n", cut + 1)
    path.write_text(text[:cut] + text[end:], encoding="utf-8")
    problems = _problems(pack_copy)
    assert any("postmenopausal-endocrine.toml: benefit.citations" in p for p in problems)


def test_benefits_and_harms_of_a_renamed_option_are_the_decisions_own(pack):
    """'Continue tamoxifen to 10 years' shows ATLAS's years 5 to 14, not the first 5 years."""
    duration = pack.decision("treatment-duration")
    benefits, harms = pack.for_and_against(duration, "tamoxifen")
    assert "ATLAS" in benefits[0].text.en and "years 5 to 14" in benefits[0].text.en
    assert all("one third fewer deaths" not in c.text.en for c in benefits)
    assert "womb lining" in harms[0].text.en and "years 5 to 14" in harms[0].text.en
    # a decision that does not rename it shows the option's own record
    pre = pack.decision("premenopausal-endocrine")
    assert pack.for_and_against(pre, "tamoxifen")[0] == list(pack.option("tamoxifen").benefits)
    # a combination shows both parts' records
    both, _ = pack.for_and_against(pre, "gnrh-agonist+tamoxifen")
    assert both == [*pack.option("gnrh-agonist").benefits, *pack.option("tamoxifen").benefits]
