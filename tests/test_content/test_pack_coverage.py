"""The shipped pack covers every decision and option of the design, with equal, cited detail."""

from __future__ import annotations

import re

import pytest

from endoaid.content import ContentPack
from endoaid.content.checks import numbers_in, walk
from endoaid.content.schema import Cell, Localized

DECISIONS = {
    "ovarian-suppression-method",
    "premenopausal-endocrine",
    "postmenopausal-endocrine",
    "treatment-duration",
    "advanced-disease",
}
OPTIONS = {
    "oophorectomy",
    "gnrh-agonist",
    "tamoxifen",
    "toremifene",
    "anastrozole",
    "letrozole",
    "exemestane",
    "fulvestrant",
    "everolimus",
    "cdk46-inhibitor",
    "megestrol",
    "medroxyprogesterone",
    "no-endocrine-therapy",
}
VERDICT_WORDS = re.compile(r"\b(best|recommended|recommend|should choose)\b", re.IGNORECASE)


def _records(pack: ContentPack) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = [(f"options/{k}", v) for k, v in pack.options.items()]
    out += [(f"decisions/{k}", v) for k, v in pack.decisions.items()]
    out += [("rules", r) for r in pack.rules]
    out += [("glossary", g) for g in pack.glossary]
    out += [("explainer", pack.explainer)]
    return out


def test_every_decision_of_the_design_is_in_the_pack(pack):
    """All five decisions are there, under their stable ids."""
    assert set(pack.decisions) >= DECISIONS


def test_every_option_of_the_design_is_in_the_pack(pack):
    """All thirteen options, the baseline included, are there under their stable ids."""
    assert set(pack.options) >= OPTIONS
    assert pack.options["no-endocrine-therapy"].is_baseline


def test_every_option_is_offered_by_some_decision(pack):
    """No option is written but never shown."""
    used = {part for d in pack.decisions.values() for ref in d.options for part in ref.split("+")}
    assert OPTIONS - {"no-endocrine-therapy"} <= used


@pytest.mark.parametrize("decision_id", sorted(DECISIONS))
def test_every_option_of_a_decision_answers_every_row(pack, decision_id):
    """Equal detail: each option a decision offers has a cell for every question of the table."""
    decision = pack.decision(decision_id)
    missing = [
        (ref, attr.id)
        for ref in decision.options
        for attr in pack.attributes
        if pack.cell(decision, ref, attr.id) is None and attr.kind == "text"
    ]
    assert missing == []


def test_every_cell_with_a_number_cites_a_source(pack):
    """A number in any table cell, benefit or harm carries at least one citation."""
    uncited = []
    for where, record in _records(pack):
        for path, value in walk(record):
            if isinstance(value, Cell) and numbers_in(value.text.get("en")) and not value.citations:
                uncited.append(f"{where}: {path}")
    assert uncited == []


@pytest.mark.parametrize("decision_id", sorted(DECISIONS))
def test_standard_comparison_has_two_or_three_options(pack, decision_id):
    """The comparison shown without a choice is small enough to read side by side."""
    assert 2 <= len(pack.decision(decision_id).standard_comparison) <= 3


@pytest.mark.parametrize("decision_id", sorted(DECISIONS))
def test_benefit_includes_the_baseline_arm(pack, decision_id):
    """Every benefit comparison shows the no-further-therapy baseline, as a figure or a reason."""
    decision = pack.decision(decision_id)
    assert decision.baseline == "no-endocrine-therapy"
    assert "no-endocrine-therapy" in {arm.option for arm in decision.benefit.arms}


@pytest.mark.parametrize("decision_id", sorted(DECISIONS))
def test_every_offered_option_has_a_benefit_figure_or_a_reason(pack, decision_id):
    """No option is silently missing from the benefit chart."""
    decision = pack.decision(decision_id)
    arms = {arm.option: arm for arm in decision.benefit.arms}
    for ref in decision.options:
        arm = arms[ref]
        assert arm.events is not None or arm.not_reported is not None


@pytest.mark.parametrize("decision_id", sorted(DECISIONS))
def test_each_decision_has_values_tied_to_its_options(pack, decision_id):
    """At least three value statements, each favouring options the decision offers."""
    decision = pack.decision(decision_id)
    assert len(decision.values) >= 3
    offered = set(decision.options) | {decision.baseline}
    for value in decision.values:
        assert set(value.favours) <= offered


def test_combinations_have_names(pack):
    """A combination such as 'gnrh-agonist+exemestane' is shown under a plain name."""
    for decision in pack.decisions.values():
        for ref in decision.options:
            if "+" in ref:
                assert ref in decision.option_labels


def test_every_scheduled_price_item_is_in_the_default_price_book(pack):
    """The UK book prices every dose, operation and scan the schedules use."""
    book = pack.price_book(pack.info.default_price_book or "")
    priced = {item.id for item in book.items}
    used = {
        item.price_item
        for option in pack.options.values()
        for schedule in option.schedules
        for item in schedule.items
        if item.price_item
    }
    assert used - priced == set()


def test_every_price_has_a_named_dated_cited_source(pack):
    """Each price item says where it comes from, when, how sure, and cites a source."""
    for book in pack.price_books.values():
        for item in book.items:
            assert item.source and item.source_date and item.citations
            assert item.confidence in {"high", "medium"}


def test_us_book_prices_only_clinic_injections(pack):
    """The Medicare book holds the Part B injections only; tablets stay unpriced there."""
    units = {item.unit for item in pack.price_book("us-medicare-2025q4").items}
    assert units <= {"implant", "injection", "dose"}


def test_china_template_is_empty_and_says_why(pack):
    """No verified Chinese price exists, so the template has no items and a note."""
    book = pack.price_book("cn-template")
    assert book.currency == "CNY" and book.items == []
    assert book.notes is not None and "No verified" in book.notes.get("en")


def test_no_verdict_words_in_patient_text(pack):
    """Balanced wording: no 'best' or 'recommended' anywhere a patient reads (SURE aside)."""
    found = []
    for where, record in _records(pack):
        for path, value in walk(record):
            if isinstance(value, Localized) and VERDICT_WORDS.search(value.get("en")):
                found.append(f"{where}: {path}")
    assert found == []


def test_rules_hide_ovary_treatments_after_menopause(pack):
    """After menopause, removing or resting the ovaries (alone or combined) is hidden."""
    hidden = {
        ref
        for rule in pack.rules
        if rule.effect == "hide" and "post" in rule.when.menopause
        for ref in rule.options
    }
    assert {"oophorectomy", "gnrh-agonist", "gnrh-agonist+exemestane"} <= hidden


def test_rules_hide_aromatase_inhibitors_alone_before_menopause(pack):
    """Before menopause, an aromatase inhibitor alone and toremifene are hidden."""
    hidden = {
        ref
        for rule in pack.rules
        if rule.effect == "hide" and "pre" in rule.when.menopause
        for ref in rule.options
    }
    assert {"anastrozole", "letrozole", "exemestane", "toremifene"} <= hidden
    assert "gnrh-agonist+exemestane" not in hidden


def test_every_listed_source_is_cited_somewhere(pack):
    """The reference list holds no source that no figure or price points to."""
    cited: set[str] = set()
    records: list[object] = [*pack.options.values(), *pack.decisions.values(), *pack.rules]
    records += [*pack.glossary, pack.explainer, pack.sure, *pack.price_books.values()]
    if pack.predict is not None:
        records.append(pack.predict)
    for record in records:
        for path, value in walk(record):
            if path.rsplit(".", 1)[-1] in {"citations", "brand_citations"}:
                cited.update(value)
    assert set(pack.citations) - cited == set()
