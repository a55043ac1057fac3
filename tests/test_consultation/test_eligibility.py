"""Which decisions and options fit her, with the reason and the content rule behind it."""

from __future__ import annotations

from endoaid.consultation import decision_fits, option_fits
from endoaid.records import dump, validate
from tests.test_consultation.factories import rule, with_records

DECISION = "ovarian-suppression-method"


def _by_option(fits):
    return {fit.option: fit for fit in fits}


def test_ovary_decision_applies_before_menopause(pack, make_profile):
    """Before menopause, the choice between operation and injections is offered, with why."""
    fits = {f.decision_id: f for f in decision_fits(pack, make_profile(menopause="pre"))}
    assert fits[DECISION].applies
    assert "before menopause" in fits[DECISION].reason


def test_ovary_decision_does_not_apply_after_menopause(pack, make_profile):
    """After menopause the decision is not offered, and the reason names her menopause status."""
    fits = {f.decision_id: f for f in decision_fits(pack, make_profile(menopause="post"))}
    assert not fits[DECISION].applies
    assert "after menopause" in fits[DECISION].reason


def test_ovary_treatments_hidden_after_menopause_by_the_content_rule(pack, make_profile):
    """The pack's rule hides both ovary treatments after menopause, with its reason and source."""
    fits = _by_option(option_fits(pack, DECISION, make_profile(menopause="post")))
    for ref in ("oophorectomy", "gnrh-agonist"):
        assert fits[ref].status == "hidden"
        hit = fits[ref].reasons[0]
        assert hit.rule_id == "ovary-treatments-before-menopause"
        assert "ovaries no longer make much estrogen" in hit.reason
        assert hit.citations == ["ebctcg-ofs-2023"]


def test_pregnancy_wish_flags_the_operation_without_hiding_it(pack, make_profile):
    """Wanting a pregnancy shows the operation with a caution; the injections at most a note."""
    fits = _by_option(option_fits(pack, DECISION, make_profile(wants_pregnancy=True)))
    assert fits["oophorectomy"].status == "caution"
    assert "permanent" in fits["oophorectomy"].reasons[0].reason
    assert fits["gnrh-agonist"].status == "shown"
    assert all(hit.effect == "note" for hit in fits["gnrh-agonist"].reasons)


def test_no_matching_rule_shows_every_option(pack, make_profile):
    """With no rule that matches her, every option is shown without reasons."""
    only_post = [rule("after", ["gnrh-agonist", "oophorectomy"], "hide", menopause=["post"])]
    small = with_records(pack, rules=only_post)
    fits = option_fits(small, DECISION, make_profile(menopause="unsure"))
    assert [(f.status, f.reasons) for f in fits] == [("shown", [])] * len(fits)


def test_caution_never_hides_even_with_a_hide_rule_elsewhere(pack, make_profile):
    """A caution and a note on one option leave it shown, carrying both reasons."""
    rules = [
        rule("clots", ["gnrh-agonist"], "caution", history=["blood-clots", "heart-disease"]),
        rule("fyi", ["gnrh-agonist"], "note"),
        rule("gone", ["oophorectomy"], "hide", history=["osteoporosis"]),
    ]
    small = with_records(pack, rules=rules)
    fits = _by_option(option_fits(small, DECISION, make_profile(heart_disease=True)))
    assert fits["gnrh-agonist"].status == "caution"
    assert [h.rule_id for h in fits["gnrh-agonist"].reasons] == ["clots", "fyi"]
    assert fits["oophorectomy"].status == "shown"


def test_hide_rule_for_a_drug_alone_leaves_its_combination(pack, make_profile):
    """A rule hiding a drug alone does not hide it inside a combination; a caution carries over."""
    from endoaid.content import Decision

    data = dump(pack.decision(DECISION), mode="json")
    data["options"] = ["oophorectomy", "gnrh-agonist", "oophorectomy+gnrh-agonist"]
    data["option_labels"] = {"oophorectomy+gnrh-agonist": {"en": "Both"}}
    decision = validate(Decision, data)
    rules = [
        rule("alone", ["gnrh-agonist"], "hide", menopause=["pre"]),
        rule("careful", ["oophorectomy"], "caution", menopause=["pre"]),
    ]
    fits = _by_option(option_fits(with_records(pack, rules=rules), decision, make_profile()))
    assert fits["gnrh-agonist"].status == "hidden"
    assert fits["oophorectomy+gnrh-agonist"].status == "caution"
    assert [h.rule_id for h in fits["oophorectomy+gnrh-agonist"].reasons] == ["careful"]


def test_age_rule_applies_only_when_her_age_is_known_and_inside(pack, make_profile):
    """An age rule flags only a known age within its bounds; an unknown age is not flagged."""
    small = with_records(
        pack, rules=[rule("older", ["gnrh-agonist"], "caution", age_min=45, age_max=55)]
    )
    statuses = {
        age: _by_option(option_fits(small, DECISION, make_profile(age=age)))["gnrh-agonist"].status
        for age in (None, 44, 45, 55, 56)
    }
    assert statuses == {None: "shown", 44: "shown", 45: "caution", 55: "caution", 56: "shown"}
