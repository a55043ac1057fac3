"""The side-by-side rows: every option gets the same built-in rows, a decision's own text wins,
and the questions ticked as mattering most come first."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation.comparison import (
    ASPECTS,
    BUILT_IN,
    built_in_entries,
    ordered_rows,
    row_ids,
)
from endoaid.content import load_pack
from endoaid.content.schema import Cell, Localized

PACK = load_pack()


def test_the_built_in_rows_come_after_the_packs_questions_and_before_the_cost():
    """Money stays last; living with it and for/against it come just before it."""
    rows = row_ids(PACK)
    assert rows[-1] == "cost"
    assert rows[-4:-1] == list(BUILT_IN)
    assert rows[: len(PACK.attributes) - 1] == [a.id for a in PACK.attributes][:-1]


def test_every_option_of_every_decision_has_every_built_in_row_in_both_languages():
    """Same rows, same order, same detail: body, feelings and daily life for every option,
    at least one point for and one against, none of them blank."""
    for decision in PACK.decisions.values():
        for ref in decision.options:
            for lang in ("en", "zh_CN"):
                living = built_in_entries(PACK, decision, ref, "living-with", lang)
                assert {e.aspect for e in living} == set(ASPECTS), (decision.id, ref)
                assert [e.aspect for e in living] == sorted(
                    (e.aspect for e in living), key=ASPECTS.index
                )
                for row in ("benefits", "harms"):
                    entries = built_in_entries(PACK, decision, ref, row, lang)
                    assert entries and all(e.text.strip() for e in entries), (ref, row)


def test_a_combination_gets_each_part_labelled_with_its_name():
    """'CDK4/6 inhibitor plus letrozole' says what living with each of its medicines is like."""
    decision = PACK.decision("advanced-disease")
    living = built_in_entries(PACK, decision, "cdk46-inhibitor+letrozole", "living-with", "en")
    parts = {e.part for e in living}
    assert parts == {PACK.option("cdk46-inhibitor").short_name.get("en"), "Letrozole"}
    harms = built_in_entries(PACK, decision, "cdk46-inhibitor+letrozole", "harms", "en")
    assert {e.part for e in harms} == parts


def test_a_decisions_own_cell_wins_over_the_options_text():
    """Where a decision relabels an option, its own 'living-physical' or 'harms' cell is what
    the row shows, with its sources; the other aspects still come from the option."""
    decision = PACK.decision("treatment-duration")
    own = {
        "living-physical": Cell(
            text=Localized(en="Five more years of one tablet a day.", zh_CN="再每天一片，共5年。"),
            citations=["atlas-2013"],
        ),
    }
    cells = {**decision.cells, "tamoxifen": {**decision.cells.get("tamoxifen", {}), **own}}
    only = Cell(text=Localized(en="Only this.", zh_CN="只有这一条。"))
    points = dataclasses.replace(decision.for_and_against["tamoxifen"], harms=[only])
    changed = dataclasses.replace(
        decision, cells=cells, for_and_against={**decision.for_and_against, "tamoxifen": points}
    )
    living = built_in_entries(PACK, changed, "tamoxifen", "living-with", "zh_CN")
    assert living[0].text == "再每天一片，共5年。" and living[0].citations == ("atlas-2013",)
    assert living[1].text == PACK.option("tamoxifen").what_it_is_like.emotional.get("zh_CN")
    harms = built_in_entries(PACK, changed, "tamoxifen", "harms", "en")
    assert [e.text for e in harms] == ["Only this."]


@given(st.lists(st.sampled_from([*row_ids(PACK), "gone-row"]), unique=True))
def test_ticked_rows_come_first_in_table_order_and_no_row_is_lost(priority):
    """Any set of ticks: the ticked rows first, each group in the table's order, every row
    once; a tick for a row this pack does not have is ignored."""
    rows = row_ids(PACK)
    ordered = ordered_rows(rows, priority)
    assert sorted(ordered) == sorted(rows)
    ticked = [r for r in rows if r in priority]
    assert ordered[: len(ticked)] == ticked
    assert ordered[len(ticked) :] == [r for r in rows if r not in priority]


def test_a_row_is_mixed_only_when_two_cells_say_differently_whom_they_count():
    """Two different 'counted' notes: not like for like; one note, or the same note twice, is."""
    from endoaid.consultation.comparison import mixed_frames

    assert mixed_frames(["after menopause, any grade, 5 years", "before menopause, year 1"])
    assert not mixed_frames(["after menopause, 5 years", "", "after menopause, 5 years"])
    assert not mixed_frames(["", ""])


def test_the_cells_a_decision_may_give_for_the_built_in_rows_are_the_ones_the_checker_knows():
    """'living-<aspect>' is what the living-with row looks up and what the content checker
    accepts besides the pack's questions; points for and against are `for_and_against`."""
    from endoaid.content.schema_decisions import BUILT_IN_CELLS

    assert set(BUILT_IN_CELLS) == {f"living-{a}" for a in ASPECTS}
