"""How sure the numbers are: ranges drawn and said, "not reported" said, relative kept relative."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.charts import icon_array_chart, side_effects_chart
from endoaid.consultation import benefit_figures, make_profile, precision
from endoaid.content import ContentPack, Frequency
from endoaid.content.schema import ComparedEffect


def _with_ranges(pack: ContentPack) -> ContentPack:
    """The pack with invented ranges on the premenopausal arms and first side effect (tests)."""
    decision = pack.decision("premenopausal-endocrine")
    arms = []
    for arm in decision.benefit.arms:
        if arm.events is not None:
            v = arm.events.value
            events = Frequency(value=v, low=v - 3, high=v + 4, citations=arm.events.citations)
            arm = dataclasses.replace(arm, events=events)
        arms.append(arm)
    benefit = dataclasses.replace(decision.benefit, arms=arms)
    first = decision.side_effects[0]
    se_arms = [
        dataclasses.replace(
            a,
            frequency=Frequency(
                value=a.frequency.value,
                low=a.frequency.value - 5,
                high=a.frequency.value + 5,
                citations=a.frequency.citations,
            ),
        )
        for a in first.arms
    ]
    side = [dataclasses.replace(first, arms=se_arms), *decision.side_effects[1:]]
    changed = dataclasses.replace(decision, benefit=benefit, side_effects=side)
    return dataclasses.replace(pack, decisions={**pack.decisions, changed.id: changed})


def _icons(pack: ContentPack, decision_id: str, lang: str = "en", profile=None):
    decision = pack.decision(decision_id)
    options = list(decision.standard_comparison)
    return icon_array_chart(
        pack, decision, benefit_figures(pack, decision, options, profile, lang), lang
    )


def _texts(spec) -> list[str]:
    return [t.get_text() for ax in spec.figure.axes for t in ax.texts]


def test_a_reported_range_is_said_beside_each_figure_and_under_its_icons(pack):
    """A range out of 100 from the source: in the caption, under the icons, in the table."""
    spec = _icons(_with_ranges(pack), "premenopausal-endocrine")
    assert (
        "28 women (the cancer came back, a new cancer was found, or the woman died; "
        "between 25.1 and 32.1 out of 100 is the study's likely range)" in spec.caption
    )
    assert "(likely range 25.1 to 32.1)" in _texts(spec)
    rows = {row[0]: row[-1] for row in spec.table.rows}
    assert (
        rows["Tamoxifen tablets"] == "between 25.1 and 32.1 out of 100 (the study's likely range)"
    )
    assert "did not report how precise" not in spec.caption


def test_no_reported_range_is_said_in_words_never_left_out(pack):
    """Shipped figures without a range: the caption, the icons and the table say so."""
    spec = _icons(pack, "premenopausal-endocrine")
    assert spec.caption.endswith("The study did not report how precise these figures are.")
    assert _texts(spec).count("(precision not reported)") == 3
    assert {row[-1] for row in spec.table.rows if row[1] != "not reported"} == {
        "precision not reported"
    }


def test_a_hazard_ratio_is_said_as_relative_never_as_a_range_out_of_100(pack):
    """SOFT's hazard ratios are in the notes, labelled relative, against tamoxifen alone."""
    spec = _icons(pack, "premenopausal-endocrine")
    notes = " ".join(spec.notes)
    assert (
        "Ovary injections plus tamoxifen: Compared with tamoxifen tablets, this happened "
        "at a rate 18% lower (likely range in the study: 2% to 31% lower)" in notes
    )
    assert "it is not a number out of 100" in notes
    assert "between" not in spec.caption  # no invented range out of 100


def test_her_risk_times_the_ratio_range_is_labelled_as_hers(pack):
    """With her own risk, the range comes from the cited ratio's range, and says so."""
    profile = make_profile(
        menopause="pre", setting="early", baseline_risk_percent=40, baseline_risk_years=15
    )
    spec = _icons(pack, "ovarian-suppression-method", profile=profile)
    assert "between 25.2 and 31.2 out of 100 is the likely range for your risk" in spec.caption
    assert "did not report" not in spec.caption  # her own risk is not a study's figure
    assert len(spec.notes) == 3  # population, caveat, one sentence for both options


def test_the_chinese_words_use_chinese_brackets_and_numbers_out_of_100(pack):
    """zh_CN: '未报告精确程度' in full-width brackets; the relative effect in Chinese."""
    spec = _icons(pack, "premenopausal-endocrine", "zh_CN")
    assert "（未报告精确程度）" in _texts(spec)
    assert "研究没有报告这些数字的精确程度。" in spec.caption
    assert "与他莫昔芬片相比，这种情况的发生率低18%" in " ".join(spec.notes)


def test_side_effect_bars_carry_their_range_or_say_it_is_missing(pack):
    """A bar with a range gets an error bar and its range beside it; others are named."""
    ranged = _with_ranges(pack)
    decision = ranged.decision("premenopausal-endocrine")
    options = ["gnrh-agonist+tamoxifen", "gnrh-agonist+exemestane"]
    spec = side_effects_chart(ranged, decision, options, "en")
    labels = _texts(spec)
    assert "45 (likely range 40 to 50)" in labels
    assert spec.figure.axes[0].lines  # the error bars
    assert "45 (likely range 40 to 50) with Ovary injections plus tamoxifen" in spec.caption
    assert spec.caption.endswith("The studies did not report how precise the other figures are.")
    zh = side_effects_chart(ranged, decision, options, "zh_CN").caption
    assert "卵巢抑制针剂加他莫昔芬45人（可能范围40～50）" in zh
    precise = [row[3] for row in spec.table.rows]
    assert "between 40 and 50 out of 100 (the study's likely range)" in precise
    assert "precision not reported" in precise


@pytest.mark.parametrize(
    ("ratio", "low", "high", "words"),
    [
        (0.82, 0.69, 0.98, "at a rate 18% lower (likely range in the study: 2% to 31% lower)"),
        (
            0.90,
            0.79,
            1.02,
            "at a rate 10% lower (likely range in the study: 21% lower to 2% higher)",
        ),
        (1.74, 1.30, 2.34, "at a rate 74% higher (likely range in the study: 30% to 134% higher)"),
    ],
)
def test_relative_words_follow_the_ratio_and_its_range(ratio, low, high, words):
    """Lower, higher, or a range across 'no difference' are each said the right way round."""
    effect = ComparedEffect(
        measure="rate-ratio", ratio=ratio, low=low, high=high, against="x", citations=["c"]
    )
    assert words in precision.relative_words(effect, "tamoxifen", "en")


@given(
    st.floats(0.05, 3.0).flatmap(
        lambda r: st.tuples(st.just(r), st.floats(0.01, r), st.floats(r, 5.0))
    )
)
def test_relative_words_never_claim_a_number_out_of_100(values):
    """Whatever the ratio, the words say it compares rates and give no 'between … out of 100'."""
    ratio, low, high = values
    effect = ComparedEffect(
        measure="hazard-ratio", ratio=ratio, low=low, high=high, against="x", citations=["c"]
    )
    for lang in ("en", "zh_CN"):
        text = precision.relative_words(effect, "A", lang)
        assert "between" not in text and "之间" not in text
        assert "not a number out of 100" in text or "不是每100人中的人数" in text
