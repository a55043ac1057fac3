"""The PDF's readiness section: both SURE rounds, and the change in plain words."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from endoaid.consultation import Session
from endoaid.content import ContentPack
from endoaid.report import report_bytes
from tests.test_report.conftest import flat

ALL_YES = {"sure": True, "understand": True, "risk-benefit": True, "encouragement": True}


def _text(pack: ContentPack, **answers: object) -> str:
    session = Session(decision_id="ovarian-suppression-method", **answers)  # type: ignore[arg-type]
    pdf = report_bytes(pack, session)
    return flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture(scope="module")
def both_rounds(qapp: object, pack: ContentPack) -> str:
    """The summary of a session answered at the start (2 'yes') and now (4 'yes')."""
    del qapp
    before = {"sure": False, "understand": True, "risk-benefit": True, "encouragement": False}
    return _text(pack, sure_before=before, sure_after=ALL_YES)


def test_the_table_heads_are_at_the_start_and_now(both_rounds: str) -> None:
    """The two columns say when each round was answered."""
    section = both_rounds[both_rounds.index("Ready to decide? (SURE test)") :]
    assert section.index("At the start") < section.index("Now")


def test_the_change_is_said_in_plain_words(both_rounds: str) -> None:
    """Under the table: before, now, and how many more 'yes'."""
    assert "Before: 2 of 4 'yes'. Now: 4 of 4 'yes'. 2 more 'yes' now." in both_rounds


def test_a_skipped_before_round_is_said_to_be_skipped(qapp: object, pack: ContentPack) -> None:
    """With only 'now' answered, the PDF says the 'before' questions were skipped."""
    del qapp
    assert "Before: skipped. Now: 4 of 4 'yes'." in _text(pack, sure_after=ALL_YES)


def test_chinese_summary_says_the_change_in_chinese(qapp: object, pack: ContentPack) -> None:
    """The Chinese PDF gives both rounds and the change in Chinese."""
    del qapp
    text = _text(pack, lang="zh_CN", sure_before={"sure": True}, sure_after=ALL_YES)
    assert "开始时：4题中1题回答“是”。现在：4题中4题回答“是”。现在多了3个“是”。" in text.replace(
        " ", ""
    )
