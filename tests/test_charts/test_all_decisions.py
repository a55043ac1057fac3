"""Every chart works for every decision in the pack, whatever options are compared."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from endoaid.charts import (
    cost_chart,
    duration_chart,
    figure_to_svg,
    icon_array_chart,
    reversibility_chart,
    side_effects_chart,
)
from endoaid.consultation import benefit_figures, cost_course
from endoaid.content import load_pack

PACK = load_pack()


@pytest.mark.parametrize("decision_id", sorted(PACK.decisions))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_chart_builds_for_the_standard_comparison(decision_id: str, lang: str) -> None:
    """All five charts build, with a caption, a table row per option and SVG text."""
    decision = PACK.decision(decision_id)
    options = list(decision.standard_comparison)
    book = PACK.price_books.get(PACK.info.default_price_book or "")
    specs = [
        cost_chart(PACK, decision, [cost_course(PACK, o, book, 5) for o in options], lang),
        duration_chart(PACK, decision, options, lang),
        reversibility_chart(PACK, decision, options, lang),
        side_effects_chart(PACK, decision, options, lang),
        icon_array_chart(PACK, decision, benefit_figures(PACK, decision, options, lang=lang), lang),
    ]
    for spec in specs:
        assert isinstance(spec.figure, Figure)
        assert spec.caption.strip()
        assert b"<text" in figure_to_svg(spec.figure) or b"<tspan" in figure_to_svg(spec.figure)
    assert len(specs[0].table.rows) == len(options)
    assert len(specs[4].table.rows) == len({decision.baseline, *options})


@pytest.mark.parametrize(
    "decision_id,option", [(d.id, o) for d in PACK.decisions.values() for o in d.options]
)
def test_every_option_of_a_decision_can_be_drawn(decision_id: str, option: str) -> None:
    """Any option a clinician may pick draws in the duration and reversibility charts."""
    decision = PACK.decision(decision_id)
    others = [o for o in decision.options if o != option][:1]
    duration_chart(PACK, decision, [option, *others])
    reversibility_chart(PACK, decision, [option, *others])
    side_effects_chart(PACK, decision, [option, *others])
