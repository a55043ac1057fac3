"""docs/clinical-review.md lists every claim of the shipped pack, as the tool writes it now."""

from __future__ import annotations

import shutil

import pytest

from endoaid.content import ContentPack
from tests.test_content.test_methods_page import REPO, _load


@pytest.fixture(scope="module")
def tool():
    return _load("clinical_review_tool", REPO / "tools" / "clinical_review.py")


def test_every_claim_has_a_row_with_its_sources(pack: ContentPack, tool) -> None:
    doc = (REPO / "docs" / "clinical-review.md").read_text(encoding="utf-8")
    claims = list(tool._claims(pack))
    assert len(claims) > 300
    for file, path, _value, _kind in claims:
        assert f"## {file}" in doc
        assert f"| {path} |" in doc, (file, path)
    # a claim with a figure names its source, its confidence and whom the source studied
    assert "`big-1-98-2011` (high; studied: early, post)" in doc
    assert "No clinician has reviewed this content yet." in doc


@pytest.mark.skipif(shutil.which("git") is None, reason="the 'changed' column reads git history")
def test_the_document_is_up_to_date(pack: ContentPack, tool) -> None:
    """Regenerate it (PYTHONPATH=$PWD python tools/clinical_review.py) after content edits."""
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    text, counts = tool.render(pack, tool.BASE)
    assert counts["changed"] > 0
    assert (REPO / "docs" / "clinical-review.md").read_text(encoding="utf-8") == text
