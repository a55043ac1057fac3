"""Pagination: rows never split, headings never end a page, long text breaks between lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from endoaid.consultation import Session, save_session
from endoaid.report.pdf import Item, paginate
from tests.test_report.conftest import read_pdf

PAGE = 900.0


def _nothing(*_args: object) -> None:
    return None


rows = st.lists(st.floats(min_value=10, max_value=400), min_size=1, max_size=40)


@given(rows)
def test_table_rows_are_never_split_and_pages_never_overflow(heights: list[float]) -> None:
    """Every unbreakable row is placed whole, and each page's content fits its height."""
    items = [Item(h, _nothing) for h in heights]
    pages = paginate(items, PAGE)
    placed = [p for page in pages for p in page]
    assert [p.item for p in placed] == items
    for page in pages:
        tallest_alone = len(page) == 1 and page[0].item.height > PAGE
        assert tallest_alone or max(p.y + p.item.height for p in page) <= PAGE + 1e-6


@given(st.floats(min_value=10, max_value=200), rows)
def test_a_heading_is_never_the_last_thing_on_a_page(heading: float, heights: list[float]) -> None:
    """A heading always shares its page with what follows it."""
    items = [Item(h, _nothing) for h in heights]
    items.insert(len(items) // 2, Item(heading, _nothing, keep_with_next=True))
    pages = paginate(items, PAGE)
    for page in pages[:-1]:
        assert not page[-1].item.keep_with_next


def test_long_notes_flow_over_pages_with_each_line_printed_once(
    tmp_path: Path, export: object
) -> None:
    """Notes longer than a page continue on the next page; no line is lost or repeated."""
    lines = [f"Note line number {n:03d} about the visit." for n in range(120)]
    session = Session(decision_id="ovarian-suppression-method", notes="\n".join(lines))
    saved = tmp_path / "long.endoaid.json"
    save_session(session, saved)
    out = tmp_path / "long.pdf"
    assert export("-o", str(out), "--session", str(saved))[0] == 0  # type: ignore[operator]
    text = " ".join(read_pdf(out)[1])
    for line in lines:
        assert text.count(line) == 1, line
