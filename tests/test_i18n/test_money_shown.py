"""Money on screen and in charts reads with the currency symbol of the language, not its code."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.charts import cost_chart
from endoaid.charts.cost import money_text
from endoaid.consultation import Session, cost_course
from endoaid.content import ContentPack
from endoaid.i18n import format_money
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.pages.compare import cost_lines

DECISION = "postmenopausal-endocrine"


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "expected"),
    [
        ("4001.13", "GBP", "en", "£4,001"),
        ("1234", "CNY", "zh_CN", "¥1,234"),
        ("1234.5", "CNY", "zh_CN", "¥1,235"),
        ("-20", "EUR", "en", "-€20"),
    ],
)
def test_chart_money_has_the_symbol(amount: str, currency: str, lang: str, expected: str) -> None:
    """Chart captions and tables write whole amounts as '£4,001' and '¥1,234'."""
    assert money_text(Decimal(amount), currency, lang) == expected


@given(
    st.decimals(min_value=0, max_value=Decimal("1e9"), places=2, allow_nan=False),
    st.sampled_from(["GBP", "CNY", "EUR", "USD"]),
    st.sampled_from(["en", "zh_CN"]),
)
def test_chart_money_agrees_with_the_app_rounded_to_whole_units(
    amount: Decimal, currency: str, lang: str
) -> None:
    """The chart's whole amount is the app's exact amount rounded half up, same symbol."""
    whole = amount.quantize(Decimal(1), rounding="ROUND_HALF_UP")
    assert money_text(amount, currency, lang) == format_money(whole, currency, lang)[:-3]


def test_side_by_side_cost_row_shows_pounds_not_gbp(qapp: object, pack: ContentPack) -> None:
    """The cost cell's total reads '£…' with the English price book, never 'GBP …'."""
    decision = pack.decision(DECISION)
    state = ConsultationState(
        pack, Session(decision_id=DECISION, options=list(decision.standard_comparison))
    )
    assert state.price_book() is not None and state.price_book().currency == "GBP"
    text = "\n".join(cost_lines(state, decision.standard_comparison[0]))
    assert re.search(r"£\d", text), text
    assert "GBP" not in text


def test_cost_chart_caption_shows_pounds_not_gbp(pack: ContentPack) -> None:
    """The cost chart's caption gives totals as '£…' in English."""
    decision = pack.decision(DECISION)
    book = pack.price_book(pack.default_price_book_id("en"))
    series = [cost_course(pack, ref, book, 5) for ref in decision.standard_comparison]
    spec = cost_chart(pack, decision, series, "en")
    assert re.search(r"£\d", spec.caption), spec.caption
    assert "GBP" not in spec.caption
