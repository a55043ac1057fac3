"""What matters to her is shown beside each option, most important first, with no verdict."""

from __future__ import annotations

import pytest

from endoaid.consultation import RatingError, sure_score, values_table

DECISION = "ovarian-suppression-method"
OPTIONS = ["oophorectomy", "gnrh-agonist"]


def test_rows_follow_her_ratings_then_content_order(pack):
    """Her highest-rated statements come first; ties and unrated ones keep the content's order."""
    ratings = {"fewer-visits": 4, "keep-fertility": 4, "done-once": 1}
    table = values_table(pack, DECISION, OPTIONS, ratings)
    content_order = [v.id for v in pack.decision(DECISION).values]
    unrated = [i for i in content_order if i not in ratings]
    assert content_order.index("keep-fertility") < content_order.index("fewer-visits")
    assert [r.value_id for r in table.rows] == [
        "keep-fertility",
        "fewer-visits",
        "done-once",
        *unrated,
    ]
    assert [r.rating for r in table.rows] == [4, 4, 1] + [None] * len(unrated)


def test_each_option_meets_the_statements_the_content_ties_to_it(pack):
    """The table says which of her priorities each option meets and which it does not."""
    table = values_table(pack, DECISION, OPTIONS, {"avoid-operation": 3, "fewer-visits": 2})
    assert table.met_by("gnrh-agonist") == ["Avoiding an operation"]
    assert table.not_met_by("gnrh-agonist") == ["Fewer clinic visits"]
    assert table.met_by("oophorectomy") == ["Fewer clinic visits"]
    assert (
        len(table.met_by("oophorectomy", min_rating=0))
        + len(table.not_met_by("oophorectomy", min_rating=0))
        == 2
    )  # the two she rated: a statement not rated yet is nobody's priority
    row = next(r for r in table.rows if r.value_id == "avoid-operation")
    assert row.meets == {"oophorectomy": False, "gnrh-agonist": True}
    assert row.explanation == "Injections need no surgery or anaesthetic."


def test_a_statement_not_rated_is_not_shown_as_a_zero(pack):
    """'Not rated yet' and 'does not matter at all (0)' are different answers, kept apart."""
    table = values_table(pack, DECISION, OPTIONS, {"fewer-visits": 0})
    zero = next(r for r in table.rows if r.value_id == "fewer-visits")
    assert zero.rating == 0 and table.rows[0] is zero
    assert all(r.rating is None for r in table.rows[1:])


def test_no_verdict_words_anywhere_in_the_table(pack):
    """Nothing in the table calls an option best or recommended."""
    table = values_table(pack, DECISION, OPTIONS, {v.id: 4 for v in pack.decision(DECISION).values})
    words = " ".join(f"{r.statement} {r.explanation}" for r in table.rows).lower()
    assert "best" not in words and "recommend" not in words
    assert not hasattr(table, "winner") and not hasattr(table, "best")


@pytest.mark.parametrize(
    ("ratings", "words"),
    [
        ({"no-such": 2}, "not a statement"),
        ({"fewer-visits": 5}, "0 to 4"),
        ({"fewer-visits": -1}, "0 to 4"),
        ({"fewer-visits": True}, "0 to 4"),
    ],
)
def test_bad_ratings_are_refused(pack, ratings, words):
    """An unknown statement or a rating outside 0-4 is refused with one line."""
    with pytest.raises(RatingError, match=words):
        values_table(pack, DECISION, OPTIONS, ratings)


def test_unknown_option_is_refused(pack):
    """An option that is not part of the decision cannot be put in the table."""
    with pytest.raises(RatingError, match="not an option"):
        values_table(pack, DECISION, ["oophorectomy", "tamoxifen-forever"], {})


def test_sure_score_counts_yes_answers():
    """The SURE score is the number of the four items answered yes; unknown keys do not count."""
    assert sure_score({}) == 0
    assert sure_score({"sure": True, "understand": False, "risk-benefit": True}) == 2
    assert (
        sure_score(
            {
                "sure": True,
                "understand": True,
                "risk-benefit": True,
                "encouragement": True,
                "extra": True,
            }
        )
        == 4
    )
